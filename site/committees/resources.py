"""Roadmap actions as a spreadsheet (CSV or XLSX), for django-import-export.

Columns (the export writes them, the import expects exactly them; `id` may be left empty to
add an action): id, committee, title_fr, title_ar, owner, partners, due_date, status, percent.
`committee` is the region's code for a regional committee (e.g. `casablanca-settat`), the
commission's code for a thematic commission (e.g. `iso-9001`), or a page id.
Every error is a message in the reader's language, attached to its row and column.

The resource works for one user (`RoadmapActionResource(user=...)`): it exports, and finds by
id, only the actions of the committees and commissions whose page she may edit, and refuses a
row that names any other (permissions.py); `user=None` is for code that runs without one.
"""

import datetime
import re

from import_export import fields, widgets

from django.core.exceptions import ValidationError
from django.db.models import Case, IntegerField, Value, When
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale, Page

from ..security.exports import SafeExportResource
from ..security.imports import TextWidget, blank, read_spreadsheet
from ..security.imports import row_errors as spreadsheet_row_errors
from .models import ActionStatus, CommissionPage, CommitteePage, RoadmapAction
from .permissions import roadmap_actions_for_user, roadmap_pages_for_user

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

    def __init__(self, *, user, **kwargs):
        super().__init__(**kwargs)
        self.user = user

    def get_queryset(self):
        actions = RoadmapAction.objects.all()
        if self.user is not None:
            actions = roadmap_actions_for_user(self.user)
        return actions.select_related(
            "page__committeepage__region", "page__commissionpage"
        ).order_by("page_id", "due_date", "pk")

    @cached_property
    def allowed_translation_keys(self):
        """The roadmaps the user may import into, read once per import."""
        return set(roadmap_pages_for_user(self.user).values_list("translation_key", flat=True))

    def may_import_into(self, page):
        return self.user is None or page.translation_key in self.allowed_translation_keys

    def dehydrate_committee(self, action):
        return roadmap_page_code(action.page)

    def import_instance(self, instance, row, **kwargs):
        errors = {}
        try:
            super().import_instance(instance, row, **kwargs)
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        if instance.page_id and "page" not in errors and not self.may_import_into(instance.page):
            errors.setdefault("page", []).append(
                ValidationError(
                    _(
                        "You can only import actions for the committees and commissions whose "
                        "page you may edit; “%(value)s” is not one of them."
                    )
                    % {"value": str(row.get("committee") or "").strip()}
                )
            )
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
    """The roadmap's rows from an uploaded CSV (UTF-8) or XLSX file, judged by its content
    (jawda.security.imports)."""
    return read_spreadsheet(uploaded_file, COLUMNS, max_bytes=MAX_BYTES, max_rows=MAX_ROWS)


def row_errors(result):
    """[(row number, [(column, message), ...])] for every row that failed, in file order."""
    return spreadsheet_row_errors(result, {"page": "committee"})


def run_import(dataset, dry_run, user):
    """Import `dataset` for `user`: all rows or none. Returns (result, errors)."""
    resource = RoadmapActionResource(user=user)
    result = resource.import_data(
        dataset,
        dry_run=dry_run,
        use_transactions=True,
        rollback_on_validation_errors=True,
        raise_errors=False,
        user=user,
    )
    return result, row_errors(result)
