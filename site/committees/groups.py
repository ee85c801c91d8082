"""The Wagtail groups of the editorial workflow (docs/architecture.md, "Roles").

- "Editors" (Wagtail's own, the UMAQ editors): all site content, through moderation.
- "Moderators" (Wagtail's own, UMAQ moderators): approve or request changes, publish.
- "Translators": translate any page with wagtail-localize; publishing goes through moderation.
- one group per regional committee: edits only its committee's page, in both languages, and
  submits it for moderation; it can neither publish nor touch any other page. It keeps its
  committee's roadmap (add, change, delete, import and export actions): the model permissions
  are given here, and `permissions.RoadmapActionPermissionPolicy` limits them to the actions
  of the pages the group may edit.
- Editors and Moderators get the same roadmap permissions; holding `change_page` on the root,
  they reach every roadmap.
"""

from django.contrib.auth.models import Group, Permission
from django.db import transaction

from wagtail.models import GroupPagePermission, Locale, Page

from .models import CommitteePage

TRANSLATORS = "Translators"
EDITORS = "Editors"
MODERATORS = "Moderators"
# Viewing is implied by the others in the admin; "view" alone would show a read-only listing.
ROADMAP_PERMISSIONS = ["add", "change", "delete", "import", "export"]
REGIONAL_GROUP_PREFIX = "Comité régional – "


def regional_group_name(region):
    return f"{REGIONAL_GROUP_PREFIX}{region.name_fr}"


def _admin_access():
    return Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")


def _roadmap_permissions():
    return Permission.objects.filter(
        content_type__app_label="committees",
        codename__in=[f"{action}_roadmapaction" for action in ROADMAP_PERMISSIONS],
    )


def _grant(group, page, codenames):
    for codename in codenames:
        GroupPagePermission.objects.get_or_create(
            group=group,
            page=page,
            permission=Permission.objects.get(
                content_type__app_label="wagtailcore", codename=codename
            ),
        )


@transaction.atomic
def ensure_groups():
    """Create or complete the groups; safe to run again (seed_demo, `sync_committee_groups`)."""
    access_admin = _admin_access()

    translators, _created = Group.objects.get_or_create(name=TRANSLATORS)
    translators.permissions.add(
        access_admin,
        Permission.objects.get(
            content_type__app_label="wagtail_localize", codename="submit_translation"
        ),
    )
    for home in Page.objects.filter(depth=2):
        _grant(translators, home, ["add_page", "change_page"])

    roadmap_permissions = list(_roadmap_permissions())
    # Wagtail's own groups, created by its migrations; left alone if someone deleted them.
    for name in (EDITORS, MODERATORS):
        group = Group.objects.filter(name=name).first()
        if group is not None:
            group.permissions.add(*roadmap_permissions)

    groups = {}
    default_locale = Locale.get_default()
    committees = CommitteePage.objects.filter(locale=default_locale).select_related("region")
    for committee in committees:
        group, _created = Group.objects.get_or_create(name=regional_group_name(committee.region))
        group.permissions.add(access_admin, *roadmap_permissions)
        # The committee's page in every language: editing, never publishing.
        for version in Page.objects.filter(translation_key=committee.translation_key):
            _grant(group, version, ["change_page"])
        groups[committee.region.code] = group
    return groups
