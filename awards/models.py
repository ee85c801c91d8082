"""Quality prizes (Projet 4.1): prizes → editions, and each edition's référentiel.

- `PrizeIndexPage` → `PrizePage` (presentation, rules, past laureates) → `PrizeEditionPage`
  (year, call for applications, categories, eligibility, documents, stages, rules). Pages are
  translated with wagtail-localize like the rest of the site; the *terms* of an edition
  (year, dates, categories, eligibility figures) and a prize's code are one fact owned by the
  French version and copied to the other versions when it is published (`sync.py`).
- `Referentiel` → `Criterion` → `SubCriterion`: the scoring grid of one edition, stored once
  with both languages side by side (`*_fr`, `*_ar`), not as one copy per language: points,
  codes and ids must be the same whatever the language (applications and judges will point
  at sub-criteria), and the sums are checked once (docs/architecture.md, "Prizes").
"""

import functools
import operator
import re
import uuid

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone
from django.utils.text import format_lazy
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from jawda.blocks import BodyBlock
from jawda.models import Region, Sector, SitePage, ice_validator
from jawda.security.models import AppendOnlyError, PrivateFile
from jawda.security.storage import private_storage

from . import bands


class PrizeCategory(models.TextChoices):
    """Who competes against whom in an edition; students apply as individuals."""

    LARGE = "large", _("Large enterprise")
    SME = "sme", _("SME (PME/PMI)")
    VERY_SMALL = "very_small", _("Very small enterprise (TPE)")
    PUBLIC = "public", _("Public body")
    ASSOCIATION = "association", _("Association or cooperative")
    STUDENT = "student", _("Student (individual applicant)")


INDIVIDUAL_CATEGORIES = {PrizeCategory.STUDENT}


class CategoryListField(models.JSONField):
    """An edition's categories: a list of `PrizeCategory` codes, chosen with checkboxes."""

    def formfield(self, **kwargs):
        return forms.MultipleChoiceField(
            choices=PrizeCategory.choices,
            widget=forms.CheckboxSelectMultiple,
            required=not self.blank,
            label=self.verbose_name,
        )


class Distinction(models.TextChoices):
    TROPHY = "trophy", _("Trophy")
    RECOGNITION = "recognition", _("Certificate of recognition")
    ENCOURAGEMENT = "encouragement", _("Certificate of encouragement")


class CallStatus(models.TextChoices):
    UPCOMING = "upcoming", _("Call for applications not open yet")
    OPEN = "open", _("Call for applications open")
    CLOSED = "closed", _("Call for applications closed")


# ---------------------------------------------------------------------------------------------
# Blocks


class LaureateValue(blocks.StructValue):
    def distinction_label(self):
        return Distinction(self["distinction"]).label


class LaureateBlock(blocks.StructBlock):
    year = blocks.IntegerBlock(label=_("Year"), min_value=1990, max_value=2100)
    name = blocks.CharBlock(label=_("Laureate"), max_length=200)
    ice = blocks.CharBlock(
        label=_("ICE"),
        max_length=15,
        required=False,
        validators=[ice_validator],
        help_text=_(
            "The organisation's ICE, when known: it is how a recent laureate is recognised "
            "when she applies again (else by its name)."
        ),
    )
    category = blocks.CharBlock(label=_("Category"), max_length=120, required=False)
    distinction = blocks.ChoiceBlock(
        label=_("Distinction"), choices=Distinction.choices, default=Distinction.TROPHY
    )
    city = blocks.CharBlock(label=_("City"), max_length=80, required=False)

    class Meta:
        icon = "pick"
        label = _("Laureate")
        value_class = LaureateValue


class RequiredDocumentBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Document"), max_length=200)
    description = blocks.TextBlock(label=_("Description"), required=False)
    required = blocks.BooleanBlock(label=_("Required"), required=False, default=True)

    class Meta:
        icon = "doc-full"
        label = _("Required document")


class StageBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Stage"), max_length=200)
    start = blocks.DateBlock(label=_("From"))
    end = blocks.DateBlock(label=_("To"), required=False)
    description = blocks.TextBlock(label=_("Description"), required=False)

    class Meta:
        icon = "date"
        label = _("Stage")

    def clean(self, value):
        value = super().clean(value)
        if value.get("end") and value["end"] < value["start"]:
            raise blocks.StructBlockValidationError(
                block_errors={"end": ValidationError(_("A stage cannot end before it starts."))}
            )
        return value


# ---------------------------------------------------------------------------------------------
# Pages


