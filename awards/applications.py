"""The online application: its steps, saving what is valid, submission, number, PDF, email.

Rules (docs/architecture.md, "Prizes" → "Applications"):

- One application per applicant and edition: per organisation (its ICE) or, for a student,
  per person; and one per user account and edition. Both are database constraints.
- A step saves what is valid and keeps what is not as typed (`Application.unsaved`), whether
  the applicant pressed "Save as draft", "Next" or the autosave posted it. Nothing is
  required until submission; "Next" says what the step still misses.
- Submission checks everything (`problems`), numbers the application `<PRIZE>-<year>-<4
  digits>` (sequential per prize code and edition year; a race loses on the unique reference
  and takes the next), records it in the history and the audit log, renders the PDF copy once
  and emails it in the applicant's language.
- Drafts may be changed and submitted while the call is open, or until the individual
  extension the secretariat granted; a submitted application is read-only.
"""

import dataclasses
import logging
import re
import unicodedata
from pathlib import Path

from django import forms
from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.db.models import Max
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from jawda.i18n import local_datetime
from jawda.models import Region, Sector, ice_validator
from jawda.security.audit import record
from jawda.tasks import attachment, send_email

from .models import (
    ANSWER_MAX_LENGTH,
    INDIVIDUAL_CATEGORIES,
    SCORE_STEP,
    Answer,
    ApplicantType,
    Application,
    ApplicationEvent,
    ApplicationStatus,
    PrizePage,
    referentiel_of,
)

logger = logging.getLogger(__name__)

APPLICATION_SUBMITTED = "application_submitted"
APPLICATION_EXTENDED = "application_extended"
APPLICATION_FILE_ADDED = "application_file_added"
APPLICATION_FILE_REMOVED = "application_file_removed"
APPLICATION_VIEWED_BY_STAFF = "application_viewed_by_staff"
# Each loss of a race costs one retry; far more than concurrent submissions will ever need.
REFERENCE_ATTEMPTS = 50


class ApplicationError(Exception):
    """An action the application's state refuses; the message is for the applicant."""


class Incomplete(ApplicationError):
    def __init__(self, problems):
        super().__init__(gettext("The application is not complete yet."))
        self.problems = problems


CLOSED_MESSAGE = _("The call for applications is closed: this application can no longer change.")


# ---------------------------------------------------------------------------------------------
# Steps


@dataclasses.dataclass
class Step:
    slug: str
    title: str
    criterion: object = None


def steps_of(application, criteria):
    """The form's steps: organisation, eligibility, one per criterion, attachments, review."""
    steps = [
        Step("organisation", _("Organisation and contact")),
        Step("eligibility", _("Category and eligibility")),
    ]
    for criterion in criteria:
        steps.append(Step(f"criterion-{criterion.code}", criterion.title, criterion))
    steps.append(Step("attachments", _("Attachments")))
    steps.append(Step("review", _("Review and submit")))
    return steps


def criteria_of(application):
    """The edition's criteria with their sub-criteria (`children`), or [] without a grid."""
    referentiel = referentiel_of(application.edition)
    return referentiel.tree() if referentiel is not None else []


# ---------------------------------------------------------------------------------------------
# Forms: every field optional, so that a draft keeps what it has


