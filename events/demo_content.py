"""The events demo's text, in French and Arabic: the Semaine Nationale de la Qualité (2026, and
2025 and 2024 as archive) and the Journées nationales de la qualité (Projet 2.7 of the
Politique Nationale de la Qualité, shared/seeds). Used by `events.demo` only.

People are made up; institutions, places and standards are real. Times are Morocco time,
naive here, made aware when the pages are built. Addresses and coordinates are given once:
they are logistics, shared by both language versions.
"""

import datetime

from .models import EventStatus, EventType

SERIES = [
    {
        "slug": "snq",
        "since_year": 1998,
        # Its menu entry takes the place of the standard page about the SNQ, whose text it
        # carries, with the calendars.
        "replaces_in_menu": "semaine-nationale-qualite",
        "fr": {
            "title": "Semaine Nationale de la Qualité",
            "intro": (
                "Organisée chaque année depuis 1998 par le Ministère de l'Industrie et du "
                "Commerce avec l'Union Marocaine de la Qualité (UMAQ) et leurs partenaires, "
                "dans plusieurs villes du Royaume."
            ),
            "body": [
                "Séminaires et tables rondes sur la qualité, visites d'entreprises, expositions "
                "et stands : chefs d'entreprise, consultants, auditeurs et formateurs y débattent "
                "et témoignent de leur expérience des systèmes de management de la qualité.",
                "La journée de lancement est marquée par un forum international et des ateliers. "
                "Les éditions passées restent en ligne, avec leur programme.",
            ],
        },
        "ar": {
            "title": "الأسبوع الوطني للجودة",
            "intro": (
                "تنظمه وزارة الصناعة والتجارة كل سنة منذ 1998 بتعاون مع الاتحاد المغربي للجودة "
                "وشركائهما، في عدة مدن بالمملكة."
            ),
            "body": [
                "ندوات وموائد مستديرة حول الجودة وزيارات مقاولات ومعارض وأروقة: يتناقش فيها "
                "رؤساء المقاولات والمستشارون والمدققون والمكونون ويتقاسمون تجاربهم في أنظمة "
                "إدارة الجودة.",
                "ويتميز يوم الافتتاح بمنتدى دولي وورشات. وتبقى الدورات السابقة متاحة مع برامجها.",
            ],
        },
    },
    {
        "slug": "journees-nationales-qualite",
        "since_year": None,
        "replaces_in_menu": None,
        "fr": {
            "title": "Journées nationales de la qualité",
            "intro": (
                "Des journées de promotion de la qualité par secteur d'activité et autour des "
                "journées mondiales de la normalisation, de la métrologie et de l'accréditation, "
                "planifiées chaque année par le Ministère, l'IMANOR et l'UMAQ (Projet 2.7 de la "
                "Politique Nationale de la Qualité)."
            ),
            "body": [
                "Chaque journée réunit un secteur autour de ses outils de la qualité : normes, "
                "certification, accréditation des laboratoires et métrologie.",
            ],
        },
        "ar": {
            "title": "الأيام الوطنية للجودة",
            "intro": (
                "أيام للنهوض بالجودة حسب قطاعات النشاط وبمناسبة الأيام العالمية للتقييس "
                "والمترولوجيا والاعتماد، تبرمجها كل سنة الوزارة والمعهد المغربي للتقييس "
                "والاتحاد المغربي للجودة (المشروع 2.7 من السياسة الوطنية للجودة)."
            ),
            "body": [
                "يجمع كل يوم قطاعا حول أدوات الجودة الخاصة به: المواصفات القياسية والإشهاد "
                "واعتماد المختبرات والمترولوجيا.",
            ],
        },
    },
]

# (series slug, edition slug, first day, last day, {language: title, theme, intro})
EDITIONS = [
    (
        "snq",
        "2026",
        datetime.date(2026, 11, 23),
        datetime.date(2026, 11, 27),
        {
            "fr": {
                "title": "Semaine Nationale de la Qualité 2026",
                "theme": "La qualité, levier de compétitivité et de confiance",
                "intro": (
                    "29e édition, du lundi 23 au vendredi 27 novembre 2026, dans neuf villes et "
                    "en ligne. Lancement à Casablanca par le forum international de la qualité."
                ),
            },
            "ar": {
                "title": "الأسبوع الوطني للجودة 2026",
                "theme": "الجودة رافعة للتنافسية والثقة",
                "intro": (
                    "الدورة 29، من الاثنين 23 إلى الجمعة 27 نونبر 2026، في تسع مدن وعبر الإنترنت. "
                    "الافتتاح بالدار البيضاء بالمنتدى الدولي للجودة."
                ),
            },
        },
    ),
    (
        "snq",
        "2025",
        datetime.date(2025, 11, 17),
        datetime.date(2025, 11, 21),
        {
            "fr": {
                "title": "Semaine Nationale de la Qualité 2025",
                "theme": "Normes et qualité au cœur de la souveraineté industrielle",
                "intro": "28e édition, du 17 au 21 novembre 2025.",
            },
            "ar": {
                "title": "الأسبوع الوطني للجودة 2025",
                "theme": "المواصفات والجودة في صلب السيادة الصناعية",
                "intro": "الدورة 28، من 17 إلى 21 نونبر 2025.",
            },
        },
    ),
    (
        "snq",
        "2024",
        datetime.date(2024, 11, 18),
        datetime.date(2024, 11, 22),
        {
            "fr": {
                "title": "Semaine Nationale de la Qualité 2024",
                "theme": "Qualité et développement durable",
                "intro": "27e édition, du 18 au 22 novembre 2024.",
            },
            "ar": {
                "title": "الأسبوع الوطني للجودة 2024",
                "theme": "الجودة والتنمية المستدامة",
                "intro": "الدورة 27، من 18 إلى 22 نونبر 2024.",
            },
        },
    ),
    (
        "journees-nationales-qualite",
        "2026",
        datetime.date(2026, 10, 14),
        datetime.date(2026, 12, 17),
        {
            "fr": {
                "title": "Journées nationales de la qualité 2026",
                "theme": "Les outils de la qualité au service des secteurs",
                "intro": "Le programme de l'automne 2026, secteur par secteur.",
            },
            "ar": {
                "title": "الأيام الوطنية للجودة 2026",
                "theme": "أدوات الجودة في خدمة القطاعات",
                "intro": "برنامج خريف 2026، قطاعا بعد قطاع.",
            },
        },
    ),
    (
        "journees-nationales-qualite",
        "2027",
        datetime.date(2027, 2, 18),
        datetime.date(2027, 6, 9),
        {
            "fr": {
                "title": "Journées nationales de la qualité 2027",
                "theme": "Mesurer, accréditer, certifier : la confiance par la preuve",
                "intro": (
                    "Le programme du premier semestre 2027, avec la Journée mondiale de la "
                    "métrologie (20 mai) et la Journée mondiale de l'accréditation (9 juin)."
                ),
            },
            "ar": {
                "title": "الأيام الوطنية للجودة 2027",
                "theme": "القياس والاعتماد والإشهاد: الثقة بالدليل",
                "intro": (
                    "برنامج النصف الأول من سنة 2027، مع اليوم العالمي للمترولوجيا (20 ماي) "
                    "واليوم العالمي للاعتماد (9 يونيو)."
                ),
            },
        },
    ),
]

