"""The calendar's filters, shared by the calendar page, its iCal feed and the events API.

The same query string gives the same events everywhere: `city`, `type`, `sector` (codes),
`from` and `to` (YYYY-MM-DD, Morocco days, both included) and `q` (free text).
"""

import datetime

from django import forms
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from jawda.models import City, Sector

from .models import EventPage, EventType

FILTER_NAMES = ["city", "type", "sector", "from", "to", "q"]


class EventFilterForm(forms.Form):
    city = forms.ModelChoiceField(
        City.objects.all(),
        to_field_name="code",
        required=False,
        label=_("City"),
        empty_label=_("All cities"),
    )
    type = forms.ChoiceField(
        choices=[("", _("All types"))] + EventType.choices, required=False, label=_("Type")
    )
    sector = forms.ModelChoiceField(
        Sector.objects.all(),
        to_field_name="code",
        required=False,
        label=_("Sector"),
        empty_label=_("All sectors"),
    )
    q = forms.CharField(required=False, max_length=100, label=_("Search"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # `from` is a Python keyword: the date fields are added by name.
        self.fields["from"] = forms.DateField(
            required=False, label=_("From"), widget=forms.DateInput(attrs={"type": "date"})
        )
        self.fields["to"] = forms.DateField(
            required=False, label=_("To"), widget=forms.DateInput(attrs={"type": "date"})
        )
        self.order_fields(FILTER_NAMES)

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("from"), cleaned.get("to")
        if start and end and end < start:
            self.add_error("to", _("The end of the period cannot be before its start."))
        return cleaned

    def active(self):
        """The filters in use, as {name: raw value}, for links and feeds."""
        if not self.is_bound or not self.is_valid():
            return {}
        return {name: self.data[name] for name in FILTER_NAMES if self.data.get(name)}

    def filter(self, queryset):
        data = self.cleaned_data if self.is_valid() else {}
        if data.get("city"):
            queryset = queryset.filter(city=data["city"])
        if data.get("type"):
            queryset = queryset.filter(event_type=data["type"])
        if data.get("sector"):
            queryset = queryset.filter(sector=data["sector"])
        if data.get("from"):
            queryset = queryset.filter(end__gte=morocco_midnight(data["from"]))
        if data.get("to"):
            queryset = queryset.filter(
                start__lt=morocco_midnight(data["to"] + datetime.timedelta(days=1))
            )
        if data.get("q"):
            text = data["q"]
            queryset = queryset.filter(
                Q(title__icontains=text)
                | Q(summary__icontains=text)
                | Q(venue_name__icontains=text)
                | Q(organiser__icontains=text)
            )
        return queryset


def morocco_midnight(day):
    """The instant a Morocco day begins (computed here, not by the database's zone files)."""
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time()))


def public_events(queryset=None):
    queryset = EventPage.objects.all() if queryset is None else queryset
    return (
        queryset.live()
        .public()
        .filter(alias_of__isnull=True)
        .select_related("city", "sector", "locale")
        .order_by("start", "pk")
    )
