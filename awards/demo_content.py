"""The prizes demo's text, in French and Arabic: the six prizes of Projet 4.1 of the Politique
Nationale de la Qualité (shared/seeds), the PNQ 2026 edition and its référentiel. Used by
`awards.demo` only.

The laureates are made up (no real company is said to have won anything). The référentiel's
nine criteria follow the structure of excellence models (enablers, then results); their
weights are illustrative, and the référentiel says so in its notes.
"""

import datetime

INDEX = {
    "slug": "prix",
    # Its menu entry takes the place of the standard page about the PNQ, whose text it carries.
    "replaces_in_menu": "prix-national-qualite",
    "fr": {
        "title": "Prix et distinctions qualité",
        "intro": (
            "Six prix nationaux reconnaissent les organismes, les étudiants et les dirigeants "
            "qui font de la qualité un levier d'excellence."
        ),
    },
    "ar": {
        "title": "جوائز وتنويهات الجودة",
        "intro": (
            "ست جوائز وطنية تعترف بالهيئات والطلبة والمسيرين الذين يجعلون من الجودة رافعة للتميز."
        ),
    },
}

# Past laureates of the PNQ: (year, (name fr, ar), (category fr, ar), distinction, (city fr, ar)).
PNQ_LAUREATES = [
    (
        2025,
        ("Atlas Composants Automobiles", "أطلس لمكونات السيارات"),
        ("Grande entreprise", "المقاولة الكبرى"),
        "trophy",
        ("Tanger", "طنجة"),
    ),
    (
        2025,
        ("Laiterie du Saïss", "ملبنة سايس"),
        ("PME/PMI", "المقاولة الصغرى والمتوسطة"),
        "trophy",
        ("Meknès", "مكناس"),
    ),
    (
        2025,
        ("Agence des services numériques de l'Oriental", "وكالة الخدمات الرقمية للشرق"),
        ("Organisme public", "هيئة عمومية"),
        "recognition",
        ("Oujda", "وجدة"),
    ),
    (
        2024,
        ("Sud Emballages", "الجنوب للتلفيف"),
        ("PME/PMI", "المقاولة الصغرى والمتوسطة"),
        "recognition",
        ("Agadir", "أكادير"),
    ),
    (
        2024,
        ("Maroc Textiles Innovation", "المغرب للنسيج والابتكار"),
        ("Grande entreprise", "المقاولة الكبرى"),
        "encouragement",
        ("Casablanca", "الدار البيضاء"),
    ),
]

