"""Every list endpoint of the API: as many queries for a page of 6 items as for a page of 2,
in both languages; and the same conventions everywhere (allowlisted filters, a maximum page
size, `?lang`)."""

import pytest

from wagtail.rich_text import RichText

from awards.models import Application
from courses.models import CoursePage, LessonPage, ModulePage
from courses.progress import enrol
from events.models import Registration, RegistrationStatus
from events.registration import record_for
from jawda.models import Region

from ..awards.conftest import Prizes
from ..committees.conftest import Committees
from ..conftest import publish
from ..courses.conftest import Courses
from ..events.conftest import Events, morocco
from ..factories import UserFactory

pytestmark = pytest.mark.django_db

SIZE = 6


def add(parent, page):
    parent.refresh_from_db()
    parent.add_child(instance=page)
    return publish(page)


def news(tree, client):
    tree.add_news(SIZE)


def committees(tree, client):
    builder = Committees(tree)
    for region in Region.objects.all()[:SIZE]:
        page = builder.committee(region.code, members=2)
        builder.actions(page, 10, 50)


def events(tree, client):
    builder = Events(tree)
    for number in range(SIZE):
        page = builder.event(arabic=number % 2 == 0, capacity=5)
        Registration.objects.create(
            event=record_for(page),
            user=UserFactory(),
            name="Salma",
            email=f"salma{number}@example.ma",
            language="fr",
            status=RegistrationStatus.CONFIRMED,
            queued_at=morocco(2026, 11, 1, 9, 0),
        )


def registrations(tree, client):
    builder = Events(tree)
    member = UserFactory()
    client.force_login(member)
    for _number in range(SIZE):
        page = builder.event(arabic=True, capacity=1)
        for user, status in (
            (UserFactory(), RegistrationStatus.CONFIRMED),
            (member, RegistrationStatus.WAITING),
        ):
            Registration.objects.create(
                event=record_for(page),
                user=user,
                name=str(user),
                email=user.email,
                language="fr",
                status=status,
                queued_at=morocco(2026, 11, 1, 9, 0),
            )


def catalogue(tree):
    builder = Courses(tree)
    courses = [builder.course]
    for number in range(1, SIZE):
        course = add(
            builder.catalogue,
            CoursePage(
                title=f"Cours {number}",
                slug=f"cours-{number}",
                standard="NM ISO 9001:2015",
                summary="Résumé",
                level="beginner",
                objectives="<p>Objectifs</p>",
            ),
        )
        module = add(course, ModulePage(title="Module", slug="module"))
        add(
            module,
            LessonPage(
                title="Leçon",
                slug="lecon",
                estimated_minutes=10,
                body=[("paragraph", RichText("<p>Leçon</p>"))],
            ),
        )
        courses.append(course)
    return courses


def courses(tree, client):
    catalogue(tree)


def enrolments(tree, client):
    member = UserFactory()
    # Newest first: the course with a quiz among the first two, so that the small page already
    # holds both kinds of item (one query per kind).
    for course in reversed(catalogue(tree)):
        enrol(member, course)
    client.force_login(member)


def prizes(tree, client):
    builder = Prizes(tree)
    for number in range(SIZE):
        edition = builder.edition(opens_in=-5 + number)
        builder.referentiel(edition)


def applications(tree, client):
    builder = Prizes(tree)
    applicant = UserFactory()
    for _number in range(SIZE):
        Application.objects.create(
            edition=builder.edition(opens_in=-5),
            applicant=applicant,
            applicant_key=f"user:{applicant.pk}",
        )
    client.force_login(applicant)


# url, the builder of SIZE items, the page size parameter's name (and the language's)
LISTS = {
    # The news of the tree exist in French only: the Arabic search is the same request.
    "/api/@search?q=Nouvelle": (news, "page_size"),
    "/api/v2/pages/?type=jawda.NewsPage": (news, "limit", "locale"),
    "/api/committees": (committees, "page_size"),
    "/api/regions": (committees, "page_size"),
    "/api/events": (events, "page_size"),
    "/api/registrations": (registrations, "page_size"),
    "/api/courses": (courses, "page_size"),
    "/api/enrolments": (enrolments, "page_size"),
    "/api/prizes": (prizes, "page_size"),
    "/api/prize-editions": (prizes, "page_size"),
    "/api/prize-applications": (applications, "page_size"),
}

# The prizes list has one item per prize: the fixture's one prize, however many editions.
ONE_ITEM = {"/api/prizes"}


def with_params(url, **params):
    return url + ("&" if "?" in url else "?") + "&".join(f"{k}={v}" for k, v in params.items())


@pytest.mark.parametrize("url", LISTS)
def test_query_count_does_not_grow_with_the_page_size(
    client, tree, url, django_assert_max_num_queries
):
    build, size_name, *lang_name = LISTS[url]
    lang_name = lang_name[0] if lang_name else "lang"
    build(tree, client)
    for lang in ("fr",) if size_name == "limit" or "@search" in url else ("fr", "ar"):
        small = with_params(url, **{size_name: 2, lang_name: lang})
        large = with_params(url, **{size_name: SIZE, lang_name: lang})
        client.get(small)  # site root paths and content types cached, as in production
        with django_assert_max_num_queries(40) as few:
            response = client.get(small)
        assert response.status_code == 200, response.content
        expected = 1 if url in ONE_ITEM else 2
        assert len(response.json()["items"]) == expected
        with django_assert_max_num_queries(len(few.captured_queries)):
            response = client.get(large)
        assert response.status_code == 200
        expected = 1 if url in ONE_ITEM else SIZE
        assert len(response.json()["items"]) == expected, (url, lang)


OWN_LISTS = [url for url in LISTS if not url.startswith("/api/v2/")]


@pytest.mark.parametrize("url", OWN_LISTS)
@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"order_by": "-id"}, "order_by"),
        ({"ordering": "title"}, "ordering"),
        ({"id__gt": "1"}, "id__gt"),
        ({"page_size": "51"}, "page_size"),
        ({"page_size": "0"}, "page_size"),
        ({"page": "-1"}, "page"),
        ({"lang": "en"}, "lang"),
    ],
)
def test_every_list_refuses_unknown_filters_and_bad_pages_by_name(
    client, tree, url, params, field, user
):
    client.force_login(user)
    response = client.get(with_params(url, **params))
    assert response.status_code == 400, (url, params)
    assert response["Content-Type"].startswith("application/json")
    assert field in response.json()["error"]["fields"], (url, response.json())


@pytest.mark.parametrize("url", ["/api/v2/pages/", "/api/v2/images/", "/api/v2/documents/"])
def test_wagtail_lists_refuse_unknown_filters_and_huge_pages(client, tree, url):
    assert client.get(url, {"order_by": "x"}).status_code == 400
    assert client.get(url, {"order": "no_such_field"}).status_code == 400
    assert client.get(url, {"limit": "51"}).status_code == 400