# key -> (city code, name in French, name in Arabic, address, latitude, longitude)
VENUES = {
    "ofec": (
        "casablanca",
        "Foire internationale de Casablanca (OFEC)",
        "المعرض الدولي للدار البيضاء",
        "Boulevard Sidi Mohammed Ben Abdellah, Casablanca",
        "33.604900",
        "-7.628600",
    ),
    "cgem": (
        "casablanca",
        "Siège de la CGEM",
        "مقر الاتحاد العام لمقاولات المغرب",
        "23, boulevard Mohamed Abdou, Quartier Palmier, Casablanca",
        "33.577400",
        "-7.628900",
    ),
    "lpee": (
        "casablanca",
        "Laboratoire Public d'Essais et d'Études (LPEE)",
        "المختبر العمومي للتجارب والدراسات",
        "25, rue d'Azilal, Casablanca",
        "33.594500",
        "-7.613900",
    ),
    "fmpc": (
        "casablanca",
        "Faculté de médecine et de pharmacie de Casablanca",
        "كلية الطب والصيدلة بالدار البيضاء",
        "19, rue Tarik Ibnou Ziad, Casablanca",
        "33.580100",
        "-7.620800",
    ),
    "ccis-casablanca": (
        "casablanca",
        "CCIS Casablanca-Settat",
        "غرفة التجارة والصناعة والخدمات لجهة الدار البيضاء سطات",
        "98, boulevard Mohammed V, Casablanca",
        "33.595300",
        "-7.617200",
    ),
    "technopark": (
        "casablanca",
        "Technopark de Casablanca",
        "تكنوبارك الدار البيضاء",
        "Route de Nouaceur, angle RS 114 et CT 1029, Casablanca",
        "33.546500",
        "-7.643600",
    ),
    "imanor": (
        "rabat",
        "Institut Marocain de Normalisation (IMANOR)",
        "المعهد المغربي للتقييس",
        "Angle avenue Kamal Zebdi et rue Dadi, Secteur 21, Hay Riad, Rabat",
        "33.960400",
        "-6.869900",
    ),
    "mic": (
        "rabat",
        "Ministère de l'Industrie et du Commerce",
        "وزارة الصناعة والتجارة",
        "Quartier administratif, Rabat-Chellah",
        "34.006800",
        "-6.834700",
    ),
    "lnm": (
        "rabat",
        "Laboratoire National de Métrologie",
        "المختبر الوطني للمترولوجيا",
        "Avenue Annakhil, Hay Riad, Rabat",
        "33.957800",
        "-6.872600",
    ),
    "ensias": (
        "rabat",
        "ENSIAS, Université Mohammed V",
        "المدرسة الوطنية العليا للمعلوميات وتحليل النظم، جامعة محمد الخامس",
        "Avenue Mohammed Ben Abdallah Regragui, Madinat Al Irfane, Rabat",
        "33.984100",
        "-6.866900",
    ),
    "bnrm": (
        "rabat",
        "Bibliothèque nationale du Royaume du Maroc",
        "المكتبة الوطنية للمملكة المغربية",
        "Avenue Ibn Khaldoun, Agdal, Rabat",
        "34.001000",
        "-6.848400",
    ),
    "tac": (
        "tanger",
        "Tanger Automotive City",
        "مدينة طنجة للسيارات",
        "Zone franche Tanger Automotive City, commune de Jouamaa",
        "35.627500",
        "-5.737800",
    ),
    "ccis-tanger": (
        "tanger",
        "CCIS Tanger-Tétouan-Al Hoceïma",
        "غرفة التجارة والصناعة والخدمات لجهة طنجة تطوان الحسيمة",
        "Rue Ibn Al Banna, Tanger",
        "35.779800",
        "-5.812900",
    ),
    "ccis-fes": (
        "fes",
        "CCIS Fès-Meknès",
        "غرفة التجارة والصناعة والخدمات لجهة فاس مكناس",
        "Avenue Moulay Youssef, Fès",
        "34.038900",
        "-4.999100",
    ),
    "fst-fes": (
        "fes",
        "Faculté des sciences et techniques, Université Sidi Mohamed Ben Abdellah",
        "كلية العلوم والتقنيات، جامعة سيدي محمد بن عبد الله",
        "Route d'Imouzzer, Fès",
        "34.000200",
        "-4.982100",
    ),
    "agropolis": (
        "meknes",
        "Agropolis de Meknès",
        "أكروبوليس مكناس",
        "Agropolis, route de Sidi Slimane, Meknès",
        "33.911300",
        "-5.488900",
    ),
    "ccis-marrakech": (
        "marrakech",
        "CCIS Marrakech-Safi",
        "غرفة التجارة والصناعة والخدمات لجهة مراكش آسفي",
        "Avenue Mohammed VI, Marrakech",
        "31.630100",
        "-8.009200",
    ),
    "ensa-marrakech": (
        "marrakech",
        "ENSA Marrakech, Université Cadi Ayyad",
        "المدرسة الوطنية للعلوم التطبيقية بمراكش، جامعة القاضي عياض",
        "Avenue Abdelkrim Khattabi, Guéliz, Marrakech",
        "31.648000",
        "-8.020500",
    ),
    "sidi-ghanem": (
        "marrakech",
        "Zone industrielle de Sidi Ghanem",
        "الحي الصناعي سيدي غانم",
        "Quartier industriel Sidi Ghanem, Marrakech",
        "31.670200",
        "-8.034500",
    ),
    "ccis-agadir": (
        "agadir",
        "CCIS Souss-Massa",
        "غرفة التجارة والصناعة والخدمات لجهة سوس ماسة",
        "Avenue Hassan II, Agadir",
        "30.420100",
        "-9.590200",
    ),
    "ibn-zohr": (
        "agadir",
        "Université Ibn Zohr",
        "جامعة ابن زهر",
        "Cité Dakhla, Agadir",
        "30.406100",
        "-9.546300",
    ),
    "tassila": (
        "agadir",
        "Parc industriel de Tassila",
        "الحي الصناعي تاسيلا",
        "Zone industrielle Tassila, Agadir",
        "30.393800",
        "-9.496200",
    ),
    "technopole-oujda": (
        "oujda",
        "Technopole d'Oujda",
        "القطب التكنولوجي لوجدة",
        "Technopole Oujda, route d'Ahfir",
        "34.728100",
        "-1.875200",
    ),
    "ump": (
        "oujda",
        "ENSA Oujda, Université Mohammed Premier",
        "المدرسة الوطنية للعلوم التطبيقية بوجدة، جامعة محمد الأول",
        "Complexe universitaire, boulevard Mohammed VI, Oujda",
        "34.653500",
        "-1.897000",
    ),
    "ccis-laayoune": (
        "laayoune",
        "CCIS Laâyoune-Sakia El Hamra",
        "غرفة التجارة والصناعة والخدمات لجهة العيون الساقية الحمراء",
        "Avenue de la Mecque, Laâyoune",
        "27.153600",
        "-13.200100",
    ),
    "foum-el-oued": (
        "laayoune",
        "Technopole de Foum El Oued",
        "القطب التكنولوجي فم الواد",
        "Foum El Oued, Laâyoune",
        "27.156400",
        "-13.385200",
    ),
    "kenitra": (
        "kenitra",
        "Atlantic Free Zone",
        "المنطقة الحرة الأطلسية",
        "Atlantic Free Zone, Ameur Seflia, Kénitra",
        "34.218000",
        "-6.530000",
    ),
}

# key -> ((name, organisation, role) in French, the same in Arabic); the people are made up.
SPEAKERS = {
    "benjelloun": (
        ("Omar Benjelloun", "Ministère de l'Industrie et du Commerce", "Chef de division qualité"),
        ("عمر بنجلون", "وزارة الصناعة والتجارة", "رئيس قسم الجودة"),
    ),
    "lahlou": (
        ("Nadia Lahlou", "Union Marocaine de la Qualité (UMAQ)", "Vice-présidente"),
        ("نادية لحلو", "الاتحاد المغربي للجودة", "نائبة الرئيس"),
    ),
    "cherkaoui": (
        ("Leila Cherkaoui", "IMANOR", "Responsable de la normalisation"),
        ("ليلى الشرقاوي", "المعهد المغربي للتقييس", "مسؤولة التقييس"),
    ),
    "alami": (
        ("Rachid Alami", "SEMAC", "Évaluateur principal"),
        ("رشيد العلمي", "المصلحة المغربية للاعتماد", "مقيم رئيسي"),
    ),
    "squalli": (
        ("Meryem Squalli", "CGEM", "Membre de la commission RSE"),
        ("مريم السقلي", "الاتحاد العام لمقاولات المغرب", "عضوة لجنة المسؤولية الاجتماعية"),
    ),
    "kettani": (
        ("Hicham Kettani", "Qualitas Conseil", "Consultant Lean Six Sigma"),
        ("هشام الكتاني", "كواليتاس للاستشارة", "مستشار Lean Six Sigma"),
    ),
    "lazrak": (
        ("Btissam Lazrak", "Consultante indépendante", "Auditrice principale ISO 9001"),
        ("ابتسام لزرق", "مستشارة مستقلة", "مدققة رئيسية ISO 9001"),
    ),
    "amrani": (
        ("Fatima Zahra Amrani", "ENSIAS, Université Mohammed V", "Professeure"),
        ("فاطمة الزهراء العمراني", "جامعة محمد الخامس", "أستاذة"),
    ),
    "mernissi": (
        ("Karim Mernissi", "LPEE", "Directeur de laboratoire"),
        ("كريم المرنيسي", "المختبر العمومي للتجارب والدراسات", "مدير مختبر"),
    ),
    "elfassi": (
        ("Samira El Fassi", "Laboratoire National de Métrologie", "Ingénieure métrologue"),
        ("سميرة الفاسي", "المختبر الوطني للمترولوجيا", "مهندسة في المترولوجيا"),
    ),
    "chraibi": (
        ("Youssef Chraibi", "AMICA", "Responsable qualité fournisseurs"),
        ("يوسف الشرايبي", "الجمعية المغربية لصناعة وتجارة السيارات", "مسؤول جودة الموردين"),
    ),
    "sentissi": (
        ("Driss Sentissi", "Tanger Med", "Directeur qualité"),
        ("إدريس السنتيسي", "طنجة المتوسط", "مدير الجودة"),
    ),
    "bouzidi": (
        ("Aziz Bouzidi", "ONSSA", "Inspecteur principal"),
        ("عزيز البوزيدي", "المكتب الوطني للسلامة الصحية للمنتجات الغذائية", "مفتش رئيسي"),
    ),
    "tahiri": (
        ("Hanane Tahiri", "CCIS Souss-Massa", "Chargée de la promotion de la qualité"),
        ("حنان الطاهري", "غرفة التجارة والصناعة والخدمات لجهة سوس ماسة", "مكلفة بالنهوض بالجودة"),
    ),
    "aitlahcen": (
        ("Mohamed Ait Lahcen", "Coopérative Tifawin", "Président de coopérative"),
        ("محمد آيت لحسن", "تعاونية تيفاوين", "رئيس تعاونية"),
    ),
    "bennis": (
        ("Ghita Bennis", "CHU Ibn Rochd", "Responsable qualité"),
        ("غيثة بنيس", "المركز الاستشفائي الجامعي ابن رشد", "مسؤولة الجودة"),
    ),
    "filali": (
        ("Jamal Filali", "Fédération nationale de l'industrie hôtelière", "Membre du bureau"),
        ("جمال الفيلالي", "الجامعة الوطنية للصناعة الفندقية", "عضو المكتب"),
    ),
    "kadiri": (
        ("Amal Kadiri", "Maison de l'Artisan", "Chargée des labels"),
        ("أمل القادري", "دار الصانع", "مكلفة بعلامات الجودة"),
    ),
    "ouchen": (
        ("Said Ouchen", "Université Sidi Mohamed Ben Abdellah", "Professeur de génie industriel"),
        ("سعيد أوشن", "جامعة سيدي محمد بن عبد الله", "أستاذ الهندسة الصناعية"),
    ),
    "naciri": (
        ("Abdelilah Naciri", "Université Mohammed Premier", "Professeur"),
        ("عبد الإله الناصري", "جامعة محمد الأول", "أستاذ"),
    ),
    "benkirane": (
        ("Noura Benkirane", "CCIS de l'Oriental", "Responsable de l'appui aux entreprises"),
        ("نورة بنكيران", "غرفة التجارة والصناعة والخدمات لجهة الشرق", "مسؤولة دعم المقاولات"),
    ),
    "maelainine": (
        ("Salka Ma El Ainine", "CCIS Laâyoune-Sakia El Hamra", "Chargée des entreprises"),
        ("السالكة ماء العينين", "غرفة التجارة والصناعة والخدمات لجهة العيون", "مكلفة بالمقاولات"),
    ),
    "alaoui": (
        ("Mehdi Alaoui", "Club des lauréats du PNQ", "Directeur général d'une PME lauréate"),
        ("مهدي العلوي", "نادي الفائزين بالجائزة الوطنية للجودة", "مدير عام مقاولة فائزة"),
    ),
    "laurent": (
        ("Sophie Laurent", "European Organization for Quality (EOQ)", "Experte"),
        ("صوفي لوران", "المنظمة الأوروبية للجودة", "خبيرة"),
    ),
    "mensah": (
        ("Kwame Mensah", "Organisation africaine de normalisation (ARSO)", "Expert"),
        ("كوامي منساه", "المنظمة الإفريقية للتقييس", "خبير"),
    ),
    "ortega": (
        ("Carlos Ortega", "Asociación Española para la Calidad (AEC)", "Directeur de programme"),
        ("كارلوس أورتيغا", "الجمعية الإسبانية للجودة", "مدير برنامج"),
    ),
}

