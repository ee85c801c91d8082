"""The applicant's side of the online application, and its files.

Every view finds the application among those the user may see (hers; any for the prize
secretariat and superusers; for a judge, those of `Application.objects.for_judge`) and
answers 404 otherwise, whether or not it exists. Only the
applicant changes her application, and only while `Application.is_editable`.
"""

from allauth.core import ratelimit

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import FileResponse, Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from jawda.i18n import active_locale_id, local_time
from jawda.security.audit import record
from jawda.security.models import ScanStatus
from jawda.security.uploads import DEFAULT_MAX_BYTES, UploadValidator, store_private_file

from . import applications as logic
from . import messages as thread
from .groups import SECRETARIAT
from .models import (
    Application,
    ApplicationEvent,
    ApplicationStatus,
    Attachment,
    CallStatus,
    MessageSide,
    PrizeEditionPage,
)

ATTACHMENT_MAX_BYTES = DEFAULT_MAX_BYTES
FINAL_STATUSES = {
    ApplicationStatus.LAUREATE,
    ApplicationStatus.RECOGNISED,
    ApplicationStatus.NOT_RETAINED,
}


def is_secretariat(user):
    return user.is_superuser or user.groups.filter(name=SECRETARIAT).exists()


def visible_application(request, pk):
    """The application `pk` if the user may read it, else 404."""
    application = get_object_or_404(
        Application.objects.select_related("edition", "applicant"), pk=pk
    )
    if application.applicant_id == request.user.pk or is_secretariat(request.user):
        return application
    # A judge reads it (answers, files, PDF copy) only through the conflict rule.
    if Application.objects.for_judge(request.user).filter(pk=application.pk).exists():
        return application
    raise Http404


def own_application(request, pk):
    """The user's own application `pk`, else 404 (the secretariat reads, never types)."""
    application = visible_application(request, pk)
    if application.applicant_id != request.user.pk:
        raise Http404
    return application


def edition_in_reader_language(edition):
    locale_id = active_locale_id()
    if edition.locale_id == locale_id:
        return edition
    return (
        PrizeEditionPage.objects.live()
        .filter(translation_key=edition.translation_key, locale_id=locale_id)
        .first()
        or edition
    )


# ---------------------------------------------------------------------------------------------
# Dashboard and start


@require_safe
@login_required
def dashboard(request):
    applications = list(
        thread.with_unread(
            Application.objects.filter(applicant=request.user), MessageSide.APPLICANT
        )
        .select_related("edition")
        .prefetch_related("events")
        .order_by("-created_at")
    )
    keys = {a.edition.translation_key for a in applications}
    translated = {
        page.translation_key: page
        for page in PrizeEditionPage.objects.live().filter(
            translation_key__in=keys, locale_id=active_locale_id()
        )
    }
    for application in applications:
        application.edition_page = translated.get(
            application.edition.translation_key, application.edition
        )
        # Decided applications of a published edition: the ones with a feedback report.
        application.has_feedback = (
            application.edition.results_published_at is not None
            and application.status in FINAL_STATUSES
        )
    response = TemplateResponse(
        request, "awards/applications/dashboard.html", {"applications": applications}
    )
    patch_cache_control(response, private=True, no_store=True)
    return response


@require_POST
@login_required
def start(request, edition_id):
    """Open her application to the edition (the one she has, or a new draft)."""
    page = get_object_or_404(PrizeEditionPage.objects.live().public(), pk=edition_id)
    edition = (
        PrizeEditionPage.objects.filter(
            translation_key=page.translation_key, locale__language_code="fr"
        ).first()
        or page
    )
    existing = Application.objects.filter(edition=edition, applicant=request.user).first()
    if existing is not None:
        return redirect("awards_application_step", existing.pk, "organisation")
    if edition.call_status != CallStatus.OPEN:
        messages.error(request, _("The call for applications is not open."))
        return redirect(page.url)
    with transaction.atomic():
        application, created = Application.objects.get_or_create(
            edition=edition,
            applicant=request.user,
            defaults={
                "applicant_key": f"user:{request.user.pk}",
                "contact_name": request.user.get_full_name(),
                "contact_email": request.user.email,
                "language": request.LANGUAGE_CODE,
            },
        )
        if created:
            ApplicationEvent.objects.create(
                application=application, status=ApplicationStatus.DRAFT, actor=request.user
            )
    return redirect("awards_application_step", application.pk, "organisation")


