from django.contrib.auth.models import Permission
from django.urls import path
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from .exports import SafeSpreadsheetExportMixin
from .models import AuditEvent


class ReadOnlyPermissionPolicy(ModelPermissionPolicy):
    """Only viewing and exporting are ever allowed, superusers included."""

    actions = ("view", "export")

    def user_has_permission(self, user, action):
        return action in self.actions and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission([a for a in actions if a in self.actions])


class AuditEventIndexView(SafeSpreadsheetExportMixin, IndexView):
    pass


class ListAndInspectOnlyMixin:
    """A ModelViewSet with only its listing and inspect views: records nobody edits."""

    def get_common_view_kwargs(self, **kwargs):
        # No add, edit, delete, history or usage views: their URLs do not exist.
        return super().get_common_view_kwargs(
            add_url_name=None,
            edit_url_name=None,
            delete_url_name=None,
            history_url_name=None,
            usage_url_name=None,
            **kwargs,
        )

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path(f"inspect/<{self.pk_path_converter}:pk>/", self.inspect_view, name="inspect"),
        ]


class AuditEventViewSet(ListAndInspectOnlyMixin, ModelViewSet):
    """The audit log in the admin: list, inspect and export; nothing else."""

    model = AuditEvent
    name = "audit_log"
    url_prefix = "audit-log"
    icon = "history"
    menu_label = _("Audit log")
    add_to_settings_menu = True
    add_to_reference_index = False
    copy_view_enabled = False
    inspect_view_enabled = True
    index_view_class = AuditEventIndexView
    list_display = ["timestamp", "get_action_display", "actor_repr", "target_repr", "ip"]
    list_filter = ["action", "timestamp"]
    search_fields = ["action", "actor_repr", "target_repr", "request_id"]
    search_backend_name = None
    # Everything an event records, in the export as on its inspect page.
    list_export = [
        "timestamp",
        "action",
        "actor_repr",
        "target_content_type",
        "target_id",
        "target_repr",
        "before",
        "after",
        "request_id",
        "ip",
    ]
    export_filename = "audit-log"
    inspect_view_fields = list_export


register_permission_policy(AuditEvent, ReadOnlyPermissionPolicy(AuditEvent))


@hooks.register("register_admin_viewset")
def register_audit_log():
    return AuditEventViewSet()


@hooks.register("register_permissions")
def register_private_file_permission():
    # Lets an administrator grant it to a group from Wagtail's group editor.
    return Permission.objects.filter(
        content_type__app_label="security", codename="view_any_privatefile"
    )