PRIZES = [
    {
        "code": "pnq",
        "slug": "prix-national-qualite-pnq",
        "fr": {
            "title": "Prix National de la Qualité (PNQ)",
            "intro": (
                "Reconnaître les mérites des entreprises et organismes les plus engagés dans la "
                "qualité et dynamiser la démarche qualité vers l'excellence."
            ),
            "body": [
                "Le Prix National de la Qualité distingue, par catégorie (grande entreprise, "
                "PME/PMI, organisme public), les organismes dont le management et les résultats "
                "témoignent d'une démarche d'excellence.",
                "Les dossiers sont évalués par des évaluateurs formés, selon le référentiel du "
                "prix, puis par un jury qui visite les meilleurs candidats. Le Ministre chargé "
                "de l'Industrie et du Commerce remet les trophées et les certificats de "
                "reconnaissance ou d'encouragement ; les lauréats rejoignent le club des "
                "lauréats.",
            ],
            "rules": [
                "Un organisme concourt dans une seule catégorie par édition. Les dossiers "
                "incomplets ou reçus après la clôture de l'appel ne sont pas examinés.",
                "Les évaluateurs déclarent leurs conflits d'intérêts et ne notent jamais un "
                "candidat avec lequel ils ont un lien. Les décisions du jury sont souveraines.",
            ],
        },
        "ar": {
            "title": "الجائزة الوطنية للجودة",
            "intro": (
                "الاعتراف باستحقاق المقاولات والهيئات الأكثر انخراطا في الجودة وتحفيز مقاربة "
                "الجودة نحو التميز."
            ),
            "body": [
                "تميز الجائزة الوطنية للجودة، حسب الفئة (المقاولة الكبرى، المقاولة الصغرى "
                "والمتوسطة، الهيئة العمومية)، الهيئات التي يشهد تدبيرها ونتائجها على مقاربة "
                "للتميز.",
                "يقيم الملفات مقيمون مكونون وفق مرجع الجائزة، ثم لجنة تحكيم تزور أفضل "
                "المترشحين. ويسلم الوزير المكلف بالصناعة والتجارة الكؤوس وشهادات التقدير أو "
                "التشجيع، وينضم الفائزون إلى نادي الفائزين.",
            ],
            "rules": [
                "تترشح الهيئة في فئة واحدة في كل دورة. ولا تدرس الملفات غير الكاملة أو التي "
                "ترد بعد اختتام باب الترشيح.",
                "يصرح المقيمون بتضارب المصالح ولا يقيمون أبدا مترشحا تربطهم به صلة. وقرارات "
                "لجنة التحكيم نهائية.",
            ],
        },
    },
    {
        "code": "bpq",
        "slug": "prix-bonnes-pratiques-qualite",
        "fr": {
            "title": "Prix national de bonnes pratiques qualité",
            "intro": (
                "Faire connaître une pratique qualité qui a fait ses preuves, pour qu'elle "
                "inspire d'autres organismes."
            ),
            "body": [
                "Le prix distingue une pratique précise (amélioration d'un processus, écoute "
                "client, démarche Lean, innovation de service) décrite avec ses résultats "
                "mesurés et sa possibilité d'être reprise ailleurs.",
            ],
        },
        "ar": {
            "title": "الجائزة الوطنية للممارسات الجيدة في مجال الجودة",
            "intro": "التعريف بممارسة للجودة أثبتت نجاعتها حتى تلهم هيئات أخرى.",
            "body": [
                "تميز الجائزة ممارسة محددة (تحسين مسلسل، الإنصات للزبناء، مقاربة Lean، ابتكار "
                "في الخدمة) موصوفة بنتائجها المقيسة وبإمكانية نقلها إلى هيئات أخرى.",
            ],
        },
    },
    {
        "code": "etudiant",
        "slug": "prix-qualite-etudiant",
        "fr": {
            "title": "Prix national qualité de l'étudiant",
            "intro": (
                "Encourager les étudiants qui mènent un projet qualité pendant leurs études ou "
                "leur stage."
            ),
            "body": [
                "Les étudiants candidatent à titre individuel, en indiquant leur établissement "
                "d'enseignement. Le projet présenté (mémoire, projet de fin d'études, stage) "
                "applique les outils de la qualité à un cas réel.",
            ],
        },
        "ar": {
            "title": "الجائزة الوطنية للجودة للطالب",
            "intro": "تشجيع الطلبة الذين ينجزون مشروعا في مجال الجودة خلال دراستهم أو تدريبهم.",
            "body": [
                "يترشح الطلبة بصفة فردية مع ذكر مؤسستهم التعليمية. ويطبق المشروع المقدم (بحث، "
                "مشروع نهاية الدراسة، تدريب) أدوات الجودة على حالة واقعية.",
            ],
        },
    },
    {
        "code": "aqf",
        "slug": "prix-africa-quality-focus",
        "fr": {
            "title": "Prix Africa Quality Focus",
            "intro": (
                "Distinguer les organismes africains engagés dans la qualité et renforcer la "
                "coopération du Maroc avec le continent."
            ),
            "body": [
                "Ouvert aux organismes des pays africains partenaires, le prix valorise les "
                "démarches qualité qui soutiennent les échanges et la compétitivité sur le "
                "continent.",
            ],
        },
        "ar": {
            "title": "جائزة Africa Quality Focus",
            "intro": ("تمييز الهيئات الإفريقية المنخرطة في الجودة وتعزيز تعاون المغرب مع القارة."),
            "body": [
                "تثمن الجائزة، المفتوحة لهيئات البلدان الإفريقية الشريكة، مقاربات الجودة التي "
                "تدعم المبادلات والتنافسية في القارة.",
            ],
        },
    },
    {
        "code": "regional",
        "slug": "prix-regional-qualite",
        "fr": {
            "title": "Prix régional de la qualité",
            "intro": (
                "Porté par les comités régionaux de la qualité, il fait émerger les démarches "
                "qualité de chaque région."
            ),
            "body": [
                "Chaque comité régional organise son prix avec la Chambre de Commerce, "
                "d'Industrie et de Services et ses partenaires ; les lauréats régionaux peuvent "
                "ensuite concourir au Prix National de la Qualité.",
            ],
        },
        "ar": {
            "title": "الجائزة الجهوية للجودة",
            "intro": "تحملها اللجان الجهوية للجودة لإبراز مقاربات الجودة في كل جهة.",
            "body": [
                "تنظم كل لجنة جهوية جائزتها بتعاون مع غرفة التجارة والصناعة والخدمات وشركائها، "
                "ويمكن للفائزين الجهويين بعد ذلك الترشح للجائزة الوطنية للجودة.",
            ],
        },
    },
    {
        "code": "leader",
        "slug": "prix-leader-qualite",
        "fr": {
            "title": "Prix du leader en qualité",
            "intro": (
                "Honorer une dirigeante ou un dirigeant dont l'engagement personnel a fait "
                "progresser la qualité dans son organisme et au-delà."
            ),
            "body": [
                "Le prix reconnaît le rôle d'exemple du leader : vision, accompagnement des "
                "équipes, partage d'expérience avec d'autres organismes.",
            ],
        },
        "ar": {
            "title": "جائزة الريادة في الجودة",
            "intro": ("تكريم مسيرة أو مسير ساهم التزامه الشخصي في تقدم الجودة داخل هيئته وخارجها."),
            "body": [
                "تعترف الجائزة بالدور النموذجي للرائد: الرؤية ومواكبة الفرق وتقاسم التجربة مع "
                "هيئات أخرى.",
            ],
        },
    },
]

