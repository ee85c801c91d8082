import datetime
import threading

import pytest

from django.db import connection
from django.utils import timezone

from courses.models import Enrolment, ItemProgress, ItemStatus, QuizAttempt
from courses.progress import (
    IDLE_CUTOFF_SECONDS,
    ProgressError,
    clause_mastery,
    course_state,
    enrol,
    heartbeat,
    questions_of,
    record_view,
    start_attempt,
    submit_attempt,
)

from ..factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def learner(db):
    return UserFactory()


def correct_answers(attempt, quiz):
    return {
        str(q.translation_key): sorted(q.correct_ids) for q in questions_of(attempt, quiz.locale)
    }


def wrong_answers(attempt, quiz):
    answers = {}
    for q in questions_of(attempt, quiz.locale):
        wrong = [block.id for block in q.choices if block.id not in q.correct_ids]
        answers[str(q.translation_key)] = wrong[:1]
    return answers


def test_the_percentage_is_weighted_by_estimated_minutes(courses, learner):
    enrol(learner, courses.course)
    record_view(learner, courses.lesson1)  # 10 of 100 minutes
    assert course_state(learner, courses.course).percent == 10
    record_view(learner, courses.lesson3)  # + 30
    assert course_state(learner, courses.course).percent == 40


def test_an_arabic_lesson_is_the_same_item_as_the_french_one(courses, learner):
    courses.translate_all()
    enrol(learner, courses.course_ar)
    record_view(learner, courses.lesson1_ar)
    french = course_state(learner, courses.course)
    assert french.enrolment is not None
    assert french.status_of(courses.lesson1) == ItemStatus.DONE
    assert french.percent == 10
    assert Enrolment.objects.count() == 1


def test_repeated_views_and_enrolments_write_one_row_each(courses, learner):
    for _ in range(3):
        enrol(learner, courses.course)
        record_view(learner, courses.lesson1)
    assert Enrolment.objects.count() == 1
    assert ItemProgress.objects.count() == 1


def test_active_time_counts_heartbeats_but_not_time_away(courses, learner, monkeypatch):
    enrol(learner, courses.course)
    start = timezone.now()
    clock = {"now": start}
    monkeypatch.setattr("courses.progress.timezone.now", lambda: clock["now"])
    rows = []
    # Every 30 s, then a ten-minute absence (not counted), then 30 s more.
    for seconds in [0, 30, 60, 660, 690]:
        clock["now"] = start + datetime.timedelta(seconds=seconds)
        rows.append(heartbeat(learner, courses.lesson2))
    assert [row.active_seconds for row in rows] == [0, 30, 60, 60, 90]
    # The lesson asks for one minute of active time: done at 60 s, and it stays done.
    assert [row.status for row in rows] == ["started", "started", "done", "done", "done"]
    assert IDLE_CUTOFF_SECONDS < 600


def test_a_late_request_never_moves_the_video_back(courses, learner):
    enrol(learner, courses.course)
    heartbeat(learner, courses.lesson1, video_seconds=300)
    row = heartbeat(learner, courses.lesson1, video_seconds=120)
    assert row.video_seconds == 300
    assert Enrolment.objects.get().last_position_seconds == 300


def test_progress_needs_an_enrolment(courses, learner):
    with pytest.raises(ProgressError):
        record_view(learner, courses.lesson1)
    assert not ItemProgress.objects.exists()


def test_a_sequential_course_opens_items_in_order(courses, learner):
    courses.course.sequential = True
    courses.course.save_revision().publish()
    enrol(learner, courses.course)
    with pytest.raises(ProgressError):
        record_view(learner, courses.lesson3)
    record_view(learner, courses.lesson1)
    with pytest.raises(ProgressError):
        heartbeat(learner, courses.lesson3)
    assert not ItemProgress.objects.filter(item_key=courses.lesson3.translation_key).exists()


