"""Admin views: import an edition's programme (preview, then confirm), export it, and export
attendance lists. Permissions in access.py; confirmed imports and every export are written to
the audit log (who, when, which edition or event, the format and the row counts).
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404, HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.text import format_lazy, slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.models import Locale, Page

from jawda.security import audit
from jawda.security.imports import SpreadsheetError, file_format_of, read_spreadsheet
from jawda.security.uploads import clean_original_name

from .access import (
    exportable_editions,
    importable_editions,
    may_export_attendance,
    may_export_programme,
    may_import_programme,
)
from .attendance import AttendanceResource, events_of, registrations_for
from .models import EditionPage, EventPage, ProgrammeImport
from .resources import (
    COLUMNS,
    EventResource,
    counts,
    pack_rows,
    run_import,
    spreadsheet_cell,
)
from .tasks import import_programme

SESSION_KEY = "events:programme-import"
# A programme of 2,000 events in both languages stays under 2 MB as CSV.
MAX_BYTES = 2 * 1024 * 1024
MAX_ROWS = 2000
CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
PREVIEW_COLUMNS = ["code", "type", "title_fr", "title_ar", "start", "city"]
# Audit log actions (the field is free text; jawda.security.models.Action lists the others).
PROGRAMME_EXPORTED = "events_programme_exported"
ATTENDANCE_EXPORTED = "events_attendance_exported"


class EditionChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, edition):
        return f"{edition.title} ({edition.start_date:%Y-%m-%d})"


class ProgrammeImportForm(forms.Form):
    edition = EditionChoiceField(
        queryset=EditionPage.objects.none(),
        label=gettext_lazy("Edition"),
        help_text=gettext_lazy(
            "The French edition; the Arabic versions of the events go under its Arabic translation."
        ),
    )
    import_file = forms.FileField(
        label=gettext_lazy("Programme (CSV in UTF-8, or XLSX)"),
        help_text=format_lazy(
            gettext_lazy(
                "One row per event, with the columns {columns}. Dates as YYYY-MM-DD HH:MM, "
                "Morocco time. docs/events-import.md describes each column."
            ),
            columns=", ".join(COLUMNS),
        ),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["edition"].queryset = importable_editions(user)


def _render(request, context, status=200):
    context.setdefault("header_icon", "calendar-alt")
    context.setdefault("columns", COLUMNS)
    context["recent_imports"] = ProgrammeImport.objects.filter(user=request.user).select_related(
        "edition"
    )[:5]
    return TemplateResponse(request, "events/admin/import.html", context, status=status)


def _pending(request):
    stored = request.session.get(SESSION_KEY)
    if isinstance(stored, dict) and {"rows", "edition"} <= stored.keys():
        return stored
    return None


def import_view(request):
    """Step 1: choose the edition, upload and preview (a dry run); step 2: confirm."""
    if not may_import_programme(request.user):
        raise PermissionDenied
    title = _("Import events")
    editions = importable_editions(request.user)

    if request.method == "POST" and "confirm" in request.POST:
        stored = _pending(request)
        edition = editions.filter(pk=stored["edition"]).first() if stored else None
        request.session.pop(SESSION_KEY, None)
        if edition is None:
            messages.error(request, _("Nothing to import: upload the file again."))
            return redirect("events_programme_import")
        job = ProgrammeImport.objects.create(
            edition=edition,
            user=request.user,
            language=translation.get_language(),
            file_name=stored.get("name", ""),
            file_format=stored.get("format", ""),
            rows=stored["rows"],
            row_count=stored.get("row_count", 0),
        )
        transaction.on_commit(lambda: import_programme.enqueue(job.pk))
        return redirect("events_programme_import_status", job.pk)

    initial = {"edition": request.GET.get("edition")} if request.method == "GET" else None
    form = ProgrammeImportForm(
        request.POST or None, request.FILES or None, user=request.user, initial=initial
    )
    context = {"page_title": title, "form": form}
    if request.method != "POST" or not form.is_valid():
        return _render(request, context, status=400 if request.method == "POST" else 200)

    upload = form.cleaned_data["import_file"]
    edition = form.cleaned_data["edition"]
    try:
        dataset = read_spreadsheet(
            upload, COLUMNS, max_bytes=MAX_BYTES, max_rows=MAX_ROWS, cell=spreadsheet_cell
        )
    except SpreadsheetError as error:
        form.add_error("import_file", str(error))
        return _render(request, context, status=400)
    result, errors = run_import(dataset, edition=edition, user=request.user, dry_run=True)
    context["errors"] = errors
    if errors:
        request.session.pop(SESSION_KEY, None)
        return _render(request, context, status=400)
    # The checked rows wait in the session for the editor's confirmation.
    request.session[SESSION_KEY] = {
        "rows": pack_rows(dataset),
        "edition": edition.pk,
        "format": file_format_of(upload),
        "name": clean_original_name(upload.name or ""),
        "row_count": len(dataset),
    }
    context.update(
        {
            "confirm": True,
            "edition": edition,
            "totals": counts(result),
            "preview_columns": PREVIEW_COLUMNS,
            "preview": preview_rows(dataset, result),
        }
    )
    return _render(request, context)


def import_status_view(request, import_id):
    """Where a confirmed import stands; the page reloads itself until the import has ended.
    Only the editor who confirmed it (or a superuser) sees it."""
    if not may_import_programme(request.user):
        raise PermissionDenied
    jobs = ProgrammeImport.objects.select_related("edition")
    if not request.user.is_superuser:
        jobs = jobs.filter(user=request.user)
    job = get_object_or_404(jobs, pk=import_id)
    context = {
        "page_title": _("Import events"),
        "header_icon": "calendar-alt",
        "job": job,
        "errors": job.errors,
        "refresh_seconds": 5 if job.in_progress else None,
    }
    return TemplateResponse(request, "events/admin/import_status.html", context)


def preview_rows(dataset, result):
    """[(what the import will do, [cells])] for each row, in file order."""
    outcome = {
        "new": _("New"),
        "update": _("Updated"),
        "skip": _("Unchanged"),
    }
    return [
        (outcome.get(row_result.import_type, ""), [row[column] for column in PREVIEW_COLUMNS])
        for row, row_result in zip(dataset.dict, result.rows, strict=False)
    ]


def _attachment(dataset, file_format, name):
    content = dataset.export(file_format)
    if isinstance(content, str):
        content = content.encode("utf-8")
    response = HttpResponse(content, content_type=CONTENT_TYPES[file_format])
    response["Content-Disposition"] = f'attachment; filename="{name}.{file_format}"'
    response["X-Content-Type-Options"] = "nosniff"
    return response


def export_view(request, edition_id, file_format):
    """The edition's programme in the import's columns: edit it and import it again."""
    if not may_export_programme(request.user):
        raise PermissionDenied
    if file_format not in CONTENT_TYPES:
        return HttpResponseBadRequest()
    edition = get_object_or_404(exportable_editions(request.user), pk=edition_id)
    resource = EventResource(edition=edition, user=request.user)
    dataset = resource.export(force_native_type=file_format == "xlsx")
    audit.record(
        PROGRAMME_EXPORTED,
        request=request,
        target=edition,
        after={"format": file_format, "rows": len(dataset)},
    )
    return _attachment(
        dataset, file_format, f"{file_slug(edition)}-{timezone.localdate():%Y-%m-%d}"
    )


def attendance_index_view(request):
    """The editions, newest first, each with its events: the lists to download."""
    if not may_export_attendance(request.user):
        raise PermissionDenied
    editions = list(
        EditionPage.objects.filter(locale=Locale.get_default(), alias_of__isnull=True).order_by(
            "-start_date", "title"
        )
    )
    by_parent = {}
    events = EventPage.objects.filter(locale=Locale.get_default(), alias_of__isnull=True)
    for event in events.order_by("start", "code", "pk"):
        # An event's parent, its edition, is the page whose path is its own less one step.
        by_parent.setdefault(event.path[: -EventPage.steplen], []).append(event)
    context = {
        "page_title": _("Attendance lists"),
        "header_icon": "list-ul",
        "formats": list(CONTENT_TYPES),
        "editions": [(edition, by_parent.get(edition.path, [])) for edition in editions],
    }
    return TemplateResponse(request, "events/admin/attendance.html", context)


def attendance_view(request, page_id, file_format):
    """The registrations of an event, or of all the events of an edition."""
    if not may_export_attendance(request.user):
        raise PermissionDenied
    if file_format not in CONTENT_TYPES:
        return HttpResponseBadRequest()
    page = get_object_or_404(Page, pk=page_id).specific
    if not isinstance(page, (EditionPage, EventPage)):
        raise Http404
    registrations = registrations_for(events_of(page))
    dataset = AttendanceResource().export(registrations, force_native_type=file_format == "xlsx")
    audit.record(
        ATTENDANCE_EXPORTED,
        request=request,
        target=page,
        after={"format": file_format, "rows": len(dataset)},
    )
    name = f"attendance-{file_slug(page)}-{timezone.localdate():%Y-%m-%d}"
    return _attachment(dataset, file_format, name)


def file_slug(page):
    """The page's slug as a file name can carry it in any browser (ASCII), else its id."""
    return slugify(page.slug) or str(page.pk)


def import_url(edition=None):
    url = reverse("events_programme_import")
    return f"{url}?edition={edition.pk}" if edition is not None else url
