"""The judge's own assignments and score sheets: `/api/judging/…` (Django Ninja, in the OpenAPI
document; conventions of `jawda.api_common`).

A personal token or the session (`PRIVATE_AUTH`), judges only (403 for anyone else), and the
conflict rule through `Assignment.objects.for_judge`: someone else's, a withdrawn or a
conflicted assignment answers 404. A judge reads her own scores only, never another judge's
(the blind rule; the other judges' scores are read on the site once she has submitted).
Scores are in no public endpoint.
"""

from ninja import Field, Path, Query, Router, Schema, Status
from ninja.decorators import decorate_view

from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import translation
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
)

from . import judging
from .models import Assignment, SheetStatus

router = Router(tags=["judging"])

LANG = Query("fr", description="fr or ar")
PAGE = Query("1", description="page number, from 1")
PAGE_SIZE = Query(str(DEFAULT_PAGE_SIZE), description=f"at most {MAX_PAGE_SIZE}")
ASSIGNMENT_ID = Path(..., ge=1, le=MAX_ID, description="the assignment's id")


class AssignmentOut(Schema):
    id: int
    reference: str | None
    applicant: str
    category: str
    team_leader: bool
    sheet_status: str = Field(description="draft or submitted")
    url: str = Field(description="the score sheet on the site")


class AssignmentListOut(Schema):
    count: int
    page: int
    page_size: int
    next: str | None
    previous: str | None
    items: list[AssignmentOut]


class ScoreOut(Schema):
    subcriterion: int
    code: str
    title: str
    points: int
    percent: int | None = Field(description="0 to 100 in steps of 5; null while not scored")
    strengths: str
    improvements: str


class SheetOut(Schema):
    assignment: int
    status: str = Field(description="draft or submitted")
    submitted_at: str | None
    scores: list[ScoreOut]


class ScoreIn(Schema):
    subcriterion: int = Field(..., ge=1, le=MAX_ID)
    percent: int | None = Field(None, ge=0, le=100, description="0 to 100 in steps of 5")
    strengths: str = Field("", max_length=4000)
    improvements: str = Field("", max_length=4000)


class SheetIn(Schema):
    scores: list[ScoreIn] = Field(..., max_length=500)


# The answers of the two writing operations.
WRITE_RESPONSES = {
    200: SheetOut,
    400: ErrorOut,
    401: ErrorOut,
    403: ErrorOut,
    404: ErrorOut,
    409: ErrorOut,
}


def judge_required(request):
    judge = judging.judge_of(request.auth)
    if judge is None:
        raise ApiError(403, "not_a_judge", _("Only judges may use this endpoint."))
    return judge


def assignment_of(request, assignment_id):
    assignment = (
        Assignment.objects.for_judge(request.auth)
        .select_related("application__edition")
        .filter(pk=assignment_id)
        .first()
    )
    if assignment is None:
        raise ApiError(404, "not_found", _("No such assignment."))
    return assignment


def sheet_out(assignment, sheet):
    subcriteria = judging.subcriteria_of(assignment.application)
    scores = {score.subcriterion_id: score for score in sheet.scores.all()}
    items = []
    for sub in subcriteria:
        score = scores.get(sub.pk)
        items.append(
            {
                "subcriterion": sub.pk,
                "code": sub.code,
                "title": sub.title,
                "points": sub.points,
                "percent": score.percent if score else None,
                "strengths": score.strengths if score else "",
                "improvements": score.improvements if score else "",
            }
        )
    return {
        "assignment": assignment.pk,
        "status": sheet.status,
        "submitted_at": sheet.submitted_at.isoformat() if sheet.submitted_at else None,
        "scores": items,
    }