# key -> (French, Arabic): organisers and partners.
ORGANISATIONS = {
    "mic": ("Ministère de l'Industrie et du Commerce", "وزارة الصناعة والتجارة"),
    "umaq": ("Union Marocaine de la Qualité (UMAQ)", "الاتحاد المغربي للجودة"),
    "mic-umaq": (
        "Ministère de l'Industrie et du Commerce et UMAQ",
        "وزارة الصناعة والتجارة والاتحاد المغربي للجودة",
    ),
    "imanor": ("Institut Marocain de Normalisation (IMANOR)", "المعهد المغربي للتقييس"),
    "semac": ("Service Marocain d'Accréditation (SEMAC)", "المصلحة المغربية للاعتماد"),
    "cgem": ("CGEM", "الاتحاد العام لمقاولات المغرب"),
    "amica": ("AMICA", "الجمعية المغربية لصناعة وتجارة السيارات"),
    "onssa": ("ONSSA", "المكتب الوطني للسلامة الصحية للمنتجات الغذائية"),
    "sante": (
        "Ministère de la Santé et de la Protection sociale",
        "وزارة الصحة والحماية الاجتماعية",
    ),
    "um5": ("Université Mohammed V de Rabat", "جامعة محمد الخامس بالرباط"),
    "usmba": ("Université Sidi Mohamed Ben Abdellah", "جامعة سيدي محمد بن عبد الله"),
    "ccis-casablanca": (
        "CCIS Casablanca-Settat",
        "غرفة التجارة والصناعة والخدمات لجهة الدار البيضاء سطات",
    ),
    "ccis-tanger": (
        "CCIS Tanger-Tétouan-Al Hoceïma",
        "غرفة التجارة والصناعة والخدمات لجهة طنجة تطوان الحسيمة",
    ),
    "ccis-fes": ("CCIS Fès-Meknès", "غرفة التجارة والصناعة والخدمات لجهة فاس مكناس"),
    "ccis-marrakech": ("CCIS Marrakech-Safi", "غرفة التجارة والصناعة والخدمات لجهة مراكش آسفي"),
    "ccis-agadir": ("CCIS Souss-Massa", "غرفة التجارة والصناعة والخدمات لجهة سوس ماسة"),
    "ccis-oriental": ("CCIS de l'Oriental", "غرفة التجارة والصناعة والخدمات لجهة الشرق"),
    "ccis-laayoune": (
        "CCIS Laâyoune-Sakia El Hamra",
        "غرفة التجارة والصناعة والخدمات لجهة العيون الساقية الحمراء",
    ),
    "fenagri": ("FENAGRI", "الفيدرالية الوطنية للصناعات الغذائية"),
    "amith": ("AMITH", "الجمعية المغربية لصناعات النسيج والألبسة"),
    "tanger-med": ("Tanger Med", "طنجة المتوسط"),
    "artisan": ("Maison de l'Artisan", "دار الصانع"),
    "eoq": ("EOQ", "المنظمة الأوروبية للجودة"),
    "arso": ("ARSO", "المنظمة الإفريقية للتقييس"),
}


def at(year, month, day, start, end):
    """An event on one day, from `start` to `end` ("09:30")."""
    date = datetime.date(year, month, day)
    return (_combine(date, start), _combine(date, end), False)


def span(first, start, last, end):
    """An event over several days: from the first day's `start` to the last day's `end`."""
    return (_combine(first, start), _combine(last, end), False)


def days(first, last):
    """An all-day event, from `first` to `last` (dates)."""
    return (_combine(first, "00:00"), _combine(last, "00:00"), True)


def _combine(date, time):
    return datetime.datetime.combine(date, datetime.time.fromisoformat(time))


def event(
    code,
    kind,
    when,
    venue,
    fr,
    ar,
    *,
    sector=None,
    organiser="umaq",
    partners=(),
    speakers=(),
    languages=("fr", "ar"),
    capacity=None,
    status=EventStatus.SCHEDULED,
):
    """One event: `fr` and `ar` are (title, summary); `venue` a VENUES key, None online."""
    start, end, all_day = when
    return {
        "code": code,
        "event_type": kind,
        "start": start,
        "end": end,
        "all_day": all_day,
        "venue": venue,
        "sector": sector,
        "organiser": organiser,
        "partners": partners,
        "speakers": speakers,
        "languages": list(languages),
        "capacity": capacity,
        "status": status,
        "fr": fr,
        "ar": ar,
    }


