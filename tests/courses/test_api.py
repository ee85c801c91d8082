import json

import pytest

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from courses.models import ItemProgress, QuizAttempt
from courses.progress import enrol


def assert_error(response, status, *fields):
    assert response.status_code == status, response.content
    error = response.json()["error"]
    assert set(error) == {"code", "message", "fields"} and error["message"]
    assert set(fields) <= set(error["fields"]), error
    return error


def post(client, url, data):
    body = data if isinstance(data, str) else json.dumps(data)
    return client.post(url, body, content_type="application/json")


@pytest.fixture
def learner(client, user, courses):
    enrol(user, courses.course)
    client.force_login(user)
    return user


# ---------------------------------------------------------------------------------------------
# Catalogue (public)


def test_the_catalogue_lists_each_course_once_in_both_languages(client, courses):
    courses.translate_all()
    (item,) = client.get("/api/courses").json()["items"]
    assert item["id"] == courses.course.pk and item["lang"] == "fr"
    assert item["standard"] == "NM ISO 9001:2015"
    assert item["level"]["code"] == "beginner"
    assert item["minutes"] == 10 + 20 + 30 + 40
    assert item["url"].endswith("/fr/formations/iso-9001/")
    assert [(t["id"], t["lang"]) for t in item["translations"]] == [(courses.course_ar.pk, "ar")]
    (arabic,) = client.get("/api/courses", {"lang": "ar"}).json()["items"]
    assert (arabic["id"], arabic["title"], arabic["minutes"]) == (
        courses.course_ar.pk,
        "إيزو 9001 — الأساسيات",
        100,
    )


def test_the_catalogue_refuses_unknown_parameters(client, courses):
    assert_error(client.get("/api/courses", {"sort": "title"}), 400, "sort")
    assert_error(client.get("/api/courses", {"lang": "en"}), 400, "lang")
    assert_error(client.get("/api/courses", {"page_size": "500"}), 400, "page_size")
    assert_error(client.get("/api/courses/99999999999"), 400)
    assert_error(client.get("/api/courses/999999"), 404)


def test_a_course_has_its_modules_and_items(client, courses):
    courses.translate_all()
    data = client.get(f"/api/courses/{courses.course.pk}", {"lang": "ar"}).json()
    assert data["id"] == courses.course_ar.pk and data["pass_mark"] == 70
    assert [len(module["items"]) for module in data["modules"]] == [2, 2]
    lesson, quiz = data["modules"][1]["items"]
    assert (lesson["id"], lesson["type"], lesson["minutes"]) == (
        courses.lesson3_ar.pk,
        "lesson",
        30,
    )
    assert (quiz["type"], quiz["done_when"]["code"]) == ("quiz", "quiz_passed")
    assert data["modules"][0]["items"][1]["done_when"]["code"] == "active_time"


# ---------------------------------------------------------------------------------------------
# The learner's own: who sees what


def test_anonymous_requests_are_refused(client, courses):
    assert_error(client.get("/api/enrolments"), 401)
    assert_error(client.get(f"/api/enrolments/{courses.course.pk}/progress"), 401)
    assert_error(post(client, "/api/progress/view", {"item_id": courses.lesson1.pk}), 401)
    assert_error(post(client, "/api/progress/heartbeat", {"item_id": courses.lesson1.pk}), 401)
    assert_error(client.post(f"/api/quizzes/{courses.quiz.pk}/attempts"), 401)
    assert not ItemProgress.objects.exists()


def test_another_learners_enrolment_is_never_visible(client, user, other_user, courses):
    enrol(user, courses.course)
    client.force_login(user)
    post(client, "/api/progress/view", {"item_id": courses.lesson1.pk})
    attempt_id = client.post(f"/api/quizzes/{courses.quiz.pk}/attempts").json()["id"]

    client.force_login(other_user)
    assert client.get("/api/enrolments").json()["items"] == []
    assert_error(client.get(f"/api/enrolments/{courses.course.pk}/progress"), 404)
    assert_error(post(client, f"/api/attempts/{attempt_id}/answers", {"answers": {}}), 404)
    assert QuizAttempt.objects.get().submitted_at is None


