"""Spreadsheet exports and imports: formula injection neutralised, explicit permissions.

A model that may be exported or imported lists "export" / "import" in its Meta
`default_permissions`, which creates `<app>.export_<model>` / `<app>.import_<model>`;
IMPORT_EXPORT_*_PERMISSION_CODE in settings make django-import-export require them too.
"""

import json

from import_export import resources, widgets

from django.conf import settings
from django.contrib.auth import get_permission_codename
from django.core.exceptions import PermissionDenied
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.functional import cached_property

# A cell starting with one of these is read as a formula by Excel, LibreOffice or Sheets.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")

# Widgets whose output is a number, date or boolean, never text a user typed: "-5" stays -5.
TYPED_WIDGETS = (
    widgets.NumberWidget,
    widgets.DateWidget,
    widgets.DateTimeWidget,
    widgets.TimeWidget,
    widgets.DurationWidget,
    widgets.BooleanWidget,
)


def neutralise_cell(value):
    """Prefix a text that a spreadsheet would run as a formula with a single quote."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def has_export_permission(user, model):
    return _has_permission(user, model, settings.IMPORT_EXPORT_EXPORT_PERMISSION_CODE)


def has_import_permission(user, model):
    return _has_permission(user, model, settings.IMPORT_EXPORT_IMPORT_PERMISSION_CODE)


def require_export_permission(user, model):
    if not has_export_permission(user, model):
        raise PermissionDenied


def require_import_permission(user, model):
    if not has_import_permission(user, model):
        raise PermissionDenied


def _has_permission(user, model, action):
    opts = model._meta
    return user.has_perm(f"{opts.app_label}.{get_permission_codename(action, opts)}")


class SafeExportResource(resources.ModelResource):
    """The base of every django-import-export resource: exported text cannot be a formula."""

    def export_field(self, field, instance, **kwargs):
        value = super().export_field(field, instance, **kwargs)
        if isinstance(field.widget, TYPED_WIDGETS):
            return value
        return neutralise_cell(value)


class SafeSpreadsheetExportMixin:
    """For a Wagtail listing view with `list_export`: export permission, neutralised cells.

    The download buttons show, and the export answers, only for users with the model's
    export permission; viewing the listing is not enough.
    """

    def dispatch(self, request, *args, **kwargs):
        if self.is_export:
            require_export_permission(request.user, self.model)
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def show_export_buttons(self):
        return super().show_export_buttons and has_export_permission(self.request.user, self.model)

    def preprocess_field_value(self, field, value, export_format):
        if isinstance(value, dict):
            value = json.dumps(value, cls=DjangoJSONEncoder, ensure_ascii=False)
        return neutralise_cell(super().preprocess_field_value(field, value, export_format))
