"""The e-learning demo's text, in French and Arabic: the catalogue, the course "NM ISO 9001:2015 —
les fondamentaux" (5 modules, 9 lessons, 4 quizzes, a bank of 32
questions), a short "Introduction à NM ISO 14001" and the made-up people who follow them. Used
by `courses.demo` only.

The standards' requirements are summarised from ISO 9001:2015 and ISO 14001:2015 (adopted in
Morocco as NM ISO 9001 and NM ISO 14001) and the seven principles from ISO 9000:2015; facts
about Morocco come from the Politique Nationale de la Qualité and a 2025 article on IMANOR's
2024 results (shared/seeds). Companies and people are made up.

Lesson bodies are lists of elements, turned into StreamField blocks by `courses.demo`:

- a string is a paragraph; `**words**` are bold;
- `("h2", text)` a heading; `("ul", [items])` and `("ol", [items])` lists;
- `("tip" | "warning" | "example", text)` a callout;
- `("check", question, [(correct, answer, feedback), ...])` a "check your understanding"
  question (for the learner herself, not scored).

Questions are `(clause, kind, (French, Arabic), [(correct, French, Arabic), ...],
(French explanation, Arabic explanation))`; both versions share the answers' block ids.
"""

SINGLE = "single"
MULTIPLE = "multiple"
TRUE_FALSE = "true_false"


def true_false(answer):
    """The two answers of a true-or-false question whose right answer is `answer`."""
    return [(answer, "Vrai", "صحيح"), (not answer, "Faux", "خطأ")]


CATALOGUE = {
    "slug": "formations",
    # Its menu entry takes the place of the standard page about e-learning.
    "replaces_in_menu": "formation-en-ligne",
    "fr": {
        "title": "Formation en ligne",
        "intro": (
            "Des cours en ligne sur les normes de management, à suivre à votre rythme, en "
            "français ou en arabe, sur ordinateur ou sur téléphone. Votre progression est "
            "enregistrée : vous reprenez là où vous vous êtes arrêté, dans l'une ou l'autre "
            "langue. Chaque cours réussi donne une attestation de réussite vérifiable en ligne "
            "(Projet 3.3 de la Politique Nationale de la Qualité)."
        ),
    },
    "ar": {
        "title": "التكوين عن بعد",
        "intro": (
            "دورات تكوينية عن بعد في مواصفات أنظمة الإدارة، تتابعونها حسب وتيرتكم بالعربية أو "
            "بالفرنسية، على الحاسوب أو الهاتف. يُحفظ تقدمكم فتستأنفون من حيث توقفتم، بأي من "
            "اللغتين. وتمنح كل دورة تنجحون فيها شهادة نجاح يمكن التحقق منها عبر الإنترنت "
            "(المشروع 3.3 من السياسة الوطنية للجودة)."
        ),
    },
}


# ---------------------------------------------------------------------------------------------
# NM ISO 9001:2015 — the lessons

LESSON_PRINCIPLES = {
    "slug": "norme-et-sept-principes",
    "minutes": 20,
    "fr": {
        "title": "La norme NM ISO 9001 et les sept principes du management de la qualité",
        "body": [
            "La norme NM ISO 9001:2015 est la norme marocaine identique à la norme "
            "internationale ISO 9001:2015, homologuée par l'Institut Marocain de Normalisation "
            "(IMANOR). Elle spécifie les exigences d'un **système de management de la qualité** "
            "(SMQ) : l'ensemble des processus, des rôles et des règles par lesquels un organisme "
            "s'assure de fournir régulièrement des produits et des services conformes aux "
            "exigences de ses clients et à la réglementation, et d'accroître la satisfaction de "
            "ses clients.",
            "Elle s'applique à tout organisme, quels que soient sa taille et son secteur : une "
            "PME agroalimentaire de Meknès, un bureau d'études de Casablanca ou une direction "
            "d'un ministère — la Politique Nationale de la Qualité prévoit d'ailleurs de mettre "
            "en place la NM ISO 9001 dans une direction pilote de chaque département "
            "ministériel. La norme dit **quoi** faire, pas **comment** : chaque organisme choisit "
            "ses méthodes.",
            ("h2", "La famille ISO 9000"),
            (
                "ul",
                [
                    "**ISO 9000** : principes essentiels et vocabulaire ; c'est elle qui décrit "
                    "les sept principes ;",
                    "**ISO 9001** : les exigences ; c'est la seule norme de la famille qui sert "
                    "de référence à la certification ;",
                    "**ISO 9004** : des lignes directrices pour obtenir des performances "
                    "durables, au-delà des exigences ;",
                    "**ISO 19011** : des lignes directrices pour l'audit des systèmes de "
                    "management.",
                ],
            ),
            ("h2", "Les sept principes du management de la qualité"),
            "La norme repose sur sept principes, définis dans ISO 9000:2015. Ce ne sont pas des "
            "exigences que l'on audite, mais la logique dont les exigences découlent :",
            (
                "ol",
                [
                    "**Orientation client** : satisfaire les exigences des clients et "
                    "s'efforcer d'aller au-delà de leurs attentes ; un client satisfait revient "
                    "et recommande l'entreprise.",
                    "**Leadership** : à tous les niveaux, les dirigeants fixent une finalité et "
                    "une orientation communes et créent les conditions dans lesquelles le "
                    "personnel s'implique.",
                    "**Implication du personnel** : des personnes compétentes, habilitées et "
                    "impliquées à tous les niveaux sont indispensables pour créer de la valeur.",
                    "**Approche processus** : des résultats cohérents et prévisibles sont "
                    "obtenus plus efficacement lorsque les activités sont comprises et gérées "
                    "comme des processus corrélés fonctionnant comme un système cohérent.",
                    "**Amélioration** : les organismes qui réussissent ont une volonté constante "
                    "d'amélioration.",
                    "**Prise de décision fondée sur des preuves** : les décisions fondées sur "
                    "l'analyse et l'évaluation de données et d'informations sont plus "
                    "susceptibles de produire les résultats escomptés.",
                    "**Management des relations avec les parties intéressées** : pour obtenir "
                    "des performances durables, l'organisme gère ses relations avec ses "
                    "fournisseurs, ses partenaires et les autres parties intéressées.",
                ],
            ),
            (
                "example",
                "Dans une conserverie d'olives, l'orientation client se traduit par le suivi des "
                "réclamations des distributeurs ; la prise de décision fondée sur des preuves, "
                "par l'analyse mensuelle des taux de rebut par ligne plutôt que par des "
                "impressions ; le management des relations, par l'évaluation et "
                "l'accompagnement des coopératives qui livrent les olives.",
            ),
            ("h2", "Ce que la version 2015 a changé"),
            (
                "ul",
                [
                    "une structure commune à toutes les normes ISO de systèmes de management "
                    "(ISO 14001, ISO 45001…), qui facilite les systèmes intégrés ;",
                    "le contexte de l'organisme et les parties intéressées (article 4) ;",
                    "l'approche par les risques, qui remplace les « actions préventives » ;",
                    "un leadership exigé de la direction elle-même, qui ne peut plus s'en "
                    "remettre à un seul « représentant de la direction » ;",
                    "des « informations documentées » à la place des procédures et "
                    "enregistrements imposés : le manuel qualité n'est plus obligatoire.",
                ],
            ),
            (
                "check",
                "Lequel de ces énoncés est un principe du management de la qualité ?",
                [
                    (
                        True,
                        "La prise de décision fondée sur des preuves",
                        "C'est le sixième principe.",
                    ),
                    (
                        False,
                        "La réduction systématique des coûts",
                        "Ce n'est pas l'un des sept principes, même si la qualité réduit "
                        "souvent les coûts de la non-qualité.",
                    ),
                    (
                        False,
                        "Le contrôle final de tous les produits",
                        "La norme privilégie la maîtrise des processus plutôt que le seul "
                        "contrôle final.",
                    ),
                ],
            ),
        ],
    },
    "ar": {
        "title": "المواصفة القياسية NM ISO 9001 ومبادئ إدارة الجودة السبعة",
        "body": [
            "المواصفة القياسية المغربية NM ISO 9001:2015 مطابقة للمواصفة الدولية ISO 9001:2015، "
            "وقد صادق عليها المعهد المغربي للتقييس. وهي تحدد متطلبات **نظام إدارة الجودة**: "
            "مجموع العمليات والأدوار والقواعد التي تضمن بها الهيئة تقديم منتجات وخدمات مطابقة "
            "بانتظام لمتطلبات زبنائها وللقوانين والأنظمة الجاري بها العمل، والرفع من رضا "
            "زبنائها.",
            "وتنطبق على كل هيئة مهما كان حجمها وقطاعها: مقاولة صغرى أو متوسطة في الصناعات "
            "الغذائية بمكناس، أو مكتب دراسات بالدار البيضاء، أو مديرية تابعة لوزارة — إذ تنص "
            "السياسة الوطنية للجودة على إرساء المواصفة NM ISO 9001 في مديرية نموذجية بكل قطاع "
            "وزاري. تحدد المواصفة **ماذا** ينبغي فعله، لا **كيف**: فكل هيئة تختار أساليبها.",
            ("h2", "عائلة ISO 9000"),
            (
                "ul",
                [
                    "**ISO 9000**: المبادئ الأساسية والمصطلحات، وفيها تُعرض المبادئ السبعة؛",
                    "**ISO 9001**: المتطلبات، وهي المواصفة الوحيدة في هذه العائلة التي يُعتمد "
                    "عليها في الإشهاد؛",
                    "**ISO 9004**: توجيهات لتحقيق أداء مستدام يتجاوز المتطلبات؛",
                    "**ISO 19011**: توجيهات لتدقيق أنظمة الإدارة.",
                ],
            ),
            ("h2", "مبادئ إدارة الجودة السبعة"),
            "ترتكز المواصفة على سبعة مبادئ محددة في ISO 9000:2015. وهي ليست متطلبات تخضع "
            "للتدقيق، بل المنطق الذي تنبثق عنه المتطلبات:",
            (
                "ol",
                [
                    "**التركيز على الزبون**: تلبية متطلبات الزبناء والسعي إلى تجاوز توقعاتهم؛ "
                    "فالزبون الراضي يعود ويوصي بالمقاولة.",
                    "**القيادة**: يحدد المسؤولون على جميع المستويات غاية وتوجها مشتركين، "
                    "ويهيئون الظروف التي تحفز المستخدمين على الانخراط.",
                    "**انخراط المستخدمين**: وجود أشخاص أكفاء ومؤهلين ومنخرطين على جميع "
                    "المستويات أمر لا غنى عنه لخلق القيمة.",
                    "**المقاربة بالعمليات**: تتحقق نتائج متسقة ومتوقعة بفعالية أكبر عندما "
                    "تُفهم الأنشطة وتُدار باعتبارها عمليات مترابطة تشتغل كنظام متناسق.",
                    "**التحسين**: للهيئات الناجحة حرص دائم على التحسين.",
                    "**اتخاذ القرار المبني على الأدلة**: القرارات المبنية على تحليل البيانات "
                    "والمعلومات وتقييمها أقدر على تحقيق النتائج المرجوة.",
                    "**تدبير العلاقات مع الأطراف المعنية**: لتحقيق أداء مستدام، تدبر الهيئة "
                    "علاقاتها مع مورديها وشركائها وباقي الأطراف المعنية.",
                ],
            ),
            (
                "example",
                "في مصنع لتصبير الزيتون، يتجلى التركيز على الزبون في تتبع شكايات الموزعين؛ "
                "واتخاذ القرار المبني على الأدلة في التحليل الشهري لنسب المنتجات المرفوضة حسب "
                "خط الإنتاج بدل الاعتماد على الانطباعات؛ وتدبير العلاقات في تقييم التعاونيات "
                "التي تورد الزيتون ومواكبتها.",
            ),
            ("h2", "ما الذي غيرته صيغة 2015"),
            (
                "ul",
                [
                    "بنية مشتركة بين جميع مواصفات ISO لأنظمة الإدارة (ISO 14001 وISO 45001...) "
                    "تيسر إقامة أنظمة مندمجة؛",
                    "سياق الهيئة والأطراف المعنية (البند 4)؛",
                    "التفكير القائم على المخاطر، الذي يحل محل «الإجراءات الوقائية»؛",
                    "قيادة مطلوبة من الإدارة العليا نفسها، التي لم يعد بإمكانها الاكتفاء "
                    "بـ«ممثل للإدارة»؛",
                    "«معلومات موثقة» بدل المساطر والسجلات المفروضة: لم يعد دليل الجودة إلزاميا.",
                ],
            ),
            (
                "check",
                "أي من العبارات التالية مبدأ من مبادئ إدارة الجودة؟",
                [
                    (True, "اتخاذ القرار المبني على الأدلة", "إنه المبدأ السادس."),
                    (
                        False,
                        "التخفيض المنهجي للتكاليف",
                        "ليس من المبادئ السبعة، وإن كانت الجودة تخفض غالبا تكاليف اللاجودة.",
                    ),
                    (
                        False,
                        "المراقبة النهائية لجميع المنتجات",
                        "تفضل المواصفة التحكم في العمليات على الاكتفاء بالمراقبة النهائية.",
                    ),
                ],
            ),
        ],
    },
}

LESSON_PROCESS = {
    "slug": "approche-processus-pdca-risques",
    "minutes": 20,
    "fr": {
        "title": "Approche processus, cycle PDCA et approche par les risques",
        "body": [
            "Un **processus** est un ensemble d'activités corrélées ou en interaction qui "
            "utilise des éléments d'entrée pour produire un résultat escompté. L'article 4.4 de "
            "la norme demande à l'organisme de déterminer les processus nécessaires à son SMQ "
            "et, pour chacun :",
            (
                "ul",
                [
                    "les éléments d'entrée requis et les éléments de sortie attendus ;",
                    "leur séquence et leurs interactions ;",
                    "les critères et les méthodes (surveillance, mesures, indicateurs de "
                    "performance) qui en assurent le fonctionnement et la maîtrise efficaces ;",
                    "les ressources nécessaires et leur disponibilité ;",
                    "les responsabilités et autorités ;",
                    "les risques et opportunités à traiter ;",
                    "les méthodes pour les évaluer et les changements à y apporter ;",
                    "les possibilités d'amélioration.",
                ],
            ),
            ("h2", "La cartographie des processus"),
            "Beaucoup d'organismes représentent leurs processus sur une cartographie, en trois "
            "familles :",
            (
                "ul",
                [
                    "**processus de management** (pilotage) : stratégie, revue de direction, "
                    "amélioration ;",
                    "**processus de réalisation** : de la demande du client à la livraison — pour "
                    "une conserverie, réception des olives, transformation, conditionnement, "
                    "expédition ;",
                    "**processus support** : achats, ressources humaines, maintenance, "
                    "métrologie, informatique.",
                ],
            ),
            "Chaque processus a un pilote, des objectifs et quelques indicateurs. La "
            "cartographie n'est pas exigée par la norme, mais c'est le moyen le plus simple de "
            "montrer la séquence et les interactions que demande l'article 4.4.",
            ("h2", "Le cycle PDCA"),
            "Le cycle PDCA (Plan-Do-Check-Act, ou roue de Deming) s'applique à chaque "
            "processus comme au système dans son ensemble :",
            (
                "ul",
                [
                    "**Planifier (Plan)** : fixer les objectifs du système et de ses processus "
                    "et les ressources nécessaires pour obtenir des résultats conformes aux "
                    "exigences des clients et aux politiques de l'organisme ; identifier et "
                    "traiter les risques et les opportunités ;",
                    "**Réaliser (Do)** : mettre en œuvre ce qui a été planifié ;",
                    "**Vérifier (Check)** : surveiller et, le cas échéant, mesurer les processus "
                    "et les produits et services obtenus par rapport aux politiques, aux "
                    "objectifs, aux exigences et aux activités planifiées, et rendre compte des "
                    "résultats ;",
                    "**Agir (Act)** : entreprendre les actions nécessaires pour améliorer les "
                    "performances.",
                ],
            ),
            "La structure de la norme suit ce cycle : la planification (article 6) correspond "
            "au P, le support et la réalisation (articles 7 et 8) au D, l'évaluation des "
            "performances (article 9) au C et l'amélioration (article 10) au A ; le leadership "
            "(article 5) est au centre.",
            ("h2", "L'approche par les risques"),
            "La version 2015 demande de penser « risques » dans tout le système. Un risque est "
            "l'effet de l'incertitude sur un résultat attendu : il peut être négatif (une "
            "menace) ou positif (une opportunité). Prévenir les problèmes devient le rôle du "
            "système tout entier, et non plus d'une procédure d'« action préventive » à part.",
            "La norme n'impose ni méthode formelle de management du risque ni registre des "
            "risques documenté. Une PME peut se contenter d'une analyse simple, processus par "
            "processus — qu'est-ce qui peut mal tourner ? avec quelle gravité et quelle "
            "probabilité ? que fait-on ? — proportionnée à l'impact possible sur la conformité "
            "des produits et la satisfaction des clients.",
            (
                "tip",
                "Commencez petit : pour chaque processus, notez trois risques, une opportunité "
                "et l'action décidée pour chacun. Revoyez la liste à chaque revue de direction.",
            ),
            (
                "check",
                "Dans le cycle PDCA, à quelle étape appartient l'audit interne ?",
                [
                    (False, "Planifier", "L'audit vérifie ce qui a été planifié et fait."),
                    (False, "Réaliser", "L'audit ne produit rien, il vérifie."),
                    (
                        True,
                        "Vérifier",
                        "L'audit interne fait partie de l'évaluation des performances (article 9).",
                    ),
                    (False, "Agir", "On agit ensuite sur les résultats de l'audit."),
                ],
            ),
        ],
    },
    "ar": {
        "title": "المقاربة بالعمليات ودورة PDCA والتفكير القائم على المخاطر",
        "body": [
            "**العملية** مجموعة من الأنشطة المترابطة أو المتفاعلة تستعمل مدخلات لتحقيق نتيجة "
            "مرجوة. ويطلب البند 4.4 من المواصفة من الهيئة تحديد العمليات اللازمة لنظام إدارة "
            "الجودة، وأن تحدد لكل منها:",
            (
                "ul",
                [
                    "المدخلات المطلوبة والمخرجات المنتظرة؛",
                    "تسلسلها وتفاعلاتها؛",
                    "المعايير والأساليب (التتبع والقياسات ومؤشرات الأداء) التي تضمن اشتغالها "
                    "والتحكم فيها بفعالية؛",
                    "الموارد اللازمة ومدى توفرها؛",
                    "المسؤوليات والصلاحيات؛",
                    "المخاطر والفرص الواجب معالجتها؛",
                    "أساليب تقييمها والتغييرات الواجب إدخالها عليها؛",
                    "فرص التحسين.",
                ],
            ),
            ("h2", "خريطة العمليات"),
            "تمثل هيئات كثيرة عملياتها على خريطة تضم ثلاث فئات:",
            (
                "ul",
                [
                    "**عمليات التدبير** (القيادة): الاستراتيجية ومراجعة الإدارة والتحسين؛",
                    "**عمليات الإنجاز**: من طلب الزبون إلى التسليم — في مصنع للتصبير مثلا: "
                    "استلام الزيتون، والتحويل، والتلفيف، والإرسال؛",
                    "**عمليات الدعم**: المشتريات والموارد البشرية والصيانة والمترولوجيا "
                    "والمعلوميات.",
                ],
            ),
            "لكل عملية مسؤول يقودها وأهداف وبعض المؤشرات. ولا تفرض المواصفة خريطة العمليات، "
            "لكنها أبسط وسيلة لإظهار التسلسل والتفاعلات التي يطلبها البند 4.4.",
            ("h2", "دورة PDCA"),
            "تنطبق دورة PDCA (خطط - نفذ - تحقق - تصرف، أو عجلة ديمينغ) على كل عملية وعلى "
            "النظام ككل:",
            (
                "ul",
                [
                    "**خطط (Plan)**: تحديد أهداف النظام وعملياته والموارد اللازمة لتحقيق نتائج "
                    "مطابقة لمتطلبات الزبناء وسياسات الهيئة، وتحديد المخاطر والفرص "
                    "ومعالجتها؛",
                    "**نفذ (Do)**: تنفيذ ما تم التخطيط له؛",
                    "**تحقق (Check)**: تتبع العمليات والمنتجات والخدمات، وقياسها عند "
                    "الاقتضاء، مقارنة بالسياسات والأهداف والمتطلبات والأنشطة المخطط لها، "
                    "وإعداد تقارير بالنتائج؛",
                    "**تصرف (Act)**: اتخاذ الإجراءات اللازمة لتحسين الأداء.",
                ],
            ),
            "وتتبع بنية المواصفة هذه الدورة: التخطيط (البند 6) يقابل مرحلة «خطط»، والدعم "
            "والتشغيل (البندان 7 و8) مرحلة «نفذ»، وتقييم الأداء (البند 9) مرحلة «تحقق»، "
            "والتحسين (البند 10) مرحلة «تصرف»؛ أما القيادة (البند 5) ففي المركز.",
            ("h2", "التفكير القائم على المخاطر"),
            "تطلب صيغة 2015 استحضار المخاطر في النظام كله. فالخطر هو أثر عدم اليقين على "
            "نتيجة منتظرة، وقد يكون سلبيا (تهديدا) أو إيجابيا (فرصة). وأصبحت الوقاية من "
            "المشاكل دور النظام بأكمله، لا دور مسطرة منفصلة «للإجراء الوقائي».",
            "ولا تفرض المواصفة طريقة رسمية لتدبير المخاطر ولا سجلا موثقا لها. ويمكن للمقاولة "
            "الصغرى أو المتوسطة أن تكتفي بتحليل بسيط، عملية بعملية — ما الذي قد يسوء؟ بأي "
            "خطورة وبأي احتمال؟ وماذا سنفعل؟ — يتناسب مع الأثر المحتمل على مطابقة المنتجات "
            "ورضا الزبناء.",
            (
                "tip",
                "ابدؤوا بخطوات صغيرة: دوّنوا لكل عملية ثلاثة مخاطر وفرصة واحدة والإجراء المقرر "
                "لكل منها، وراجعوا اللائحة في كل مراجعة للإدارة.",
            ),
            (
                "check",
                "في دورة PDCA، إلى أي مرحلة ينتمي التدقيق الداخلي؟",
                [
                    (False, "خطط", "التدقيق يتحقق مما خُطط له وأُنجز."),
                    (False, "نفذ", "التدقيق لا يُنتج شيئا، بل يتحقق."),
                    (True, "تحقق", "التدقيق الداخلي جزء من تقييم الأداء (البند 9)."),
                    (False, "تصرف", "نتصرف بعد ذلك بناء على نتائج التدقيق."),
                ],
            ),
        ],
    },
}

