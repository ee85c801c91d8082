"""`/api/courses`, `/api/courses/{id}` (public catalogue) and the signed-in learner's
`/api/enrolments`, `/api/enrolments/{course_id}/progress`, `/api/progress/view`,
`/api/progress/heartbeat`, `/api/quizzes/{id}/attempts`, `/api/attempts/{id}/answers`
(Django Ninja, in the OpenAPI document; conventions of `jawda.api_common`).

- The learner's endpoints take a personal token (`Authorization: Bearer`, a write token for
  the POSTs) or the session, as `/api/registrations` does; with the session a POST needs the
  CSRF token (`X-CSRFToken` header), as any form of the site does.
- They call `courses.progress` and nothing else writes: the browser says "viewed", "still
  here" or "these are my answers", the server applies the item's rule and scores. A refused
  request (not enrolled, item closed by the sequence, no attempt left) answers 409; answers
  that do not fit the attempt answer 400; in both cases nothing is written.
- Items are addressed by page id, in either language: progress is keyed by the pages'
  `translation_key`, so the French and Arabic ids of a lesson are the same item.
"""

from ninja import Field, Path, Query, Router, Schema, Status
from ninja.decorators import decorate_view
from pydantic import ConfigDict

from django.db.models import Q
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache

from jawda.api_common import (
    DEFAULT_PAGE_SIZE,
    MAX_ID,
    MAX_PAGE_SIZE,
    PAGINATION,
    PRIVATE_AUTH,
    ApiError,
    ErrorOut,
    check_params,
    language_or_default,
    paginate,
    public_read,
)

from . import progress
from .models import Clause, CoursePage, Enrolment, LessonPage, QuizAttempt, QuizPage
from .progress import ProgressError
from .views import modules_with_items

router = Router(tags=["courses"])

LANG = Query("fr", description="fr or ar")
PAGE = Query("1", description="page number, from 1")
PAGE_SIZE = Query(str(DEFAULT_PAGE_SIZE), description=f"at most {MAX_PAGE_SIZE}")
DATE_TIME = {"format": "date-time"}
ITEM_ID = Field(..., ge=1, le=MAX_ID, strict=True, description="a lesson's or quiz's page id")


# ---------------------------------------------------------------------------------------------
# Schemas


class CodeLabelOut(Schema):
    code: str
    label: str


class LanguageVersionOut(Schema):
    id: int
    lang: str
    url: str


class CourseOut(Schema):
    id: int
    translation_key: str
    lang: str
    title: str
    standard: str = Field(description="with its version, e.g. NM ISO 9001:2015")
    level: CodeLabelOut
    summary: str
    minutes: int = Field(description="Σ estimated minutes of its lessons and quizzes")
    certificate: bool
    url: str
    translations: list[LanguageVersionOut] = Field(
        description="the other published language versions"
    )


class CourseListOut(Schema):
    count: int
    page: int
    page_size: int
    next: str | None
    previous: str | None
    items: list[CourseOut]


class ItemOut(Schema):
    id: int
    translation_key: str
    type: str = Field(description="lesson or quiz")
    title: str
    minutes: int
    done_when: CodeLabelOut = Field(description="viewed, active_time or quiz_passed")
    url: str


class ModuleOut(Schema):
    title: str
    items: list[ItemOut]


class CourseDetailOut(CourseOut):
    audience: str
    objectives: str = Field(description="HTML")
    prerequisites: str
    sequential: bool
    pass_mark: int
    modules: list[ModuleOut]


class ResumeOut(Schema):
    id: int
    title: str
    url: str
    video_seconds: int = Field(description="where the video of that item was left")


class EnrolmentOut(Schema):
    course: CourseOut
    enrolled_at: str = Field(json_schema_extra=DATE_TIME)
    due_date: str | None = Field(json_schema_extra={"format": "date"})
    completed_at: str | None = Field(json_schema_extra=DATE_TIME)
    percent: int = Field(description="100 × Σ minutes of done items ÷ Σ minutes, rounded down")
    active_seconds: int
    resume: ResumeOut | None


class EnrolmentListOut(Schema):
    count: int
    page: int
    page_size: int
    next: str | None
    previous: str | None
    items: list[EnrolmentOut]


