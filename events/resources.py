"""An edition's programme as a spreadsheet (CSV or XLSX), for django-import-export.

One row is one event in both languages. The columns (the export writes them, the import
expects exactly them, in any order) are `COLUMNS`; docs/events-import.md describes each.

- `code` is the row's key: importing a file again updates the events it names (by their
  programme code, `EventPage.code`) instead of adding others.
- The French event is created under the French edition; its Arabic version, under the Arabic
  edition, from the `*_ar` columns (an alias that wagtail-localize made is replaced by a real
  translation). A row whose `title_ar` is empty leaves the Arabic version as it is.
- Pages are saved as draft revisions through Wagtail's own page actions (the same revisions,
  history and permission checks as the page editor): a new event is not live, a live event
  gets a new draft. Editors review and publish (publishing the French version copies the
  logistics to the Arabic one, sync.py).
- Dates are Morocco time, written `YYYY-MM-DD HH:MM`.
- Every error is a message in the reader's language, attached to its row and column; one bad
  row and nothing is written (views.py runs the import in one transaction).
"""

import base64
import datetime
import decimal
import re
import zlib
import zoneinfo

import tablib
from import_export import fields, widgets

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.validators import MaxLengthValidator
from django.db.models import F, Q
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.text import slugify
from django.utils.translation import gettext as _

from wagtail.actions.edit_page import EditPageAction
from wagtail.coreutils import find_available_slug
from wagtail.models import Locale

from jawda.models import City, Sector
from jawda.security.exports import SafeExportResource
from jawda.security.imports import TextWidget, row_errors

from .models import (
    SPOKEN_LANGUAGES,
    EditionPage,
    EventPage,
    EventStatus,
    EventType,
    day_start,
)
from .sync import LOGISTICS

COLUMNS = [
    "code",
    "type",
    "title_fr",
    "title_ar",
    "summary_fr",
    "summary_ar",
    "start",
    "end",
    "all_day",
    "city",
    "venue_name_fr",
    "venue_name_ar",
    "venue_address",
    "latitude",
    "longitude",
    "online_link",
    "sector",
    "organiser",
    "partners",
    "languages",
    "capacity",
    "status",
]
# The column of each model attribute whose name differs; the others are named alike.
COLUMN_OF = {
    "event_type": "type",
    "title": "title_fr",
    "slug": "title_fr",
    "summary": "summary_fr",
    "venue_name": "venue_name_fr",
}
# The texts that differ between the two language versions: (French attribute, Arabic column).
TRANSLATED = [("title", "title_ar"), ("summary", "summary_ar"), ("venue_name", "venue_name_ar")]
# Written once, copied to the Arabic version: the logistics that publishing keeps in step
# (sync.py), and the organiser and partners, which the file has once.
SHARED = [*LOGISTICS, "organiser", "partners"]
TRANSLATION_LANGUAGE = "ar"
DATETIME_FORMAT = "%Y-%m-%d %H:%M"
TRUE_WORDS = {"1", "yes", "true", "oui", "vrai", "x", "نعم"}
FALSE_WORDS = {"", "0", "no", "false", "non", "faux", "لا"}


def morocco():
    return zoneinfo.ZoneInfo(settings.TIME_ZONE)


def _text(value):
    return "" if value is None else str(value).strip()


class CodeWidget(widgets.Widget):
    def clean(self, value, row=None, **kwargs):
        text = _text(value)
        if not text:
            raise ValueError(_("The programme code is missing (e.g. snq26-001)."))
        if not re.fullmatch(r"[-a-zA-Z0-9_]{1,40}", text):
            raise ValueError(
                _(
                    "“%(value)s” is not a programme code: at most 40 letters without accents, "
                    "digits, hyphens or underscores (e.g. snq26-001)."
                )
                % {"value": text}
            )
        return text

    def render(self, value, obj=None, **kwargs):
        return value or ""


class ChoiceWidget(widgets.Widget):
    """One of `choices`' values, case ignored; `default` for an empty cell (None: required)."""

    def __init__(self, choices, message, default=None):
        super().__init__()
        self.choices = choices
        self.message = message
        self.default = default

    def clean(self, value, row=None, **kwargs):
        text = _text(value).lower()
        if not text and self.default is not None:
            return self.default
        if text in self.choices.values:
            return text
        raise ValueError(
            self.message() % {"value": _text(value), "choices": ", ".join(self.choices.values)}
        )

    def render(self, value, obj=None, **kwargs):
        return value or ""