LESSON_CONTEXT = {
    "slug": "structure-norme-contexte",
    "minutes": 25,
    "fr": {
        "title": "La structure de la norme et le contexte de l'organisme (article 4)",
        "body": [
            "Toutes les normes ISO de systèmes de management partagent la même structure en "
            "dix articles, la « structure de haut niveau ». Les trois premiers présentent la "
            "norme ; les exigences sont dans les articles 4 à 10 :",
            (
                "ul",
                [
                    "**1 Domaine d'application**, **2 Références normatives**, **3 Termes et "
                    "définitions** : pas d'exigences ;",
                    "**4 Contexte de l'organisme** : enjeux, parties intéressées, domaine "
                    "d'application et processus du SMQ ;",
                    "**5 Leadership** : engagement de la direction, orientation client, "
                    "politique qualité, rôles et responsabilités ;",
                    "**6 Planification** : risques et opportunités, objectifs qualité, "
                    "planification des modifications ;",
                    "**7 Support** : ressources, compétences, sensibilisation, communication, "
                    "informations documentées ;",
                    "**8 Réalisation des activités opérationnelles** : de l'exigence du client à "
                    "la livraison, y compris la conception, les achats et la maîtrise des "
                    "non-conformités ;",
                    "**9 Évaluation des performances** : surveillance, mesure, satisfaction des "
                    "clients, audit interne, revue de direction ;",
                    "**10 Amélioration** : non-conformités, actions correctives, amélioration "
                    "continue.",
                ],
            ),
            (
                "tip",
                "La même structure se retrouve dans NM ISO 14001 (environnement) et NM ISO 45001 "
                "(santé et sécurité au travail) : un SMQ bien construit est une bonne base pour "
                "un système intégré.",
            ),
            ("h2", "4.1 Comprendre l'organisme et son contexte"),
            "L'organisme détermine les enjeux externes et internes pertinents pour sa finalité "
            "et son orientation stratégique, et qui influent sur sa capacité à obtenir les "
            "résultats attendus de son SMQ. Il surveille et revoit les informations sur ces "
            "enjeux.",
            (
                "ul",
                [
                    "**enjeux externes** : marché et concurrence, réglementation, exigences des "
                    "grands clients ou des pays d'exportation, technologies, contexte économique "
                    "et social ;",
                    "**enjeux internes** : valeurs, culture, savoir-faire, performances, "
                    "organisation, équipements.",
                ],
            ),
            (
                "example",
                "Pour une PME agroalimentaire qui exporte vers l'Union européenne, les enjeux "
                "externes comprennent les exigences sanitaires des pays importateurs et les "
                "attentes des grandes surfaces ; un enjeu interne peut être le départ à la "
                "retraite d'un chef de fabrication qui détient un savoir-faire non écrit.",
            ),
            ("h2", "4.2 Les besoins et attentes des parties intéressées"),
            "L'organisme détermine les parties intéressées pertinentes pour son SMQ (clients, "
            "personnel, fournisseurs, autorités, actionnaires, riverains…) et leurs exigences "
            "pertinentes, et il surveille et revoit ces informations. La norme ne demande pas "
            "de satisfaire toutes les attentes de tout le monde, mais de savoir lesquelles "
            "comptent pour la qualité.",
            ("h2", "4.3 Le domaine d'application du SMQ"),
            "Le domaine d'application précise les produits et services, les sites et les "
            "activités couverts ; il est disponible et tenu à jour sous forme d'information "
            "documentée. Une exigence de la norme ne peut être déclarée non applicable que si "
            "cela n'a pas d'incidence sur la capacité de l'organisme à assurer la conformité "
            "de ses produits et services et l'accroissement de la satisfaction de ses clients, "
            "et il faut le justifier : par exemple la conception (8.3) pour une entreprise qui "
            "fabrique uniquement selon les plans de ses clients.",
            ("h2", "4.4 Le SMQ et ses processus"),
            "L'organisme établit, met en œuvre, tient à jour et améliore continuellement son "
            "SMQ, y compris les processus nécessaires et leurs interactions (voir la leçon sur "
            "l'approche processus). Il tient à jour les informations documentées nécessaires "
            "au fonctionnement de ses processus et conserve celles qui donnent l'assurance "
            "qu'ils sont mis en œuvre comme prévu.",
            (
                "check",
                "Une entreprise fabrique des pièces uniquement selon les plans fournis par ses "
                "clients. Que peut-elle faire de l'article 8.3 (conception et développement) ?",
                [
                    (
                        True,
                        "Le déclarer non applicable, en le justifiant dans son domaine "
                        "d'application",
                        "Puisque cela n'affecte pas la conformité de ses produits.",
                    ),
                    (
                        False,
                        "L'ignorer sans rien dire",
                        "Toute exigence non applicable doit être justifiée (4.3).",
                    ),
                    (
                        False,
                        "Concevoir un produit, puisque la norme l'exige",
                        "La norme n'impose pas des activités que l'organisme n'exerce pas.",
                    ),
                ],
            ),
        ],
    },
    "ar": {
        "title": "بنية المواصفة وسياق الهيئة (البند 4)",
        "body": [
            "تتقاسم جميع مواصفات ISO لأنظمة الإدارة البنية نفسها المكونة من عشرة بنود، وتُسمى "
            "«البنية العالية المستوى». تقدم البنود الثلاثة الأولى المواصفة، بينما ترد "
            "المتطلبات في البنود من 4 إلى 10:",
            (
                "ul",
                [
                    "**1 مجال التطبيق** و**2 المراجع المعيارية** و**3 المصطلحات والتعاريف**: "
                    "لا تتضمن متطلبات؛",
                    "**4 سياق الهيئة**: الرهانات والأطراف المعنية ومجال تطبيق نظام إدارة "
                    "الجودة وعملياته؛",
                    "**5 القيادة**: التزام الإدارة العليا والتركيز على الزبون وسياسة الجودة "
                    "والأدوار والمسؤوليات؛",
                    "**6 التخطيط**: المخاطر والفرص وأهداف الجودة وتخطيط التغييرات؛",
                    "**7 الدعم**: الموارد والكفاءات والتوعية والتواصل والمعلومات الموثقة؛",
                    "**8 التشغيل**: من متطلبات الزبون إلى التسليم، بما في ذلك التصميم "
                    "والمشتريات والتحكم في حالات عدم المطابقة؛",
                    "**9 تقييم الأداء**: التتبع والقياس ورضا الزبناء والتدقيق الداخلي ومراجعة "
                    "الإدارة؛",
                    "**10 التحسين**: حالات عدم المطابقة والإجراءات التصحيحية والتحسين المستمر.",
                ],
            ),
            (
                "tip",
                "تتكرر البنية نفسها في NM ISO 14001 (البيئة) وNM ISO 45001 (الصحة والسلامة في "
                "العمل): فنظام إدارة جودة محكم البناء أساس متين لنظام مندمج.",
            ),
            ("h2", "4.1 فهم الهيئة وسياقها"),
            "تحدد الهيئة الرهانات الخارجية والداخلية ذات الصلة بغايتها وتوجهها الاستراتيجي، "
            "والتي تؤثر على قدرتها على تحقيق النتائج المنتظرة من نظام إدارة الجودة. وتتتبع "
            "المعلومات المتعلقة بهذه الرهانات وتراجعها.",
            (
                "ul",
                [
                    "**الرهانات الخارجية**: السوق والمنافسة، والتشريعات، ومتطلبات كبار الزبناء "
                    "أو بلدان التصدير، والتكنولوجيا، والسياق الاقتصادي والاجتماعي؛",
                    "**الرهانات الداخلية**: القيم والثقافة والدراية والأداء والتنظيم والتجهيزات.",
                ],
            ),
            (
                "example",
                "بالنسبة لمقاولة صغرى أو متوسطة في الصناعات الغذائية تصدر إلى الاتحاد الأوروبي، "
                "تشمل الرهانات الخارجية المتطلبات الصحية لبلدان الاستيراد وتوقعات المساحات "
                "التجارية الكبرى؛ وقد يكون من الرهانات الداخلية تقاعد رئيس إنتاج يمتلك دراية "
                "غير مكتوبة.",
            ),
            ("h2", "4.2 حاجيات الأطراف المعنية وتوقعاتها"),
            "تحدد الهيئة الأطراف المعنية ذات الصلة بنظام إدارة الجودة (الزبناء والمستخدمون "
            "والموردون والسلطات والمساهمون والساكنة المجاورة...) ومتطلباتها ذات الصلة، "
            "وتتتبع هذه المعلومات وتراجعها. ولا تطلب المواصفة تلبية كل توقعات الجميع، بل "
            "معرفة ما يهم الجودة منها.",
            ("h2", "4.3 مجال تطبيق نظام إدارة الجودة"),
            "يحدد مجال التطبيق المنتجات والخدمات والمواقع والأنشطة المشمولة، ويكون متاحا "
            "ومحينا في شكل معلومات موثقة. ولا يجوز اعتبار متطلب من متطلبات المواصفة غير قابل "
            "للتطبيق إلا إذا لم يؤثر ذلك على قدرة الهيئة على ضمان مطابقة منتجاتها وخدماتها "
            "والرفع من رضا زبنائها، مع وجوب تبرير ذلك: مثلا التصميم (8.3) بالنسبة لمقاولة لا "
            "تصنع إلا وفق تصاميم زبنائها.",
            ("h2", "4.4 نظام إدارة الجودة وعملياته"),
            "تضع الهيئة نظام إدارة الجودة وتنفذه وتحافظ عليه وتحسنه باستمرار، بما في ذلك "
            "العمليات اللازمة وتفاعلاتها (انظروا درس المقاربة بالعمليات). وتحافظ على "
            "المعلومات الموثقة اللازمة لاشتغال عملياتها، وتحتفظ بتلك التي تثبت أنها تُنفذ كما "
            "هو مخطط لها.",
            (
                "check",
                "مقاولة تصنع قطعا وفق التصاميم التي يقدمها زبناؤها فقط. ماذا يمكنها أن تفعل "
                "بالبند 8.3 (التصميم والتطوير)؟",
                [
                    (
                        True,
                        "أن تعتبره غير قابل للتطبيق مع تبرير ذلك في مجال التطبيق",
                        "لأن ذلك لا يؤثر على مطابقة منتجاتها.",
                    ),
                    (
                        False,
                        "أن تتجاهله دون أي توضيح",
                        "كل متطلب غير قابل للتطبيق يجب تبريره (4.3).",
                    ),
                    (
                        False,
                        "أن تصمم منتجا لأن المواصفة تفرض ذلك",
                        "لا تفرض المواصفة أنشطة لا تمارسها الهيئة.",
                    ),
                ],
            ),
        ],
    },
}