class OrganisationForm(forms.Form):
    applicant_type = forms.ChoiceField(
        label=_("You apply as"),
        choices=ApplicantType.choices,
        widget=forms.RadioSelect,
        required=False,
    )
    organisation_name = forms.CharField(
        label=_("Name of the organisation"),
        max_length=200,
        required=False,
        widget=forms.TextInput(attrs={"dir": "auto"}),
    )
    ice = forms.CharField(
        label=_("ICE"),
        max_length=15,
        required=False,
        validators=[ice_validator],
        help_text=_("Identifiant Commun de l'Entreprise: 15 digits (organisations)."),
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"}),
    )
    institution = forms.CharField(label=_("Institution (students)"), max_length=200, required=False)
    region = forms.ModelChoiceField(
        label=_("Region"), queryset=Region.objects.all(), required=False
    )
    sector = forms.ModelChoiceField(
        label=_("Sector"), queryset=Sector.objects.all(), required=False
    )
    contact_name = forms.CharField(label=_("Contact person"), max_length=200, required=False)
    contact_role = forms.CharField(label=_("Position"), max_length=200, required=False)
    contact_email = forms.EmailField(label=_("Contact email"), required=False)
    contact_phone = forms.CharField(label=_("Contact phone"), max_length=30, required=False)

    def __init__(self, *args, application, **kwargs):
        self.application = application
        super().__init__(*args, **kwargs)

    def clean_ice(self):
        ice = self.cleaned_data["ice"].strip()
        if ice:
            taken = (
                Application.objects.filter(edition=self.application.edition, ice=ice)
                .exclude(pk=self.application.pk)
                .exists()
            )
            if taken:
                raise forms.ValidationError(
                    _("An application with this ICE already exists for this edition."),
                    code="taken",
                )
        return ice


class EligibilityForm(forms.Form):
    category = forms.ChoiceField(label=_("Category"), required=False)
    years_of_activity = forms.IntegerField(
        label=_("Years of activity"), min_value=0, max_value=500, required=False
    )
    registered_in_morocco = forms.BooleanField(
        label=_("The organisation is legally registered in Morocco."), required=False
    )
    not_recent_laureate = forms.BooleanField(required=False)
    accepts_rules = forms.BooleanField(
        label=_("I have read the rules of the edition and accept them."), required=False
    )

    def __init__(self, *args, application, **kwargs):
        self.application = application
        super().__init__(*args, **kwargs)
        edition = application.edition
        self.fields["category"].choices = [("", "—"), *edition.category_choices]
        years = edition.laureate_cooldown_years
        if years:
            self.fields["not_recent_laureate"].label = translation.ngettext(
                "We were not a laureate of this prize in the last year.",
                "We were not a laureate of this prize in the last %(years)s years.",
                years,
            ) % {"years": years}
        else:
            del self.fields["not_recent_laureate"]
        if not edition.min_years_activity:
            del self.fields["years_of_activity"]

    def clean_category(self):
        category = self.cleaned_data["category"]
        applicant_type = self.application.applicant_type
        if category and applicant_type:
            individual = category in INDIVIDUAL_CATEGORIES
            if individual and applicant_type != ApplicantType.STUDENT:
                raise forms.ValidationError(
                    _("Only students applying as individuals may choose this category."),
                    code="students_only",
                )
            if not individual and applicant_type == ApplicantType.STUDENT:
                raise forms.ValidationError(
                    _("Students apply in the student category only."), code="organisations_only"
                )
        return category


SCORE_CHOICES = [("", "—")] + [(str(score), f"{score} %") for score in range(0, 101, SCORE_STEP)]


class CriterionForm(forms.Form):
    """The answers to one criterion's sub-criteria: text (`text_<id>`) and self-score."""

    def __init__(self, *args, application, criterion, **kwargs):
        self.application = application
        self.criterion = criterion
        super().__init__(*args, **kwargs)
        for sub in criterion.children:
            self.fields[f"text_{sub.pk}"] = forms.CharField(
                label=sub.title,
                max_length=ANSWER_MAX_LENGTH,
                required=False,
                strip=False,
                # Answers may be written in French or Arabic whatever the page's language.
                widget=forms.Textarea(attrs={"rows": 8, "dir": "auto"}),
                error_messages={
                    "max_length": _(
                        "The answer is too long: at most %(limit_value)d characters "
                        "(it has %(show_value)d). What you typed is kept."
                    )
                },
                help_text=_("At most %(limit)s characters.") % {"limit": ANSWER_MAX_LENGTH},
            )
            self.fields[f"score_{sub.pk}"] = forms.TypedChoiceField(
                label=_("Your self-assessment"),
                choices=SCORE_CHOICES,
                coerce=int,
                empty_value=None,
                required=False,
            )

    def subcriteria(self):
        """[(sub-criterion, text field, score field)] for the template."""
        return [
            (sub, self[f"text_{sub.pk}"], self[f"score_{sub.pk}"])
            for sub in self.criterion.children
        ]


