"""The judge's pages on the site, under /<lang>/prizes/judging/ (docs/judging.md).

Only a user with an active judge profile gets them (everyone else: 404). Assignments and
applications are found through `Assignment.objects.for_judge` / `Application.objects.for_judge`
only, so an unassigned or conflicted application answers 404 whatever the address.
"""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods

from jawda.i18n import active_locale_id

from . import judging
from .models import (
    ANSWER_MAX_LENGTH,
    SCORE_STEP,
    Assignment,
    ConflictKind,
    PrizeEditionPage,
    Score,
    SheetStatus,
    referentiel_of,
)


def judge_required(view):
    """The judge's own profile as `request.judge`; 404 for anyone else."""

    @login_required
    def wrapped(request, *args, **kwargs):
        request.judge = judging.judge_of(request.user)
        if request.judge is None:
            raise Http404
        response = view(request, *args, **kwargs)
        patch_cache_control(response, private=True, no_store=True)
        return response

    wrapped.__name__ = view.__name__
    wrapped.__doc__ = view.__doc__
    return wrapped


def editions_in_reader_language(editions):
    """{translation key: the edition in the reader's language} in one query."""
    return {
        page.translation_key: page
        for page in PrizeEditionPage.objects.live().filter(
            translation_key__in={e.translation_key for e in editions},
            locale_id=active_locale_id(),
        )
    }


class DeclarationForm(forms.Form):
    statement = forms.CharField(
        label=_("Your interests"),
        help_text=_(
            "List your employers, clients, shareholdings and family ties in organisations "
            "that may apply, or write that you have none."
        ),
        widget=forms.Textarea(attrs={"rows": 4, "dir": "auto"}),
        max_length=ANSWER_MAX_LENGTH,
    )
    confirm = forms.BooleanField(
        label=_(
            "I declare that this is complete and that I will declare any conflict with an "
            "applicant as soon as I know of it."
        )
    )


@require_http_methods(["GET", "HEAD", "POST"])
@judge_required
def home(request):
    """Her declaration for the year, and her assignments."""
    assignments = list(
        Assignment.objects.for_judge(request.user)
        .select_related("application__edition", "sheet")
        .order_by("application__reference")
    )
    translated = editions_in_reader_language([a.application.edition for a in assignments])
    for assignment in assignments:
        edition = assignment.application.edition
        assignment.edition_page = translated.get(edition.translation_key, edition)
        sheet = getattr(assignment, "sheet", None)
        assignment.sheet_status = sheet.get_status_display() if sheet else SheetStatus.DRAFT.label
    signed = judging.has_signed(request.judge)
    form = DeclarationForm(request.POST or None) if not signed else None
    if request.method == "POST":
        if signed:
            return redirect("awards_judging")
        if form.is_valid():
            judging.sign_declaration(request.judge, form.cleaned_data["statement"], request)
            messages.success(request, _("Your declaration is signed. You may now score."))
            return redirect("awards_judging")
    return TemplateResponse(
        request,
        "awards/judging/home.html",
        {
            "assignments": assignments,
            "declaration": request.judge.declarations.filter(
                year=judging.declaration_year()
            ).first(),
            "year": judging.declaration_year(),
            "form": form,
            "conflicts": request.judge.conflicts.all(),
        },
        status=400 if form is not None and form.is_bound else 200,
    )


class ConflictForm(forms.Form):
    kind = forms.ChoiceField(label=_("Kind of conflict"), choices=ConflictKind.choices)
    note = forms.CharField(
        label=_("Details (optional)"),
        required=False,
        max_length=ANSWER_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3, "dir": "auto"}),
    )


def assignment_for(request, pk):
    return get_object_or_404(
        Assignment.objects.for_judge(request.user).select_related("application__edition"),
        pk=pk,
    )


@require_http_methods(["GET", "HEAD", "POST"])
@judge_required
def declare_conflict(request, pk):
    """She declares a conflict with the applicant: she is withdrawn from it at once."""
    assignment = assignment_for(request, pk)
    form = ConflictForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        judging.record_conflict(
            request.judge,
            assignment.application,
            form.cleaned_data["kind"],
            request,
            note=form.cleaned_data["note"],
        )
        messages.success(
            request,
            _("Your conflict is recorded: you no longer judge %(reference)s.")
            % {"reference": assignment.application.reference},
        )
        return redirect("awards_judging")
    return TemplateResponse(
        request,
        "awards/judging/conflict.html",
        {"assignment": assignment, "application": assignment.application, "form": form},
        status=400 if form.is_bound else 200,
    )


PERCENT_CHOICES = [("", "—")] + [(str(v), f"{v} %") for v in range(0, 101, SCORE_STEP)]