def test_a_failed_quiz_is_not_done_and_a_passed_one_is(courses, learner):
    enrol(learner, courses.course)
    quiz = courses.quiz
    first = start_attempt(learner, quiz)
    assert len(first.question_keys) == 2
    first = submit_attempt(learner, quiz, first, wrong_answers(first, quiz))
    assert first.score == 0 and not first.passed
    assert course_state(learner, courses.course).status_of(quiz) != ItemStatus.DONE
    second = start_attempt(learner, quiz)
    second = submit_attempt(learner, quiz, second, correct_answers(second, quiz))
    assert second.number == 2 and second.score == 100 and second.passed
    state = course_state(learner, courses.course)
    assert state.status_of(quiz) == ItemStatus.DONE
    assert state.rows[quiz.translation_key].best_score == 100
    assert clause_mastery(state.enrolment) == {"4": (2, 2)}


def test_the_attempt_limit_holds(courses, learner):
    enrol(learner, courses.course)
    for _ in range(2):
        attempt = start_attempt(learner, courses.quiz)
        submit_attempt(learner, courses.quiz, attempt, {})
    with pytest.raises(ProgressError):
        start_attempt(learner, courses.quiz)
    assert QuizAttempt.objects.count() == 2


def test_answers_are_scored_on_the_server_and_forgeries_refused(courses, learner):
    enrol(learner, courses.course)
    quiz = courses.quiz
    attempt = start_attempt(learner, quiz)
    other = courses.questions[3]
    with pytest.raises(ProgressError):
        submit_attempt(learner, quiz, attempt, {str(other.translation_key): ["x"]})
    key = attempt.question_keys[0]
    with pytest.raises(ProgressError):
        submit_attempt(learner, quiz, attempt, {key: ["not-an-answer-id"]})
    attempt.refresh_from_db()
    assert attempt.submitted_at is None
    intruder = UserFactory()
    enrol(intruder, courses.course)
    with pytest.raises(ProgressError):
        submit_attempt(intruder, quiz, attempt, correct_answers(attempt, quiz))


def test_submitting_twice_counts_once(courses, learner):
    enrol(learner, courses.course)
    attempt = start_attempt(learner, courses.quiz)
    submit_attempt(learner, courses.quiz, attempt, wrong_answers(attempt, courses.quiz))
    again = submit_attempt(learner, courses.quiz, attempt, correct_answers(attempt, courses.quiz))
    assert again.score == 0
    assert QuizAttempt.objects.get().score == 0


def test_the_course_is_completed_when_every_item_is_done(courses, learner, monkeypatch):
    enrol(learner, courses.course)
    record_view(learner, courses.lesson1)
    record_view(learner, courses.lesson3)
    start = timezone.now()
    clock = {"now": start}
    monkeypatch.setattr("courses.progress.timezone.now", lambda: clock["now"])
    heartbeat(learner, courses.lesson2)
    clock["now"] = start + datetime.timedelta(seconds=61)
    heartbeat(learner, courses.lesson2)
    monkeypatch.undo()
    attempt = start_attempt(learner, courses.quiz)
    submit_attempt(learner, courses.quiz, attempt, correct_answers(attempt, courses.quiz))
    enrolment = Enrolment.objects.get()
    assert enrolment.completed_at is not None
    assert course_state(learner, courses.course).percent == 100


def _in_threads(count, work):
    errors = []
    barrier = threading.Barrier(count)

    def run():
        try:
            barrier.wait()
            work()
        except Exception as error:  # noqa: BLE001 (reported below)
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=run) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="needs concurrent connections (PostgreSQL)"
)
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_parallel_progress_writes_create_no_duplicates(courses):
    learner = UserFactory()
    assert _in_threads(8, lambda: enrol(learner, courses.course)) == []
    assert _in_threads(8, lambda: record_view(learner, courses.lesson1)) == []
    assert _in_threads(8, lambda: heartbeat(learner, courses.lesson2, video_seconds=42)) == []
    assert _in_threads(8, lambda: start_attempt(learner, courses.quiz)) == []
    assert Enrolment.objects.filter(learner=learner).count() == 1
    assert ItemProgress.objects.filter(item_key=courses.lesson1.translation_key).count() == 1
    assert ItemProgress.objects.filter(item_key=courses.lesson2.translation_key).count() == 1
    assert QuizAttempt.objects.count() == 1
    assert ItemProgress.objects.get(item_key=courses.lesson2.translation_key).video_seconds == 42
