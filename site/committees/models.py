"""Regional quality committees (Projet 2.6), UMAQ thematic commissions (Action 2.4.4) and
the roadmap (feuille de route) each of them keeps.

A committee or commission is one page per language (Wagtail i18n); its roadmap is not: the
actions are stored once, against any language version of the page, and read through the
page's `translation_key`, so both languages show the same actions and the same percentage,
and national figures never count a committee twice (docs/architecture.md).
"""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Case, F, Q, Value, When
from django.utils import timezone
from django.utils.translation import get_language, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from ..models import LocaleUniqueMixin, NewsPage, Region, SitePage

# ---------------------------------------------------------------------------------------------
# Roadmap


class ActionStatus(models.TextChoices):
    """The statuses an editor sets; "late" is never stored (see `RoadmapAction.LATE`)."""

    PLANNED = "planned", _("Planned")
    IN_PROGRESS = "in_progress", _("In progress")
    DONE = "done", _("Done")


LATE = "late"
STATUS_LABELS = {**dict(ActionStatus.choices), LATE: _("Late")}


def is_late(status, percent, due_date, today=None):
    """An action is late when its due date has passed and it is neither done nor at 100 %."""
    today = today or timezone.localdate()
    return status != ActionStatus.DONE and (percent or 0) < 100 and due_date < today


class RoadmapActionQuerySet(models.QuerySet):
    def with_effective_status(self, today=None):
        """Annotate `derived_status`: the stored status, or "late" (same rule as `is_late`)."""
        today = today or timezone.localdate()
        return self.annotate(
            derived_status=Case(
                When(
                    ~Q(status=ActionStatus.DONE) & Q(percent__lt=100) & Q(due_date__lt=today),
                    then=Value(LATE),
                ),
                default=F("status"),
                output_field=models.CharField(),
            )
        )

    def for_page(self, page):
        """The roadmap of a committee or commission, whatever language version holds it."""
        return self.filter(page__translation_key=page.translation_key)


class RoadmapAction(models.Model):
    """One action of the roadmap of a regional committee or a thematic commission."""

    page = models.ForeignKey(
        Page,
        verbose_name=_("committee or commission"),
        on_delete=models.CASCADE,
        related_name="roadmap_actions",
    )
    title_fr = models.CharField(_("title in French"), max_length=255)
    title_ar = models.CharField(_("title in Arabic"), max_length=255, blank=True)
    owner = models.CharField(pgettext_lazy("roadmap", "owner"), max_length=200)
    partners = models.CharField(_("partners"), max_length=500, blank=True)
    due_date = models.DateField(_("due date"))
    status = models.CharField(
        _("status"), max_length=20, choices=ActionStatus.choices, default=ActionStatus.PLANNED
    )
    percent = models.PositiveSmallIntegerField(
        _("rate of execution, in percent"),
        default=0,
        validators=[MinValueValidator(0), MaxValueValidator(100)],
    )

    objects = RoadmapActionQuerySet.as_manager()

    # The admin form (its panels, and the pages one may choose) is in wagtail_hooks.py.

    class Meta:
        verbose_name = _("roadmap action")
        verbose_name_plural = _("roadmap actions")
        ordering = ["due_date", "pk"]
        default_permissions = ("add", "change", "delete", "view", "import", "export")
        constraints = [
            models.CheckConstraint(
                condition=Q(percent__gte=0) & Q(percent__lte=100),
                name="roadmap_action_percent_0_100",
            )
        ]

    def __str__(self):
        return self.title

    @property
    def title(self):
        """The title in the reader's language (French when no Arabic title was written)."""
        if (get_language() or "").startswith("ar") and self.title_ar:
            return self.title_ar
        return self.title_fr

    @property
    def title_language(self):
        return "ar" if (get_language() or "").startswith("ar") and self.title_ar else "fr"

    @property
    def effective_status(self):
        return LATE if is_late(self.status, self.percent, self.due_date) else self.status

    @property
    def is_late(self):
        return self.effective_status == LATE

    def get_effective_status_display(self):
        return STATUS_LABELS[self.effective_status]

    get_effective_status_display.short_description = _("status")

    def clean(self):
        super().clean()
        if (
            self.page_id
            and not Page.objects.filter(pk=self.page_id)
            .type(CommitteePage, CommissionPage)
            .exists()
        ):
            raise ValidationError(
                {"page": _("Choose the page of a regional committee or a thematic commission.")}
            )


