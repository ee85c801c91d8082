"""An SME quality officer learns NM ISO 9001, in French and in Arabic: she signs up, enrols,
reads a lesson, fails the quiz once and passes it, leaves, comes back and "Reprendre" takes her
where she was; she finishes the course, downloads her certificate and opens the verification
address printed under its QR code.

Runs on the tests' small course (tests/courses/conftest.py: three lessons and a quiz drawing
two questions), committed for the live server. Answers are chosen by reading the question
banks, as a learner who knows the standard would.
"""

import io
import re

import pytest
from playwright.sync_api import expect
from pypdf import PdfReader

from courses.models import CompletionRule, Enrolment, LessonPage, Question, QuizAttempt

from ..courses.conftest import Courses
from .accounts import sign_in, sign_out, sign_up

pytestmark = pytest.mark.browser

PASSWORD = "Qualite-Maroc-2035!"


@pytest.fixture
def course(transactional_db, django_db_serialized_rollback, tree):
    courses = Courses(tree)
    courses.translate_all()
    # A lesson done after a minute of active reading would make the journey wait a minute.
    LessonPage.objects.filter(translation_key=courses.lesson2.translation_key).update(
        completion=CompletionRule.VIEWED
    )
    return courses


def answer(page, correct):
    """Tick, for each question shown, its correct choices (or one wrong one), then submit."""
    for fieldset in page.locator("form.quiz-form fieldset.question").all():
        text = re.sub(r"^\d+\.\s*", "", fieldset.locator("legend").inner_text()).strip()
        question = Question.objects.filter(text=text).first()
        assert question is not None, text
        labels = [c.value["text"] for c in question.choices if c.value["correct"] == correct]
        for label in labels if correct else labels[:1]:
            fieldset.get_by_label(label, exact=True).check()
    page.locator("#submit-quiz").click()


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_a_learner_finishes_the_course_and_her_certificate_verifies(
    course, live_server, page, screenshot, language
):
    email = f"responsable.qualite.{language}@pme.example.ma"
    if language == "fr":
        course_page, quiz = course.course, course.quiz
        lesson1, lesson2, lesson3 = course.lesson1, course.lesson2, course.lesson3
    else:
        course_page, quiz = course.course_ar, course.quiz_ar
        lesson1, lesson2, lesson3 = course.lesson1_ar, course.lesson2_ar, course.lesson3_ar
    direction = "rtl" if language == "ar" else "ltr"

    sign_up(page, language, email, PASSWORD)
    sign_in(page, language, email, PASSWORD, next_path=course_page.url)
    expect(page.locator("html")).to_have_attribute("dir", direction)
    screenshot(page, f"course-{language}")
    page.locator("#enrol").click()

    # Enrolled, she starts with the first lesson, done once viewed.
    expect(page).to_have_url(re.compile(re.escape(lesson1.url) + "$"))
    page.reload()
    expect(page.locator("article.lesson .status-done")).to_be_visible()
    screenshot(page, f"lesson-{language}")

    # The quiz: a failed attempt, then a passed one; the server scores both.
    page.goto(quiz.url)
    page.locator("#start-quiz").click()
    answer(page, correct=False)
    expect(page.locator("#result.failed")).to_be_visible()
    screenshot(page, f"quiz-failed-{language}")
    page.locator("#start-quiz").click()
    answer(page, correct=True)
    expect(page.locator("#result.passed")).to_be_visible()
    screenshot(page, f"quiz-passed-{language}")
    assert list(QuizAttempt.objects.values_list("passed", flat=True).order_by("number")) == [
        False,
        True,
    ]

    # She opens the next lesson and leaves; from "Mon apprentissage", "Reprendre" brings her
    # back to it.
    page.goto(lesson2.url)
    sign_out(page, language)
    sign_in(page, language, email, PASSWORD)
    page.goto(f"/{language}/learning/")
    expect(page.locator("html")).to_have_attribute("dir", direction)
    screenshot(page, f"dashboard-{language}")
    page.locator("a.resume").first.click()
    expect(page).to_have_url(re.compile(re.escape(lesson2.url) + "$"))

    # The last lesson completes the course; she confirms her name and gets the certificate.
    page.goto(lesson3.url)
    assert Enrolment.objects.get(learner__email=email).completed_at is not None
    page.goto(course_page.url)
    form = page.locator("form.certificate-form")
    form.locator("input[name=name]").fill("Nadia Alaoui")
    if language == "ar":
        form.locator("input[name=name_ar]").fill("نادية العلوي")
    form.locator("button[type=submit]").click()
    # Issued, it waits for her in "Mon apprentissage".
    expect(page).to_have_url(re.compile(rf"/{language}/learning/#certificates$"))
    download_link = page.locator("#certificates a[href$='/download/']")
    expect(download_link).to_be_visible()
    screenshot(page, f"certificate-{language}")

    response = page.request.get(download_link.get_attribute("href"))
    assert response.ok and response.headers["content-type"] == "application/pdf"
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(response.body())).pages)
    assert "Nadia Alaoui" in text
    (verification,) = re.findall(r"https?://\S+/certificates/verify/[0-9a-f-]{36}/", text)
    number = re.search(r"JAW-\d{4}-\d{6}", text).group()

    # Anyone, signed in or not, can check it from the address under the QR code.
    sign_out(page, language)
    page.goto(re.sub(r"^https?://[^/]+", "", verification))
    expect(page.locator("main")).to_contain_text(number)
    expect(page.locator("main")).to_contain_text("Nadia Alaoui")
    screenshot(page, f"certificate-verified-{language}")
    assert page.failed_responses == []