@router.get(
    "/judging/assignments",
    response={200: AssignmentListOut, 400: ErrorOut, 401: ErrorOut, 403: ErrorOut},
    auth=PRIVATE_AUTH,
    summary="The signed-in judge's current assignments",
)
@decorate_view(never_cache)
def list_assignments(request, lang: str = LANG, page: str = PAGE, page_size: str = PAGE_SIZE):
    """Only applications she is assigned to and has no conflict with."""
    values = check_params(request, {"lang"} | PAGINATION, paginated=True)
    judge_required(request)
    assignments = (
        Assignment.objects.for_judge(request.auth)
        .select_related("application", "sheet")
        .order_by("application__reference", "pk")
    )
    with translation.override(language_or_default(values)):
        meta, assignments = paginate(request, assignments, values["page"], values["page_size"])
        items = []
        for assignment in assignments:
            application = assignment.application
            sheet = getattr(assignment, "sheet", None)
            items.append(
                {
                    "id": assignment.pk,
                    "reference": application.reference,
                    "applicant": application.organisation_name,
                    "category": application.category,
                    "team_leader": assignment.is_team_leader,
                    "sheet_status": sheet.status if sheet else SheetStatus.DRAFT,
                    "url": request.build_absolute_uri(
                        reverse("awards_judging_sheet", args=[assignment.pk])
                    ),
                }
            )
    return Status(200, {**meta, "items": items})


@router.get(
    "/judging/assignments/{assignment_id}/sheet",
    response={200: SheetOut, 400: ErrorOut, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut},
    auth=PRIVATE_AUTH,
    summary="Her score sheet for one assignment",
)
@decorate_view(never_cache)
def get_sheet(request, assignment_id: int = ASSIGNMENT_ID, lang: str = LANG):
    values = check_params(request, {"lang"}, paginated=False)
    judge_required(request)
    assignment = assignment_of(request, assignment_id)
    with translation.override(language_or_default(values)):
        return Status(200, sheet_out(assignment, judging.sheet_of(assignment)))


def as_fields(error):
    """A ValidationError by sub-criterion id as ErrorOut's `fields`."""
    return {str(key): [str(m) for m in messages] for key, messages in error.message_dict.items()}


def writable_sheet(request, assignment_id):
    judge = judge_required(request)
    assignment = assignment_of(request, assignment_id)
    if not judging.has_signed(judge):
        raise ApiError(
            403,
            "declaration_not_signed",
            _("Sign your declaration of interests for this year first."),
        )
    sheet = judging.sheet_of(assignment)
    if sheet.is_submitted:
        raise ApiError(
            409,
            "submitted",
            _("This score sheet is submitted: the secretariat must reopen it first."),
        )
    return assignment, sheet


@router.put(
    "/judging/assignments/{assignment_id}/sheet",
    response=WRITE_RESPONSES,
    auth=PRIVATE_AUTH,
    summary="Save scores of her draft score sheet",
)
def put_sheet(request, body: SheetIn, assignment_id: int = ASSIGNMENT_ID):
    """The scores given replace those of the same sub-criteria; the others stay."""
    check_params(request, {"lang"}, paginated=False)
    assignment, sheet = writable_sheet(request, assignment_id)
    known = {sub.pk for sub in judging.subcriteria_of(assignment.application)}
    unknown = [score.subcriterion for score in body.scores if score.subcriterion not in known]
    if unknown:
        raise ApiError(
            400,
            "invalid_parameters",
            _("Some scores are invalid."),
            {str(pk): [str(_("Not a sub-criterion of this application."))] for pk in unknown},
        )
    entries = {
        score.subcriterion: judging.Entry(
            percent=score.percent,
            strengths=score.strengths.strip(),
            improvements=score.improvements.strip(),
        )
        for score in body.scores
    }
    try:
        judging.save_scores(sheet, entries, request)
    except ValidationError as error:
        raise ApiError(
            400, "invalid_parameters", _("Some scores are invalid."), as_fields(error)
        ) from error
    return Status(200, sheet_out(assignment, sheet))


@router.post(
    "/judging/assignments/{assignment_id}/submit",
    response=WRITE_RESPONSES,
    auth=PRIVATE_AUTH,
    summary="Submit her score sheet once every sub-criterion is scored",
)
def submit_sheet(request, assignment_id: int = ASSIGNMENT_ID):
    check_params(request, {"lang"}, paginated=False)
    assignment, sheet = writable_sheet(request, assignment_id)
    try:
        sheet = judging.submit_sheet(sheet, judging.subcriteria_of(assignment.application), request)
    except ValidationError as error:
        raise ApiError(
            400, "incomplete", _("The score sheet is not complete."), as_fields(error)
        ) from error
    return Status(200, sheet_out(assignment, sheet))
