"""Views of the judging's second half (docs/judging.md, "Consensus" and "Results").

- The team leader's consensus work (`/prizes/judging/consensus/…`): only applications whose
  team she leads now and with whose applicant she has no conflict; anything else is a 404.
- The Prize secretariat's ranking, shortlist, site visits, jury decisions and publication
  (`/prizes/secretariat/…`): 404 for anyone else. These are site pages rather than Wagtail
  admin views, like the judges' own pages, so that the whole judging runs in one interface.
- The applicant's feedback report (`/prizes/applications/<id>/feedback/`): hers, or any for
  the secretariat (audited), once the results are published; 404 before and for others.
"""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from jawda.security.audit import record

from . import consensus as logic
from . import feedback, results
from .applications import APPLICATION_VIEWED_BY_STAFF, criteria_of
from .models import (
    Application,
    ConsensusStatus,
    Judge,
    JuryOutcome,
    PrizeEditionPage,
    SiteVisit,
)
from .views import edition_in_reader_language, is_secretariat, visible_application


def _private(response):
    patch_cache_control(response, private=True, no_store=True)
    return response


# ---------------------------------------------------------------------------------------------
# Consensus (team leader)


@require_safe
@login_required
def consensus_list(request):
    work = logic.consensus_work(request.user)
    return _private(TemplateResponse(request, "awards/results/consensus_list.html", {"work": work}))


def _consensus_response(request, application, form=None, status=200):
    consensus = getattr(application, "consensus", None)
    context = {
        "application": application,
        "edition": edition_in_reader_language(application.edition),
        "ready": logic.is_ready(application),
        "consensus": consensus,
        "judges": len(application.team),
        "submitted": len(logic.submitted_sheets(application)),
        "form": form,
        "editable": consensus is not None and consensus.status == ConsensusStatus.OPEN,
    }
    return _private(
        TemplateResponse(request, "awards/results/consensus.html", context, status=status)
    )


def _form(application, data=None, agree=False):
    kwargs = {
        "application": application,
        "criteria": criteria_of(application),
        "sheets": logic.submitted_sheets(application),
        "agree": agree,
    }
    if data is not None:
        return logic.ConsensusForm(data, **kwargs)
    return logic.ConsensusForm(initial=logic.initial_of(application.consensus), **kwargs)


@require_http_methods(["GET", "POST"])
@login_required
def consensus_detail(request, pk):
    application = logic.led_application(request.user, pk)
    if application is None:
        raise Http404
    application = logic.load(application)
    consensus = getattr(application, "consensus", None)
    if request.method == "GET":
        form = _form(application) if consensus is not None else None
        return _consensus_response(request, application, form)
    if "open" in request.POST:
        try:
            logic.open_consensus(application, request)
        except logic.ConsensusError as error:
            messages.error(request, str(error))
        return redirect("awards_consensus", application.pk)
    if consensus is None:
        raise Http404
    agree = "agree" in request.POST
    form = _form(application, request.POST, agree=agree)
    if not form.is_valid():
        messages.error(request, _("Nothing was saved: correct what is marked below."))
        return _consensus_response(request, application, form, status=400)
    try:
        logic.save_consensus(consensus, form, request, agree=agree)
    except logic.StaleConsensus as error:
        messages.error(request, str(error))
        application = logic.load(application)
        data = request.POST.copy()
        # Her next save is made knowing what was saved meanwhile (shown beside her text).
        data["version"] = str(application.consensus.version)
        form = _form(application, data)
        form.is_valid()
        form.saved = logic.initial_of(application.consensus)
        return _consensus_response(request, application, form, status=409)
    except logic.ConsensusError as error:
        messages.error(request, str(error))
        return redirect("awards_consensus", application.pk)
    messages.success(
        request, _("The consensus is agreed.") if agree else _("The consensus is saved.")
    )
    return redirect("awards_consensus", application.pk)


# ---------------------------------------------------------------------------------------------
# Secretariat: ranking, shortlist, site visit, decisions, publication


def _secretariat(request):
    if not is_secretariat(request.user):
        raise Http404


def _edition(edition_id):
    edition = get_object_or_404(PrizeEditionPage, pk=edition_id)
    edition = results.french_edition(edition)
    if edition is None:
        raise Http404
    return edition


class DecisionForm(forms.Form):
    outcome = forms.ChoiceField(label=_("Decision"), choices=JuryOutcome.choices)
    notes = forms.CharField(
        label=_("Notes"), required=False, max_length=2000, widget=forms.TextInput
    )


@require_safe
@login_required
def results_editions(request):
    _secretariat(request)
    editions = (
        PrizeEditionPage.objects.filter(locale__language_code="fr", applications__isnull=False)
        .distinct()
        .order_by("-year", "title")
    )
    return _private(
        TemplateResponse(request, "awards/results/editions.html", {"editions": editions})
    )


@require_safe
@login_required
def ranking_view(request, edition_id):
    _secretariat(request)
    edition = _edition(edition_id)
    context = {
        "edition": edition,
        "categories": results.ranking(edition),
        "outcomes": JuryOutcome.choices,
        "published": edition.results_published_at is not None,
    }
    return _private(TemplateResponse(request, "awards/results/ranking.html", context))


def _ranked_application(edition, pk):
    return get_object_or_404(Application.objects.select_related("edition"), pk=pk, edition=edition)


@require_POST
@login_required
def decision_view(request, edition_id, pk):
    _secretariat(request)
    edition = _edition(edition_id)
    application = _ranked_application(edition, pk)
    form = DecisionForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose one of the decisions."))
        return redirect("awards_ranking", edition.pk)
    try:
        results.record_decision(
            application, form.cleaned_data["outcome"], form.cleaned_data["notes"], request
        )
    except results.ResultsError as error:
        messages.error(request, str(error))
    else:
        messages.success(
            request,
            _("Decision recorded for %(reference)s.") % {"reference": application.reference},
        )
    return redirect("awards_ranking", edition.pk)


