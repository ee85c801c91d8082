"""The Semaine Nationale de la Qualité and the national quality days: series → editions → events.

An event is one page per language (Wagtail i18n). What is the same fact in both languages —
when, where, how many seats, whether it is cancelled — is the event's *logistics*: publishing
any language version copies them to the others (`sync.py`), so a cancelled or moved event is
cancelled or moved in both calendars and feeds at once. What exists once per event whatever
the language — the iCal SEQUENCE and the registrations — hangs off `EventRecord`, keyed by the
pages' `translation_key` (docs/architecture.md, "Events").
"""

import datetime
import secrets
import uuid

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from jawda.blocks import BodyBlock
from jawda.models import City, LocaleUniqueMixin, Sector, SitePage


class EventType(models.TextChoices):
    SEMINAR = "seminar", _("Seminar")
    ROUND_TABLE = "round_table", _("Round table")
    COMPANY_VISIT = "company_visit", _("Company visit")
    EXHIBITION = "exhibition", _("Exhibition or stand")
    FORUM = "forum", _("International forum")
    WORKSHOP = "workshop", _("Workshop")
    TRAINING = "training", _("Training")
    WEBINAR = "webinar", _("Webinar")


class EventStatus(models.TextChoices):
    SCHEDULED = "scheduled", _("Scheduled")
    MOVED = "moved", _("Moved")
    CANCELLED = "cancelled", _("Cancelled")
    FULL = "full", _("Full")


SPOKEN_LANGUAGES = [
    ("fr", _("French")),
    ("ar", _("Arabic")),
    ("zgh", _("Amazigh")),
    ("en", _("English")),
]


class SpokenLanguagesField(models.JSONField):
    """The languages spoken at an event: a list of codes, chosen with checkboxes."""

    def formfield(self, **kwargs):
        return forms.MultipleChoiceField(
            choices=SPOKEN_LANGUAGES,
            widget=forms.CheckboxSelectMultiple,
            required=not self.blank,
            label=self.verbose_name,
        )


class SpeakerBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Name"), max_length=200)
    organisation = blocks.CharBlock(label=_("Organisation"), max_length=200, required=False)
    role = blocks.CharBlock(label=_("Role"), max_length=200, required=False)

    class Meta:
        icon = "user"
        label = _("Speaker")


# ---------------------------------------------------------------------------------------------
# Pages