# The PNQ 2026 edition: open for applications (the demo's "today" is late November 2026).
EDITION = {
    "prize": "pnq",
    "slug": "pnq-2026",
    "year": 2026,
    "opens_at": datetime.datetime(2026, 10, 15, 9, 0),
    "closes_at": datetime.datetime(2027, 1, 29, 16, 0),
    "categories": ["large", "sme", "public"],
    "requires_ice": True,
    "min_years_activity": 3,
    "laureate_cooldown_years": 3,
    "stages": [
        (datetime.date(2026, 10, 15), datetime.date(2027, 1, 29)),
        (datetime.date(2027, 2, 1), datetime.date(2027, 2, 19)),
        (datetime.date(2027, 2, 22), datetime.date(2027, 4, 9)),
        (datetime.date(2027, 4, 19), datetime.date(2027, 5, 28)),
        (datetime.date(2027, 6, 24), None),
    ],
    "fr": {
        "title": "PNQ 2026",
        "theme": "La qualité, moteur de compétitivité et de confiance",
        "intro": (
            "L'appel à candidatures de l'édition 2026 du Prix National de la Qualité est "
            "ouvert aux grandes entreprises, aux PME/PMI et aux organismes publics."
        ),
        "eligibility_notes": (
            "Les filiales concourent sous leur propre ICE. Un organisme lauréat d'un trophée "
            "peut concourir à nouveau après trois éditions."
        ),
        "documents": [
            ("Dossier de candidature", "Auto-évaluation selon le référentiel du prix.", True),
            ("Attestation ICE", "Ou certificat d'inscription au registre du commerce.", True),
            ("Organigramme", "", True),
            ("Certificats de système de management", "ISO 9001 ou autre, s'il y a lieu.", False),
        ],
        "stages": [
            ("Appel à candidatures", "Dépôt des dossiers en ligne."),
            ("Examen de recevabilité", "Le secrétariat vérifie l'éligibilité des dossiers."),
            ("Évaluation individuelle et consensus", "Par les évaluateurs formés."),
            ("Visites sur site", "Pour les candidats présélectionnés."),
            ("Délibération du jury et cérémonie", "Remise des trophées et certificats."),
        ],
        "rules": [
            "Le dossier suit le référentiel du prix : pour chaque sous-critère, le candidat "
            "décrit ses pratiques et ses résultats et s'attribue un score.",
            "Après la clôture de l'appel, aucun dossier ne peut être déposé ni modifié, sauf "
            "prolongation individuelle accordée par le secrétariat.",
        ],
    },
    "ar": {
        "title": "الجائزة الوطنية للجودة 2026",
        "theme": "الجودة محرك للتنافسية والثقة",
        "intro": (
            "باب الترشيح لدورة 2026 من الجائزة الوطنية للجودة مفتوح أمام المقاولات الكبرى "
            "والمقاولات الصغرى والمتوسطة والهيئات العمومية."
        ),
        "eligibility_notes": (
            "تترشح الفروع بمعرفها الموحد للمقاولة الخاص. ويمكن للهيئة الفائزة بكأس أن تترشح من "
            "جديد بعد ثلاث دورات."
        ),
        "documents": [
            ("ملف الترشيح", "تقييم ذاتي وفق مرجع الجائزة.", True),
            ("شهادة المعرف الموحد للمقاولة", "أو شهادة التسجيل في السجل التجاري.", True),
            ("الهيكل التنظيمي", "", True),
            ("شهادات أنظمة الإدارة", "ISO 9001 أو غيرها، عند الاقتضاء.", False),
        ],
        "stages": [
            ("الإعلان عن الترشيح", "إيداع الملفات عبر الإنترنت."),
            ("دراسة القبول", "تتحقق الكتابة من أهلية الملفات."),
            ("التقييم الفردي والتوافق", "من طرف المقيمين المكونين."),
            ("الزيارات الميدانية", "للمترشحين المنتقين."),
            ("مداولات لجنة التحكيم والحفل", "تسليم الكؤوس والشهادات."),
        ],
        "rules": [
            "يتبع الملف مرجع الجائزة: يصف المترشح، لكل معيار فرعي، ممارساته ونتائجه ويمنح "
            "نفسه نقطة.",
            "بعد اختتام باب الترشيح، لا يمكن إيداع أي ملف أو تعديله، إلا في حالة تمديد فردي "
            "تمنحه الكتابة.",
        ],
    },
}