def form_for(step, application, data=None):
    """The form of `step`, bound to `data` (a POST), else to what is stored (when something
    typed is still invalid, so that its error shows), else unbound with the stored values."""
    if step.slug == "organisation":
        form_class, kwargs = OrganisationForm, {}
    elif step.slug == "eligibility":
        form_class, kwargs = EligibilityForm, {}
    elif step.criterion is not None:
        form_class, kwargs = CriterionForm, {"criterion": step.criterion}
    else:
        return None
    kwargs["application"] = application
    if data is not None:
        return form_class(data, **kwargs)
    form = form_class(**kwargs)
    stored = stored_values(application, form)
    if any(name in application.unsaved for name in form.fields):
        return form_class(as_data(form, stored, application.unsaved), **kwargs)
    form.initial = stored
    return form


def stored_values(application, form):
    if isinstance(form, CriterionForm):
        values = {}
        answers = {a.subcriterion_id: a for a in application.answers.all()}
        for sub in form.criterion.children:
            answer = answers.get(sub.pk)
            if answer is not None:
                values[f"text_{sub.pk}"] = answer.text
                values[f"score_{sub.pk}"] = answer.self_score
        return values
    values = {}
    for name in form.fields:
        field = Application._meta.get_field(name)
        values[name] = getattr(application, field.attname)
    return values


def as_data(form, stored, unsaved):
    """Form data from stored values, with what was typed and not valid on top."""
    data = {}
    for name, field in form.fields.items():
        value = unsaved.get(name, stored.get(name))
        if isinstance(field, forms.BooleanField):
            if value and value != "off":
                data[name] = "on"
        elif value is not None:
            data[name] = str(value)
    return data


# ---------------------------------------------------------------------------------------------
# Saving a step


def save_step(application, form):
    """Store every valid field of the bound `form`; keep each invalid one as typed.

    Returns the form's errors. The caller has checked that the application is editable.
    """
    form.is_valid()
    cleaned = form.cleaned_data
    unsaved = dict(application.unsaved)
    for name in form.fields:
        if name in form.errors:
            unsaved[name] = form.data.get(form.add_prefix(name), "")[: ANSWER_MAX_LENGTH * 4]
        else:
            unsaved.pop(name, None)
    with transaction.atomic():
        if isinstance(form, CriterionForm):
            _save_answers(application, form, cleaned)
        else:
            changed = [name for name in form.fields if name in cleaned]
            for name in changed:
                setattr(application, name, cleaned[name])
            application.applicant_key = application.key_for()
        application.unsaved = unsaved
        try:
            with transaction.atomic():
                application.save()
        except IntegrityError:
            # Another application took this ICE since the form's check: keep what she typed.
            form.add_error(
                "ice", _("An application with this ICE already exists for this edition.")
            )
            unsaved["ice"] = application.ice
            application.ice = ""
            application.applicant_key = application.key_for()
            application.unsaved = unsaved
            application.save()
    return form.errors


def _save_answers(application, form, cleaned):
    existing = {a.subcriterion_id: a for a in application.answers.all()}
    for sub in form.criterion.children:
        text_name, score_name = f"text_{sub.pk}", f"score_{sub.pk}"
        answer = existing.get(sub.pk) or Answer(application=application, subcriterion=sub)
        if text_name in cleaned:
            answer.text = cleaned[text_name]
        if score_name in cleaned:
            answer.self_score = cleaned[score_name]
        if answer.pk or answer.text or answer.self_score is not None:
            answer.save()


