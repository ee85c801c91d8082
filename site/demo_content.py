"""The demo site's text, in French and Arabic, drawn from the Politique Nationale de la Qualité
(shared/seeds) and a 2025 press article on IMANOR's results. Used by `seed_demo` only."""

import datetime

HOME = {
    "fr": {
        "title": "Accueil",
        "hero_title": "Jawda, le portail national de la promotion de la qualité",
        "hero_text": (
            "La qualité est l'affaire de tous : entreprises, administrations, consommateurs. "
            "Jawda réunit la Semaine Nationale de la Qualité, les prix nationaux, les comités "
            "régionaux et la formation en ligne aux normes de management, en français et en arabe."
        ),
        "hero_link_label": "Découvrir la politique nationale",
    },
    "ar": {
        "title": "الرئيسية",
        "hero_title": "جودة، البوابة الوطنية للنهوض بالجودة",
        "hero_text": (
            "الجودة شأن الجميع: المقاولات والإدارات والمستهلكون. تجمع بوابة جودة الأسبوع الوطني "
            "للجودة والجوائز الوطنية واللجان الجهوية والتكوين عن بعد في مواصفات أنظمة الإدارة، "
            "باللغتين الفرنسية والعربية."
        ),
        "hero_link_label": "اكتشف السياسة الوطنية",
    },
}

