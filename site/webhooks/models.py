"""Webhooks ("content rules"): the endpoints UMAQ configures, and the log of every delivery."""

import secrets
import uuid

from django.db import models
from django.utils.translation import gettext_lazy as _

from .addresses import validate_webhook_url


class WebhookEvent(models.TextChoices):
    PAGE_PUBLISHED = "page.published", _("Page published")
    PAGE_UNPUBLISHED = "page.unpublished", _("Page unpublished")
    EVENT_CHANGED = "event.changed", _("Event changed")


def new_secret():
    return secrets.token_urlsafe(32)


class WebhookEndpoint(models.Model):
    """A receiver (a front end's cache, a partner site) and the events it subscribes to."""

    name = models.CharField(_("name"), max_length=100)
    url = models.URLField(
        _("URL"),
        max_length=500,
        validators=[validate_webhook_url],
        help_text=_("An http or https address; each delivery is a POST of JSON."),
    )
    secret = models.CharField(
        _("secret"),
        max_length=100,
        default=new_secret,
        help_text=_(
            "Shared with the receiver, which checks the X-Jawda-Signature header with it. "
            "Change it to revoke the old one."
        ),
    )
    on_page_published = models.BooleanField(_("page published"), default=True)
    on_page_unpublished = models.BooleanField(_("page unpublished"), default=True)
    on_event_changed = models.BooleanField(_("event changed"), default=True)
    active = models.BooleanField(_("active"), default=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("webhook endpoint")
        verbose_name_plural = _("webhook endpoints")
        ordering = ["name"]

    def __str__(self):
        return self.name

    SUBSCRIPTIONS = {
        WebhookEvent.PAGE_PUBLISHED: "on_page_published",
        WebhookEvent.PAGE_UNPUBLISHED: "on_page_unpublished",
        WebhookEvent.EVENT_CHANGED: "on_event_changed",
    }

    def subscribed_events(self):
        return [event for event, field in self.SUBSCRIPTIONS.items() if getattr(self, field)]


class DeliveryStatus(models.TextChoices):
    PENDING = "pending", _("Pending")
    SUCCEEDED = "succeeded", _("Delivered")
    FAILED = "failed", _("Failed")


class WebhookDelivery(models.Model):
    """One event for one endpoint: the exact body signed and sent at every attempt."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    endpoint = models.ForeignKey(
        WebhookEndpoint,
        verbose_name=_("endpoint"),
        on_delete=models.CASCADE,
        related_name="deliveries",
    )
    event = models.CharField(_("event"), max_length=30, choices=WebhookEvent.choices)
    body = models.TextField(_("body"))
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    status = models.CharField(
        _("status"), max_length=10, choices=DeliveryStatus.choices, default=DeliveryStatus.PENDING
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    # While pending: when the next attempt is due (or, during an attempt, when its lease ends).
    next_attempt_at = models.DateTimeField(_("next attempt"), null=True, blank=True, db_index=True)

    class Meta:
        verbose_name = _("webhook delivery")
        verbose_name_plural = _("webhook deliveries")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.get_event_display()} → {self.endpoint}"


class WebhookAttempt(models.Model):
    """One POST of a delivery, as the admin's delivery log shows it."""

    delivery = models.ForeignKey(
        WebhookDelivery,
        verbose_name=_("delivery"),
        on_delete=models.CASCADE,
        related_name="attempt_log",
    )
    number = models.PositiveSmallIntegerField(_("attempt"))
    started_at = models.DateTimeField(_("started at"))
    duration_ms = models.PositiveIntegerField(_("duration (ms)"))
    response_code = models.PositiveSmallIntegerField(_("response code"), null=True, blank=True)
    succeeded = models.BooleanField(_("succeeded"))
    error = models.TextField(_("error"), blank=True)
    next_attempt_at = models.DateTimeField(_("next attempt"), null=True, blank=True)

    class Meta:
        verbose_name = _("webhook attempt")
        verbose_name_plural = _("webhook delivery log")
        ordering = ["-started_at"]

    def __str__(self):
        return f"{self.delivery} #{self.number}"

    @property
    def endpoint(self):
        return self.delivery.endpoint

    @property
    def event(self):
        return self.delivery.get_event_display()