T = EventType
D = datetime.date
SNQ_2026 = [
    # Monday 23 November: the launch day in Casablanca
    event(
        "snq26-001",
        T.FORUM,
        at(2026, 11, 23, "09:00", "13:00"),
        "ofec",
        (
            "Forum international de la qualité : la qualité, levier de compétitivité et de "
            "confiance",
            "Lancement de la 29e Semaine Nationale de la Qualité : experts marocains, africains "
            "et européens croisent leurs regards sur la Politique Nationale de la Qualité à "
            "l'horizon 2035, la normalisation, l'accréditation et la certification.",
        ),
        (
            "المنتدى الدولي للجودة: الجودة رافعة للتنافسية والثقة",
            "افتتاح الدورة 29 للأسبوع الوطني للجودة: خبراء مغاربة وأفارقة وأوروبيون يتبادلون "
            "الرؤى حول السياسة الوطنية للجودة في أفق 2035 والتقييس والاعتماد والإشهاد.",
        ),
        organiser="mic-umaq",
        partners=("cgem", "imanor", "semac", "eoq", "arso"),
        speakers=("benjelloun", "lahlou", "laurent", "mensah", "ortega", "cherkaoui"),
        languages=("fr", "ar", "en"),
        capacity=500,
    ),
    event(
        "snq26-002",
        T.WORKSHOP,
        at(2026, 11, 23, "14:30", "17:00"),
        "ofec",
        (
            "Atelier : NM ISO 9001, réussir sa première certification",
            "Pas à pas, de l'analyse des écarts à l'audit de certification : un atelier pratique "
            "pour les responsables qualité de PME, avec les outils du guide méthodologique.",
        ),
        (
            "ورشة: المواصفة القياسية NM ISO 9001، النجاح في أول إشهاد",
            "خطوة بخطوة، من تحليل الفوارق إلى تدقيق الإشهاد: ورشة تطبيقية لمسؤولي الجودة في "
            "المقاولات الصغرى والمتوسطة، بأدوات الدليل المنهجي.",
        ),
        speakers=("lazrak",),
        capacity=30,
        status=EventStatus.FULL,
    ),
    event(
        "snq26-003",
        T.WORKSHOP,
        at(2026, 11, 23, "14:30", "17:00"),
        "ofec",
        (
            "Atelier : Lean management, chasser les gaspillages à l'atelier et au bureau",
            "Cartographie de la chaîne de valeur, 5S et résolution de problèmes : les méthodes "
            "Lean illustrées par des cas d'entreprises marocaines.",
        ),
        (
            "ورشة: التدبير الرشيق (Lean)، محاربة الهدر في الورشة والمكتب",
            "رسم خريطة سلسلة القيمة و5S وحل المشكلات: طرق التدبير الرشيق موضحة بحالات من "
            "مقاولات مغربية.",
        ),
        sector="automobile",
        speakers=("kettani",),
        capacity=40,
    ),
    event(
        "snq26-004",
        T.EXHIBITION,
        days(D(2026, 11, 23), D(2026, 11, 27)),
        "ofec",
        (
            "Exposition et stands de la qualité",
            "Toute la semaine, les organismes de normalisation, de certification, d'accréditation "
            "et de métrologie, des cabinets de conseil et les lauréats du Prix National de la "
            "Qualité présentent leurs services. Entrée libre.",
        ),
        (
            "معرض وأروقة الجودة",
            "طيلة الأسبوع، تعرض هيئات التقييس والإشهاد والاعتماد والمترولوجيا ومكاتب الاستشارة "
            "والفائزون بالجائزة الوطنية للجودة خدماتهم. الدخول حر.",
        ),
        partners=("imanor", "semac", "ccis-casablanca"),
    ),
    # Casablanca, the rest of the week
    event(
        "snq26-005",
        T.ROUND_TABLE,
        at(2026, 11, 24, "10:00", "12:30"),
        "cgem",
        (
            "Table ronde : RSE et qualité, deux démarches qui se renforcent",
            "Label RSE de la CGEM, ISO 26000 et système de management de la qualité : comment "
            "des entreprises marocaines conduisent les deux démarches ensemble.",
        ),
        (
            "مائدة مستديرة: المسؤولية الاجتماعية للمقاولة والجودة، مقاربتان متكاملتان",
            "علامة المسؤولية الاجتماعية للاتحاد العام لمقاولات المغرب والمواصفة ISO 26000 ونظام "
            "إدارة الجودة: كيف تقود مقاولات مغربية المقاربتين معا.",
        ),
        sector="services",
        organiser="cgem",
        partners=("umaq",),
        speakers=("squalli", "lahlou"),
        capacity=80,
    ),
    event(
        "snq26-006",
        T.COMPANY_VISIT,
        at(2026, 11, 25, "09:30", "12:00"),
        "lpee",
        (
            "Visite : un laboratoire d'essais accrédité ISO/IEC 17025",
            "Les essais sur les matériaux de construction et ce qu'exige l'accréditation d'un "
            "laboratoire : compétence, traçabilité métrologique, essais d'aptitude.",
        ),
        (
            "زيارة: مختبر تجارب معتمد وفق المواصفة ISO/IEC 17025",
            "تجارب مواد البناء ومتطلبات اعتماد مختبر: الكفاءة والتتبع المترولوجي واختبارات "
            "الكفاءة.",
        ),
        sector="btp",
        speakers=("mernissi",),
        capacity=15,
        status=EventStatus.FULL,
    ),
    event(
        "snq26-007",
        T.SEMINAR,
        at(2026, 11, 26, "09:30", "12:30"),
        "fmpc",
        (
            "Séminaire : qualité et sécurité des soins, l'accréditation des laboratoires de "
            "biologie médicale",
            "La démarche qualité à l'hôpital et l'accréditation des laboratoires selon NM ISO "
            "15189 : retours d'expérience d'établissements publics et privés.",
        ),
        (
            "ندوة: جودة العلاجات وسلامتها، اعتماد مختبرات البيولوجيا الطبية",
            "مقاربة الجودة في المستشفى واعتماد المختبرات وفق المواصفة القياسية NM ISO 15189: "
            "تجارب مؤسسات عمومية وخاصة.",
        ),
        sector="sante",
        organiser="sante",
        partners=("semac", "umaq"),
        speakers=("bennis", "alami"),
        capacity=120,
    ),
    event(
        "snq26-008",
        T.TRAINING,
        span(D(2026, 11, 26), "09:00", D(2026, 11, 27), "17:00"),
        "ccis-casablanca",
        (
            "Formation : auditeur interne NM ISO 9001 (deux jours)",
            "Préparer, conduire et restituer un audit interne du système de management de la "
            "qualité selon ISO 19011. Attestation de participation délivrée par l'UMAQ.",
        ),
        (
            "دورة تكوينية: المدقق الداخلي وفق المواصفة القياسية NM ISO 9001 (يومان)",
            "إعداد التدقيق الداخلي لنظام إدارة الجودة وإجراؤه وتقديم نتائجه وفق المواصفة ISO "
            "19011. يسلم الاتحاد المغربي للجودة شهادة المشاركة.",
        ),
        partners=("ccis-casablanca",),
        speakers=("lazrak",),
        capacity=25,
    ),
    event(
        "snq26-009",
        T.SEMINAR,
        at(2026, 11, 27, "09:30", "12:00"),
        "technopark",
        (
            "Séminaire : sécurité de l'information et ISO/IEC 27001 dans les PME",
            "Protéger les données des clients et assurer la continuité du service : la norme "
            "ISO/IEC 27001 expliquée aux PME du numérique. Séminaire annulé, il sera reprogrammé "
            "en 2027.",
        ),
        (
            "ندوة: أمن المعلومات والمواصفة ISO/IEC 27001 في المقاولات الصغرى والمتوسطة",
            "حماية معطيات الزبناء وضمان استمرارية الخدمة: شرح المواصفة ISO/IEC 27001 لمقاولات "
            "القطاع الرقمي. ألغيت الندوة، وستبرمج من جديد سنة 2027.",
        ),
        sector="tic",
        speakers=("amrani",),
        capacity=100,
        status=EventStatus.CANCELLED,
    ),
    event(
        "snq26-010",
        T.ROUND_TABLE,
        at(2026, 11, 27, "10:00", "12:30"),
        "ccis-casablanca",
        (
            "Table ronde : le Prix National de la Qualité, les lauréats témoignent",
            "Comment la candidature au PNQ, l'évaluation par le jury et la visite sur site ont "
            "fait progresser leur organisation : témoignages du club des lauréats.",
        ),
        (
            "مائدة مستديرة: الجائزة الوطنية للجودة، شهادات الفائزين",
            "كيف ساهم الترشيح للجائزة الوطنية للجودة والتقييم من طرف لجنة التحكيم والزيارة "
            "الميدانية في تطوير هيئاتهم: شهادات نادي الفائزين.",
        ),
        organiser="mic",
        partners=("umaq", "ccis-casablanca"),
        speakers=("benjelloun", "alaoui"),
        capacity=100,
    ),
    # Rabat
    event(
        "snq26-011",
        T.SEMINAR,
        at(2026, 11, 24, "09:30", "12:30"),
        "imanor",
        (
            "Séminaire : plus de 18 000 normes marocaines au service des entreprises",
            "Trouver, lire et appliquer une norme NM, participer aux commissions de normalisation "
            "et suivre les normes internationales qui touchent votre secteur.",
        ),
        (
            "ندوة: أكثر من 18.000 مواصفة قياسية مغربية في خدمة المقاولات",
            "كيف تجد مواصفة قياسية مغربية وتقرأها وتطبقها، وتشارك في لجان التقييس وتتابع "
            "المواصفات الدولية التي تهم قطاعك.",
        ),
        organiser="imanor",
        speakers=("cherkaoui",),
        capacity=150,
    ),
    event(
        "snq26-012",
        T.SEMINAR,
        at(2026, 11, 24, "14:30", "17:00"),
        "mic",
        (
            "Séminaire : l'accréditation, gage de confiance dans l'évaluation de la conformité",
            "Laboratoires, organismes d'inspection et de certification : le processus "
            "d'accréditation du SEMAC et la reconnaissance internationale des résultats.",
        ),
        (
            "ندوة: الاعتماد، ضمانة للثقة في تقييم المطابقة",
            "المختبرات وهيئات التفتيش والإشهاد: مسطرة الاعتماد لدى المصلحة المغربية للاعتماد "
            "والاعتراف الدولي بالنتائج.",
        ),
        organiser="semac",
        speakers=("alami",),
        capacity=120,
    ),
    event(
        "snq26-013",
        T.ROUND_TABLE,
        at(2026, 11, 25, "09:30", "12:00"),
        "mic",
        (
            "Table ronde : NM ISO 9001 dans les administrations publiques",
            "Accueil des usagers, délais, simplification des procédures : des administrations "
            "certifiées partagent leur démarche (Projet 1.5 de la Politique Nationale de la "
            "Qualité).",
        ),
        (
            "مائدة مستديرة: المواصفة القياسية NM ISO 9001 في الإدارات العمومية",
            "استقبال المرتفقين والآجال وتبسيط المساطر: إدارات حاصلة على الإشهاد تتقاسم تجربتها "
            "(المشروع 1.5 من السياسة الوطنية للجودة).",
        ),
        sector="administration-publique",
        organiser="mic",
        speakers=("benjelloun", "amrani"),
        capacity=80,
    ),
    event(
        "snq26-014",
        T.WORKSHOP,
        at(2026, 11, 25, "14:30", "17:00"),
        "lnm",
        (
            "Atelier : métrologie légale, la vérification des instruments de mesure",
            "Balances, compteurs, distributeurs de carburant : ce que la métrologie légale "
            "garantit au consommateur et ce qu'elle exige des entreprises.",
        ),
        (
            "ورشة: المترولوجيا القانونية، التحقق من أدوات القياس",
            "الموازين والعدادات وموزعات الوقود: ما تضمنه المترولوجيا القانونية للمستهلك وما "
            "تفرضه على المقاولات.",
        ),
        organiser="mic",
        speakers=("elfassi",),
        capacity=30,
    ),
    event(
        "snq26-015",
        T.TRAINING,
        at(2026, 11, 26, "09:00", "17:00"),
        "ensias",
        (
            "Formation : les outils de la qualité pour les étudiants ingénieurs",
            "Diagramme d'Ishikawa, Pareto, AMDEC et 5S : une journée d'exercices en équipes, "
            "pour préparer le prix national qualité de l'étudiant.",
        ),
        (
            "دورة تكوينية: أدوات الجودة لطلبة الهندسة",
            "مخطط إيشيكاوا وباريتو وتحليل أنماط الأعطاب وآثارها و5S: يوم من التمارين الجماعية "
            "استعدادا للجائزة الوطنية للجودة للطالب.",
        ),
        sector="education-formation",
        organiser="um5",
        partners=("umaq",),
        speakers=("amrani",),
        capacity=30,
    ),
    event(
        "snq26-016",
        T.EXHIBITION,
        days(D(2026, 11, 26), D(2026, 11, 26)),
        "bnrm",
        (
            "Stands : rencontrer les organismes de certification et d'inspection accrédités",
            "Une journée pour comparer les offres de certification, poser ses questions sur les "
            "audits et découvrir les certificats reconnus au Maroc et à l'international.",
        ),
        (
            "أروقة: لقاء هيئات الإشهاد والتفتيش المعتمدة",
            "يوم لمقارنة عروض الإشهاد وطرح الأسئلة حول عمليات التدقيق والتعرف على الشهادات "
            "المعترف بها في المغرب ودوليا.",
        ),
        organiser="semac",
        partners=("umaq",),
    ),
    event(
        "snq26-017",
        T.COMPANY_VISIT,
        at(2026, 11, 27, "10:00", "12:00"),
        "lnm",
        (
            "Visite : le Laboratoire National de Métrologie",
            "Les étalons nationaux de masse, de température et de pression, et la chaîne "
            "d'étalonnage qui relie les mesures des entreprises au Système international d'unités.",
        ),
        (
            "زيارة: المختبر الوطني للمترولوجيا",
            "المعايير الوطنية للكتلة والحرارة والضغط، وسلسلة المعايرة التي تربط قياسات المقاولات "
            "بالنظام الدولي للوحدات.",
        ),
        organiser="mic",
        speakers=("elfassi",),
        capacity=15,
    ),
    # Tanger
    event(
        "snq26-018",
        T.COMPANY_VISIT,
        at(2026, 11, 24, "09:30", "12:30"),
        "tac",
        (
            "Visite : une usine de câblage automobile certifiée IATF 16949",
            "Sur la ligne de production : maîtrise des procédés, détrompeurs, traçabilité et "
            "audit des fournisseurs dans l'écosystème automobile de Tanger.",
        ),
        (
            "زيارة: مصنع لأسلاك السيارات حاصل على الإشهاد وفق IATF 16949",
            "على خط الإنتاج: التحكم في العمليات وأنظمة منع الخطأ والتتبع وتدقيق الموردين في "
            "منظومة صناعة السيارات بطنجة.",
        ),
        sector="automobile",
        organiser="amica",
        partners=("ccis-tanger",),
        speakers=("chraibi",),
        capacity=12,
        status=EventStatus.FULL,
    ),
    event(
        "snq26-019",
        T.SEMINAR,
        at(2026, 11, 24, "15:00", "17:30"),
        "ccis-tanger",
        (
            "Séminaire : qualité et performance de la chaîne logistique portuaire",
            "Délais, fiabilité et satisfaction des chargeurs : les indicateurs qualité d'une "
            "plateforme comme Tanger Med et ce qu'ils apportent aux exportateurs.",
        ),
        (
            "ندوة: الجودة ونجاعة السلسلة اللوجستية المينائية",
            "الآجال والموثوقية ورضا الشاحنين: مؤشرات الجودة لمنصة مثل طنجة المتوسط وما تقدمه "
            "للمصدرين.",
        ),
        sector="logistique-transport",
        organiser="ccis-tanger",
        partners=("tanger-med",),
        speakers=("sentissi",),
        capacity=100,
    ),
    event(
        "snq26-020",
        T.ROUND_TABLE,
        at(2026, 11, 25, "10:00", "12:30"),
        "ccis-tanger",
        (
            "Table ronde : la qualité fournisseurs dans l'écosystème automobile",
            "Rang 1, rang 2 : comment les équipementiers accompagnent les PME marocaines vers "
            "les exigences qualité des constructeurs.",
        ),
        (
            "مائدة مستديرة: جودة الموردين في منظومة صناعة السيارات",
            "موردو المستوى الأول والثاني: كيف يواكب مصنعو المعدات المقاولات الصغرى والمتوسطة "
            "المغربية نحو متطلبات الجودة لدى المصنعين.",
        ),
        sector="automobile",
        organiser="amica",
        speakers=("chraibi", "kettani"),
        capacity=80,
    ),
    event(
        "snq26-021",
        T.WORKSHOP,
        at(2026, 11, 26, "09:30", "12:30"),
        "ccis-tanger",
        (
            "Atelier : AMDEC, anticiper les défaillances d'un procédé",
            "La méthode et la grille d'analyse des modes de défaillance, de leurs effets et de "
            "leur criticité, appliquées à un atelier de confection.",
        ),
        (
            "ورشة: تحليل أنماط الأعطاب وآثارها، استباق أعطاب العمليات",
            "طريقة وشبكة تحليل أنماط الأعطاب وآثارها وخطورتها، مطبقة على ورشة للخياطة.",
        ),
        sector="textile-cuir",
        partners=("amith",),
        speakers=("kettani",),
        capacity=25,
    ),
    event(
        "snq26-022",
        T.TRAINING,
        at(2026, 11, 27, "09:00", "17:00"),
        "ccis-tanger",
        (
            "Formation : initiation au Lean Six Sigma (ceinture jaune)",
            "La démarche DMAIC, la mesure de la variabilité et les premiers outils statistiques, "
            "pour piloter un projet d'amélioration dans son service.",
        ),
        (
            "دورة تكوينية: مدخل إلى Lean Six Sigma (الحزام الأصفر)",
            "منهجية DMAIC وقياس التغير والأدوات الإحصائية الأولى، لقيادة مشروع تحسين داخل المصلحة.",
        ),
        partners=("ccis-tanger",),
        speakers=("kettani",),
        capacity=20,
    ),
    # Fès and Meknès
    event(
        "snq26-023",
        T.SEMINAR,
        at(2026, 11, 24, "10:00", "12:30"),
        "ccis-fes",
        (
            "Séminaire : qualité et labels dans l'artisanat et le cuir",
            "Du savoir-faire traditionnel aux exigences des marchés : normes de produits, label "
            "national de l'artisanat et contrôle de la qualité dans les ateliers.",
        ),
        (
            "ندوة: الجودة وعلامات الجودة في الصناعة التقليدية والجلد",
            "من المهارة التقليدية إلى متطلبات الأسواق: مواصفات المنتجات والعلامة الوطنية للصناعة "
            "التقليدية ومراقبة الجودة في الورشات.",
        ),
        sector="textile-cuir",
        organiser="ccis-fes",
        partners=("artisan",),
        speakers=("kadiri",),
        capacity=100,
    ),
    event(
        "snq26-024",
        T.COMPANY_VISIT,
        at(2026, 11, 25, "09:30", "12:00"),
        "agropolis",
        (
            "Visite : une huilerie certifiée ISO 22000 à Meknès",
            "De la réception des olives à la mise en bouteille : sécurité des aliments, "
            "traçabilité des lots et maîtrise des points critiques (HACCP).",
        ),
        (
            "زيارة: معصرة زيتون حاصلة على الإشهاد وفق ISO 22000 بمكناس",
            "من استقبال الزيتون إلى التعبئة: سلامة الأغذية وتتبع الحصص والتحكم في النقط الحرجة "
            "(HACCP).",
        ),
        sector="agroalimentaire",
        organiser="ccis-fes",
        partners=("onssa",),
        speakers=("bouzidi",),
        capacity=20,
    ),
    event(
        "snq26-025",
        T.ROUND_TABLE,
        at(2026, 11, 26, "14:30", "17:00"),
        "fst-fes",
        (
            "Table ronde : l'université, école de la culture qualité",
            "Enseigner la qualité dans toutes les filières, démarches qualité des établissements "
            "et prix national qualité de l'étudiant : étudiants et enseignants en débattent.",
        ),
        (
            "مائدة مستديرة: الجامعة، مدرسة لثقافة الجودة",
            "تدريس الجودة في جميع المسالك ومقاربات الجودة في المؤسسات والجائزة الوطنية للجودة "
            "للطالب: الطلبة والأساتذة يتناقشون.",
        ),
        sector="education-formation",
        organiser="usmba",
        partners=("umaq",),
        speakers=("ouchen", "lahlou"),
        capacity=150,
    ),
    event(
        "snq26-026",
        T.WORKSHOP,
        at(2026, 11, 27, "09:30", "12:30"),
        "ccis-fes",
        (
            "Atelier : NM ISO 14001, premiers pas du management environnemental",
            "Analyse environnementale, obligations de conformité et intégration au système "
            "qualité existant : un atelier pour les industriels de la région.",
        ),
        (
            "ورشة: المواصفة القياسية NM ISO 14001، الخطوات الأولى للتدبير البيئي",
            "التحليل البيئي والتزامات المطابقة والإدماج في نظام الجودة القائم: ورشة لصناعيي الجهة.",
        ),
        sector="chimie-parachimie",
        partners=("ccis-fes",),
        speakers=("ouchen",),
        capacity=30,
    ),
    # Marrakech
    event(
        "snq26-027",
        T.SEMINAR,
        at(2026, 11, 24, "09:30", "12:30"),
        "ccis-marrakech",
        (
            "Séminaire : qualité de service dans le tourisme et l'hôtellerie",
            "Accueil, classement hôtelier et avis des clients en ligne : les démarches qualité "
            "qui fidélisent les visiteurs.",
        ),
        (
            "ندوة: جودة الخدمة في السياحة والفندقة",
            "الاستقبال وتصنيف الفنادق وآراء الزبناء على الإنترنت: مقاربات الجودة التي تضمن وفاء "
            "الزوار.",
        ),
        sector="tourisme",
        organiser="ccis-marrakech",
        speakers=("filali",),
        capacity=120,
    ),
    event(
        "snq26-028",
        T.WORKSHOP,
        at(2026, 11, 25, "14:30", "17:00"),
        "ensa-marrakech",
        (
            "Atelier : mesurer et améliorer la satisfaction client (NM ISO 10004)",
            "Construire un questionnaire, suivre les réclamations et transformer les résultats "
            "en plan d'actions.",
        ),
        (
            "ورشة: قياس رضا الزبناء وتحسينه (NM ISO 10004)",
            "إعداد استبيان وتتبع الشكايات وتحويل النتائج إلى مخطط عمل.",
        ),
        sector="services",
        speakers=("lazrak",),
        capacity=30,
    ),
    event(
        "snq26-029",
        T.COMPANY_VISIT,
        at(2026, 11, 26, "10:00", "12:00"),
        "sidi-ghanem",
        (
            "Visite : une unité de cosmétiques à l'argan certifiée ISO 22716",
            "Bonnes pratiques de fabrication des cosmétiques, contrôle qualité en laboratoire et "
            "exportation vers l'Union européenne.",
        ),
        (
            "زيارة: وحدة لمستحضرات التجميل بالأركان حاصلة على الإشهاد وفق ISO 22716",
            "الممارسات الجيدة لتصنيع مستحضرات التجميل ومراقبة الجودة في المختبر والتصدير نحو "
            "الاتحاد الأوروبي.",
        ),
        sector="chimie-parachimie",
        organiser="ccis-marrakech",
        capacity=20,
    ),
    event(
        "snq26-030",
        T.ROUND_TABLE,
        at(2026, 11, 27, "10:00", "12:30"),
        "ccis-marrakech",
        (
            "Table ronde : vers un comité régional de la qualité Marrakech-Safi",
            "Entreprises, université et institutions de la région préparent la création du "
            "comité régional et les priorités de sa première feuille de route (Projet 2.6).",
        ),
        (
            "مائدة مستديرة: نحو لجنة جهوية للجودة لجهة مراكش آسفي",
            "مقاولات الجهة وجامعتها ومؤسساتها تحضر لإحداث اللجنة الجهوية وأولويات خارطة طريقها "
            "الأولى (المشروع 2.6).",
        ),
        organiser="umaq",
        partners=("ccis-marrakech",),
        speakers=("lahlou",),
        capacity=80,
    ),
    # Agadir
    event(
        "snq26-031",
        T.SEMINAR,
        at(2026, 11, 24, "09:30", "12:30"),
        "ccis-agadir",
        (
            "Séminaire : qualité et sécurité sanitaire des fruits et légumes à l'export",
            "Exigences des marchés, référentiel GlobalG.A.P. et contrôles de l'ONSSA : les "
            "producteurs du Souss-Massa partagent leurs pratiques.",
        ),
        (
            "ندوة: جودة الفواكه والخضر الموجهة للتصدير وسلامتها الصحية",
            "متطلبات الأسواق ومرجع GlobalG.A.P. ومراقبة المكتب الوطني للسلامة الصحية للمنتجات "
            "الغذائية: منتجو سوس ماسة يتقاسمون ممارساتهم.",
        ),
        sector="agriculture-peche",
        organiser="ccis-agadir",
        partners=("onssa",),
        speakers=("bouzidi", "tahiri"),
        capacity=120,
    ),
    event(
        "snq26-032",
        T.COMPANY_VISIT,
        at(2026, 11, 25, "09:00", "12:00"),
        "tassila",
        (
            "Visite : une station de conditionnement d'agrumes",
            "Tri, calibrage, traçabilité jusqu'au verger et audits des clients étrangers : la "
            "qualité d'une filière exportatrice.",
        ),
        (
            "زيارة: محطة لتلفيف الحوامض",
            "الفرز والمعايرة والتتبع إلى غاية البستان وتدقيقات الزبناء الأجانب: جودة سلسلة "
            "موجهة للتصدير.",
        ),
        sector="agroalimentaire",
        organiser="ccis-agadir",
        speakers=("tahiri",),
        capacity=20,
    ),
    event(
        "snq26-033",
        T.WORKSHOP,
        at(2026, 11, 26, "14:30", "17:00"),
        "ibn-zohr",
        (
            "Atelier : HACCP et ISO 22000 pour les coopératives",
            "Les sept principes HACCP appliqués aux coopératives d'argan, de miel et de dattes, "
            "avec des fiches pratiques en arabe et en amazighe.",
        ),
        (
            "ورشة: HACCP وISO 22000 للتعاونيات",
            "المبادئ السبعة لنظام HACCP مطبقة على تعاونيات الأركان والعسل والتمور، مع بطاقات "
            "تطبيقية بالعربية والأمازيغية.",
        ),
        sector="agroalimentaire",
        partners=("onssa", "ccis-agadir"),
        speakers=("aitlahcen", "bouzidi"),
        languages=("ar", "zgh", "fr"),
        capacity=30,
    ),
    event(
        "snq26-034",
        T.EXHIBITION,
        days(D(2026, 11, 26), D(2026, 11, 27)),
        "ccis-agadir",
        (
            "Exposition : produits du terroir et signes distinctifs d'origine et de qualité",
            "Argan, safran, miel, dattes : les coopératives labellisées (IGP, AOP, label "
            "agricole) présentent leurs produits et leur démarche qualité.",
        ),
        (
            "معرض: منتجات المجال والعلامات المميزة للأصل والجودة",
            "الأركان والزعفران والعسل والتمور: تعرض التعاونيات الحاصلة على علامات الجودة "
            "(بيان جغرافي محمي، تسمية منشأ، علامة فلاحية) منتجاتها ومقاربتها للجودة.",
        ),
        sector="agriculture-peche",
        organiser="ccis-agadir",
        languages=("ar", "zgh", "fr"),
    ),
    # Oujda
    event(
        "snq26-035",
        T.SEMINAR,
        at(2026, 11, 25, "09:30", "12:30"),
        "technopole-oujda",
        (
            "Séminaire : la qualité, moteur de compétitivité des PME de l'Oriental",
            "Programmes d'appui à la mise à niveau qualité, accompagnement vers la certification "
            "et financement : l'offre disponible pour les entreprises de la région.",
        ),
        (
            "ندوة: الجودة محرك لتنافسية المقاولات الصغرى والمتوسطة بجهة الشرق",
            "برامج دعم تأهيل الجودة والمواكبة نحو الإشهاد والتمويل: العرض المتاح لمقاولات الجهة.",
        ),
        organiser="ccis-oriental",
        speakers=("benkirane", "naciri"),
        capacity=100,
    ),
    event(
        "snq26-036",
        T.TRAINING,
        at(2026, 11, 26, "09:00", "16:00"),
        "ump",
        (
            "Formation : la norme ISO 9001 expliquée aux très petites entreprises",
            "Une journée pour comprendre les exigences essentielles, rédiger le minimum utile et "
            "choisir ses premiers indicateurs.",
        ),
        (
            "دورة تكوينية: شرح المواصفة ISO 9001 للمقاولات الصغيرة جدا",
            "يوم لفهم المتطلبات الأساسية وتحرير الحد الأدنى المفيد من الوثائق واختيار المؤشرات "
            "الأولى.",
        ),
        partners=("ccis-oriental",),
        speakers=("naciri",),
        capacity=25,
    ),
    event(
        "snq26-037",
        T.ROUND_TABLE,
        at(2026, 11, 27, "10:00", "12:30"),
        "technopole-oujda",
        (
            "Table ronde : énergies renouvelables, normes et qualité des installations solaires",
            "Reportée du jeudi 26 au vendredi 27 novembre, au même lieu. Normes des panneaux et "
            "des onduleurs, qualification des installateurs et contrôle des installations.",
        ),
        (
            "مائدة مستديرة: الطاقات المتجددة ومواصفات المنشآت الشمسية وجودتها",
            "أجلت من الخميس 26 إلى الجمعة 27 نونبر، في المكان نفسه. مواصفات الألواح والمموجات "
            "وتأهيل المركبين ومراقبة المنشآت.",
        ),
        sector="energie-mines",
        organiser="ccis-oriental",
        partners=("imanor",),
        speakers=("naciri",),
        capacity=80,
        status=EventStatus.MOVED,
    ),
    # Laâyoune
    event(
        "snq26-038",
        T.SEMINAR,
        at(2026, 11, 25, "10:00", "12:30"),
        "ccis-laayoune",
        (
            "Séminaire : qualité et valorisation des produits de la mer",
            "Chaîne du froid, sécurité sanitaire et certification : la qualité au service de la "
            "pêche et de l'industrie de transformation à Laâyoune.",
        ),
        (
            "ندوة: الجودة وتثمين المنتجات البحرية",
            "سلسلة التبريد والسلامة الصحية والإشهاد: الجودة في خدمة الصيد البحري وصناعة التحويل "
            "بالعيون.",
        ),
        sector="agriculture-peche",
        organiser="ccis-laayoune",
        partners=("onssa",),
        speakers=("maelainine", "bouzidi"),
        capacity=80,
    ),
    event(
        "snq26-039",
        T.WORKSHOP,
        at(2026, 11, 26, "09:30", "12:30"),
        "ccis-laayoune",
        (
            "Atelier : accompagner les coopératives vers la certification",
            "Diagnostic qualité, plan d'actions et choix du référentiel : un atelier pour les "
            "coopératives et les jeunes entreprises de la région.",
        ),
        (
            "ورشة: مواكبة التعاونيات نحو الإشهاد",
            "تشخيص الجودة ومخطط العمل واختيار المرجع: ورشة للتعاونيات والمقاولات الناشئة بالجهة.",
        ),
        sector="services",
        partners=("ccis-laayoune",),
        speakers=("maelainine",),
        capacity=30,
    ),
    event(
        "snq26-040",
        T.COMPANY_VISIT,
        at(2026, 11, 27, "10:00", "12:00"),
        "foum-el-oued",
        (
            "Visite : le technopôle de Foum El Oued et ses laboratoires",
            "Recherche appliquée, incubation de jeunes entreprises et laboratoires d'analyses : "
            "la qualité au cœur d'un pôle d'innovation du Sud.",
        ),
        (
            "زيارة: القطب التكنولوجي فم الواد ومختبراته",
            "البحث التطبيقي واحتضان المقاولات الناشئة ومختبرات التحليل: الجودة في قلب قطب "
            "للابتكار بالجنوب.",
        ),
        sector="energie-mines",
        organiser="ccis-laayoune",
        capacity=25,
    ),
    # Online
    event(
        "snq26-041",
        T.WEBINAR,
        at(2026, 11, 24, "16:00", "17:30"),
        None,
        (
            "Webinaire : la révision de la norme ISO 9001, ce qui change",
            "La nouvelle version de l'ISO 9001 : calendrier de publication, principales "
            "évolutions et période de transition pour les organismes certifiés.",
        ),
        (
            "ندوة عبر الإنترنت: مراجعة المواصفة ISO 9001، ما الذي سيتغير",
            "الصيغة الجديدة من المواصفة ISO 9001: جدول النشر وأهم المستجدات والفترة الانتقالية "
            "للهيئات الحاصلة على الإشهاد.",
        ),
        organiser="imanor",
        partners=("umaq",),
        speakers=("cherkaoui", "laurent"),
        capacity=300,
    ),
    event(
        "snq26-042",
        T.WEBINAR,
        at(2026, 11, 25, "16:00", "17:30"),
        None,
        (
            "Webinaire : intelligence artificielle et systèmes de management (ISO/IEC 42001)",
            "Encadrer l'usage de l'IA dans l'entreprise avec la première norme de système de "
            "management de l'intelligence artificielle.",
        ),
        (
            "ندوة عبر الإنترنت: الذكاء الاصطناعي وأنظمة الإدارة (ISO/IEC 42001)",
            "تأطير استعمال الذكاء الاصطناعي في المقاولة بأول مواصفة لنظام إدارة الذكاء الاصطناعي.",
        ),
        sector="tic",
        organiser="imanor",
        speakers=("amrani",),
        languages=("fr", "en"),
        capacity=300,
    ),
    event(
        "snq26-043",
        T.WEBINAR,
        at(2026, 11, 26, "11:00", "12:30"),
        None,
        (
            "Webinaire en arabe : le système de management de la qualité simplifié pour les TPE",
            "Les bases d'un système qualité à la mesure d'une très petite entreprise, avec des "
            "exemples du commerce et de l'artisanat. En arabe.",
        ),
        (
            "ندوة عبر الإنترنت: نظام إدارة الجودة مبسطا للمقاولات الصغيرة جدا",
            "أسس نظام للجودة على مقاس المقاولة الصغيرة جدا، مع أمثلة من التجارة والصناعة "
            "التقليدية. باللغة العربية.",
        ),
        speakers=("tahiri",),
        languages=("ar",),
        capacity=200,
    ),
    event(
        "snq26-044",
        T.WEBINAR,
        at(2026, 11, 27, "15:00", "16:30"),
        None,
        (
            "Webinaire : préparer sa candidature au Prix National de la Qualité",
            "Référentiel, critères et sous-critères, dossier de candidature et calendrier de "
            "l'édition 2027 : les conseils des évaluateurs.",
        ),
        (
            "ندوة عبر الإنترنت: إعداد الترشيح للجائزة الوطنية للجودة",
            "المرجع والمعايير والمعايير الفرعية وملف الترشيح وجدولة دورة 2027: نصائح المقيمين.",
        ),
        organiser="mic",
        partners=("umaq",),
        speakers=("benjelloun", "alaoui"),
        capacity=300,
    ),
]

