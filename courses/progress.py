"""A learner's progress: enrolment, items viewed and done, active time, quizzes, resume.

Rules (docs/architecture.md, "E-learning"):

- Everything is keyed by the pages' `translation_key`: the same lesson in French and Arabic is
  one item, so switching language keeps the progress.
- Writes are idempotent and safe under concurrent or repeated requests: one row per learner
  and course, per enrolment and item, per attempt number (unique constraints; a lost race
  reads the row the other request created); a done item never goes back; active time only
  grows; the furthest video position is kept, so a late request cannot move it back.
- The browser never says an item is done: it says "viewed", "still here" (heartbeat) or
  "these are my answers", and the server decides by the item's rule.
- The course's percentage is weighted by estimated minutes:
  `100 × Σ minutes of done items ÷ Σ minutes of all items`, rounded down.
"""

import random
from dataclasses import dataclass, field

from django.db import IntegrityError, transaction
from django.db.models import F, Q
from django.db.models.functions import Coalesce, Greatest
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.models import Page

from .models import (
    CompletionRule,
    CoursePage,
    Enrolment,
    ItemProgress,
    ItemStatus,
    LessonPage,
    Question,
    QuizAttempt,
    QuizPage,
)

# A heartbeat comes every 30 seconds while the page is visible and the learner active; a gap
# longer than this means she was away, and the gap is not counted.
IDLE_CUTOFF_SECONDS = 90


class ProgressError(Exception):
    """A progress request that cannot be accepted; the message is for the learner."""


def _get_or_create(model, **keys):
    """The row with these keys, created if missing; a concurrent creation is read back."""
    try:
        return model.objects.get(**keys)
    except model.DoesNotExist:
        try:
            with transaction.atomic():
                return model.objects.create(**keys)
        except IntegrityError:
            return model.objects.get(**keys)


# ---------------------------------------------------------------------------------------------
# Course structure


def outline(course):
    """The course's lessons and quizzes in reading order (modules in order, then their items)."""
    return list(
        Page.objects.descendant_of(course)
        .type(LessonPage, QuizPage)
        .live()
        .specific()
        .order_by("path")
    )


def course_of(item):
    return CoursePage.objects.ancestor_of(item).live().first()


# ---------------------------------------------------------------------------------------------
# Enrolment


def enrolment_for(user, course):
    if not user.is_authenticated:
        return None
    return Enrolment.objects.filter(learner=user, course_key=course.translation_key).first()


def missing_prerequisites(user, course):
    keys = [c.translation_key for c in course.prerequisite_courses.all()]
    if not keys:
        return []
    completed = set(
        Enrolment.objects.filter(
            learner=user, course_key__in=keys, completed_at__isnull=False
        ).values_list("course_key", flat=True)
    )
    return [c for c in course.prerequisite_courses.all() if c.translation_key not in completed]


def enrol(user, course, by=None, due_date=None):
    missing = missing_prerequisites(user, course)
    if missing:
        raise ProgressError(
            _("Complete these courses first: %(courses)s.")
            % {"courses": ", ".join(c.title for c in missing)}
        )
    enrolment = _get_or_create(Enrolment, learner=user, course_key=course.translation_key)
    changes = {}
    if by is not None and enrolment.enrolled_by_id is None:
        changes["enrolled_by"] = by
    if due_date is not None:
        changes["due_date"] = due_date
    if changes:
        Enrolment.objects.filter(pk=enrolment.pk).update(**changes)
        enrolment.refresh_from_db()
    return enrolment


# ---------------------------------------------------------------------------------------------
# Where she is


@dataclass
class CourseState:
    course: CoursePage
    enrolment: Enrolment | None
    items: list
    rows: dict = field(default_factory=dict)

    @property
    def done_keys(self):
        return {key for key, row in self.rows.items() if row.status == ItemStatus.DONE}

    @property
    def percent(self):
        total = sum(item.estimated_minutes for item in self.items)
        if not total:
            return 0
        done = self.done_keys
        minutes = sum(item.estimated_minutes for item in self.items if item.translation_key in done)
        return 100 * minutes // total

    @property
    def active_seconds(self):
        return sum(row.active_seconds for row in self.rows.values())

    def is_unlocked(self, item):
        if not self.course.sequential:
            return True
        done = self.done_keys
        for other in self.items:
            if other.translation_key == item.translation_key:
                return True
            if other.translation_key not in done:
                return False
        return False

    def status_of(self, item):
        row = self.rows.get(item.translation_key)
        return row.status if row else None

    def next_item(self):
        done = self.done_keys
        return next((item for item in self.items if item.translation_key not in done), None)

    def resume_item(self):
        """Where "Reprendre" goes: the last item she opened, else the first not done."""
        if self.enrolment and self.enrolment.last_item_key:
            for item in self.items:
                if item.translation_key == self.enrolment.last_item_key:
                    return item
        return self.next_item() or (self.items[0] if self.items else None)


