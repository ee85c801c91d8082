"""Admin views of a référentiel: import its grid (preview, then confirm), export it (CSV,
XLSX), and copy it as a new version for another edition. Confirmed imports, exports and
copies are written to the audit log (who, when, which référentiel, the format and the
counts).
"""

import tablib

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse, Http404, HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.text import format_lazy
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from jawda.security import audit
from jawda.security.exports import require_export_permission, require_import_permission
from jawda.security.imports import SpreadsheetError, file_format_of, read_spreadsheet
from jawda.security.uploads import clean_original_name

from .models import PrizeEditionPage, Referentiel
from .referentiels import copy_referentiel
from .resources import COLUMNS, MAX_BYTES, MAX_ROWS, SubCriterionResource, run_import

SESSION_KEY = "awards:referentiel-import"
CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
# A 1000-point référentiel in French and Arabic in the import's columns, to start from.
SAMPLE = settings.BASE_DIR / "docs" / "samples" / "referentiel-1000-points"
PREVIEW_COLUMNS = ["criterion", "criterion_points", "code", "title_fr", "title_ar", "points"]
# Audit log actions (free text; jawda.security.models.Action lists the site's own).
REFERENTIEL_IMPORTED = "awards_referentiel_imported"
REFERENTIEL_EXPORTED = "awards_referentiel_exported"
REFERENTIEL_COPIED = "awards_referentiel_copied"


class ReferentielImportForm(forms.Form):
    import_file = forms.FileField(
        label=gettext_lazy("Référentiel (CSV in UTF-8, or XLSX)"),
        help_text=format_lazy(
            gettext_lazy(
                "One row per sub-criterion, with the columns {columns}. The file replaces the "
                "whole grid: codes it no longer has are deleted. Start from the sample above."
            ),
            columns=", ".join(COLUMNS),
        ),
    )


def referentiel_for(request, pk):
    return get_object_or_404(Referentiel.objects.select_related("edition"), pk=pk)


def _render(request, context, status=200):
    context.setdefault("header_icon", "list-ol")
    context.setdefault("columns", COLUMNS)
    return TemplateResponse(request, "awards/admin/import.html", context, status=status)


def import_view(request, pk):
    """Step 1: upload and preview (a dry run); step 2: confirm. All rows or none."""
    require_import_permission(request.user, Referentiel)
    referentiel = referentiel_for(request, pk)
    context = {
        "page_title": _("Import the criteria"),
        "page_subtitle": str(referentiel),
        "referentiel": referentiel,
    }
    if request.method == "POST" and "confirm" in request.POST:
        stored = request.session.pop(SESSION_KEY, None)
        if not isinstance(stored, dict) or stored.get("referentiel") != referentiel.pk:
            messages.error(request, _("Nothing to import: upload the file again."))
            return redirect("awards_referentiel_import", referentiel.pk)
        dataset = tablib.Dataset().load(stored["rows"], format="csv")
        # Checked again: the référentiel may have changed, or frozen, since the preview.
        try:
            result, errors = run_import(dataset, referentiel=referentiel, dry_run=False)
        except ValidationError as error:
            messages.error(request, error.messages[0])
            return redirect("awards_referentiel:edit", referentiel.pk)
        if errors:
            context.update({"form": ReferentielImportForm(), "errors": errors})
            return _render(request, context, status=400)
        audit.record(
            REFERENTIEL_IMPORTED,
            request=request,
            target=referentiel,
            after={
                "format": stored.get("format", ""),
                "file_name": stored.get("name", ""),
                "rows": len(dataset),
                "new": result.totals.get("new", 0),
                "updated": result.totals.get("update", 0),
            },
        )
        messages.success(
            request,
            _("Criteria imported: %(rows)s sub-criteria.") % {"rows": len(dataset)},
        )
        return redirect("awards_referentiel:edit", referentiel.pk)

    form = ReferentielImportForm(request.POST or None, request.FILES or None)
    context["form"] = form
    if request.method != "POST" or not form.is_valid():
        return _render(request, context, status=400 if request.method == "POST" else 200)
    upload = form.cleaned_data["import_file"]
    try:
        dataset = read_spreadsheet(upload, COLUMNS, max_bytes=MAX_BYTES, max_rows=MAX_ROWS)
        result, errors = run_import(dataset, referentiel=referentiel, dry_run=True)
    except (SpreadsheetError, ValidationError) as error:
        message = error.messages[0] if isinstance(error, ValidationError) else str(error)
        form.add_error("import_file", message)
        return _render(request, context, status=400)
    context["errors"] = errors
    if errors:
        request.session.pop(SESSION_KEY, None)
        return _render(request, context, status=400)
    request.session[SESSION_KEY] = {
        "rows": dataset.export("csv"),
        "referentiel": referentiel.pk,
        "format": file_format_of(upload),
        "name": clean_original_name(upload.name or ""),
    }
    context.update(
        {
            "confirm": True,
            "preview_columns": PREVIEW_COLUMNS,
            "preview": [[row[column] for column in PREVIEW_COLUMNS] for row in dataset.dict],
        }
    )
    return _render(request, context)