class EventSeriesPage(SitePage):
    """A recurring programme: the Semaine Nationale de la Qualité, the national quality days."""

    intro = models.TextField(_("introduction"), blank=True)
    since_year = models.PositiveSmallIntegerField(
        _("held since"), null=True, blank=True, validators=[MinValueValidator(1950)]
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("since_year"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["jawda.HomePage"]
    subpage_types = ["events.EditionPage"]

    class Meta:
        verbose_name = _("event series")
        verbose_name_plural = _("event series")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        editions = list(
            EditionPage.objects.child_of(self).live().public().order_by("-start_date", "-pk")
        )
        today = timezone.localdate()
        context["current_editions"] = [e for e in editions if e.end_date >= today]
        context["past_editions"] = [e for e in editions if e.end_date < today]
        return context


class EditionPage(RoutablePageMixin, SitePage):
    """One edition of a series and its calendar (e.g. SNQ 2026). Past editions stay online."""

    theme = models.CharField(_("theme"), max_length=255, blank=True)
    start_date = models.DateField(_("first day"))
    end_date = models.DateField(_("last day"))
    cities = ParentalManyToManyField(City, verbose_name=_("cities"), blank=True, related_name="+")
    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("theme"),
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
        FieldPanel("cities", widget=forms.CheckboxSelectMultiple),
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("theme"),
        index.SearchField("intro"),
    ]

    parent_page_types = ["events.EventSeriesPage"]
    subpage_types = ["events.EventPage"]

    class Meta:
        verbose_name = _("edition")

    def clean(self):
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The last day cannot be before the first day.")})

    @property
    def is_past(self):
        return self.end_date < timezone.localdate()

    def get_context(self, request, *args, **kwargs):
        from .views import edition_context

        context = super().get_context(request, *args, **kwargs)
        context.update(edition_context(request, self))
        return context

    @path("ical/", name="feed")
    def feed(self, request):
        from .views import edition_feed

        return edition_feed(request, self)


class EventPage(RoutablePageMixin, LocaleUniqueMixin, SitePage):
    """One event of an edition, in one language; its logistics are shared by its translations."""

    code = models.SlugField(
        _("programme code"),
        max_length=40,
        blank=True,
        help_text=_(
            "The event's key in the programme spreadsheet (e.g. snq26-001): importing the file "
            "again updates this event instead of creating another."
        ),
    )
    event_type = models.CharField(_("type"), max_length=20, choices=EventType.choices)
    start = models.DateTimeField(_("start"), help_text=_("Morocco time."))
    end = models.DateTimeField(_("end"), help_text=_("Morocco time."))
    all_day = models.BooleanField(_("all day"), default=False)
    status = models.CharField(
        _("status"), max_length=12, choices=EventStatus.choices, default=EventStatus.SCHEDULED
    )
    summary = models.TextField(_("summary"), max_length=400, blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("description"), blank=True)
    city = models.ForeignKey(
        City,
        verbose_name=_("city"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("Leave empty for an online-only event."),
    )
    venue_name = models.CharField(_("venue"), max_length=200, blank=True)
    venue_address = models.CharField(_("address"), max_length=300, blank=True)
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )
    online_link = models.URLField(_("online link"), blank=True)
    sector = models.ForeignKey(
        Sector,
        verbose_name=_("sector"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    organiser = models.CharField(_("organiser"), max_length=200, blank=True)
    partners = models.CharField(_("partners"), max_length=500, blank=True)
    speakers = StreamField([("speaker", SpeakerBlock())], verbose_name=_("speakers"), blank=True)
    languages = SpokenLanguagesField(_("languages spoken"), default=list, blank=True)
    capacity = models.PositiveIntegerField(
        _("capacity"),
        null=True,
        blank=True,
        help_text=_("Number of seats for online registration. Leave empty for free entry."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldRowPanel([FieldPanel("event_type"), FieldPanel("status")]),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("start"), FieldPanel("end")]), FieldPanel("all_day")],
            heading=_("Date and time (Morocco time)"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("city"),
                FieldPanel("venue_name"),
                FieldPanel("venue_address"),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
                FieldPanel("online_link"),
            ],
            heading=_("Place"),
        ),
        FieldPanel("sector"),
        FieldPanel("organiser"),
        FieldPanel("partners"),
        FieldPanel("speakers"),
        FieldPanel("languages"),
        FieldPanel("capacity"),
        FieldPanel("body"),
        FieldPanel("code"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.SearchField("venue_name"),
        index.SearchField("organiser"),
        index.FilterField("start"),
    ]

    parent_page_types = ["events.EditionPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("event")
        constraints = [
            models.UniqueConstraint(
                fields=["code", "unique_locale"],
                condition=~Q(code=""),
                name="event_code_unique_per_locale",
            ),
            models.CheckConstraint(
                condition=Q(end__gte=models.F("start")), name="event_ends_after_start"
            ),
        ]

    def clean(self):
        super().clean()
        errors = {}
        if self.start and self.end and self.end < self.start:
            errors["end"] = _("The event cannot end before it starts.")
        if not self.city_id and not self.online_link:
            errors["city"] = _("Give the city, or the online link of an online event.")
        if self.code and self.locale_id:
            taken = EventPage.objects.filter(code=self.code, unique_locale_id=self.locale_id)
            if taken.exclude(pk=self.pk).exists():
                errors["code"] = _("Another event already has this programme code.")
        if self.capacity is not None and self.pk:
            from .registration import confirmed_count

            taken_seats = confirmed_count(self)
            if self.capacity < taken_seats:
                errors["capacity"] = _(
                    "%(count)s people are already registered: the capacity cannot be lower."
                ) % {"count": taken_seats}
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        if self.all_day and self.start and self.end:
            # An all-day event runs from the first day's midnight to the last day's end.
            self.start = day_start(self.start)
            self.end = day_start(self.end) + datetime.timedelta(days=1, seconds=-1)
        return super().save(*args, **kwargs)

    @property
    def is_cancelled(self):
        return self.status == EventStatus.CANCELLED

    @property
    def is_past(self):
        return self.end < timezone.now()

    @property
    def registration_enabled(self):
        return self.capacity is not None

    @property
    def is_online(self):
        return bool(self.online_link)

    def get_context(self, request, *args, **kwargs):
        from .views import event_context

        context = super().get_context(request, *args, **kwargs)
        context.update(event_context(request, self, form=kwargs.get("registration_form")))
        return context

    @path("ical/", name="ics")
    def ics(self, request):
        from .views import event_ics

        return event_ics(request, self)

    @path("register/", name="register")
    def register(self, request):
        from .views import register_view

        return register_view(request, self)


def day_start(value):
    """Midnight, Morocco time, of the day `value` falls on."""
    local = timezone.localtime(value) if timezone.is_aware(value) else value
    return timezone.make_aware(datetime.datetime.combine(local.date(), datetime.time()))


# ---------------------------------------------------------------------------------------------
# What an event is once, whatever the language


class EventRecord(models.Model):
    """An event across its language versions: its iCal SEQUENCE and its registrations."""

    key = models.UUIDField(_("translation key"), unique=True, editable=False)
    sequence = models.PositiveIntegerField(_("iCalendar sequence"), default=0)
    fingerprint = models.CharField(max_length=64, blank=True, editable=False)
    changed_at = models.DateTimeField(_("last schedule change"), default=timezone.now)

    class Meta:
        verbose_name = _("event record")

    def __str__(self):
        return str(self.key)


TICKET_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def new_ticket_code():
    """8 characters without look-alikes (no 0/O, 1/I): easy to read out and type at the door."""
    return "".join(secrets.choice(TICKET_ALPHABET) for _i in range(8))


class RegistrationStatus(models.TextChoices):
    PENDING = "pending", _("Awaiting email confirmation")
    CONFIRMED = "confirmed", _("Confirmed")
    WAITING = "waiting", _("On the waiting list")
    CANCELLED = "cancelled", _("Cancelled")


ACTIVE_STATUSES = [
    RegistrationStatus.PENDING,
    RegistrationStatus.CONFIRMED,
    RegistrationStatus.WAITING,
]


class Registration(models.Model):
    """A seat (or a place on the waiting list) of one person at one event."""

    event = models.ForeignKey(
        EventRecord, verbose_name=_("event"), on_delete=models.PROTECT, related_name="registrations"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("member"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="event_registrations",
    )
    name = models.CharField(_("name"), max_length=200)
    email = models.EmailField(_("email address"))
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    language = models.CharField(_("language"), max_length=5, choices=settings.LANGUAGES)
    status = models.CharField(
        _("status"), max_length=12, choices=RegistrationStatus.choices, db_index=True
    )
    ticket_code = models.CharField(
        _("ticket code"), max_length=12, unique=True, default=new_ticket_code, editable=False
    )
    token = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    created_at = models.DateTimeField(_("registered at"), auto_now_add=True)
    queued_at = models.DateTimeField(_("joined the list at"), default=timezone.now)
    cancelled_at = models.DateTimeField(_("cancelled at"), null=True, blank=True)
    checked_in_at = models.DateTimeField(_("checked in at"), null=True, blank=True)
    checked_in_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("checked in by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        ordering = ["queued_at", "pk"]
        permissions = [("check_in_registration", _("Can check in attendees"))]
        constraints = [
            # One live registration per person and event: a second request, however fast,
            # is refused by the database.
            models.UniqueConstraint(
                fields=["event", "email"],
                condition=Q(status__in=["pending", "confirmed", "waiting"]),
                name="one_active_registration_per_email",
            )
        ]

    def __str__(self):
        return f"{self.name} ({self.ticket_code})"

    def save(self, *args, **kwargs):
        self.email = self.email.strip().lower()
        return super().save(*args, **kwargs)

    @property
    def is_active(self):
        return self.status in ACTIVE_STATUSES


class ProgrammeImport(models.Model):
    """A confirmed programme import, run as a background task (`events.tasks`): a programme of a
    thousand events takes minutes, longer than a web request may last. The editor follows it on
    its status page; the checked rows wait here, compressed, until the task has run."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("Waiting to start")
        RUNNING = "running", _("Importing")
        DONE = "done", _("Imported")
        FAILED = "failed", _("Not imported")

    edition = models.ForeignKey(
        EditionPage, on_delete=models.CASCADE, related_name="+", verbose_name=_("edition")
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+", verbose_name=_("by")
    )
    language = models.CharField(max_length=10)
    file_name = models.CharField(max_length=255, blank=True)
    file_format = models.CharField(max_length=10, blank=True)
    rows = models.TextField(help_text="The checked rows: zlib-compressed CSV in base64.")
    row_count = models.PositiveIntegerField(default=0)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.QUEUED)
    created_at = models.DateTimeField(auto_now_add=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    new = models.PositiveIntegerField(default=0)
    updated = models.PositiveIntegerField(default=0)
    unchanged = models.PositiveIntegerField(default=0)
    errors = models.JSONField(
        default=list, blank=True, help_text="[[row number, [[column, message], ...]], ...]"
    )

    class Meta:
        verbose_name = _("programme import")
        verbose_name_plural = _("programme imports")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.edition} ({self.created_at:%Y-%m-%d %H:%M})"

    @property
    def in_progress(self):
        return self.status in (self.Status.QUEUED, self.Status.RUNNING)
