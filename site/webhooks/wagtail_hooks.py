from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import register_permission_policy

from jawda.security.wagtail_hooks import ListAndInspectOnlyMixin, ReadOnlyPermissionPolicy

from .models import WebhookAttempt, WebhookEndpoint


class WebhookEndpointViewSet(ModelViewSet):
    """Settings → Webhooks: where UMAQ sends publish, unpublish and event-change events."""

    model = WebhookEndpoint
    name = "webhooks"
    url_prefix = "webhooks"
    icon = "link-external"
    menu_label = _("Webhooks")
    add_to_settings_menu = True
    copy_view_enabled = False
    list_display = [
        "name",
        "url",
        "on_page_published",
        "on_page_unpublished",
        "on_event_changed",
        "active",
    ]
    list_filter = ["active"]
    form_fields = [
        "name",
        "url",
        "secret",
        "on_page_published",
        "on_page_unpublished",
        "on_event_changed",
        "active",
    ]


class WebhookAttemptViewSet(ListAndInspectOnlyMixin, ModelViewSet):
    """Settings → Webhook deliveries: every attempt, newest first; nothing to edit."""

    model = WebhookAttempt
    name = "webhook_log"
    url_prefix = "webhook-log"
    icon = "history"
    menu_label = _("Webhook deliveries")
    add_to_settings_menu = True
    add_to_reference_index = False
    copy_view_enabled = False
    inspect_view_enabled = True
    list_display = [
        "started_at",
        "endpoint",
        "event",
        "number",
        "succeeded",
        "response_code",
        "duration_ms",
        "error",
        "next_attempt_at",
    ]
    list_filter = ["succeeded", "delivery__endpoint", "started_at"]
    search_fields = ["error", "delivery__endpoint__name"]
    search_backend_name = None
    inspect_view_fields = [*list_display, "delivery"]

    def get_queryset(self, request):
        return WebhookAttempt.objects.select_related("delivery__endpoint")


register_permission_policy(WebhookAttempt, ReadOnlyPermissionPolicy(WebhookAttempt))


@hooks.register("register_admin_viewset")
def register_webhook_endpoints():
    return WebhookEndpointViewSet()


@hooks.register("register_admin_viewset")
def register_webhook_log():
    return WebhookAttemptViewSet()
