"""A référentiel as a spreadsheet (CSV or XLSX), for django-import-export.

One row per sub-criterion, with its criterion's columns repeated on each of its rows:

    criterion, criterion_title_fr, criterion_title_ar, criterion_points,
    code, title_fr, title_ar, points, questions_fr, questions_ar, guidance_fr, guidance_ar

Questions are one per line in their cell; scoring bands are one per line (`0-25: …`, see
bands.py), empty for the référentiel's own. The export writes exactly these columns, the
import expects exactly them (in any order).

The file is the whole grid of one référentiel: criteria and sub-criteria are found by their
code and updated, new codes are added, and codes the file no longer has are deleted. Before
anything is written every row is checked, and the grid as a whole: a criterion's rows must
agree on its titles and points, its sub-criteria must add up to its points, the criteria to
the référentiel's total, and no code may appear twice. Every error is a message in the
reader's language attached to its row and column; one bad row and nothing is written
(the import runs in one transaction). A frozen référentiel refuses the file.
"""

import re

from import_export import fields, widgets

from django.core.exceptions import ValidationError
from django.utils.functional import cached_property
from django.utils.translation import gettext as _

from jawda.security.exports import SafeExportResource
from jawda.security.imports import TextWidget, row_errors

from .models import Criterion, SubCriterion, check_guidance
from .referentiels import check_editable

COLUMNS = [
    "criterion",
    "criterion_title_fr",
    "criterion_title_ar",
    "criterion_points",
    "code",
    "title_fr",
    "title_ar",
    "points",
    "questions_fr",
    "questions_ar",
    "guidance_fr",
    "guidance_ar",
]
CRITERION_TITLES = ["criterion_title_fr", "criterion_title_ar"]
TITLE_LENGTH = Criterion._meta.get_field("title_fr").max_length
MAX_BYTES = 1024 * 1024
MAX_ROWS = 500
CODE = re.compile(r"[A-Za-z0-9][A-Za-z0-9.\-]{0,9}")


def _text(value):
    return "" if value is None else str(value).strip()


def read_code(value, missing):
    text = _text(value)
    if not text:
        raise ValueError(missing)
    if not CODE.fullmatch(text):
        raise ValueError(
            _("“%(value)s” is not a code: at most 10 letters, digits, dots or hyphens.")
            % {"value": text}
        )
    return text


def read_points(value):
    text = _text(value)
    if not text.isdecimal() or not 1 <= int(text) <= 10000:
        raise ValueError(
            _("The points must be a whole number from 1, not “%(value)s”.") % {"value": text}
        )
    return int(text)


class CodeWidget(widgets.Widget):
    def clean(self, value, row=None, **kwargs):
        return read_code(value, _("The sub-criterion's code is missing (e.g. 1a)."))

    def render(self, value, obj=None, **kwargs):
        return value or ""


class PointsWidget(widgets.IntegerWidget):
    def clean(self, value, row=None, **kwargs):
        return read_points(value)

    def render(self, value, obj=None, **kwargs):
        if value is None:
            return ""
        return value if kwargs.get("force_native_type") else str(value)