def overall_percent(actions):
    """The roadmap's % executed: the plain mean of its actions' % (each action weighs the same).

    None for a roadmap without actions.
    """
    percents = [action.percent for action in actions]
    if not percents:
        return None
    return round(sum(percents) / len(percents), 1)


# ---------------------------------------------------------------------------------------------
# Shared page parts


PARTNER_KINDS = [
    ("chamber", _("Chamber of commerce, industry and services")),
    ("university", _("University or school")),
    ("association", _("Professional association")),
    ("administration", _("Public administration")),
    ("company", _("Company")),
    ("other", _("Other")),
]


class PartnerValue(blocks.StructValue):
    def kind_label(self):
        return dict(PARTNER_KINDS).get(self.get("kind"), "")


class PartnerBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Name"), max_length=200)
    kind = blocks.ChoiceBlock(label=_("Kind"), choices=PARTNER_KINDS, default="other")
    url = blocks.URLBlock(label=_("Website"), required=False)

    class Meta:
        icon = "group"
        label = _("Partner")
        value_class = PartnerValue


class Member(Orderable):
    """A member of a committee or a commission."""

    name = models.CharField(_("name"), max_length=200)
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    role = models.CharField(_("role"), max_length=200, blank=True)

    panels = [FieldPanel("name"), FieldPanel("organisation"), FieldPanel("role")]

    class Meta(Orderable.Meta):
        abstract = True

    def __str__(self):
        return self.name


class RoadmapPageMixin:
    """A page that has a roadmap: its actions, read once per request."""

    def roadmap_context(self):
        actions = list(RoadmapAction.objects.for_page(self).order_by("due_date", "pk"))
        return {"actions": actions, "overall_percent": overall_percent(actions)}


# ---------------------------------------------------------------------------------------------
# Regional committees