LESSON_LEADERSHIP = {
    "slug": "leadership-politique-qualite",
    "minutes": 20,
    # Done after 8 minutes of active reading rather than when opened.
    "minimum_active_minutes": 8,
    "fr": {
        "title": "Leadership et politique qualité (article 5)",
        "body": [
            "L'article 5 demande à la **direction** — la personne ou le groupe de personnes qui "
            "oriente et dirige l'organisme au plus haut niveau — de démontrer son leadership et "
            "son engagement vis-à-vis du SMQ. Elle peut déléguer des tâches, mais elle reste "
            "responsable de l'efficacité du système.",
            ("h2", "5.1 Leadership et engagement"),
            "La direction, notamment :",
            (
                "ul",
                [
                    "assume la responsabilité de l'efficacité du SMQ ;",
                    "s'assure que la politique et les objectifs qualité sont établis et "
                    "compatibles avec le contexte et l'orientation stratégique de l'organisme ;",
                    "intègre les exigences du SMQ dans les processus métier : la qualité n'est "
                    "pas un système parallèle ;",
                    "promeut l'approche processus et l'approche par les risques ;",
                    "s'assure que les ressources nécessaires sont disponibles ;",
                    "communique sur l'importance d'un management de la qualité efficace ;",
                    "s'assure que le SMQ atteint les résultats attendus ;",
                    "incite, oriente et soutient les personnes qui contribuent à l'efficacité "
                    "du SMQ ;",
                    "promeut l'amélioration ;",
                    "aide les autres responsables à démontrer leur leadership dans leur domaine.",
                ],
            ),
            "Au titre de l'orientation client (5.1.2), elle s'assure que les exigences des "
            "clients et les exigences légales et réglementaires applicables sont déterminées, "
            "comprises et satisfaites, que les risques et opportunités qui peuvent influer sur "
            "la conformité des produits et la satisfaction des clients sont traités, et que "
            "l'accent reste mis sur l'accroissement de la satisfaction des clients.",
            ("h2", "5.2 La politique qualité"),
            "La direction établit, met en œuvre et tient à jour une politique qualité qui :",
            (
                "ul",
                [
                    "est adaptée à la finalité et au contexte de l'organisme et soutient son "
                    "orientation stratégique ;",
                    "fournit un cadre pour fixer les objectifs qualité ;",
                    "comporte l'engagement de satisfaire aux exigences applicables ;",
                    "comporte l'engagement d'améliorer continuellement le SMQ.",
                ],
            ),
            "Elle est disponible sous forme d'information documentée, communiquée, comprise et "
            "appliquée au sein de l'organisme, et mise à la disposition des parties intéressées "
            "pertinentes, le cas échéant.",
            (
                "example",
                "Quelques lignes signées du directeur général et affichées à l'atelier comme à "
                "l'accueil valent mieux qu'un long texte que personne ne lit : « Livrer à nos "
                "clients, dans les délais, des conserves sûres et de qualité régulière ; "
                "respecter la réglementation et les exigences de nos clients ; améliorer chaque "
                "année nos procédés avec nos équipes et nos fournisseurs. »",
            ),
            ("h2", "5.3 Rôles, responsabilités et autorités"),
            "La direction attribue, communique et fait comprendre les responsabilités et "
            "autorités pour : assurer la conformité du SMQ à la norme ; s'assurer que les "
            "processus produisent les résultats attendus ; rendre compte des performances du "
            "SMQ et des opportunités d'amélioration ; promouvoir l'orientation client ; "
            "préserver l'intégrité du SMQ quand il est modifié.",
            "La norme n'exige plus de « représentant de la direction » : ces rôles peuvent être "
            "répartis, même si beaucoup d'organismes gardent un responsable qualité pour les "
            "coordonner.",
            (
                "warning",
                "L'auditeur de certification interroge la direction elle-même. Un SMQ porté par "
                "le seul responsable qualité, sans implication visible du dirigeant, est un point "
                "faible fréquent.",
            ),
            (
                "check",
                "La direction peut-elle déléguer au responsable qualité la responsabilité de "
                "l'efficacité du SMQ ?",
                [
                    (
                        False,
                        "Oui, entièrement",
                        "Elle peut déléguer des tâches, pas cette responsabilité (5.1.1).",
                    ),
                    (
                        True,
                        "Non, elle en reste responsable",
                        "C'est l'un des changements majeurs de la version 2015.",
                    ),
                ],
            ),
        ],
    },
    "ar": {
        "title": "القيادة وسياسة الجودة (البند 5)",
        "body": [
            "يطلب البند 5 من **الإدارة العليا** — أي الشخص أو مجموعة الأشخاص الذين يوجهون "
            "الهيئة ويسيرونها في أعلى مستوى — أن تبرهن على قيادتها والتزامها تجاه نظام إدارة "
            "الجودة. ويمكنها تفويض مهام، لكنها تظل مسؤولة عن فعالية النظام.",
            ("h2", "5.1 القيادة والالتزام"),
            "تقوم الإدارة العليا على الخصوص بما يلي:",
            (
                "ul",
                [
                    "تحمل مسؤولية فعالية نظام إدارة الجودة؛",
                    "التأكد من وضع سياسة الجودة وأهدافها وانسجامهما مع سياق الهيئة وتوجهها "
                    "الاستراتيجي؛",
                    "إدماج متطلبات نظام إدارة الجودة في عمليات الهيئة: فالجودة ليست نظاما موازيا؛",
                    "تشجيع المقاربة بالعمليات والتفكير القائم على المخاطر؛",
                    "التأكد من توفر الموارد اللازمة؛",
                    "التواصل حول أهمية إدارة فعالة للجودة؛",
                    "التأكد من أن نظام إدارة الجودة يحقق النتائج المنتظرة؛",
                    "تحفيز الأشخاص الذين يساهمون في فعالية النظام وتوجيههم ودعمهم؛",
                    "تشجيع التحسين؛",
                    "دعم باقي المسؤولين لإبراز قيادتهم في مجالات مسؤوليتهم.",
                ],
            ),
            "وفي إطار التركيز على الزبون (5.1.2)، تتأكد الإدارة العليا من تحديد متطلبات "
            "الزبناء والمتطلبات القانونية والتنظيمية المطبقة وفهمها والوفاء بها، ومن معالجة "
            "المخاطر والفرص التي قد تؤثر على مطابقة المنتجات ورضا الزبناء، ومن استمرار التركيز "
            "على الرفع من رضا الزبناء.",
            ("h2", "5.2 سياسة الجودة"),
            "تضع الإدارة العليا سياسة للجودة وتنفذها وتحافظ عليها، بحيث:",
            (
                "ul",
                [
                    "تلائم غاية الهيئة وسياقها وتدعم توجهها الاستراتيجي؛",
                    "توفر إطارا لتحديد أهداف الجودة؛",
                    "تتضمن الالتزام بالوفاء بالمتطلبات المطبقة؛",
                    "تتضمن الالتزام بالتحسين المستمر لنظام إدارة الجودة.",
                ],
            ),
            "وتكون متاحة في شكل معلومات موثقة، ويتم تبليغها وفهمها وتطبيقها داخل الهيئة، "
            "ووضعها رهن إشارة الأطراف المعنية ذات الصلة عند الاقتضاء.",
            (
                "example",
                "بضعة أسطر يوقعها المدير العام وتُعلق في الورشة كما في الاستقبال أفضل من نص "
                "طويل لا يقرؤه أحد: «تسليم زبنائنا، في الآجال، مصبرات آمنة وذات جودة منتظمة؛ "
                "احترام القوانين ومتطلبات زبنائنا؛ تحسين طرق إنتاجنا كل سنة مع فرقنا "
                "ومورّدينا».",
            ),
            ("h2", "5.3 الأدوار والمسؤوليات والصلاحيات"),
            "تحدد الإدارة العليا المسؤوليات والصلاحيات وتبلغها وتتأكد من فهمها، من أجل: ضمان "
            "مطابقة نظام إدارة الجودة للمواصفة؛ والتأكد من أن العمليات تحقق النتائج المنتظرة؛ "
            "وتقديم تقارير عن أداء النظام وفرص التحسين؛ وتشجيع التركيز على الزبون؛ والحفاظ على "
            "تماسك النظام عند تغييره.",
            "ولم تعد المواصفة تشترط «ممثلا للإدارة»: يمكن توزيع هذه الأدوار، وإن كانت هيئات "
            "كثيرة تحتفظ بمسؤول عن الجودة لتنسيقها.",
            (
                "warning",
                "يستجوب مدقق الإشهاد الإدارة العليا نفسها. ومن نقاط الضعف الشائعة نظام لإدارة "
                "الجودة يحمله مسؤول الجودة وحده دون انخراط واضح للمدير.",
            ),
            (
                "check",
                "هل يمكن للإدارة العليا أن تفوض لمسؤول الجودة مسؤولية فعالية نظام إدارة الجودة؟",
                [
                    (
                        False,
                        "نعم، بشكل كامل",
                        "يمكنها تفويض المهام، لا هذه المسؤولية (5.1.1).",
                    ),
                    (
                        True,
                        "لا، تظل مسؤولة عنها",
                        "هذا من أهم مستجدات صيغة 2015.",
                    ),
                ],
            ),
        ],
    },
}

LESSON_PLANNING = {
    "slug": "planification-risques-objectifs",
    "minutes": 20,
    "fr": {
        "title": "Planification : risques, opportunités et objectifs qualité (article 6)",
        "body": [
            "L'article 6 transforme le contexte (article 4) et la politique (article 5) en un "
            "plan d'action. Il comporte trois volets.",
            ("h2", "6.1 Actions à mettre en œuvre face aux risques et opportunités"),
            "En tenant compte des enjeux (4.1) et des exigences des parties intéressées (4.2), "
            "l'organisme détermine les risques et opportunités qu'il faut prendre en compte "
            "pour :",
            (
                "ul",
                [
                    "donner l'assurance que le SMQ peut atteindre les résultats attendus ;",
                    "accroître les effets souhaitables ;",
                    "prévenir ou réduire les effets indésirables ;",
                    "s'améliorer.",
                ],
            ),
            "Il planifie les actions pour les traiter, les intègre dans ses processus et en "
            "évalue l'efficacité. Ces actions sont proportionnées à l'impact potentiel sur la "
            "conformité des produits et services. Pour traiter un risque, on peut l'éviter, "
            "prendre un risque pour saisir une opportunité, éliminer la source du risque, "
            "modifier sa probabilité ou ses conséquences, le partager, ou le maintenir par une "
            "décision argumentée.",
            (
                "example",
                "Risque : une seule coopérative fournit 70 % des olives. Actions : qualifier un "
                "deuxième fournisseur et contractualiser les volumes. Opportunité : un nouveau "
                "client à l'export demande un SMQ certifié ; action : planifier l'audit et "
                "adapter l'étiquetage.",
            ),
            ("h2", "6.2 Objectifs qualité et planification des actions"),
            "Les objectifs qualité sont fixés aux fonctions, niveaux et processus concernés. "
            "Ils doivent :",
            (
                "ul",
                [
                    "être cohérents avec la politique qualité ;",
                    "être mesurables ;",
                    "tenir compte des exigences applicables ;",
                    "être pertinents pour la conformité des produits et services et "
                    "l'accroissement de la satisfaction des clients ;",
                    "être surveillés, communiqués et mis à jour si nécessaire.",
                ],
            ),
            "Pour chaque objectif, l'organisme détermine ce qui sera fait, les ressources "
            "nécessaires, le responsable, l'échéance et la manière d'évaluer les résultats. Les "
            "objectifs sont tenus à jour sous forme d'information documentée.",
            (
                "tip",
                "Un bon objectif se lit comme un engagement chiffré et daté : « Ramener le taux "
                "de réclamations de 1,2 % à 0,8 % des livraisons d'ici décembre, en formant les "
                "conducteurs de ligne et en contrôlant le serti à chaque changement de "
                "format. »",
            ),
            ("h2", "6.3 Planification des modifications"),
            "Quand l'organisme modifie son SMQ (nouveau site, nouvelle ligne, réorganisation), "
            "il le fait de manière planifiée, en considérant l'objectif de la modification et "
            "ses conséquences possibles, l'intégrité du SMQ, la disponibilité des ressources et "
            "l'attribution ou la réattribution des responsabilités et autorités.",
            (
                "check",
                "Lequel de ces objectifs répond le mieux à l'article 6.2 ?",
                [
                    (False, "Améliorer la qualité", "Trop vague : ni mesurable ni daté."),
                    (
                        True,
                        "Réduire de 30 % les retours clients d'ici la fin de l'année",
                        "Mesurable, daté, pertinent pour la satisfaction des clients.",
                    ),
                    (
                        False,
                        "Atteindre le zéro défaut",
                        "Sans échéance ni plan d'action, ce n'est pas un objectif exploitable.",
                    ),
                ],
            ),
        ],
    },
    "ar": {
        "title": "التخطيط: المخاطر والفرص وأهداف الجودة (البند 6)",
        "body": [
            "يحول البند 6 السياق (البند 4) والسياسة (البند 5) إلى خطة عمل، ويتضمن ثلاثة محاور.",
            ("h2", "6.1 الإجراءات المتعلقة بالمخاطر والفرص"),
            "مع مراعاة الرهانات (4.1) ومتطلبات الأطراف المعنية (4.2)، تحدد الهيئة المخاطر "
            "والفرص التي يجب أخذها بعين الاعتبار من أجل:",
            (
                "ul",
                [
                    "ضمان قدرة نظام إدارة الجودة على تحقيق النتائج المنتظرة؛",
                    "تعزيز الآثار المرغوب فيها؛",
                    "منع الآثار غير المرغوب فيها أو الحد منها؛",
                    "تحقيق التحسين.",
                ],
            ),
            "وتخطط الإجراءات اللازمة لمعالجتها، وتدمجها في عملياتها، وتقيم فعاليتها. وتكون "
            "هذه الإجراءات متناسبة مع الأثر المحتمل على مطابقة المنتجات والخدمات. ولمعالجة خطر "
            "ما، يمكن تجنبه، أو تحمل خطر لاقتناص فرصة، أو إزالة مصدره، أو تغيير احتماله أو "
            "عواقبه، أو تقاسمه، أو الإبقاء عليه بقرار معلل.",
            (
                "example",
                "الخطر: تعاونية واحدة تورد 70% من الزيتون. الإجراءات: تأهيل مورد ثان والتعاقد "
                "على الكميات. الفرصة: زبون جديد في التصدير يطلب نظاما لإدارة الجودة حاصلا على "
                "الإشهاد؛ الإجراء: برمجة التدقيق وملاءمة الملصقات.",
            ),
            ("h2", "6.2 أهداف الجودة والتخطيط لتحقيقها"),
            "تُحدد أهداف الجودة على مستوى الوظائف والمستويات والعمليات المعنية، ويجب أن:",
            (
                "ul",
                [
                    "تنسجم مع سياسة الجودة؛",
                    "تكون قابلة للقياس؛",
                    "تراعي المتطلبات المطبقة؛",
                    "تكون ذات صلة بمطابقة المنتجات والخدمات والرفع من رضا الزبناء؛",
                    "تكون موضوع تتبع وتبليغ، وتُحين عند الحاجة.",
                ],
            ),
            "ولكل هدف، تحدد الهيئة ما سيُنجز والموارد اللازمة والمسؤول والأجل وطريقة تقييم "
            "النتائج. وتحافظ على الأهداف في شكل معلومات موثقة.",
            (
                "tip",
                "الهدف الجيد يُقرأ كالتزام مرقم ومؤرخ: «خفض نسبة الشكايات من 1,2% إلى 0,8% من "
                "عمليات التسليم قبل دجنبر، بتكوين سائقي خطوط الإنتاج ومراقبة إحكام غلق العلب "
                "عند كل تغيير للحجم».",
            ),
            ("h2", "6.3 تخطيط التغييرات"),
            "عندما تغير الهيئة نظام إدارة الجودة (موقع جديد، خط إنتاج جديد، إعادة تنظيم)، "
            "تقوم بذلك بشكل مخطط، مع مراعاة الغاية من التغيير وعواقبه المحتملة، وتماسك النظام، "
            "وتوفر الموارد، وإسناد المسؤوليات والصلاحيات أو إعادة إسنادها.",
            (
                "check",
                "أي هذه الأهداف يستجيب أكثر للبند 6.2؟",
                [
                    (False, "تحسين الجودة", "مبهم جدا: غير قابل للقياس وغير مؤرخ."),
                    (
                        True,
                        "خفض مرتجعات الزبناء بنسبة 30% قبل نهاية السنة",
                        "قابل للقياس ومؤرخ وذو صلة برضا الزبناء.",
                    ),
                    (
                        False,
                        "بلوغ صفر عيب",
                        "بدون أجل ولا خطة عمل، ليس هدفا قابلا للاستغلال.",
                    ),
                ],
            ),
        ],
    },
}

LESSON_SUPPORT = {
    "slug": "support-ressources-competences-documentation",
    "minutes": 25,
    "fr": {
        "title": (
            "Support : ressources, compétences, communication et informations documentées "
            "(article 7)"
        ),
        "body": [
            "L'article 7 rassemble ce dont les processus ont besoin pour fonctionner : des "
            "moyens, des personnes compétentes et informées, et une documentation maîtrisée.",
            ("h2", "7.1 Ressources"),
            (
                "ul",
                [
                    "**ressources humaines** (7.1.2) : les personnes nécessaires à la mise en "
                    "œuvre efficace du SMQ ;",
                    "**infrastructure** (7.1.3) : bâtiments, équipements, logiciels, moyens de "
                    "transport, technologies de l'information et de la communication ;",
                    "**environnement de mise en œuvre des processus** (7.1.4) : facteurs "
                    "sociaux, psychologiques et physiques (température, hygiène, éclairage…) "
                    "nécessaires à la conformité ;",
                    "**ressources pour la surveillance et la mesure** (7.1.5) : des instruments "
                    "adaptés et entretenus ; lorsque la traçabilité de la mesure est exigée, ils "
                    "sont étalonnés ou vérifiés à intervalles spécifiés par rapport à des "
                    "étalons raccordés à des étalons internationaux ou nationaux, identifiés et "
                    "protégés contre les réglages qui fausseraient les résultats ;",
                    "**connaissances organisationnelles** (7.1.6) : le savoir-faire nécessaire, "
                    "tenu à jour et mis à disposition — retours d'expérience, fiches "
                    "techniques, tutorat.",
                ],
            ),
            (
                "example",
                "La balance de la ligne de conditionnement détermine le poids net indiqué sur "
                "l'étiquette : elle est étalonnée par un laboratoire accrédité, porte une "
                "étiquette indiquant son état d'étalonnage, et elle est contrôlée chaque matin "
                "avec une masse étalon.",
            ),
            ("h2", "7.2 Compétences et 7.3 Sensibilisation"),
            "L'organisme détermine les compétences nécessaires aux personnes dont le travail "
            "influe sur la qualité, s'assure qu'elles sont compétentes (formation initiale, "
            "formation professionnelle, expérience), mène des actions pour combler les écarts "
            "(formation, tutorat, réaffectation, recrutement) et en évalue l'efficacité. Il "
            "conserve des informations documentées comme preuves de ces compétences.",
            "Chacun doit aussi connaître la politique qualité, les objectifs qui le concernent, "
            "sa contribution à l'efficacité du SMQ et les conséquences d'un non-respect des "
            "exigences.",
            ("h2", "7.4 Communication"),
            "L'organisme détermine ses communications internes et externes pertinentes : sur "
            "quels sujets, à quels moments, avec qui, comment, et qui communique.",
            ("h2", "7.5 Informations documentées"),
            "La norme parle d'« informations documentées » pour tout ce qui doit être maîtrisé "
            "et conservé, quel que soit le support : papier, fichier, logiciel, photo, vidéo. "
            "Elle distingue deux cas :",
            (
                "ul",
                [
                    "**tenir à jour** des informations documentées : ce qui décrit comment "
                    "faire (domaine d'application, politique, objectifs, modes opératoires "
                    "jugés nécessaires) ;",
                    "**conserver** des informations documentées : les preuves de ce qui a été "
                    "fait (enregistrements de contrôle et de formation, résultats d'audit, "
                    "comptes rendus de revue de direction…).",
                ],
            ),
            "Leur maîtrise (7.5.3) garantit qu'elles sont disponibles et adaptées là où on en a "
            "besoin, et protégées contre la perte de confidentialité, l'utilisation "
            "inappropriée ou la perte d'intégrité : diffusion, accès, classement, stockage, "
            "conservation, maîtrise des modifications (versions) et élimination. Les documents "
            "d'origine externe (normes, cahiers des charges des clients) sont eux aussi "
            "identifiés et maîtrisés.",
            (
                "tip",
                "Documentez autant que nécessaire, pas plus : l'étendue de la documentation "
                "dépend de la taille de l'organisme, de la complexité de ses processus et de la "
                "compétence de son personnel.",
            ),
            (
                "check",
                "Une fiche de contrôle remplie et signée à la fin d'un lot est…",
                [
                    (
                        False,
                        "une information documentée à tenir à jour",
                        "On ne la modifie plus, c'est une preuve.",
                    ),
                    (
                        True,
                        "une information documentée à conserver",
                        "C'est un enregistrement, la preuve de ce qui a été fait.",
                    ),
                ],
            ),
        ],
    },
    "ar": {
        "title": "الدعم: الموارد والكفاءات والتواصل والمعلومات الموثقة (البند 7)",
        "body": [
            "يجمع البند 7 ما تحتاجه العمليات لتشتغل: الوسائل، وأشخاصا أكفاء وعلى اطلاع، "
            "ووثائق متحكما فيها.",
            ("h2", "7.1 الموارد"),
            (
                "ul",
                [
                    "**الموارد البشرية** (7.1.2): الأشخاص اللازمون للتنفيذ الفعال لنظام إدارة "
                    "الجودة؛",
                    "**البنية التحتية** (7.1.3): البنايات والتجهيزات والبرمجيات ووسائل النقل "
                    "وتكنولوجيات المعلومات والتواصل؛",
                    "**بيئة تنفيذ العمليات** (7.1.4): العوامل الاجتماعية والنفسية والمادية "
                    "(الحرارة والنظافة والإنارة...) اللازمة للمطابقة؛",
                    "**موارد التتبع والقياس** (7.1.5): أدوات ملائمة ومصانة؛ وعندما تكون قابلية "
                    "تتبع القياس مطلوبة، تتم معايرتها أو التحقق منها على فترات محددة مقارنة "
                    "بمعايير قياس مرتبطة بمعايير دولية أو وطنية، وتُعرَّف وتُحمى من أي ضبط قد "
                    "يفسد نتائجها؛",
                    "**المعارف التنظيمية** (7.1.6): الدراية اللازمة، محينة ومتاحة — دروس "
                    "التجربة والبطاقات التقنية والتأطير.",
                ],
            ),
            (
                "example",
                "ميزان خط التلفيف يحدد الوزن الصافي المبين على الملصق: يُعاير من طرف مختبر "
                "معتمد، ويحمل ملصقا يبين حالة معايرته، ويُراقب كل صباح بكتلة معيارية.",
            ),
            ("h2", "7.2 الكفاءة و7.3 التوعية"),
            "تحدد الهيئة الكفاءات اللازمة للأشخاص الذين يؤثر عملهم على الجودة، وتتأكد من "
            "كفاءتهم (التعليم أو التكوين أو الخبرة)، وتتخذ إجراءات لسد الثغرات (التكوين أو "
            "التأطير أو إعادة التعيين أو التوظيف) وتقيم فعاليتها. وتحتفظ بمعلومات موثقة دليلا "
            "على هذه الكفاءات.",
            "ويجب على كل فرد أيضا أن يعرف سياسة الجودة والأهداف التي تعنيه ومساهمته في فعالية "
            "النظام وعواقب عدم احترام المتطلبات.",
            ("h2", "7.4 التواصل"),
            "تحدد الهيئة تواصلها الداخلي والخارجي ذا الصلة: في أي مواضيع، ومتى، ومع من، وكيف، "
            "ومن يتولى التواصل.",
            ("h2", "7.5 المعلومات الموثقة"),
            "تستعمل المواصفة عبارة «المعلومات الموثقة» لكل ما يجب التحكم فيه والاحتفاظ به، "
            "أيا كانت دعامته: ورق أو ملف أو برنامج معلوماتي أو صورة أو فيديو. وتميز بين "
            "حالتين:",
            (
                "ul",
                [
                    "**الحفاظ على** معلومات موثقة محينة: ما يصف طريقة العمل (مجال التطبيق، "
                    "السياسة، الأهداف، طرق العمل التي تعتبر ضرورية)؛",
                    "**الاحتفاظ** بمعلومات موثقة: أدلة ما تم إنجازه (سجلات المراقبة والتكوين، "
                    "ونتائج التدقيق، ومحاضر مراجعة الإدارة...).",
                ],
            ),
            "ويضمن التحكم فيها (7.5.3) أن تكون متاحة وملائمة حيث يُحتاج إليها، ومحمية من "
            "فقدان السرية أو سوء الاستعمال أو فقدان السلامة: التوزيع والولوج والترتيب "
            "والتخزين والحفظ والتحكم في التعديلات (الصيغ) والإتلاف. كما تُعرَّف الوثائق ذات "
            "المصدر الخارجي (المواصفات، دفاتر تحملات الزبناء) ويُتحكم فيها.",
            (
                "tip",
                "وثّقوا بقدر الحاجة لا أكثر: يتوقف حجم التوثيق على حجم الهيئة وتعقد عملياتها "
                "وكفاءة مستخدميها.",
            ),
            (
                "check",
                "بطاقة مراقبة مملوءة وموقعة في نهاية دفعة إنتاج هي...",
                [
                    (
                        False,
                        "معلومات موثقة يجب الحفاظ عليها محينة",
                        "لا تُعدل بعد ذلك، فهي دليل.",
                    ),
                    (
                        True,
                        "معلومات موثقة يجب الاحتفاظ بها",
                        "إنها سجل، دليل على ما تم إنجازه.",
                    ),
                ],
            ),
        ],
    },
}