def course_state(user, course, items=None):
    """Everything the course, lesson and dashboard pages need about one learner: 2 queries
    after the outline."""
    items = outline(course) if items is None else items
    enrolment = enrolment_for(user, course)
    rows = {}
    if enrolment is not None:
        rows = {row.item_key: row for row in enrolment.items.all()}
    return CourseState(course=course, enrolment=enrolment, items=items, rows=rows)


def course_states(pairs):
    """The CourseState of each (course, enrolment) pair of one learner, in a fixed number of
    queries whatever the number of courses (lists of her courses)."""
    if not pairs:
        return []
    within = Q()
    for course, _enrolment in pairs:
        within |= Q(path__startswith=course.path, depth__gt=course.depth)
    items = list(
        Page.objects.filter(within).type(LessonPage, QuizPage).live().specific().order_by("path")
    )
    rows = {}
    for row in ItemProgress.objects.filter(enrolment__in=[e for _c, e in pairs]):
        rows.setdefault(row.enrolment_id, {})[row.item_key] = row
    return [
        CourseState(
            course=course,
            enrolment=enrolment,
            items=[item for item in items if item.path.startswith(course.path)],
            rows=rows.get(enrolment.pk, {}),
        )
        for course, enrolment in pairs
    ]


def _require_open(user, item):
    course = course_of(item)
    if course is None:
        raise ProgressError(_("This item is not part of a course."))
    state = course_state(user, course)
    if state.enrolment is None:
        raise ProgressError(_("Enrol in the course first."))
    if not state.is_unlocked(item):
        raise ProgressError(_("Finish the previous lessons first: this one is not open yet."))
    return course, state


# ---------------------------------------------------------------------------------------------
# Writes


def _mark_done(row):
    """Done once and for ever: a late or repeated request cannot undo it."""
    ItemProgress.objects.filter(pk=row.pk).exclude(status=ItemStatus.DONE).update(
        status=ItemStatus.DONE, completed_at=timezone.now()
    )


def _touch(enrolment, item, position=None):
    changes = {"last_item_key": item.translation_key, "last_seen_at": timezone.now()}
    if position is not None:
        changes["last_position_seconds"] = position
    Enrolment.objects.filter(pk=enrolment.pk).update(**changes)


def _check_completion(course, enrolment):
    state = course_state(enrolment.learner, course)
    if state.items and state.done_keys >= {item.translation_key for item in state.items}:
        Enrolment.objects.filter(pk=enrolment.pk, completed_at__isnull=True).update(
            completed_at=timezone.now()
        )


def record_view(user, item):
    """She opened a lesson or a quiz. A lesson done "when viewed" is done."""
    course, state = _require_open(user, item)
    row = _get_or_create(ItemProgress, enrolment=state.enrolment, item_key=item.translation_key)
    _touch(state.enrolment, item)
    if isinstance(item, LessonPage) and item.completion == CompletionRule.VIEWED:
        _mark_done(row)
        _check_completion(course, state.enrolment)
    row.refresh_from_db()
    return row


def heartbeat(user, item, video_seconds=None):
    """She is still on the item: count the time since the last heartbeat, unless she was away."""
    course, state = _require_open(user, item)
    row = _get_or_create(ItemProgress, enrolment=state.enrolment, item_key=item.translation_key)
    now = timezone.now()
    with transaction.atomic():
        row = ItemProgress.objects.select_for_update().get(pk=row.pk)
        credited = 0
        if row.last_heartbeat_at is not None:
            gap = (now - row.last_heartbeat_at).total_seconds()
            if 0 < gap <= IDLE_CUTOFF_SECONDS:
                credited = int(gap)
        updates = {"active_seconds": F("active_seconds") + credited, "last_heartbeat_at": now}
        if video_seconds is not None:
            updates["video_seconds"] = Greatest(F("video_seconds"), video_seconds)
        ItemProgress.objects.filter(pk=row.pk).update(**updates)
        row.refresh_from_db()
    _touch(state.enrolment, item, position=row.video_seconds if video_seconds is not None else None)
    if (
        isinstance(item, LessonPage)
        and item.completion == CompletionRule.ACTIVE_TIME
        and row.active_seconds >= (item.minimum_active_minutes or 0) * 60
    ):
        _mark_done(row)
        _check_completion(course, state.enrolment)
        row.refresh_from_db()
    return row