def sample_view(request, file_format):
    """The sample file (docs/samples/), for whoever may import a référentiel."""
    require_import_permission(request.user, Referentiel)
    if file_format not in CONTENT_TYPES:
        raise Http404
    response = FileResponse(
        open(f"{SAMPLE}.{file_format}", "rb"),  # noqa: SIM115 (FileResponse closes it)
        as_attachment=True,
        filename=f"{SAMPLE.name}.{file_format}",
        content_type=CONTENT_TYPES[file_format],
    )
    response["X-Content-Type-Options"] = "nosniff"
    return response


def export_view(request, pk, file_format):
    """The grid in the import's columns: edit it and import it again."""
    require_export_permission(request.user, Referentiel)
    if file_format not in CONTENT_TYPES:
        return HttpResponseBadRequest()
    referentiel = referentiel_for(request, pk)
    resource = SubCriterionResource(referentiel=referentiel)
    dataset = resource.export(force_native_type=file_format == "xlsx")
    audit.record(
        REFERENTIEL_EXPORTED,
        request=request,
        target=referentiel,
        after={"format": file_format, "rows": len(dataset)},
    )
    content = dataset.export(file_format)
    if isinstance(content, str):
        content = content.encode("utf-8")
    response = HttpResponse(content, content_type=CONTENT_TYPES[file_format])
    name = f"referentiel-{referentiel.pk}-v{referentiel.version}-{timezone.localdate():%Y-%m-%d}"
    response["Content-Disposition"] = f'attachment; filename="{name}.{file_format}"'
    response["X-Content-Type-Options"] = "nosniff"
    return response


class CopyForm(forms.Form):
    edition = forms.ModelChoiceField(
        queryset=PrizeEditionPage.objects.none(),
        label=gettext_lazy("Edition"),
        help_text=gettext_lazy("A French edition of the same prize that has no référentiel yet."),
    )

    def __init__(self, *args, source, **kwargs):
        super().__init__(*args, **kwargs)
        prize_path = source.edition.path[: -source.edition.steplen]
        self.fields["edition"].queryset = (
            PrizeEditionPage.objects.filter(
                path__startswith=prize_path,
                locale_id=source.edition.locale_id,
                alias_of__isnull=True,
                referentiel__isnull=True,
            )
            .exclude(pk=source.edition_id)
            .order_by("-year")
        )


def copy_view(request, pk):
    """A new version of the référentiel for another edition of its prize."""
    if not request.user.has_perm("awards.add_referentiel"):
        raise PermissionDenied
    source = referentiel_for(request, pk)
    form = CopyForm(request.POST or None, source=source)
    if request.method == "POST" and form.is_valid():
        copy = copy_referentiel(source, form.cleaned_data["edition"])
        audit.record(
            REFERENTIEL_COPIED,
            request=request,
            target=copy,
            after={"from": source.pk, "version": copy.version},
        )
        messages.success(
            request, _("New version created: %(referentiel)s.") % {"referentiel": copy}
        )
        return redirect("awards_referentiel:edit", copy.pk)
    context = {
        "page_title": _("New version for another edition"),
        "page_subtitle": str(source),
        "header_icon": "copy",
        "form": form,
        "source": source,
    }
    status = 400 if request.method == "POST" else 200
    return TemplateResponse(request, "awards/admin/copy.html", context, status=status)
