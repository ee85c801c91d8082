"""The prizes demo, built by `seed_demo` after the events demo: the prizes index (in the menu
in place of the standard page about the PNQ), the six prizes of Projet 4.1 with the PNQ's
past laureates, the PNQ 2026 edition open for applications, and its 1000-point référentiel,
in French and Arabic; then the "Prize secretariat" group and its demo account, and three
applications to PNQ 2026 by made-up companies (eligible, ineligible, a draft half-way). Then
the judging (`seed_judging`): four judges with their declarations and conflicts, PNQ 2025
judged from independent review to published results (site visits, decisions, feedback
reports), and PNQ 2026's eligible application in independent review. The text is in
`demo_content.py`.

Like the rest of the demo it creates only what is missing: pages are found by slug under
their parent, the référentiel by its edition, so running it again changes nothing.
"""

import dataclasses
import datetime

from django.db import transaction
from django.test import RequestFactory
from django.utils import timezone
from django.utils.html import escape
from django.utils.text import slugify

from wagtail.models import Locale
from wagtail.rich_text import RichText

from jawda.demo import DemoBuilder
from jawda.models import Region, User

from . import bands
from . import demo_content as content
from .groups import SECRETARIAT, ensure_secretariat_group
from .models import (
    Answer,
    ApplicantType,
    Application,
    ApplicationEvent,
    ApplicationMessage,
    ApplicationStatus,
    Assignment,
    Conflict,
    ConflictDeclaration,
    ConflictKind,
    ConflictSource,
    Consensus,
    ConsensusStatus,
    Criterion,
    Judge,
    MessageSide,
    PrizeEditionPage,
    PrizeIndexPage,
    PrizePage,
    Referentiel,
    Score,
    ScoreSheet,
    SheetStatus,
    SubCriterion,
)

# Signs in to the admin in French; seed_demo creates it with the other demo accounts.
SECRETARIAT_USER = {
    "email": "secretariat@jawda.ma",
    "password": "demo-secretariat-2026",
    "first_name": "Leila",
    "last_name": "Benjelloun",
    "role": "prize secretariat",
    "group": SECRETARIAT,
    "admin_language": "fr",
}


@dataclasses.dataclass
class Summary:
    prizes: int
    editions: int
    criteria: int
    sub_criteria: int

    def __str__(self):
        return (
            f"Prizes: {self.prizes} prizes and {self.editions} edition in French and Arabic; "
            f"PNQ 2026 référentiel: {self.criteria} criteria, {self.sub_criteria} "
            "sub-criteria, 1000 points."
        )


def seed(home):
    """Build the prizes demo under the French home page `home` and its Arabic translation."""
    with transaction.atomic():
        _Builder(home).build()
        ensure_secretariat_group()
    french = Locale.get_default()
    return Summary(
        prizes=PrizePage.objects.filter(locale=french).count(),
        editions=PrizeEditionPage.objects.filter(locale=french).count(),
        criteria=Criterion.objects.count(),
        sub_criteria=SubCriterion.objects.count(),
    )


def paragraphs(texts):
    return [("paragraph", RichText(f"<p>{escape(text)}</p>")) for text in texts]


def morocco(naive):
    """Demo times are written in Morocco time."""
    return timezone.make_aware(naive, timezone.get_default_timezone())