LESSON_OPERATION = {
    "slug": "realisation-activites-operationnelles",
    "minutes": 30,
    # Done after 10 minutes of active reading rather than when opened.
    "minimum_active_minutes": 10,
    "fr": {
        "title": "Réalisation des activités opérationnelles (article 8)",
        "body": [
            "L'article 8 est le plus long de la norme : il suit le produit ou le service de la "
            "demande du client jusqu'après la livraison.",
            ("h2", "8.1 Planification et maîtrise opérationnelles"),
            "L'organisme planifie ses processus opérationnels : exigences des produits et "
            "services, critères pour les processus et pour l'acceptation des produits, "
            "ressources, maîtrise des processus selon ces critères, et informations documentées "
            "nécessaires pour avoir confiance dans les processus et démontrer la conformité. Il "
            "maîtrise les modifications planifiées et les processus externalisés.",
            ("h2", "8.2 Exigences relatives aux produits et services"),
            "Communiquer avec les clients (informations sur les produits, devis et commandes, "
            "retours et réclamations, propriété du client, mesures d'urgence), déterminer les "
            "exigences — y compris légales et réglementaires —, puis les **revoir avant de "
            "s'engager** : l'organisme s'assure qu'il peut satisfaire la commande avant de "
            "l'accepter. Les modifications de commande sont répercutées dans les documents et "
            "communiquées aux personnes concernées.",
            ("h2", "8.3 Conception et développement"),
            "Quand l'organisme conçoit ses produits ou services, il planifie la conception par "
            "étapes, détermine les éléments d'entrée, maîtrise le processus par des revues, des "
            "vérifications et des validations, s'assure que les éléments de sortie satisfont "
            "aux exigences, et maîtrise les modifications.",
            ("h2", "8.4 Processus, produits et services fournis par des prestataires externes"),
            "Ce que fournissent les prestataires externes (fournisseurs, sous-traitants) est "
            "maîtrisé : critères d'évaluation, de sélection, de surveillance des performances et "
            "de réévaluation ; vérifications à réception ; informations claires communiquées au "
            "prestataire sur ce qui est attendu de lui.",
            ("h2", "8.5 Production et prestation de service"),
            (
                "ul",
                [
                    "**conditions maîtrisées** : modes opératoires, équipements et instruments "
                    "de mesure adaptés, personnel compétent, validation des processus dont le "
                    "résultat ne peut pas être vérifié après coup (un traitement thermique, une "
                    "stérilisation) ;",
                    "**identification et traçabilité**, quand elles sont exigées : pouvoir "
                    "relier un lot livré à ses matières premières et à ses conditions de "
                    "fabrication ;",
                    "**propriété des clients ou des prestataires externes** (matières, "
                    "emballages, données personnelles) : identifiée, protégée, et signalée en "
                    "cas de perte ou de dommage ;",
                    "**préservation** : manutention, stockage, protection ;",
                    "**activités après livraison** : garantie, service après-vente, rappel ;",
                    "**maîtrise des modifications** de la production.",
                ],
            ),
            ("h2", "8.6 Libération et 8.7 maîtrise des éléments de sortie non conformes"),
            "Les produits ne sont libérés vers le client qu'une fois les dispositions planifiées "
            "réalisées de manière satisfaisante, sauf autorisation d'une autorité compétente et, "
            "le cas échéant, du client ; la personne qui a autorisé la libération est "
            "identifiée.",
            "Les éléments de sortie non conformes sont identifiés et maîtrisés pour empêcher "
            "leur utilisation ou leur livraison non intentionnelle : correction, isolement, "
            "retour ou suspension, information du client, ou acceptation par dérogation.",
            (
                "example",
                "Un lot de bocaux présente un défaut de fermeture détecté au contrôle : il est "
                "bloqué et étiqueté « non conforme » en zone isolée, la non-conformité est "
                "enregistrée avec la décision prise (tri puis reconditionnement), et la "
                "recherche des causes est lancée au titre de l'article 10.2.",
            ),
            (
                "check",
                "Quand la revue des exigences relatives aux produits et services (8.2.3) "
                "a-t-elle lieu ?",
                [
                    (False, "Après la livraison", "Il serait trop tard."),
                    (
                        True,
                        "Avant de s'engager à fournir le produit ou le service au client",
                        "On vérifie qu'on peut satisfaire la commande avant de l'accepter.",
                    ),
                    (
                        False,
                        "Lors de la revue de direction annuelle",
                        "Elle a lieu pour chaque engagement envers un client.",
                    ),
                ],
            ),
        ],
    },
    "ar": {
        "title": "التشغيل: إنجاز الأنشطة العملياتية (البند 8)",
        "body": [
            "البند 8 هو أطول بنود المواصفة: يتتبع المنتج أو الخدمة من طلب الزبون إلى ما بعد "
            "التسليم.",
            ("h2", "8.1 التخطيط العملياتي والتحكم فيه"),
            "تخطط الهيئة عملياتها التشغيلية: متطلبات المنتجات والخدمات، ومعايير العمليات "
            "وقبول المنتجات، والموارد، والتحكم في العمليات وفق هذه المعايير، والمعلومات "
            "الموثقة اللازمة للثقة في العمليات وإثبات المطابقة. وتتحكم في التغييرات المخطط لها "
            "وفي العمليات المسندة إلى جهات خارجية.",
            ("h2", "8.2 متطلبات المنتجات والخدمات"),
            "التواصل مع الزبناء (معلومات عن المنتجات، عروض الأثمان والطلبيات، الملاحظات "
            "والشكايات، ممتلكات الزبون، تدابير الطوارئ)، وتحديد المتطلبات — بما فيها القانونية "
            "والتنظيمية —، ثم **مراجعتها قبل الالتزام**: تتأكد الهيئة من قدرتها على تلبية "
            "الطلبية قبل قبولها. وتُنقل تعديلات الطلبيات إلى الوثائق وتُبلَّغ للأشخاص المعنيين.",
            ("h2", "8.3 التصميم والتطوير"),
            "عندما تصمم الهيئة منتجاتها أو خدماتها، تخطط للتصميم على مراحل، وتحدد المدخلات، "
            "وتتحكم في العملية بواسطة المراجعات وعمليات التحقق والتثبت من الصلاحية، وتتأكد من "
            "أن المخرجات تستوفي المتطلبات، وتتحكم في التعديلات.",
            ("h2", "8.4 العمليات والمنتجات والخدمات التي يقدمها مقدمو خدمات خارجيون"),
            "يتم التحكم فيما يقدمه مقدمو الخدمات الخارجيون (الموردون والمقاولات من الباطن): "
            "معايير التقييم والانتقاء وتتبع الأداء وإعادة التقييم؛ وعمليات التحقق عند "
            "الاستلام؛ ومعلومات واضحة تُبلَّغ للمورد حول ما هو منتظر منه.",
            ("h2", "8.5 الإنتاج وتقديم الخدمة"),
            (
                "ul",
                [
                    "**ظروف متحكم فيها**: طرق عمل، وتجهيزات وأدوات قياس ملائمة، ومستخدمون "
                    "أكفاء، والتثبت من صلاحية العمليات التي لا يمكن التحقق من نتيجتها لاحقا "
                    "(معالجة حرارية أو تعقيم)؛",
                    "**التعريف والتتبع** عندما يكونان مطلوبين: القدرة على ربط دفعة مسلَّمة "
                    "بموادها الأولية وظروف تصنيعها؛",
                    "**ممتلكات الزبناء أو مقدمي الخدمات الخارجيين** (مواد، تلفيفات، معطيات "
                    "شخصية): تُعرَّف وتُحمى، ويُبلَّغ عن فقدانها أو تلفها؛",
                    "**الحفظ**: المناولة والتخزين والحماية؛",
                    "**أنشطة ما بعد التسليم**: الضمان وخدمة ما بعد البيع والسحب من السوق؛",
                    "**التحكم في التغييرات** أثناء الإنتاج.",
                ],
            ),
            ("h2", "8.6 الإفراج عن المنتجات و8.7 التحكم في المخرجات غير المطابقة"),
            "لا يُفرج عن المنتجات لفائدة الزبون إلا بعد الإنجاز المرضي للترتيبات المخطط لها، "
            "ما لم تأذن بذلك سلطة مختصة، والزبون عند الاقتضاء؛ ويُعرف الشخص الذي أذن "
            "بالإفراج.",
            "وتُعرَّف المخرجات غير المطابقة ويُتحكم فيها لمنع استعمالها أو تسليمها عن غير قصد: "
            "التصحيح، أو العزل، أو الإرجاع أو التعليق، أو إخبار الزبون، أو القبول بترخيص "
            "استثنائي.",
            (
                "example",
                "دفعة من البرطمانات بها عيب في الإغلاق رُصد أثناء المراقبة: تُوقف وتوسم بعبارة "
                "«غير مطابقة» في منطقة معزولة، وتُسجل حالة عدم المطابقة مع القرار المتخذ "
                "(الفرز ثم إعادة التلفيف)، ويُطلق البحث عن الأسباب في إطار البند 10.2.",
            ),
            (
                "check",
                "متى تتم مراجعة متطلبات المنتجات والخدمات (8.2.3)؟",
                [
                    (False, "بعد التسليم", "سيكون الأوان قد فات."),
                    (
                        True,
                        "قبل الالتزام بتقديم المنتج أو الخدمة للزبون",
                        "نتأكد من قدرتنا على تلبية الطلبية قبل قبولها.",
                    ),
                    (
                        False,
                        "خلال مراجعة الإدارة السنوية",
                        "تتم عند كل التزام تجاه زبون.",
                    ),
                ],
            ),
        ],
    },
}