# (slug, {language: {title, intro, body paragraphs}}); the first page is the hero's link.
PAGES = [
    (
        "politique-nationale-qualite",
        {
            "fr": {
                "title": "La Politique Nationale de la Qualité",
                "intro": (
                    "À l'horizon 2035, la Politique Nationale de la Qualité fédère les acteurs "
                    "de la normalisation, de la certification, de l'accréditation, de la "
                    "métrologie et de la promotion de la qualité."
                ),
                "body": [
                    "La promotion de la qualité vise à ancrer la culture de la qualité dans "
                    "l'entreprise, l'administration et la société : communication, formation, "
                    "prix et distinctions, comités régionaux.",
                    "Le Ministère de l'Industrie et du Commerce la conduit avec l'Union Marocaine "
                    "de la Qualité (UMAQ), l'Institut Marocain de Normalisation (IMANOR) et leurs "
                    "partenaires : chambres de commerce, universités et associations "
                    "professionnelles.",
                ],
            },
            "ar": {
                "title": "السياسة الوطنية للجودة",
                "intro": (
                    "في أفق سنة 2035، توحد السياسة الوطنية للجودة جهود الفاعلين في التقييس "
                    "والإشهاد والاعتماد والمترولوجيا والنهوض بالجودة."
                ),
                "body": [
                    "يهدف النهوض بالجودة إلى ترسيخ ثقافة الجودة في المقاولة والإدارة والمجتمع: "
                    "التواصل والتكوين والجوائز والتنويهات واللجان الجهوية.",
                    "تشرف عليها وزارة الصناعة والتجارة بتعاون مع الاتحاد المغربي للجودة والمعهد "
                    "المغربي للتقييس وشركائهما: غرف التجارة والصناعة والخدمات والجامعات "
                    "والجمعيات المهنية.",
                ],
            },
        },
    ),
    (
        "semaine-nationale-qualite",
        {
            "fr": {
                "title": "La Semaine Nationale de la Qualité",
                "intro": (
                    "Organisée chaque année depuis 1998 par le Ministère avec l'UMAQ, dans "
                    "plusieurs villes du Royaume."
                ),
                "body": [
                    "La Semaine Nationale de la Qualité est un événement national de communication "
                    "sur la qualité, destiné à sensibiliser les opérateurs économiques à "
                    "l'importance du management de la qualité.",
                    "Séminaires, tables rondes, visites d'entreprises, expositions et stands : "
                    "chefs d'entreprise, consultants, auditeurs et formateurs y débattent et "
                    "témoignent de leurs expériences. La journée de lancement est marquée par un "
                    "forum international et des ateliers.",
                ],
            },
            "ar": {
                "title": "الأسبوع الوطني للجودة",
                "intro": (
                    "تنظمه الوزارة كل سنة منذ 1998 بتعاون مع الاتحاد المغربي للجودة في عدة مدن "
                    "بالمملكة."
                ),
                "body": [
                    "الأسبوع الوطني للجودة تظاهرة وطنية للتواصل حول الجودة، ترمي إلى تحسيس "
                    "الفاعلين الاقتصاديين بأهمية إدارة الجودة.",
                    "ندوات وموائد مستديرة وزيارات مقاولات ومعارض وأروقة: يتناقش فيها رؤساء "
                    "المقاولات والمستشارون والمدققون والمكونون ويتقاسمون تجاربهم. ويتميز يوم "
                    "الافتتاح بمنتدى دولي وورشات.",
                ],
            },
        },
    ),
    (
        "prix-national-qualite",
        {
            "fr": {
                "title": "Le Prix National de la Qualité",
                "intro": (
                    "Reconnaître les mérites des entreprises et organismes lauréats et "
                    "dynamiser la démarche qualité vers l'excellence."
                ),
                "body": [
                    "Le Prix National de la Qualité vise à promouvoir la qualité et la "
                    "performance. "
                    "La cérémonie de remise par le Ministre chargé de l'Industrie et du Commerce "
                    "valorise les meilleurs organismes par l'octroi de trophées et de certificats.",
                    "D'autres distinctions complètent le PNQ : prix national de bonnes pratiques "
                    "qualité, prix national qualité de l'étudiant, prix régional de la qualité, "
                    "prix Africa Quality Focus et prix du leader en qualité. Les lauréats se "
                    "retrouvent au club des lauréats.",
                ],
            },
            "ar": {
                "title": "الجائزة الوطنية للجودة",
                "intro": (
                    "الاعتراف باستحقاق المقاولات والهيئات الفائزة وتحفيز مقاربة الجودة نحو التميز."
                ),
                "body": [
                    "تهدف الجائزة الوطنية للجودة إلى النهوض بالجودة والأداء. ويثمن حفل تسليمها "
                    "من طرف الوزير المكلف بالصناعة والتجارة أفضل الهيئات بمنحها كؤوسا وشهادات.",
                    "وتكمل الجائزة جوائز أخرى: الجائزة الوطنية للممارسات الجيدة في مجال الجودة، "
                    "والجائزة الوطنية للجودة للطالب، والجائزة الجهوية للجودة، وجائزة Africa "
                    "Quality Focus، وجائزة الريادة في الجودة. ويلتقي الفائزون في نادي الفائزين.",
                ],
            },
        },
    ),
    (
        "formation-en-ligne",
        {
            "fr": {
                "title": "Formation en ligne",
                "intro": (
                    "Des modules d'e-learning sur les normes de management, à commencer par "
                    "NM ISO 9001:2015 (Projet 3.3)."
                ),
                "body": [
                    "Les responsables qualité des PME suivent les cours à leur rythme, sur "
                    "ordinateur ou sur téléphone, et obtiennent une attestation vérifiable.",
                ],
            },
            "ar": {
                "title": "التكوين عن بعد",
                "intro": (
                    "وحدات للتكوين عن بعد في مواصفات أنظمة الإدارة، بدءا بالمواصفة القياسية "
                    "NM ISO 9001:2015 (المشروع 3.3)."
                ),
                "body": [
                    "يتابع مسؤولو الجودة في المقاولات الصغرى والمتوسطة الدروس حسب وتيرتهم، على "
                    "الحاسوب أو الهاتف، ويحصلون على شهادة قابلة للتحقق.",
                ],
            },
        },
    ),
]

NEWS_INDEX = {
    "slug": "actualites",
    "fr": {"title": "Actualités", "intro": "Les nouvelles de la qualité au Maroc."},
    "ar": {"title": "المستجدات", "intro": "أخبار الجودة في المغرب."},
}

