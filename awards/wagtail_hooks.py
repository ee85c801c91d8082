"""Admin: the référentiels of the prize editions, under "Prizes" in the menu.

- *Référentiels*: one per edition, with its criteria (code, titles, points) inline; the
  criteria must add up to the référentiel's total.
- *Criteria*: one criterion with its sub-criteria inline (points, questions, scoring bands);
  the sub-criteria must add up to the criterion's points.
- On a référentiel's edit page: import (admin_views.py), export CSV/XLSX, new version.
- *Applications*: the secretariat's list, decisions and files (secretariat.py).
- *Judging*, *Judges*, *Conflicts of interest*: judging_admin.py.

A frozen référentiel (its edition's call has opened) refuses every change with the reason,
and cannot be deleted (referentiels.check_editable).
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.shortcuts import redirect
from django.urls import path, reverse, reverse_lazy
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, ObjectList
from wagtail.admin.views.generic import DeleteView, EditView, IndexView
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import Button

from jawda.security.exports import has_export_permission, has_import_permission

from . import admin_views, judging_admin, secretariat
from .models import Criterion, Referentiel
from .referentiels import check_editable
from .views import is_secretariat

LANGUAGE_DIRECTIONS = {"fr": "ltr", "ar": "rtl"}
TEXTAREAS = {"description", "notes", "guidance", "questions"}


def in_own_direction(name):
    """The panel of a `<text>_fr` or `<text>_ar` field: each text in its own language and
    direction (Arabic right-to-left), whatever the admin's language."""
    text, language = name.rsplit("_", 1)
    attrs = {"lang": language, "dir": LANGUAGE_DIRECTIONS[language]}
    widget = (
        forms.Textarea(attrs={**attrs, "rows": 4})
        if text in TEXTAREAS
        else forms.TextInput(attrs=attrs)
    )
    return FieldPanel(name, widget=widget)


def both_languages(text):
    return FieldRowPanel([in_own_direction(f"{text}_fr"), in_own_direction(f"{text}_ar")])


def live_children(formset):
    """The cleaned data of the inline forms that are kept (not deleted, not left empty)."""
    return [
        form.cleaned_data
        for form in formset.forms
        if form.cleaned_data and not form.cleaned_data.get("DELETE")
    ]


class FrozenCheckMixin:
    """Refuses the form of a frozen référentiel (or of one of its criteria) with the reason;
    the form says which référentiels it writes to (`referentiels_of_form`)."""

    def is_valid(self):
        valid = super().is_valid()
        try:
            for referentiel in self.referentiels_of_form():
                check_editable(referentiel)
        except ValidationError as error:
            self.add_error(None, error)
            return False
        return valid


