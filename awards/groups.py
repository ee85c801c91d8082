"""The "Prize secretariat" group: the UMAQ and ministry staff who run the quality prizes.

In the admin they keep the référentiels (add, change, delete, import, export; the criteria
and their sub-criteria are edited with them), read, decide on and export the applications
(never add nor delete one), and edit the prize and edition pages under the prizes index in
both languages, submitting them for moderation: publishing stays with the
Moderators. Nothing else: no other page, no events, no courses, no users. Admin access means
two-factor authentication (jawda.middleware.requires_mfa).

The group and its model permissions are created or completed after every `migrate`
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