class SubCriterionResource(SafeExportResource):
    """The sub-criteria of `referentiel`, each row carrying its criterion's columns."""

    criterion = fields.Field(column_name="criterion", readonly=True)
    criterion_title_fr = fields.Field(column_name="criterion_title_fr", readonly=True)
    criterion_title_ar = fields.Field(column_name="criterion_title_ar", readonly=True)
    criterion_points = fields.Field(column_name="criterion_points", readonly=True)
    code = fields.Field(attribute="code", column_name="code", widget=CodeWidget())
    title_fr = fields.Field(attribute="title_fr", column_name="title_fr", widget=TextWidget())
    title_ar = fields.Field(attribute="title_ar", column_name="title_ar", widget=TextWidget())
    points = fields.Field(attribute="points", column_name="points", widget=PointsWidget())
    questions_fr = fields.Field(
        attribute="questions_fr", column_name="questions_fr", widget=TextWidget()
    )
    questions_ar = fields.Field(
        attribute="questions_ar", column_name="questions_ar", widget=TextWidget()
    )
    guidance_fr = fields.Field(
        attribute="guidance_fr", column_name="guidance_fr", widget=TextWidget()
    )
    guidance_ar = fields.Field(
        attribute="guidance_ar", column_name="guidance_ar", widget=TextWidget()
    )

    class Meta:
        model = SubCriterion
        fields = COLUMNS
        import_order = COLUMNS
        export_order = COLUMNS
        import_id_fields = ["code"]
        clean_model_instances = True
        use_transactions = True
        skip_diff = True

    def __init__(self, *, referentiel, **kwargs):
        super().__init__(**kwargs)
        self.referentiel = referentiel
        self.grid_errors = {}
        self.criteria_in_file = {}
        self.criteria_written = set()

    # -- what exists ----------------------------------------------------------------------

    @cached_property
    def criteria(self):
        """{code: criterion} of the référentiel, read once."""
        return {c.code: c for c in Criterion.objects.filter(referentiel=self.referentiel)}

    @cached_property
    def existing(self):
        """{code: sub-criterion} of the référentiel, read once."""
        return {
            sub.code: sub
            for sub in SubCriterion.objects.filter(criterion__referentiel=self.referentiel)
        }

    def get_queryset(self):
        return (
            SubCriterion.objects.filter(criterion__referentiel=self.referentiel)
            .select_related("criterion")
            .order_by("criterion__sort_order", "criterion__pk", "sort_order", "pk")
        )

    def get_instance(self, instance_loader, row):
        return self.existing.get(_text(row.get("code")))

    # -- the grid as a whole, checked before any row ----------------------------------------

    def before_import(self, dataset, **kwargs):
        criteria = {}  # code: (first row, title_fr, title_ar, points, [sub points])
        codes = {}
        unreadable = False
        for number, row in enumerate(dataset.dict, start=1):
            try:
                code = read_code(
                    row.get("criterion"), _("The criterion's code is missing (e.g. 1).")
                )
            except ValueError as error:
                self.grid_error(number, "criterion", str(error))
                continue
            sub_code = _text(row.get("code"))
            if sub_code:
                first = codes.setdefault(sub_code, number)
                if first != number:
                    self.grid_error(
                        number,
                        "code",
                        _("The code “%(code)s” is already used on row %(row)s.")
                        % {"code": sub_code, "row": first},
                    )
            try:
                points = read_points(row.get("criterion_points"))
            except ValueError as error:
                self.grid_error(number, "criterion_points", str(error))
                points = None
            described = (
                _text(row.get("criterion_title_fr")),
                _text(row.get("criterion_title_ar")),
                points,
            )
            if not described[0]:
                self.grid_error(
                    number, "criterion_title_fr", _("The criterion's French title is missing.")
                )
            for column, title in zip(CRITERION_TITLES, described[:2], strict=True):
                if len(title) > TITLE_LENGTH:
                    self.grid_error(
                        number,
                        column,
                        _("At most %(limit)s characters (it has %(length)s).")
                        % {"limit": TITLE_LENGTH, "length": len(title)},
                    )
            if code not in criteria:
                criteria[code] = (number, *described, [])
            elif criteria[code][1:4] != described:
                self.grid_error(
                    number,
                    "criterion",
                    _(
                        "Criterion %(code)s has other titles or points on row %(row)s: "
                        "write the same on each of its rows."
                    )
                    % {"code": code, "row": criteria[code][0]},
                )
            try:
                criteria[code][4].append(read_points(row.get("points")))
            except ValueError:
                unreadable = True  # reported with the row itself
        self.criteria_in_file = criteria
        if self.grid_errors or unreadable:
            return  # the sums would be wrong for want of a cell, not of the grid
        for code, (first, _fr, _ar, points, children) in criteria.items():
            if sum(children) != points:
                self.grid_error(
                    first,
                    "criterion_points",
                    _(
                        "The sub-criteria of criterion %(code)s add up to %(sum)s points, "
                        "not %(points)s."
                    )
                    % {"code": code, "sum": sum(children), "points": points},
                )
        total = sum(values[3] for values in criteria.values())
        if total != self.referentiel.total_points:
            self.grid_error(
                1,
                "criterion_points",
                _("The criteria add up to %(sum)s points, not the référentiel's %(total)s.")
                % {"sum": total, "total": self.referentiel.total_points},
            )

    def grid_error(self, number, column, message):
        self.grid_errors.setdefault(number, {}).setdefault(column, []).append(
            ValidationError(message)
        )

    # -- rows -----------------------------------------------------------------------------

    def import_instance(self, instance, row, **kwargs):
        grid = self.grid_errors.get(kwargs.get("row_number"), {})
        errors = {column: list(messages) for column, messages in grid.items()}
        try:
            super().import_instance(instance, row, **kwargs)
        except ValidationError as error:
            for name, messages in error.update_error_dict({}).items():
                errors.setdefault(name, []).extend(messages)
        if not instance.title_fr:
            errors.setdefault("title_fr", []).append(
                ValidationError(_("The sub-criterion's French title is missing."))
            )
        check_guidance(errors, instance)
        instance.criterion_code = _text(row.get("criterion"))
        if errors:
            raise ValidationError(errors)

    def validate_instance(self, instance, import_validation_errors=None, validate_unique=True):
        """The cells' errors, then the model's own checks for the other columns. The
        criterion is written with the row (save_instance), so it is not checked here."""
        errors = dict(import_validation_errors or {})
        try:
            instance.full_clean(exclude={*errors, "criterion"}, validate_unique=False)
        except ValidationError as error:
            for name, messages in error.update_error_dict({}).items():
                errors.setdefault(name, messages)
        if errors:
            raise ValidationError(errors)

    def save_instance(self, instance, is_create, row, **kwargs):
        if kwargs.get("dry_run"):
            return
        instance.criterion = self.criterion_for(instance.criterion_code)
        instance.sort_order = kwargs.get("row_number") or 0
        instance.save()

    def criterion_for(self, code):
        """The criterion `code` as the file describes it, created or updated once."""
        number, title_fr, title_ar, points, _children = self.criteria_in_file[code]
        criterion = self.criteria.get(code)
        if criterion is None:
            criterion = self.criteria[code] = Criterion(referentiel=self.referentiel, code=code)
        if code not in self.criteria_written:
            criterion.title_fr, criterion.title_ar, criterion.points = title_fr, title_ar, points
            criterion.sort_order = number
            criterion.full_clean(exclude={"referentiel"}, validate_unique=False)
            criterion.save()
            self.criteria_written.add(code)
        return criterion

    def after_import(self, dataset, result, **kwargs):
        """Codes the file no longer has are deleted (the file is the whole grid)."""
        if kwargs.get("dry_run") or result.has_errors() or result.has_validation_errors():
            return
        codes = {_text(row.get("code")) for row in dataset.dict}
        SubCriterion.objects.filter(criterion__referentiel=self.referentiel).exclude(
            code__in=codes
        ).delete()
        Criterion.objects.filter(referentiel=self.referentiel).exclude(
            code__in=list(self.criteria_in_file)
        ).delete()

    # -- export ---------------------------------------------------------------------------

    def dehydrate_criterion(self, sub):
        return sub.criterion.code

    def dehydrate_criterion_title_fr(self, sub):
        return sub.criterion.title_fr

    def dehydrate_criterion_title_ar(self, sub):
        return sub.criterion.title_ar

    def dehydrate_criterion_points(self, sub):
        return sub.criterion.points


def run_import(dataset, *, referentiel, dry_run):
    """Import `dataset` into `referentiel`: all rows or none. Returns (result, errors).

    Raises ValidationError, before reading any row, if the référentiel is frozen."""
    check_editable(referentiel)
    resource = SubCriterionResource(referentiel=referentiel)
    result = resource.import_data(
        dataset,
        dry_run=dry_run,
        use_transactions=True,
        rollback_on_validation_errors=True,
        raise_errors=False,
    )
    return result, row_errors(result)
