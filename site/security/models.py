"""Private uploads and the append-only audit log."""

import uuid
from pathlib import PurePosixPath

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .storage import private_storage


class ScanStatus(models.TextChoices):
    PENDING = "pending", _("Awaiting virus scan")
    CLEAN = "clean", _("Clean")
    INFECTED = "infected", _("Infected")


class PrivateFileQuerySet(models.QuerySet):
    def usable(self):
        """Files the virus scan has passed: the only ones that may be downloaded."""
        return self.filter(scan_status=ScanStatus.CLEAN)


class PrivateFile(models.Model):
    """A member's upload, stored under PRIVATE_MEDIA_ROOT with a generated name.

    Create through `jawda.security.uploads.store_private_file`, which checks the content.
    """

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("owner"),
        on_delete=models.CASCADE,
        related_name="private_files",
    )
    file = models.FileField(_("file"), storage=private_storage, max_length=255, editable=False)
    original_name = models.CharField(_("original file name"), max_length=255, blank=True)
    content_type = models.CharField(_("content type"), max_length=100)
    size = models.PositiveBigIntegerField(_("size in bytes"))
    sha256 = models.CharField(_("SHA-256"), max_length=64)
    scan_status = models.CharField(
        _("virus scan"), max_length=10, choices=ScanStatus.choices, default=ScanStatus.PENDING
    )
    uploaded_at = models.DateTimeField(_("uploaded at"), default=timezone.now)

    objects = PrivateFileQuerySet.as_manager()

    class Meta:
        verbose_name = _("private file")
        verbose_name_plural = _("private files")
        ordering = ["-uploaded_at"]
        permissions = [("view_any_privatefile", "Can download any member's private file")]

    def __str__(self):
        return self.original_name or str(self.pk)

    @property
    def is_usable(self):
        return self.scan_status == ScanStatus.CLEAN

    @property
    def download_name(self):
        """The original name with the extension of the detected type, never the claimed one."""
        extension = PurePosixPath(self.file.name).suffix
        stem = PurePosixPath(self.original_name).stem if self.original_name else ""
        return f"{stem or self.pk}{extension}"


class AppendOnlyError(Exception):
    """Raised on any attempt to change or delete an audit event."""


class AuditEventQuerySet(models.QuerySet):
    """Events are only ever added: bulk updates and deletions are refused."""

    def update(self, **kwargs):
        raise AppendOnlyError("Audit events cannot be changed.")

    def delete(self):
        raise AppendOnlyError("Audit events cannot be deleted.")

    def bulk_update(self, objs, fields, batch_size=None):
        # Refused here rather than in update(), which Django calls inside a transaction.
        raise AppendOnlyError("Audit events cannot be changed.")


class Action(models.TextChoices):
    """The events recorded so far; features add their own codes (the field is free text)."""

    LOGIN = "login", _("Login")
    LOGIN_FAILED = "login_failed", _("Failed login")
    MFA_ADDED = "mfa_added", _("Two-factor authentication added")
    MFA_REMOVED = "mfa_removed", _("Two-factor authentication removed")
    MFA_RESET = "mfa_reset", _("Recovery codes regenerated")
    PERMISSIONS_CHANGED = "permissions_changed", _("Permissions changed")
    FILE_INFECTED = "file_infected", _("Infected file uploaded")
    FILE_VIEWED_BY_STAFF = "file_viewed_by_staff", _("Private file downloaded by staff")
    ROADMAP_IMPORTED = "roadmap_imported", _("Roadmap actions imported")
    ROADMAP_EXPORTED = "roadmap_exported", _("Roadmap actions exported")
    TOKEN_CREATED = "token_created", _("API token created")
    TOKEN_REVOKED = "token_revoked", _("API token revoked")


class AuditEvent(models.Model):
    """One security-relevant event; never edited, never deleted.

    The actor's name is copied into `actor_repr` so that the event still says who acted after
    the account is deleted (the foreign key is then set to NULL, the only change allowed).
    """

    timestamp = models.DateTimeField(_("date"), default=timezone.now, db_index=True)
    action = models.CharField(_("action"), max_length=64, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("actor"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    actor_repr = models.CharField(_("actor"), max_length=255, blank=True)
    target_content_type = models.ForeignKey(
        ContentType,
        verbose_name=_("target type"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    target_id = models.CharField(_("target ID"), max_length=64, blank=True)
    target_repr = models.CharField(_("target"), max_length=255, blank=True)
    before = models.JSONField(_("before"), null=True, blank=True, encoder=DjangoJSONEncoder)
    after = models.JSONField(_("after"), null=True, blank=True, encoder=DjangoJSONEncoder)
    request_id = models.CharField(_("request ID"), max_length=64, blank=True)
    ip = models.GenericIPAddressField(_("IP address"), null=True, blank=True)

    objects = AuditEventQuerySet.as_manager()

    class Meta:
        verbose_name = _("audit event")
        verbose_name_plural = _("audit log")
        ordering = ["-timestamp", "-pk"]
        # Read and export only: there is nothing to add, change or delete by hand.
        default_permissions = ("view", "export")
        indexes = [models.Index(fields=["target_content_type", "target_id"])]

    def __str__(self):
        return f"{self.get_action_display()} ({timezone.localtime(self.timestamp):%Y-%m-%d %H:%M})"

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise AppendOnlyError("Audit events cannot be changed.")
        # Always an INSERT: an event built with the id of an existing one must not replace it.
        kwargs["force_insert"] = True
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AppendOnlyError("Audit events cannot be deleted.")

    def get_action_display(self):
        """The label of a known action, else its code (features may record new ones)."""
        try:
            return Action(self.action).label
        except ValueError:
            return self.action

    get_action_display.short_description = _("action")


class TokenScope(models.TextChoices):
    READ = "read", _("Read only")
    WRITE = "write", _("Read and write")


class ApiTokenGrant(models.Model):
    """What a member's personal API token may do, and until when (tokens.py).

    The token itself is Wagtail's `APIToken` (generated, stored as a keyed digest, shown once,
    revocable); Wagtail's has no scope and no expiry, which a member's token needs.
    """

    token = models.OneToOneField(
        "wagtailcore.APIToken",
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="grant",
        verbose_name=_("token"),
    )
    scope = models.CharField(_("scope"), max_length=5, choices=TokenScope.choices)
    expires_at = models.DateTimeField(_("expires at"))

    class Meta:
        verbose_name = _("API token grant")
        verbose_name_plural = _("API token grants")

    def __str__(self):
        return str(self.token)
