"""Roadmap actions as a spreadsheet (CSV or XLSX), for django-import-export.

Columns (the export writes them, the import expects exactly them; `id` may be left empty to
add an action): id, committee, title_fr, title_ar, owner, partners, due_date, status, percent.
`committee` is the region's code for a regional committee (e.g. `casablanca-settat`), the
commission's code for a thematic commission (e.g. `iso-9001`), or a page id.
Every error is a message in the reader's language, attached to its row and column.
"""

import datetime
import io
import re

import tablib
from import_export import fields, widgets

from django.core.exceptions import ValidationError
from django.db.models import Case, IntegerField, Value, When
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale, Page

from ..security.exports import SafeExportResource
from ..security.uploads import validate_upload
from .models import ActionStatus, CommissionPage, CommitteePage, RoadmapAction

COLUMNS = [
    "id",
    "committee",
    "title_fr",
    "title_ar",
    "owner",
    "partners",
    "due_date",
    "status",
    "percent",
]
MAX_BYTES = 1024 * 1024
MAX_ROWS = 2000


class ImportFileError(Exception):
    """The file as a whole cannot be imported (not a spreadsheet, wrong columns...)."""


def blank(value):
    return value is None or (isinstance(value, str) and not value.strip())


class CommitteeWidget(widgets.Widget):
    def clean(self, value, row=None, **kwargs):
        if blank(value):
            raise ValueError(_("Name the committee or commission (region or commission code)."))
        text = str(value).strip()
        if isinstance(value, float) and value.is_integer():
            text = str(int(value))
        page = find_roadmap_page(text)
        if page is None:
            raise ValueError(
                _("No committee or commission is known by “%(value)s”.") % {"value": text}
            )
        return page

    def render(self, value, obj=None, **kwargs):
        return roadmap_page_code(value) if value else ""


def find_roadmap_page(text):
    """The committee or commission page named by a region code, commission code or page id.

    The page in the default language is preferred; actions are read through translation_key,
    so any language version is the same roadmap.
    """
    default_first = Case(
        When(locale__language_code=Locale.get_default().language_code, then=Value(0)),
        default=Value(1),
        output_field=IntegerField(),
    )
    if text.isdigit():
        queryset = Page.objects.filter(pk=int(text)).type(CommitteePage, CommissionPage)
    else:
        committee = CommitteePage.objects.filter(region__code=text, alias_of__isnull=True)
        if committee.exists():
            queryset = committee
        else:
            queryset = CommissionPage.objects.filter(code=text, alias_of__isnull=True)
    return queryset.order_by(default_first, "pk").first()


def roadmap_page_code(page):
    """The code an import file uses for `page` (needs page__committeepage__region and
    page__commissionpage selected to stay within one query)."""
    committee = getattr(page, "committeepage", None)
    if committee is not None:
        return committee.region.code
    commission = getattr(page, "commissionpage", None)
    if commission is not None:
        return commission.code
    return str(page.pk)


class IdWidget(widgets.IntegerWidget):
    def clean(self, value, row=None, **kwargs):
        if blank(value):
            return None
        text = str(value).strip()
        if isinstance(value, float) and value.is_integer():
            return int(value)
        if not text.isdigit():
            raise ValueError(_("The id must be a whole number, or empty to add an action."))
        return int(text)


class TextWidget(widgets.CharWidget):
    def clean(self, value, row=None, **kwargs):
        return "" if value is None else str(value).strip()


class IsoDateWidget(widgets.DateWidget):
    """A date written YYYY-MM-DD (or a spreadsheet's own date cell), nothing else."""

    def __init__(self):
        super().__init__(format="%Y-%m-%d")

    def clean(self, value, row=None, **kwargs):
        if isinstance(value, datetime.datetime):
            return value.date()
        if isinstance(value, datetime.date):
            return value
        if blank(value):
            raise ValueError(_("The due date is missing."))
        text = str(value).strip()
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            try:
                return datetime.date.fromisoformat(text)
            except ValueError:
                pass
        raise ValueError(
            _("“%(value)s” is not a date: write it as YYYY-MM-DD, e.g. 2026-11-24.")
            % {"value": text}
        )


class StatusWidget(widgets.Widget):
    def clean(self, value, row=None, **kwargs):
        text = "" if value is None else str(value).strip().lower()
        if text in ActionStatus.values:
            return text
        if text == "late":
            raise ValueError(
                _("“late” is worked out from the due date; write planned, in_progress or done.")
            )
        raise ValueError(
            _("Unknown status “%(value)s”: write planned, in_progress or done.")
            % {"value": "" if value is None else str(value).strip()}
        )

    def render(self, value, obj=None, **kwargs):
        return value or ""


class PercentWidget(widgets.IntegerWidget):
    def clean(self, value, row=None, **kwargs):
        text = "" if value is None else str(value).strip().rstrip("%").strip()
        try:
            number = float(text.replace(",", "."))
        except ValueError:
            number = None
        if number is None or not number.is_integer() or not 0 <= number <= 100:
            raise ValueError(
                _("The rate of execution must be a whole number from 0 to 100, not “%(value)s”.")
                % {"value": "" if value is None else str(value).strip()}
            )
        return int(number)