NEWS = [
    (
        "imanor-bilan-2024",
        datetime.date(2025, 3, 4),
        {
            "fr": {
                "title": "IMANOR : près de 900 normes homologuées en 2024",
                "intro": (
                    "130 certifications attribuées, plus de 18 000 normes marocaines et plus de "
                    "40 sessions de formation."
                ),
                "body": [
                    "En 2024, l'Institut Marocain de Normalisation a homologué près de 900 "
                    "nouvelles normes et révisé ou confirmé 800 normes existantes, portant le "
                    "nombre de normes marocaines à plus de 18 000, en grande partie harmonisées "
                    "avec les normes internationales.",
                    "L'Institut a attribué 130 nouveaux certificats couvrant les produits, les "
                    "systèmes de management et les compétences, et organisé plus de 40 sessions "
                    "de formation dédiées aux normes.",
                ],
            },
            "ar": {
                "title": "المعهد المغربي للتقييس: المصادقة على حوالي 900 مواصفة قياسية سنة 2024",
                "intro": (
                    "130 شهادة مطابقة، وأكثر من 18000 مواصفة قياسية مغربية، وأكثر من 40 دورة "
                    "تكوينية."
                ),
                "body": [
                    "صادق المعهد المغربي للتقييس سنة 2024 على حوالي 900 مواصفة قياسية جديدة "
                    "وراجع أو أكد 800 مواصفة قائمة، ليتجاوز عدد المواصفات القياسية المغربية "
                    "18000 مواصفة، منسجمة في معظمها مع المواصفات الدولية.",
                    "ومنح المعهد 130 شهادة جديدة تشمل المنتجات وأنظمة الإدارة والكفاءات، ونظم "
                    "أكثر من 40 دورة تكوينية مخصصة للمواصفات القياسية.",
                ],
            },
        },
    ),
    (
        "snq-2026-programme",
        datetime.date(2026, 10, 15),
        {
            "fr": {
                "title": "Semaine Nationale de la Qualité 2026 : le programme se prépare",
                "intro": (
                    "Séminaires, tables rondes et visites d'entreprises dans plusieurs villes du "
                    "Royaume, avec un forum international le jour du lancement."
                ),
                "body": [
                    "L'UMAQ et le Ministère de l'Industrie et du Commerce invitent les "
                    "entreprises, "
                    "consultants et étudiants à suivre le calendrier publié sur Jawda.",
                ],
            },
            "ar": {
                "title": "الأسبوع الوطني للجودة 2026: البرنامج قيد الإعداد",
                "intro": (
                    "ندوات وموائد مستديرة وزيارات مقاولات في عدة مدن بالمملكة، مع منتدى دولي "
                    "يوم الافتتاح."
                ),
                "body": [
                    "يدعو الاتحاد المغربي للجودة ووزارة الصناعة والتجارة المقاولات والمستشارين "
                    "والطلبة إلى متابعة البرنامج المنشور على بوابة جودة.",
                ],
            },
        },
    ),
    (
        "pnq-appel-candidatures",
        datetime.date(2026, 11, 2),
        {
            "fr": {
                "title": "Prix National de la Qualité : appel à candidatures",
                "intro": (
                    "Grandes entreprises, PME/PMI et organismes publics peuvent déposer leur "
                    "dossier de candidature en ligne."
                ),
                "body": [
                    "Le dossier suit le référentiel du prix : critères, sous-critères et "
                    "auto-évaluation. Les évaluateurs formés examinent chaque candidature.",
                ],
            },
            "ar": {
                "title": "الجائزة الوطنية للجودة: إعلان عن فتح باب الترشيح",
                "intro": (
                    "يمكن للمقاولات الكبرى والمقاولات الصغرى والمتوسطة والهيئات العمومية إيداع "
                    "ملف ترشيحها عبر الإنترنت."
                ),
                "body": [
                    "يتبع ملف الترشيح الإطار المرجعي للجائزة: المعايير والمعايير الفرعية والتقييم "
                    "الذاتي. ويدرس المقيمون المكونون كل ترشيح.",
                ],
            },
        },
    ),
]