# ---------------------------------------------------------------------------------------------
# Steps


def _step_context(application, slug):
    criteria = logic.criteria_of(application)
    steps = logic.steps_of(application, criteria)
    index = next((i for i, step in enumerate(steps) if step.slug == slug), None)
    if index is None:
        raise Http404
    return criteria, steps, index


def _render_step(request, application, steps, index, form, criteria, status=200, extra=None):
    step = steps[index]
    context = {
        "application": application,
        "edition": edition_in_reader_language(application.edition),
        "steps": steps,
        "step": step,
        "index": index,
        "previous": steps[index - 1] if index else None,
        "next": steps[index + 1] if index + 1 < len(steps) else None,
        "form": form,
        "editable": application.is_editable,
        "answer_max_length": logic.ANSWER_MAX_LENGTH,
        # Milliseconds since 1970, for the autosave script to tell a stale copy kept in the
        # browser from what she typed after her session ended.
        "saved_at": int(application.updated_at.timestamp() * 1000),
    }
    if step.slug == "attachments":
        context["attachments"] = list(application.attachments.select_related("file"))
        context["upload_form"] = (extra or {}).get("upload_form") or AttachmentForm(
            application=application
        )
    if step.slug == "review":
        found = logic.problems(application, criteria)
        context["problems"] = [(s, found[s.slug]) for s in steps if s.slug in found]
        context["criteria"] = _answered(application, criteria)
        context["attachments"] = list(application.attachments.select_related("file"))
        context["history"] = list(application.events.all())
    context.update(extra or {})
    response = TemplateResponse(request, "awards/applications/step.html", context, status=status)
    patch_cache_control(response, private=True, no_store=True)
    return response


def _answered(application, criteria):
    answers = {a.subcriterion_id: a for a in application.answers.all()}
    for criterion in criteria:
        for sub in criterion.children:
            sub.answer = answers.get(sub.pk)
    return criteria


@require_http_methods(["GET", "POST"])
@login_required
def step_view(request, pk, slug):
    application = visible_application(request, pk)
    criteria, steps, index = _step_context(application, slug)
    step = steps[index]
    own = application.applicant_id == request.user.pk
    if not own:
        record(logic.APPLICATION_VIEWED_BY_STAFF, target=application, request=request)
    if not application.is_editable and step.slug != "review":
        # Read-only: everything is on the review page.
        return redirect("awards_application_step", application.pk, "review")
    if request.method == "POST" and step.slug != "attachments":
        if not own:
            raise Http404
        if not application.is_editable:
            messages.error(request, logic.CLOSED_MESSAGE)
            return redirect("awards_application_step", application.pk, "review")
        form = logic.form_for(step, application, request.POST)
        if form is None:
            raise Http404
        errors = logic.save_step(application, form)
        if "next" in request.POST:
            missing = logic.problems(application, criteria).get(step.slug, {})
            for name, message in missing.items():
                if name in form.fields and name not in form.errors:
                    form.add_error(name, message)
            if not form.errors:
                return redirect("awards_application_step", application.pk, steps[index + 1].slug)
        elif not errors:
            messages.success(request, _("Draft saved."))
            return redirect("awards_application_step", application.pk, step.slug)
        if form.errors:
            messages.error(
                request,
                _("Saved, except what is marked below: it is kept as you typed it."),
            )
        return _render_step(request, application, steps, index, form, criteria, status=400)
    if request.method == "POST":
        return _upload(request, application, steps, index, criteria)
    form = logic.form_for(step, application)
    return _render_step(request, application, steps, index, form, criteria)