class PrizeIndexPage(SitePage):
    """The prizes and distinctions of the national quality policy."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["jawda.HomePage"]
    subpage_types = ["awards.PrizePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("prizes index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        from .results import laureates_club

        prizes = list(PrizePage.objects.child_of(self).live().public())
        current = latest_editions(prizes)
        context["prizes"] = [(prize, current.get(prize.path)) for prize in prizes]
        context["laureates_club"] = laureates_club(self.locale.language_code)
        return context


class PrizePage(SitePage):
    """One prize (e.g. the Prix National de la Qualité): presentation, rules, past laureates."""

    code = models.SlugField(
        _("code"),
        max_length=20,
        help_text=_("Short code shared by both languages, e.g. pnq; used in reference numbers."),
    )
    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("presentation"), blank=True)
    rules = StreamField(BodyBlock(), verbose_name=_("rules"), blank=True)
    laureates = StreamField(
        [("laureate", LaureateBlock())], verbose_name=_("past laureates"), blank=True
    )

    content_panels = Page.content_panels + [
        FieldPanel("code"),
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("rules"),
        FieldPanel("laureates"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    # The code is not text to translate: wagtail-localize copies it from the French version.
    override_translatable_fields = [SynchronizedField("code")]

    parent_page_types = ["awards.PrizeIndexPage"]
    subpage_types = ["awards.PrizeEditionPage"]

    class Meta:
        verbose_name = _("prize")

    def clean(self):
        super().clean()
        if self.code and self.locale_id:
            taken = PrizePage.objects.filter(
                code=self.code, locale_id=self.locale_id, alias_of__isnull=True
            )
            if taken.exclude(pk=self.pk).exclude(translation_key=self.translation_key).exists():
                raise ValidationError({"code": _("Another prize already has this code.")})

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["editions"] = (
            PrizeEditionPage.objects.child_of(self).live().public().order_by("-year", "-pk")
        )
        context["laureates_by_year"] = laureates_by_year(self.laureates)
        return context


def laureates_by_year(stream):
    """[(year, [laureate, ...])], newest year first, in the order the editor gave."""
    years = {}
    for block in stream:
        years.setdefault(block.value["year"], []).append(block.value)
    return sorted(years.items(), key=lambda item: item[0], reverse=True)


class PrizeEditionPage(SitePage):
    """One edition of a prize: its call for applications, who may apply, and its rules."""

    year = models.PositiveSmallIntegerField(
        _("year"), validators=[MinValueValidator(1990), MaxValueValidator(2100)]
    )
    theme = models.CharField(_("theme"), max_length=255, blank=True)
    intro = models.TextField(_("introduction"), blank=True)
    opens_at = models.DateTimeField(_("call opens"), help_text=_("Morocco time."))
    closes_at = models.DateTimeField(_("call closes"), help_text=_("Morocco time."))
    categories = CategoryListField(_("categories"), default=list)
    requires_ice = models.BooleanField(
        _("ICE required"),
        default=True,
        help_text=_(
            "Organisations must be legally registered in Morocco with a valid ICE "
            "(students apply as individuals and have none)."
        ),
    )
    min_years_activity = models.PositiveSmallIntegerField(
        _("minimum years of activity"), null=True, blank=True
    )
    laureate_cooldown_years = models.PositiveSmallIntegerField(
        _("no laureate of this prize in the last (years)"),
        null=True,
        blank=True,
        help_text=_("Leave empty when former laureates may apply again at once."),
    )
    eligibility_notes = models.TextField(_("other eligibility rules"), blank=True)
    documents = StreamField(
        [("document", RequiredDocumentBlock())], verbose_name=_("documents required"), blank=True
    )
    stages = StreamField([("stage", StageBlock())], verbose_name=_("calendar"), blank=True)
    rules = StreamField(BodyBlock(), verbose_name=_("rules"), blank=True)
    judges_per_application = models.PositiveSmallIntegerField(
        _("judges per application"), default=3, validators=[MinValueValidator(1)]
    )
    disagreement_threshold = models.PositiveSmallIntegerField(
        _("disagreement threshold (percentage points)"),
        default=30,
        validators=[MaxValueValidator(100)],
        help_text=_("A sub-criterion is flagged when its judges' scores differ by more than this."),
    )
    justification_threshold = models.PositiveSmallIntegerField(
        _("consensus justification threshold (percentage points)"),
        default=15,
        validators=[MaxValueValidator(100)],
        help_text=_(
            "A consensus score further than this from the judges' mean needs a written "
            "justification."
        ),
    )
    results_published_at = models.DateTimeField(
        _("results published at"), null=True, blank=True, editable=False
    )

    content_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("year"), FieldPanel("theme")]),
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("opens_at"), FieldPanel("closes_at")])],
            heading=_("Call for applications (Morocco time)"),
        ),
        FieldPanel("categories"),
        MultiFieldPanel(
            [
                FieldPanel("requires_ice"),
                FieldRowPanel(
                    [FieldPanel("min_years_activity"), FieldPanel("laureate_cooldown_years")]
                ),
                FieldPanel("eligibility_notes"),
            ],
            heading=_("Eligibility"),
        ),
        FieldPanel("documents"),
        FieldPanel("stages"),
        FieldPanel("rules"),
        MultiFieldPanel(
            [
                FieldPanel("judges_per_application"),
                FieldRowPanel(
                    [FieldPanel("disagreement_threshold"), FieldPanel("justification_threshold")]
                ),
            ],
            heading=_("Judging"),
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("theme"),
        index.SearchField("intro"),
    ]

    parent_page_types = ["awards.PrizePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("prize edition")

    def clean(self):
        super().clean()
        errors = {}
        if self.opens_at and self.closes_at and self.closes_at <= self.opens_at:
            errors["closes_at"] = _("The call must close after it opens.")
        if not self.categories:
            errors["categories"] = _("Choose at least one category.")
        referentiel = self.frozen_referentiel()
        if referentiel is not None and self.opens_at and self.opens_at > timezone.now():
            errors["opens_at"] = _(
                "The call opened and its référentiel is frozen: the opening cannot be moved "
                "to a later date."
            )
        if errors:
            raise ValidationError(errors)

    def frozen_referentiel(self):
        """The référentiel of this edition (any language version) once it is frozen."""
        if self.pk is None:
            return None
        referentiel = Referentiel.objects.filter(
            edition__translation_key=self.translation_key
        ).first()
        return referentiel if referentiel is not None and referentiel.is_frozen else None

    @property
    def call_status(self):
        now = timezone.now()
        if now < self.opens_at:
            return CallStatus.UPCOMING
        if now < self.closes_at:
            return CallStatus.OPEN
        return CallStatus.CLOSED

    def get_call_status_display(self):
        return CallStatus(self.call_status).label

    @property
    def category_choices(self):
        """[(code, label)] of the edition's categories, in the order of `PrizeCategory`."""
        return [(code, label) for code, label in PrizeCategory.choices if code in self.categories]

    @property
    def has_individual_applicants(self):
        return any(code in INDIVIDUAL_CATEGORIES for code in self.categories)

    @property
    def has_organisation_applicants(self):
        return any(code not in INDIVIDUAL_CATEGORIES for code in self.categories)

    def get_context(self, request, *args, **kwargs):
        from .referentiels import referentiel_data
        from .results import published_results

        context = super().get_context(request, *args, **kwargs)
        context["referentiel"] = referentiel_data(referentiel_of(self), self.locale.language_code)
        context["results"] = published_results(self)
        return context