LESSON_EVALUATION = {
    "slug": "evaluation-performances-amelioration",
    "minutes": 30,
    "fr": {
        "title": "Évaluation des performances et amélioration (articles 9 et 10)",
        "body": [
            "Les articles 9 et 10 ferment la boucle PDCA : vérifier que le système donne les "
            "résultats attendus, puis agir.",
            ("h2", "9.1 Surveillance, mesure, analyse et évaluation"),
            "L'organisme détermine ce qu'il faut surveiller et mesurer, avec quelles méthodes, "
            "quand, et quand analyser les résultats. Il surveille en particulier la perception "
            "des clients sur le niveau de satisfaction de leurs besoins et attentes (9.1.2) : "
            "enquêtes, retours sur les produits livrés, réunions avec les clients, analyse des "
            "parts de marché, compliments, réclamations, rapports des distributeurs.",
            "Les données sont analysées pour évaluer la conformité des produits et services, la "
            "satisfaction des clients, la performance et l'efficacité du SMQ, la réalisation de "
            "ce qui a été planifié, l'efficacité des actions face aux risques et opportunités, "
            "la performance des prestataires externes et le besoin d'améliorations.",
            ("h2", "9.2 Audit interne"),
            "L'organisme réalise des audits internes à intervalles planifiés pour savoir si le "
            "SMQ est conforme à ses propres exigences et à celles de la norme, et s'il est mis en "
            "œuvre et tenu à jour efficacement :",
            (
                "ul",
                [
                    "le programme d'audit tient compte de l'importance des processus, des "
                    "changements et des résultats des audits précédents ;",
                    "les auditeurs sont choisis pour leur objectivité et leur impartialité : on "
                    "n'audite pas son propre travail ;",
                    "les résultats sont rapportés à la direction concernée, et les corrections "
                    "et actions correctives sont menées sans retard indu ;",
                    "ISO 19011 donne les lignes directrices de l'audit.",
                ],
            ),
            ("h2", "9.3 Revue de direction"),
            "À intervalles planifiés, la direction revoit le SMQ pour s'assurer qu'il est "
            "toujours approprié, adapté, efficace et aligné sur l'orientation stratégique de "
            "l'organisme. Elle examine :",
            (
                "ul",
                [
                    "l'état d'avancement des actions décidées lors des revues précédentes ;",
                    "les modifications des enjeux externes et internes ;",
                    "la performance et l'efficacité du SMQ : satisfaction des clients, atteinte "
                    "des objectifs qualité, performance des processus et conformité des "
                    "produits, non-conformités et actions correctives, résultats de "
                    "surveillance et de mesure, résultats d'audit, performance des prestataires "
                    "externes ;",
                    "l'adéquation des ressources ;",
                    "l'efficacité des actions face aux risques et opportunités ;",
                    "les opportunités d'amélioration.",
                ],
            ),
            "Elle en sort avec des décisions : opportunités d'amélioration, modifications à "
            "apporter au SMQ, besoins en ressources. Des informations documentées sont "
            "conservées comme preuves des résultats des revues.",
            ("h2", "10. Amélioration"),
            "Face à une non-conformité, y compris une réclamation, l'organisme (10.2) :",
            (
                "ol",
                [
                    "réagit : il agit pour la maîtriser et la corriger, et fait face aux "
                    "conséquences ;",
                    "évalue s'il faut agir sur ses causes pour qu'elle ne se reproduise pas, ici "
                    "ou ailleurs : examen de la non-conformité, recherche de ses causes, "
                    "recherche de non-conformités similaires ;",
                    "met en œuvre les actions nécessaires ;",
                    "examine l'efficacité de toute action corrective menée ;",
                    "met à jour si nécessaire les risques et opportunités, et modifie le SMQ.",
                ],
            ),
            "Une **correction** traite le problème constaté (trier le lot défectueux) ; une "
            "**action corrective** élimine sa cause (revoir le réglage de la sertisseuse et "
            "former les opérateurs). L'organisme conserve des informations documentées sur la "
            "nature des non-conformités, les actions menées et leurs résultats.",
            "Enfin, il améliore continuellement la pertinence, l'adéquation et l'efficacité du "
            "SMQ (10.3), en s'appuyant sur l'analyse des données et sur la revue de direction.",
            (
                "tip",
                "Pour rechercher les causes, deux outils simples suffisent souvent : les « cinq "
                "pourquoi » et le diagramme d'Ishikawa (matières, matériel, méthodes, "
                "main-d'œuvre, milieu).",
            ),
            (
                "check",
                "Trier un lot défectueux avant livraison, c'est…",
                [
                    (True, "une correction", "Elle traite le problème, pas sa cause."),
                    (
                        False,
                        "une action corrective",
                        "L'action corrective élimine la cause, pour que le problème ne "
                        "se reproduise pas.",
                    ),
                ],
            ),
        ],
    },
    "ar": {
        "title": "تقييم الأداء والتحسين (البندان 9 و10)",
        "body": [
            "يغلق البندان 9 و10 دورة PDCA: التحقق من أن النظام يعطي النتائج المنتظرة، ثم التصرف.",
            ("h2", "9.1 التتبع والقياس والتحليل والتقييم"),
            "تحدد الهيئة ما يجب تتبعه وقياسه، وبأي أساليب، ومتى، ومتى تُحلل النتائج. وتتتبع "
            "على الخصوص تصور الزبناء لمدى تلبية حاجياتهم وتوقعاتهم (9.1.2): استطلاعات الرأي، "
            "والملاحظات على المنتجات المسلمة، والاجتماعات مع الزبناء، وتحليل حصص السوق، "
            "والتنويهات، والشكايات، وتقارير الموزعين.",
            "وتُحلل المعطيات لتقييم مطابقة المنتجات والخدمات، ورضا الزبناء، وأداء نظام إدارة "
            "الجودة وفعاليته، وإنجاز ما خُطط له، وفعالية الإجراءات المتخذة لمعالجة المخاطر "
            "والفرص، وأداء مقدمي الخدمات الخارجيين، والحاجة إلى التحسين.",
            ("h2", "9.2 التدقيق الداخلي"),
            "تجري الهيئة عمليات تدقيق داخلي على فترات مخطط لها لمعرفة ما إذا كان نظام إدارة "
            "الجودة مطابقا لمتطلباتها الخاصة ولمتطلبات المواصفة، وما إذا كان منفذا ومحافظا "
            "عليه بفعالية:",
            (
                "ul",
                [
                    "يراعي برنامج التدقيق أهمية العمليات والتغييرات ونتائج عمليات التدقيق السابقة؛",
                    "يُختار المدققون لموضوعيتهم وحيادهم: لا يدقق أحد عمله بنفسه؛",
                    "تُبلَّغ النتائج للإدارة المعنية، وتُنجز التصحيحات والإجراءات التصحيحية دون "
                    "تأخير غير مبرر؛",
                    "تقدم المواصفة ISO 19011 توجيهات التدقيق.",
                ],
            ),
            ("h2", "9.3 مراجعة الإدارة"),
            "تراجع الإدارة العليا نظام إدارة الجودة على فترات مخطط لها للتأكد من أنه ما يزال "
            "ملائما وكافيا وفعالا ومنسجما مع التوجه الاستراتيجي للهيئة. وتدرس:",
            (
                "ul",
                [
                    "مدى تقدم الإجراءات المقررة في المراجعات السابقة؛",
                    "التغيرات في الرهانات الخارجية والداخلية؛",
                    "أداء نظام إدارة الجودة وفعاليته: رضا الزبناء، وبلوغ أهداف الجودة، وأداء "
                    "العمليات ومطابقة المنتجات، وحالات عدم المطابقة والإجراءات التصحيحية، "
                    "ونتائج التتبع والقياس، ونتائج التدقيق، وأداء مقدمي الخدمات الخارجيين؛",
                    "مدى كفاية الموارد؛",
                    "فعالية الإجراءات المتخذة لمعالجة المخاطر والفرص؛",
                    "فرص التحسين.",
                ],
            ),
            "وتخرج منها بقرارات: فرص التحسين، والتغييرات الواجب إدخالها على نظام إدارة "
            "الجودة، والحاجيات من الموارد. ويُحتفظ بمعلومات موثقة دليلا على نتائج المراجعات.",
            ("h2", "10. التحسين"),
            "عند حدوث حالة عدم مطابقة، بما في ذلك الشكايات، تقوم الهيئة (10.2) بما يلي:",
            (
                "ol",
                [
                    "الاستجابة: اتخاذ إجراءات للتحكم فيها وتصحيحها، ومعالجة عواقبها؛",
                    "تقييم الحاجة إلى معالجة أسبابها حتى لا تتكرر هنا أو في مكان آخر: فحص حالة "
                    "عدم المطابقة، والبحث عن أسبابها، والبحث عن حالات مماثلة؛",
                    "تنفيذ الإجراءات اللازمة؛",
                    "مراجعة فعالية كل إجراء تصحيحي متخذ؛",
                    "تحيين المخاطر والفرص عند الحاجة وتغيير نظام إدارة الجودة.",
                ],
            ),
            "**التصحيح** يعالج المشكل المرصود (فرز الدفعة المعيبة)؛ أما **الإجراء التصحيحي** "
            "فيزيل سببه (مراجعة ضبط آلة الإغلاق وتكوين المشغلين). وتحتفظ الهيئة بمعلومات "
            "موثقة حول طبيعة حالات عدم المطابقة والإجراءات المتخذة ونتائجها.",
            "وأخيرا، تحسن الهيئة باستمرار ملاءمة نظام إدارة الجودة وكفايته وفعاليته (10.3)، "
            "بالاستناد إلى تحليل المعطيات وإلى مراجعة الإدارة.",
            (
                "tip",
                "للبحث عن الأسباب، تكفي غالبا أداتان بسيطتان: «لماذا الخمس» ومخطط إيشيكاوا "
                "(المواد، المعدات، الأساليب، اليد العاملة، المحيط).",
            ),
            (
                "check",
                "فرز دفعة معيبة قبل التسليم هو...",
                [
                    (True, "تصحيح", "يعالج المشكل، لا سببه."),
                    (
                        False,
                        "إجراء تصحيحي",
                        "الإجراء التصحيحي يزيل السبب حتى لا يتكرر المشكل.",
                    ),
                ],
            ),
        ],
    },
}

LESSON_CERTIFICATION = {
    "slug": "certification-au-maroc",
    "minutes": 15,
    "fr": {
        "title": "La certification NM ISO 9001 au Maroc",
        "body": [
            "La certification est volontaire : on peut appliquer la norme sans se faire "
            "certifier. Mais un certificat délivré par un organisme de certification "
            "indépendant (une tierce partie) donne à vos clients — grands donneurs d'ordre, "
            "acheteurs publics, clients étrangers — l'assurance que votre SMQ satisfait aux "
            "exigences de la norme.",
            ("h2", "Les acteurs"),
            (
                "ul",
                [
                    "**l'Institut Marocain de Normalisation (IMANOR)** homologue et publie les "
                    "normes marocaines (NM), dont NM ISO 9001 ; il gère aussi des programmes de "
                    "certification, parmi lesquels la certification des systèmes de management "
                    "selon NM ISO 9001 ;",
                    "**les organismes de certification**, marocains ou étrangers, réalisent les "
                    "audits et délivrent les certificats ; préférez un organisme dont la "
                    "compétence est reconnue par une accréditation ;",
                    "**le Service Marocain d'Accréditation (SEMAC)** accrédite les organismes "
                    "d'évaluation de la conformité ; selon la Politique Nationale de la "
                    "Qualité, il est membre des réseaux internationaux d'accréditation (IAF, "
                    "ILAC) ;",
                    "**l'Union Marocaine de la Qualité (UMAQ)** et les réseaux professionnels "
                    "accompagnent les entreprises : sensibilisation, partage d'expérience, "
                    "Semaine Nationale de la Qualité, Prix National de la Qualité.",
                ],
            ),
            "Selon son bilan 2024, l'IMANOR a homologué près de 900 normes dans l'année, ce qui "
            "porte le nombre de normes marocaines à plus de 18 000, et a délivré 130 nouveaux "
            "certificats couvrant les produits, les systèmes de management et les compétences.",
            ("h2", "Le cycle de certification"),
            (
                "ol",
                [
                    "**Préparation** : le SMQ fonctionne depuis quelques mois, avec en général "
                    "au moins un cycle d'audits internes et une revue de direction ; beaucoup "
                    "d'organismes de certification proposent un pré-audit facultatif.",
                    "**Audit initial en deux étapes** : l'étape 1 examine la documentation, le "
                    "domaine d'application et l'état de préparation ; l'étape 2 évalue sur le "
                    "terrain la mise en œuvre et l'efficacité du SMQ.",
                    "**Décision de certification** : les non-conformités relevées sont traitées "
                    "(corrections et actions correctives), puis le certificat est délivré pour "
                    "trois ans et pour un domaine d'application précis.",
                    "**Audits de surveillance** : au moins une fois par an, sur une partie du "
                    "système.",
                    "**Renouvellement** : un audit de renouvellement avant la fin des trois ans "
                    "ouvre un nouveau cycle.",
                ],
            ),
            "La durée des audits dépend de l'effectif et de la complexité de l'organisme. Le "
            "coût comprend les journées d'audit, mais surtout le temps que l'équipe consacre à "
            "la préparation.",
            ("h2", "Bien se préparer"),
            (
                "ul",
                [
                    "vérifier que le domaine d'application qui figurera sur le certificat "
                    "correspond à ce qu'attendent les clients ;",
                    "rassembler les preuves : informations documentées conservées, indicateurs, "
                    "rapports d'audit interne, comptes rendus de revue de direction ;",
                    "impliquer la direction et les pilotes de processus, qui seront interrogés ;",
                    "traiter les non-conformités d'audit comme des pistes de progrès, avec la "
                    "méthode de l'article 10.2.",
                ],
            ),
            (
                "warning",
                "L'attestation de réussite de ce cours atteste vos connaissances : elle ne "
                "certifie pas votre entreprise.",
            ),
            (
                "check",
                "Pour combien de temps un certificat NM ISO 9001 est-il délivré ?",
                [
                    (False, "Un an", "Un an, c'est le rythme des audits de surveillance."),
                    (
                        True,
                        "Trois ans, avec des audits de surveillance",
                        "Un audit de renouvellement ouvre ensuite un nouveau cycle.",
                    ),
                    (False, "Sans limite de durée", "Il doit être renouvelé."),
                ],
            ),
        ],
    },
    "ar": {
        "title": "الإشهاد وفق المواصفة NM ISO 9001 في المغرب",
        "body": [
            "الإشهاد اختياري: يمكن تطبيق المواصفة دون الحصول عليه. غير أن شهادة تسلمها هيئة "
            "إشهاد مستقلة (طرف ثالث) تمنح زبناءكم — كبار الزبناء والمشترين العموميين والزبناء "
            "الأجانب — الثقة في أن نظام إدارة الجودة لديكم يستوفي متطلبات المواصفة.",
            ("h2", "الفاعلون"),
            (
                "ul",
                [
                    "**المعهد المغربي للتقييس** يصادق على المواصفات القياسية المغربية (NM) "
                    "وينشرها، ومنها NM ISO 9001؛ كما يدبر برامج للإشهاد، من بينها الإشهاد على "
                    "أنظمة الإدارة وفق NM ISO 9001؛",
                    "**هيئات الإشهاد**، مغربية أو أجنبية، تجري عمليات التدقيق وتسلم الشهادات؛ "
                    "ويُستحسن اختيار هيئة معترف بكفاءتها عن طريق الاعتماد؛",
                    "**المصلحة المغربية للاعتماد** تعتمد هيئات تقييم المطابقة؛ وحسب السياسة "
                    "الوطنية للجودة، فهي عضو في الشبكات الدولية للاعتماد (IAF وILAC)؛",
                    "**الاتحاد المغربي للجودة** والشبكات المهنية يواكبون المقاولات: التحسيس، "
                    "وتقاسم التجارب، والأسبوع الوطني للجودة، والجائزة الوطنية للجودة.",
                ],
            ),
            "وحسب حصيلته لسنة 2024، صادق المعهد المغربي للتقييس على قرابة 900 مواصفة خلال "
            "السنة، ليتجاوز عدد المواصفات القياسية المغربية 18.000 مواصفة، وسلّم 130 شهادة "
            "جديدة تغطي المنتجات وأنظمة الإدارة والكفاءات.",
            ("h2", "دورة الإشهاد"),
            (
                "ol",
                [
                    "**التحضير**: يشتغل نظام إدارة الجودة منذ بضعة أشهر، مع دورة واحدة على "
                    "الأقل من التدقيق الداخلي ومراجعة للإدارة في الغالب؛ وتقترح هيئات إشهاد "
                    "كثيرة تدقيقا أوليا اختياريا.",
                    "**التدقيق الأولي على مرحلتين**: تفحص المرحلة الأولى الوثائق ومجال التطبيق "
                    "ومدى الجاهزية؛ وتقيّم المرحلة الثانية ميدانيا تنفيذ نظام إدارة الجودة "
                    "وفعاليته.",
                    "**قرار الإشهاد**: تُعالج حالات عدم المطابقة المرصودة (تصحيحات وإجراءات "
                    "تصحيحية)، ثم تُسلم الشهادة لمدة ثلاث سنوات ولمجال تطبيق محدد.",
                    "**تدقيقات التتبع**: مرة في السنة على الأقل، على جزء من النظام.",
                    "**التجديد**: تدقيق للتجديد قبل انقضاء السنوات الثلاث يفتح دورة جديدة.",
                ],
            ),
            "تتوقف مدة التدقيق على عدد المستخدمين وتعقد أنشطة الهيئة. وتشمل الكلفة أيام "
            "التدقيق، لكن أساسا الوقت الذي يخصصه الفريق للتحضير.",
            ("h2", "الاستعداد الجيد"),
            (
                "ul",
                [
                    "التحقق من أن مجال التطبيق الذي سيرد في الشهادة يطابق ما ينتظره الزبناء؛",
                    "جمع الأدلة: المعلومات الموثقة المحتفظ بها، والمؤشرات، وتقارير التدقيق "
                    "الداخلي، ومحاضر مراجعة الإدارة؛",
                    "إشراك الإدارة العليا ومسؤولي العمليات الذين سيُستجوبون؛",
                    "معالجة حالات عدم المطابقة المرصودة خلال التدقيق باعتبارها فرصا للتقدم، "
                    "وفق منهجية البند 10.2.",
                ],
            ),
            (
                "warning",
                "شهادة النجاح في هذه الدورة التكوينية تثبت معارفكم، ولا تعني الإشهاد على مقاولتكم.",
            ),
            (
                "check",
                "لأي مدة تُسلم شهادة الإشهاد وفق NM ISO 9001؟",
                [
                    (False, "سنة واحدة", "السنة هي وتيرة تدقيقات التتبع."),
                    (
                        True,
                        "ثلاث سنوات، مع تدقيقات للتتبع",
                        "ثم يفتح تدقيق التجديد دورة جديدة.",
                    ),
                    (False, "دون حد زمني", "يجب تجديدها."),
                ],
            ),
        ],
    },
}


def quiz(slug, clauses, fr, ar, question_count=6, pass_mark=70):
    """A quiz page drawing `question_count` questions of the course's bank on `clauses`."""
    return {
        "type": "quiz",
        "slug": slug,
        "minutes": 15,
        "clauses": clauses,
        "question_count": question_count,
        "pass_mark": pass_mark,
        "max_attempts": 3,
        "random_draw": True,
        "fr": fr,
        "ar": ar,
    }


def lesson(spec):
    return {"type": "lesson", **spec}


ISO_9001_QUIZ_INTRO = {
    "fr": (
        "Six questions tirées au hasard dans la banque de questions sur {topic}. Il faut 70 % de "
        "bonnes réponses pour réussir ; vous avez trois tentatives, et chaque tentative tire "
        "de nouvelles questions."
    ),
    "ar": (
        "ست أسئلة تُسحب عشوائيا من بنك الأسئلة حول {topic}. يجب الحصول على 70% من الأجوبة "
        "الصحيحة للنجاح؛ ولديكم ثلاث محاولات، تُسحب في كل منها أسئلة جديدة."
    ),
}


def iso_9001_quiz(slug, clauses, title_fr, title_ar, topic_fr, topic_ar):
    return quiz(
        slug,
        clauses,
        {"title": title_fr, "intro": ISO_9001_QUIZ_INTRO["fr"].format(topic=topic_fr)},
        {"title": title_ar, "intro": ISO_9001_QUIZ_INTRO["ar"].format(topic=topic_ar)},
    )