# ---------------------------------------------------------------------------------------------
# Completeness


def problems(application, criteria):
    """{step slug: {field name: message}} of what submission still needs; empty when none."""
    edition = application.edition
    found = {}

    def need(step, name, message):
        found.setdefault(step, {})[name] = message

    missing = _("This field is required.")
    student = application.applicant_type == ApplicantType.STUDENT
    if not application.applicant_type:
        need("organisation", "applicant_type", missing)
    for name in ("contact_name", "contact_email", "region"):
        if not getattr(application, name if name != "region" else "region_id"):
            need("organisation", name, missing)
    if student:
        if not application.institution:
            need("organisation", "institution", missing)
    else:
        if not application.organisation_name:
            need("organisation", "organisation_name", missing)
        if edition.requires_ice and not application.ice:
            need("organisation", "ice", missing)

    if not application.category:
        need("eligibility", "category", missing)
    elif (application.category in INDIVIDUAL_CATEGORIES) != student:
        need(
            "eligibility",
            "category",
            _("Students apply in the student category only.")
            if student
            else _("Only students applying as individuals may choose this category."),
        )
    if not student:
        minimum = edition.min_years_activity
        if minimum and (application.years_of_activity or 0) < minimum:
            need(
                "eligibility",
                "years_of_activity",
                translation.ngettext(
                    "The edition asks for at least %(years)s year of activity.",
                    "The edition asks for at least %(years)s years of activity.",
                    minimum,
                )
                % {"years": minimum},
            )
        if edition.requires_ice and not application.registered_in_morocco:
            need("eligibility", "registered_in_morocco", missing)
    if edition.laureate_cooldown_years:
        laureate = recent_laureate(application)
        if laureate is not None:
            need(
                "eligibility",
                "not_recent_laureate",
                translation.ngettext(
                    "%(name)s is listed as a laureate of this prize in %(year)s: former "
                    "laureates may apply again %(years)s year after their prize.",
                    "%(name)s is listed as a laureate of this prize in %(year)s: former "
                    "laureates may apply again %(years)s years after their prize.",
                    edition.laureate_cooldown_years,
                )
                % {
                    "name": laureate["name"],
                    "year": laureate["year"],
                    "years": edition.laureate_cooldown_years,
                },
            )
        elif not application.not_recent_laureate:
            need("eligibility", "not_recent_laureate", missing)
    if not application.accepts_rules:
        need("eligibility", "accepts_rules", missing)

    answers = {a.subcriterion_id: a for a in application.answers.all()}
    for criterion in criteria:
        step = f"criterion-{criterion.code}"
        for sub in criterion.children:
            answer = answers.get(sub.pk)
            if answer is None or not answer.text.strip():
                need(step, f"text_{sub.pk}", _("Answer this sub-criterion."))
            if answer is None or answer.self_score is None:
                need(step, f"score_{sub.pk}", _("Give your self-assessment."))

    documents = {a.document for a in application.attachments.all()}
    for block in edition.documents:
        if block.value["required"] and block.id not in documents:
            need(
                "attachments",
                block.id,
                _("Attach “%(title)s”.") % {"title": block.value["title"]},
            )

    for name in application.unsaved:
        step = _step_of_field(name, criteria)
        if step and name not in found.get(step, {}):
            need(step, name, _("Correct what you typed here: it is not valid yet."))
    return found


# Legal forms left out when names are compared: "Laiterie du Saïss SARL" is the laureate
# "Laiterie du Saïss".
LEGAL_FORMS = {"sa", "sarl", "sarlau", "sas", "snc", "ste", "societe", "شم"}


def organisation_key(name):
    """A name as compared with the past laureates: accents, case, punctuation and legal forms
    left out."""
    decomposed = unicodedata.normalize("NFKD", name or "")
    plain = "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()
    # Initials with dots are one word: "S.A." is "sa".
    words = re.findall(r"\w+", plain.replace(".", ""))
    return " ".join(word for word in words if word not in LEGAL_FORMS)