class _Builder(DemoBuilder):
    def build(self):
        index = self.index()
        prizes = {spec["code"]: self.prize(index, spec) for spec in content.PRIZES}
        edition = self.edition(prizes[content.EDITION["prize"]])
        self.referentiel(edition)
        past = self.edition(prizes[content.EDITION_2025["prize"]], content.EDITION_2025)
        self.referentiel(past)

    def index(self):
        spec = content.INDEX
        index = PrizeIndexPage.objects.child_of(self.home).first()
        created = index is None
        if created:
            index = self.add(
                self.home, PrizeIndexPage(slug=spec["slug"], show_in_menus=True, **spec["fr"])
            )
        index_ar = self.translate(index, spec["ar"])
        if created:
            self.add_to_menu(index, spec["replaces_in_menu"])
            self.add_to_menu(index_ar, spec["replaces_in_menu"])
        return index

    def prize(self, index, spec):
        laureates = spec["code"] == "pnq"
        page = PrizePage.objects.child_of(index).filter(slug=spec["slug"]).first()
        if page is None:
            page = self.add(
                index,
                PrizePage(
                    slug=spec["slug"], code=spec["code"], **self.prize_fields(spec, "fr", laureates)
                ),
            )
        self.translate(page, self.prize_fields(spec, "ar", laureates))
        return page

    def prize_fields(self, spec, language, laureates):
        texts = spec[language]
        return {
            "title": texts["title"],
            "intro": texts["intro"],
            "body": paragraphs(texts["body"]),
            "rules": paragraphs(texts.get("rules", [])),
            "laureates": self.laureates(language) if laureates else [],
        }

    def laureates(self, language):
        column = 0 if language == "fr" else 1
        return [
            (
                "laureate",
                {
                    "year": year,
                    "name": names[column],
                    "category": categories[column],
                    "distinction": distinction,
                    "city": cities[column],
                },
            )
            for year, names, categories, distinction, cities in content.PNQ_LAUREATES
        ]

    def edition(self, prize, spec=content.EDITION):
        edition = PrizeEditionPage.objects.child_of(prize).filter(slug=spec["slug"]).first()
        if edition is None:
            edition = self.add(
                prize,
                PrizeEditionPage(
                    slug=spec["slug"],
                    year=spec["year"],
                    opens_at=morocco(spec["opens_at"]),
                    closes_at=morocco(spec["closes_at"]),
                    categories=spec["categories"],
                    requires_ice=spec["requires_ice"],
                    min_years_activity=spec["min_years_activity"],
                    laureate_cooldown_years=spec["laureate_cooldown_years"],
                    **self.edition_fields(spec, "fr"),
                ),
            )
        # The Arabic version under the Arabic prize, which copy_for_translation finds.
        self.translate(edition, self.edition_fields(spec, "ar"))
        return edition

    def edition_fields(self, spec, language):
        texts = spec[language]
        return {
            "title": texts["title"],
            "theme": texts["theme"],
            "intro": texts["intro"],
            "eligibility_notes": texts["eligibility_notes"],
            "documents": [
                ("document", {"title": title, "description": description, "required": required})
                for title, description, required in texts["documents"]
            ],
            "stages": [
                ("stage", {"title": title, "start": start, "end": end, "description": text})
                for (title, text), (start, end) in zip(texts["stages"], spec["stages"], strict=True)
            ],
            "rules": paragraphs(texts["rules"]),
        }

    def referentiel(self, edition):
        """The edition's référentiel, written at once (its call has opened: frozen)."""
        if Referentiel.objects.filter(edition=edition).exists():
            return
        spec = content.REFERENTIEL
        referentiel = Referentiel.objects.create(
            edition=edition,
            total_points=spec["total_points"],
            notes_fr=spec["notes_fr"],
            notes_ar=spec["notes_ar"],
            guidance_fr=spec["guidance_fr"],
            guidance_ar=spec["guidance_ar"],
        )
        for order, (code, title_fr, title_ar, points, children) in enumerate(spec["criteria"]):
            criterion = Criterion.objects.create(
                referentiel=referentiel,
                sort_order=order,
                code=code,
                title_fr=title_fr,
                title_ar=title_ar,
                points=points,
            )
            SubCriterion.objects.bulk_create(
                SubCriterion(
                    criterion=criterion,
                    sort_order=number,
                    code=sub_code,
                    title_fr=sub_fr,
                    title_ar=sub_ar,
                    points=sub_points,
                    questions_fr=question_fr,
                    questions_ar=question_ar,
                )
                for number, (sub_code, sub_fr, sub_ar, sub_points, question_fr, question_ar) in (
                    enumerate(children)
                )
            )


# ---------------------------------------------------------------------------------------------
# Applications to PNQ 2026 (made-up organisations)