class ItemProgressOut(ItemOut):
    status: str = Field(description="not_started, started or done")
    locked: bool = Field(description="closed until the previous items are done")
    active_seconds: int
    video_seconds: int
    best_score: int | None


class ClauseOut(Schema):
    clause: str
    label: str
    correct: int
    asked: int


class CourseProgressOut(Schema):
    course_id: int
    percent: int
    active_seconds: int
    completed_at: str | None = Field(json_schema_extra=DATE_TIME)
    resume: ResumeOut | None
    items: list[ItemProgressOut]
    mastery: list[ClauseOut] = Field(description="right answers per clause, latest attempts")


class StrictIn(Schema):
    model_config = ConfigDict(extra="forbid")


class ViewIn(StrictIn):
    item_id: int = ITEM_ID


class HeartbeatIn(StrictIn):
    item_id: int = ITEM_ID
    video_seconds: int | None = Field(None, ge=0, lt=86400, strict=True)


class RecordOut(Schema):
    item_id: int
    status: str
    active_seconds: int
    video_seconds: int
    best_score: int | None
    percent: int = Field(description="the course's percentage after this event")


class ChoiceOut(Schema):
    id: str
    text: str


class QuestionOut(Schema):
    key: str = Field(description="the question's translation key, the same in every language")
    clause: str
    kind: str
    text: str
    choices: list[ChoiceOut]


class ResultOut(Schema):
    key: str
    correct: bool
    chosen: list[str]
    feedback: list[str] = Field(description="the feedback of each chosen answer")


class AttemptOut(Schema):
    id: int
    quiz_id: int
    number: int
    attempts_allowed: int
    submitted: bool
    score: int | None
    passed: bool
    pass_mark: int
    questions: list[QuestionOut]
    results: list[ResultOut] = Field(description="empty until submitted")


class AnswersIn(StrictIn):
    answers: dict[str, list[str]] = Field(
        description="{question key: [answer ids]}; a question left out counts as wrong"
    )


# ---------------------------------------------------------------------------------------------
# Reading


def public_courses():
    return CoursePage.objects.live().public().filter(alias_of__isnull=True)


def courses_in(language):
    """Every public course once: its version in `language`, else its original."""
    there = public_courses().filter(locale__language_code=language)
    return (
        public_courses()
        .filter(
            Q(locale__language_code=language)
            | ~Q(translation_key__in=there.values("translation_key"))
        )
        .select_related("locale")
        .order_by("title", "pk")
    )


def in_language(page, model, language):
    """The live, non-alias version of `page` in `language`, else `page` itself."""
    if page.locale.language_code == language:
        return page
    return (
        model.objects.live()
        .filter(translation_key=page.translation_key, locale__language_code=language)
        .filter(alias_of__isnull=True)
        .select_related("locale")
        .first()
    ) or page


class Batch:
    """What a list of courses needs from other tables, fetched once for the whole list."""

    def __init__(self, request, courses):
        self.request = request
        self.minutes = {course.pk: 0 for course in courses}
        paths = {course.path: course.pk for course in courses}
        if courses:
            within = Q()
            for course in courses:
                within |= Q(path__startswith=course.path)
            for model in (LessonPage, QuizPage):
                rows = model.objects.live().filter(within).values_list("path", "estimated_minutes")
                for path, minutes in rows:
                    for depth in {course.depth for course in courses}:
                        course_pk = paths.get(path[: depth * CoursePage.steplen])
                        if course_pk is not None:
                            self.minutes[course_pk] += minutes
        self.versions = {}
        for version in (
            public_courses()
            .filter(translation_key__in={course.translation_key for course in courses})
            .select_related("locale")
            .order_by("locale__language_code")
        ):
            self.versions.setdefault(version.translation_key, []).append(version)

    def url(self, page):
        return page.get_full_url(self.request) or ""

    def course(self, page):
        return {
            "id": page.pk,
            "translation_key": str(page.translation_key),
            "lang": page.locale.language_code,
            "title": page.title,
            "standard": page.standard,
            "level": {"code": page.level, "label": page.get_level_display()},
            "summary": page.summary,
            "minutes": self.minutes.get(page.pk, 0),
            "certificate": page.certificate,
            "url": self.url(page),
            "translations": [
                {"id": v.pk, "lang": v.locale.language_code, "url": self.url(v)}
                for v in self.versions.get(page.translation_key, [])
                if v.pk != page.pk
            ],
        }