REFERENTIEL = {
    "total_points": 1000,
    "notes_fr": (
        "Référentiel de démonstration : ses neuf critères suivent la structure des modèles "
        "d'excellence (facteurs, puis résultats) ; leurs pondérations sont illustratives."
    ),
    "notes_ar": (
        "مرجع للعرض: تتبع معاييره التسعة بنية نماذج التميز (العوامل ثم النتائج)، وأوزانها توضيحية."
    ),
    "guidance_fr": "\n".join(
        [
            "0-5: Aucune preuve, ou des preuves anecdotiques.",
            "10-25: Quelques preuves, dans une partie de l'organisme.",
            "30-50: Des preuves, pour la plupart des activités concernées.",
            "55-75: Des preuves claires, déployées et mesurées.",
            "80-100: Des preuves complètes, exemplaires et reconnues comme référence.",
        ]
    ),
    "guidance_ar": "\n".join(
        [
            "0-5: لا دليل، أو أدلة متفرقة.",
            "10-25: بعض الأدلة في جزء من الهيئة.",
            "30-50: أدلة تشمل أغلب الأنشطة المعنية.",
            "55-75: أدلة واضحة، منتشرة ومقيسة.",
            "80-100: أدلة شاملة ونموذجية ومعترف بها كمرجع.",
        ]
    ),
    # (code, title fr, title ar, points, [(code, title fr, title ar, points, question fr,
    # question ar)])
    "criteria": [
        (
            "1",
            "Leadership",
            "القيادة",
            100,
            [
                (
                    "1a",
                    "Vision, mission et valeurs",
                    "الرؤية والرسالة والقيم",
                    40,
                    "Comment la direction définit-elle et partage-t-elle vision et valeurs ?",
                    "كيف تحدد الإدارة الرؤية والقيم وتتقاسمها؟",
                ),
                (
                    "1b",
                    "Engagement auprès des parties intéressées",
                    "الانخراط مع الأطراف المعنية",
                    30,
                    "Comment les dirigeants s'engagent-ils auprès des clients et des partenaires ?",
                    "كيف ينخرط المسيرون مع الزبناء والشركاء؟",
                ),
                (
                    "1c",
                    "Culture et conduite du changement",
                    "الثقافة وقيادة التغيير",
                    30,
                    "Comment la direction conduit-elle le changement et la culture qualité ?",
                    "كيف تقود الإدارة التغيير وثقافة الجودة؟",
                ),
            ],
        ),
        (
            "2",
            "Stratégie",
            "الاستراتيجية",
            80,
            [
                (
                    "2a",
                    "Besoins des parties intéressées",
                    "حاجيات الأطراف المعنية",
                    40,
                    "Comment les besoins et attentes des parties intéressées sont-ils recueillis ?",
                    "كيف يتم جمع حاجيات وتطلعات الأطراف المعنية؟",
                ),
                (
                    "2b",
                    "Déploiement de la stratégie",
                    "تنزيل الاستراتيجية",
                    40,
                    "Comment la stratégie est-elle déclinée en objectifs et suivie ?",
                    "كيف يتم تنزيل الاستراتيجية إلى أهداف وتتبعها؟",
                ),
            ],
        ),
        (
            "3",
            "Personnel",
            "الموارد البشرية",
            90,
            [
                (
                    "3a",
                    "Compétences et formation",
                    "الكفاءات والتكوين",
                    50,
                    "Comment les compétences sont-elles identifiées et développées ?",
                    "كيف يتم تحديد الكفاءات وتطويرها؟",
                ),
                (
                    "3b",
                    "Implication et reconnaissance",
                    "الإشراك والاعتراف",
                    40,
                    "Comment le personnel est-il impliqué dans l'amélioration et reconnu ?",
                    "كيف يتم إشراك المستخدمين في التحسين والاعتراف بمجهوداتهم؟",
                ),
            ],
        ),
        (
            "4",
            "Partenariats et ressources",
            "الشراكات والموارد",
            90,
            [
                (
                    "4a",
                    "Partenaires et fournisseurs",
                    "الشركاء والموردون",
                    30,
                    "Comment les partenaires et fournisseurs sont-ils choisis et évalués ?",
                    "كيف يتم اختيار الشركاء والموردين وتقييمهم؟",
                ),
                (
                    "4b",
                    "Ressources financières et matérielles",
                    "الموارد المالية والمادية",
                    30,
                    "Comment les ressources financières et matérielles sont-elles gérées ?",
                    "كيف يتم تدبير الموارد المالية والمادية؟",
                ),
                (
                    "4c",
                    "Information, connaissances et technologie",
                    "المعلومات والمعارف والتكنولوجيا",
                    30,
                    "Comment l'information et les connaissances sont-elles partagées ?",
                    "كيف يتم تقاسم المعلومات والمعارف؟",
                ),
            ],
        ),
        (
            "5",
            "Processus, produits et services",
            "المسلسلات والمنتجات والخدمات",
            140,
            [
                (
                    "5a",
                    "Management des processus",
                    "تدبير المسلسلات",
                    50,
                    "Comment les processus sont-ils pilotés, mesurés et améliorés ?",
                    "كيف يتم قيادة المسلسلات وقياسها وتحسينها؟",
                ),
                (
                    "5b",
                    "Conception des produits et services",
                    "تصميم المنتجات والخدمات",
                    50,
                    "Comment les produits et services sont-ils conçus pour les clients ?",
                    "كيف يتم تصميم المنتجات والخدمات لفائدة الزبناء؟",
                ),
                (
                    "5c",
                    "Relation client",
                    "العلاقة مع الزبناء",
                    40,
                    "Comment la relation client est-elle gérée et les réclamations traitées ?",
                    "كيف يتم تدبير العلاقة مع الزبناء ومعالجة الشكايات؟",
                ),
            ],
        ),
        (
            "6",
            "Résultats clients",
            "النتائج المتعلقة بالزبناء",
            200,
            [
                (
                    "6a",
                    "Perception des clients",
                    "تصور الزبناء",
                    120,
                    "Quels résultats de satisfaction client obtenez-vous, et leur tendance ?",
                    "ما نتائج رضا الزبناء التي تحققونها وما تطورها؟",
                ),
                (
                    "6b",
                    "Indicateurs de performance client",
                    "مؤشرات الأداء المتعلقة بالزبناء",
                    80,
                    "Quels indicateurs internes suivez-vous (délais, réclamations, fidélité) ?",
                    "ما المؤشرات الداخلية التي تتبعونها (الآجال، الشكايات، الوفاء)؟",
                ),
            ],
        ),
        (
            "7",
            "Résultats personnel",
            "النتائج المتعلقة بالموارد البشرية",
            90,
            [
                (
                    "7a",
                    "Perception du personnel",
                    "تصور المستخدمين",
                    50,
                    "Quels résultats d'enquêtes auprès du personnel obtenez-vous ?",
                    "ما نتائج استطلاعات رأي المستخدمين التي تحققونها؟",
                ),
                (
                    "7b",
                    "Indicateurs relatifs au personnel",
                    "المؤشرات المتعلقة بالمستخدمين",
                    40,
                    "Quels indicateurs suivez-vous (absentéisme, formation, sécurité) ?",
                    "ما المؤشرات التي تتبعونها (التغيب، التكوين، السلامة)؟",
                ),
            ],
        ),
        (
            "8",
            "Résultats société",
            "النتائج المتعلقة بالمجتمع",
            60,
            [
                (
                    "8a",
                    "Perception de la société",
                    "تصور المجتمع",
                    30,
                    "Comment la société perçoit-elle votre organisme ?",
                    "كيف ينظر المجتمع إلى هيئتكم؟",
                ),
                (
                    "8b",
                    "Environnement et engagement local",
                    "البيئة والانخراط المحلي",
                    30,
                    "Quels résultats obtenez-vous pour l'environnement et la communauté ?",
                    "ما النتائج التي تحققونها لفائدة البيئة والمجتمع المحلي؟",
                ),
            ],
        ),
        (
            "9",
            "Résultats clés de performance",
            "نتائج الأداء الرئيسية",
            150,
            [
                (
                    "9a",
                    "Résultats financiers",
                    "النتائج المالية",
                    80,
                    "Quels résultats financiers clés obtenez-vous, et leur tendance ?",
                    "ما النتائج المالية الرئيسية التي تحققونها وما تطورها؟",
                ),
                (
                    "9b",
                    "Résultats non financiers",
                    "النتائج غير المالية",
                    70,
                    "Quels résultats opérationnels clés obtenez-vous (productivité, innovation) ?",
                    "ما النتائج التشغيلية الرئيسية التي تحققونها (الإنتاجية، الابتكار)؟",
                ),
            ],
        ),
    ],
}

