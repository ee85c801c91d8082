import json
import re

import pytest

from django.utils.html import escape

from courses.models import Enrolment, ItemProgress, QuizAttempt
from courses.progress import enrol, questions_of, record_view

from ..factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def learner(db):
    return UserFactory()


def test_enrolling_needs_an_account_then_opens_the_first_lesson(client, courses, learner):
    url = courses.course.url + "enrol/"
    response = client.post(url)
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    assert not Enrolment.objects.exists()
    client.force_login(learner)
    response = client.post(url)
    assert response["Location"] == courses.lesson1.url
    assert Enrolment.objects.filter(learner=learner).count() == 1


def test_reading_a_lesson_records_it_and_resume_brings_her_back(client, courses, learner):
    enrol(learner, courses.course)
    client.force_login(learner)
    html = client.get(courses.lesson3.url).content.decode()
    assert "10%" not in html and "30%" in html
    course_page = client.get(courses.course.url).content.decode()
    resume = re.search(r'<a class="button" id="resume" href="([^"]+)"', course_page)
    assert resume.group(1) == courses.lesson3.url
    dashboard = client.get("/fr/learning/").content.decode()
    assert courses.lesson3.url in dashboard and "30%" in dashboard


def test_the_arabic_course_page_shows_the_same_progress_right_to_left(client, courses, learner):
    courses.translate_all()
    enrol(learner, courses.course)
    record_view(learner, courses.lesson1)
    client.force_login(learner)
    html = client.get(courses.course_ar.url).content.decode()
    assert 'dir="rtl"' in html
    assert "<strong>10%</strong>" in html
    resume = re.search(r'id="resume" href="([^"]+)"', html).group(1)
    assert resume == courses.lesson1_ar.url


def test_the_quiz_in_the_browser_is_scored_by_the_server(client, courses, learner):
    enrol(learner, courses.course)
    client.force_login(learner)
    attempt_url = courses.quiz.url + "attempt/"
    client.post(attempt_url)
    attempt = QuizAttempt.objects.get()
    questions = questions_of(attempt, courses.quiz.locale)
    page = client.get(courses.quiz.url).content.decode()
    for question in questions:
        assert escape(question.text) in page
    wrong = {}
    for question in questions:
        bad = [b.id for b in question.choices if b.id not in question.correct_ids][0]
        wrong[f"q-{question.translation_key}"] = bad
    response = client.post(attempt_url, {"submit": "1", **wrong})
    assert response.status_code == 302
    attempt.refresh_from_db()
    assert attempt.score == 0 and not attempt.passed
    result = client.get(courses.quiz.url).content.decode()
    assert "Retour" in result  # the feedback of the answer she chose
    client.post(attempt_url)
    second = QuizAttempt.objects.get(number=2)
    right = {
        f"q-{q.translation_key}": sorted(q.correct_ids)
        for q in questions_of(second, courses.quiz.locale)
    }
    client.post(attempt_url, {"submit": "1", **right})
    second.refresh_from_db()
    assert second.passed and second.score == 100


def test_an_answer_that_is_not_offered_is_a_clear_error(client, courses, learner):
    enrol(learner, courses.course)
    client.force_login(learner)
    client.post(courses.quiz.url + "attempt/")
    attempt = QuizAttempt.objects.get()
    key = attempt.question_keys[0]
    response = client.post(courses.quiz.url + "attempt/", {"submit": "1", f"q-{key}": "forged"})
    assert response.status_code == 400
    assert "Sélectionnez un choix valide" in response.content.decode()
    attempt.refresh_from_db()
    assert attempt.submitted_at is None


def test_the_heartbeat_endpoint(client, courses, learner):
    url = courses.lesson2.url + "heartbeat/"
    assert client.post(url, "{}", content_type="application/json").status_code == 401
    client.force_login(learner)
    response = client.post(url, "{}", content_type="application/json")
    assert response.status_code == 409  # not enrolled
    assert not ItemProgress.objects.exists()
    enrol(learner, courses.course)
    assert client.post(url, "not json", content_type="application/json").status_code == 400
    bad = json.dumps({"video_seconds": "a lot"})
    assert client.post(url, bad, content_type="application/json").status_code == 400
    response = client.post(url, json.dumps({"video_seconds": 75}), content_type="application/json")
    assert response.status_code == 200
    assert response.json()["video_seconds"] == 75


def test_the_dashboard_is_private(client, courses, learner):
    enrol(learner, courses.course)
    assert client.get("/fr/learning/").status_code == 302
    client.force_login(UserFactory())
    assert courses.course.title not in client.get("/fr/learning/").content.decode()
    client.force_login(learner)
    assert courses.course.title in client.get("/fr/learning/").content.decode()


@pytest.mark.parametrize("extra_lessons", [0, 15])
def test_course_page_and_dashboard_queries_do_not_grow_with_lessons(
    client, courses, learner, extra_lessons, django_assert_max_num_queries
):
    for number in range(extra_lessons):
        courses.lesson(courses.module2, f"Leçon supplémentaire {number}", 5)
    enrol(learner, courses.course)
    client.force_login(learner)
    for item in (courses.lesson1, courses.lesson3):
        record_view(learner, item)
    with django_assert_max_num_queries(45):
        client.get(courses.course.url)
    with django_assert_max_num_queries(45):
        client.get("/fr/learning/")