def test_the_learner_sees_her_enrolment_with_percent_time_and_resume(client, learner, courses):
    courses.translate_all()
    assert post(client, "/api/progress/view", {"item_id": courses.lesson1.pk}).json() == {
        "item_id": courses.lesson1.pk,
        "status": "done",
        "active_seconds": 0,
        "video_seconds": 0,
        "best_score": None,
        "percent": 10,
    }
    # The Arabic lesson is the same item.
    response = post(client, "/api/progress/heartbeat", {"item_id": courses.lesson2_ar.pk})
    assert response.json()["status"] == "started"
    response = post(
        client, "/api/progress/heartbeat", {"item_id": courses.lesson2_ar.pk, "video_seconds": 42}
    )
    assert response.json()["video_seconds"] == 42

    (item,) = client.get("/api/enrolments", {"lang": "ar"}).json()["items"]
    assert item["course"]["id"] == courses.course_ar.pk
    assert item["percent"] == 10 and item["completed_at"] is None
    assert item["resume"] == {
        "id": courses.lesson2_ar.pk,
        "title": "الأطراف المعنية",
        "url": "http://testserver" + courses.lesson2_ar.url,
        "video_seconds": 42,
    }

    data = client.get(f"/api/enrolments/{courses.course.pk}/progress").json()
    assert [i["status"] for i in data["items"]] == ["done", "started", "not_started", "not_started"]
    assert data["percent"] == 10 and data["resume"]["id"] == courses.lesson2.pk


def test_a_quiz_failed_then_passed_is_scored_by_the_server(client, learner, courses):
    courses.translate_all()
    attempt = client.post(f"/api/quizzes/{courses.quiz_ar.pk}/attempts").json()
    assert attempt["number"] == 1 and len(attempt["questions"]) == 2
    assert "correct" not in json.dumps(attempt["questions"])
    first, second = (courses.questions[0], courses.questions[1])
    wrong = {
        str(first.translation_key): [b.id for b in first.choices if not b.value["correct"]],
        str(second.translation_key): [],
    }
    result = post(client, f"/api/attempts/{attempt['id']}/answers", {"answers": wrong}).json()
    assert (result["score"], result["passed"], result["submitted"]) == (0, False, True)
    assert result["results"][0]["feedback"] == ["Retour : Le client"]

    attempt = client.post(f"/api/quizzes/{courses.quiz.pk}/attempts").json()
    assert attempt["number"] == 2
    right = {str(q.translation_key): sorted(q.correct_ids) for q in (first, second)}
    url = f"/api/attempts/{attempt['id']}/answers"
    # Block ids chosen in French are scored in the Arabic quiz too.
    assert post(client, url + "?lang=ar", {"answers": right}).json()["passed"] is True
    # Submitting again changes nothing; a third attempt is beyond the limit.
    assert post(client, url, {"answers": wrong}).json()["score"] == 100
    assert_error(client.post(f"/api/quizzes/{courses.quiz.pk}/attempts"), 409)
    assert QuizAttempt.objects.count() == 2


def test_forged_answers_are_refused_and_nothing_is_written(client, learner, courses):
    attempt = client.post(f"/api/quizzes/{courses.quiz.pk}/attempts").json()
    url = f"/api/attempts/{attempt['id']}/answers"
    other = str(courses.questions[3].translation_key)
    assert_error(post(client, url, {"answers": {other: []}}), 400)
    key = attempt["questions"][0]["key"]
    assert_error(post(client, url, {"answers": {key: ["not-an-answer"]}}), 400)
    assert_error(post(client, url, {"answers": {key: "abc"}}), 400)
    assert QuizAttempt.objects.get().submitted_at is None


# ---------------------------------------------------------------------------------------------
# Bad input


@pytest.mark.parametrize(
    "body",
    [
        "{not json",
        "[]",
        json.dumps({"item_id": "abc"}),
        json.dumps({"item_id": "12"}),
        json.dumps({"item_id": -1}),
        json.dumps({"item_id": 2**40}),
        json.dumps({"item_id": 1, "status": "done"}),
        json.dumps({}),
    ],
)
def test_bad_json_and_wrong_types_answer_400(client, learner, courses, body):
    assert_error(post(client, "/api/progress/view", body), 400)
    assert not ItemProgress.objects.exists()