def item_data(request, item):
    done_when = getattr(item, "completion", "quiz_passed")
    labels = dict(LessonPage._meta.get_field("completion").choices)
    return {
        "id": item.pk,
        "translation_key": str(item.translation_key),
        "type": "quiz" if isinstance(item, QuizPage) else "lesson",
        "title": item.title,
        "minutes": item.estimated_minutes,
        "done_when": {"code": done_when, "label": str(labels.get(done_when, _("Quiz passed")))},
        "url": item.get_full_url(request) or "",
    }


def resume_data(request, state):
    item = state.resume_item() if state.enrolment else None
    if item is None:
        return None
    row = state.rows.get(item.translation_key)
    return {
        "id": item.pk,
        "title": item.title,
        "url": item.get_full_url(request) or "",
        "video_seconds": row.video_seconds if row else 0,
    }


def iso(moment):
    return timezone.localtime(moment).isoformat() if moment else None


@router.get(
    "/courses",
    response={200: CourseListOut, 400: ErrorOut},
    summary="The public course catalogue",
)
@public_read
def list_courses(request, lang: str = LANG, page: str = PAGE, page_size: str = PAGE_SIZE):
    """Every published course once, in `lang` when it is translated (else in its original
    language, `lang` telling which)."""
    values = check_params(request, {"lang"} | PAGINATION, paginated=True)
    language = language_or_default(values)
    with translation.override(language):
        meta, courses = paginate(request, courses_in(language), values["page"], values["page_size"])
        batch = Batch(request, courses)
        return Status(200, {**meta, "items": [batch.course(course) for course in courses]})


@router.get(
    "/courses/{course_id}",
    response={200: CourseDetailOut, 400: ErrorOut, 404: ErrorOut},
    summary="One public course with its modules, lessons and quizzes",
)
@public_read
def course_detail(
    request,
    course_id: int = Path(
        ..., ge=1, le=MAX_ID, description="the course page's id (either language)"
    ),
    lang: str | None = Query(None, description="fr or ar: the version in that language"),
):
    values = check_params(request, {"lang"}, paginated=False)
    course = public_courses().select_related("locale").filter(pk=course_id).first()
    if course is None:
        raise ApiError(404, "not_found", _("No such course."))
    course = in_language(course, CoursePage, values["lang"] or course.locale.language_code)
    with translation.override(course.locale.language_code):
        state = progress.course_state(request.user, course)
        data = Batch(request, [course]).course(course)
        data["minutes"] = sum(item.estimated_minutes for item in state.items)
        data.update(
            {
                "audience": course.audience,
                "objectives": course.objectives,
                "prerequisites": course.prerequisites,
                "sequential": course.sequential,
                "pass_mark": course.pass_mark,
                "modules": [
                    {
                        "title": module["title"],
                        "items": [item_data(request, entry["page"]) for entry in module["items"]],
                    }
                    for module in modules_with_items(course, state)
                ],
            }
        )
        return Status(200, data)


# ---------------------------------------------------------------------------------------------
# The learner's own


def her_course(request, course_id, language):
    """The course (either language's id) in which the signed-in learner is enrolled."""
    course = CoursePage.objects.live().select_related("locale").filter(pk=course_id).first()
    if course is None or progress.enrolment_for(request.auth, course) is None:
        raise ApiError(404, "not_found", _("You are not enrolled in this course."))
    return in_language(course, CoursePage, language or course.locale.language_code)