FOOTER = {
    "fr": (
        "<p>Jawda est le portail du Ministère de l'Industrie et du Commerce et de l'Union "
        "Marocaine de la Qualité (UMAQ).</p>"
    ),
    "ar": "<p>جودة بوابة وزارة الصناعة والتجارة والاتحاد المغربي للجودة.</p>",
}

# --- Regional quality committees (Projet 2.6) and UMAQ thematic commissions (Action 2.4.4) ---

COMMITTEE_INDEX = {
    "slug": "comites",
    "fr": {
        "title": "Comités régionaux de la qualité",
        "intro": (
            "Dans chaque région, un comité réunit la chambre de commerce, les universités, les "
            "associations professionnelles et la société civile autour d'une feuille de route."
        ),
    },
    "ar": {
        "title": "اللجان الجهوية للجودة",
        "intro": (
            "في كل جهة، تجمع لجنة غرفة التجارة والصناعة والخدمات والجامعات والجمعيات المهنية "
            "والمجتمع المدني حول خارطة طريق."
        ),
    },
}

COMMISSION_INDEX = {
    "slug": "commissions-umaq",
    "fr": {
        "title": "Commissions thématiques de l'UMAQ",
        "intro": (
            "Huit commissions thématiques instituées par l'Union Marocaine de la Qualité, "
            "chacune avec sa feuille de route (Action 2.4.4)."
        ),
    },
    "ar": {
        "title": "اللجان الموضوعاتية للاتحاد المغربي للجودة",
        "intro": (
            "ثماني لجان موضوعاتية أحدثها الاتحاد المغربي للجودة، لكل منها خارطة طريق "
            "(الإجراء 2.4.4)."
        ),
    },
}

COMMITTEE_TITLE = {"fr": "Comité régional de la qualité — %s", "ar": "اللجنة الجهوية للجودة — %s"}
COMMITTEE_INTRO_PENDING = {
    "fr": "Le comité régional de la qualité de cette région n'est pas encore créé.",
    "ar": "لم تُحدث بعد اللجنة الجهوية للجودة في هذه الجهة.",
}

# The roadmap actions the committees draw from: (title fr, title ar, owner, partners).
ROADMAP_ACTIONS = [
    ("Établir la feuille de route du comité", "إعداد خارطة الطريق للجنة", "UMAQ", "CCIS"),
    (
        "Organiser une journée régionale de la qualité",
        "تنظيم يوم جهوي للجودة",
        "CCIS",
        "Universités, CGEM",
    ),
    (
        "Accompagner 20 PME vers la certification NM ISO 9001",
        "مواكبة 20 مقاولة صغرى ومتوسطة نحو الإشهاد وفق المواصفة القياسية NM ISO 9001",
        "UMAQ",
        "IMANOR, CGEM",
    ),
    (
        "Créer le prix régional de la qualité",
        "إحداث الجائزة الجهوية للجودة",
        "Comité régional",
        "CCIS, Conseil régional",
    ),
    (
        "Former les responsables qualité des administrations régionales",
        "تكوين مسؤولي الجودة في الإدارات الجهوية",
        "Université",
        "Délégations provinciales",
    ),
    (
        "Intégrer la qualité dans les cursus des écoles de la région",
        "إدماج الجودة في مناهج مدارس الجهة",
        "Académie régionale",
        "Universités",
    ),
]


def _member(name_fr, name_ar, org_fr, org_ar, role_fr, role_ar):
    return {
        "fr": {"name": name_fr, "organisation": org_fr, "role": role_fr},
        "ar": {"name": name_ar, "organisation": org_ar, "role": role_ar},
    }


