from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.views.generic import CreateView
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import certificate_admin  # noqa: F401 (registers the certificates' admin views)
from .models import Organisation, OrganisationMember, Question


class QuestionViewSet(SnippetViewSet):
    """The question banks, translated with wagtail-localize like the pages."""

    model = Question
    icon = "help"
    menu_label = _("Question bank")
    menu_order = 260
    add_to_admin_menu = True
    list_display = ["text", "bank", "clause", "kind", "locale"]
    list_filter = ["bank", "clause", "kind", "locale"]
    search_fields = ["text"]


register_snippet(QuestionViewSet)


# ---------------------------------------------------------------------------------------------
# Organisations (created by UMAQ staff; the training manager does the rest on the site)


class OrganisationViewSet(ModelViewSet):
    model = Organisation
    icon = "group"
    menu_label = _("Organisations")
    url_prefix = "courses/organisations"
    form_fields = ["name", "ice"]
    list_display = ["name", "ice", "created_at"]
    search_fields = ["name", "ice"]


class MemberCreateView(CreateView):
    """A member added in the admin (usually the training manager) gets her invitation."""

    def save_instance(self):
        from .organisations import send_invitation

        member = super().save_instance()
        send_invitation(member, self.request.user)
        return member

    def get_success_message(self, instance):
        return gettext("%(person)s was invited by email.") % {"person": instance}


class OrganisationMemberViewSet(ModelViewSet):
    model = OrganisationMember
    icon = "user"
    menu_label = _("Members")
    url_prefix = "courses/organisation-members"
    add_view_class = MemberCreateView
    form_fields = ["organisation", "email", "name", "role"]
    list_display = ["email", "name", "organisation", "role", "joined_at"]
    list_filter = ["organisation", "role"]
    search_fields = ["email", "name"]


class OrganisationViewSetGroup(ViewSetGroup):
    menu_label = _("Organisations")
    menu_icon = "group"
    menu_order = 270
    items = (OrganisationViewSet, OrganisationMemberViewSet)


@hooks.register("register_admin_viewset")
def register_organisation_viewsets():
    return OrganisationViewSetGroup()