# ---------------------------------------------------------------------------------------------
# Quizzes


def attempts_of(enrolment, quiz):
    return list(enrolment.attempts.filter(quiz_key=quiz.translation_key).order_by("number"))


def start_attempt(user, quiz, rng=random):
    """The open attempt, or a new one with its questions drawn, within the attempt limit."""
    course, state = _require_open(user, quiz)
    enrolment = state.enrolment
    _get_or_create(ItemProgress, enrolment=enrolment, item_key=quiz.translation_key)
    _touch(enrolment, quiz)
    attempts = attempts_of(enrolment, quiz)
    open_attempt = next((a for a in attempts if a.submitted_at is None), None)
    if open_attempt is not None:
        return open_attempt
    if len(attempts) >= quiz.max_attempts:
        raise ProgressError(_("You have used all the attempts allowed for this quiz."))
    pool = list(quiz.question_pool(quiz.locale).values_list("translation_key", flat=True))
    if not pool:
        raise ProgressError(_("This quiz has no questions yet."))
    count = min(quiz.question_count, len(pool))
    drawn = rng.sample(pool, count) if quiz.random_draw else pool[:count]
    try:
        with transaction.atomic():
            return QuizAttempt.objects.create(
                enrolment=enrolment,
                quiz_key=quiz.translation_key,
                number=len(attempts) + 1,
                question_keys=[str(key) for key in drawn],
            )
    except IntegrityError:
        # Another request opened it first: the same attempt for both.
        return enrolment.attempts.get(quiz_key=quiz.translation_key, submitted_at__isnull=True)


def questions_of(attempt, locale):
    """The attempt's questions in `locale` (falling back to any version), in drawn order."""
    by_key = {}
    for question in Question.objects.filter(translation_key__in=attempt.question_keys):
        current = by_key.get(str(question.translation_key))
        if current is None or question.locale_id == locale.pk:
            by_key[str(question.translation_key)] = question
    return [by_key[key] for key in attempt.question_keys if key in by_key]


def submit_attempt(user, quiz, attempt, answers):
    """Score `answers` ({question key: [answer block ids]}) on the server.

    Submitting twice is harmless: the first submission counts.
    """
    if attempt.enrolment.learner_id != user.pk or str(attempt.quiz_key) != str(
        quiz.translation_key
    ):
        raise ProgressError(_("This attempt is not yours."))
    if attempt.submitted_at is not None:
        return attempt
    questions = {str(q.translation_key): q for q in questions_of(attempt, quiz.locale)}
    unknown = set(answers) - set(questions)
    if unknown:
        raise ProgressError(_("An answer was given to a question that is not in this attempt."))
    results = {}
    correct = 0
    for key, question in questions.items():
        chosen = set(answers.get(key, []))
        valid_ids = {block.id for block in question.choices}
        if not chosen <= valid_ids:
            raise ProgressError(_("An answer does not belong to its question."))
        right = chosen == question.correct_ids
        correct += right
        results[key] = {"clause": question.clause, "correct": right, "chosen": sorted(chosen)}
    score = 100 * correct // len(questions) if questions else 0
    passed = score >= quiz.pass_mark
    now = timezone.now()
    with transaction.atomic():
        updated = QuizAttempt.objects.filter(pk=attempt.pk, submitted_at__isnull=True).update(
            answers={key: sorted(set(value)) for key, value in answers.items()},
            results=results,
            score=score,
            passed=passed,
            submitted_at=now,
        )
        if updated:
            row = _get_or_create(
                ItemProgress, enrolment=attempt.enrolment, item_key=quiz.translation_key
            )
            # SQLite's MAX() is NULL when one side is: the first score replaces the NULL.
            ItemProgress.objects.filter(pk=row.pk).update(
                best_score=Greatest(Coalesce(F("best_score"), 0), score)
            )
            if passed:
                _mark_done(row)
    attempt.refresh_from_db()
    if passed:
        _check_completion(course_of(quiz), attempt.enrolment)
    return attempt


def clause_mastery(enrolment):
    """{clause: (correct, asked)} over her latest submitted attempt of each quiz."""
    latest = {}
    for attempt in enrolment.attempts.filter(submitted_at__isnull=False).order_by("number"):
        latest[attempt.quiz_key] = attempt
    mastery = {}
    for attempt in latest.values():
        for result in attempt.results.values():
            right, asked = mastery.get(result["clause"], (0, 0))
            mastery[result["clause"]] = (right + bool(result["correct"]), asked + 1)
    return dict(sorted(mastery.items(), key=lambda pair: int(pair[0])))