# Region code -> the committee; the other regions have a page saying it is not yet created.
COMMITTEES = {
    "casablanca-settat": {
        "created_on": datetime.date(2024, 3, 12),
        "president": (
            "Karim Tazi",
            "كريم التازي",
            "CCIS Casablanca-Settat",
            "غرفة التجارة والصناعة والخدمات لجهة الدار البيضاء سطات",
        ),
        "members": [
            _member(
                "Leila Benjelloun",
                "ليلى بنجلون",
                "Université Hassan II",
                "جامعة الحسن الثاني",
                "Vice-présidente",
                "نائبة الرئيس",
            ),
            _member(
                "Omar Berrada",
                "عمر برادة",
                "CGEM Casablanca-Settat",
                "الاتحاد العام لمقاولات المغرب، الدار البيضاء سطات",
                "Rapporteur",
                "مقرر",
            ),
            _member(
                "Nadia Chraibi",
                "نادية الشرايبي",
                "UMAQ",
                "الاتحاد المغربي للجودة",
                "Secrétaire générale",
                "كاتبة عامة",
            ),
        ],
        "partners": [
            (
                "CCIS Casablanca-Settat",
                "غرفة التجارة والصناعة والخدمات لجهة الدار البيضاء سطات",
                "chamber",
            ),
            (
                "Université Hassan II de Casablanca",
                "جامعة الحسن الثاني بالدار البيضاء",
                "university",
            ),
            (
                "Association marocaine des industries du textile",
                "الجمعية المغربية لصناعات النسيج",
                "association",
            ),
        ],
        "contact": (
            "comite.casablanca@jawda.ma",
            "+212 5 22 00 00 00",
            "98, boulevard Mohammed V, Casablanca",
            "98، شارع محمد الخامس، الدار البيضاء",
        ),
        "actions": [
            (0, datetime.date(2024, 6, 30), "done", 100),
            (1, datetime.date(2025, 11, 10), "done", 100),
            (2, datetime.date(2026, 6, 30), "in_progress", 60),
            (3, datetime.date(2027, 3, 31), "in_progress", 25),
            (4, datetime.date(2027, 6, 30), "planned", 0),
        ],
    },
    "rabat-sale-kenitra": {
        "created_on": datetime.date(2024, 5, 20),
        "president": (
            "Samira Alami",
            "سميرة العلمي",
            "CCIS Rabat-Salé-Kénitra",
            "غرفة التجارة والصناعة والخدمات لجهة الرباط سلا القنيطرة",
        ),
        "members": [
            _member(
                "Hicham Lahlou",
                "هشام لحلو",
                "Université Mohammed V",
                "جامعة محمد الخامس",
                "Rapporteur",
                "مقرر",
            ),
            _member(
                "Fatima Zahra Idrissi",
                "فاطمة الزهراء الإدريسي",
                "IMANOR",
                "المعهد المغربي للتقييس",
                "Membre",
                "عضو",
            ),
        ],
        "partners": [
            (
                "CCIS Rabat-Salé-Kénitra",
                "غرفة التجارة والصناعة والخدمات لجهة الرباط سلا القنيطرة",
                "chamber",
            ),
            ("Université Mohammed V de Rabat", "جامعة محمد الخامس بالرباط", "university"),
        ],
        "contact": (
            "comite.rabat@jawda.ma",
            "+212 5 37 00 00 00",
            "Avenue Annakhil, Hay Riad, Rabat",
            "شارع النخيل، حي الرياض، الرباط",
        ),
        "actions": [
            (0, datetime.date(2024, 9, 30), "done", 100),
            (1, datetime.date(2026, 11, 9), "done", 100),
            (4, datetime.date(2026, 3, 31), "in_progress", 40),
            (5, datetime.date(2027, 9, 30), "planned", 0),
        ],
    },
    "fes-meknes": {
        "created_on": datetime.date(2025, 1, 15),
        "president": (
            "Youssef Bennis",
            "يوسف بنيس",
            "Université Sidi Mohamed Ben Abdellah",
            "جامعة سيدي محمد بن عبد الله",
        ),
        "members": [
            _member(
                "Hanane Fassi Fihri",
                "حنان الفاسي الفهري",
                "CCIS Fès-Meknès",
                "غرفة التجارة والصناعة والخدمات لجهة فاس مكناس",
                "Vice-présidente",
                "نائبة الرئيس",
            ),
            _member(
                "Rachid Sefrioui",
                "رشيد الصفريوي",
                "Association des industriels de Fès",
                "جمعية صناعيي فاس",
                "Membre",
                "عضو",
            ),
        ],
        "partners": [
            ("CCIS Fès-Meknès", "غرفة التجارة والصناعة والخدمات لجهة فاس مكناس", "chamber"),
            ("Université Sidi Mohamed Ben Abdellah", "جامعة سيدي محمد بن عبد الله", "university"),
        ],
        "contact": (
            "comite.fes@jawda.ma",
            "+212 5 35 00 00 00",
            "Avenue des FAR, Fès",
            "شارع القوات المسلحة الملكية، فاس",
        ),
        "actions": [
            (0, datetime.date(2025, 4, 30), "done", 100),
            (2, datetime.date(2026, 9, 30), "in_progress", 30),
            (3, datetime.date(2027, 5, 31), "planned", 0),
        ],
    },
    "souss-massa": {
        "created_on": datetime.date(2025, 6, 2),
        "president": (
            "Brahim Amzil",
            "إبراهيم أمزيل",
            "CCIS Souss-Massa",
            "غرفة التجارة والصناعة والخدمات لجهة سوس ماسة",
        ),
        "members": [
            _member(
                "Khadija Oubella",
                "خديجة أوبلا",
                "Université Ibn Zohr",
                "جامعة ابن زهر",
                "Rapporteure",
                "مقررة",
            ),
            _member(
                "Mustapha Ait Lahcen",
                "مصطفى آيت لحسن",
                "Association des exportateurs d'agrumes",
                "جمعية مصدري الحوامض",
                "Membre",
                "عضو",
            ),
        ],
        "partners": [
            ("CCIS Souss-Massa", "غرفة التجارة والصناعة والخدمات لجهة سوس ماسة", "chamber"),
            ("Université Ibn Zohr d'Agadir", "جامعة ابن زهر بأكادير", "university"),
        ],
        "contact": (
            "comite.agadir@jawda.ma",
            "+212 5 28 00 00 00",
            "Avenue Hassan II, Agadir",
            "شارع الحسن الثاني، أكادير",
        ),
        "actions": [
            (0, datetime.date(2025, 9, 30), "done", 100),
            (1, datetime.date(2026, 11, 30), "in_progress", 70),
            (2, datetime.date(2027, 6, 30), "planned", 10),
            (5, datetime.date(2027, 12, 31), "planned", 0),
            (4, datetime.date(2026, 10, 15), "in_progress", 50),
            (3, datetime.date(2027, 11, 30), "planned", 0),
        ],
    },
    "tanger-tetouan-al-hoceima": {
        "created_on": datetime.date(2025, 10, 8),
        "president": (
            "Anas Temsamani",
            "أنس التمسماني",
            "CGEM Tanger-Tétouan-Al Hoceïma",
            "الاتحاد العام لمقاولات المغرب، طنجة تطوان الحسيمة",
        ),
        "members": [
            _member(
                "Meryem El Khattabi",
                "مريم الخطابي",
                "Université Abdelmalek Essaâdi",
                "جامعة عبد المالك السعدي",
                "Membre",
                "عضو",
            ),
            _member(
                "Adil Bakkali",
                "عادل البقالي",
                "CCIS Tanger-Tétouan-Al Hoceïma",
                "غرفة التجارة والصناعة والخدمات لجهة طنجة تطوان الحسيمة",
                "Rapporteur",
                "مقرر",
            ),
        ],
        "partners": [
            (
                "CCIS Tanger-Tétouan-Al Hoceïma",
                "غرفة التجارة والصناعة والخدمات لجهة طنجة تطوان الحسيمة",
                "chamber",
            ),
            ("Université Abdelmalek Essaâdi", "جامعة عبد المالك السعدي", "university"),
            (
                "Association des équipementiers automobiles",
                "جمعية مصنعي معدات السيارات",
                "association",
            ),
        ],
        "contact": (
            "comite.tanger@jawda.ma",
            "+212 5 39 00 00 00",
            "Place du Grand Socco, Tanger",
            "ساحة السوق الكبير، طنجة",
        ),
        "actions": [
            (0, datetime.date(2026, 1, 31), "done", 100),
            (1, datetime.date(2027, 4, 30), "planned", 0),
            (2, datetime.date(2027, 10, 31), "planned", 0),
        ],
    },
}