# PNQ 2025: the past edition, fully judged (made-up applicants, scores and decisions).
EDITION_2025 = {
    **{key: EDITION[key] for key in ("prize", "categories", "requires_ice")},
    "min_years_activity": 3,
    "laureate_cooldown_years": 3,
    "slug": "pnq-2025",
    "year": 2025,
    "opens_at": datetime.datetime(2025, 1, 15, 9, 0),
    "closes_at": datetime.datetime(2025, 4, 30, 16, 0),
    "stages": [
        (datetime.date(2025, 1, 15), datetime.date(2025, 4, 30)),
        (datetime.date(2025, 5, 5), datetime.date(2025, 5, 23)),
        (datetime.date(2025, 5, 26), datetime.date(2025, 7, 11)),
        (datetime.date(2025, 9, 15), datetime.date(2025, 10, 24)),
        (datetime.date(2025, 12, 4), None),
    ],
    "fr": {
        **EDITION["fr"],
        "title": "PNQ 2025",
        "theme": "La qualité au service de la performance durable",
        "intro": (
            "L'édition 2025 du Prix National de la Qualité a distingué des grandes entreprises, "
            "des PME/PMI et des organismes publics. Résultats ci-dessous."
        ),
    },
    "ar": {
        **EDITION["ar"],
        "title": "الجائزة الوطنية للجودة 2025",
        "theme": "الجودة في خدمة الأداء المستدام",
        "intro": (
            "كرّمت دورة 2025 من الجائزة الوطنية للجودة مقاولات كبرى ومقاولات صغرى ومتوسطة "
            "وهيئات عمومية. النتائج أدناه."
        ),
    },
}