SNQ_2025 = [
    event(
        "snq25-001",
        T.FORUM,
        at(2025, 11, 17, "09:00", "13:00"),
        "mic",
        (
            "Forum international de la qualité 2025 : normes et souveraineté industrielle",
            "Journée de lancement de la 28e édition : la normalisation au service de "
            "l'intégration industrielle locale et des exportations.",
        ),
        (
            "المنتدى الدولي للجودة 2025: المواصفات والسيادة الصناعية",
            "يوم افتتاح الدورة 28: التقييس في خدمة الإدماج الصناعي المحلي والصادرات.",
        ),
        organiser="mic-umaq",
        partners=("imanor", "arso"),
        speakers=("benjelloun", "mensah"),
        languages=("fr", "ar", "en"),
        capacity=400,
    ),
    event(
        "snq25-002",
        T.SEMINAR,
        at(2025, 11, 18, "09:30", "12:30"),
        "ccis-casablanca",
        (
            "Séminaire : la certification, un passeport pour l'export",
            "Quelles certifications demandent les acheteurs européens et africains, et comment "
            "les obtenir à un coût raisonnable.",
        ),
        (
            "ندوة: الإشهاد، جواز سفر نحو التصدير",
            "ما هي الشهادات التي يطلبها المشترون الأوروبيون والأفارقة، وكيف يمكن الحصول عليها "
            "بتكلفة معقولة.",
        ),
        organiser="ccis-casablanca",
        speakers=("lazrak",),
        capacity=120,
    ),
    event(
        "snq25-003",
        T.COMPANY_VISIT,
        at(2025, 11, 19, "09:30", "12:30"),
        "kenitra",
        (
            "Visite : un site de production automobile de l'Atlantic Free Zone",
            "Maîtrise des procédés, qualité fournisseurs et intégration locale dans une usine "
            "d'équipements automobiles.",
        ),
        (
            "زيارة: موقع لإنتاج معدات السيارات بالمنطقة الحرة الأطلسية",
            "التحكم في العمليات وجودة الموردين والإدماج المحلي في مصنع لمعدات السيارات.",
        ),
        sector="automobile",
        organiser="amica",
        speakers=("chraibi",),
        capacity=15,
    ),
    event(
        "snq25-004",
        T.ROUND_TABLE,
        at(2025, 11, 20, "10:00", "12:30"),
        "ccis-marrakech",
        (
            "Table ronde : qualité et tourisme durable",
            "Hôteliers, guides et collectivités sur la qualité de l'accueil et la préservation "
            "des sites.",
        ),
        (
            "مائدة مستديرة: الجودة والسياحة المستدامة",
            "الفندقيون والمرشدون والجماعات الترابية حول جودة الاستقبال والمحافظة على المواقع.",
        ),
        sector="tourisme",
        organiser="ccis-marrakech",
        speakers=("filali",),
        capacity=80,
    ),
]

