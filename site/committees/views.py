"""Admin views: import roadmap actions (preview, then confirm) and export them (CSV, XLSX).

Both work on the actions of the committees and commissions whose page the user may edit
(resources.py, permissions.py), and a confirmed import or an export is written to the audit
log (who, when, the file's format and the row counts).
"""

import tablib

from django import forms
from django.contrib import messages
from django.http import HttpResponse, HttpResponseBadRequest
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..security import audit
from ..security.exports import require_export_permission, require_import_permission
from ..security.imports import SpreadsheetError, file_format_of
from ..security.models import Action
from ..security.uploads import clean_original_name
from .models import RoadmapAction
from .resources import COLUMNS, RoadmapActionResource, read_dataset, run_import

SESSION_KEY = "committees:roadmap-import"
CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


class ImportForm(forms.Form):
    import_file = forms.FileField(
        label=_("Spreadsheet (CSV in UTF-8, or XLSX)"),
        help_text=_(
            "Columns: %(columns)s. Dates as YYYY-MM-DD; status planned, in_progress or done."
        )
        % {"columns": ", ".join(COLUMNS)},
    )


def _render(request, template, context, status=200):
    context.setdefault("header_icon", "list-ul")
    context.setdefault("columns", COLUMNS)
    return TemplateResponse(request, template, context, status=status)


def import_view(request):
    """Step 1: upload and preview (a dry run); step 2: confirm. All rows or none."""
    require_import_permission(request.user, RoadmapAction)
    title = _("Import roadmap actions")
    if request.method == "POST" and "confirm" in request.POST:
        stored = request.session.get(SESSION_KEY)
        if not isinstance(stored, dict) or "rows" not in stored:
            messages.error(request, _("Nothing to import: upload the file again."))
            return redirect("committees_roadmap_import")
        dataset = tablib.Dataset().load(stored["rows"], format="csv")
        # Checked again: the rows, and the user's rights, may have changed since the preview.
        result, errors = run_import(dataset, dry_run=False, user=request.user)
        del request.session[SESSION_KEY]
        if errors:
            return _render(
                request,
                "committees/admin/import.html",
                {"page_title": title, "form": ImportForm(), "errors": errors},
                status=400,
            )
        totals = result.totals
        audit.record(
            Action.ROADMAP_IMPORTED,
            request=request,
            after={
                "format": stored.get("format", ""),
                "file_name": stored.get("name", ""),
                "rows": len(dataset),
                "new": totals.get("new", 0),
                "updated": totals.get("update", 0),
            },
        )
        messages.success(
            request,
            _("Roadmap imported: %(new)s actions added, %(updated)s updated.")
            % {"new": totals.get("new", 0), "updated": totals.get("update", 0)},
        )
        return redirect("committees_roadmapaction:index")

    form = ImportForm(request.POST or None, request.FILES or None)
    context = {"page_title": title, "form": form}
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["import_file"]
        try:
            dataset = read_dataset(upload)
        except SpreadsheetError as error:
            form.add_error("import_file", str(error))
            return _render(request, "committees/admin/import.html", context, status=400)
        result, errors = run_import(dataset, dry_run=True, user=request.user)
        context.update({"errors": errors, "rows": list(dataset.dict), "result": result})
        if errors:
            request.session.pop(SESSION_KEY, None)
            return _render(request, "committees/admin/import.html", context, status=400)
        # The checked rows wait in the session (a few kilobytes) for the editor's confirmation.
        request.session[SESSION_KEY] = {
            "rows": dataset.export("csv"),
            "format": file_format_of(upload),
            "name": clean_original_name(upload.name or ""),
        }
        context["confirm"] = True
    return _render(request, "committees/admin/import.html", context)


def export_view(request, file_format):
    require_export_permission(request.user, RoadmapAction)
    if file_format not in CONTENT_TYPES:
        return HttpResponseBadRequest()
    resource = RoadmapActionResource(user=request.user)
    dataset = resource.export(force_native_type=file_format == "xlsx")
    audit.record(
        Action.ROADMAP_EXPORTED,
        request=request,
        after={"format": file_format, "rows": len(dataset)},
    )
    content = dataset.export(file_format)
    if isinstance(content, str):
        content = content.encode("utf-8")
    response = HttpResponse(content, content_type=CONTENT_TYPES[file_format])
    name = f"roadmaps-{timezone.localdate().isoformat()}.{file_format}"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    response["X-Content-Type-Options"] = "nosniff"
    return response
