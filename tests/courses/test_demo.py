"""The e-learning demo that `seed_demo` builds (courses/demo.py), as its users meet it: the
catalogue in the menu of both languages, the courses and their question banks in French and
Arabic, the demo learner resuming her course in Arabic, the training manager's table of her
staff, and the certificate that verifies publicly.

Each run of seed_demo takes a while: the tests share their runs.
"""

import re
from io import StringIO

from allauth.account.models import EmailAddress

from django.core.management import call_command

from wagtail.models import Page
from wagtail.users.models import UserProfile

from courses import demo
from courses.demo_content import STAFF
from courses.models import (
    Certificate,
    CourseAssignment,
    CourseCatalogPage,
    CoursePage,
    Enrolment,
    ItemProgress,
    LessonPage,
    ModulePage,
    OrganisationMember,
    Question,
    QuizAttempt,
    QuizPage,
)
from jawda.models import NavigationMenu, User


def seed_demo():
    output = StringIO()
    call_command("seed_demo", stdout=output)
    return output.getvalue()


def counts():
    return (
        Page.objects.count(),
        Question.objects.count(),
        User.objects.count(),
        EmailAddress.objects.count(),
        Enrolment.objects.count(),
        ItemProgress.objects.count(),
        QuizAttempt.objects.count(),
        Certificate.objects.count(),
        OrganisationMember.objects.count(),
        CourseAssignment.objects.count(),
        [list(menu.links.raw_data) for menu in NavigationMenu.objects.order_by("pk")],
    )


def french(model):
    return model.objects.filter(locale__language_code="fr")


def arabic_version(page):
    return page.get_translations().get(locale__language_code="ar").specific


def check_courses_are_complete_in_both_languages():
    iso_9001 = french(CoursePage).get(slug="nm-iso-9001-2015")
    iso_14001 = french(CoursePage).get(slug="introduction-nm-iso-14001")
    for course, shape in ((iso_9001, (5, 9, 4)), (iso_14001, (1, 2, 1))):
        modules = ModulePage.objects.child_of(course).count()
        lessons = LessonPage.objects.descendant_of(course)
        quizzes = QuizPage.objects.descendant_of(course)
        assert (modules, lessons.count(), quizzes.count()) == shape, course.title
        for lesson in lessons:
            assert lesson.estimated_minutes >= 10
            kinds = [block.block_type for block in lesson.body]
            assert kinds.count("paragraph") >= 1 and "check" in kinds, lesson.title
            assert len(str(lesson.body[0].value)) > 1000, lesson.title
    assert iso_9001.title == "NM ISO 9001:2015 — les fondamentaux"
    assert iso_9001.pass_mark == 70 and iso_9001.certificate

    # Every page of the catalogue has its own Arabic version, published, not an alias.
    catalogue = french(CourseCatalogPage).get()
    pages = Page.objects.descendant_of(catalogue, inclusive=True).filter(locale__language_code="fr")
    assert pages.count() == 1 + 2 + 6 + 11 + 5
    for page in pages.specific():
        translation = arabic_version(page)
        assert translation.live and translation.alias_of_id is None
        assert translation.title != page.title
        if isinstance(page, LessonPage):
            assert str(translation.body[0].value) != str(page.body[0].value)


def check_every_question_has_its_arabic_translation():
    banks = {"iso-9001": 32, "iso-14001": 5}
    for bank, count in banks.items():
        assert french(Question).filter(bank=bank).count() == count
    assert Question.objects.filter(locale__language_code="ar").count() == sum(banks.values())
    for question in french(Question):
        question.clean()
        translation = Question.objects.get(
            translation_key=question.translation_key, locale__language_code="ar"
        )
        translation.clean()
        assert translation.text != question.text and translation.explanation
        # The same answers, by block id, with the same correct ones: scored in any language.
        assert [block.id for block in translation.choices] == [
            block.id for block in question.choices
        ]
        assert translation.correct_ids == question.correct_ids
        assert [b.value["text"] for b in translation.choices] != [
            b.value["text"] for b in question.choices
        ]
    # Each quiz has more questions than it draws, in both languages.
    for quiz in QuizPage.objects.all():
        assert quiz.question_pool(quiz.locale).count() >= quiz.question_count