SNQ_2024 = [
    event(
        "snq24-001",
        T.FORUM,
        at(2024, 11, 18, "09:00", "13:00"),
        "ofec",
        (
            "Forum international de la qualité 2024 : qualité et développement durable",
            "Journée de lancement de la 27e édition : les normes de management au service de la "
            "transition écologique des entreprises.",
        ),
        (
            "المنتدى الدولي للجودة 2024: الجودة والتنمية المستدامة",
            "يوم افتتاح الدورة 27: مواصفات أنظمة الإدارة في خدمة الانتقال البيئي للمقاولات.",
        ),
        organiser="mic-umaq",
        partners=("cgem", "eoq"),
        speakers=("lahlou", "laurent"),
        languages=("fr", "ar", "en"),
        capacity=400,
    ),
    event(
        "snq24-002",
        T.WORKSHOP,
        at(2024, 11, 19, "14:30", "17:00"),
        "ccis-tanger",
        (
            "Atelier : mesurer son empreinte carbone (ISO 14064)",
            "Inventaire des émissions, périmètres et premiers plans de réduction pour les "
            "exportateurs industriels.",
        ),
        (
            "ورشة: قياس البصمة الكربونية (ISO 14064)",
            "جرد الانبعاثات ونطاقاتها والمخططات الأولى لخفضها لفائدة المصدرين الصناعيين.",
        ),
        sector="textile-cuir",
        organiser="ccis-tanger",
        speakers=("kettani",),
        capacity=30,
    ),
    event(
        "snq24-003",
        T.SEMINAR,
        at(2024, 11, 20, "09:30", "12:30"),
        "ccis-fes",
        (
            "Séminaire : la qualité dans l'économie sociale et solidaire",
            "Coopératives et associations : des démarches qualité simples pour gagner la "
            "confiance des clients et des bailleurs.",
        ),
        (
            "ندوة: الجودة في الاقتصاد الاجتماعي والتضامني",
            "التعاونيات والجمعيات: مقاربات جودة بسيطة لكسب ثقة الزبناء والممولين.",
        ),
        organiser="ccis-fes",
        speakers=("kadiri",),
        capacity=100,
    ),
    event(
        "snq24-004",
        T.EXHIBITION,
        days(D(2024, 11, 21), D(2024, 11, 22)),
        "ccis-agadir",
        (
            "Exposition : les entreprises engagées pour une qualité durable",
            "Stands d'entreprises certifiées ISO 14001 et de coopératives labellisées du "
            "Souss-Massa.",
        ),
        (
            "معرض: مقاولات ملتزمة بجودة مستدامة",
            "أروقة لمقاولات حاصلة على الإشهاد وفق ISO 14001 ولتعاونيات حاصلة على علامات الجودة "
            "بسوس ماسة.",
        ),
        organiser="ccis-agadir",
        languages=("ar", "zgh", "fr"),
    ),
]