def recent_laureate(application):
    """The past laureate of the edition's prize (any language version of its page) that is this
    applicant, within the edition's years without a new prize; else None.

    An organisation is recognised by its ICE when both the laureate and the application have
    one, else by its name (`organisation_key`); a student by her name."""
    edition = application.edition
    years = edition.laureate_cooldown_years
    if not years:
        return None
    student = application.applicant_type == ApplicantType.STUDENT
    name = organisation_key(application.contact_name if student else application.organisation_name)
    if not name and not application.ice:
        return None
    prize = PrizePage.objects.filter(path=edition.path[: -edition.steplen], depth=edition.depth - 1)
    versions = PrizePage.objects.filter(
        translation_key__in=prize.values("translation_key"), alias_of__isnull=True
    )
    for page in versions:
        for block in page.laureates:
            laureate = block.value
            if not edition.year - years <= laureate["year"] <= edition.year:
                continue
            if laureate.get("ice") and application.ice:
                same = laureate["ice"] == application.ice
            else:
                same = bool(name) and organisation_key(laureate["name"]) == name
            if same:
                return laureate
    return None


def _step_of_field(name, criteria):
    if name in OrganisationForm.base_fields:
        return "organisation"
    if name in EligibilityForm.base_fields:
        return "eligibility"
    for criterion in criteria:
        if any(name in (f"text_{s.pk}", f"score_{s.pk}") for s in criterion.children):
            return f"criterion-{criterion.code}"
    return None


# ---------------------------------------------------------------------------------------------
# Submission


def prize_code(edition):
    prize = PrizePage.objects.filter(
        path=edition.path[: -edition.steplen], depth=edition.depth - 1
    ).first()
    return (prize.code if prize else "prix").upper()


def _next_reference(prefix):
    last = Application.objects.filter(reference__startswith=prefix).aggregate(
        last=Max("reference")
    )["last"]
    sequence = int(last[len(prefix) :]) + 1 if last else 1
    return f"{prefix}{sequence:04d}"


def submit(application, request):
    """Check, number and submit `application`; return it. Raises ApplicationError (closed,
    already submitted) or Incomplete (with the problems by step)."""
    prefix = f"{prize_code(application.edition)}-{application.edition.year}-"
    criteria = criteria_of(application)
    with transaction.atomic():
        application = (
            Application.objects.select_for_update().select_related("edition").get(pk=application.pk)
        )
        if application.status != ApplicationStatus.DRAFT:
            raise ApplicationError(gettext("This application was submitted already."))
        if not application.is_open:
            raise ApplicationError(str(CLOSED_MESSAGE))
        found = problems(application, criteria)
        if found:
            raise Incomplete(found)
        for _attempt in range(REFERENCE_ATTEMPTS):
            try:
                with transaction.atomic():
                    application.reference = _next_reference(prefix)
                    application.status = ApplicationStatus.SUBMITTED
                    application.submitted_at = timezone.now()
                    application.language = translation.get_language() or settings.LANGUAGE_CODE
                    application.save(
                        update_fields=[
                            "reference",
                            "status",
                            "submitted_at",
                            "language",
                            "updated_at",
                        ]
                    )
            except IntegrityError:
                continue
            break
        else:
            raise ApplicationError(
                gettext("The application could not be numbered. Please try again.")
            )
        ApplicationEvent.objects.create(
            application=application,
            status=ApplicationStatus.SUBMITTED,
            actor=request.user,
            at=application.submitted_at,
        )
        record(
            APPLICATION_SUBMITTED,
            target=application,
            after={"reference": application.reference, "status": application.status},
            request=request,
        )
    pdf = _store_pdf_or_log(application)
    _email_submitted(application, pdf)
    return application


