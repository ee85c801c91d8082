"""The secretariat's side of judging in the admin (menu Prizes): judges, conflicts, per
edition the assignments (manual and automatic) and the judges' figures, and the judging
events of the audit log (docs/judging.md).

Judges and conflicts are never deleted; a conflict recorded here withdraws the judge from
the applicant's applications, as one she declares herself.
"""

from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.views.generic import CreateView, IndexView, InspectView
from wagtail.admin.viewsets.base import ViewSet
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy

from jawda.security.exports import SafeSpreadsheetExportMixin
from jawda.security.models import AuditEvent
from jawda.security.wagtail_hooks import AuditEventViewSet

from . import judging
from .models import (
    Application,
    Assignment,
    Conflict,
    ConflictSource,
    Judge,
    PrizeEditionPage,
    ScoreSheet,
)


class NeverDeletedViewSet(ModelViewSet):
    add_to_reference_index = False
    copy_view_enabled = False

    #: Views this viewset does not serve at all.
    without = {"delete", "usage"}

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(delete_url_name=None, usage_url_name=None, **kwargs)

    def get_urlpatterns(self):
        return [p for p in super().get_urlpatterns() if p.name not in self.without]


class JudgeViewSet(NeverDeletedViewSet):
    model = Judge
    name = "awards_judge"
    icon = "user"
    menu_label = _("Judges")
    url_prefix = "awards/judges"
    list_display = ["__str__", "user", "active"]
    search_fields = ["user__email", "user__first_name", "user__last_name"]
    search_backend_name = None
    panels = [
        FieldPanel("user"),
        FieldPanel("sectors"),
        FieldPanel("regions"),
        FieldPanel("languages"),
        FieldPanel("active"),
    ]
    list_filter = ["active", "sectors"]


class ConflictForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["application"].required = True
        self.fields["application"].queryset = Application.objects.exclude(
            reference__isnull=True
        ).order_by("reference")


class ConflictCreateView(CreateView):
    def get_edit_url(self):
        # Recorded, never edited: the new conflict opens in its inspect view.
        return reverse("awards_conflict:inspect", args=[self.object.pk])

    def save_instance(self):
        data = self.form.cleaned_data
        return judging.record_conflict(
            data["judge"],
            data["application"],
            data["kind"],
            self.request,
            note=data["note"],
            source=ConflictSource.SECRETARIAT,
        )


class ConflictViewSet(NeverDeletedViewSet):
    """Recorded and read, never changed nor deleted: the log of who may not judge whom."""

    model = Conflict
    name = "awards_conflict"
    icon = "warning"
    menu_label = _("Conflicts of interest")
    url_prefix = "awards/conflicts"
    add_view_class = ConflictCreateView
    inspect_view_enabled = True
    list_display = ["judge", "organisation_name", "kind", "source", "recorded_at"]
    list_filter = ["kind", "source"]
    search_fields = ["organisation_name", "applicant_key", "judge__user__email"]
    search_backend_name = None
    edit_handler = ObjectList(
        [FieldPanel("judge"), FieldPanel("application"), FieldPanel("kind"), FieldPanel("note")],
        base_form_class=ConflictForm,
    )

    without = {"delete", "usage", "edit"}

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(edit_url_name=None, **kwargs)


# ---------------------------------------------------------------------------------------------
# Assignments and figures per edition


def require(request, permission):
    if not request.user.has_perm(permission):
        raise PermissionDenied


