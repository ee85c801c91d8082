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
        "comites-regionaux",
        {
            "fr": {
                "title": "Les comités régionaux de la qualité",
                "intro": (
                    "Un comité par région, animé par l'UMAQ avec les chambres de commerce, les "
                    "universités et les associations professionnelles (Projet 2.6)."
                ),
                "body": [
                    "Chaque comité régional établit sa feuille de route et en suit le taux "
                    "d'exécution. Les indicateurs nationaux : nombre de comités créés, nombre de "
                    "feuilles de route, taux d'exécution moyen.",
                ],
            },
            "ar": {
                "title": "اللجان الجهوية للجودة",
                "intro": (
                    "لجنة في كل جهة، ينشطها الاتحاد المغربي للجودة مع غرف التجارة والجامعات "
                    "والجمعيات المهنية (المشروع 2.6)."
                ),
                "body": [
                    "تضع كل لجنة جهوية خارطة طريقها وتتابع نسبة إنجازها. المؤشرات الوطنية: عدد "
                    "اللجان المحدثة، وعدد خارطات الطريق، ومتوسط نسبة الإنجاز.",
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