# (organisation, ICE, category, region, level: the judges' scores centre on it, outcome)
APPLICATIONS_2025 = [
    ("Oasis Eaux Minérales", "005678901000045", "large", "Fès-Meknès", 70, "trophy"),
    (
        "Sahara Phosphates Services",
        "006789012000056",
        "large",
        "Béni Mellal-Khénifra",
        60,
        "recognition",
    ),
    ("Chaouia Emballages", "007890123000067", "sme", "Casablanca-Settat", 65, "trophy"),
    ("Agadir Frais Export", "008901234000078", "sme", "Souss-Massa", 45, "not_retained"),
    (
        "Agence Urbaine de Kénitra",
        "009012345000089",
        "public",
        "Rabat-Salé-Kénitra",
        55,
        "encouragement",
    ),
]

# What judges write on every sub-criterion (illustrative): strengths, areas for improvement.
JUDGE_REMARKS = [
    (
        "Démarche structurée et déployée dans toutes les unités.",
        "Mesurer l'efficacité des actions et comparer les résultats à des références externes.",
    ),
    (
        "Indicateurs suivis mensuellement et partagés avec les équipes.",
        "Étendre la revue des résultats aux partenaires et aux clients.",
    ),
    (
        "Engagement visible de la direction.",
        "Formaliser les enseignements tirés et les intégrer aux plans d'action.",
    ),
]
CONSENSUS_COMMENT = "Pratiques solides ; l'équipe demande des preuves de leur efficacité."
SITE_VISIT_FINDINGS = (
    "Déploiement confirmé sur les sites visités ; tableaux de bord consultés en atelier."
)
