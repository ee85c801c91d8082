"""The registrants' emails, each in the registrant's own language, with the event's .ics.

Rendered at once (inside `translation.override`), sent by the email task.
"""

import io

import qrcode
import qrcode.image.svg

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from jawda.tasks import attachment, send_email

from . import ical


def ticket_png(registration):
    image = qrcode.make(registration.ticket_code, box_size=8, border=2)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def ticket_svg(registration):
    image = qrcode.make(
        registration.ticket_code, image_factory=qrcode.image.svg.SvgPathImage, box_size=12
    )
    return image.to_string(encoding="unicode")


def _links(registration):
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    return {
        "ticket_url": base + reverse("events_ticket", args=[registration.token]),
        "confirm_url": base + reverse("events_confirm", args=[registration.token]),
    }


def _send(registration, page, template, with_ticket):
    from .registration import page_for

    with translation.override(registration.language):
        page = page_for(registration) or page
        context = {"registration": registration, "page": page, **_links(registration)}
        subject = render_to_string(f"events/email/{template}_subject.txt", context).strip()
        body = render_to_string(f"events/email/{template}.txt", context)
        base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
        files = [
            attachment(
                "evenement.ics",
                ical.calendar([page], ical.calendar_name(page.title), base_url=base),
                "text/calendar",
            )
        ]
        if with_ticket:
            files.append(attachment("billet.png", ticket_png(registration), "image/png"))
    send_email.enqueue(
        subject=subject,
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[registration.email],
        attachments=files,
    )


def registered(registration, page):
    """Confirmation (seat or waiting list), or the guest's link to confirm her address."""
    if registration.status == "pending":
        _send(registration, page, "confirm_address", with_ticket=False)
    elif registration.status == "confirmed":
        _send(registration, page, "confirmed", with_ticket=True)
    else:
        _send(registration, page, "waiting", with_ticket=False)


def promoted(registrations, page):
    for registration in registrations:
        _send(registration, page, "promoted", with_ticket=True)


def event_changed(record, page):
    for registration in record.registrations.filter(status__in=["confirmed", "waiting"]):
        _send(registration, page, "changed", with_ticket=registration.status == "confirmed")