def children_of(pages, parent_paths):
    """The pages of `pages` right under any of the pages whose tree paths are given."""
    if not parent_paths:
        return pages.none()
    under = functools.reduce(operator.or_, (Q(path__startswith=path) for path in parent_paths))
    depths = {len(path) // pages.model.steplen + 1 for path in parent_paths}
    return pages.filter(under, depth__in=depths)


def latest_editions(prizes):
    """{prize path: its live edition with the latest year} for `prizes`, in one query."""
    latest = {}
    editions = children_of(PrizeEditionPage.objects.live().public(), [p.path for p in prizes])
    for edition in editions.order_by("year", "pk"):
        latest[edition.path[: -edition.steplen]] = edition
    return latest


def referentiel_of(edition):
    """The référentiel of `edition`, whatever language version of the edition is given."""
    return (
        Referentiel.objects.filter(edition__translation_key=edition.translation_key)
        .select_related("edition")
        .first()
    )


# ---------------------------------------------------------------------------------------------
# Référentiel


def in_language(obj, name, language=None):
    """`obj.<name>_ar` for an Arabic reader when it is written, else `obj.<name>_fr`."""
    language = language or get_language() or settings.LANGUAGE_CODE
    if language.startswith("ar"):
        arabic = getattr(obj, f"{name}_ar")
        if arabic:
            return arabic
    return getattr(obj, f"{name}_fr")


def lines(text):
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


GUIDANCE_HELP = _(
    "One band per line, in percent from 0 to 100 in steps of 5, e.g. “0-25: No evidence or "
    "anecdotal”, then “30-50: …”; the bands must follow each other without gap up to 100."
)

OWN_GUIDANCE_HELP = format_lazy(
    "{} {}", _("Leave empty to use the référentiel's bands."), GUIDANCE_HELP
)


class Referentiel(ClusterableModel):
    """The scoring grid of one edition: criteria and sub-criteria with points, the questions
    applicants answer, and guidance per scoring band (RADAR-style, 0–100 % in steps of 5).

    Frozen once the edition's call opens (`frozen_at` records when, see referentiels.py): from
    then on it cannot change; the next edition gets a copy (`copy_referentiel`).
    """

    edition = models.OneToOneField(
        PrizeEditionPage,
        verbose_name=_("edition"),
        on_delete=models.CASCADE,
        related_name="referentiel",
        limit_choices_to={
            "locale__language_code": settings.LANGUAGE_CODE,
            "alias_of__isnull": True,
        },
        help_text=_("The edition in French; its Arabic version shows the same référentiel."),
    )
    version = models.PositiveSmallIntegerField(_("version"), default=1)
    based_on = models.ForeignKey(
        "self",
        verbose_name=_("copied from"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    total_points = models.PositiveSmallIntegerField(
        _("total points"), default=1000, validators=[MinValueValidator(1)]
    )
    notes_fr = models.TextField(_("notes in French"), blank=True)
    notes_ar = models.TextField(_("notes in Arabic"), blank=True)
    guidance_fr = models.TextField(
        _("scoring bands in French"), blank=True, help_text=GUIDANCE_HELP
    )
    guidance_ar = models.TextField(
        _("scoring bands in Arabic"), blank=True, help_text=GUIDANCE_HELP
    )
    frozen_at = models.DateTimeField(_("frozen at"), null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("référentiel")
        verbose_name_plural = _("référentiels")
        default_permissions = ("add", "change", "delete", "view", "import", "export")

    def __str__(self):
        return _("%(edition)s, version %(version)s") % {
            "edition": self.edition.title,
            "version": self.version,
        }

    @property
    def is_frozen(self):
        return self.frozen_at is not None or self.edition.opens_at <= timezone.now()

    def state(self):
        return _("Frozen") if self.is_frozen else _("Editable")

    state.short_description = _("state")

    @property
    def frozen_since(self):
        """When it froze: the stamp, else the opening of the call if it has passed."""
        if self.frozen_at is not None:
            return self.frozen_at
        return self.edition.opens_at if self.is_frozen else None

    def clean(self):
        super().clean()
        errors = {}
        check_guidance(errors, self)
        if errors:
            raise ValidationError(errors)

    def notes(self, language=None):
        return in_language(self, "notes", language)

    def bands(self, language=None):
        return bands.parse(in_language(self, "guidance", language))

    def tree(self):
        """The criteria with their sub-criteria (`criterion.children`), in two queries."""
        criteria = list(self.criteria.all())
        children = {}
        for sub in SubCriterion.objects.filter(criterion__referentiel=self):
            children.setdefault(sub.criterion_id, []).append(sub)
        for criterion in criteria:
            criterion.children = children.get(criterion.pk, [])
        return criteria

    def problems(self):
        """What keeps the grid from adding up, as messages; empty when it is complete."""
        return sum_problems(
            self.total_points,
            [(c.code, c.points, [s.points for s in c.children]) for c in self.tree()],
        )


def sum_problems(total, criteria):
    """Messages for a grid whose points do not add up. `criteria` is
    [(code, points, [sub-criterion points, ...])]."""
    messages = []
    if not criteria:
        return [_("The référentiel has no criteria yet.")]
    for code, points, children in criteria:
        if not children:
            messages.append(_("Criterion %(code)s has no sub-criteria.") % {"code": code})
        elif sum(children) != points:
            messages.append(
                _(
                    "The sub-criteria of criterion %(code)s add up to %(sum)s points, "
                    "not %(points)s."
                )
                % {"code": code, "sum": sum(children), "points": points}
            )
    criteria_sum = sum(points for _code, points, _children in criteria)
    if criteria_sum != total:
        messages.append(
            _("The criteria add up to %(sum)s points, not the référentiel's %(total)s.")
            % {"sum": criteria_sum, "total": total}
        )
    return messages


CODE_HELP = _("e.g. 1 for a criterion, 1a for a sub-criterion: letters, digits, dots, hyphens.")


def validate_code(value):
    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9.\-]{0,9}", value or ""):
        raise ValidationError(
            _("“%(value)s” is not a code: at most 10 letters, digits, dots or hyphens."),
            params={"value": value},
        )


class Criterion(ClusterableModel, Orderable):
    referentiel = ParentalKey(
        Referentiel,
        verbose_name=_("référentiel"),
        on_delete=models.CASCADE,
        related_name="criteria",
    )
    code = models.CharField(
        _("code"), max_length=10, validators=[validate_code], help_text=CODE_HELP
    )
    title_fr = models.CharField(_("title in French"), max_length=255)
    title_ar = models.CharField(_("title in Arabic"), max_length=255, blank=True)
    description_fr = models.TextField(_("description in French"), blank=True)
    description_ar = models.TextField(_("description in Arabic"), blank=True)
    points = models.PositiveSmallIntegerField(_("points"), validators=[MinValueValidator(1)])

    class Meta(Orderable.Meta):
        verbose_name = _("criterion")
        verbose_name_plural = _("criteria")
        constraints = [
            models.UniqueConstraint(
                fields=["referentiel", "code"], name="criterion_code_unique_per_referentiel"
            )
        ]

    def __str__(self):
        return f"{self.code}. {self.title}"

    @property
    def title(self):
        return in_language(self, "title")

    @property
    def description(self):
        return in_language(self, "description")


class SubCriterion(Orderable):
    criterion = ParentalKey(
        Criterion, verbose_name=_("criterion"), on_delete=models.CASCADE, related_name="subcriteria"
    )
    code = models.CharField(
        _("code"), max_length=10, validators=[validate_code], help_text=CODE_HELP
    )
    title_fr = models.CharField(_("title in French"), max_length=255)
    title_ar = models.CharField(_("title in Arabic"), max_length=255, blank=True)
    points = models.PositiveSmallIntegerField(_("points"), validators=[MinValueValidator(1)])
    questions_fr = models.TextField(
        _("questions in French"), blank=True, help_text=_("One question per line.")
    )
    questions_ar = models.TextField(
        _("questions in Arabic"), blank=True, help_text=_("One question per line.")
    )
    guidance_fr = models.TextField(
        _("scoring bands in French"),
        blank=True,
        help_text=OWN_GUIDANCE_HELP,
    )
    guidance_ar = models.TextField(
        _("scoring bands in Arabic"),
        blank=True,
        help_text=OWN_GUIDANCE_HELP,
    )

    class Meta(Orderable.Meta):
        verbose_name = _("sub-criterion")
        verbose_name_plural = _("sub-criteria")
        constraints = [
            models.UniqueConstraint(
                fields=["criterion", "code"], name="subcriterion_code_unique_per_criterion"
            )
        ]

    def __str__(self):
        return f"{self.code}. {self.title}"

    @property
    def title(self):
        return in_language(self, "title")

    def clean(self):
        super().clean()
        errors = {}
        check_guidance(errors, self)
        if errors:
            raise ValidationError(errors)

    def questions(self, language=None):
        return lines(in_language(self, "questions", language))

    def bands(self, referentiel, language=None):
        """Its own bands, else the référentiel's."""
        own = in_language(self, "guidance", language)
        return bands.parse(own) if own.strip() else referentiel.bands(language)


def check_guidance(errors, obj):
    """Add to `errors` (by field) what is wrong with `obj.guidance_fr` and `obj.guidance_ar`:
    each must be well-formed bands, and Arabic bands must cut the same ranges as the French."""
    parsed = {}
    for name in ("guidance_fr", "guidance_ar"):
        try:
            parsed[name] = bands.parse(getattr(obj, name))
        except ValidationError as error:
            errors.setdefault(name, []).extend(error.messages)
    french, arabic = parsed.get("guidance_fr"), parsed.get("guidance_ar")
    if arabic and french is not None and bands.ranges(arabic) != bands.ranges(french):
        errors.setdefault("guidance_ar", []).append(
            _("The Arabic bands must cut the same ranges as the French ones.")
        )


# ---------------------------------------------------------------------------------------------
# Applications (docs/architecture.md, "Prizes" → "Applications")


class ApplicantType(models.TextChoices):
    ORGANISATION = "organisation", _("An organisation")
    STUDENT = "student", _("A student (individual)")


class ApplicationStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Submitted")
    ELIGIBLE = "eligible", _("Eligible")
    INELIGIBLE = "ineligible", _("Ineligible")
    IN_REVIEW = "in_review", _("In review")
    CONSENSUS = "consensus", _("Consensus")
    SITE_VISIT = "site_visit", _("Site visit")
    SHORTLISTED = "shortlisted", _("Shortlisted")
    LAUREATE = "laureate", _("Laureate")
    RECOGNISED = "recognised", _("Recognised")
    NOT_RETAINED = "not_retained", _("Not retained")


# The longest answer to one sub-criterion: about two pages, enough to describe an approach,
# its deployment and its results, short enough for a judge to read dozens of them.
ANSWER_MAX_LENGTH = 4000
SCORE_STEP = 5


class ApplicationQuerySet(models.QuerySet):
    def for_judge(self, user):
        """The applications `user` judges: assigned to her (assignment not withdrawn, her
        judge profile active) and with no conflict of hers with the applicant. Every
        judge-facing view, file, API and export goes through this (the conflict rule)."""
        if not getattr(user, "is_authenticated", False):
            return self.none()
        assigned = Assignment.objects.filter(
            application=OuterRef("pk"),
            judge__user=user,
            judge__active=True,
            withdrawn_at__isnull=True,
        )
        conflicted = Conflict.objects.filter(
            judge__user=user, applicant_key=OuterRef("applicant_key")
        )
        return self.filter(Exists(assigned)).exclude(Exists(conflicted))


class Application(models.Model):
    """One organisation's (or one student's) application to an edition.

    `applicant_key` is what may apply only once per edition: `ice:<ICE>` for an organisation
    once its ICE is given, else `user:<pk>` (a student, or a draft without ICE yet). Fields are
    all optional so that a draft keeps whatever was typed; `unsaved` holds what was typed but
    failed validation (an ICE of 14 digits, an answer over the limit), shown again in the form
    until it is corrected. Completeness is checked at submission (applications.py).
    """

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    edition = models.ForeignKey(
        PrizeEditionPage,
        verbose_name=_("edition"),
        on_delete=models.PROTECT,
        related_name="applications",
        help_text=_("The edition in French, whatever the language the applicant uses."),
    )
    applicant = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("applicant"),
        on_delete=models.PROTECT,
        related_name="prize_applications",
    )
    applicant_key = models.CharField(_("applicant key"), max_length=40, editable=False)
    reference = models.CharField(
        _("reference number"), max_length=30, unique=True, null=True, blank=True, editable=False
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=ApplicationStatus.choices,
        default=ApplicationStatus.DRAFT,
    )
    status_reason = models.TextField(_("reason"), blank=True)
    applicant_type = models.CharField(
        _("applying as"), max_length=20, choices=ApplicantType.choices, blank=True
    )
    organisation_name = models.CharField(_("organisation"), max_length=200, blank=True)
    ice = models.CharField(_("ICE"), max_length=15, blank=True, validators=[ice_validator])
    institution = models.CharField(_("institution (students)"), max_length=200, blank=True)
    region = models.ForeignKey(
        Region, verbose_name=_("region"), null=True, blank=True, on_delete=models.PROTECT
    )
    sector = models.ForeignKey(
        Sector, verbose_name=_("sector"), null=True, blank=True, on_delete=models.PROTECT
    )
    contact_name = models.CharField(_("contact person"), max_length=200, blank=True)
    contact_role = models.CharField(_("position"), max_length=200, blank=True)
    contact_email = models.EmailField(_("contact email"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=30, blank=True)
    category = models.CharField(
        _("category"), max_length=20, choices=PrizeCategory.choices, blank=True
    )
    years_of_activity = models.PositiveSmallIntegerField(
        _("years of activity"), null=True, blank=True, validators=[MaxValueValidator(500)]
    )
    registered_in_morocco = models.BooleanField(_("legally registered in Morocco"), default=False)
    not_recent_laureate = models.BooleanField(
        _("not a recent laureate of this prize"), default=False
    )
    accepts_rules = models.BooleanField(_("accepts the rules"), default=False)
    unsaved = models.JSONField(_("typed, not yet valid"), default=dict, blank=True)
    language = models.CharField(_("language"), max_length=10, default=settings.LANGUAGE_CODE)
    extended_until = models.DateTimeField(
        _("individual extension until"),
        null=True,
        blank=True,
        help_text=_("Granted by the secretariat: the applicant may change and submit until then."),
    )
    pdf = models.FileField(
        _("PDF copy"), storage=private_storage, max_length=255, blank=True, editable=False
    )
    created_at = models.DateTimeField(_("created at"), default=timezone.now, editable=False)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    submitted_at = models.DateTimeField(_("submitted at"), null=True, blank=True, editable=False)

    objects = ApplicationQuerySet.as_manager()

    class Meta:
        verbose_name = _("application")
        verbose_name_plural = _("applications")
        ordering = ["-created_at"]
        default_permissions = ("add", "change", "delete", "view", "export")
        constraints = [
            models.UniqueConstraint(
                fields=["edition", "applicant_key"], name="application_one_per_applicant"
            ),
            models.UniqueConstraint(
                fields=["edition", "applicant"], name="application_one_per_user"
            ),
        ]

    def __str__(self):
        return self.reference or str(_("Draft application"))

    @property
    def name(self):
        return self.organisation_name or self.contact_name or self.applicant.get_full_name()

    @property
    def closes_at(self):
        """When she can no longer change or submit it: the call's end or her extension."""
        closes_at = self.edition.closes_at
        if self.extended_until and self.extended_until > closes_at:
            return self.extended_until
        return closes_at

    @property
    def is_open(self):
        """Whether the call (or her extension) lets her work on it now."""
        now = timezone.now()
        return self.edition.opens_at <= now < self.closes_at

    @property
    def is_editable(self):
        """Drafts are edited until the call closes; a submitted application is a record."""
        return self.status == ApplicationStatus.DRAFT and self.is_open

    def key_for(self):
        if self.applicant_type == ApplicantType.ORGANISATION and self.ice:
            return f"ice:{self.ice}"
        return f"user:{self.applicant_id}"


class ApplicationEventQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise AppendOnlyError("Application events cannot be changed.")

    def delete(self):
        raise AppendOnlyError("Application events cannot be deleted.")


class ApplicationEvent(models.Model):
    """One step in an application's history (created, submitted, eligible…); never changed."""

    application = models.ForeignKey(
        Application,
        verbose_name=_("application"),
        on_delete=models.CASCADE,
        related_name="events",
    )
    at = models.DateTimeField(_("date"), default=timezone.now)
    status = models.CharField(_("status"), max_length=20, choices=ApplicationStatus.choices)
    note = models.TextField(_("note"), blank=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = ApplicationEventQuerySet.as_manager()

    class Meta:
        verbose_name = _("application event")
        verbose_name_plural = _("application history")
        ordering = ["at", "pk"]

    def __str__(self):
        return f"{self.get_status_display()} ({timezone.localtime(self.at):%Y-%m-%d %H:%M})"

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise AppendOnlyError("Application events cannot be changed.")
        kwargs["force_insert"] = True
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AppendOnlyError("Application events cannot be deleted.")


def validate_score(value):
    if value % SCORE_STEP or not 0 <= value <= 100:
        raise ValidationError(
            _("A score goes from 0 to 100 in steps of %(step)s."), params={"step": SCORE_STEP}
        )


class Answer(models.Model):
    """The applicant's answer to one sub-criterion: her text and her self-score."""

    application = models.ForeignKey(
        Application, verbose_name=_("application"), on_delete=models.CASCADE, related_name="answers"
    )
    subcriterion = models.ForeignKey(
        SubCriterion, verbose_name=_("sub-criterion"), on_delete=models.PROTECT, related_name="+"
    )
    text = models.TextField(_("answer"), blank=True, max_length=ANSWER_MAX_LENGTH)
    self_score = models.PositiveSmallIntegerField(
        _("self-assessment (%)"), null=True, blank=True, validators=[validate_score]
    )

    class Meta:
        verbose_name = _("answer")
        verbose_name_plural = _("answers")
        constraints = [
            models.UniqueConstraint(
                fields=["application", "subcriterion"], name="answer_one_per_subcriterion"
            )
        ]

    def __str__(self):
        return str(self.subcriterion)


class Attachment(models.Model):
    """A PDF attached to an application, for one of the edition's documents required."""

    application = models.ForeignKey(
        Application,
        verbose_name=_("application"),
        on_delete=models.CASCADE,
        related_name="attachments",
    )
    document = models.CharField(
        _("document"),
        max_length=64,
        blank=True,
        help_text=_("The id of the edition's required-document block it answers."),
    )
    title = models.CharField(_("title"), max_length=200)
    file = models.OneToOneField(
        PrivateFile, verbose_name=_("file"), on_delete=models.PROTECT, related_name="+"
    )
    added_at = models.DateTimeField(_("added at"), default=timezone.now)

    class Meta:
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")
        ordering = ["added_at", "pk"]

    def __str__(self):
        return self.title


# ---------------------------------------------------------------------------------------------
# Judging (docs/judging.md): judges and their conflicts, assignments, independent score
# sheets, consensus, site visit, jury decision. Scores are never deleted: every row that holds
# one is protected from deletion, in the database (PROTECT) and in Python (`KeptQuerySet`).


class KeptQuerySet(models.QuerySet):
    def delete(self):
        raise AppendOnlyError("Judging records are never deleted.")


class KeptModel(models.Model):
    """A judging record: changed under audit, never deleted."""

    objects = KeptQuerySet.as_manager()

    class Meta:
        abstract = True

    def delete(self, *args, **kwargs):
        raise AppendOnlyError("Judging records are never deleted.")


def subcriterion_score_constraints(parent, unique_name, band_name):
    """One score per sub-criterion of its `parent`, and the database's own check that a
    percent is a band: empty, or 0 to 100 in steps of 5."""
    return [
        models.UniqueConstraint(fields=[parent, "subcriterion"], name=unique_name),
        models.CheckConstraint(
            condition=Q(percent__isnull=True) | Q(percent__in=list(range(0, 101, SCORE_STEP))),
            name=band_name,
        ),
    ]


class PercentField(models.PositiveSmallIntegerField):
    """A RADAR percent (0–100 in steps of 5), empty while a draft is incomplete."""

    def __init__(self, verbose_name=None, **kwargs):
        kwargs.setdefault("null", True)
        kwargs.setdefault("blank", True)
        kwargs.setdefault("validators", [validate_score])
        super().__init__(verbose_name, **kwargs)


class LanguageListField(models.JSONField):
    """Language codes (`settings.LANGUAGES`), chosen with checkboxes."""

    def formfield(self, **kwargs):
        return forms.MultipleChoiceField(
            choices=settings.LANGUAGES,
            widget=forms.CheckboxSelectMultiple,
            required=not self.blank,
            label=self.verbose_name,
        )


class Judge(models.Model):
    """A trained assessor: who she is, where her expertise lies, the languages she reads."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.PROTECT,
        related_name="judge_profile",
    )
    sectors = models.ManyToManyField(Sector, verbose_name=_("sectors"), blank=True)
    regions = models.ManyToManyField(Region, verbose_name=_("regions"), blank=True)
    languages = LanguageListField(_("languages spoken"), default=list, blank=True)
    active = models.BooleanField(
        _("active"), default=True, help_text=_("Only active judges are assigned and see files.")
    )
    created_at = models.DateTimeField(_("created at"), default=timezone.now, editable=False)

    class Meta:
        verbose_name = _("judge")
        verbose_name_plural = _("judges")
        ordering = ["user__email"]

    def __str__(self):
        return self.user.get_full_name() or self.user.get_username()

    def save(self, *args, **kwargs):
        from .groups import ensure_judges_group

        super().save(*args, **kwargs)
        # The group brings the role's two-factor requirement (JAWDA_MFA_REQUIRED_GROUPS).
        self.user.groups.add(ensure_judges_group())


class ConflictDeclaration(KeptModel):
    """Her annual declaration of interests, signed before she may score that year."""

    judge = models.ForeignKey(
        Judge,
        verbose_name=_("judge"),
        on_delete=models.PROTECT,
        related_name="declarations",
    )
    year = models.PositiveSmallIntegerField(
        _("year"), validators=[MinValueValidator(1990), MaxValueValidator(2100)]
    )
    signed_at = models.DateTimeField(_("signed at"), default=timezone.now)
    statement = models.TextField(_("statement"))

    class Meta:
        verbose_name = _("conflict-of-interest declaration")
        verbose_name_plural = _("conflict-of-interest declarations")
        ordering = ["-year"]
        constraints = [
            models.UniqueConstraint(fields=["judge", "year"], name="declaration_one_per_year")
        ]

    def __str__(self):
        return f"{self.judge} ({self.year})"


class ConflictKind(models.TextChoices):
    EMPLOYEE = "employee", _("Employee or former employee")
    SUPPLIER = "supplier", _("Supplier or customer")
    FINANCIAL = "financial", _("Financial interest")
    CONSULTANT = "consultant", _("Consultant to the applicant")
    FAMILY = "family", _("Family tie")
    COMPETITOR = "competitor", _("Competitor")


class ConflictSource(models.TextChoices):
    JUDGE = "judge", _("Declared by the judge")
    SECRETARIAT = "secretariat", _("Recorded by the secretariat")


class Conflict(KeptModel):
    """A judge's conflict of interest with an applicant.

    It holds against the applicant (`applicant_key`: the organisation's ICE, or the student),
    so it covers every application of that applicant, this edition and the next; `application`
    records the one it was declared on, if any.
    """

    judge = models.ForeignKey(
        Judge, verbose_name=_("judge"), on_delete=models.PROTECT, related_name="conflicts"
    )
    applicant_key = models.CharField(_("applicant key"), max_length=40)
    organisation_name = models.CharField(_("applicant"), max_length=200, blank=True)
    application = models.ForeignKey(
        Application,
        verbose_name=_("application"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="conflicts",
    )
    kind = models.CharField(_("kind"), max_length=20, choices=ConflictKind.choices)
    source = models.CharField(_("recorded as"), max_length=20, choices=ConflictSource.choices)
    note = models.TextField(_("note"), blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recorded by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    recorded_at = models.DateTimeField(_("recorded at"), default=timezone.now)

    class Meta:
        verbose_name = _("conflict of interest")
        verbose_name_plural = _("conflicts of interest")
        ordering = ["-recorded_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["judge", "applicant_key", "kind"], name="conflict_one_per_kind"
            )
        ]

    def __str__(self):
        return f"{self.judge} – {self.organisation_name or self.applicant_key}"

    def save(self, *args, **kwargs):
        if self.application_id and not self.applicant_key:
            self.applicant_key = self.application.applicant_key
            self.organisation_name = self.organisation_name or self.application.name
        super().save(*args, **kwargs)


class AssignmentQuerySet(KeptQuerySet):
    def current(self):
        return self.filter(withdrawn_at__isnull=True)

    def for_judge(self, user):
        """Her current assignments on applications she may judge (the conflict rule)."""
        return self.current().filter(
            judge__user=user, application__in=Application.objects.for_judge(user)
        )


class Assignment(KeptModel):
    """A judge assigned to an application. Unassigning withdraws it (`withdrawn_at`): her
    score sheet stays, and assigning her again brings it back."""

    application = models.ForeignKey(
        Application,
        verbose_name=_("application"),
        on_delete=models.PROTECT,
        related_name="assignments",
    )
    judge = models.ForeignKey(
        Judge, verbose_name=_("judge"), on_delete=models.PROTECT, related_name="assignments"
    )
    is_team_leader = models.BooleanField(_("team leader"), default=False)
    assigned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("assigned by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    assigned_at = models.DateTimeField(_("assigned at"), default=timezone.now)
    notified_at = models.DateTimeField(_("notified at"), null=True, blank=True)
    withdrawn_at = models.DateTimeField(_("withdrawn at"), null=True, blank=True)
    withdrawn_reason = models.CharField(_("reason for withdrawal"), max_length=255, blank=True)

    objects = AssignmentQuerySet.as_manager()

    class Meta:
        verbose_name = _("assignment")
        verbose_name_plural = _("assignments")
        ordering = ["assigned_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["application", "judge"], name="assignment_one_per_judge"
            ),
            models.UniqueConstraint(
                fields=["application"],
                condition=Q(is_team_leader=True, withdrawn_at__isnull=True),
                name="assignment_one_team_leader",
            ),
        ]

    def __str__(self):
        return f"{self.application} – {self.judge}"


class SheetStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Submitted")


class ScoreSheet(KeptModel):
    """One judge's independent review of one application."""

    assignment = models.OneToOneField(
        Assignment,
        verbose_name=_("assignment"),
        on_delete=models.PROTECT,
        related_name="sheet",
    )
    status = models.CharField(
        _("status"), max_length=20, choices=SheetStatus.choices, default=SheetStatus.DRAFT
    )
    submitted_at = models.DateTimeField(_("submitted at"), null=True, blank=True)
    reopened_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reopened by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reopened_at = models.DateTimeField(_("reopened at"), null=True, blank=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("score sheet")
        verbose_name_plural = _("score sheets")

    def __str__(self):
        return str(self.assignment)

    @property
    def is_submitted(self):
        return self.status == SheetStatus.SUBMITTED


class SubCriterionScore(KeptModel):
    """A percent given to one sub-criterion (by a judge, the consensus or the site visit)."""

    subcriterion = models.ForeignKey(
        SubCriterion, verbose_name=_("sub-criterion"), on_delete=models.PROTECT, related_name="+"
    )
    percent = PercentField(_("score (%)"))

    class Meta:
        abstract = True

    def __str__(self):
        return f"{self.subcriterion.code}: {self.percent}"


class Score(SubCriterionScore):
    """A judge's score of one sub-criterion, with what she found strong and what to improve."""

    sheet = models.ForeignKey(
        ScoreSheet, verbose_name=_("score sheet"), on_delete=models.PROTECT, related_name="scores"
    )
    strengths = models.TextField(_("strengths"), blank=True)
    improvements = models.TextField(_("areas for improvement"), blank=True)

    class Meta:
        verbose_name = _("score")
        verbose_name_plural = _("scores")
        constraints = subcriterion_score_constraints(
            "sheet", "score_one_per_subcriterion", "score_percent_is_a_band"
        )


class ConsensusStatus(models.TextChoices):
    OPEN = "open", _("Open")
    AGREED = "agreed", _("Agreed")


class Consensus(KeptModel):
    """The team's agreed scores for an application, opened by its team leader. `version`
    goes up on every save so that two people editing at once cannot overwrite each other."""

    application = models.OneToOneField(
        Application,
        verbose_name=_("application"),
        on_delete=models.PROTECT,
        related_name="consensus",
    )
    status = models.CharField(
        _("status"), max_length=20, choices=ConsensusStatus.choices, default=ConsensusStatus.OPEN
    )
    opened_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("opened by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    opened_at = models.DateTimeField(_("opened at"), default=timezone.now)
    agreed_at = models.DateTimeField(_("agreed at"), null=True, blank=True)
    version = models.PositiveIntegerField(_("version"), default=1)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("consensus")
        verbose_name_plural = _("consensus reviews")

    def __str__(self):
        return str(self.application)


class ConsensusScore(SubCriterionScore):
    consensus = models.ForeignKey(
        Consensus, verbose_name=_("consensus"), on_delete=models.PROTECT, related_name="scores"
    )
    comment = models.TextField(_("comment"), blank=True)
    justification = models.TextField(
        _("justification"),
        blank=True,
        help_text=_("Required where the consensus departs from the judges' mean."),
    )

    class Meta:
        verbose_name = _("consensus score")
        verbose_name_plural = _("consensus scores")
        constraints = subcriterion_score_constraints(
            "consensus", "consensus_score_one_per_subcriterion", "consensus_percent_is_a_band"
        )


class SiteVisit(KeptModel):
    """The visit of a shortlisted applicant: what to verify, what was found, adjusted scores."""

    application = models.OneToOneField(
        Application,
        verbose_name=_("application"),
        on_delete=models.PROTECT,
        related_name="site_visit",
    )
    date = models.DateField(_("date"), null=True, blank=True)
    team = models.ManyToManyField(Judge, verbose_name=_("team"), blank=True, related_name="+")
    issues_to_verify = models.TextField(_("issues to verify"), blank=True)
    findings = models.TextField(_("findings"), blank=True)
    adjusted_total = models.DecimalField(
        _("adjusted total (points)"), max_digits=7, decimal_places=2, null=True, blank=True
    )
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("site visit")
        verbose_name_plural = _("site visits")

    def __str__(self):
        return str(self.application)


class SiteVisitScore(SubCriterionScore):
    visit = models.ForeignKey(
        SiteVisit, verbose_name=_("site visit"), on_delete=models.PROTECT, related_name="scores"
    )
    percent = PercentField(_("adjusted score (%)"))
    note = models.TextField(_("note"), blank=True)

    class Meta:
        verbose_name = _("site visit score")
        verbose_name_plural = _("site visit scores")
        constraints = subcriterion_score_constraints(
            "visit", "site_visit_score_one_per_subcriterion", "site_visit_percent_is_a_band"
        )


class JuryOutcome(models.TextChoices):
    """The jury's decision: a `Distinction`, or not retained."""

    TROPHY = Distinction.TROPHY.value, Distinction.TROPHY.label
    RECOGNITION = Distinction.RECOGNITION.value, Distinction.RECOGNITION.label
    ENCOURAGEMENT = Distinction.ENCOURAGEMENT.value, Distinction.ENCOURAGEMENT.label
    NOT_RETAINED = "not_retained", _("Not retained")


class JuryDecision(KeptModel):
    application = models.OneToOneField(
        Application,
        verbose_name=_("application"),
        on_delete=models.PROTECT,
        related_name="jury_decision",
    )
    outcome = models.CharField(_("decision"), max_length=20, choices=JuryOutcome.choices)
    rank = models.PositiveSmallIntegerField(
        _("rank in its category"), null=True, blank=True, validators=[MinValueValidator(1)]
    )
    notes = models.TextField(_("notes"), blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decided_at = models.DateTimeField(_("decided at"), default=timezone.now)

    class Meta:
        verbose_name = _("jury decision")
        verbose_name_plural = _("jury decisions")

    def __str__(self):
        return f"{self.application}: {self.get_outcome_display()}"


# ---------------------------------------------------------------------------------------------
# Messages between the secretariat and the applicant (docs/architecture.md, "Prizes" →
# "Messages")

# About a page of text: a question or an answer about the application, not a new document.
MESSAGE_MAX_LENGTH = 3000


class MessageSide(models.TextChoices):
    APPLICANT = "applicant", _("Applicant")
    SECRETARIAT = "secretariat", _("Secretariat")


class ApplicationMessageQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise AppendOnlyError("Application messages cannot be changed.")

    def delete(self):
        raise AppendOnlyError("Application messages cannot be deleted.")


class ApplicationMessage(models.Model):
    """One message of an application's thread, written by the applicant or the secretariat;
    never changed nor deleted (what was said stays as it was read)."""

    application = models.ForeignKey(
        Application,
        verbose_name=_("application"),
        on_delete=models.CASCADE,
        related_name="messages",
    )
    side = models.CharField(_("from"), max_length=20, choices=MessageSide.choices)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("written by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = models.TextField(_("message"), max_length=MESSAGE_MAX_LENGTH)
    sent_at = models.DateTimeField(_("sent at"), default=timezone.now)

    objects = ApplicationMessageQuerySet.as_manager()

    class Meta:
        verbose_name = _("application message")
        verbose_name_plural = _("application messages")
        ordering = ["sent_at", "pk"]

    def __str__(self):
        return f"{self.get_side_display()} ({timezone.localtime(self.sent_at):%Y-%m-%d %H:%M})"

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise AppendOnlyError("Application messages cannot be changed.")
        kwargs["force_insert"] = True
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AppendOnlyError("Application messages cannot be deleted.")


class MessageReading(models.Model):
    """Up to when one side has read an application's thread: the other side's messages sent
    later are unread. Kept apart so that the messages themselves never change."""

    application = models.ForeignKey(
        Application,
        verbose_name=_("application"),
        on_delete=models.CASCADE,
        related_name="message_readings",
    )
    side = models.CharField(_("reader"), max_length=20, choices=MessageSide.choices)
    read_until = models.DateTimeField(_("read until"))

    class Meta:
        verbose_name = _("message reading")
        verbose_name_plural = _("message readings")
        constraints = [
            models.UniqueConstraint(
                fields=["application", "side"], name="message_reading_one_per_side"
            )
        ]

    def __str__(self):
        return f"{self.get_side_display()} ({timezone.localtime(self.read_until):%Y-%m-%d %H:%M})"