ISO_9001 = {
    "slug": "nm-iso-9001-2015",
    "standard": "NM ISO 9001:2015",
    "level": "beginner",
    "sequential": False,
    "certificate": True,
    "pass_mark": 70,
    "bank": "iso-9001",
    "fr": {
        "title": "NM ISO 9001:2015 — les fondamentaux",
        "summary": (
            "Les exigences de la norme, article par article, pour mettre en place ou faire "
            "vivre un système de management de la qualité dans une PME ou une administration : "
            "principes, approche processus, leadership, planification, support, réalisation, "
            "évaluation, amélioration, et la certification au Maroc."
        ),
        "audience": (
            "Responsables qualité, dirigeants et pilotes de processus de PME et d'administrations"
        ),
        "objectives": [
            "Expliquer les sept principes du management de la qualité et l'approche processus",
            "Situer chaque exigence dans la structure de la norme (articles 4 à 10) et dans le "
            "cycle PDCA",
            "Définir une politique et des objectifs qualité mesurables, et traiter les risques "
            "et opportunités",
            "Maîtriser les informations documentées, les processus opérationnels et les "
            "non-conformités",
            "Préparer un audit interne, une revue de direction et l'audit de certification",
        ],
        "prerequisites": (
            "Aucun. Une expérience en entreprise ou en administration aide à relier les "
            "exigences à des situations concrètes."
        ),
    },
    "ar": {
        "title": "NM ISO 9001:2015 — الأساسيات",
        "summary": (
            "متطلبات المواصفة، بندا بندا، لإرساء نظام لإدارة الجودة أو تطويره في مقاولة صغرى "
            "أو متوسطة أو في إدارة: المبادئ، والمقاربة بالعمليات، والقيادة، والتخطيط، والدعم، "
            "والتشغيل، والتقييم، والتحسين، والإشهاد في المغرب."
        ),
        "audience": "مسؤولو الجودة ومسيرو المقاولات الصغرى والمتوسطة والإدارات وقادة العمليات",
        "objectives": [
            "شرح مبادئ إدارة الجودة السبعة والمقاربة بالعمليات",
            "تحديد موقع كل متطلب في بنية المواصفة (البنود من 4 إلى 10) وفي دورة PDCA",
            "وضع سياسة للجودة وأهداف قابلة للقياس، ومعالجة المخاطر والفرص",
            "التحكم في المعلومات الموثقة والعمليات التشغيلية وحالات عدم المطابقة",
            "التحضير للتدقيق الداخلي ولمراجعة الإدارة ولتدقيق الإشهاد",
        ],
        "prerequisites": (
            "لا شيء. تساعد التجربة في مقاولة أو إدارة على ربط المتطلبات بحالات ملموسة."
        ),
    },
    "modules": [
        {
            "slug": "module-1-fondements",
            "fr": {
                "title": "Module 1 : les fondements du management de la qualité",
                "intro": "Ce qu'est la norme, ses sept principes, l'approche processus, le "
                "cycle PDCA et l'approche par les risques.",
            },
            "ar": {
                "title": "الوحدة 1: أسس إدارة الجودة",
                "intro": "ماهية المواصفة ومبادئها السبعة والمقاربة بالعمليات ودورة PDCA "
                "والتفكير القائم على المخاطر.",
            },
            "items": [lesson(LESSON_PRINCIPLES), lesson(LESSON_PROCESS)],
        },
        {
            "slug": "module-2-structure-contexte",
            "fr": {
                "title": "Module 2 : la structure de la norme et le contexte de l'organisme",
                "intro": "Les dix articles de la norme, puis l'article 4 : enjeux, parties "
                "intéressées, domaine d'application et processus.",
            },
            "ar": {
                "title": "الوحدة 2: بنية المواصفة وسياق الهيئة",
                "intro": "بنود المواصفة العشرة، ثم البند 4: الرهانات والأطراف المعنية ومجال "
                "التطبيق والعمليات.",
            },
            "items": [
                lesson(LESSON_CONTEXT),
                iso_9001_quiz(
                    "quiz-1-principes-contexte",
                    "4",
                    "Quiz 1 : principes, structure et contexte",
                    "الاختبار 1: المبادئ والبنية والسياق",
                    "les principes, la structure de la norme et l'article 4",
                    "المبادئ وبنية المواصفة والبند 4",
                ),
            ],
        },
        {
            "slug": "module-3-leadership-planification",
            "fr": {
                "title": "Module 3 : leadership et planification",
                "intro": "L'engagement de la direction, la politique qualité, les risques et "
                "opportunités et les objectifs qualité (articles 5 et 6).",
            },
            "ar": {
                "title": "الوحدة 3: القيادة والتخطيط",
                "intro": "التزام الإدارة العليا وسياسة الجودة والمخاطر والفرص وأهداف الجودة "
                "(البندان 5 و6).",
            },
            "items": [
                lesson(LESSON_LEADERSHIP),
                lesson(LESSON_PLANNING),
                iso_9001_quiz(
                    "quiz-2-leadership-planification",
                    "5 6",
                    "Quiz 2 : leadership et planification",
                    "الاختبار 2: القيادة والتخطيط",
                    "les articles 5 et 6",
                    "البندين 5 و6",
                ),
            ],
        },
        {
            "slug": "module-4-support-realisation",
            "fr": {
                "title": "Module 4 : support et réalisation des activités opérationnelles",
                "intro": "Ressources, compétences, informations documentées, puis le chemin du "
                "produit de la commande à la livraison (articles 7 et 8).",
            },
            "ar": {
                "title": "الوحدة 4: الدعم وإنجاز الأنشطة العملياتية",
                "intro": "الموارد والكفاءات والمعلومات الموثقة، ثم مسار المنتج من الطلبية إلى "
                "التسليم (البندان 7 و8).",
            },
            "items": [
                lesson(LESSON_SUPPORT),
                lesson(LESSON_OPERATION),
                iso_9001_quiz(
                    "quiz-3-support-realisation",
                    "7 8",
                    "Quiz 3 : support et réalisation",
                    "الاختبار 3: الدعم والتشغيل",
                    "les articles 7 et 8",
                    "البندين 7 و8",
                ),
            ],
        },
        {
            "slug": "module-5-evaluation-amelioration-certification",
            "fr": {
                "title": "Module 5 : évaluation, amélioration et certification",
                "intro": "Surveiller, auditer, revoir, corriger et s'améliorer (articles 9 et "
                "10), puis se faire certifier au Maroc.",
            },
            "ar": {
                "title": "الوحدة 5: التقييم والتحسين والإشهاد",
                "intro": "التتبع والتدقيق والمراجعة والتصحيح والتحسين (البندان 9 و10)، ثم "
                "الحصول على الإشهاد في المغرب.",
            },
            "items": [
                lesson(LESSON_EVALUATION),
                lesson(LESSON_CERTIFICATION),
                iso_9001_quiz(
                    "quiz-4-evaluation-amelioration",
                    "9 10",
                    "Quiz 4 : évaluation, amélioration et certification",
                    "الاختبار 4: التقييم والتحسين والإشهاد",
                    "les articles 9 et 10 et la certification",
                    "البندين 9 و10 والإشهاد",
                ),
            ],
        },
    ],
}


# ---------------------------------------------------------------------------------------------
# NM ISO 14001:2015 — a short introduction

LESSON_EMS = {
    "slug": "pourquoi-un-sme",
    "minutes": 15,
    "fr": {
        "title": "Pourquoi un système de management environnemental ?",
        "body": [
            "La norme NM ISO 14001:2015 est la norme marocaine identique à ISO 14001:2015. Elle "
            "spécifie les exigences d'un **système de management environnemental** (SME), que "
            "l'organisme utilise pour améliorer sa performance environnementale, satisfaire à "
            "ses obligations de conformité et atteindre ses objectifs environnementaux.",
            "Elle suit la même structure en dix articles que NM ISO 9001 : contexte, "
            "leadership, planification, support, réalisation des activités opérationnelles, "
            "évaluation des performances et amélioration. Une entreprise déjà organisée selon "
            "NM ISO 9001 retrouve donc ses repères et peut construire un système intégré.",
            ("h2", "Ce que la norme apporte"),
            (
                "ul",
                [
                    "une vue d'ensemble des effets de l'activité sur l'environnement : eau, "
                    "énergie, déchets, rejets, bruit, matières premières ;",
                    "la maîtrise des obligations de conformité : la réglementation applicable "
                    "et les engagements pris auprès des clients, des collectivités ou des "
                    "partenaires ;",
                    "une **perspective de cycle de vie** : considérer les étapes que l'organisme "
                    "peut maîtriser ou influencer, de l'achat des matières à la fin de vie des "
                    "produits, sans exiger une analyse de cycle de vie détaillée ;",
                    "des économies souvent rapides : moins d'eau et d'énergie consommées, moins "
                    "de pertes de matières ;",
                    "la confiance des donneurs d'ordre et des clients à l'export, de plus en "
                    "plus attentifs à l'environnement.",
                ],
            ),
            ("h2", "Le rôle de la direction"),
            "Comme dans NM ISO 9001, la direction démontre son leadership : elle établit une "
            "**politique environnementale** qui comporte notamment l'engagement de protéger "
            "l'environnement, y compris la prévention de la pollution, celui de satisfaire aux "
            "obligations de conformité et celui d'améliorer continuellement le SME pour "
            "améliorer la performance environnementale.",
            (
                "example",
                "Une huilerie de la région de Fès-Meknès commence par mesurer ses consommations "
                "d'eau et le volume de ses margines, puis se fixe un objectif chiffré de "
                "réduction et un plan pour valoriser ses grignons.",
            ),
            (
                "check",
                "Quelle norme partage la structure en dix articles de NM ISO 9001 ?",
                [
                    (
                        True,
                        "NM ISO 14001",
                        "Toutes les normes ISO de systèmes de "
                        "management partagent cette structure.",
                    ),
                    (False, "Aucune", "C'est une structure commune."),
                ],
            ),
        ],
    },
    "ar": {
        "title": "لماذا نظام للإدارة البيئية؟",
        "body": [
            "المواصفة القياسية المغربية NM ISO 14001:2015 مطابقة للمواصفة ISO 14001:2015. وهي "
            "تحدد متطلبات **نظام الإدارة البيئية** الذي تستعمله الهيئة لتحسين أدائها البيئي، "
            "والوفاء بالتزامات الامتثال، وتحقيق أهدافها البيئية.",
            "وتتبع البنية نفسها المكونة من عشرة بنود التي تتبعها NM ISO 9001: السياق، "
            "والقيادة، والتخطيط، والدعم، والتشغيل، وتقييم الأداء، والتحسين. فالمقاولة المنظمة "
            "أصلا وفق NM ISO 9001 تجد فيها معالمها ويمكنها بناء نظام مندمج.",
            ("h2", "ما تقدمه المواصفة"),
            (
                "ul",
                [
                    "رؤية شاملة لآثار النشاط على البيئة: الماء والطاقة والنفايات والانبعاثات "
                    "والضجيج والمواد الأولية؛",
                    "التحكم في التزامات الامتثال: القوانين والأنظمة المطبقة والالتزامات "
                    "المتخذة تجاه الزبناء أو الجماعات الترابية أو الشركاء؛",
                    "**منظور دورة الحياة**: مراعاة المراحل التي يمكن للهيئة التحكم فيها أو "
                    "التأثير عليها، من شراء المواد إلى نهاية عمر المنتجات، دون اشتراط تحليل "
                    "مفصل لدورة الحياة؛",
                    "اقتصاد سريع في الغالب: استهلاك أقل للماء والطاقة وضياع أقل للمواد؛",
                    "ثقة كبار الزبناء والزبناء في التصدير، الذين يزداد اهتمامهم بالبيئة.",
                ],
            ),
            ("h2", "دور الإدارة العليا"),
            "كما في NM ISO 9001، تبرهن الإدارة العليا على قيادتها: فهي تضع **سياسة بيئية** "
            "تتضمن على الخصوص الالتزام بحماية البيئة، بما في ذلك الوقاية من التلوث، والالتزام "
            "بالوفاء بالتزامات الامتثال، والالتزام بالتحسين المستمر لنظام الإدارة البيئية من "
            "أجل تحسين الأداء البيئي.",
            (
                "example",
                "معصرة للزيتون بجهة فاس مكناس تبدأ بقياس استهلاكها للماء وحجم المرجان الذي "
                "تنتجه، ثم تحدد هدفا مرقما لتقليصه وخطة لتثمين الفيتور.",
            ),
            (
                "check",
                "أي مواصفة تتقاسم مع NM ISO 9001 بنيتها المكونة من عشرة بنود؟",
                [
                    (
                        True,
                        "NM ISO 14001",
                        "تتقاسم جميع مواصفات ISO لأنظمة الإدارة هذه البنية.",
                    ),
                    (False, "لا توجد أي مواصفة", "إنها بنية مشتركة."),
                ],
            ),
        ],
    },
}

LESSON_ASPECTS = {
    "slug": "aspects-obligations-maitrise",
    "minutes": 20,
    "fr": {
        "title": "Aspects environnementaux, obligations de conformité et maîtrise opérationnelle",
        "body": [
            "Au cœur de la planification (article 6.1) se trouvent deux notions à bien "
            "distinguer :",
            (
                "ul",
                [
                    "un **aspect environnemental** est un élément des activités, produits ou "
                    "services de l'organisme qui interagit ou peut interagir avec "
                    "l'environnement : le rejet des eaux de lavage, la consommation de fioul, "
                    "les emballages mis sur le marché ;",
                    "un **impact environnemental** est la modification de l'environnement qui en "
                    "résulte, en tout ou en partie : la pollution d'un cours d'eau, l'épuisement "
                    "d'une ressource, l'accumulation de déchets.",
                ],
            ),
            "L'organisme détermine ses aspects environnementaux, dans une perspective de cycle "
            "de vie, ainsi que ceux qui sont **significatifs** selon des critères qu'il "
            "établit (gravité, fréquence, quantité, sensibilité du milieu, exigences "
            "réglementaires…). Les aspects significatifs sont pris en compte dans tout le "
            "système.",
            ("h2", "Les obligations de conformité"),
            "Ce sont les exigences légales que l'organisme doit respecter et les autres "
            "exigences qu'il doit ou choisit de respecter (exigences d'un client, d'un "
            "programme volontaire, d'une convention avec une collectivité). L'organisme les "
            "identifie, y a accès, détermine comment elles s'appliquent et les tient à jour — "
            "par exemple la loi n° 28-00 relative à la gestion des déchets et à leur "
            "élimination.",
            ("h2", "Maîtrise opérationnelle et situations d'urgence"),
            "L'organisme maîtrise les processus liés à ses aspects significatifs : consignes de "
            "stockage des produits chimiques, entretien de la station de prétraitement, tri des "
            "déchets, exigences transmises aux sous-traitants (article 8.1). Il se prépare aussi "
            "aux situations d'urgence potentielles (article 8.2) : il planifie sa réponse, la "
            "teste périodiquement lorsque c'est possible, forme les personnes concernées et "
            "revoit ses dispositions après un incident ou un exercice.",
            ("h2", "Vérifier et s'améliorer"),
            "Comme dans NM ISO 9001, l'organisme surveille et mesure sa performance "
            "environnementale (consommations, rejets, déchets), mais il doit aussi **évaluer sa "
            "conformité** à ses obligations à la fréquence qu'il a définie (article 9.1.2), "
            "puis réaliser des audits internes et une revue de direction, et traiter les "
            "non-conformités.",
            (
                "tip",
                "Un tableau simple suffit pour commencer : activité, aspect, impact, "
                "significatif ou non, obligation de conformité associée, mesure de maîtrise, "
                "responsable.",
            ),
            (
                "check",
                "Dans une laiterie, « la consommation d'eau pour le nettoyage des cuves » est…",
                [
                    (
                        True,
                        "un aspect environnemental",
                        "C'est un élément de l'activité qui interagit avec l'environnement.",
                    ),
                    (
                        False,
                        "un impact environnemental",
                        "L'impact serait la baisse de la ressource en eau qui en résulte.",
                    ),
                ],
            ),
        ],
    },
    "ar": {
        "title": "الجوانب البيئية والتزامات الامتثال والتحكم العملياتي",
        "body": [
            "في صلب التخطيط (البند 6.1) مفهومان يجب التمييز بينهما جيدا:",
            (
                "ul",
                [
                    "**الجانب البيئي** عنصر من أنشطة الهيئة أو منتجاتها أو خدماتها يتفاعل أو "
                    "قد يتفاعل مع البيئة: تصريف مياه الغسل، واستهلاك الفيول، والتلفيفات "
                    "المطروحة في السوق؛",
                    "**الأثر البيئي** هو التغير الذي يطرأ على البيئة نتيجة لذلك، كليا أو جزئيا: "
                    "تلوث مجرى مائي، أو استنزاف مورد، أو تراكم النفايات.",
                ],
            ),
            "تحدد الهيئة جوانبها البيئية، من منظور دورة الحياة، وكذا الجوانب **المهمة** منها "
            "وفق معايير تضعها (الخطورة، والتكرار، والكمية، وحساسية الوسط، والمتطلبات "
            "التنظيمية...). وتؤخذ الجوانب المهمة بعين الاعتبار في النظام كله.",
            ("h2", "التزامات الامتثال"),
            "هي المتطلبات القانونية التي يجب على الهيئة احترامها والمتطلبات الأخرى التي يجب "
            "عليها أو تختار احترامها (متطلبات زبون، أو برنامج طوعي، أو اتفاقية مع جماعة "
            "ترابية). وتحددها الهيئة وتطلع عليها وتحدد كيفية تطبيقها وتحينها — ومنها مثلا "
            "القانون رقم 28.00 المتعلق بتدبير النفايات والتخلص منها.",
            ("h2", "التحكم العملياتي وحالات الطوارئ"),
            "تتحكم الهيئة في العمليات المرتبطة بجوانبها المهمة: تعليمات تخزين المواد "
            "الكيميائية، وصيانة محطة المعالجة الأولية، وفرز النفايات، والمتطلبات المبلغة "
            "للمقاولات من الباطن (البند 8.1). كما تستعد لحالات الطوارئ المحتملة (البند 8.2): "
            "تخطط للاستجابة لها، وتختبرها دوريا كلما أمكن ذلك، وتكوّن الأشخاص المعنيين، "
            "وتراجع ترتيباتها بعد كل حادث أو تمرين.",
            ("h2", "التحقق والتحسين"),
            "كما في NM ISO 9001، تتتبع الهيئة أداءها البيئي وتقيسه (الاستهلاك والانبعاثات "
            "والنفايات)، لكن عليها أيضا **تقييم امتثالها** لالتزاماتها وفق الوتيرة التي "
            "حددتها (البند 9.1.2)، ثم إجراء التدقيق الداخلي ومراجعة الإدارة، ومعالجة حالات "
            "عدم المطابقة.",
            (
                "tip",
                "يكفي جدول بسيط للبداية: النشاط، والجانب، والأثر، ومهم أم لا، والتزام الامتثال "
                "المرتبط به، وتدبير التحكم، والمسؤول.",
            ),
            (
                "check",
                "في مصنع للحليب، «استهلاك الماء لتنظيف الخزانات» هو...",
                [
                    (
                        True,
                        "جانب بيئي",
                        "إنه عنصر من النشاط يتفاعل مع البيئة.",
                    ),
                    (
                        False,
                        "أثر بيئي",
                        "الأثر هو تراجع الموارد المائية الناتج عنه.",
                    ),
                ],
            ),
        ],
    },
}

ISO_14001 = {
    "slug": "introduction-nm-iso-14001",
    "standard": "NM ISO 14001:2015",
    "level": "beginner",
    # Each item opens once the previous one is done.
    "sequential": True,
    "certificate": True,
    "pass_mark": 60,
    "bank": "iso-14001",
    "fr": {
        "title": "Introduction à NM ISO 14001",
        "summary": (
            "Une heure pour comprendre le système de management environnemental : aspects et "
            "impacts, obligations de conformité, maîtrise opérationnelle et situations "
            "d'urgence, évaluation de la conformité."
        ),
        "audience": "Responsables qualité, HSE et production de PME industrielles",
        "objectives": [
            "Expliquer à quoi sert un système de management environnemental",
            "Distinguer aspects et impacts environnementaux",
            "Identifier les obligations de conformité et les situations d'urgence",
        ],
        "prerequisites": "Avoir suivi le cours NM ISO 9001 aide, mais n'est pas nécessaire.",
    },
    "ar": {
        "title": "مدخل إلى المواصفة القياسية NM ISO 14001",
        "summary": (
            "ساعة لفهم نظام الإدارة البيئية: الجوانب والآثار، والتزامات الامتثال، والتحكم "
            "العملياتي وحالات الطوارئ، وتقييم الامتثال."
        ),
        "audience": "مسؤولو الجودة والصحة والسلامة والبيئة والإنتاج في المقاولات الصناعية الصغرى "
        "والمتوسطة",
        "objectives": [
            "شرح الغاية من نظام الإدارة البيئية",
            "التمييز بين الجوانب والآثار البيئية",
            "تحديد التزامات الامتثال وحالات الطوارئ",
        ],
        "prerequisites": "تساعد متابعة دورة NM ISO 9001، لكنها ليست ضرورية.",
    },
    "modules": [
        {
            "slug": "module-1-sme",
            "fr": {
                "title": "Module unique : le système de management environnemental",
                "intro": "Deux leçons et un quiz de cinq questions.",
            },
            "ar": {
                "title": "الوحدة الوحيدة: نظام الإدارة البيئية",
                "intro": "درسان واختبار من خمسة أسئلة.",
            },
            "items": [
                lesson(LESSON_EMS),
                lesson(LESSON_ASPECTS),
                quiz(
                    "quiz-bases-iso-14001",
                    "",
                    {
                        "title": "Quiz : les bases de NM ISO 14001",
                        "intro": "Cinq questions ; il faut 60 % de bonnes réponses pour "
                        "réussir. Vous avez trois tentatives.",
                    },
                    {
                        "title": "اختبار: أساسيات NM ISO 14001",
                        "intro": "خمسة أسئلة؛ يجب الحصول على 60% من الأجوبة الصحيحة للنجاح. "
                        "ولديكم ثلاث محاولات.",
                    },
                    question_count=5,
                    pass_mark=60,
                ),
            ],
        },
    ],
}