APPLICANT_PASSWORD = "demo-candidat-2026"  # noqa: S105
APPLICANTS = [
    {
        "email": "sara.elidrissi@atlas-composants.example.ma",
        "password": APPLICANT_PASSWORD,
        "first_name": "Sara",
        "last_name": "El Idrissi",
        "role": "PNQ applicant, eligible",
        "application": {
            "organisation_name": "Atlas Composants",
            "ice": "002345678000012",
            "region": "Tanger-Tétouan-Al Hoceïma",
            "contact_role": "Responsable qualité",
            "category": "large",
            "years_of_activity": 18,
            "status": ApplicationStatus.ELIGIBLE,
        },
    },
    {
        "email": "youssef.amrani@menara-logistique.example.ma",
        "password": APPLICANT_PASSWORD,
        "first_name": "Youssef",
        "last_name": "Amrani",
        "role": "PNQ applicant, ineligible",
        "application": {
            "organisation_name": "Menara Logistique",
            "ice": "003456789000023",
            "region": "Marrakech-Safi",
            "contact_role": "Directeur général",
            "category": "sme",
            "years_of_activity": 2,
            "status": ApplicationStatus.INELIGIBLE,
            "status_reason": "L'édition demande au moins 3 années d'activité ; "
            "l'entreprise en compte 2.",
        },
        # Left unread by the secretariat: its list shows "1 unread reply".
        "messages": [
            (
                MessageSide.SECRETARIAT,
                "Bonjour, votre dossier indique 2 années d'activité alors que l'édition en "
                "demande au moins 3. Pouvez-vous nous le confirmer ?",
            ),
            (
                MessageSide.APPLICANT,
                "Bonjour, c'est exact : nous avons été créés en 2024. Nous nous porterons "
                "candidats à l'édition 2028.",
            ),
        ],
    },
    {
        "email": "khadija.bennani@riad-textile.example.ma",
        "password": APPLICANT_PASSWORD,
        "first_name": "Khadija",
        "last_name": "Bennani",
        "role": "PNQ applicant, draft half-way",
        "application": {
            "organisation_name": "Riad Textile",
            "ice": "004567890000034",
            "region": "Fès-Meknès",
            "contact_role": "Responsable qualité",
            "category": "sme",
            "years_of_activity": 9,
            "status": ApplicationStatus.DRAFT,
        },
    },
]
DEMO_ANSWER = (
    "Notre démarche qualité s'appuie sur la norme NM ISO 9001:2015 depuis 2012 : revues de "
    "direction trimestrielles, indicateurs partagés avec les équipes et plans d'action suivis "
    "chaque mois. (Réponse de démonstration.)"
)


def seed_applications():
    """A few applications to PNQ 2026 at different statuses, for the demo applicants (whose
    accounts seed_demo creates first). Existing ones are left as they are."""
    from .applications import _next_reference, criteria_of, prize_code

    edition = PrizeEditionPage.objects.get(slug=content.EDITION["slug"], locale__language_code="fr")
    created = 0
    for spec in APPLICANTS:
        user = User.objects.get(email=spec["email"])
        if Application.objects.filter(edition=edition, applicant=user).exists():
            continue
        fields = dict(spec["application"])
        status = fields.pop("status")
        region = Region.objects.get(name_fr=fields.pop("region"))
        application = Application.objects.create(
            edition=edition,
            applicant=user,
            applicant_key=f"ice:{fields['ice']}",
            applicant_type=ApplicantType.ORGANISATION,
            region=region,
            contact_name=user.get_full_name(),
            contact_email=user.email,
            registered_in_morocco=True,
            not_recent_laureate=True,
            accepts_rules=status != ApplicationStatus.DRAFT,
            **fields,
        )
        ApplicationEvent.objects.create(application=application, status=ApplicationStatus.DRAFT)
        criteria = criteria_of(application)
        # A draft stops half-way through the self-assessment.
        answered = criteria if status != ApplicationStatus.DRAFT else criteria[:2]
        for criterion in answered:
            for sub in criterion.children:
                Answer.objects.create(
                    application=application, subcriterion=sub, text=DEMO_ANSWER, self_score=60
                )
        if status != ApplicationStatus.DRAFT:
            application.reference = _next_reference(f"{prize_code(edition)}-{edition.year}-")
            application.status = ApplicationStatus.SUBMITTED
            application.submitted_at = timezone.now()
            application.save()
            ApplicationEvent.objects.create(
                application=application, status=ApplicationStatus.SUBMITTED
            )
            application.status = status
            application.save()
            ApplicationEvent.objects.create(
                application=application, status=status, note=fields.get("status_reason", "")
            )
        for side, body in spec.get("messages", []):
            ApplicationMessage.objects.create(
                application=application,
                side=side,
                author=user if side == MessageSide.APPLICANT else None,
                body=body,
            )
        created += 1
    return created


# ---------------------------------------------------------------------------------------------
# Judging: judges with conflicts, PNQ 2025 fully judged and published, PNQ 2026 in review