JNQ_2026 = [
    event(
        "jnq26-001",
        T.SEMINAR,
        at(2026, 10, 14, "09:30", "13:00"),
        "imanor",
        (
            "Journée mondiale de la normalisation : les normes, langage commun des marchés",
            "Le 14 octobre, l'IMANOR présente les normes marocaines adoptées dans l'année et "
            "invite les entreprises à rejoindre ses commissions techniques.",
        ),
        (
            "اليوم العالمي للتقييس: المواصفات، لغة مشتركة للأسواق",
            "في 14 أكتوبر، يقدم المعهد المغربي للتقييس المواصفات القياسية المغربية المعتمدة خلال "
            "السنة ويدعو المقاولات إلى الانضمام إلى لجانه التقنية.",
        ),
        organiser="imanor",
        speakers=("cherkaoui",),
        capacity=150,
    ),
    event(
        "jnq26-002",
        T.SEMINAR,
        at(2026, 12, 10, "09:30", "16:00"),
        "ccis-agadir",
        (
            "Journée de la qualité du secteur agroalimentaire",
            "Sécurité sanitaire, ISO 22000 et traçabilité : une journée pour les industriels "
            "de l'agroalimentaire et leurs fournisseurs agricoles.",
        ),
        (
            "يوم الجودة لقطاع الصناعات الغذائية",
            "السلامة الصحية والمواصفة ISO 22000 والتتبع: يوم لصناعيي القطاع الغذائي وممونيهم "
            "الفلاحيين.",
        ),
        sector="agroalimentaire",
        organiser="mic",
        partners=("fenagri", "onssa", "umaq"),
        speakers=("bouzidi", "tahiri"),
        capacity=150,
    ),
    event(
        "jnq26-003",
        T.ROUND_TABLE,
        at(2026, 12, 17, "09:30", "13:00"),
        "lpee",
        (
            "Journée de la qualité du bâtiment et des travaux publics",
            "Normes obligatoires des matériaux de construction, essais en laboratoire et "
            "contrôle sur chantier : maîtres d'ouvrage et entreprises en débattent.",
        ),
        (
            "يوم الجودة لقطاع البناء والأشغال العمومية",
            "المواصفات الإجبارية لمواد البناء والتجارب المخبرية والمراقبة في الأوراش: أصحاب "
            "المشاريع والمقاولات يتناقشون.",
        ),
        sector="btp",
        organiser="mic",
        partners=("imanor", "umaq"),
        speakers=("mernissi",),
        capacity=120,
    ),
]

