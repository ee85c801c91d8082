"""The editorial operations of the API, after plone.restapi's: `@preview` (a draft through a
signed preview token), `@workflow` (moderation state, history and actions) and `@history`
(revisions and log events). Everything but `@preview` is for the page's editors only: anyone
else gets the 404 of a page that does not exist."""

import datetime

from ninja import Path, Query, Router, Schema, Status
from ninja.decorators import decorate_view
from rest_framework.request import Request

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import get_object_or_404
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache

from wagtail.models import Page, PageLogEntry, WorkflowState

from ..api_common import (
    DEFAULT_PAGE_SIZE,
    MAX_ID,
    MAX_PAGE_SIZE,
    PAGINATION,
    PRIVATE_AUTH,
    ApiError,
    ErrorOut,
    check_params,
    paginate,
)
from .preview import PreviewRefused, draft_for_token

router = Router(tags=["editorial"])

PAGE_ID = Path(..., ge=1, le=MAX_ID, description="the page's id")
# Workflow actions as the API names them, and Wagtail's names for the task actions.
TASK_ACTIONS = {"approve": "approve", "request-changes": "reject"}
WORKFLOW_HISTORY_LENGTH = 10


def in_requested_language(values):
    """Labels and messages in `?lang`, else in the request's language."""
    return translation.override(values["lang"] or translation.get_language())


def editable_page(request, page_id, reviewers_too=False):
    """The page if the signed-in user may edit it (or, with `reviewers_too`, review its current
    moderation task); 404 otherwise, as if it did not exist."""
    page = get_object_or_404(Page.objects.select_related("locale"), pk=page_id).specific
    user = request.auth
    if page.permissions_for_user(user).can_edit():
        return page
    task_state = page.current_workflow_task_state
    if reviewers_too and task_state and task_state.task.specific.get_actions(page, user):
        return page
    raise ApiError(404, "not_found", _("Not found."))


# @preview


def page_api_json(request, page):
    """`page` as /api/v2/pages/{id}/ shows it (Wagtail's serializer), draft or not."""
    from ..api import JawdaPagesAPIViewSet, api_router

    class PreviewViewSet(JawdaPagesAPIViewSet):
        def get_object(self):
            return page

    view = PreviewViewSet()
    view.request = Request(request)
    view.request.wagtailapi_router = api_router
    view.action, view.args, view.kwargs, view.format_kwarg = "detail_view", (), {}, None
    return view.get_serializer(page).data


@router.get(
    "/pages/@preview",
    response={200: dict, 400: ErrorOut, 401: ErrorOut, 403: ErrorOut},
    summary="A draft page, for a front end's preview",
)
@decorate_view(never_cache)
def page_preview(
    request,
    token: str = Query(..., max_length=1000, description="the token of the preview link"),
    lang: str | None = Query(None, description="fr or ar (the language of errors)"),
):
    """The latest revision of the page named by a preview token (from the admin's "Preview in
    the front end"), as the same JSON as `/api/v2/pages/{id}/`. No other authentication: the
    signed token is the credential, valid for JAWDA_PREVIEW_MAX_AGE seconds."""
    check_params(request, {"token", "lang"}, paginated=False)
    try:
        draft = draft_for_token(token)
    except PreviewRefused as refusal:
        if refusal.expired:
            raise ApiError(
                401, "preview_expired", _("This preview link has expired: open a new one.")
            ) from refusal
        raise ApiError(403, "preview_invalid", _("This preview link is not valid.")) from refusal
    return Status(200, page_api_json(request, draft))


# @workflow


class TaskOut(Schema):
    name: str
    status: str
    started_at: datetime.datetime
    finished_at: datetime.datetime | None
    finished_by: str | None
    comment: str


class WorkflowRunOut(Schema):
    id: int
    workflow: str
    status: str
    requested_by: str | None
    created_at: datetime.datetime
    tasks: list[TaskOut]


class ActionOut(Schema):
    name: str
    label: str


class WorkflowOut(Schema):
    id: int
    title: str
    live: bool
    has_unpublished_changes: bool
    workflow: str | None
    status: str | None
    current_task: str | None
    actions: list[ActionOut]
    history: list[WorkflowRunOut]


class WorkflowActionIn(Schema):
    comment: str = ""


def display_name(user):
    if user is None:
        return None
    return user.get_full_name() or user.get_username()


def available_actions(page, user):
    """[(API name, label)] of what `user` may do to the page's moderation now."""
    state = page.current_workflow_state
    if state is None or state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        if page.get_workflow() and page.permissions_for_user(user).can_submit_for_moderation():
            return [("submit", _("Submit for moderation"))]
        return []
    task_state = state.current_task_state
    if task_state is None:
        return []
    wagtail_actions = {
        name for name, _label, _more in task_state.task.specific.get_actions(page, user)
    }
    labels = {"approve": _("Approve"), "request-changes": _("Request changes")}
    return [
        (name, labels[name]) for name, wagtail in TASK_ACTIONS.items() if wagtail in wagtail_actions
    ]