class ReferentielForm(FrozenCheckMixin, WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["edition"]
        # French editions without a référentiel yet, and this one's own.
        free = Q(referentiel__isnull=True)
        if self.instance.pk:
            free |= Q(referentiel=self.instance.pk)
        field.queryset = field.queryset.filter(free).order_by("-year", "title")

    def referentiels_of_form(self):
        return [self.instance]

    def is_valid(self):
        if not super().is_valid():
            return False
        criteria = live_children(self.formsets["criteria"])
        total = self.cleaned_data["total_points"]
        points = sum(data["points"] for data in criteria)
        if criteria and points != total:
            self.add_error(
                None,
                _("The criteria add up to %(sum)s points, not the référentiel's %(total)s.")
                % {"sum": points, "total": total},
            )
            return False
        return True


class CriterionForm(FrozenCheckMixin, WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["referentiel"].queryset = Referentiel.objects.select_related(
            "edition"
        ).order_by("-edition__year", "-version")

    def referentiels_of_form(self):
        """The one it belonged to, and the one it is moved to (or created in)."""
        chosen = self.cleaned_data.get("referentiel")
        if self.instance.pk is None:
            return [chosen]
        return [Referentiel.objects.filter(criteria=self.instance.pk).first(), chosen]

    def is_valid(self):
        if not super().is_valid():
            return False
        children = live_children(self.formsets["subcriteria"])
        points = self.cleaned_data["points"]
        errors = []
        if not children:
            errors.append(_("Add at least one sub-criterion."))
        elif sum(data["points"] for data in children) != points:
            errors.append(
                _("The sub-criteria add up to %(sum)s points, not the criterion's %(points)s.")
                % {"sum": sum(data["points"] for data in children), "points": points}
            )
        codes = [data["code"] for data in children]
        if len(codes) != len(set(codes)):
            errors.append(_("Two sub-criteria have the same code."))
        for error in errors:
            self.add_error(None, error)
        return not errors


class FrozenDeleteView(DeleteView):
    """A frozen référentiel (or a criterion of one) is not deleted: the reason instead."""

    def referentiel(self):
        return self.object if isinstance(self.object, Referentiel) else self.object.referentiel

    def dispatch(self, request, *args, **kwargs):
        try:
            check_editable(self.referentiel())
        except ValidationError as error:
            messages.error(request, error.messages[0])
            return redirect(self.edit_url_name, self.object.pk)
        return super().dispatch(request, *args, **kwargs)


class ReferentielIndexView(IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("edition")


class ReferentielEditView(EditView):
    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        # What keeps the grid from adding up (criteria and sub-criteria are saved apart); the
        # response renders later, with these messages.
        for problem in self.object.problems():
            messages.warning(request, problem)
        return response

    @cached_property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        user = self.request.user
        referentiel = self.object
        if has_import_permission(user, Referentiel) and not referentiel.is_frozen:
            buttons.append(
                Button(
                    _("Import criteria"),
                    reverse("awards_referentiel_import", args=[referentiel.pk]),
                    icon_name="upload",
                    priority=40,
                )
            )
        if has_export_permission(user, Referentiel):
            for file_format in admin_views.CONTENT_TYPES:
                buttons.append(
                    Button(
                        _("Export %(format)s") % {"format": file_format.upper()},
                        reverse("awards_referentiel_export", args=[referentiel.pk, file_format]),
                        icon_name="download",
                        priority=41,
                    )
                )
        if user.has_perm("awards.add_referentiel"):
            buttons.append(
                Button(
                    _("New version for another edition"),
                    reverse("awards_referentiel_copy", args=[referentiel.pk]),
                    icon_name="copy",
                    priority=42,
                )
            )
        return buttons


class ReferentielViewSet(ModelViewSet):
    model = Referentiel
    name = "awards_referentiel"
    icon = "list-ol"
    menu_label = _("Référentiels")
    url_prefix = "awards/referentiels"
    copy_view_enabled = False
    index_view_class = ReferentielIndexView
    edit_view_class = ReferentielEditView
    delete_view_class = FrozenDeleteView
    list_display = ["__str__", "total_points", "state"]
    edit_handler = ObjectList(
        [
            FieldPanel("edition"),
            FieldRowPanel([FieldPanel("version"), FieldPanel("total_points")]),
            both_languages("notes"),
            both_languages("guidance"),
            InlinePanel(
                "criteria",
                label=_("Criteria"),
                panels=[
                    FieldRowPanel([FieldPanel("code"), FieldPanel("points")]),
                    both_languages("title"),
                    both_languages("description"),
                ],
            ),
        ],
        base_form_class=ReferentielForm,
    )


class CriterionViewSet(ModelViewSet):
    model = Criterion
    name = "awards_criterion"
    icon = "list-ul"
    menu_label = _("Criteria")
    url_prefix = "awards/criteria"
    copy_view_enabled = False
    delete_view_class = FrozenDeleteView
    list_display = ["__str__", "referentiel", "points"]
    list_filter = ["referentiel"]
    search_fields = ["code", "title_fr", "title_ar"]
    search_backend_name = None
    edit_handler = ObjectList(
        [
            FieldPanel("referentiel"),
            FieldRowPanel([FieldPanel("code"), FieldPanel("points")]),
            both_languages("title"),
            both_languages("description"),
            InlinePanel(
                "subcriteria",
                label=_("Sub-criteria"),
                min_num=1,
                panels=[
                    FieldRowPanel([FieldPanel("code"), FieldPanel("points")]),
                    both_languages("title"),
                    both_languages("questions"),
                    both_languages("guidance"),
                ],
            ),
        ],
        base_form_class=CriterionForm,
    )


class PrizesViewSetGroup(ViewSetGroup):
    menu_label = _("Prizes")
    menu_icon = "pick"
    menu_order = 280
    items = (
        ReferentielViewSet,
        CriterionViewSet,
        secretariat.ApplicationViewSet,
        judging_admin.JudgingViewSet,
        judging_admin.JudgeViewSet,
        judging_admin.ConflictViewSet,
        judging_admin.JudgingLogViewSet,
    )


@hooks.register("register_admin_viewset")
def register_prize_viewsets():
    return PrizesViewSetGroup()


class PrizeResultsMenuItem(MenuItem):
    """The judging's results (ranking, site visits, decisions, publication) are site pages:
    the secretariat reaches them from the admin's menu."""

    def is_shown(self, request):
        return is_secretariat(request.user)


@hooks.register("register_admin_menu_item")
def register_prize_results_menu_item():
    return PrizeResultsMenuItem(
        _("Prize results"), reverse_lazy("awards_results_admin"), icon_name="pick", order=281
    )


def results_redirect(request):
    # The site's pages are in the admin user's language, which Wagtail activated.
    return redirect("awards_results_editions")


@hooks.register("register_admin_urls")
def awards_admin_urls():
    return [
        path("awards/results/", results_redirect, name="awards_results_admin"),
        path(
            "awards/referentiels/<int:pk>/import/",
            admin_views.import_view,
            name="awards_referentiel_import",
        ),
        path(
            "awards/referentiels/sample.<str:file_format>",
            admin_views.sample_view,
            name="awards_referentiel_sample",
        ),
        path(
            "awards/referentiels/<int:pk>/export/<str:file_format>/",
            admin_views.export_view,
            name="awards_referentiel_export",
        ),
        path(
            "awards/application-files/<uuid:pk>/",
            secretariat.zip_view,
            name="awards_application_zip",
        ),
        path(
            "awards/application-messages/<uuid:pk>/",
            secretariat.thread_view,
            name="awards_application_thread",
        ),
        path(
            "awards/referentiels/<int:pk>/copy/",
            admin_views.copy_view,
            name="awards_referentiel_copy",
        ),
    ]
