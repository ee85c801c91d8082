import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.signals import authenticator_added, authenticator_removed, authenticator_reset

from django.contrib.auth.models import Group, Permission
from django.db import DatabaseError, connection, transaction

from wagtail.log_actions import LogContext

from jawda.security.audit import record
from jawda.security.models import Action, AppendOnlyError, AuditEvent

from ..conftest import PASSWORD
from ..factories import UserFactory, with_totp
from .conftest import grant


@pytest.fixture(autouse=True)
def _events_of_this_test_only(db):
    """`migrate` records events of its own (the groups it creates get their permissions):
    the tests look at the events that come after."""
    global _baseline
    _baseline = AuditEvent.objects.order_by("-pk").values_list("pk", flat=True).first() or 0


_baseline = 0


def new_events():
    return AuditEvent.objects.filter(pk__gt=_baseline)


def events(action):
    return list(new_events().filter(action=action))


def test_a_login_is_recorded_with_the_request_it_came_from(client, user):
    response = client.post(
        "/fr/accounts/login/", {"login": user.email, "password": PASSWORD}, REMOTE_ADDR="10.1.2.3"
    )

    assert response.status_code == 302
    [event] = events(Action.LOGIN)
    assert event.actor == user
    assert event.actor_repr == user.email
    assert event.target_repr == user.email
    assert event.ip == "10.1.2.3"
    assert event.request_id == response["X-Request-ID"]


def test_a_failed_login_records_the_email_lowercased_and_never_the_password(client, user):
    client.post("/fr/accounts/login/", {"login": user.email.upper(), "password": "Wrong-Pass1"})

    [event] = events(Action.LOGIN_FAILED)
    assert event.actor is None
    assert event.actor_repr == ""
    assert event.after == {"email": user.email}
    assert event.target_id == str(user.pk)
    assert "Wrong-Pass1" not in str(new_events().values().get())


def test_a_failed_login_for_an_unknown_address_has_no_target(client, db):
    client.post("/fr/accounts/login/", {"login": "Personne@PME.ma", "password": "x"})

    [event] = events(Action.LOGIN_FAILED)
    assert event.after == {"email": "personne@pme.ma"}
    assert event.target_content_type is None


@pytest.mark.parametrize(
    ("signal", "action"),
    [
        (authenticator_added, Action.MFA_ADDED),
        (authenticator_removed, Action.MFA_REMOVED),
        (authenticator_reset, Action.MFA_RESET),
    ],
)
def test_two_factor_changes_are_recorded(rf, user, signal, action):
    request = rf.post("/fr/accounts/2fa/")
    request.user = user
    authenticator = Authenticator(user=user, type=Authenticator.Type.TOTP)

    signal.send(sender=Authenticator, request=request, user=user, authenticator=authenticator)

    [event] = events(action)
    assert event.actor == user
    assert event.target_id == str(user.pk)
    assert event.after == {"type": "totp"}


def test_group_membership_changes_are_recorded_before_and_after(user):
    editors = Group.objects.create(name="Jury")

    user.groups.add(editors)
    user.groups.remove(editors)

    added, removed = new_events().filter(action=Action.PERMISSIONS_CHANGED).order_by("pk")
    assert (added.before, added.after) == ({"groups": []}, {"groups": ["Jury"]})
    assert (removed.before, removed.after) == ({"groups": ["Jury"]}, {"groups": []})
    assert added.target_repr == user.email


def test_changes_made_from_the_group_side_are_recorded_too(user, other_user):
    jury = Group.objects.create(name="Jury")
    permission = Permission.objects.get(codename="view_auditevent")

    jury.user_set.add(user, other_user)
    jury.permissions.add(permission)
    jury.permissions.clear()

    membership, granted, cleared = (
        new_events().order_by("pk").filter(action=Action.PERMISSIONS_CHANGED)
    )
    assert membership.target_repr == "Jury"
    assert membership.after == {"user_set": sorted([user.email, other_user.email])}
    assert granted.after == {"permissions": ["security.view_auditevent"]}
    assert cleared.before == {"permissions": ["security.view_auditevent"]}
    assert cleared.after == {"permissions": []}