def check_the_catalogue_is_in_each_menu_once(client):
    for language in ("fr", "ar"):
        catalogue = CourseCatalogPage.objects.get(locale__language_code=language)
        menu = NavigationMenu.objects.get(locale__language_code=language)
        pages = [block.value["page"] for block in menu.links]
        assert [page.pk for page in pages].count(catalogue.pk) == 1
        # It took the place of the standard page about e-learning.
        assert "formation-en-ligne" not in [page.slug for page in pages]
        html = client.get(f"/{language}/").content.decode()
        nav = re.search(r'<nav class="site-nav".*?</nav>', html, re.S)
        assert nav is not None
        assert nav.group(0).count(f'href="{catalogue.url}"') == 1


def test_seed_demo_builds_the_courses_once_in_both_languages(client, db, settings):
    settings.JAWDA_ALLOW_DEMO = True
    output = seed_demo()
    first = counts()
    seed_demo()
    assert counts() == first

    assert "E-learning: 2 courses (6 modules, 11 lessons, 5 quizzes)" in output
    assert "37 questions, 37 of them translated into Arabic" in output
    assert demo.LEARNER_EMAIL in output and demo.MANAGER_PASSWORD in output
    check_courses_are_complete_in_both_languages()
    check_every_question_has_its_arabic_translation()
    check_the_catalogue_is_in_each_menu_once(client)


def test_the_demo_learner_resumes_in_arabic_and_the_manager_follows_her_staff(client, db, settings):
    settings.JAWDA_ALLOW_DEMO = True
    seed_demo()
    course = CoursePage.objects.get(slug="nm-iso-9001-2015", locale__language_code="ar")
    leadership = LessonPage.objects.get(
        slug="leadership-politique-qualite", locale__language_code="ar"
    )
    quiz = QuizPage.objects.get(slug="quiz-1-principes-contexte", locale__language_code="ar")

    # The learner signs in, in Arabic, which she prefers.
    learner = User.objects.get(email=demo.LEARNER_EMAIL)
    assert UserProfile.get_for_user(learner).preferred_language == "ar"
    response = client.post(
        "/ar/accounts/login/",
        {"login": demo.LEARNER_EMAIL, "password": demo.LEARNER_PASSWORD},
    )
    assert response.status_code == 302

    # "My learning" has her course in progress, and "Resume" goes to the lesson she left.
    html = client.get("/ar/learning/").content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert course.title in html
    assert f'class="button resume" href="{leadership.url}"' in html
    html = client.get(course.url).content.decode()
    assert f'id="resume" href="{leadership.url}"' in html
    assert "<strong>30%</strong>" in html
    assert client.get(leadership.url).status_code == 200
    # Quiz 1: failed once, then passed.
    html = client.get(quiz.url).content.decode()
    assert 'class="quiz-result passed"' in html
    assert quiz.url.startswith("/ar/")
    client.logout()

    # The training manager's table: her five staff, at every stage.
    assert client.login(email=demo.MANAGER_EMAIL, password=demo.MANAGER_PASSWORD)
    response = client.get("/fr/learning/organisation/", follow=True)
    assert response.status_code == 200
    html = response.content.decode()
    statuses = re.findall(r'<tr data-status="([a-z_]+)">', html)
    assert len(statuses) == len(STAFF) == 5
    assert set(statuses) == {"certified", "in_progress", "overdue", "not_started"}
    for person in STAFF:
        assert person["email"] in html
    client.logout()

    # The certificate was issued by the site's own rules, and verifies publicly.
    certificate = Certificate.objects.get()
    assert certificate.learner.email == STAFF[0]["email"]
    assert certificate.is_valid and certificate.pdf
    assert (
        certificate.course_title_ar
        == CoursePage.objects.get(slug="nm-iso-9001-2015", locale__language_code="ar").title
    )
    for language in ("fr", "ar"):
        response = client.get(f"/{language}/certificates/verify/{certificate.verification_key}/")
        assert response.status_code == 200
        html = response.content.decode()
        assert certificate.number in html and certificate.name in html