class SheetForm(forms.Form):
    """One band, strengths and areas for improvement per sub-criterion; all optional in a
    draft (completeness is checked on submission)."""

    def __init__(self, *args, subcriteria, **kwargs):
        super().__init__(*args, **kwargs)
        self.subcriteria = subcriteria
        for sub in subcriteria:
            self.fields[f"percent_{sub.pk}"] = forms.TypedChoiceField(
                label=_("Score"),
                choices=PERCENT_CHOICES,
                coerce=int,
                empty_value=None,
                required=False,
            )
            for name, label in (
                ("strengths", _("Strengths")),
                ("improvements", _("Areas for improvement")),
            ):
                self.fields[f"{name}_{sub.pk}"] = forms.CharField(
                    label=label,
                    required=False,
                    max_length=ANSWER_MAX_LENGTH,
                    widget=forms.Textarea(attrs={"rows": 3, "dir": "auto"}),
                )

    def rows(self):
        for sub in self.subcriteria:
            yield (
                sub,
                self[f"percent_{sub.pk}"],
                self[f"strengths_{sub.pk}"],
                self[f"improvements_{sub.pk}"],
            )

    def entries(self):
        data = self.cleaned_data
        return {
            sub.pk: judging.Entry(
                percent=data[f"percent_{sub.pk}"],
                strengths=data[f"strengths_{sub.pk}"].strip(),
                improvements=data[f"improvements_{sub.pk}"].strip(),
            )
            for sub in self.subcriteria
        }


def initial_of(sheet):
    initial = {}
    for score in sheet.scores.all():
        initial[f"percent_{score.subcriterion_id}"] = (
            "" if score.percent is None else str(score.percent)
        )
        initial[f"strengths_{score.subcriterion_id}"] = score.strengths
        initial[f"improvements_{score.subcriterion_id}"] = score.improvements
    return initial


def other_scores(sheet):
    """{sub-criterion id: [(judge, score)]} of the other judges' submitted sheets, only once
    hers is submitted (the blind rule)."""
    if not judging.others_visible(sheet):
        return {}
    scores = (
        Score.objects.filter(
            sheet__assignment__application_id=sheet.assignment.application_id,
            sheet__assignment__withdrawn_at__isnull=True,
            sheet__status=SheetStatus.SUBMITTED,
        )
        .exclude(sheet=sheet)
        .select_related("sheet__assignment__judge__user")
        .order_by("sheet__assignment__judge_id")
    )
    others = {}
    for score in scores:
        others.setdefault(score.subcriterion_id, []).append((score.sheet.assignment.judge, score))
    return others


@require_http_methods(["GET", "HEAD", "POST"])
@judge_required
def sheet_view(request, pk):
    """Her score sheet: draft saved at any time, submitted once complete, then read-only."""
    assignment = assignment_for(request, pk)
    if not judging.has_signed(request.judge):
        messages.error(request, _("Sign your declaration of interests for this year first."))
        return redirect("awards_judging")
    application = assignment.application
    sheet = judging.sheet_of(assignment)
    subcriteria = judging.subcriteria_of(application)
    referentiel = referentiel_of(application.edition)
    language = get_language()
    others = other_scores(sheet)
    for sub in subcriteria:
        sub.band_list = sub.bands(referentiel, language)
        sub.others = others.get(sub.pk, [])
    form = SheetForm(request.POST or None, initial=initial_of(sheet), subcriteria=subcriteria)
    status = 200
    if request.method == "POST":
        if sheet.is_submitted:
            messages.error(
                request,
                _("This score sheet is submitted: the secretariat must reopen it first."),
            )
            return redirect("awards_judging_sheet", assignment.pk)
        status = 400
        if form.is_valid():
            judging.save_scores(sheet, form.entries(), request)
            if "submit" not in request.POST:
                messages.success(request, _("Draft saved."))
                return redirect("awards_judging_sheet", assignment.pk)
            try:
                judging.submit_sheet(sheet, subcriteria, request)
            except ValidationError as error:
                for sub_id, message in error.message_dict.items():
                    form.add_error(f"percent_{sub_id}", message)
                messages.error(
                    request, _("Saved as a draft; complete what is marked below to submit.")
                )
            else:
                messages.success(request, _("Your score sheet is submitted."))
                return redirect("awards_judging_sheet", assignment.pk)
    translated = editions_in_reader_language([application.edition])
    return TemplateResponse(
        request,
        "awards/judging/sheet.html",
        {
            "assignment": assignment,
            "application": application,
            "edition": translated.get(application.edition.translation_key, application.edition),
            "sheet": sheet,
            "form": form,
            "others_visible": judging.others_visible(sheet),
            "read_only": sheet.is_submitted,
        },
        status=status,
    )


urlpatterns = [
    path("prizes/judging/", home, name="awards_judging"),
    path("prizes/judging/assignments/<int:pk>/", sheet_view, name="awards_judging_sheet"),
    path(
        "prizes/judging/assignments/<int:pk>/conflict/",
        declare_conflict,
        name="awards_judging_conflict",
    ),
]
