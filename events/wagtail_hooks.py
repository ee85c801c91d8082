"""Admin: programme import and export, attendance lists (admin_views.py).

"Import events" in the admin menu; on an edition's page (header and listing menus) the import
into that edition, its export and its attendance list; on an event's page, its attendance list.
Each entry shows only to those the view lets in (access.py).
"""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button
from wagtail.models import Locale

from . import admin_views
from .access import may_export_attendance, may_export_programme, may_import_programme
from .models import EditionPage, EventPage

FORMATS = ("csv", "xlsx")


@hooks.register("register_admin_urls")
def events_admin_urls():
    return [
        path("events/import/", admin_views.import_view, name="events_programme_import"),
        path(
            "events/import/<int:import_id>/",
            admin_views.import_status_view,
            name="events_programme_import_status",
        ),
        path(
            "events/export/<int:edition_id>/<str:file_format>/",
            admin_views.export_view,
            name="events_programme_export",
        ),
        path(
            "events/attendance/",
            admin_views.attendance_index_view,
            name="events_attendance_index",
        ),
        path(
            "events/attendance/<int:page_id>/<str:file_format>/",
            admin_views.attendance_view,
            name="events_attendance_export",
        ),
    ]


class CheckedMenuItem(MenuItem):
    """A menu entry shown to the users `check(user)` lets in, as its view does."""

    def __init__(self, *args, check, **kwargs):
        super().__init__(*args, **kwargs)
        self.check = check

    def is_shown(self, request):
        return self.check(request.user)


@hooks.register("register_admin_menu_item")
def import_events_menu_item():
    return CheckedMenuItem(
        _("Import events"),
        reverse("events_programme_import"),
        icon_name="upload",
        order=252,
        check=may_import_programme,
    )


@hooks.register("register_admin_menu_item")
def attendance_menu_item():
    return CheckedMenuItem(
        _("Attendance lists"),
        reverse("events_attendance_index"),
        icon_name="list-ul",
        order=253,
        check=may_export_attendance,
    )


def is_default_language(page):
    """Programmes are imported into, and exported from, the French edition."""
    return page.locale_id == Locale.get_default().pk


def page_buttons(page, user, priority):
    """The import, export and attendance buttons of an edition or event page."""
    specific_class = page.specific_class
    if specific_class is EditionPage and not page.alias_of_id and is_default_language(page):
        if may_import_programme(user):
            yield Button(
                _("Import events"),
                admin_views.import_url(page),
                icon_name="upload",
                priority=priority,
            )
        if may_export_programme(user):
            for file_format in FORMATS:
                yield Button(
                    _("Export the programme (%(format)s)") % {"format": file_format.upper()},
                    reverse("events_programme_export", args=[page.pk, file_format]),
                    icon_name="download",
                    priority=priority + 1,
                )
    if specific_class in (EditionPage, EventPage) and may_export_attendance(user):
        for file_format in FORMATS:
            yield Button(
                _("Attendance list (%(format)s)") % {"format": file_format.upper()},
                reverse("events_attendance_export", args=[page.pk, file_format]),
                icon_name="download",
                priority=priority + 2,
            )


@hooks.register("register_page_header_buttons")
def events_page_header_buttons(page, user, view_name, next_url=None):
    yield from page_buttons(page, user, priority=90)


@hooks.register("register_page_listing_more_buttons")
def events_page_listing_buttons(page, user, next_url=None):
    yield from page_buttons(page, user, priority=90)