JNQ_2027 = [
    event(
        "jnq27-001",
        T.SEMINAR,
        at(2027, 2, 18, "09:30", "16:00"),
        "fmpc",
        (
            "Journée de la qualité des établissements de santé",
            "Accréditation des laboratoires, sécurité des patients et satisfaction des usagers "
            "dans les hôpitaux et les cliniques.",
        ),
        (
            "يوم الجودة للمؤسسات الصحية",
            "اعتماد المختبرات وسلامة المرضى ورضا المرتفقين في المستشفيات والمصحات.",
        ),
        sector="sante",
        organiser="sante",
        partners=("semac", "umaq"),
        speakers=("bennis",),
        capacity=150,
    ),
    event(
        "jnq27-002",
        T.SEMINAR,
        at(2027, 4, 15, "09:30", "13:00"),
        "ccis-tanger",
        (
            "Journée de la qualité du textile et de l'habillement",
            "Conformité des produits, étiquetage et exigences des donneurs d'ordre européens.",
        ),
        (
            "يوم الجودة لقطاع النسيج والألبسة",
            "مطابقة المنتجات والوسم ومتطلبات الزبناء الأوروبيين.",
        ),
        sector="textile-cuir",
        organiser="mic",
        partners=("amith", "umaq"),
        speakers=("kettani",),
        capacity=120,
    ),
    event(
        "jnq27-003",
        T.WORKSHOP,
        at(2027, 5, 20, "09:30", "13:00"),
        "lnm",
        (
            "Journée mondiale de la métrologie : mesurer juste pour produire mieux",
            "Le 20 mai, étalonnage, incertitude de mesure et métrologie légale expliqués aux "
            "responsables qualité et de maintenance.",
        ),
        (
            "اليوم العالمي للمترولوجيا: القياس الدقيق لإنتاج أفضل",
            "في 20 ماي، شرح المعايرة وارتياب القياس والمترولوجيا القانونية لمسؤولي الجودة "
            "والصيانة.",
        ),
        organiser="mic",
        speakers=("elfassi",),
        capacity=40,
    ),
    event(
        "jnq27-004",
        T.SEMINAR,
        at(2027, 6, 9, "09:30", "13:00"),
        "imanor",
        (
            "Journée mondiale de l'accréditation : l'accréditation au service du commerce",
            "Le 9 juin, le SEMAC présente les organismes accrédités et la reconnaissance de "
            "leurs certificats et rapports d'essais à l'étranger.",
        ),
        (
            "اليوم العالمي للاعتماد: الاعتماد في خدمة التجارة",
            "في 9 يونيو، تقدم المصلحة المغربية للاعتماد الهيئات المعتمدة والاعتراف بشهاداتها "
            "وتقارير تجاربها في الخارج.",
        ),
        organiser="semac",
        speakers=("alami",),
        capacity=150,
    ),
]

# (series slug, edition slug) -> its events
EVENTS = {
    ("snq", "2026"): SNQ_2026,
    ("snq", "2025"): SNQ_2025,
    ("snq", "2024"): SNQ_2024,
    ("journees-nationales-qualite", "2026"): JNQ_2026,
    ("journees-nationales-qualite", "2027"): JNQ_2027,
}

ONLINE_LINK = "https://webinaires.example.ma/snq2026/%s"

# Made-up members who registered: (first name, last name, organisation). Their addresses are
# at example.ma and they get no email.
MEMBERS = [
    ("Nadia", "Alaoui", "Atlas Emballages"),
    ("Yassine", "Bennani", "Clinique Al Amal"),
    ("Houda", "Chraibi", "Maghreb Câblage"),
    ("Anas", "Daoudi", "Université Hassan II"),
    ("Imane", "El Idrissi", "Coopérative Tifawin"),
    ("Mehdi", "Fassi", "Bureau d'études Qualiconseil"),
    ("Sanaa", "Guessous", "Laboratoire BioAnalyses"),
    ("Othmane", "Hajji", "Souss Agrumes"),
    ("Loubna", "Iraqi", "Commune de Salé"),
    ("Reda", "Jebli", "Transports Jebli et fils"),
    ("Kenza", "Kabbaj", "Hôtel Riad Zitoun"),
    ("Adil", "Lamrani", "Tanger Textile"),
    ("Siham", "Mouline", "Banque Populaire"),
    ("Zakaria", "Naji", "ENSA Oujda"),
    ("Asmae", "Ouali", "Oriental Solaire"),
    ("Bilal", "Qadiri", "Marrakech Cosmétiques"),
    ("Hajar", "Rami", "Office régional de mise en valeur agricole"),
    ("Taha", "Saadi", "Fès Cuir Design"),
    ("Wiam", "Tazi", "Lydec"),
    ("Ilyas", "Ouahbi", "Agence urbaine de Laâyoune"),
    ("Ghizlane", "Yacoubi", "Conserverie du Sud"),
    ("Amine", "Zerouali", "Huilerie Zerhoun"),
    ("Fatima", "Amrani", "Centre régional d'investissement"),
    ("Younes", "Berrada", "Atlas Métal"),
    ("Salma", "Chafik", "Clinique Assalam"),
    ("Hamza", "Drissi", "Cabinet Drissi Audit"),
    ("Nora", "Essaadi", "Université Ibn Zohr"),
    ("Karim", "Filali", "Imprimerie Al Maarif"),
    ("Rim", "Ghazi", "Tanger Logistique"),
    ("Soufiane", "Hilali", "Coopérative Dattes de Tafilalet"),
    ("Meriem", "Jaidi", "Société Laitière du Gharb"),
    ("Walid", "Kettani", "Agence nationale des ports"),
    ("Dounia", "Lahlou", "Ecole Supérieure de Technologie de Fès"),
    ("Omar", "Mansouri", "Mansouri BTP"),
    ("Zineb", "Nejjar", "Hôpital provincial d'Agadir"),
    ("Ayoub", "Ouazzani", "Société Marocaine de Mécanique"),
]

# Event code -> how many made-up members register (in MEMBERS order): the first ones take the
# seats, the others join the waiting list when that is more than the capacity.
REGISTRATIONS = {
    "snq26-002": 34,  # 30 seats: 4 on the waiting list
    "snq26-006": 18,  # 15 seats: 3 waiting
    "snq26-018": 17,  # 12 seats: 5 waiting
    "snq26-001": 18,
    "snq26-005": 8,
    "snq26-008": 11,
    "snq26-041": 24,
}
# The demo member account (seed_demo's membre@jawda.ma) has a seat and a waiting-list place,
# for "my registrations".
DEMO_MEMBER_REGISTRATIONS = ["snq26-005", "snq26-002"]