class AssignForm(forms.Form):
    application = forms.ModelChoiceField(label=_("Application"), queryset=Application.objects)
    judge = forms.ModelChoiceField(label=_("Judge"), queryset=Judge.objects.filter(active=True))
    team_leader = forms.BooleanField(label=_("Team leader"), required=False)

    def __init__(self, *args, edition, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["application"].queryset = judging.applications_to_judge(edition)


def editions():
    return PrizeEditionPage.objects.filter(
        locale__language_code="fr", alias_of__isnull=True
    ).order_by("-year", "title")


def index_view(request):
    require(request, "awards.change_assignment")
    return TemplateResponse(
        request,
        "awards/admin/judging_index.html",
        {"page_title": _("Judging"), "header_icon": "pick", "editions": editions()},
    )


def _act(request, edition):
    action = request.POST.get("action")
    try:
        if action == "auto":
            created, short = judging.auto_assign(edition, request)
            messages.success(
                request,
                ngettext(
                    "%(count)s assignment added.", "%(count)s assignments added.", len(created)
                )
                % {"count": len(created)},
            )
            if short:
                messages.warning(
                    request,
                    _("Not enough judges without a conflict for: %(references)s.")
                    % {"references": ", ".join(a.reference or str(a.pk) for a in short)},
                )
            return True
        if action == "assign":
            form = AssignForm(request.POST, edition=edition)
            if not form.is_valid():
                return form
            judging.assign(
                form.cleaned_data["application"],
                form.cleaned_data["judge"],
                request,
                team_leader=form.cleaned_data["team_leader"],
            )
            messages.success(request, _("The judge is assigned and notified."))
            return True
        assignment = get_object_or_404(
            Assignment.objects.select_related("application", "judge__user"),
            pk=request.POST.get("assignment") or 0,
            application__edition=edition,
        )
        if action == "withdraw":
            judging.withdraw(assignment, request, reason=str(_("Withdrawn by the secretariat")))
            messages.success(request, _("The judge is withdrawn."))
        elif action == "leader":
            judging.set_team_leader(assignment, request)
            messages.success(request, _("The team leader is changed."))
        elif action == "reopen":
            judging.reopen_sheet(judging.sheet_of(assignment), request)
            messages.success(request, _("The score sheet is reopened."))
        else:
            return False
        return True
    except judging.JudgingError as error:
        messages.error(request, error.message)
        return True


def assignments_view(request, pk):
    """The applications of an edition with their judges: assign, withdraw, choose the team
    leader, reopen a sheet, or complete every team automatically."""
    require(request, "awards.change_assignment")
    edition = get_object_or_404(editions(), pk=pk)
    form = AssignForm(edition=edition)
    status = 200
    if request.method == "POST":
        outcome = _act(request, edition)
        if outcome is True:
            return redirect("awards_judging_admin:assignments", edition.pk)
        if isinstance(outcome, forms.Form):
            form, status = outcome, 400
        else:
            status = 400
    current = (
        Assignment.objects.current()
        .select_related("judge__user")
        .order_by("-is_team_leader", "judge_id")
    )
    applications = list(
        judging.applications_to_judge(edition)
        .select_related("sector")
        .prefetch_related(
            Prefetch("assignments", queryset=current, to_attr="team"),
        )
    )
    sheets = {
        sheet.assignment_id: sheet
        for sheet in ScoreSheet.objects.filter(
            assignment__application__in=applications, assignment__withdrawn_at__isnull=True
        )
    }
    for application in applications:
        for assignment in application.team:
            assignment.score_sheet = sheets.get(assignment.pk)
    return TemplateResponse(
        request,
        "awards/admin/judging_assignments.html",
        {
            "page_title": _("Assignments"),
            "page_subtitle": edition.title,
            "header_icon": "group",
            "edition": edition,
            "applications": applications,
            "form": form,
        },
        status=status,
    )


def figures_view(request, pk):
    """Totals per judge and mean, spreads with disagreement flags, judges' severity."""
    require(request, "awards.view_score")
    edition = get_object_or_404(editions(), pk=pk)
    return TemplateResponse(
        request,
        "awards/admin/judging_figures.html",
        {
            "page_title": _("Judges' scores"),
            "page_subtitle": edition.title,
            "header_icon": "table",
            "edition": edition,
            **judging.edition_figures(edition),
        },
    )


class JudgingMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("awards.change_assignment")


class JudgingViewSet(ViewSet):
    name = "awards_judging_admin"
    icon = "pick"
    menu_label = _("Judging")
    url_prefix = "awards/judging"

    @cached_property
    def menu_item_class(self):
        return JudgingMenuItem

    def get_urlpatterns(self):
        return [
            path("", index_view, name="index"),
            path("<int:pk>/assignments/", assignments_view, name="assignments"),
            path("<int:pk>/scores/", figures_view, name="figures"),
        ]


# ---------------------------------------------------------------------------------------------
# The judging part of the audit log, for the secretariat


def may_read_judging_log(user):
    """The secretariat (who assigns judges) reads and exports the judging events of the
    audit log, and only those: the whole log stays with security.view_auditevent."""
    return user.has_perm("awards.change_assignment")


class JudgingLogPolicy(ModelPermissionPolicy):
    """Given to the views themselves: Wagtail's registry keeps the audit log's own policy."""

    def user_has_permission(self, user, action):
        return action in ("view", "export") and may_read_judging_log(user)

    def users_with_any_permission(self, actions):
        return get_user_model().objects.none()


JUDGING_LOG_POLICY = JudgingLogPolicy(AuditEvent)


class JudgingLogIndexView(SafeSpreadsheetExportMixin, IndexView):
    permission_policy = JUDGING_LOG_POLICY

    def dispatch(self, request, *args, **kwargs):
        if not may_read_judging_log(request.user):
            raise PermissionDenied
        # Skips SafeSpreadsheetExportMixin's check of security.export_auditevent.
        return super(SafeSpreadsheetExportMixin, self).dispatch(request, *args, **kwargs)

    @cached_property
    def show_export_buttons(self):
        return True

    def get_base_queryset(self):
        return super().get_base_queryset().filter(action__startswith=judging.AUDIT_PREFIX)


class JudgingLogInspectView(InspectView):
    permission_policy = JUDGING_LOG_POLICY

    def get_object(self, queryset=None):
        return get_object_or_404(
            AuditEvent.objects.filter(action__startswith=judging.AUDIT_PREFIX), pk=self.pk
        )


class JudgingLogViewSet(AuditEventViewSet):
    name = "awards_judging_log"
    url_prefix = "awards/judging-log"
    menu_label = _("Judging log")
    add_to_settings_menu = False
    index_view_class = JudgingLogIndexView
    inspect_view_class = JudgingLogInspectView
    export_filename = "judging-log"
    list_filter = ["action"]

    @cached_property
    def menu_item_class(self):
        return JudgingMenuItem