JUDGE_PASSWORD = "demo-jury-2026"  # noqa: S105
JUDGES = [
    {
        "email": "amina.berrada@jury.example.ma",
        "first_name": "Amina",
        "last_name": "Berrada",
        "role": "PNQ judge, team leader",
    },
    {
        "email": "karim.tazi@jury.example.ma",
        "first_name": "Karim",
        "last_name": "Tazi",
        "role": "PNQ judge, conflict: Atlas",
    },
    {
        "email": "salma.ouazzani@jury.example.ma",
        "first_name": "Salma",
        "last_name": "Ouazzani",
        "role": "PNQ judge, conflict: Sahara",
    },
    {
        "email": "omar.fassi@jury.example.ma",
        "first_name": "Omar",
        "last_name": "Fassi",
        "role": "PNQ judge",
    },
]
for _spec in JUDGES:
    _spec["password"] = JUDGE_PASSWORD
# Oasis Eaux Minérales' contact: her PNQ 2025 feedback report is on her dashboard.
PAST_APPLICANT = {
    "email": "nour.lahlou@oasis-eaux.example.ma",
    "password": APPLICANT_PASSWORD,
    "first_name": "Nour",
    "last_name": "Lahlou",
    "role": "PNQ 2025 laureate, feedback",
}
# Each judge's habit against the team: stricter, level, more lenient.
JUDGE_OFFSETS = (-5, 0, 10)


def seed_judging():
    """Judges (accounts made by seed_demo from JUDGES), their declarations and conflicts; PNQ
    2025 judged from independent review to published results through the app's own
    functions; PNQ 2026's eligible application in independent review. Runs once: what exists
    is left as it is."""
    judges = [
        Judge.objects.get_or_create(
            user=User.objects.get(email=spec["email"]), defaults={"languages": ["fr", "ar"]}
        )[0]
        for spec in JUDGES
    ]
    for judge in judges:
        for year in (2025, 2026):
            ConflictDeclaration.objects.get_or_create(
                judge=judge,
                year=year,
                defaults={"statement": "Je déclare mes liens d'intérêts ci-après. (Démonstration)"},
            )
    request = RequestFactory().post("/")
    request.user = User.objects.get(email=SECRETARIAT_USER["email"])
    past = PrizeEditionPage.objects.get(
        slug=content.EDITION_2025["slug"], locale__language_code="fr"
    )
    if past.results_published_at is None:
        _judge_2025(past, judges, request)
    _review_2026(judges)


def _conflict(judge, application, kind, note):
    Conflict.objects.get_or_create(
        judge=judge,
        applicant_key=application.applicant_key,
        kind=kind,
        defaults={
            "organisation_name": application.organisation_name,
            "application": application,
            "source": ConflictSource.JUDGE,
            "note": note,
            "recorded_by": judge.user,
        },
    )


def _percent(level, offset, number):
    """A judge's score of the `number`-th sub-criterion: her habit plus a little variety."""
    return bands.nearest_step(level + offset + (number % 3 - 1) * 5)


