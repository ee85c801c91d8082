"""Messages between the prize secretariat and an applicant: one thread per application.

- The secretariat writes from the application's page in the admin, the applicant from her
  application's page on the site (`/<lang>/prizes/applications/<id>/messages/`); each reads
  the whole thread there.
- Messages are append-only (`ApplicationMessage`) and every one is written to the audit log
  (who, which application, which side; the text itself stays in the thread).
- A message of the secretariat is emailed to the applicant in her language, with the link to
  the thread; the applicant's replies show as unread in the secretariat's list.
- Unread: what the other side sent after this side last opened the thread (`MessageReading`).
"""

from django import forms
from django.conf import settings
from django.db import transaction
from django.db.models import Count, Exists, IntegerField, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from jawda.security.audit import record
from jawda.tasks import send_email

from .models import MESSAGE_MAX_LENGTH, ApplicationMessage, MessageReading, MessageSide

APPLICATION_MESSAGE_SENT = "application_message_sent"


class MessageForm(forms.Form):
    body = forms.CharField(
        label=_("Your message"),
        max_length=MESSAGE_MAX_LENGTH,
        # Written in French or Arabic whatever the page's language.
        widget=forms.Textarea(attrs={"rows": 6, "dir": "auto"}),
        error_messages={
            "required": _("Write your message before sending it."),
            "max_length": _(
                "The message is too long: at most %(limit_value)d characters "
                "(it has %(show_value)d). What you typed is kept."
            ),
        },
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Here rather than on the field: in the language of the request, not of the import.
        self.fields["body"].help_text = _("At most %(limit)s characters.") % {
            "limit": MESSAGE_MAX_LENGTH
        }

    def clean_body(self):
        body = self.cleaned_data["body"]
        if not body.strip():
            raise forms.ValidationError(self.fields["body"].error_messages["required"])
        return body


def mark_read(application, side):
    """This side has read the thread up to now."""
    MessageReading.objects.update_or_create(
        application=application, side=side, defaults={"read_until": timezone.now()}
    )


def with_unread(queryset, reader):
    """`queryset` of applications annotated with `unread_messages`: what the other side sent
    since `reader` last opened the thread. One subquery, whatever the number of rows."""
    reading = MessageReading.objects.filter(application=OuterRef(OuterRef("pk")), side=reader)
    unread = (
        ApplicationMessage.objects.filter(application=OuterRef("pk"))
        .exclude(side=reader)
        .filter(Q(sent_at__gt=Subquery(reading.values("read_until")[:1])) | ~Exists(reading))
        .order_by()
        .values("application")
        .annotate(count=Count("pk"))
        .values("count")
    )
    return queryset.annotate(
        unread_messages=Coalesce(Subquery(unread, output_field=IntegerField()), 0)
    )


def send(application, side, body, request):
    """Add `body` to the thread from `side`, by the request's user; audited. The secretariat's
    message is emailed to the applicant. Returns the message."""
    with transaction.atomic():
        message = ApplicationMessage.objects.create(
            application=application, side=side, author=request.user, body=body
        )
        # Whoever writes has read what came before.
        mark_read(application, side)
        record(
            APPLICATION_MESSAGE_SENT,
            target=application,
            after={"message": message.pk, "side": side, "length": len(body)},
            request=request,
        )
    if side == MessageSide.SECRETARIAT:
        _email_applicant(application, message)
    return message


def _email_applicant(application, message):
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    with translation.override(application.language):
        context = {
            "application": application,
            "message": message,
            "thread_url": base + reverse("awards_application_messages", args=[application.pk]),
        }
        subject = render_to_string("awards/email/message_subject.txt", context).strip()
        body = render_to_string("awards/email/message.txt", context)
    send_email.enqueue(
        subject=subject,
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[application.applicant.email],
    )