def grant_extension(application, until, request):
    """Let the applicant change and submit her draft until `until` (the secretariat's call).

    Audited with the previous and the new end."""
    before = application.extended_until
    application.extended_until = until
    application.save(update_fields=["extended_until", "updated_at"])
    record(
        APPLICATION_EXTENDED,
        target=application,
        before={"extended_until": before},
        after={"extended_until": until},
        request=request,
    )


# ---------------------------------------------------------------------------------------------
# PDF copy and email


FONT_FILES = ("fonts/NotoSansArabic-Regular.woff2", "fonts/NotoSansArabic-Bold.woff2")


def _font_urls():
    return [Path(finders.find(name)).resolve().as_uri() for name in FONT_FILES]


def edition_for(application, language):
    """The edition page in `language` when it has a live version, else the French one."""
    edition = application.edition
    for page in (
        type(edition)
        .objects.live()
        .filter(translation_key=edition.translation_key, locale__language_code=language)
    ):
        return page
    return edition


def pdf_context(application):
    language = application.language
    criteria = criteria_of(application)
    answers = {a.subcriterion_id: a for a in application.answers.all()}
    for criterion in criteria:
        for sub in criterion.children:
            sub.answer = answers.get(sub.pk)
    return {
        "application": application,
        "edition": edition_for(application, language),
        "criteria": criteria,
        "attachments": list(application.attachments.select_related("file")),
        "submitted": local_datetime(application.submitted_at, language=language),
    }


def write_pdf(template, context, language):
    """`template` rendered in `language` with `context` as PDF bytes (WeasyPrint), Arabic
    shaped by the project's Noto Sans Arabic; only those fonts may be loaded."""
    from weasyprint import HTML
    from weasyprint.urls import URLFetcher

    fonts = _font_urls()

    class LocalFetcher(URLFetcher):
        def fetch(self, url, headers=None):
            if url in fonts:
                return super().fetch(url, headers)
            raise ValueError(f"refused: {url[:80]}")

    with translation.override(language):
        html = render_to_string(
            template, {**context, "font_regular": fonts[0], "font_bold": fonts[1]}
        )
    return HTML(string=html, url_fetcher=LocalFetcher()).write_pdf()


def render_pdf(application):
    """The application as submitted, in its language (PDF bytes)."""
    with translation.override(application.language):
        context = pdf_context(application)
    return write_pdf("awards/applications/pdf.html", context, application.language)


def store_pdf(application):
    """Render and keep the PDF copy once; return its bytes."""
    if application.pdf:
        with application.pdf.open("rb") as stored:
            return stored.read()
    data = render_pdf(application)
    field = application.pdf.field
    name = field.storage.save(f"applications/{application.reference}.pdf", ContentFile(data))
    if Application.objects.filter(pk=application.pk, pdf="").update(pdf=name):
        application.pdf.name = name
    else:
        field.storage.delete(name)
        application.refresh_from_db(fields=["pdf"])
    return data


def _store_pdf_or_log(application):
    try:
        return store_pdf(application)
    except Exception:
        # The submission stands; the copy is rendered at its first download instead.
        logger.exception("application PDF failed", extra={"reference": application.reference})
        return None


def _email_submitted(application, pdf):
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    with translation.override(application.language):
        context = {
            "application": application,
            "edition": edition_for(application, application.language),
            "dashboard_url": base + reverse("awards_applications"),
            "submitted": local_datetime(application.submitted_at),
        }
        subject = render_to_string("awards/email/submitted_subject.txt", context).strip()
        body = render_to_string("awards/email/submitted.txt", context)
    files = [attachment(f"{application.reference}.pdf", pdf, "application/pdf")] if pdf else []
    to = [application.applicant.email]
    if application.contact_email and application.contact_email not in to:
        to.append(application.contact_email)
    send_email.enqueue(
        subject=subject,
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=to,
        attachments=files,
    )