@require_POST
def autosave(request, pk, slug):
    """What the autosave script posts: saves what is valid, keeps what was typed; JSON."""
    if not request.user.is_authenticated:
        return JsonResponse(
            {"saved": False, "message": gettext("Your session ended: sign in again.")},
            status=401,
        )
    application = own_application(request, pk)
    _criteria, steps, index = _step_context(application, slug)
    if not application.is_editable:
        return JsonResponse({"saved": False, "message": str(logic.CLOSED_MESSAGE)}, status=409)
    form = logic.form_for(steps[index], application, request.POST)
    if form is None:
        raise Http404
    errors = logic.save_step(application, form)
    return JsonResponse(
        {
            "saved": True,
            "message": gettext("Draft saved at %(time)s.") % {"time": local_time(timezone.now())},
            "errors": {name: [str(e) for e in errs] for name, errs in errors.items()},
        }
    )


@require_POST
@login_required
def submit_view(request, pk):
    application = own_application(request, pk)
    limited = ratelimit.consume_or_429(request, action="prize_application_submit")
    if limited:
        return limited
    try:
        application = logic.submit(application, request)
    except logic.Incomplete:
        messages.error(request, _("The application is not complete yet: see the list below."))
        return redirect("awards_application_step", application.pk, "review")
    except logic.ApplicationError as error:
        messages.error(request, str(error))
        return redirect("awards_application_step", application.pk, "review")
    messages.success(
        request,
        _("Your application is submitted. Its reference number is %(reference)s.")
        % {"reference": application.reference},
    )
    return redirect("awards_application_step", application.pk, "review")


# ---------------------------------------------------------------------------------------------
# Messages with the secretariat


@require_http_methods(["GET", "POST"])
@login_required
def messages_view(request, pk):
    """Her thread with the secretariat: read it (which marks it read) and reply, whatever the
    application's status. The secretariat answers from the admin."""
    application = own_application(request, pk)
    form = thread.MessageForm(request.POST or None)
    status = 200
    if request.method == "POST":
        limited = ratelimit.consume_or_429(request, action="prize_application_message")
        if limited:
            return limited
        if form.is_valid():
            thread.send(application, MessageSide.APPLICANT, form.cleaned_data["body"], request)
            messages.success(request, _("Your message is sent to the prize secretariat."))
            return redirect("awards_application_messages", application.pk)
        status = 400
    else:
        thread.mark_read(application, MessageSide.APPLICANT)
    context = {
        "application": application,
        "edition": edition_in_reader_language(application.edition),
        "thread": list(application.messages.all()),
        "form": form,
    }
    response = TemplateResponse(
        request, "awards/applications/messages.html", context, status=status
    )
    patch_cache_control(response, private=True, no_store=True)
    return response


# ---------------------------------------------------------------------------------------------
# Attachments


class AttachmentForm(forms.Form):
    document = forms.ChoiceField(label=_("Document"), required=False)
    file = forms.FileField(
        label=_("PDF file"),
        validators=[UploadValidator(("pdf",), ATTACHMENT_MAX_BYTES)],
        error_messages={"required": _("Choose a PDF file.")},
        widget=forms.ClearableFileInput(attrs={"accept": "application/pdf,.pdf"}),
    )

    def __init__(self, *args, application, **kwargs):
        super().__init__(*args, **kwargs)
        self.documents = {block.id: block.value["title"] for block in application.edition.documents}
        self.fields["document"].choices = [
            *self.documents.items(),
            ("", _("Other document")),
        ]
        # Offer the first document still missing rather than "Other document".
        attached = set(application.attachments.values_list("document", flat=True))
        missing = [key for key in self.documents if key not in attached]
        self.fields["document"].initial = missing[0] if missing else ""


