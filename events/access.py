"""Who may import or export a programme, and who may export the attendance lists.

Both live in the Wagtail admin, so both first need admin access (`wagtailadmin.access_admin`).

- **Programme import/export**: UMAQ editors (Wagtail's "Editors" group) and superusers, or
  whoever holds the model permission `events.import_eventpage` / `events.export_eventpage`
  (`jawda.security.exports`, the same rule as the roadmap import) once the event page declares
  them. An import also writes pages, so the editor must be allowed by Wagtail's page
  permissions to add events under the edition, in French and in Arabic: the editions offered
  are only those.
- **Attendance** (names and email addresses: personal data): the check-in staff, who hold
  `events.check_in_registration`, Editors and superusers. Page permissions alone are not
  enough: translators may edit every page, not read who registered.
"""

from django.contrib.auth.models import Group

from wagtail.models import Locale
from wagtail.permissions import page_permission_policy

from jawda.security.exports import has_export_permission, has_import_permission

from .models import EditionPage, EventPage

EDITORS = "Editors"
CHECK_IN_PERMISSION = "events.check_in_registration"


def has_admin_access(user):
    return bool(
        user.is_authenticated and user.is_active and user.has_perm("wagtailadmin.access_admin")
    )


def is_editor(user):
    """A superuser or a member of Wagtail's Editors group (the UMAQ editors)."""
    if not (user.is_authenticated and user.is_active):
        return False
    if user.is_superuser:
        return True
    # Asked once per request for each page of a listing: read once per user object.
    if not hasattr(user, "_events_is_editor"):
        user._events_is_editor = Group.objects.filter(name=EDITORS, user=user).exists()
    return user._events_is_editor


def may_import_programme(user):
    return has_admin_access(user) and (is_editor(user) or has_import_permission(user, EventPage))


def may_export_programme(user):
    return has_admin_access(user) and (is_editor(user) or has_export_permission(user, EventPage))


def may_export_attendance(user):
    return has_admin_access(user) and (is_editor(user) or user.has_perm(CHECK_IN_PERMISSION))


def importable_editions(user):
    """The French editions under which `user` may add events, in both languages' trees.

    The Arabic edition may be missing (then the Arabic columns must stay empty), but if it
    exists the user must be allowed to add pages under it too.
    """
    editions = EditionPage.objects.filter(
        locale=Locale.get_default(), alias_of__isnull=True
    ).select_related("locale")
    if not may_import_programme(user):
        return editions.none()
    if user.is_superuser:
        return editions.order_by("-start_date", "title")
    addable = page_permission_policy.instances_user_has_permission_for(user, "add").values("pk")
    # An Arabic version the user may not add under makes the edition unavailable.
    blocked = (
        EditionPage.objects.exclude(locale=Locale.get_default())
        .filter(alias_of__isnull=True)
        .exclude(pk__in=addable)
        .values("translation_key")
    )
    return (
        editions.filter(pk__in=addable)
        .exclude(translation_key__in=blocked)
        .order_by("-start_date", "title")
    )


def exportable_editions(user):
    """The French editions whose programme `user` may export: all of them, to whom may."""
    editions = EditionPage.objects.filter(locale=Locale.get_default(), alias_of__isnull=True)
    if not may_export_programme(user):
        return editions.none()
    return editions.order_by("-start_date", "title")
