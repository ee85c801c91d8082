from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import HeaderButton

from ..security.exports import has_export_permission, has_import_permission
from . import views
from .models import RoadmapAction


class RoadmapIndexView(IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("page")

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