def _upload(request, application, steps, index, criteria):
    if application.applicant_id != request.user.pk:
        raise Http404
    if not application.is_editable:
        messages.error(request, logic.CLOSED_MESSAGE)
        return redirect("awards_application_step", application.pk, "review")
    limited = ratelimit.consume_or_429(request, action="prize_application_upload")
    if limited:
        return limited
    form = AttachmentForm(request.POST, request.FILES, application=application)
    if not form.is_valid():
        return _render_step(
            request, application, steps, index, None, criteria, 400, {"upload_form": form}
        )
    document = form.cleaned_data["document"]
    uploaded = form.cleaned_data["file"]
    try:
        # Checked again as it is stored: the form's check and the stored bytes are one file.
        private_file = store_private_file(uploaded, request.user, ("pdf",), ATTACHMENT_MAX_BYTES)
    except ValidationError as error:
        form.add_error("file", error)
        return _render_step(
            request, application, steps, index, None, criteria, 400, {"upload_form": form}
        )
    with transaction.atomic():
        attachment = Attachment.objects.create(
            application=application,
            document=document,
            title=form.documents.get(document) or private_file.original_name or "PDF",
            file=private_file,
        )
        record(
            logic.APPLICATION_FILE_ADDED,
            target=application,
            after={"attachment": attachment.pk, "sha256": private_file.sha256},
            request=request,
        )
    messages.success(request, _("The file is attached."))
    return redirect("awards_application_step", application.pk, "attachments")


@require_POST
@login_required
def remove_attachment(request, pk, attachment_id):
    application = own_application(request, pk)
    attachment = get_object_or_404(application.attachments, pk=attachment_id)
    if not application.is_editable:
        messages.error(request, logic.CLOSED_MESSAGE)
        return redirect("awards_application_step", application.pk, "review")
    attachment.delete()
    record(
        logic.APPLICATION_FILE_REMOVED,
        target=application,
        before={"attachment": attachment_id, "title": attachment.title},
        request=request,
    )
    messages.success(request, _("The file is removed."))
    return redirect("awards_application_step", application.pk, "attachments")


def _send(private_file_or_field, filename):
    response = FileResponse(
        private_file_or_field.open("rb"),
        as_attachment=True,
        filename=filename,
        content_type="application/pdf",
    )
    response["X-Content-Type-Options"] = "nosniff"
    patch_cache_control(response, private=True, no_store=True)
    return response


@require_safe
@login_required
def attachment_download(request, pk, attachment_id):
    application = visible_application(request, pk)
    attachment = get_object_or_404(
        application.attachments.select_related("file").filter(file__scan_status=ScanStatus.CLEAN),
        pk=attachment_id,
    )
    if application.applicant_id != request.user.pk:
        record(logic.APPLICATION_VIEWED_BY_STAFF, target=application, request=request)
    return _send(attachment.file.file, attachment.file.download_name)


@require_safe
@login_required
def pdf_download(request, pk):
    application = visible_application(request, pk)
    if application.status == ApplicationStatus.DRAFT:
        raise Http404
    if application.applicant_id != request.user.pk:
        record(logic.APPLICATION_VIEWED_BY_STAFF, target=application, request=request)
    logic.store_pdf(application)
    return _send(application.pdf, f"{application.reference}.pdf")


urlpatterns = [
    path("prizes/applications/", dashboard, name="awards_applications"),
    path("prizes/applications/start/<int:edition_id>/", start, name="awards_application_start"),
    path("prizes/applications/<uuid:pk>/submit/", submit_view, name="awards_application_submit"),
    path("prizes/applications/<uuid:pk>/pdf/", pdf_download, name="awards_application_pdf"),
    path(
        "prizes/applications/<uuid:pk>/files/<int:attachment_id>/",
        attachment_download,
        name="awards_application_file",
    ),
    path(
        "prizes/applications/<uuid:pk>/files/<int:attachment_id>/remove/",
        remove_attachment,
        name="awards_application_file_remove",
    ),
    path(
        "prizes/applications/<uuid:pk>/messages/",
        messages_view,
        name="awards_application_messages",
    ),
    path(
        "prizes/applications/<uuid:pk>/<slug:slug>/autosave/",
        autosave,
        name="awards_application_autosave",
    ),
    path("prizes/applications/<uuid:pk>/<slug:slug>/", step_view, name="awards_application_step"),
]