@router.get(
    "/enrolments",
    response={200: EnrolmentListOut, 400: ErrorOut, 401: ErrorOut},
    auth=PRIVATE_AUTH,
    summary="The signed-in learner's courses, with her progress and where to resume",
)
@decorate_view(never_cache)
def list_enrolments(request, lang: str = LANG, page: str = PAGE, page_size: str = PAGE_SIZE):
    """Last seen first. Only her own enrolments, whatever the parameters."""
    values = check_params(request, {"lang"} | PAGINATION, paginated=True)
    language = language_or_default(values)
    enrolments = Enrolment.objects.filter(learner=request.auth).order_by(
        "-last_seen_at", "-enrolled_at", "-pk"
    )
    with translation.override(language):
        meta, enrolments = paginate(request, enrolments, values["page"], values["page_size"])
        courses = {}
        for course in (
            public_courses()
            .filter(translation_key__in=[e.course_key for e in enrolments])
            .select_related("locale")
        ):
            current = courses.get(course.translation_key)
            if current is None or course.locale.language_code == language:
                courses[course.translation_key] = course
        batch = Batch(request, list(courses.values()))
        # An enrolment whose course was unpublished since is left out.
        pairs = [(courses[e.course_key], e) for e in enrolments if e.course_key in courses]
        items = []
        for state in progress.course_states(pairs):
            course, enrolment = state.course, state.enrolment
            items.append(
                {
                    "course": batch.course(course),
                    "enrolled_at": iso(enrolment.enrolled_at),
                    "due_date": enrolment.due_date.isoformat() if enrolment.due_date else None,
                    "completed_at": iso(enrolment.completed_at),
                    "percent": state.percent,
                    "active_seconds": state.active_seconds,
                    "resume": resume_data(request, state),
                }
            )
        return Status(200, {**meta, "items": items})


def progress_data(request, course, state):
    items = []
    for item in state.items:
        row = state.rows.get(item.translation_key)
        items.append(
            {
                **item_data(request, item),
                "status": row.status if row else "not_started",
                "locked": not state.is_unlocked(item),
                "active_seconds": row.active_seconds if row else 0,
                "video_seconds": row.video_seconds if row else 0,
                "best_score": row.best_score if row else None,
            }
        )
    labels = dict(Clause.choices)
    return {
        "course_id": course.pk,
        "percent": state.percent,
        "active_seconds": state.active_seconds,
        "completed_at": iso(state.enrolment.completed_at),
        "resume": resume_data(request, state),
        "items": items,
        "mastery": [
            {"clause": clause, "label": str(labels.get(clause, clause)), "correct": r, "asked": a}
            for clause, (r, a) in progress.clause_mastery(state.enrolment).items()
        ],
    }


@router.get(
    "/enrolments/{course_id}/progress",
    response={200: CourseProgressOut, 400: ErrorOut, 401: ErrorOut, 404: ErrorOut},
    auth=PRIVATE_AUTH,
    summary="The signed-in learner's progress in one course, item by item",
)
@decorate_view(never_cache)
def course_progress(
    request,
    course_id: int = Path(
        ..., ge=1, le=MAX_ID, description="the course page's id (either language)"
    ),
    lang: str | None = Query(None, description="fr or ar"),
):
    """A fixed number of queries whatever the number of lessons."""
    values = check_params(request, {"lang"}, paginated=False)
    course = her_course(request, course_id, values["lang"])
    with translation.override(course.locale.language_code):
        state = progress.course_state(request.auth, course)
        return Status(200, progress_data(request, course, state))


def course_item(item_id):
    page = (
        LessonPage.objects.live().filter(pk=item_id).first()
        or QuizPage.objects.live().filter(pk=item_id).first()
    )
    if page is None:
        raise ApiError(404, "not_found", _("No such lesson or quiz."))
    return page


def refused(error, status=409, code="refused"):
    return ApiError(status, code, str(error))


def record_out(user, item, row):
    course = progress.course_of(item)
    return {
        "item_id": item.pk,
        "status": row.status,
        "active_seconds": row.active_seconds,
        "video_seconds": row.video_seconds,
        "best_score": row.best_score,
        "percent": progress.course_state(user, course).percent,
    }


# 403: a session POST without its CSRF token, or a read-only token.
PROGRESS_RESPONSES = {
    200: RecordOut,
    400: ErrorOut,
    401: ErrorOut,
    403: ErrorOut,
    404: ErrorOut,
    409: ErrorOut,
}


@router.post(
    "/progress/view",
    response=PROGRESS_RESPONSES,
    auth=PRIVATE_AUTH,
    summary="She opened a lesson or a quiz (a lesson done when viewed is then done)",
)
def progress_view(request, payload: ViewIn, lang: str | None = Query(None)):
    check_params(request, {"lang"}, paginated=False)
    item = course_item(payload.item_id)
    try:
        row = progress.record_view(request.auth, item)
    except ProgressError as error:
        raise refused(error) from error
    return Status(200, record_out(request.auth, item, row))


