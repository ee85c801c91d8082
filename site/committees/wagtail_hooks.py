from django import forms
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.views.generic import DeleteView, EditView, HistoryView, IndexView, UsageView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import HeaderButton
from wagtail.permissions import register_permission_policy

from ..security.exports import has_export_permission, has_import_permission
from . import views
from .models import RoadmapAction
from .permissions import roadmap_action_permission_policy, roadmap_pages_for_user

# Registered before any view asks for it (a fallback policy would be created otherwise).
register_permission_policy(RoadmapAction, roadmap_action_permission_policy)

ANY_PERMISSION = ["add", "change", "delete", "view"]


def actions_for(user, actions):
    """The roadmap actions `user` may act on: her committees' and commissions' only."""
    return roadmap_action_permission_policy.instances_user_has_any_permission_for(user, actions)


class RoadmapActionForm(WagtailAdminModelForm):
    """The action's page is chosen among the committees and commissions the user may edit.

    A plain list rather than Wagtail's page chooser, whose explorer would show every page; a
    page outside the list (a forged POST) is refused by the field like any invalid choice.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["page"]
        field.widget = forms.Select()
        user = self.for_user
        pages = roadmap_pages_for_user(user) if user is not None else field.queryset.none()
        field.queryset = pages.select_related("locale").order_by("path")
        field.label_from_instance = lambda page: f"{page.title} ({page.locale.get_display_name()})"
        field.help_text = _(
            "Only the committees and commissions whose page you may edit are listed; "
            "the roadmap is the same in both languages."
        )
        # Each title in its own language and direction, whatever the admin's language.
        for name, language, direction in (("title_fr", "fr", "ltr"), ("title_ar", "ar", "rtl")):
            self.fields[name].widget.attrs.update({"lang": language, "dir": direction})


class RoadmapIndexView(IndexView):
    def get_base_queryset(self):
        return actions_for(self.request.user, ANY_PERMISSION).select_related("page")

    @cached_property
    def header_buttons(self):
        buttons = list(super().header_buttons)
        user = self.request.user
        if has_import_permission(user, RoadmapAction):
            buttons.append(
                HeaderButton(
                    _("Import"), url=reverse("committees_roadmap_import"), icon_name="upload"
                )
            )
        if has_export_permission(user, RoadmapAction):
            for file_format in ("csv", "xlsx"):
                buttons.append(
                    HeaderButton(
                        _("Export %(format)s") % {"format": file_format.upper()},
                        url=reverse("committees_roadmap_export", args=[file_format]),
                        icon_name="download",
                    )
                )
        return buttons


class RoadmapEditView(EditView):
    def get_queryset(self):
        # Another committee's action answers 404, as if it did not exist.
        return actions_for(self.request.user, ["change"])


class RoadmapDeleteView(DeleteView):
    def get_queryset(self):
        return actions_for(self.request.user, ["delete"])


class RoadmapHistoryView(HistoryView):
    def get_base_object_queryset(self):
        return actions_for(self.request.user, ANY_PERMISSION)


class RoadmapUsageView(UsageView):
    def get_base_object_queryset(self):
        return actions_for(self.request.user, ANY_PERMISSION)


class RoadmapActionViewSet(ModelViewSet):
    """The roadmaps' actions of every committee and commission, edited one by one."""

    model = RoadmapAction
    name = "committees_roadmapaction"
    url_prefix = "roadmaps"
    icon = "list-ul"
    menu_label = _("Roadmaps")
    menu_order = 250
    add_to_admin_menu = True
    copy_view_enabled = False
    list_display = ["title_fr", "page", "due_date", "get_effective_status_display", "percent"]
    list_filter = ["status", "due_date"]
    search_fields = ["title_fr", "title_ar", "owner", "partners"]
    search_backend_name = None
    index_view_class = RoadmapIndexView
    edit_view_class = RoadmapEditView
    delete_view_class = RoadmapDeleteView
    history_view_class = RoadmapHistoryView
    usage_view_class = RoadmapUsageView
    edit_handler = ObjectList(
        [
            FieldPanel("page"),
            FieldPanel("title_fr"),
            FieldPanel("title_ar"),
            FieldPanel("owner"),
            FieldPanel("partners"),
            FieldPanel("due_date"),
            FieldPanel("status"),
            FieldPanel("percent"),
        ],
        base_form_class=RoadmapActionForm,
    )


@hooks.register("register_admin_viewset")
def register_roadmap_viewset():
    return RoadmapActionViewSet()


@hooks.register("register_admin_urls")
def roadmap_import_export_urls():
    return [
        path("roadmaps/import/", views.import_view, name="committees_roadmap_import"),
        path(
            "roadmaps/export/<str:file_format>/",
            views.export_view,
            name="committees_roadmap_export",
        ),
    ]


class PermissionMenuItem(MenuItem):
    def __init__(self, *args, check, **kwargs):
        super().__init__(*args, **kwargs)
        self.check = check

    def is_shown(self, request):
        return self.check(request.user, RoadmapAction)


@hooks.register("register_admin_menu_item")
def roadmap_import_menu_item():
    return PermissionMenuItem(
        _("Import roadmaps"),
        reverse("committees_roadmap_import"),
        icon_name="upload",
        order=251,
        check=has_import_permission,
    )