def workflow_data(page, user):
    runs = list(
        WorkflowState.objects.for_instance(page)
        .select_related("workflow", "requested_by")
        .prefetch_related("task_states__task", "task_states__finished_by")
        .order_by("-created_at", "-id")[:WORKFLOW_HISTORY_LENGTH]
    )
    current = next((run for run in runs if run.is_active), None)
    latest = runs[0] if runs else None
    workflow = page.get_workflow()
    return {
        "id": page.id,
        "title": page.title,
        "live": page.live,
        "has_unpublished_changes": page.has_unpublished_changes,
        "workflow": (latest.workflow.name if latest else workflow.name if workflow else None),
        "status": latest.status if latest else None,
        "current_task": (
            current.current_task_state.task.name if current and current.current_task_state else None
        ),
        "actions": [{"name": n, "label": str(label)} for n, label in available_actions(page, user)],
        "history": [
            {
                "id": run.id,
                "workflow": run.workflow.name,
                "status": run.status,
                "requested_by": display_name(run.requested_by),
                "created_at": run.created_at,
                "tasks": [
                    {
                        "name": task_state.task.name,
                        "status": task_state.status,
                        "started_at": task_state.started_at,
                        "finished_at": task_state.finished_at,
                        "finished_by": display_name(task_state.finished_by),
                        "comment": task_state.comment or "",
                    }
                    for task_state in sorted(
                        run.task_states.all(), key=lambda t: (t.started_at, t.id)
                    )
                ],
            }
            for run in runs
        ],
    }


@router.get(
    "/pages/{page_id}/@workflow",
    response={200: WorkflowOut, 400: ErrorOut, 401: ErrorOut, 404: ErrorOut},
    auth=PRIVATE_AUTH,
    summary="A page's moderation state, its history and what the user may do",
)
@decorate_view(never_cache)
def page_workflow(request, page_id: int = PAGE_ID, lang: str | None = Query(None)):
    """For users who may edit the page. `actions` lists the actions of
    `POST /api/pages/{id}/@workflow/{action}` open to the user now."""
    values = check_params(request, {"lang"}, paginated=False)
    page = editable_page(request, page_id, reviewers_too=True)
    with in_requested_language(values):
        return Status(200, workflow_data(page, request.auth))


WORKFLOW_ACTION_RESPONSES = {
    200: WorkflowOut,
    400: ErrorOut,
    401: ErrorOut,
    403: ErrorOut,
    404: ErrorOut,
    409: ErrorOut,
}


def refusal(page, action):
    """403 when the action applies to the page's state but not for this user, else 409."""
    state = page.current_workflow_state
    in_review = state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS
    if action == "submit" and not in_review and page.get_workflow():
        return ApiError(403, "not_allowed", _("You may not submit this page for moderation."))
    if action != "submit" and in_review:
        return ApiError(403, "not_allowed", _("You may not review this page."))
    return ApiError(409, "not_applicable", _("This action does not apply to the page now."))


@router.post(
    "/pages/{page_id}/@workflow/{action}",
    response=WORKFLOW_ACTION_RESPONSES,
    auth=PRIVATE_AUTH,
    summary="Submit a page for moderation, approve it or request changes",
)
def page_workflow_action(
    request,
    payload: WorkflowActionIn,
    page_id: int = PAGE_ID,
    action: str = Path(..., pattern="^(submit|approve|request-changes)$"),
    lang: str | None = Query(None),
):
    """`submit` starts the page's workflow on its latest revision (or resumes it after
    changes were requested); `approve` and `request-changes` act on the current task, for
    its reviewers (Moderators). With a write token, or the session and its CSRF token. The
    final approval publishes the page. 409 when the action does not apply to the page's
    current state."""
    values = check_params(request, {"lang"}, paginated=False)
    page = editable_page(request, page_id, reviewers_too=True)
    user = request.auth
    if action not in dict(available_actions(page, user)):
        raise refusal(page, action)
    try:
        with transaction.atomic():
            if action == "submit":
                state = page.current_workflow_state
                if state is not None:
                    state.resume(user)
                else:
                    if page.latest_revision is None:
                        page.save_revision(user=user)
                    page.get_workflow().start(page, user)
            else:
                task_state = page.current_workflow_task_state
                task_state.task.specific.on_action(
                    task_state.specific, user, TASK_ACTIONS[action], comment=payload.comment
                )
    except PermissionDenied as exc:
        # The last approval publishes: Wagtail refuses it to a reviewer who may not publish.
        raise ApiError(403, "not_allowed", _("You may not publish this page.")) from exc
    page = Page.objects.get(pk=page.pk).specific
    with in_requested_language(values):
        return Status(200, workflow_data(page, user))


# @history


class HistoryEntryOut(Schema):
    id: int
    action: str
    message: str
    timestamp: datetime.datetime
    user: str | None
    revision_id: int | None
    comment: str


class HistoryOut(Schema):
    count: int
    page: int
    page_size: int
    next: str | None
    previous: str | None
    items: list[HistoryEntryOut]


@router.get(
    "/pages/{page_id}/@history",
    response={200: HistoryOut, 400: ErrorOut, 401: ErrorOut, 404: ErrorOut},
    auth=PRIVATE_AUTH,
    summary="A page's revisions and workflow events, newest first",
)
@decorate_view(never_cache)
def page_history(
    request,
    page_id: int = PAGE_ID,
    lang: str | None = Query(None),
    page: str = Query("1", description="page number, from 1"),
    page_size: str = Query(str(DEFAULT_PAGE_SIZE), description=f"at most {MAX_PAGE_SIZE}"),
):
    """Wagtail's log of the page (edits, publications, workflow steps, comments), for users
    who may edit it."""
    values = check_params(request, {"lang"} | PAGINATION, paginated=True)
    target = editable_page(request, page_id)
    entries = (
        PageLogEntry.objects.filter(page=target)
        .select_related("user", "revision")
        .order_by("-timestamp", "-id")
    )
    with in_requested_language(values):
        meta, entries = paginate(request, entries, values["page"], values["page_size"])
        return Status(
            200,
            {
                **meta,
                "items": [
                    {
                        "id": entry.id,
                        "action": entry.action,
                        "message": str(entry.message),
                        "timestamp": entry.timestamp,
                        "user": str(entry.user_display_name) if entry.user_id else None,
                        "revision_id": entry.revision_id,
                        "comment": entry.comment or "",
                    }
                    for entry in entries
                ],
            },
        )
