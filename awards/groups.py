"""The "Prize secretariat" group: the UMAQ and ministry staff who run the quality prizes.

In the admin they keep the référentiels (add, change, delete, import, export; the criteria
and their sub-criteria are edited with them), read, decide on and export the applications
(never add nor delete one), keep the judges and their conflicts, assign judges and read their
scores (judging_admin.py), and edit the prize and edition pages under the prizes index in
both languages, submitting them for moderation: publishing stays with the
Moderators. Nothing else: no other page, no events, no courses, no users. Admin access means
two-factor authentication (jawda.middleware.requires_mfa).

"Prize judges" (`ensure_judges_group`) holds the judges: no permission, two-factor
authentication required.

The secretariat group and its model permissions are created or completed after every `migrate`
(post_migrate); the page permissions need the prizes index pages, so `seed_demo` (and the
next `migrate`) grant them once the pages exist.
"""

from django.apps import apps
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission
from django.db.models import Q

from wagtail.models import GroupPagePermission

from .models import PrizeIndexPage

SECRETARIAT = "Prize secretariat"
JUDGES = "Prize judges"
MODEL_PERMISSIONS = [
    "add_referentiel",
    "change_referentiel",
    "delete_referentiel",
    "view_referentiel",
    "import_referentiel",
    "export_referentiel",
    "add_criterion",
    "change_criterion",
    "delete_criterion",
    "view_criterion",
    # Applications: read, decide (status, reason, extension), export; never add or delete.
    "view_application",
    "change_application",
    "export_application",
    # Judging: judges' profiles, conflicts (recorded, never changed), assignments, and
    # reading the scores; never deleting any of them.
    "add_judge",
    "change_judge",
    "view_judge",
    "add_conflict",
    "view_conflict",
    "view_conflictdeclaration",
    "change_assignment",
    "view_assignment",
    "view_scoresheet",
    "view_score",
]
PAGE_PERMISSIONS = ["add_page", "change_page"]


def ensure_secretariat_group(using="default", **kwargs):
    # This app's post_migrate handler may run before django.contrib.auth's, which creates the
    # model permissions: create them now.
    create_permissions(apps.get_app_config("awards"), verbosity=0, using=using)
    group, _created = Group.objects.using(using).get_or_create(name=SECRETARIAT)
    group.permissions.add(
        *Permission.objects.using(using).filter(
            Q(content_type__app_label="awards", codename__in=MODEL_PERMISSIONS)
            | Q(content_type__app_label="wagtailadmin", codename="access_admin")
        )
    )
    page_permissions = Permission.objects.using(using).filter(
        content_type__app_label="wagtailcore", codename__in=PAGE_PERMISSIONS
    )
    for index in PrizeIndexPage.objects.using(using).all():
        for permission in page_permissions:
            GroupPagePermission.objects.using(using).get_or_create(
                group=group, page_id=index.pk, permission=permission
            )
    return group


def ensure_judges_group(using="default", **kwargs):
    """The judges: no permission at all (no admin access; the site's judging pages check the
    judge profile), but two-factor authentication (`JAWDA_MFA_REQUIRED_GROUPS`), since they
    read applicants' confidential files. A judge profile puts its user in it (`Judge.save`)."""
    group, _created = Group.objects.using(using).get_or_create(name=JUDGES)
    return group