def unknown_type():
    return _("Unknown event type “%(value)s”: write one of %(choices)s.")


def unknown_status():
    return _("Unknown status “%(value)s”: write one of %(choices)s.")


class MoroccoDateTimeWidget(widgets.DateTimeWidget):
    """YYYY-MM-DD HH:MM in Morocco time (YYYY-MM-DD alone for an all-day event)."""

    def clean(self, value, row=None, **kwargs):
        text = _text(value)
        all_day = _text((row or {}).get("all_day")).lower() in TRUE_WORDS
        if not text:
            raise ValueError(_("The date is missing: write it as YYYY-MM-DD HH:MM."))
        formats = [DATETIME_FORMAT, "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M:%S"]
        if all_day:
            formats.append("%Y-%m-%d")
        for date_format in formats:
            try:
                naive = datetime.datetime.strptime(text, date_format)
            except ValueError:
                continue
            return timezone.make_aware(naive, morocco())
        raise ValueError(
            _(
                "“%(value)s” is not a date and time: write it as YYYY-MM-DD HH:MM in Morocco "
                "time, e.g. 2026-11-24 09:30."
            )
            % {"value": text}
        )

    def render(self, value, obj=None, **kwargs):
        if value is None:
            return ""
        return timezone.localtime(value, morocco()).strftime(DATETIME_FORMAT)


class YesNoWidget(widgets.BooleanWidget):
    def clean(self, value, row=None, **kwargs):
        text = _text(value).lower()
        if text in TRUE_WORDS:
            return True
        if text in FALSE_WORDS:
            return False
        raise ValueError(
            _("Write yes or no (or leave empty for no), not “%(value)s”.") % {"value": _text(value)}
        )

    def render(self, value, obj=None, **kwargs):
        return "yes" if value else "no"


class ReferenceWidget(widgets.Widget):
    """A city or sector by its code (or its name in French or Arabic), read once per import."""

    def __init__(self, model, message, required_message=None):
        super().__init__()
        self.model = model
        self.message = message
        self.required_message = required_message

    @cached_property
    def known(self):
        by_key = {}
        for item in self.model.objects.all():
            for key in (item.code, item.name_fr, item.name_ar):
                by_key.setdefault(key.strip().lower(), item)
        return by_key

    def clean(self, value, row=None, **kwargs):
        text = _text(value)
        if not text:
            return None
        item = self.known.get(text.lower())
        if item is None:
            raise ValueError(self.message() % {"value": text})
        return item

    def render(self, value, obj=None, **kwargs):
        return value.code if value else ""


def unknown_city():
    return _("Unknown city “%(value)s”: write its code, e.g. casablanca, rabat, fes, laayoune.")


def unknown_sector():
    return _("Unknown sector “%(value)s”: write its code, e.g. automobile, agroalimentaire.")


class CoordinateWidget(widgets.DecimalWidget):
    def __init__(self, message):
        super().__init__()
        self.message = message

    def clean(self, value, row=None, **kwargs):
        text = _text(value).replace(",", ".")
        if not text:
            return None
        try:
            number = decimal.Decimal(text)
        except decimal.InvalidOperation:
            number = None
        if number is None or not number.is_finite():
            raise ValueError(self.message() % {"value": _text(value)})
        return number.quantize(decimal.Decimal("0.000001"))

    def render(self, value, obj=None, **kwargs):
        if value is None:
            return ""
        number = decimal.Decimal(value).normalize()
        if kwargs.get("force_native_type"):
            return float(number)
        return format(number, "f")


def bad_latitude():
    return _("The latitude must be a number in degrees, e.g. 33.5731, not “%(value)s”.")


def bad_longitude():
    return _("The longitude must be a number in degrees, e.g. -7.5898, not “%(value)s”.")


class CapacityWidget(widgets.IntegerWidget):
    def clean(self, value, row=None, **kwargs):
        text = _text(value)
        if not text:
            return None
        if not text.isdigit():
            raise ValueError(
                _(
                    "The capacity must be a whole number of seats, or empty for free entry, "
                    "not “%(value)s”."
                )
                % {"value": text}
            )
        return int(text)

    def render(self, value, obj=None, **kwargs):
        if value is None:
            return ""
        return value if kwargs.get("force_native_type") else str(value)