def _judge_2025(edition, judges, request):
    from . import consensus, results
    from .applications import criteria_of

    leader, karim, salma, omar = judges
    applications = []
    for number, (name, ice, category, region, level, outcome) in enumerate(
        content.APPLICATIONS_2025, start=1
    ):
        if number == 1:
            applicant = User.objects.get(email=PAST_APPLICANT["email"])
        else:
            applicant, created = User.objects.get_or_create(
                email=f"qualite@{slugify(name)}.example.ma",
                defaults={"first_name": "Contact", "last_name": name},
            )
            if created:
                applicant.set_unusable_password()
                applicant.save()
        application = Application.objects.create(
            edition=edition,
            applicant=applicant,
            applicant_key=f"ice:{ice}",
            reference=f"PNQ-2025-{number:04d}",
            applicant_type=ApplicantType.ORGANISATION,
            organisation_name=name,
            ice=ice,
            category=category,
            region=Region.objects.get(name_fr=region),
            contact_name=applicant.get_full_name(),
            contact_email=applicant.email,
            years_of_activity=10,
            registered_in_morocco=True,
            not_recent_laureate=True,
            accepts_rules=True,
            status=ApplicationStatus.IN_REVIEW,
            submitted_at=morocco(datetime.datetime(2025, 4, 20, 11, 0)),
        )
        subcriteria = [sub for c in criteria_of(application) for sub in c.children]
        Answer.objects.bulk_create(
            Answer(application=application, subcriterion=sub, text=DEMO_ANSWER, self_score=70)
            for sub in subcriteria
        )
        for status in (
            ApplicationStatus.DRAFT,
            ApplicationStatus.SUBMITTED,
            ApplicationStatus.ELIGIBLE,
            ApplicationStatus.IN_REVIEW,
        ):
            ApplicationEvent.objects.create(application=application, status=status)
        applications.append((application, subcriteria, level, outcome))

    # Karim consults for Chaouia Emballages, Salma worked at Sahara Phosphates Services: Omar
    # takes their place in those teams.
    _conflict(karim, applications[2][0], ConflictKind.CONSULTANT, "Mission de conseil en 2024.")
    _conflict(salma, applications[1][0], ConflictKind.EMPLOYEE, "Ancienne salariée (2015-2019).")
    for application, subcriteria, level, _outcome in applications:
        team = [
            judge
            for judge in (leader, karim, salma, omar)
            if not Conflict.objects.filter(judge=judge, applicant_key=application.applicant_key)
        ][:3]
        for judge, offset, (strength, improvement) in zip(
            team, JUDGE_OFFSETS, content.JUDGE_REMARKS, strict=True
        ):
            assignment = Assignment.objects.create(
                application=application,
                judge=judge,
                is_team_leader=judge == leader,
                assigned_by=request.user,
                notified_at=timezone.now(),
            )
            sheet = ScoreSheet.objects.create(
                assignment=assignment, status=SheetStatus.SUBMITTED, submitted_at=timezone.now()
            )
            Score.objects.bulk_create(
                Score(
                    sheet=sheet,
                    subcriterion=sub,
                    percent=_percent(level, offset, number),
                    strengths=strength,
                    improvements=improvement,
                )
                for number, sub in enumerate(subcriteria)
            )
        leader_request = RequestFactory().post("/")
        leader_request.user = leader.user
        agreed = consensus.open_consensus(application, leader_request)
        agreed.scores.filter(subcriterion__code__endswith="a").update(
            comment=content.CONSENSUS_COMMENT
        )
        Consensus.objects.filter(pk=agreed.pk).update(
            status=ConsensusStatus.AGREED, agreed_at=timezone.now()
        )

    # The best of each category is visited; the visit confirms and lifts the first
    # sub-criteria a little.
    best = {}
    for code, _label, rows in results.ranking(edition):
        best[code] = rows[0].application
    for application in best.values():
        visit = results.shortlist(application, request)
        percents = {s.subcriterion_id: s.percent for s in visit.scores.all()}
        first = min(percents)
        percents[first] = min(100, percents[first] + 5)
        results.save_visit(
            visit,
            {
                "date": datetime.date(2025, 10, 8),
                "team": [leader, omar],
                "issues_to_verify": visit.issues_to_verify,
                "findings": content.SITE_VISIT_FINDINGS,
                "percents": percents,
            },
            request,
        )
    for application, _subcriteria, _level, outcome in applications:
        results.record_decision(application, outcome, "", request)
    results.publish(edition, request)


def _review_2026(judges):
    """PNQ 2026's eligible application in independent review: three judges (not Karim, who
    consults for it), the leader's sheet two-thirds done, another's a third, one not begun."""
    leader, karim, salma, omar = judges
    edition = PrizeEditionPage.objects.get(slug=content.EDITION["slug"], locale__language_code="fr")
    application = Application.objects.filter(
        edition=edition, status__in=[ApplicationStatus.ELIGIBLE, ApplicationStatus.IN_REVIEW]
    ).first()
    if application is None or application.assignments.exists():
        return
    _conflict(karim, application, ConflictKind.CONSULTANT, "Accompagnement ISO 9001 en 2025.")
    from .applications import criteria_of

    subcriteria = [sub for c in criteria_of(application) for sub in c.children]
    for judge, done in ((leader, 2 / 3), (salma, 1 / 3), (omar, 0)):
        assignment = Assignment.objects.create(
            application=application,
            judge=judge,
            is_team_leader=judge == leader,
            notified_at=timezone.now(),
        )
        sheet = ScoreSheet.objects.create(assignment=assignment)
        Score.objects.bulk_create(
            Score(sheet=sheet, subcriterion=sub, percent=_percent(60, 0, number))
            for number, sub in enumerate(subcriteria[: int(len(subcriteria) * done)])
        )
    application.status = ApplicationStatus.IN_REVIEW
    application.save(update_fields=["status", "updated_at"])
    ApplicationEvent.objects.create(application=application, status=ApplicationStatus.IN_REVIEW)
