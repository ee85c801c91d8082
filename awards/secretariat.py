"""The Prize secretariat's side of the applications, in the admin (menu *Prizes*).

- *Applications*: the list with filters (edition, category, region, status), CSV/XLSX export
  (formulas neutralised, export permission), and each application's decision form: its status
  (ineligible needs a reason), and an individual extension of the deadline.
- Every status change is an `ApplicationEvent`, an audit event and an email to the applicant
  in her language; an extension is audited (`applications.grant_extension`).
- A ZIP of an application's files (its attachments and PDF copy), audited.
- The list filters by prize, then edition; it counts each application's unread replies, and
  *Messages* on the application's page is its thread with the applicant (`messages.py`).
"""

import io
import zipfile

import django_filters

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import translation
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import EditView, IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import Button

from jawda.security.audit import record
from jawda.security.exports import SafeSpreadsheetExportMixin
from jawda.security.models import ScanStatus
from jawda.tasks import send_email

from . import applications as logic
from . import messages as thread
from .models import (
    Application,
    ApplicationEvent,
    ApplicationStatus,
    MessageSide,
    PrizeEditionPage,
    PrizePage,
    children_of,
)

APPLICATION_STATUS_CHANGED = "application_status_changed"
APPLICATION_FILES_DOWNLOADED = "application_files_downloaded"


class DecisionForm(WagtailAdminModelForm):
    def clean(self):
        cleaned = super().clean()
        status = cleaned.get("status")
        was_draft = self.instance.reference is None
        if was_draft and status and status != ApplicationStatus.DRAFT:
            self.add_error("status", _("A draft has not been submitted: it cannot be decided."))
        if not was_draft and status == ApplicationStatus.DRAFT:
            self.add_error("status", _("A submitted application cannot go back to draft."))
        if status == ApplicationStatus.INELIGIBLE and not cleaned.get("status_reason", "").strip():
            self.add_error("status_reason", _("Say why the application is ineligible."))
        return cleaned


def status_changed(application, before, request):
    """History, audit and the applicant's email for a status the secretariat changed."""
    ApplicationEvent.objects.create(
        application=application,
        status=application.status,
        note=application.status_reason,
        actor=request.user,
    )
    record(
        APPLICATION_STATUS_CHANGED,
        target=application,
        before={"status": before.status, "reason": before.status_reason},
        after={"status": application.status, "reason": application.status_reason},
        request=request,
    )
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    with translation.override(application.language):
        context = {
            "application": application,
            "edition": logic.edition_for(application, application.language),
            "status": application.get_status_display(),
            "page_url": base + reverse("awards_application_step", args=[application.pk, "review"]),
        }
        subject = render_to_string("awards/email/status_subject.txt", context).strip()
        body = render_to_string("awards/email/status.txt", context)
    send_email.enqueue(
        subject=subject,
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[application.applicant.email],
    )


def french_pages(model):
    """Applications point at the French edition, under the French prize."""
    return model.objects.filter(
        locale__language_code=settings.LANGUAGE_CODE, alias_of__isnull=True
    ).order_by("path")