class LanguagesWidget(widgets.Widget):
    """Language codes separated by spaces or commas: "fr ar"."""

    codes = [code for code, _label in SPOKEN_LANGUAGES]

    def clean(self, value, row=None, **kwargs):
        chosen = []
        for code in re.split(r"[\s,;/]+", _text(value).lower()):
            if not code:
                continue
            if code not in self.codes:
                raise ValueError(
                    _("Unknown language “%(value)s”: write codes among %(choices)s, e.g. “fr ar”.")
                    % {"value": code, "choices": ", ".join(self.codes)}
                )
            if code not in chosen:
                chosen.append(code)
        return chosen

    def render(self, value, obj=None, **kwargs):
        return " ".join(value or [])


def text_field(attribute, column):
    return fields.Field(attribute=attribute, column_name=column, widget=TextWidget())


class EventResource(SafeExportResource):
    """The events of one edition (`edition`, its French version), imported for `user`.

    Arabic texts travel on the French instance as `title_ar`, `summary_ar` and
    `venue_name_ar`; `save_instance` writes them to the Arabic version.
    """

    code = fields.Field(attribute="code", column_name="code", widget=CodeWidget())
    type = fields.Field(
        attribute="event_type",
        column_name="type",
        widget=ChoiceWidget(EventType, unknown_type),
    )
    title_fr = text_field("title", "title_fr")
    title_ar = text_field("title_ar", "title_ar")
    summary_fr = text_field("summary", "summary_fr")
    summary_ar = text_field("summary_ar", "summary_ar")
    start = fields.Field(attribute="start", column_name="start", widget=MoroccoDateTimeWidget())
    end = fields.Field(attribute="end", column_name="end", widget=MoroccoDateTimeWidget())
    all_day = fields.Field(attribute="all_day", column_name="all_day", widget=YesNoWidget())
    city = fields.Field(
        attribute="city",
        column_name="city",
        widget=ReferenceWidget(City, unknown_city),
        saves_null_values=True,
    )
    venue_name_fr = text_field("venue_name", "venue_name_fr")
    venue_name_ar = text_field("venue_name_ar", "venue_name_ar")
    venue_address = text_field("venue_address", "venue_address")
    latitude = fields.Field(
        attribute="latitude",
        column_name="latitude",
        widget=CoordinateWidget(bad_latitude),
        saves_null_values=True,
    )
    longitude = fields.Field(
        attribute="longitude",
        column_name="longitude",
        widget=CoordinateWidget(bad_longitude),
        saves_null_values=True,
    )
    online_link = text_field("online_link", "online_link")
    sector = fields.Field(
        attribute="sector",
        column_name="sector",
        widget=ReferenceWidget(Sector, unknown_sector),
        saves_null_values=True,
    )
    organiser = text_field("organiser", "organiser")
    partners = text_field("partners", "partners")
    languages = fields.Field(
        attribute="languages", column_name="languages", widget=LanguagesWidget()
    )
    capacity = fields.Field(
        attribute="capacity",
        column_name="capacity",
        widget=CapacityWidget(),
        saves_null_values=True,
    )
    status = fields.Field(
        attribute="status",
        column_name="status",
        widget=ChoiceWidget(EventStatus, unknown_status, default=EventStatus.SCHEDULED),
    )

    class Meta:
        model = EventPage
        fields = COLUMNS
        import_order = COLUMNS
        export_order = COLUMNS
        import_id_fields = ["code"]
        clean_model_instances = True
        use_transactions = True
        skip_diff = True
        report_skipped = True

    def __init__(self, *, edition, user, **kwargs):
        super().__init__(**kwargs)
        self.edition = edition
        self.user = user
        self.codes_seen = {}

    # -- the two editions and what already exists -------------------------------------------

    @cached_property
    def locale(self):
        return self.edition.locale

    @cached_property
    def arabic_locale(self):
        return Locale.objects.get(language_code=TRANSLATION_LANGUAGE)

    @cached_property
    def arabic_edition(self):
        return arabic_edition_of(self.edition)

    @cached_property
    def existing(self):
        """{code: (page id, whether it is an event of this edition)} in the edition's
        language, read once per import."""
        pages = EventPage.objects.filter(locale=self.locale, alias_of__isnull=True).exclude(code="")
        prefix, depth = self.edition.path, self.edition.depth + 1
        return {
            code: (pk, path.startswith(prefix) and page_depth == depth)
            for code, pk, path, page_depth in pages.values_list("code", "pk", "path", "depth")
        }

    @cached_property
    def arabic_codes(self):
        """{code: (translation key, id of the page it is an alias of)} in Arabic."""
        pages = EventPage.objects.filter(locale=self.arabic_locale).exclude(code="")
        return {
            code: (key, alias_of)
            for code, key, alias_of in pages.values_list("code", "translation_key", "alias_of_id")
        }

    def arabic_code_is_free(self, page):
        """Whether the Arabic version of `page` may take its code: free, or already held by
        that version or by an alias of `page` (which the import replaces)."""
        if page.code not in self.arabic_codes:
            return True
        key, alias_of = self.arabic_codes[page.code]
        return page.pk is not None and (key == page.translation_key or alias_of == page.pk)

    # -- import -------------------------------------------------------------------------------

    def get_queryset(self):
        return EventPage.objects.child_of(self.edition).filter(alias_of__isnull=True)

    def init_instance(self, row=None):
        page = EventPage(locale=self.locale, live=False)
        page.arabic_page = None
        page.before_import = None
        return page

    def get_instance(self, instance_loader, row):
        code = _text(row.get("code"))
        if code not in self.existing:
            return None
        pk, in_edition = self.existing[code]
        if not in_edition:
            raise ValidationError(
                {
                    "code": _(
                        "The programme code “%(code)s” belongs to an event of another "
                        "edition; give this event another code."
                    )
                    % {"code": code}
                }
            )
        page = latest_draft(self.edition_pages[pk])
        page.arabic_page = self.arabic_pages.get(page.pk)
        arabic = self.arabic_draft(page)
        for attribute, column in TRANSLATED:
            setattr(page, column, getattr(arabic, attribute) if arabic else "")
        page.before_import = snapshot(page)
        return page

    @cached_property
    def edition_pages(self):
        """{id: page} of the edition's events, with their latest revision, read at once."""
        return {
            page.pk: page
            for page in self.get_queryset().select_related("latest_revision", "locale")
        }

    @cached_property
    def arabic_pages(self):
        """{French page id: its Arabic version}, read at once: the translation, else an alias
        of the page (wagtail-localize's keep the translation key, others may not), which the
        import replaces."""
        french_by_key = {page.translation_key: pk for pk, page in self.edition_pages.items()}
        found = {}
        for page in (
            EventPage.objects.filter(
                Q(translation_key__in=list(french_by_key))
                | Q(alias_of_id__in=list(french_by_key.values())),
                locale=self.arabic_locale,
            )
            .select_related("latest_revision")
            .order_by(F("alias_of_id").asc(nulls_first=True), "pk")
        ):
            french = french_by_key.get(page.translation_key, page.alias_of_id)
            found.setdefault(french, page)
        return found

    def arabic_draft(self, page):
        arabic = page.arabic_page
        if arabic is None or arabic.alias_of_id:
            return None
        return latest_draft(arabic)

    def import_instance(self, instance, row, **kwargs):
        errors = {}
        try:
            super().import_instance(instance, row, **kwargs)
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        if instance.all_day and instance.start and instance.end and "start" not in errors:
            # As EventPage.save does, so that a live event's draft holds the same times.
            instance.start = day_start(instance.start)
            instance.end = day_start(instance.end) + datetime.timedelta(days=1, seconds=-1)
        number = kwargs.get("row_number")
        code = _text(row.get("code"))
        if code and "code" not in errors:
            first = self.codes_seen.setdefault(code, number)
            if first != number:
                add_error(
                    errors,
                    "code",
                    _("The programme code “%(code)s” is already used on row %(row)s.")
                    % {"code": code, "row": first},
                )
        if not instance.title:
            add_error(errors, "title", _("The French title is missing."))
        arabic_texts = [getattr(instance, column) for _attribute, column in TRANSLATED]
        if not instance.title_ar and any(arabic_texts):
            add_error(
                errors,
                "title_ar",
                _("The Arabic title is missing (or leave every Arabic column empty)."),
            )
        if instance.title_ar and self.arabic_edition is None:
            add_error(errors, "title_ar", no_arabic_edition_message(self.edition))
        elif instance.title_ar and code and not self.arabic_code_is_free(instance):
            add_error(
                errors,
                "code",
                _("The programme code “%(code)s” belongs to another event in Arabic.")
                % {"code": code},
            )
        for attribute, column in TRANSLATED:
            limit = EventPage._meta.get_field(attribute).max_length
            for name in (attribute, column):
                try:
                    MaxLengthValidator(limit)(getattr(instance, name))
                except ValidationError as error:
                    if name not in errors:
                        errors[name] = error.error_list
        if errors:
            raise ValidationError(errors)

    def validate_instance(self, instance, import_validation_errors=None, validate_unique=True):
        """The cells' errors, then the page's own checks (EventPage.clean, constraints) for
        the columns that had none: one message per problem."""
        errors = dict(import_validation_errors or {})
        # A new page has no place in the tree yet, nor a slug: both come when it is added.
        skip = {"path", "depth", "numchild", "url_path", "slug"} if instance.pk is None else set()
        try:
            instance.full_clean(exclude=set(errors) | skip, validate_unique=True)
        except ValidationError as error:
            for name, messages in error.update_error_dict({}).items():
                errors.setdefault(name, messages)
        if errors:
            raise ValidationError(errors)

    def skip_row(self, instance, original, row, import_validation_errors=None):
        """An event the file leaves as it is gets no new revision."""
        if import_validation_errors or instance.pk is None:
            return False
        return snapshot(instance) == instance.before_import

    def save_instance(self, instance, is_create, row, **kwargs):
        """Write the row, as the page editor would: a new draft page, or a new draft revision
        of a live one; then its Arabic version. The dry run (the preview) has checked every
        row in import_instance and validate_instance and writes nothing."""
        if kwargs.get("dry_run"):
            return
        try:
            if is_create:
                self.create_page(self.edition, instance)
            else:
                EditPageAction(instance, user=self.user, clean=False).execute()
            if instance.title_ar:
                self.save_arabic(instance)
        except PermissionDenied as error:
            raise ValidationError(
                {
                    "code": _(
                        "You may not edit the event “%(code)s” (it is locked, or you lack the "
                        "permission)."
                    )
                    % {"code": instance.code}
                }
            ) from error

    def create_page(self, parent, page):
        """Add `page` under `parent` as a draft (Wagtail's CreatePageAction needs a form)."""
        # A fresh parent: its number of children has changed with each event added.
        parent = EditionPage.objects.get(pk=parent.pk)
        if self.user and not parent.permissions_for_user(self.user).can_add_subpage():
            raise PermissionDenied
        if not page.slug:
            base = slugify(page.title)[:80].strip("-") or page.code.lower()
            page.slug = find_available_slug(parent, base)
        page.live = False
        parent.add_child(instance=page)  # validates the page and logs its creation
        page.save_revision(user=self.user, log_action=True, clean=False)

    def save_arabic(self, page):
        """The Arabic version of `page`: created (in place of an alias), or a new revision."""
        arabic = page.arabic_page
        if arabic is not None and arabic.alias_of_id:
            # wagtail-localize's placeholder: a real translation takes its place.
            arabic.delete()
            arabic = None
        try:
            if arabic is None:
                arabic = EventPage(
                    locale=self.arabic_locale,
                    translation_key=page.translation_key,
                    slug=find_available_slug(self.arabic_edition, page.slug),
                    # What the page editor's "Translate" copies and the file does not fill.
                    body=page.body,
                    speakers=page.speakers,
                )
                self.fill_arabic(arabic, page)
                self.create_page(self.arabic_edition, arabic)
                return
            arabic = arabic.get_latest_revision_as_object()
            before = snapshot(arabic, translated=False)
            self.fill_arabic(arabic, page)
            if snapshot(arabic, translated=False) != before:
                EditPageAction(arabic, user=self.user, clean=False).execute()
        except ValidationError as error:
            # Only the Arabic texts differ from the French page's, which passed.
            arabic_column = dict(TRANSLATED)
            raise ValidationError(
                {
                    arabic_column.get(name, name): messages
                    for name, messages in error.update_error_dict({}).items()
                }
            ) from error

    def fill_arabic(self, arabic, page):
        for name in SHARED:
            setattr(arabic, name, getattr(page, name))
        for attribute, column in TRANSLATED:
            setattr(arabic, attribute, getattr(page, column))

    # -- export -------------------------------------------------------------------------------

    def export_pages(self):
        """The edition's events as the editor last saved them (draft or live), with their
        Arabic texts; a fixed number of queries whatever their number."""
        pages = [
            latest_draft(page)
            for page in self.get_queryset()
            .select_related("latest_revision", "city", "sector")
            .order_by("start", "code", "pk")
        ]
        translations = {
            page.translation_key: page
            for page in EventPage.objects.filter(
                translation_key__in=[page.translation_key for page in pages],
                locale=self.arabic_locale,
                alias_of__isnull=True,
            ).select_related("latest_revision")
        }
        cities = {city.pk: city for city in City.objects.all()}
        sectors = {sector.pk: sector for sector in Sector.objects.all()}
        for page in pages:
            arabic = translations.get(page.translation_key)
            if arabic is not None:
                arabic = latest_draft(arabic)
            for attribute, column in TRANSLATED:
                setattr(page, column, getattr(arabic, attribute) if arabic else "")
            # A revision's object knows its city and sector by id only.
            page.city = cities.get(page.city_id)
            page.sector = sectors.get(page.sector_id)
        return pages

    def export(self, queryset=None, **kwargs):
        if queryset is None:
            queryset = self.export_pages()
        return super().export(queryset, **kwargs)


