import pytest

from django.contrib.auth.models import Group

from jawda.security.models import TokenScope
from jawda.security.tokens import create_token

from ..factories import UserFactory, with_totp


def in_group(name, **fields):
    user = with_totp(UserFactory(**fields))
    user.groups.add(Group.objects.get(name=name))
    return user


@pytest.fixture
def editor(db):
    """A UMAQ editor: edits every page, publishes only through moderation."""
    return in_group("Editors", first_name="Salma", last_name="Bennani")


@pytest.fixture
def moderator(db):
    return in_group("Moderators", first_name="Youssef", last_name="Alaoui")


@pytest.fixture
def member(db):
    """A signed-up member: no page permission."""
    return UserFactory()


def token(user, scope=TokenScope.WRITE):
    return create_token(user, "Front end", scope, 30)[1]


def bearer(user, scope=TokenScope.WRITE):
    return {"HTTP_AUTHORIZATION": f"Bearer {token(user, scope)}"}