class CommitteeIndexPage(SitePage):
    """The 12 regions, whether each has its committee, and the national summary."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]

    parent_page_types = ["jawda.HomePage"]
    subpage_types = ["committees.CommitteePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("regional committees index")

    def get_context(self, request, *args, **kwargs):
        from .stats import committee_rows, national_summary, region_stats

        context = super().get_context(request, *args, **kwargs)
        stats = region_stats()
        context["rows"] = committee_rows(self, stats)
        context["summary"] = national_summary(stats)
        return context


class CommitteePage(LocaleUniqueMixin, RoadmapPageMixin, SitePage):
    """The regional quality committee of one region, in one language."""

    region = models.ForeignKey(
        Region, verbose_name=_("region"), on_delete=models.PROTECT, related_name="committees"
    )
    created_on = models.DateField(
        _("created on"),
        null=True,
        blank=True,
        help_text=_("Leave empty while the committee has not been created yet."),
    )
    intro = models.TextField(_("introduction"), blank=True)
    president_name = models.CharField(_("president"), max_length=200, blank=True)
    president_organisation = models.CharField(
        _("president's organisation"), max_length=200, blank=True
    )
    partners = StreamField([("partner", PartnerBlock())], verbose_name=_("partners"), blank=True)
    contact_email = models.EmailField(_("contact email"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=40, blank=True)
    contact_address = models.TextField(_("contact address"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("region"),
        FieldPanel("created_on"),
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("president_name"), FieldPanel("president_organisation")],
            heading=_("President"),
        ),
        InlinePanel("members", heading=_("Members"), label=_("Member")),
        FieldPanel("partners"),
        MultiFieldPanel(
            [
                FieldPanel("contact_email"),
                FieldPanel("contact_phone"),
                FieldPanel("contact_address"),
            ],
            heading=_("Contact"),
        ),
        InlinePanel("news_links", heading=_("Committee news"), label=_("News article")),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["committees.CommitteeIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("regional quality committee")
        constraints = [
            models.UniqueConstraint(
                fields=["region", "unique_locale"], name="one_committee_per_region_and_locale"
            )
        ]

    def __str__(self):
        return self.title

    @property
    def is_created(self):
        return self.created_on is not None

    def clean(self):
        super().clean()
        if self.region_id and self.locale_id:
            others = CommitteePage.objects.filter(
                region_id=self.region_id, unique_locale_id=self.locale_id
            ).exclude(pk=self.pk)
            if others.exists():
                raise ValidationError(
                    {"region": _("This region already has its committee page in this language.")}
                )

    def get_context(self, request, *args, **kwargs):
        from .stats import committee_news, upcoming_events

        context = super().get_context(request, *args, **kwargs)
        context.update(self.roadmap_context())
        context["members"] = list(self.members.all())
        context["news"] = committee_news(self)
        context["events"] = upcoming_events(self.region)
        return context


class CommitteeMember(Member):
    page = ParentalKey(CommitteePage, on_delete=models.CASCADE, related_name="members")

    class Meta(Member.Meta):
        verbose_name = _("committee member")
        verbose_name_plural = _("committee members")


class CommitteeNewsLink(Orderable):
    """A news article about the committee (any language version; shown in the reader's)."""

    page = ParentalKey(CommitteePage, on_delete=models.CASCADE, related_name="news_links")
    news = models.ForeignKey(
        NewsPage, verbose_name=_("news article"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("news")]

    class Meta(Orderable.Meta):
        verbose_name = _("committee news article")
        verbose_name_plural = _("committee news articles")


# ---------------------------------------------------------------------------------------------
# UMAQ thematic commissions


class CommissionIndexPage(SitePage):
    """The eight thematic commissions of the UMAQ (Action 2.4.4)."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]

    parent_page_types = ["jawda.HomePage"]
    subpage_types = ["committees.CommissionPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("thematic commissions index")

    def get_context(self, request, *args, **kwargs):
        from .stats import commission_rows

        context = super().get_context(request, *args, **kwargs)
        context["commissions"] = commission_rows(self)
        return context


class CommissionPage(LocaleUniqueMixin, RoadmapPageMixin, SitePage):
    """One UMAQ thematic commission, in one language."""

    code = models.SlugField(
        _("code"),
        max_length=40,
        help_text=_("Short identifier shared by both languages, used in roadmap imports."),
    )
    mission = RichTextField(_("mission"), features=["bold", "italic", "ul", "ol", "link"])

    content_panels = Page.content_panels + [
        FieldPanel("code"),
        FieldPanel("mission"),
        InlinePanel("members", heading=_("Members"), label=_("Member")),
    ]
    search_fields = Page.search_fields + [index.SearchField("mission")]

    parent_page_types = ["committees.CommissionIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("thematic commission")
        constraints = [
            models.UniqueConstraint(
                fields=["code", "unique_locale"], name="one_commission_per_code_and_locale"
            )
        ]

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        if self.code and self.locale_id:
            others = CommissionPage.objects.filter(
                code=self.code, unique_locale_id=self.locale_id
            ).exclude(pk=self.pk)
            if others.exists():
                raise ValidationError(
                    {"code": _("Another commission already uses this code in this language.")}
                )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self.roadmap_context())
        context["members"] = list(self.members.all())
        return context


class CommissionMember(Member):
    page = ParentalKey(CommissionPage, on_delete=models.CASCADE, related_name="members")

    class Meta(Member.Meta):
        verbose_name = _("commission member")
        verbose_name_plural = _("commission members")