class RoadmapActionResource(SafeExportResource):
    id = fields.Field(attribute="id", column_name="id", widget=IdWidget())
    committee = fields.Field(attribute="page", column_name="committee", widget=CommitteeWidget())
    title_fr = fields.Field(attribute="title_fr", column_name="title_fr", widget=TextWidget())
    title_ar = fields.Field(attribute="title_ar", column_name="title_ar", widget=TextWidget())
    owner = fields.Field(attribute="owner", column_name="owner", widget=TextWidget())
    partners = fields.Field(attribute="partners", column_name="partners", widget=TextWidget())
    due_date = fields.Field(attribute="due_date", column_name="due_date", widget=IsoDateWidget())
    status = fields.Field(attribute="status", column_name="status", widget=StatusWidget())
    percent = fields.Field(attribute="percent", column_name="percent", widget=PercentWidget())

    class Meta:
        model = RoadmapAction
        fields = COLUMNS
        import_order = COLUMNS
        export_order = COLUMNS
        import_id_fields = ["id"]
        clean_model_instances = True
        use_transactions = True
        skip_diff = True

    def get_queryset(self):
        return RoadmapAction.objects.select_related(
            "page__committeepage__region", "page__commissionpage"
        ).order_by("page_id", "due_date", "pk")

    def dehydrate_committee(self, action):
        return roadmap_page_code(action.page)

    def import_instance(self, instance, row, **kwargs):
        errors = {}
        try:
            super().import_instance(instance, row, **kwargs)
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        if not blank(row.get("id")) and instance._state.adding:
            errors.setdefault("id", []).append(
                ValidationError(
                    _("No roadmap action has the id %(id)s; leave the id empty to add one.")
                    % {"id": row.get("id")}
                )
            )
        if errors:
            raise ValidationError(errors)


def read_dataset(uploaded_file):
    """A tablib Dataset from an uploaded CSV (UTF-8) or XLSX file, judged by its content."""
    if uploaded_file.size is not None and uploaded_file.size > MAX_BYTES:
        raise ImportFileError(_("The file is too large (1 MB at most)."))
    uploaded_file.seek(0)
    head = uploaded_file.read(4)
    uploaded_file.seek(0)
    if head == b"PK\x03\x04":
        try:
            validate_upload(uploaded_file, allowed=("xlsx",), max_bytes=MAX_BYTES)
            uploaded_file.seek(0)
            dataset = tablib.Dataset().load(io.BytesIO(uploaded_file.read()), format="xlsx")
        except (ValidationError, Exception) as error:
            raise ImportFileError(_("This XLSX file cannot be read.")) from error
    else:
        raw = uploaded_file.read(MAX_BYTES + 1)
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise ImportFileError(
                _("This file is neither a CSV file (UTF-8) nor an XLSX spreadsheet.")
            ) from error
        if "\x00" in text:
            raise ImportFileError(
                _("This file is neither a CSV file (UTF-8) nor an XLSX spreadsheet.")
            )
        try:
            dataset = tablib.Dataset().load(text, format="csv")
        except Exception as error:
            raise ImportFileError(_("This CSV file cannot be read.")) from error
    dataset = normalise(check_columns(dataset))
    if len(dataset) == 0:
        raise ImportFileError(_("The file has no rows to import."))
    if len(dataset) > MAX_ROWS:
        raise ImportFileError(
            _("The file has more than %(max)s rows; split it.") % {"max": MAX_ROWS}
        )
    return dataset


def check_columns(dataset):
    headers = [str(header or "").strip().lower() for header in (dataset.headers or [])]
    missing = [column for column in COLUMNS if column not in headers]
    unexpected = [header for header in headers if header not in COLUMNS]
    if missing or unexpected or len(headers) != len(set(headers)):
        raise ImportFileError(
            _(
                "The columns must be exactly: %(expected)s. Missing: %(missing)s. "
                "Unexpected: %(unexpected)s."
            )
            % {
                "expected": ", ".join(COLUMNS),
                "missing": ", ".join(missing) or "—",
                "unexpected": ", ".join(unexpected) or "—",
            }
        )
    dataset.headers = headers
    return dataset


def normalise(dataset):
    """Spreadsheet cells as the text a CSV file would hold (dates ISO, whole numbers without
    ".0"), so that the checked rows can wait in the session as CSV; empty rows dropped."""

    def cell(value):
        if value is None:
            return ""
        if isinstance(value, datetime.datetime):
            return value.date().isoformat()
        if isinstance(value, datetime.date):
            return value.isoformat()
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
        return str(value)

    clean = tablib.Dataset(headers=dataset.headers)
    for row in dataset:
        values = [cell(value) for value in row]
        if any(value.strip() for value in values):
            clean.append(values)
    return clean


def row_errors(result):
    """[(row number, [(column, message), ...])] for every row that failed, in file order."""
    column_of = {"page": "committee"}
    generic = str(_("This row could not be imported."))
    rows = {}
    for invalid in result.invalid_rows:
        messages = []
        for attribute, errors in invalid.error_dict.items():
            column = column_of.get(attribute, attribute)
            if attribute == "__all__":
                column = ""
            for message in errors:
                messages.append((column, str(message)))
        rows[invalid.number] = messages
    for number, errors in result.row_errors():
        rows.setdefault(number, []).extend(
            ("", str(error.error) if isinstance(error.error, ValueError) else generic)
            for error in errors
        )
    return sorted(rows.items())


def run_import(dataset, dry_run, user=None):
    """Import `dataset`: all rows or none. Returns (result, errors)."""
    resource = RoadmapActionResource()
    result = resource.import_data(
        dataset,
        dry_run=dry_run,
        use_transactions=True,
        rollback_on_validation_errors=True,
        raise_errors=False,
        user=user,
    )
    return result, row_errors(result)