@require_POST
@login_required
def shortlist_view(request, edition_id, pk):
    _secretariat(request)
    edition = _edition(edition_id)
    application = _ranked_application(edition, pk)
    if application.pk not in results.rows_by_application(edition):
        raise Http404
    try:
        results.shortlist(application, request)
    except results.ResultsError as error:
        messages.error(request, str(error))
        return redirect("awards_ranking", edition.pk)
    return redirect("awards_site_visit", edition.pk, application.pk)


@require_POST
@login_required
def publish_view(request, edition_id):
    _secretariat(request)
    edition = _edition(edition_id)
    try:
        results.publish(edition, request)
    except results.ResultsError as error:
        messages.error(request, str(error))
        return redirect("awards_ranking", edition.pk)
    messages.success(request, _("The results are published."))
    return redirect("awards_ranking", edition.pk)


class SiteVisitForm(forms.Form):
    date = forms.DateField(
        label=_("Date of the visit"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    team = forms.ModelMultipleChoiceField(
        label=_("Team"),
        queryset=Judge.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    issues_to_verify = forms.CharField(
        label=_("Issues to verify"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 6, "dir": "auto"}),
    )
    findings = forms.CharField(
        label=_("Findings"), required=False, widget=forms.Textarea(attrs={"rows": 6, "dir": "auto"})
    )

    def __init__(self, *args, visit, criteria, **kwargs):
        super().__init__(*args, **kwargs)
        application = visit.application
        # Judges with a conflict with this applicant are never offered.
        self.fields["team"].queryset = (
            Judge.objects.filter(active=True)
            .exclude(conflicts__applicant_key=application.applicant_key)
            .select_related("user")
        )
        self.criteria = criteria
        for criterion in criteria:
            for sub in criterion.children:
                self.fields[f"percent_{sub.pk}"] = forms.TypedChoiceField(
                    label=f"{sub.code}. {sub.title}",
                    choices=logic.SCORE_CHOICES,
                    coerce=int,
                    empty_value=None,
                    required=False,
                )

    def percent_fields(self):
        return [self[f"percent_{sub.pk}"] for c in self.criteria for sub in c.children]

    def cleaned_percents(self):
        return {
            sub.pk: self.cleaned_data[f"percent_{sub.pk}"]
            for c in self.criteria
            for sub in c.children
        }


@require_http_methods(["GET", "POST"])
@login_required
def site_visit_view(request, edition_id, pk):
    _secretariat(request)
    edition = _edition(edition_id)
    visit = get_object_or_404(
        SiteVisit.objects.select_related("application__edition"),
        application__pk=pk,
        application__edition=edition,
    )
    criteria = criteria_of(visit.application)
    status = 200
    if request.method == "POST":
        form = SiteVisitForm(request.POST, visit=visit, criteria=criteria)
        if form.is_valid():
            data = {**form.cleaned_data, "percents": form.cleaned_percents()}
            try:
                results.save_visit(visit, data, request)
            except results.ResultsError as error:
                messages.error(request, str(error))
            else:
                messages.success(request, _("The site visit is saved."))
                return redirect("awards_site_visit", edition.pk, visit.application.pk)
        else:
            messages.error(request, _("Nothing was saved: correct what is marked below."))
        status = 400
    else:
        initial = {
            "date": visit.date,
            "team": list(visit.team.all()),
            "issues_to_verify": visit.issues_to_verify,
            "findings": visit.findings,
        }
        for score in visit.scores.all():
            initial[f"percent_{score.subcriterion_id}"] = score.percent
        form = SiteVisitForm(initial=initial, visit=visit, criteria=criteria)
    context = {"edition": edition, "visit": visit, "form": form}
    return _private(
        TemplateResponse(request, "awards/results/site_visit.html", context, status=status)
    )


# ---------------------------------------------------------------------------------------------
# Feedback report (applicant)


@require_safe
@login_required
def feedback_download(request, pk):
    application = visible_application(request, pk)
    context = feedback.feedback_context(application)
    if context is None:
        raise Http404
    if application.applicant_id != request.user.pk:
        record(APPLICATION_VIEWED_BY_STAFF, target=application, request=request)
    data = feedback.render_feedback(context, application.language)
    response = HttpResponse(data, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{application.reference}-feedback.pdf"'
    response["X-Content-Type-Options"] = "nosniff"
    return _private(response)


urlpatterns = [
    path("prizes/judging/consensus/", consensus_list, name="awards_consensus_list"),
    path("prizes/judging/consensus/<uuid:pk>/", consensus_detail, name="awards_consensus"),
    path("prizes/secretariat/results/", results_editions, name="awards_results_editions"),
    path(
        "prizes/secretariat/editions/<int:edition_id>/ranking/",
        ranking_view,
        name="awards_ranking",
    ),
    path(
        "prizes/secretariat/editions/<int:edition_id>/publish/",
        publish_view,
        name="awards_publish_results",
    ),
    path(
        "prizes/secretariat/editions/<int:edition_id>/applications/<uuid:pk>/decision/",
        decision_view,
        name="awards_jury_decision",
    ),
    path(
        "prizes/secretariat/editions/<int:edition_id>/applications/<uuid:pk>/shortlist/",
        shortlist_view,
        name="awards_shortlist",
    ),
    path(
        "prizes/secretariat/editions/<int:edition_id>/applications/<uuid:pk>/site-visit/",
        site_visit_view,
        name="awards_site_visit",
    ),
    path(
        "prizes/applications/<uuid:pk>/feedback/",
        feedback_download,
        name="awards_application_feedback",
    ),
]