def latest_draft(page):
    """The page as last saved in the editor: its latest revision if it has unsaved changes
    (`latest_revision` selected with it, so no query), else the page itself."""
    if page.has_unpublished_changes and page.latest_revision_id:
        return page.latest_revision.as_object()
    return page


def snapshot(page, translated=True):
    """What an import may change on a page, to tell an unchanged row."""
    names = [*SHARED, "title", "summary", "venue_name"]
    if translated:
        names += [column for _attribute, column in TRANSLATED]
    return [getattr(page, name, None) for name in names]


def add_error(errors, name, message):
    errors.setdefault(name, []).append(ValidationError(message))


def arabic_edition_of(edition):
    """The edition's Arabic translation (not an alias), or None."""
    return (
        EditionPage.objects.filter(
            translation_key=edition.translation_key,
            locale__language_code=TRANSLATION_LANGUAGE,
            alias_of__isnull=True,
        )
        .exclude(pk=edition.pk)
        .first()
    )


def no_arabic_edition_message(edition):
    return _(
        "The edition “%(edition)s” has no Arabic translation yet: translate it first, or leave "
        "the Arabic columns empty."
    ) % {"edition": edition.title}


def run_import(dataset, *, edition, user, dry_run):
    """Import `dataset` into `edition` for `user`: all rows or none. Returns (result, errors)."""
    resource = EventResource(edition=edition, user=user)
    result = resource.import_data(
        dataset,
        dry_run=dry_run,
        use_transactions=True,
        rollback_on_validation_errors=True,
        raise_errors=False,
    )
    return result, row_errors(result, COLUMN_OF)


def spreadsheet_cell(value):
    """A spreadsheet's own cells as the text a CSV file holds: date and time cells as
    YYYY-MM-DD HH:MM, whole numbers without ".0", booleans as yes or no."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, datetime.datetime):
        return value.strftime(DATETIME_FORMAT)
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def pack_rows(dataset):
    """The checked rows as compact data (the session, then the import job): 1,000 events in
    two languages are ~500 KB of CSV, ~900 KB once JSON escapes the Arabic, a few tens of KB
    compressed."""
    return base64.b64encode(zlib.compress(dataset.export("csv").encode("utf-8"))).decode()


def unpack_rows(packed):
    return tablib.Dataset().load(zlib.decompress(base64.b64decode(packed)).decode(), format="csv")


def counts(result):
    totals = result.totals
    return {
        "new": totals.get("new", 0),
        "updated": totals.get("update", 0),
        "unchanged": totals.get("skip", 0),
    }