class ApplicationFilterSet(WagtailFilterSet):
    prize = django_filters.ModelChoiceFilter(
        label=_("Prize"), queryset=french_pages(PrizePage), method="filter_prize"
    )
    edition = django_filters.ModelChoiceFilter(
        label=_("Edition"), queryset=french_pages(PrizeEditionPage)
    )

    class Meta:
        model = Application
        fields = ["category", "region", "status"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Prize first, then edition: once a prize is chosen, only its editions are offered.
        order = ["prize", "edition", *self._meta.fields]
        self.filters = {name: self.filters[name] for name in order}
        chosen = (self.data or {}).get("prize", "")
        prize = french_pages(PrizePage).filter(pk=chosen).first() if chosen.isdecimal() else None
        if prize is not None:
            self.filters["edition"].queryset = children_of(
                french_pages(PrizeEditionPage), [prize.path]
            )

    def filter_prize(self, queryset, name, prize):
        return queryset.filter(edition__path__startswith=prize.path)


def unread_replies(application):
    count = application.unread_messages
    if not count:
        return ""
    return ngettext("%(count)s unread reply", "%(count)s unread replies", count) % {"count": count}


class ApplicationIndexView(SafeSpreadsheetExportMixin, IndexView):
    def get_base_queryset(self):
        applications = super().get_base_queryset().select_related("edition", "region", "applicant")
        return thread.with_unread(applications, MessageSide.SECRETARIAT)


class ApplicationEditView(EditView):
    def save_instance(self):
        before = Application.objects.get(pk=self.object.pk)
        with transaction.atomic():
            instance = super().save_instance()
            if instance.extended_until != before.extended_until:
                logic.grant_extension(instance, instance.extended_until, self.request)
            if (instance.status, instance.status_reason) != (
                before.status,
                before.status_reason,
            ):
                status_changed(instance, before, self.request)
        return instance

    @cached_property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        buttons.append(
            Button(
                # The answers are read on the site, as the applicant sees them.
                _("Read the application"),
                reverse("awards_application_step", args=[self.object.pk, "review"]),
                icon_name="view",
                priority=39,
            )
        )
        buttons.append(
            Button(
                _("Messages"),
                reverse("awards_application_thread", args=[self.object.pk]),
                icon_name="mail",
                priority=39,
            )
        )
        buttons.append(
            Button(
                _("Download the files (ZIP)"),
                reverse("awards_application_zip", args=[self.object.pk]),
                icon_name="download",
                priority=40,
            )
        )
        return buttons


class ApplicationViewSet(ModelViewSet):
    model = Application
    name = "awards_application"
    icon = "form"
    menu_label = _("Applications")
    url_prefix = "awards/applications"
    add_to_reference_index = False
    copy_view_enabled = False
    inspect_view_enabled = True
    index_view_class = ApplicationIndexView
    edit_view_class = ApplicationEditView
    list_display = [
        "__str__",
        "name",
        "edition",
        "category",
        "region",
        "status",
        "submitted_at",
        Column("unread_messages", label=_("Messages"), accessor=unread_replies),
    ]
    filterset_class = ApplicationFilterSet
    search_fields = ["reference", "organisation_name", "ice", "contact_name"]
    search_backend_name = None
    list_export = [
        "reference",
        "status",
        "status_reason",
        "edition",
        "category",
        "applicant_type",
        "organisation_name",
        "ice",
        "institution",
        "region",
        "sector",
        "years_of_activity",
        "contact_name",
        "contact_role",
        "contact_email",
        "contact_phone",
        "submitted_at",
        "extended_until",
    ]
    export_filename = "applications"
    inspect_view_fields = list_export
    edit_handler = ObjectList(
        [FieldPanel("status"), FieldPanel("status_reason"), FieldPanel("extended_until")],
        base_form_class=DecisionForm,
    )

    def get_common_view_kwargs(self, **kwargs):
        # Applications are made by applicants on the site, never here, and never deleted.
        return super().get_common_view_kwargs(
            add_url_name=None, delete_url_name=None, usage_url_name=None, **kwargs
        )

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("edit/<uuid:pk>/", self.edit_view, name="edit"),
            path("inspect/<uuid:pk>/", self.inspect_view, name="inspect"),
            path("history/<uuid:pk>/", self.history_view, name="history"),
        ]


def zip_view(request, pk):
    """The application's attachments and its PDF copy in one ZIP, for the secretariat."""
    if not request.user.has_perm("awards.view_application"):
        raise PermissionDenied
    application = get_object_or_404(Application, pk=pk)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        attachments = application.attachments.select_related("file").filter(
            file__scan_status=ScanStatus.CLEAN
        )
        for number, attachment in enumerate(attachments, start=1):
            # Numbered: two attachments may bear the same name.
            name = f"{number:02d}-{attachment.file.download_name}"
            with attachment.file.file.open("rb") as stored:
                archive.writestr(name, stored.read())
        if application.reference:
            archive.writestr(f"{application.reference}.pdf", logic.store_pdf(application))
    record(APPLICATION_FILES_DOWNLOADED, target=application, request=request)
    response = HttpResponse(buffer.getvalue(), content_type="application/zip")
    filename = application.reference or f"brouillon-{application.pk}"
    response["Content-Disposition"] = f'attachment; filename="{filename}.zip"'
    response["Cache-Control"] = "private, no-store"
    return response


def thread_view(request, pk):
    """The application's messages, for the secretariat: read them (which marks the applicant's
    replies read) and write to the applicant, who is emailed."""
    if not request.user.has_perm("awards.change_application"):
        raise PermissionDenied
    application = get_object_or_404(Application.objects.select_related("applicant"), pk=pk)
    form = thread.MessageForm(request.POST or None)
    form.fields["body"].label = _("Message to the applicant")
    status = 200
    if request.method == "POST":
        if form.is_valid():
            thread.send(application, MessageSide.SECRETARIAT, form.cleaned_data["body"], request)
            messages.success(request, _("The message is sent; the applicant is emailed."))
            return redirect("awards_application_thread", application.pk)
        status = 400
    else:
        thread.mark_read(application, MessageSide.SECRETARIAT)
    context = {
        "page_title": _("Messages"),
        "page_subtitle": str(application),
        "header_icon": "mail",
        "application": application,
        "thread": list(application.messages.all()),
        "form": form,
    }
    return TemplateResponse(request, "awards/admin/thread.html", context, status=status)
