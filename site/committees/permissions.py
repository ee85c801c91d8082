"""Who may touch which roadmap actions (docs/architecture.md, "Roles and moderation").

Two conditions, both required:

- the model permission for the action (`committees.add_roadmapaction`, `change_…`,
  `delete_…`, `view_…`, `import_…`, `export_…`), given to groups by `groups.ensure_groups`;
- the page: an action belongs to a committee or commission, that is to every language version
  of its page (same `translation_key`), and a user may only work on the roadmaps of the
  pages she may edit according to Wagtail's page permission policy (`change_page`, from a
  `GroupPagePermission` on the page or an ancestor). Editors and Moderators hold it on the
  root, so they reach every roadmap; a regional committee's group holds it on its committee's
  two pages only; superusers reach everything.

`RoadmapActionPermissionPolicy` is registered for the model (wagtail_hooks.py), so the admin
views, the import and the export all ask the same object.
"""

from django.db.models import Subquery

from wagtail.models import Page
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import page_permission_policy

from .models import CommissionPage, CommitteePage, RoadmapAction


def editable_translation_keys(user):
    """The translation keys of the pages `user` may edit, as a subquery; None for all."""
    if not (user.is_authenticated and user.is_active):
        return Page.objects.none().values("translation_key")
    if user.is_superuser:
        return None
    pages = page_permission_policy.instances_user_has_permission_for(user, "change")
    return pages.values("translation_key")


def roadmap_pages_for_user(user):
    """The committee and commission pages (any language, no alias) whose roadmap `user` may
    edit: the choices of an action's `page`."""
    pages = Page.objects.type(CommitteePage, CommissionPage).filter(alias_of__isnull=True)
    keys = editable_translation_keys(user)
    if keys is not None:
        pages = pages.filter(translation_key__in=Subquery(keys))
    return pages


def roadmap_actions_for_user(user):
    """The actions of the roadmaps `user` may edit (whatever her model permissions)."""
    keys = editable_translation_keys(user)
    if keys is None:
        return RoadmapAction.objects.all()
    return RoadmapAction.objects.filter(page__translation_key__in=Subquery(keys))


def can_edit_roadmap_of(user, page):
    """Whether `user` may work on the roadmap of `page` (any language version of it)."""
    if page is None:
        return False
    return roadmap_pages_for_user(user).filter(translation_key=page.translation_key).exists()


class RoadmapActionPermissionPolicy(ModelPermissionPolicy):
    """Model permissions, limited to the actions of the pages the user may edit."""

    def __init__(self):
        super().__init__(RoadmapAction)

    def instances_user_has_any_permission_for(self, user, actions):
        if not self.user_has_any_permission(user, actions):
            return RoadmapAction.objects.none()
        return roadmap_actions_for_user(user)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return self.user_has_any_permission(user, actions) and can_edit_roadmap_of(
            user, instance.page if instance.page_id else None
        )

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_any_permission_for_instance(user, [action], instance)


roadmap_action_permission_policy = RoadmapActionPermissionPolicy()