COURSES = [ISO_9001, ISO_14001]


# ---------------------------------------------------------------------------------------------
# Question banks

QUESTIONS = {
    "iso-9001": [
        # §4 — principles, structure, context (quiz 1)
        (
            "4",
            SINGLE,
            (
                "Combien de principes de management de la qualité la norme ISO 9000:2015 "
                "définit-elle ?",
                "كم عدد مبادئ إدارة الجودة التي تحددها المواصفة ISO 9000:2015؟",
            ),
            [(False, "Cinq", "خمسة"), (True, "Sept", "سبعة"), (False, "Dix", "عشرة")],
            (
                "Sept : orientation client, leadership, implication du personnel, approche "
                "processus, amélioration, prise de décision fondée sur des preuves, management "
                "des relations avec les parties intéressées.",
                "سبعة: التركيز على الزبون، والقيادة، وانخراط المستخدمين، والمقاربة بالعمليات، "
                "والتحسين، واتخاذ القرار المبني على الأدلة، وتدبير العلاقات مع الأطراف المعنية.",
            ),
        ),
        (
            "4",
            MULTIPLE,
            (
                "Lesquels de ces énoncés sont des principes du management de la qualité ?",
                "أي هذه العبارات من مبادئ إدارة الجودة؟",
            ),
            [
                (True, "L'orientation client", "التركيز على الزبون"),
                (True, "L'approche processus", "المقاربة بالعمليات"),
                (False, "Le contrôle final de tous les produits", "المراقبة النهائية لكل المنتجات"),
                (
                    True,
                    "La prise de décision fondée sur des preuves",
                    "اتخاذ القرار المبني على الأدلة",
                ),
            ],
            (
                "Le contrôle final n'est pas un principe : la norme privilégie la maîtrise des "
                "processus.",
                "المراقبة النهائية ليست مبدأ: تفضل المواصفة التحكم في العمليات.",
            ),
        ),
        (
            "4",
            SINGLE,
            (
                "Dans le cycle PDCA appliqué à la norme, l'évaluation des performances "
                "(article 9) correspond à quelle étape ?",
                "في دورة PDCA كما تطبقها المواصفة، إلى أي مرحلة ينتمي تقييم الأداء (البند 9)؟",
            ),
            [
                (False, "Planifier (Plan)", "خطط (Plan)"),
                (False, "Réaliser (Do)", "نفذ (Do)"),
                (True, "Vérifier (Check)", "تحقق (Check)"),
                (False, "Agir (Act)", "تصرف (Act)"),
            ],
            (
                "Article 6 = Plan, articles 7 et 8 = Do, article 9 = Check, article 10 = Act ; le "
                "leadership (article 5) est au centre.",
                "البند 6 = خطط، والبندان 7 و8 = نفذ، والبند 9 = تحقق، والبند 10 = تصرف؛ والقيادة "
                "(البند 5) في المركز.",
            ),
        ),
        (
            "4",
            TRUE_FALSE,
            (
                "NM ISO 9001:2015 impose une méthode formelle de management des risques et un "
                "registre des risques documenté.",
                "تفرض المواصفة NM ISO 9001:2015 طريقة رسمية لتدبير المخاطر وسجلا موثقا لها.",
            ),
            true_false(False),
            (
                "Faux : elle demande de déterminer et de traiter les risques et opportunités "
                "(6.1), de façon proportionnée, sans imposer de méthode ni de registre.",
                "خطأ: تطلب تحديد المخاطر والفرص ومعالجتها (6.1) بشكل متناسب، دون فرض طريقة أو سجل.",
            ),
        ),
        (
            "4",
            SINGLE,
            (
                "Quels articles de la norme contiennent les exigences ?",
                "ما البنود التي تتضمن متطلبات المواصفة؟",
            ),
            [
                (False, "Les articles 1 à 10", "البنود من 1 إلى 10"),
                (True, "Les articles 4 à 10", "البنود من 4 إلى 10"),
                (False, "Les articles 5 à 8 seulement", "البنود من 5 إلى 8 فقط"),
            ],
            (
                "Les articles 1 à 3 (domaine d'application, références normatives, termes et "
                "définitions) ne contiennent pas d'exigences.",
                "لا تتضمن البنود من 1 إلى 3 (مجال التطبيق، والمراجع المعيارية، والمصطلحات "
                "والتعاريف) أي متطلبات.",
            ),
        ),
        (
            "4",
            MULTIPLE,
            (
                "Lesquels de ces éléments sont des enjeux externes au sens de l'article 4.1 ?",
                "أي هذه العناصر رهانات خارجية بمفهوم البند 4.1؟",
            ),
            [
                (
                    True,
                    "Une nouvelle réglementation sur l'étiquetage",
                    "تنظيم جديد خاص بالملصقات",
                ),
                (True, "L'arrivée d'un concurrent importateur", "دخول منافس مستورد إلى السوق"),
                (False, "La culture de l'entreprise", "ثقافة المقاولة"),
                (False, "Le savoir-faire du personnel", "دراية المستخدمين"),
            ],
            (
                "La réglementation et la concurrence sont externes ; la culture et le "
                "savoir-faire sont des enjeux internes.",
                "التنظيم والمنافسة رهانات خارجية؛ أما الثقافة والدراية فرهانات داخلية.",
            ),
        ),
        (
            "4",
            SINGLE,
            (
                "À quelle condition une exigence de la norme peut-elle être déclarée non "
                "applicable ?",
                "متى يمكن اعتبار متطلب من متطلبات المواصفة غير قابل للتطبيق؟",
            ),
            [
                (False, "Quand elle coûte trop cher", "عندما تكون كلفته مرتفعة"),
                (
                    True,
                    "Quand elle n'a pas d'incidence sur la conformité des produits et services "
                    "ni sur la satisfaction des clients, et que c'est justifié",
                    "عندما لا يؤثر على مطابقة المنتجات والخدمات ولا على رضا الزبناء، مع تبرير ذلك",
                ),
                (False, "Quand le client n'en parle pas", "عندما لا يذكره الزبون"),
            ],
            (
                "Article 4.3 : la non-applicabilité est justifiée dans le domaine d'application "
                "et ne doit pas affecter la conformité ni la satisfaction des clients.",
                "البند 4.3: يُبرَّر عدم قابلية التطبيق في مجال التطبيق، ولا ينبغي أن يؤثر على "
                "المطابقة ولا على رضا الزبناء.",
            ),
        ),
        (
            "4",
            SINGLE,
            (
                "Selon l'article 4.4, que détermine l'organisme pour chaque processus de son SMQ ?",
                "حسب البند 4.4، ماذا تحدد الهيئة لكل عملية من عمليات نظام إدارة الجودة؟",
            ),
            [
                (False, "Seulement son coût", "كلفتها فقط"),
                (
                    True,
                    "Ses éléments d'entrée et de sortie, sa séquence et ses interactions, ses "
                    "critères, ses ressources et ses responsables",
                    "مدخلاتها ومخرجاتها، وتسلسلها وتفاعلاتها، ومعاييرها ومواردها والمسؤولين عنها",
                ),
                (False, "Le nom de l'auditeur qui la vérifiera", "اسم المدقق الذي سيتحقق منها"),
            ],
            (
                "L'article 4.4 décrit l'approche processus : entrées, sorties, interactions, "
                "critères, ressources, responsabilités, risques, évaluation et amélioration.",
                "يصف البند 4.4 المقاربة بالعمليات: المدخلات والمخرجات والتفاعلات والمعايير "
                "والموارد والمسؤوليات والمخاطر والتقييم والتحسين.",
            ),
        ),
        # §5 and §6 — leadership and planning (quiz 2)
        (
            "5",
            TRUE_FALSE,
            (
                "La direction peut déléguer au responsable qualité la responsabilité de "
                "l'efficacité du SMQ.",
                "يمكن للإدارة العليا أن تفوض لمسؤول الجودة مسؤولية فعالية نظام إدارة الجودة.",
            ),
            true_false(False),
            (
                "Faux : elle peut déléguer des tâches, mais elle reste responsable de "
                "l'efficacité du SMQ (5.1.1).",
                "خطأ: يمكنها تفويض المهام، لكنها تظل مسؤولة عن فعالية نظام إدارة الجودة (5.1.1).",
            ),
        ),
        (
            "5",
            MULTIPLE,
            (
                "Que comporte la politique qualité (5.2.1) ?",
                "ماذا تتضمن سياسة الجودة (5.2.1)؟",
            ),
            [
                (
                    True,
                    "L'engagement de satisfaire aux exigences applicables",
                    "الالتزام بالوفاء بالمتطلبات المطبقة",
                ),
                (
                    True,
                    "L'engagement d'améliorer continuellement le SMQ",
                    "الالتزام بالتحسين المستمر لنظام إدارة الجودة",
                ),
                (True, "Un cadre pour fixer les objectifs qualité", "إطارا لتحديد أهداف الجودة"),
                (False, "La liste des fournisseurs agréés", "لائحة الموردين المعتمدين"),
            ],
            (
                "La liste des fournisseurs relève de la maîtrise des prestataires externes "
                "(8.4), pas de la politique.",
                "لائحة الموردين من التحكم في مقدمي الخدمات الخارجيين (8.4)، لا من السياسة.",
            ),
        ),
        (
            "5",
            SINGLE,
            (
                "Sous quelle forme la politique qualité doit-elle être disponible ?",
                "في أي شكل يجب أن تكون سياسة الجودة متاحة؟",
            ),
            [
                (False, "Oralement, lors des réunions", "شفويا خلال الاجتماعات"),
                (True, "Sous forme d'information documentée", "في شكل معلومات موثقة"),
                (False, "Uniquement sur le site web", "على الموقع الإلكتروني فقط"),
            ],
            (
                "Elle est disponible et tenue à jour sous forme d'information documentée, "
                "communiquée, comprise et appliquée au sein de l'organisme (5.2.2).",
                "تكون متاحة ومحينة في شكل معلومات موثقة، ويتم تبليغها وفهمها وتطبيقها داخل "
                "الهيئة (5.2.2).",
            ),
        ),
        (
            "5",
            SINGLE,
            (
                "La version 2015 exige-t-elle de nommer un « représentant de la direction » ?",
                "هل تشترط صيغة 2015 تعيين «ممثل للإدارة»؟",
            ),
            [
                (False, "Oui, obligatoirement", "نعم، بشكل إلزامي"),
                (
                    True,
                    "Non : la direction attribue les responsabilités et autorités, sans imposer "
                    "ce titre",
                    "لا: تسند الإدارة العليا المسؤوليات والصلاحيات دون فرض هذه الصفة",
                ),
                (False, "Seulement dans les grandes entreprises", "في المقاولات الكبرى فقط"),
            ],
            (
                "L'article 5.3 liste les responsabilités à attribuer ; elles peuvent être "
                "réparties entre plusieurs personnes.",
                "يحدد البند 5.3 المسؤوليات الواجب إسنادها؛ ويمكن توزيعها على عدة أشخاص.",
            ),
        ),
        (
            "6",
            SINGLE,
            (
                "Laquelle de ces options n'est PAS une manière de traiter un risque citée par la "
                "norme ?",
                "أي هذه الخيارات ليس من طرق معالجة الخطر التي تذكرها المواصفة؟",
            ),
            [
                (False, "Éviter le risque", "تجنب الخطر"),
                (False, "Partager le risque", "تقاسم الخطر"),
                (True, "Ignorer le risque sans décision", "تجاهل الخطر دون قرار"),
                (False, "Éliminer la source du risque", "إزالة مصدر الخطر"),
            ],
            (
                "On peut maintenir un risque, mais par une décision argumentée (note de "
                "l'article 6.1.2), pas en l'ignorant.",
                "يمكن الإبقاء على خطر ما، لكن بقرار معلل (ملاحظة البند 6.1.2)، لا بتجاهله.",
            ),
        ),
        (
            "6",
            MULTIPLE,
            (
                "Quelles caractéristiques les objectifs qualité doivent-ils avoir (6.2) ?",
                "ما الخصائص التي يجب أن تتوفر في أهداف الجودة (6.2)؟",
            ),
            [
                (True, "Être mesurables", "أن تكون قابلة للقياس"),
                (True, "Être cohérents avec la politique qualité", "أن تنسجم مع سياسة الجودة"),
                (
                    True,
                    "Être surveillés et mis à jour si nécessaire",
                    "أن تكون موضوع تتبع وأن تُحين عند الحاجة",
                ),
                (
                    False,
                    "Être confidentiels et connus de la seule direction",
                    "أن تكون سرية لا يعرفها إلا المسيرون",
                ),
            ],
            (
                "Les objectifs qualité doivent aussi être communiqués : ils ne sont pas "
                "confidentiels.",
                "يجب أيضا تبليغ أهداف الجودة: فهي ليست سرية.",
            ),
        ),
        (
            "6",
            SINGLE,
            (
                "Pour atteindre chaque objectif qualité, l'organisme détermine notamment…",
                "لتحقيق كل هدف من أهداف الجودة، تحدد الهيئة على الخصوص...",
            ),
            [
                (
                    True,
                    "ce qui sera fait, les ressources, le responsable, l'échéance et "
                    "l'évaluation des résultats",
                    "ما سيُنجز، والموارد، والمسؤول، والأجل، وطريقة تقييم النتائج",
                ),
                (False, "uniquement le budget", "الميزانية فقط"),
                (False, "le nom du client concerné", "اسم الزبون المعني"),
            ],
            (
                "Article 6.2.2 : quoi, quelles ressources, qui, quand, et comment évaluer les "
                "résultats.",
                "البند 6.2.2: ماذا، وبأي موارد، ومن، ومتى، وكيف تُقيم النتائج.",
            ),
        ),
        (
            "6",
            TRUE_FALSE,
            (
                "Les modifications du SMQ (nouvelle ligne, réorganisation) doivent être "
                "réalisées de manière planifiée.",
                "يجب أن تتم التغييرات في نظام إدارة الجودة (خط إنتاج جديد، إعادة تنظيم) بشكل مخطط.",
            ),
            true_false(True),
            (
                "Vrai : l'article 6.3 demande de considérer l'objectif et les conséquences de la "
                "modification, l'intégrité du SMQ, les ressources et les responsabilités.",
                "صحيح: يطلب البند 6.3 مراعاة الغاية من التغيير وعواقبه، وتماسك النظام، والموارد، "
                "والمسؤوليات.",
            ),
        ),
        # §7 and §8 — support and operation (quiz 3)
        (
            "7",
            SINGLE,
            (
                "Le mode opératoire de nettoyage d'une ligne, révisé quand la méthode change, "
                "est une information documentée…",
                "طريقة العمل الخاصة بتنظيف خط إنتاج، والتي تُراجع عند تغيير الطريقة، هي معلومات "
                "موثقة...",
            ),
            [
                (True, "à tenir à jour", "يجب الحفاظ عليها محينة"),
                (False, "à conserver comme preuve", "يجب الاحتفاظ بها كدليل"),
                (False, "interdite par la norme", "تمنعها المواصفة"),
            ],
            (
                "Elle décrit comment faire : on la tient à jour. Les enregistrements, preuves de "
                "ce qui a été fait, sont conservés.",
                "إنها تصف طريقة العمل: نحافظ عليها محينة. أما السجلات، وهي أدلة ما تم إنجازه، "
                "فيُحتفظ بها.",
            ),
        ),
        (
            "7",
            SINGLE,
            (
                "Que demande l'article 7.1.5 pour un instrument dont la traçabilité de la mesure "
                "est exigée ?",
                "ماذا يطلب البند 7.1.5 بالنسبة لأداة قياس تكون قابلية تتبع قياساتها مطلوبة؟",
            ),
            [
                (False, "Qu'il soit neuf", "أن تكون جديدة"),
                (
                    True,
                    "Qu'il soit étalonné ou vérifié à intervalles spécifiés, identifié et protégé "
                    "contre les déréglages",
                    "أن تُعاير أو يُتحقق منها على فترات محددة، وأن تُعرَّف وتُحمى من أي ضبط يفسدها",
                ),
                (False, "Qu'il soit fourni par le client", "أن يقدمها الزبون"),
            ],
            (
                "L'étalonnage se fait par rapport à des étalons raccordés à des étalons "
                "internationaux ou nationaux.",
                "تتم المعايرة مقارنة بمعايير قياس مرتبطة بمعايير دولية أو وطنية.",
            ),
        ),
        (
            "7",
            MULTIPLE,
            (
                "Quelles actions peuvent combler un écart de compétences (7.2) ?",
                "أي الإجراءات يمكن أن تسد ثغرة في الكفاءات (7.2)؟",
            ),
            [
                (True, "Une formation", "التكوين"),
                (True, "Un tutorat par un collègue expérimenté", "التأطير من طرف زميل متمرس"),
                (True, "Une réaffectation ou un recrutement", "إعادة التعيين أو التوظيف"),
                (
                    False,
                    "Retirer l'exigence de compétence de la fiche de poste",
                    "حذف متطلب الكفاءة من بطاقة المنصب",
                ),
            ],
            (
                "La norme cite la formation, le tutorat, la réaffectation et le recrutement ; "
                "l'efficacité de l'action est ensuite évaluée.",
                "تذكر المواصفة التكوين والتأطير وإعادة التعيين والتوظيف؛ ثم تُقيَّم فعالية الإجراء.",
            ),
        ),
        (
            "7",
            TRUE_FALSE,
            (
                "NM ISO 9001:2015 rend le manuel qualité obligatoire.",
                "تجعل المواصفة NM ISO 9001:2015 دليل الجودة إلزاميا.",
            ),
            true_false(False),
            (
                "Faux : la version 2015 parle d'informations documentées et n'impose plus de "
                "manuel qualité, même si beaucoup d'organismes en gardent un.",
                "خطأ: تتحدث صيغة 2015 عن المعلومات الموثقة ولم تعد تفرض دليلا للجودة، وإن كانت "
                "هيئات كثيرة تحتفظ به.",
            ),
        ),
        (
            "8",
            SINGLE,
            (
                "Quand la revue des exigences relatives aux produits et services (8.2.3) a-t-elle "
                "lieu ?",
                "متى تتم مراجعة متطلبات المنتجات والخدمات (8.2.3)؟",
            ),
            [
                (False, "Après la livraison", "بعد التسليم"),
                (
                    True,
                    "Avant de s'engager à fournir le produit ou le service au client",
                    "قبل الالتزام بتقديم المنتج أو الخدمة للزبون",
                ),
                (False, "Lors de l'audit de certification", "خلال تدقيق الإشهاد"),
            ],
            (
                "L'organisme s'assure qu'il peut satisfaire la commande avant de l'accepter.",
                "تتأكد الهيئة من قدرتها على تلبية الطلبية قبل قبولها.",
            ),
        ),
        (
            "8",
            MULTIPLE,
            (
                "Que comprend la maîtrise des prestataires externes (8.4) ?",
                "ماذا يشمل التحكم في مقدمي الخدمات الخارجيين (8.4)؟",
            ),
            [
                (
                    True,
                    "Des critères d'évaluation et de sélection",
                    "معايير للتقييم والانتقاء",
                ),
                (True, "La surveillance de leurs performances", "تتبع أدائهم"),
                (
                    True,
                    "La communication claire de ce qui est attendu d'eux",
                    "التبليغ الواضح لما هو منتظر منهم",
                ),
                (
                    False,
                    "L'obligation pour eux d'être certifiés ISO 9001",
                    "إلزامهم بالحصول على الإشهاد وفق ISO 9001",
                ),
            ],
            (
                "La norme n'exige pas que les fournisseurs soient certifiés : l'organisme fixe "
                "ses propres critères.",
                "لا تشترط المواصفة حصول الموردين على الإشهاد: فالهيئة تحدد معاييرها الخاصة.",
            ),
        ),
        (
            "8",
            SINGLE,
            (
                "Un lot non conforme est détecté avant l'expédition. Que faut-il faire d'abord "
                "(8.7) ?",
                "رُصدت دفعة غير مطابقة قبل الإرسال. ما الذي يجب فعله أولا (8.7)؟",
            ),
            [
                (
                    False,
                    "L'expédier et prévenir le client ensuite",
                    "إرسالها ثم إخبار الزبون بعد ذلك",
                ),
                (
                    True,
                    "L'identifier et l'isoler pour empêcher son utilisation ou sa livraison "
                    "non intentionnelle",
                    "تعريفها وعزلها لمنع استعمالها أو تسليمها عن غير قصد",
                ),
                (False, "Le détruire sans rien enregistrer", "إتلافها دون تسجيل أي شيء"),
            ],
            (
                "Les éléments de sortie non conformes sont identifiés et maîtrisés, et la "
                "décision prise est enregistrée.",
                "تُعرَّف المخرجات غير المطابقة ويُتحكم فيها، ويُسجل القرار المتخذ.",
            ),
        ),
        (
            "8",
            SINGLE,
            (
                "Un processus dont le résultat ne peut pas être vérifié après coup "
                "(stérilisation, soudure) doit…",
                "العملية التي لا يمكن التحقق من نتيجتها لاحقا (التعقيم، التلحيم) يجب...",
            ),
            [
                (True, "être validé", "التثبت من صلاحيتها"),
                (False, "être sous-traité", "إسنادها إلى مقاولة من الباطن"),
                (False, "être contrôlé uniquement par le client", "أن يراقبها الزبون وحده"),
            ],
            (
                "Article 8.5.1 : ces processus sont validés, et revalidés périodiquement, pour "
                "démontrer qu'ils donnent les résultats prévus.",
                "البند 8.5.1: يُتثبت من صلاحية هذه العمليات، ويُعاد ذلك دوريا، لإثبات أنها تعطي "
                "النتائج المخطط لها.",
            ),
        ),
        # §9 and §10 — evaluation, improvement and certification (quiz 4)
        (
            "9",
            SINGLE,
            (
                "À quoi sert l'audit interne (9.2) ?",
                "ما الغاية من التدقيق الداخلي (9.2)؟",
            ),
            [
                (False, "À sanctionner les personnes", "معاقبة الأشخاص"),
                (
                    True,
                    "À savoir si le SMQ est conforme et s'il est mis en œuvre et tenu à jour "
                    "efficacement",
                    "معرفة ما إذا كان نظام إدارة الجودة مطابقا ومنفذا ومحافظا عليه بفعالية",
                ),
                (False, "À remplacer l'audit de certification", "تعويض تدقيق الإشهاد"),
            ],
            (
                "L'audit interne vérifie la conformité aux exigences de l'organisme et de la "
                "norme, et l'efficacité du système.",
                "يتحقق التدقيق الداخلي من المطابقة لمتطلبات الهيئة والمواصفة، ومن فعالية النظام.",
            ),
        ),
        (
            "9",
            TRUE_FALSE,
            (
                "Un auditeur interne peut auditer son propre travail.",
                "يمكن للمدقق الداخلي أن يدقق عمله بنفسه.",
            ),
            true_false(False),
            (
                "Faux : les auditeurs sont choisis pour assurer l'objectivité et l'impartialité "
                "de l'audit.",
                "خطأ: يُختار المدققون بما يضمن موضوعية التدقيق وحياده.",
            ),
        ),
        (
            "9",
            MULTIPLE,
            (
                "Lesquels sont des éléments d'entrée de la revue de direction (9.3.2) ?",
                "أي هذه العناصر من مدخلات مراجعة الإدارة (9.3.2)؟",
            ),
            [
                (True, "La satisfaction des clients", "رضا الزبناء"),
                (True, "Les résultats d'audit", "نتائج التدقيق"),
                (True, "La performance des prestataires externes", "أداء مقدمي الخدمات الخارجيين"),
                (False, "Le planning des congés du personnel", "جدول عطل المستخدمين"),
            ],
            (
                "La revue examine aussi les actions des revues précédentes, les enjeux, les "
                "objectifs, les non-conformités, les ressources, les risques et les "
                "opportunités d'amélioration.",
                "تدرس المراجعة أيضا إجراءات المراجعات السابقة والرهانات والأهداف وحالات عدم "
                "المطابقة والموارد والمخاطر وفرص التحسين.",
            ),
        ),
        (
            "9",
            MULTIPLE,
            (
                "Lesquelles de ces sources renseignent sur la perception des clients (9.1.2) ?",
                "أي هذه المصادر تُعرّف بتصور الزبناء (9.1.2)؟",
            ),
            [
                (True, "Les enquêtes de satisfaction", "استطلاعات الرضا"),
                (True, "Les réclamations", "الشكايات"),
                (True, "Les rapports des distributeurs", "تقارير الموزعين"),
                (False, "Le taux d'absentéisme du personnel", "نسبة تغيب المستخدمين"),
            ],
            (
                "L'absentéisme renseigne sur le personnel, pas sur la perception des clients.",
                "نسبة التغيب تخص المستخدمين، لا تصور الزبناء.",
            ),
        ),
        (
            "10",
            SINGLE,
            (
                "Quelle est la différence entre une correction et une action corrective ?",
                "ما الفرق بين التصحيح والإجراء التصحيحي؟",
            ),
            [
                (False, "Il n'y en a aucune", "لا فرق بينهما"),
                (
                    True,
                    "La correction traite la non-conformité constatée ; l'action corrective "
                    "élimine sa cause",
                    "التصحيح يعالج حالة عدم المطابقة المرصودة؛ والإجراء التصحيحي يزيل سببها",
                ),
                (
                    False,
                    "L'action corrective est réservée aux réclamations des clients",
                    "الإجراء التصحيحي خاص بشكايات الزبناء",
                ),
            ],
            (
                "Trier un lot défectueux est une correction ; modifier le réglage qui a causé "
                "le défaut est une action corrective.",
                "فرز دفعة معيبة تصحيح؛ وتعديل الضبط الذي تسبب في العيب إجراء تصحيحي.",
            ),
        ),
        (
            "10",
            SINGLE,
            (
                "Après avoir mis en œuvre une action corrective, que fait l'organisme ?",
                "ماذا تفعل الهيئة بعد تنفيذ إجراء تصحيحي؟",
            ),
            [
                (False, "Il clôture le dossier aussitôt", "تغلق الملف فورا"),
                (True, "Il examine l'efficacité de l'action", "تراجع فعالية الإجراء"),
                (False, "Il attend l'audit de certification", "تنتظر تدقيق الإشهاد"),
            ],
            (
                "Article 10.2.1 d) : examiner l'efficacité de toute action corrective mise en "
                "œuvre.",
                "البند 10.2.1 (د): مراجعة فعالية كل إجراء تصحيحي منفذ.",
            ),
        ),
        (
            "9",
            SINGLE,
            (
                "Pour combien de temps un certificat NM ISO 9001 est-il délivré ?",
                "لأي مدة تُسلم شهادة الإشهاد وفق NM ISO 9001؟",
            ),
            [
                (False, "Un an", "سنة واحدة"),
                (
                    True,
                    "Trois ans, avec des audits de surveillance au moins annuels",
                    "ثلاث سنوات، مع تدقيقات للتتبع مرة في السنة على الأقل",
                ),
                (False, "Dix ans", "عشر سنوات"),
            ],
            (
                "Le cycle de certification dure trois ans ; un audit de renouvellement ouvre le "
                "cycle suivant.",
                "تدوم دورة الإشهاد ثلاث سنوات؛ ويفتح تدقيق التجديد الدورة الموالية.",
            ),
        ),
        (
            "9",
            TRUE_FALSE,
            (
                "L'audit initial de certification se déroule en deux étapes : la revue de la "
                "documentation et de l'état de préparation, puis l'évaluation sur le terrain "
                "de la mise en œuvre du SMQ.",
                "يجري تدقيق الإشهاد الأولي على مرحلتين: فحص الوثائق ومدى الجاهزية، ثم التقييم "
                "الميداني لتنفيذ نظام إدارة الجودة.",
            ),
            true_false(True),
            (
                "Vrai : l'étape 1 prépare l'étape 2, où l'auditeur vérifie sur le terrain que le "
                "système est mis en œuvre et efficace.",
                "صحيح: تُهيئ المرحلة الأولى للمرحلة الثانية، التي يتحقق فيها المدقق ميدانيا من "
                "تنفيذ النظام وفعاليته.",
            ),
        ),
    ],
    "iso-14001": [
        (
            "6",
            SINGLE,
            (
                "Dans une laiterie, « le rejet des eaux de lavage » est…",
                "في مصنع للحليب، «تصريف مياه الغسل» هو...",
            ),
            [
                (True, "un aspect environnemental", "جانب بيئي"),
                (False, "un impact environnemental", "أثر بيئي"),
                (False, "une obligation de conformité", "التزام امتثال"),
            ],
            (
                "C'est un élément de l'activité qui interagit avec l'environnement ; la "
                "pollution du cours d'eau qu'il peut causer en est l'impact.",
                "إنه عنصر من النشاط يتفاعل مع البيئة؛ أما تلوث المجرى المائي الذي قد يسببه فهو "
                "الأثر.",
            ),
        ),
        (
            "6",
            SINGLE,
            (
                "Que sont les obligations de conformité ?",
                "ما هي التزامات الامتثال؟",
            ),
            [
                (
                    True,
                    "Les exigences légales que l'organisme doit respecter et les autres "
                    "exigences qu'il doit ou choisit de respecter",
                    "المتطلبات القانونية التي يجب على الهيئة احترامها والمتطلبات الأخرى التي "
                    "يجب عليها أو تختار احترامها",
                ),
                (False, "Les seules lois nationales", "القوانين الوطنية وحدها"),
                (False, "Les objectifs commerciaux de l'année", "الأهداف التجارية للسنة"),
            ],
            (
                "Elles comprennent la réglementation et les engagements volontaires (clients, "
                "conventions, programmes).",
                "تشمل القوانين والأنظمة والالتزامات الطوعية (الزبناء، والاتفاقيات، والبرامج).",
            ),
        ),
        (
            "4",
            TRUE_FALSE,
            (
                "NM ISO 14001:2015 suit la même structure en dix articles que NM ISO 9001:2015.",
                "تتبع المواصفة NM ISO 14001:2015 البنية نفسها المكونة من عشرة بنود التي تتبعها "
                "NM ISO 9001:2015.",
            ),
            true_false(True),
            (
                "Vrai : c'est la structure commune des normes ISO de systèmes de management, "
                "qui facilite les systèmes intégrés.",
                "صحيح: إنها البنية المشتركة لمواصفات ISO لأنظمة الإدارة، وهي تيسر الأنظمة "
                "المندمجة.",
            ),
        ),
        (
            "8",
            MULTIPLE,
            (
                "Quelles dispositions relèvent de la préparation et de la réponse aux situations "
                "d'urgence (8.2) ?",
                "أي هذه الترتيبات تندرج في الاستعداد لحالات الطوارئ والاستجابة لها (8.2)؟",
            ),
            [
                (
                    True,
                    "Planifier la réponse à un déversement accidentel",
                    "التخطيط للاستجابة لانسكاب عرضي",
                ),
                (
                    True,
                    "Tester périodiquement les actions prévues",
                    "اختبار الإجراءات المقررة بشكل دوري",
                ),
                (True, "Former les personnes concernées", "تكوين الأشخاص المعنيين"),
                (
                    False,
                    "Attendre un premier incident avant d'agir",
                    "انتظار وقوع أول حادث قبل التصرف",
                ),
            ],
            (
                "L'organisme se prépare avant l'incident, teste sa réponse lorsque c'est "
                "possible et la revoit après chaque incident ou exercice.",
                "تستعد الهيئة قبل وقوع الحادث، وتختبر استجابتها كلما أمكن ذلك، وتراجعها بعد كل "
                "حادث أو تمرين.",
            ),
        ),
        (
            "9",
            SINGLE,
            (
                "Que demande l'article 9.1.2 de NM ISO 14001 ?",
                "ماذا يطلب البند 9.1.2 من المواصفة NM ISO 14001؟",
            ),
            [
                (
                    True,
                    "D'évaluer la conformité aux obligations de conformité",
                    "تقييم الامتثال لالتزامات الامتثال",
                ),
                (False, "De mesurer la satisfaction des clients", "قياس رضا الزبناء"),
                (False, "De publier un rapport financier", "نشر تقرير مالي"),
            ],
            (
                "L'organisme évalue sa conformité à la fréquence qu'il a définie et conserve "
                "les preuves des résultats.",
                "تقيم الهيئة امتثالها وفق الوتيرة التي حددتها، وتحتفظ بأدلة النتائج.",
            ),
        ),
    ],
}