@pytest.mark.parametrize("video_seconds", ["10", -5, 86400, 1.5, True])
def test_a_bad_video_position_answers_400(client, learner, courses, video_seconds):
    body = {"item_id": courses.lesson1.pk, "video_seconds": video_seconds}
    assert_error(post(client, "/api/progress/heartbeat", body), 400)
    assert not ItemProgress.objects.exists()


def test_progress_for_a_lesson_outside_her_courses_answers_409(client, user, courses, tree):
    client.force_login(user)
    error = assert_error(post(client, "/api/progress/view", {"item_id": courses.lesson1.pk}), 409)
    assert error["code"] == "refused"
    assert_error(post(client, "/api/progress/heartbeat", {"item_id": courses.lesson1.pk}), 409)
    assert_error(client.post(f"/api/quizzes/{courses.quiz.pk}/attempts"), 409)
    assert_error(post(client, "/api/progress/view", {"item_id": tree.page_fr.pk}), 404)
    assert not ItemProgress.objects.exists()


def test_a_lesson_locked_by_the_sequence_answers_409(client, learner, courses):
    courses.course.sequential = True
    courses.course.save()
    assert_error(post(client, "/api/progress/view", {"item_id": courses.lesson3.pk}), 409)
    assert not ItemProgress.objects.exists()


def test_a_post_without_the_csrf_token_is_refused(user, courses):
    enrol(user, courses.course)
    client = Client(enforce_csrf_checks=True)
    client.force_login(user)
    response = post(client, "/api/progress/view", {"item_id": courses.lesson1.pk})
    assert assert_error(response, 403)["code"] == "csrf_failed"
    assert not ItemProgress.objects.exists()


# ---------------------------------------------------------------------------------------------
# Query counts


def progress_queries(client, course):
    client.get(f"/api/enrolments/{course.pk}/progress")  # Wagtail's caches, warm
    with CaptureQueriesContext(connection) as queries:
        response = client.get(f"/api/enrolments/{course.pk}/progress")
    assert response.status_code == 200
    return len(queries), len(response.json()["items"])


def test_the_progress_query_count_does_not_grow_with_the_lessons(client, learner, courses):
    post(client, "/api/progress/view", {"item_id": courses.lesson1.pk})
    few, items = progress_queries(client, courses.course)
    assert items == 4
    for number in range(20):
        lesson = courses.lesson(courses.module2, f"Leçon supplémentaire {number}", 5)
        post(client, "/api/progress/view", {"item_id": lesson.pk})
    many, items = progress_queries(client, courses.course)
    assert items == 24
    assert many == few


def test_the_enrolments_query_count_does_not_grow_with_the_lessons(client, learner, courses):
    client.get("/api/enrolments")
    with CaptureQueriesContext(connection) as few:
        client.get("/api/enrolments")
    for number in range(10):
        courses.lesson(courses.module1, f"Leçon supplémentaire {number}", 5)
    client.get("/api/enrolments")
    with CaptureQueriesContext(connection) as many:
        client.get("/api/enrolments")
    assert len(many) == len(few)


# ---------------------------------------------------------------------------------------------
# OpenAPI


def test_the_openapi_document_describes_the_courses_endpoints(client, db):
    paths = client.get("/api/openapi.json").json()["paths"]
    expected = {
        ("/api/courses", "get", "400"),
        ("/api/courses/{course_id}", "get", "404"),
        ("/api/enrolments", "get", "401"),
        ("/api/enrolments/{course_id}/progress", "get", "404"),
        ("/api/progress/view", "post", "409"),
        ("/api/progress/heartbeat", "post", "409"),
        ("/api/quizzes/{quiz_id}/attempts", "post", "409"),
        ("/api/attempts/{attempt_id}/answers", "post", "400"),
    }
    error = {"$ref": "#/components/schemas/ErrorOut"}
    for path, method, status in expected:
        responses = paths[path][method]["responses"]
        assert responses["200"]["content"]["application/json"]["schema"]["$ref"]
        assert responses[status]["content"]["application/json"]["schema"] == error
        if path != "/api/courses" and not path.startswith("/api/courses/"):
            assert paths[path][method]["security"]
