import datetime
import itertools

import pytest

from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone

from wagtail.models import Page

from awards import applications as logic
from awards.groups import SECRETARIAT, ensure_secretariat_group
from awards.models import (
    Answer,
    Application,
    Assignment,
    Attachment,
    Criterion,
    Judge,
    PrizeEditionPage,
    PrizeIndexPage,
    PrizePage,
    Referentiel,
    SubCriterion,
)
from jawda.models import Region
from jawda.security.uploads import store_private_file

from ..conftest import publish, translate
from ..factories import UserFactory, with_totp

_numbers = itertools.count(1)

BANDS_FR = (
    "0-25: Aucune preuve\n30-50: Quelques preuves\n55-75: Preuves claires\n80-100: Exemplaire"
)
BANDS_AR = "0-25: لا دليل\n30-50: بعض الأدلة\n55-75: أدلة واضحة\n80-100: نموذجي"


def days_from_now(days):
    return timezone.now() + datetime.timedelta(days=days)


class Prizes:
    """The tree of tests/conftest.py with a prizes index and the PNQ in French and Arabic, and
    helpers to add editions (translated) and référentiels."""

    def __init__(self, tree):
        self.tree = tree
        self.index_fr = self.add(
            tree.home_fr, PrizeIndexPage(title="Prix et distinctions", slug="prix")
        )
        self.index_ar = translate(self.index_fr, tree.ar, title="جوائز الجودة")
        self.pnq_fr = self.add(
            self.index_fr,
            PrizePage(
                title="Prix National de la Qualité",
                slug="pnq",
                code="pnq",
                intro="Reconnaître l'excellence",
                laureates=[
                    (
                        "laureate",
                        {
                            "year": 2025,
                            "name": "Atlas Composants",
                            "category": "Grande entreprise",
                            "distinction": "trophy",
                            "city": "Tanger",
                        },
                    )
                ],
            ),
        )
        self.pnq_ar = self.arabic(self.pnq_fr, title="الجائزة الوطنية للجودة", intro="التميز")

    def add(self, parent, page):
        parent = Page.objects.get(pk=parent.pk)
        parent.add_child(instance=page)
        return publish(page)

    def arabic(self, page, **fields):
        """The Arabic translation of `page`, replacing the alias wagtail-localize made."""
        alias = page.get_translation_or_none(self.tree.ar)
        if alias is not None:
            alias.delete()
        return translate(page, self.tree.ar, **fields)

    def edition(self, prize=None, opens_in=10, arabic=True, **fields):
        number = next(_numbers)
        values = {
            "title": f"PNQ {2030 + number % 60}",
            "slug": f"pnq-{2030 + number}",
            "year": 2030 + number % 60,
            "theme": "La qualité, moteur de confiance",
            "opens_at": days_from_now(opens_in),
            "closes_at": days_from_now(opens_in + 60),
            "categories": ["large", "sme", "public"],
            "min_years_activity": 3,
            "laureate_cooldown_years": 3,
            "documents": [("document", {"title": "Dossier", "description": "", "required": True})],
            "stages": [
                (
                    "stage",
                    {
                        "title": "Appel à candidatures",
                        "start": datetime.date(2030, 1, 1),
                        "end": datetime.date(2030, 2, 1),
                        "description": "",
                    },
                )
            ],
            **fields,
        }
        page = self.add(prize or self.pnq_fr, PrizeEditionPage(**values))
        if arabic:
            page.arabic = self.arabic(page, title=f"الجائزة الوطنية للجودة {values['year']}")
        return page

    def referentiel(self, edition, criteria=((600, (400, 200)), (400, (250, 150)))):
        """A référentiel of `edition` whose criteria are (points, (sub-criterion points...))."""
        referentiel = Referentiel.objects.create(
            edition=edition,
            total_points=sum(points for points, _children in criteria),
            notes_fr="Pondérations illustratives",
            notes_ar="أوزان توضيحية",
            guidance_fr=BANDS_FR,
            guidance_ar=BANDS_AR,
        )
        for number, (points, children) in enumerate(criteria, start=1):
            criterion = Criterion.objects.create(
                referentiel=referentiel,
                sort_order=number,
                code=str(number),
                title_fr=f"Critère {number}",
                title_ar=f"المعيار {number}",
                points=points,
            )
            for letter, sub_points in zip("abcdefghij", children, strict=False):
                SubCriterion.objects.create(
                    criterion=criterion,
                    code=f"{number}{letter}",
                    title_fr=f"Sous-critère {number}{letter}",
                    title_ar=f"المعيار الفرعي {number}{letter}",
                    points=sub_points,
                    questions_fr="Comment faites-vous ?\nAvec quels résultats ?",
                    questions_ar="كيف تقومون بذلك؟\nوبأي نتائج؟",
                )
        return referentiel