@router.post(
    "/progress/heartbeat",
    response=PROGRESS_RESPONSES,
    auth=PRIVATE_AUTH,
    summary="She is still on the item (every 30 s while active; a gap over 90 s is not counted)",
)
def progress_heartbeat(request, payload: HeartbeatIn, lang: str | None = Query(None)):
    check_params(request, {"lang"}, paginated=False)
    item = course_item(payload.item_id)
    try:
        row = progress.heartbeat(request.auth, item, payload.video_seconds)
    except ProgressError as error:
        raise refused(error) from error
    return Status(200, record_out(request.auth, item, row))


def attempt_data(attempt, quiz):
    questions = progress.questions_of(attempt, quiz.locale)
    results = []
    if attempt.submitted_at:
        for question in questions:
            result = attempt.results.get(str(question.translation_key), {})
            chosen = result.get("chosen", [])
            feedback = {block.id: block.value.get("feedback") or "" for block in question.choices}
            results.append(
                {
                    "key": str(question.translation_key),
                    "correct": bool(result.get("correct")),
                    "chosen": chosen,
                    "feedback": [feedback[c] for c in chosen if c in feedback],
                }
            )
    return {
        "id": attempt.pk,
        "quiz_id": quiz.pk,
        "number": attempt.number,
        "attempts_allowed": quiz.max_attempts,
        "submitted": attempt.submitted_at is not None,
        "score": attempt.score,
        "passed": attempt.passed,
        "pass_mark": quiz.pass_mark,
        # The correct flags never leave the server.
        "questions": [
            {
                "key": str(question.translation_key),
                "clause": question.clause,
                "kind": question.kind,
                "text": question.text,
                "choices": [{"id": b.id, "text": b.value["text"]} for b in question.choices],
            }
            for question in questions
        ],
        "results": results,
    }


ATTEMPT_RESPONSES = {
    200: AttemptOut,
    400: ErrorOut,
    401: ErrorOut,
    403: ErrorOut,
    404: ErrorOut,
    409: ErrorOut,
}


@router.post(
    "/quizzes/{quiz_id}/attempts",
    response=ATTEMPT_RESPONSES,
    auth=PRIVATE_AUTH,
    summary="Start an attempt (or get the one in progress): the questions drawn, in the quiz's "
    "language",
)
def start_attempt(
    request,
    quiz_id: int = Path(..., ge=1, le=MAX_ID, description="the quiz page's id (either language)"),
    lang: str | None = Query(None),
):
    check_params(request, {"lang"}, paginated=False)
    quiz = QuizPage.objects.live().filter(pk=quiz_id).first()
    if quiz is None:
        raise ApiError(404, "not_found", _("No such quiz."))
    try:
        attempt = progress.start_attempt(request.auth, quiz)
    except ProgressError as error:
        raise refused(error) from error
    return Status(200, attempt_data(attempt, quiz))


@router.post(
    "/attempts/{attempt_id}/answers",
    response=ATTEMPT_RESPONSES,
    auth=PRIVATE_AUTH,
    summary="Submit the answers of an attempt: scored by the server; submitting again changes "
    "nothing",
)
def submit_answers(
    request,
    payload: AnswersIn,
    attempt_id: int = Path(..., ge=1, le=MAX_ID, description="the attempt's id"),
    lang: str | None = Query(None, description="fr or ar: the language of the feedback"),
):
    values = check_params(request, {"lang"}, paginated=False)
    attempt = (
        QuizAttempt.objects.filter(pk=attempt_id, enrolment__learner=request.auth)
        .select_related("enrolment")
        .first()
    )
    if attempt is None:
        raise ApiError(404, "not_found", _("No such attempt."))
    quizzes = list(
        QuizPage.objects.live()
        .filter(translation_key=attempt.quiz_key, alias_of__isnull=True)
        .select_related("locale")
    )
    if not quizzes:
        raise ApiError(404, "not_found", _("No such quiz."))
    wanted = values["lang"] or translation.get_language()
    quiz = next((q for q in quizzes if q.locale.language_code == wanted), quizzes[0])
    try:
        attempt = progress.submit_attempt(request.auth, quiz, attempt, payload.answers)
    except ProgressError as error:
        raise refused(error, 400, "invalid_answers") from error
    return Status(200, attempt_data(attempt, quiz))
