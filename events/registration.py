"""Registering for an event: seats, the waiting list, guests' confirmation, cancelling.

Every change of a seat takes the event's `EventRecord` row lock first (SELECT ... FOR UPDATE on
PostgreSQL; SQLite serialises writers), counts the confirmed seats and decides, so two people
can never take the last seat together; a unique constraint refuses a second live registration
of the same email address. Emails leave only once the transaction has committed.
"""

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .models import (
    ACTIVE_STATUSES,
    EventPage,
    EventRecord,
    EventStatus,
    Registration,
    RegistrationStatus,
)


class RegistrationError(Exception):
    """A registration that cannot be made; the message is for the person registering."""


def record_for(page):
    record, _created = EventRecord.objects.get_or_create(key=page.translation_key)
    return record


def confirmed_count(page):
    return Registration.objects.filter(
        event__key=page.translation_key, status=RegistrationStatus.CONFIRMED
    ).count()


def check_open(page):
    if not page.registration_enabled:
        raise RegistrationError(_("This event does not take registrations: entry is free."))
    if page.is_cancelled:
        raise RegistrationError(_("This event is cancelled: registrations are closed."))
    if page.is_past:
        raise RegistrationError(_("This event is over: registrations are closed."))


def _locked_record(page):
    record_for(page)
    return EventRecord.objects.select_for_update().get(key=page.translation_key)


def _seat_or_queue(record, registration, capacity):
    seats_taken = record.registrations.filter(status=RegistrationStatus.CONFIRMED).count()
    if seats_taken < capacity:
        registration.status = RegistrationStatus.CONFIRMED
    else:
        registration.status = RegistrationStatus.WAITING
    registration.queued_at = timezone.now()


def register(page, *, name, email, language, user=None, organisation=""):
    """A member is seated (or queued) at once; a guest waits for her email confirmation."""
    from . import notifications

    check_open(page)
    with transaction.atomic():
        record = _locked_record(page)
        registration = Registration(
            event=record,
            user=user,
            name=name,
            email=email,
            organisation=organisation,
            language=language,
        )
        if user is None:
            registration.status = RegistrationStatus.PENDING
        else:
            _seat_or_queue(record, registration, page.capacity)
        if record.registrations.filter(
            email=registration.email.strip().lower(), status__in=ACTIVE_STATUSES
        ).exists():
            raise RegistrationError(_("This email address is already registered for this event."))
        try:
            with transaction.atomic():
                registration.save()
        except IntegrityError:
            raise RegistrationError(
                _("This email address is already registered for this event.")
            ) from None
        transaction.on_commit(lambda: notifications.registered(registration, page))
    return registration


def confirm_guest(registration, page):
    """The guest clicked the link of her email: she gets a seat or a place on the list."""
    from . import notifications

    if registration.status != RegistrationStatus.PENDING:
        return registration
    check_open(page)
    with transaction.atomic():
        record = _locked_record(page)
        registration = Registration.objects.select_for_update().get(pk=registration.pk)
        if registration.status != RegistrationStatus.PENDING:
            return registration
        _seat_or_queue(record, registration, page.capacity)
        registration.save(update_fields=["status", "queued_at"])
        transaction.on_commit(lambda: notifications.registered(registration, page))
    return registration


def cancel(registration, page):
    """Cancel a registration; a freed seat goes at once to the first person waiting."""
    with transaction.atomic():
        record = _locked_record(page)
        registration = Registration.objects.select_for_update().get(pk=registration.pk)
        if not registration.is_active:
            return registration
        freed_seat = registration.status == RegistrationStatus.CONFIRMED
        registration.status = RegistrationStatus.CANCELLED
        registration.cancelled_at = timezone.now()
        registration.save(update_fields=["status", "cancelled_at"])
        if freed_seat:
            promote_waiting(record, page)
    return registration


def promote_waiting(record, page):
    """Seat the people waiting, first come first served, while seats are free.

    Called with the record locked, after a cancellation or when the capacity is raised.
    """
    from . import notifications

    if page.capacity is None or page.status == EventStatus.CANCELLED:
        return []
    seats_taken = record.registrations.filter(status=RegistrationStatus.CONFIRMED).count()
    free = page.capacity - seats_taken
    if free <= 0:
        return []
    promoted = list(
        record.registrations.filter(status=RegistrationStatus.WAITING).order_by("queued_at", "pk")[
            :free
        ]
    )
    for registration in promoted:
        registration.status = RegistrationStatus.CONFIRMED
        registration.save(update_fields=["status"])
    if promoted:
        transaction.on_commit(lambda: notifications.promoted(promoted, page))
    return promoted


def promote_after_change(page):
    with transaction.atomic():
        record = _locked_record(page)
        return promote_waiting(record, page)


def check_in(code, user):
    """Mark attendance once. Returns (registration, first_time)."""
    code = (code or "").strip().upper().replace("-", "").replace(" ", "")
    with transaction.atomic():
        registration = (
            Registration.objects.select_for_update()
            .select_related("event")
            .filter(ticket_code=code)
            .first()
        )
        if registration is None:
            raise RegistrationError(_("No ticket has this code. Check the code and try again."))
        if registration.status != RegistrationStatus.CONFIRMED:
            raise RegistrationError(
                _("This ticket is not a confirmed seat (%(status)s).")
                % {"status": registration.get_status_display()}
            )
        if registration.checked_in_at is not None:
            return registration, False
        registration.checked_in_at = timezone.now()
        registration.checked_in_by = user
        registration.save(update_fields=["checked_in_at", "checked_in_by"])
    return registration, True


def page_for(registration, language=None):
    """The registration's event page in `language` (or hers), falling back to any version."""
    pages = (
        EventPage.objects.live()
        .filter(translation_key=registration.event.key)
        .select_related("locale", "city")
    )
    language = language or registration.language
    by_language = {page.locale.language_code: page for page in pages}
    return by_language.get(language) or next(iter(by_language.values()), None)