def test_an_admin_change_is_attributed_to_the_admin(user, other_user):
    with LogContext(user=other_user):
        grant(user, "security.view_auditevent")

    [event] = events(Action.PERMISSIONS_CHANGED)
    assert event.actor == other_user
    assert event.after == {"user_permissions": ["security.view_auditevent"]}


def test_staff_and_superuser_flags_are_recorded(user, django_assert_num_queries):
    user.is_staff = True
    user.save()
    # Saving other fields only (as a login does) costs no extra query and records nothing.
    with django_assert_num_queries(1):
        user.save(update_fields=["last_login"])
    UserFactory()
    UserFactory(is_superuser=True, is_staff=True)

    promoted, created = new_events().filter(action=Action.PERMISSIONS_CHANGED).order_by("pk")
    assert promoted.before == {"is_staff": False, "is_superuser": False}
    assert promoted.after == {"is_staff": True, "is_superuser": False}
    assert created.before is None
    assert created.after == {"is_staff": True, "is_superuser": True}


def test_an_event_cannot_be_changed_or_deleted(user):
    event = record("custom_action", actor=user, after={"note": "x"})

    event.action = "other"
    with pytest.raises(AppendOnlyError):
        event.save()
    with pytest.raises(AppendOnlyError):
        event.delete()
    with pytest.raises(AppendOnlyError):
        AuditEvent.objects.update(action="other")
    with pytest.raises(AppendOnlyError):
        AuditEvent.objects.filter(pk=event.pk).delete()
    with pytest.raises(AppendOnlyError):
        AuditEvent.objects.bulk_update([event], ["action"])
    copy = AuditEvent(pk=event.pk, action="forged")
    with pytest.raises(Exception), transaction.atomic():  # noqa: B017 (IntegrityError per database)
        copy.save()
    assert AuditEvent.objects.get(pk=event.pk).action == "custom_action"


def test_the_actors_name_outlives_her_account(user):
    event = record("custom_action", actor=user)

    user.delete()

    event = AuditEvent.objects.get(pk=event.pk)
    assert event.actor is None
    assert event.actor_repr == user.email


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the trigger is PostgreSQL's")
def test_the_database_refuses_changes_from_raw_sql(user):
    event = record("custom_action", actor=user)

    for statement in (
        "UPDATE security_auditevent SET action = 'forged' WHERE id = %s",
        "DELETE FROM security_auditevent WHERE id = %s",
    ):
        with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(statement, [event.pk])
    assert AuditEvent.objects.get(pk=event.pk).action == "custom_action"


# The audit log in the Wagtail admin


@pytest.fixture
def event(db):
    return record("login_failed", after={"email": "intrus@example.com"})


def test_an_anonymous_visitor_is_sent_to_the_login_page(client, event):
    response = client.get("/admin/audit-log/")

    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_a_member_without_admin_access_is_refused(client, user, event):
    client.force_login(user)

    assert client.get("/admin/audit-log/").status_code == 403


def test_staff_without_the_view_permission_is_turned_away(client, staff, event):
    client.force_login(staff)

    response = client.get("/admin/audit-log/")

    assert response.status_code == 302
    assert response["Location"] == "/admin/"


def test_staff_with_the_permission_read_the_log(client, staff, event):
    client.force_login(grant(staff, "security.view_auditevent"))

    listing = client.get("/admin/audit-log/")
    search = client.get("/admin/audit-log/?q=login_failed&action=login_failed")
    inspect = client.get(f"/admin/audit-log/inspect/{event.pk}/")

    assert listing.status_code == 200
    assert search.status_code == 200
    assert "intrus@example.com" not in listing.content.decode()
    assert str(event.get_action_display()) in listing.content.decode()
    assert inspect.status_code == 200
    assert "intrus@example.com" in inspect.content.decode()


def test_nobody_can_add_edit_or_delete_from_the_admin(client, event):
    superuser = with_totp(UserFactory(is_staff=True, is_superuser=True))
    client.force_login(superuser)

    listing = client.get("/admin/audit-log/").content.decode()

    assert "/admin/audit-log/new/" not in listing
    assert f"/admin/audit-log/edit/{event.pk}/" not in listing
    for path in ("new/", f"edit/{event.pk}/", f"delete/{event.pk}/", f"history/{event.pk}/"):
        assert client.get(f"/admin/audit-log/{path}").status_code == 404