@pytest.fixture
def prizes(tree):
    return Prizes(tree)


def admin_user(*groups):
    """A member with a second factor (admin users need one), in `groups`."""
    user = with_totp(UserFactory())
    for name in groups:
        user.groups.add(Group.objects.get(name=name))
    return user


@pytest.fixture
def secretariat(prizes):
    ensure_secretariat_group()
    return admin_user(SECRETARIAT)


@pytest.fixture
def editor(prizes):
    """An ordinary UMAQ editor (Wagtail's Editors group)."""
    return admin_user("Editors")


# ---------------------------------------------------------------------------------------------
# Applications

PDF = b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"


@pytest.fixture
def fake_pdf(monkeypatch):
    monkeypatch.setattr(logic, "render_pdf", lambda application: PDF)


@pytest.fixture
def edition(prizes):
    edition = prizes.edition(opens_in=-5)
    prizes.referentiel(edition, criteria=((600, (400, 200)),))
    return edition


@pytest.fixture
def applicant(db):
    return UserFactory(email="nadia@atlas.example.ma")


def start(client, user, edition):
    client.force_login(user)
    response = client.post(reverse("awards_application_start", args=[edition.pk]))
    assert response.status_code == 302
    return Application.objects.get(applicant=user, edition=edition)


def complete(application, region=None):
    """Fill every required answer of `application` directly (not through the views)."""
    application.applicant_type = "organisation"
    application.organisation_name = "Atlas Composants"
    application.ice = "001234567000089"
    application.applicant_key = application.key_for()
    application.region = region or Region.objects.first()
    application.contact_name = "Nadia Alaoui"
    application.contact_email = "nadia@atlas.example.ma"
    application.category = "large"
    application.years_of_activity = 12
    application.registered_in_morocco = True
    application.not_recent_laureate = True
    application.accepts_rules = True
    application.save()
    for criterion in logic.criteria_of(application):
        for sub in criterion.children:
            Answer.objects.create(
                application=application, subcriterion=sub, text="Notre démarche…", self_score=55
            )
    for block in application.edition.documents:
        private_file = store_private_file(
            SimpleUploadedFile("dossier.pdf", PDF), application.applicant
        )
        Attachment.objects.create(
            application=application, document=block.id, title="Dossier", file=private_file
        )
    return application


def request_by(user):
    """A request made by `user`, for the functions that take one."""
    request = RequestFactory().post("/")
    request.user = user
    return request


@pytest.fixture
def submitted(client, edition, applicant, fake_pdf):
    application = complete(start(client, applicant, edition))
    logic.submit(application, request_by(applicant))
    application.refresh_from_db()
    client.logout()
    return application


# ---------------------------------------------------------------------------------------------
# Judging


def submitted_application(edition, name, ice, sector=None, language="fr"):
    """An eligible application made directly (not through the views), for judging tests."""
    application = Application.objects.create(
        edition=edition,
        applicant=UserFactory(),
        applicant_type="organisation",
        organisation_name=name,
        ice=ice,
        category="large",
        sector=sector,
        language=language,
        status="eligible",
        submitted_at=timezone.now(),
    )
    application.applicant_key = application.key_for()
    application.reference = f"PNQ-{edition.year}-{next(_numbers):04d}"
    application.save()
    return application


def make_judge(email=None, languages=("fr", "ar"), sectors=()):
    """A judge with her second factor (the judges' group requires one)."""
    user = with_totp(UserFactory(**({"email": email} if email else {})))
    judge = Judge.objects.create(user=user, languages=list(languages))
    judge.sectors.set(sectors)
    return judge


@pytest.fixture
def atlas(edition):
    return submitted_application(edition, "Atlas Composants", "001234567000089")


@pytest.fixture
def souss(edition):
    return submitted_application(edition, "Souss Agro", "002345678000012")


def assign_more(edition, judge, count):
    """`count` more eligible applications, each assigned to `judge`."""
    for _index in range(count):
        number = Assignment.objects.count()
        application = submitted_application(edition, f"Org {number}", f"{number + 1:015d}")
        Assignment.objects.create(application=application, judge=judge)
