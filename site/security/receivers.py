"""Audit receivers (logins, failed logins, two-factor and permission changes); file cleanup."""

from allauth.mfa import signals as mfa_signals

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.contrib.auth.signals import user_logged_in, user_login_failed
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_save
from django.dispatch import receiver

from .audit import describe, record
from .models import Action, PrivateFile
from .storage import private_storage

User = get_user_model()
STAFF_FLAGS = ("is_staff", "is_superuser")
LOGIN_FIELDS = ("email", "username", "login")


@receiver(user_logged_in, dispatch_uid="security_audit_login")
def audit_login(sender, request, user, **kwargs):
    record(Action.LOGIN, actor=user, target=user, request=request)


@receiver(user_login_failed, dispatch_uid="security_audit_login_failed")
def audit_login_failed(sender, credentials, request=None, **kwargs):
    # Only the login is read from the credentials: the password is never stored.
    attempted = next((credentials[name] for name in LOGIN_FIELDS if credentials.get(name)), "")
    attempted = str(attempted).strip().lower()[:254]
    target = User._default_manager.filter(email__iexact=attempted).first() if attempted else None
    record(Action.LOGIN_FAILED, target=target, after={"email": attempted}, request=request)


MFA_ACTIONS = {
    mfa_signals.authenticator_added: Action.MFA_ADDED,
    mfa_signals.authenticator_removed: Action.MFA_REMOVED,
    mfa_signals.authenticator_reset: Action.MFA_RESET,
}


def audit_mfa_change(sender, signal, request, user, authenticator, **kwargs):
    record(MFA_ACTIONS[signal], target=user, after={"type": authenticator.type}, request=request)


for mfa_signal in MFA_ACTIONS:
    mfa_signal.connect(audit_mfa_change, dispatch_uid="security_audit_mfa")


# Many-to-many relations that grant permissions, by their through model.
PERMISSION_RELATIONS = {
    field.remote_field.through: field
    for field in (
        User._meta.get_field("groups"),
        User._meta.get_field("user_permissions"),
        Group._meta.get_field("permissions"),
    )
}


def audit_permission_relation(sender, instance, action, reverse, **kwargs):
    """Record the relation as it was before an add, remove or clear and as it is after."""
    field = PERMISSION_RELATIONS[sender]
    name = field.remote_field.get_accessor_name() if reverse else field.name
    snapshots = instance.__dict__.setdefault("_audit_relations_before", {})
    if action.startswith("pre_"):
        snapshots[name] = _labels(getattr(instance, name).all())
        return
    before = snapshots.pop(name, None)
    after = _labels(getattr(instance, name).all())
    if before != after:
        record(
            Action.PERMISSIONS_CHANGED,
            target=instance,
            before={name: before},
            after={name: after},
        )


for through in PERMISSION_RELATIONS:
    m2m_changed.connect(
        audit_permission_relation, sender=through, dispatch_uid=f"security_audit_{through}"
    )


def _labels(queryset):
    if queryset.model is Permission:
        queryset = queryset.select_related("content_type")
        return sorted(f"{perm.content_type.app_label}.{perm.codename}" for perm in queryset)
    return sorted(describe(obj) for obj in queryset)


@receiver(pre_save, sender=User, dispatch_uid="security_audit_staff_flags_before")
def remember_staff_flags(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw or (update_fields is not None and not set(STAFF_FLAGS) & set(update_fields)):
        return
    before = None
    if not instance._state.adding:
        before = sender._default_manager.filter(pk=instance.pk).values(*STAFF_FLAGS).first()
    instance._audit_staff_flags_before = before


@receiver(post_save, sender=User, dispatch_uid="security_audit_staff_flags")
def audit_staff_flags(sender, instance, created, **kwargs):
    if "_audit_staff_flags_before" not in instance.__dict__:
        return
    before = instance.__dict__.pop("_audit_staff_flags_before")
    after = {flag: getattr(instance, flag) for flag in STAFF_FLAGS}
    # A new account is recorded only when it starts with staff or superuser rights.
    if before != after and (before is not None or any(after.values())):
        record(Action.PERMISSIONS_CHANGED, target=instance, before=before, after=after)


@receiver(post_delete, sender=PrivateFile, dispatch_uid="security_delete_private_file")
def delete_stored_file(sender, instance, **kwargs):
    # After the commit: a rolled-back deletion must still find its file.
    name = instance.file.name
    transaction.on_commit(lambda: private_storage.delete(name))