# (code, {language: {title, mission}}, members, actions: (title fr, title ar, due, status, %))
COMMISSIONS = [
    (
        "pme-pmi",
        {
            "fr": {
                "title": "Qualité pour les PME/PMI",
                "mission": (
                    "Diffuser les démarches qualité dans les petites et moyennes entreprises et "
                    "industries, avec des outils simples et un accompagnement de proximité."
                ),
            },
            "ar": {
                "title": "الجودة في المقاولات الصغرى والمتوسطة",
                "mission": (
                    "نشر مقاربات الجودة في المقاولات والصناعات الصغرى والمتوسطة بأدوات بسيطة "
                    "ومواكبة عن قرب."
                ),
            },
        },
        [
            _member(
                "Rim Bensouda",
                "ريم بنسودة",
                "CGEM",
                "الاتحاد العام لمقاولات المغرب",
                "Présidente",
                "رئيسة",
            ),
            _member(
                "Jamal Ouazzani",
                "جمال الوزاني",
                "UMAQ",
                "الاتحاد المغربي للجودة",
                "Rapporteur",
                "مقرر",
            ),
        ],
        [
            (
                "Publier un guide qualité pour les TPE et PME",
                "نشر دليل للجودة موجه للمقاولات الصغيرة جدا والصغرى والمتوسطة",
                datetime.date(2026, 6, 30),
                "done",
                100,
            ),
            (
                "Animer des ateliers d'autodiagnostic en région",
                "تنشيط ورشات للتشخيص الذاتي في الجهات",
                datetime.date(2027, 6, 30),
                "in_progress",
                35,
            ),
        ],
    ),
    (
        "valeur-ajoutee",
        {
            "fr": {
                "title": "Valeur ajoutée des démarches qualité",
                "mission": (
                    "Mesurer et faire connaître les gains des démarches qualité : coûts de non-"
                    "qualité, satisfaction des clients, accès aux marchés."
                ),
            },
            "ar": {
                "title": "القيمة المضافة لمقاربات الجودة",
                "mission": (
                    "قياس مكاسب مقاربات الجودة والتعريف بها: تكاليف اللاجودة ورضا الزبناء وولوج "
                    "الأسواق."
                ),
            },
        },
        [
            _member(
                "Said Kettani",
                "سعيد الكتاني",
                "Université Hassan II",
                "جامعة الحسن الثاني",
                "Président",
                "رئيس",
            )
        ],
        [
            (
                "Réaliser une étude sur les coûts de non-qualité",
                "إنجاز دراسة حول تكاليف اللاجودة",
                datetime.date(2026, 9, 30),
                "in_progress",
                50,
            )
        ],
    ),
    (
        "iso-9001",
        {
            "fr": {
                "title": "ISO 9001",
                "mission": (
                    "Promouvoir la norme NM ISO 9001:2015 et accompagner les organismes vers la "
                    "certification de leur système de management de la qualité."
                ),
            },
            "ar": {
                "title": "المواصفة القياسية ISO 9001",
                "mission": (
                    "النهوض بالمواصفة القياسية NM ISO 9001:2015 ومواكبة الهيئات نحو الإشهاد على "
                    "نظام إدارة الجودة."
                ),
            },
        },
        [
            _member(
                "Nawal Amrani",
                "نوال العمراني",
                "IMANOR",
                "المعهد المغربي للتقييس",
                "Présidente",
                "رئيسة",
            )
        ],
        [
            (
                "Former 100 auditeurs internes ISO 9001",
                "تكوين 100 مدقق داخلي وفق ISO 9001",
                datetime.date(2027, 12, 31),
                "in_progress",
                20,
            )
        ],
    ),
    (
        "qualite-pnq",
        {
            "fr": {
                "title": "Qualité et PNQ",
                "mission": (
                    "Faire du Prix National de la Qualité un levier d'excellence et animer le club "
                    "des lauréats."
                ),
            },
            "ar": {
                "title": "الجودة والجائزة الوطنية للجودة",
                "mission": "جعل الجائزة الوطنية للجودة رافعة للتميز وتنشيط نادي الفائزين.",
            },
        },
        [
            _member(
                "Hamid Skalli", "حميد السقلي", "UMAQ", "الاتحاد المغربي للجودة", "Président", "رئيس"
            )
        ],
        [],
    ),
    (
        "lean",
        {
            "fr": {
                "title": "Qualité et Lean",
                "mission": (
                    "Diffuser les méthodes Lean et l'amélioration continue dans l'industrie et les "
                    "services."
                ),
            },
            "ar": {
                "title": "الجودة ومنهجية Lean",
                "mission": "نشر مناهج Lean والتحسين المستمر في الصناعة والخدمات.",
            },
        },
        [
            _member(
                "Younes Benali",
                "يونس بنعلي",
                "École Mohammadia d'ingénieurs",
                "المدرسة المحمدية للمهندسين",
                "Président",
                "رئيس",
            )
        ],
        [],
    ),
    (
        "big-data",
        {
            "fr": {
                "title": "Qualité & Big data",
                "mission": (
                    "Explorer l'usage des données massives et de l'intelligence artificielle au "
                    "service de la qualité."
                ),
            },
            "ar": {
                "title": "الجودة والبيانات الضخمة",
                "mission": "استكشاف استعمال البيانات الضخمة والذكاء الاصطناعي في خدمة الجودة.",
            },
        },
        [
            _member(
                "Sara Lamrani",
                "سارة اللمراني",
                "Université Mohammed VI Polytechnique",
                "جامعة محمد السادس متعددة التخصصات التقنية",
                "Présidente",
                "رئيسة",
            )
        ],
        [],
    ),
    (
        "rse",
        {
            "fr": {
                "title": "Qualité et RSE",
                "mission": (
                    "Relier démarches qualité et responsabilité sociétale des entreprises (RSE)."
                ),
            },
            "ar": {
                "title": "الجودة والمسؤولية الاجتماعية للمقاولات",
                "mission": "الربط بين مقاربات الجودة والمسؤولية الاجتماعية للمقاولات.",
            },
        },
        [
            _member(
                "Ghita Lahbabi",
                "غيثة لحبابي",
                "CGEM",
                "الاتحاد العام لمقاولات المغرب",
                "Présidente",
                "رئيسة",
            )
        ],
        [],
    ),
    (
        "vision-qualite-maroc",
        {
            "fr": {
                "title": "Vision qualité Maroc",
                "mission": (
                    "Porter une vision partagée de la qualité au Maroc à l'horizon 2035, en "
                    "cohérence avec la Politique Nationale de la Qualité."
                ),
            },
            "ar": {
                "title": "رؤية الجودة بالمغرب",
                "mission": (
                    "حمل رؤية مشتركة للجودة بالمغرب في أفق 2035، انسجاما مع السياسة الوطنية للجودة."
                ),
            },
        },
        [
            _member(
                "Driss Alaoui",
                "إدريس العلوي",
                "Ministère de l'Industrie et du Commerce",
                "وزارة الصناعة والتجارة",
                "Président",
                "رئيس",
            )
        ],
        [],
    ),
]

COMMISSION_TITLE = {"fr": "Commission « %s »", "ar": "لجنة «%s»"}