# ---------------------------------------------------------------------------------------------
# People (made up)

LEARNER = {
    "first_name": "Houda",
    "last_name": "Tahiri",
    "name_ar": "هدى الطاهري",
    # Her company, for her profile.
    "company": {
        "name": "Sebou Emballages",
        "size": "pme",
        "sector": "chimie-parachimie",
        "region": "rabat-sale-kenitra",
    },
    # She follows NM ISO 9001 in Arabic: modules 1 and 2 done (quiz 1 passed at the second
    # attempt), the leadership lesson opened yesterday and left after a few minutes.
    "started_days_ago": 6,
    "done": 4,
    "pace": 1.1,
    # Wrong answers per attempt, quiz by quiz (six questions are drawn; 70 % passes).
    "mistakes": [[2, 1]],
}

ORGANISATION = {
    "name": "Atlas Agro-Industrie",
    "ice": "002345678000091",
    "size": "pme",
    "sector": "agroalimentaire",
    "region": "fes-meknes",
}

MANAGER = {"first_name": "Karima", "last_name": "Lahlou", "name_ar": "كريمة لحلو"}

# The staff of Atlas Agro-Industrie, all assigned NM ISO 9001. `done` is how many of the
# course's 13 lessons and quizzes each has done, in order, starting `started_days_ago` days
# before the demo is built and reading at `pace` times the estimated durations; `mistakes` the
# wrong answers of each attempt, quiz by quiz (none when not given); `due_in_days` the due
# date the training manager gave, from the day the demo is built.
STAFF = [
    {
        "email": "nadia.chraibi@atlas.example.ma",
        "first_name": "Nadia",
        "last_name": "Chraibi",
        "name_ar": "نادية الشرايبي",
        "done": 13,
        "certificate": True,
        "due_in_days": 30,
        "started_days_ago": 24,
        "pace": 1.2,
        "mistakes": [[0], [1], [0], [1]],
    },
    {
        "email": "mehdi.tazi@atlas.example.ma",
        "first_name": "Mehdi",
        "last_name": "Tazi",
        "name_ar": "المهدي التازي",
        "done": 10,
        "certificate": False,
        "due_in_days": 30,
        "started_days_ago": 20,
        "pace": 0.9,
        "mistakes": [[1], [3, 0], [1]],
    },
    {
        "email": "sanae.bouzidi@atlas.example.ma",
        "first_name": "Sanae",
        "last_name": "Bouzidi",
        "name_ar": "سناء البوزيدي",
        "done": 2,
        "certificate": False,
        # Overdue: the due date has passed and the course is not completed.
        "due_in_days": -5,
        "started_days_ago": 22,
        "pace": 1.0,
    },
    {
        "email": "youness.kettani@atlas.example.ma",
        "first_name": "Youness",
        "last_name": "Kettani",
        "name_ar": "يونس الكتاني",
        "done": 1,
        "certificate": False,
        "due_in_days": 30,
        "started_days_ago": 3,
        "pace": 1.3,
    },
    {
        "email": "hajar.naciri@atlas.example.ma",
        "first_name": "Hajar",
        "last_name": "Naciri",
        "name_ar": "هاجر الناصري",
        "done": 0,
        "certificate": False,
        "due_in_days": 30,
        "started_days_ago": None,
        "pace": 1.0,
    },
]
