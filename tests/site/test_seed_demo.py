from io import StringIO

import pytest
from allauth.account.models import EmailAddress

from django.contrib.auth.models import Group
from django.core.management import call_command
from django.core.management.base import CommandError

from wagtail.models import Page
from wagtail.users.models import UserProfile

from awards.demo import APPLICANTS, JUDGES
from awards.demo_content import APPLICATIONS_2025
from courses.demo_content import STAFF
from events.demo_content import MEMBERS
from jawda.models import Footer, NavigationMenu, User


def counts():
    return (
        Page.objects.count(),
        Page.objects.filter(locale__language_code="ar").count(),
        User.objects.count(),
        NavigationMenu.objects.count(),
        Footer.objects.count(),
    )


def test_seed_demo_builds_both_languages_and_is_idempotent(db, settings, capsys):
    settings.JAWDA_ALLOW_DEMO = True

    call_command("seed_demo")
    first = counts()
    call_command("seed_demo")

    assert counts() == first
    pages, arabic_pages, users, menus, footers = first
    assert arabic_pages == pages // 2  # every page but the tree root has its Arabic version
    # administrator, editor, moderator, translator, member, one editor per region, the
    # events demo's made-up registrants (who cannot sign in), the prize secretariat and the
    # prize applicants, the prize judges, the PNQ 2025 applicants (the laureate who signs in
    # for her feedback report, the others' contacts who cannot), and the courses demo's
    # learner, training manager and her staff
    assert (users, menus, footers) == (
        5
        + 12
        + len(MEMBERS)
        + 1
        + len(APPLICANTS)
        + len(JUDGES)
        + len(APPLICATIONS_2025)
        + 2
        + len(STAFF),
        2,
        2,
    )
    assert "demo-editeur-2026" in capsys.readouterr().out


def test_demo_users_can_sign_in_and_the_editor_works_in_arabic(client, db, settings):
    settings.JAWDA_ALLOW_DEMO = True
    call_command("seed_demo")

    # The accounts above but the made-up registrants and the PNQ 2025 contacts, who cannot
    # sign in; the PNQ 2025 laureate can.
    assert EmailAddress.objects.filter(verified=True).count() == (
        17 + 1 + len(APPLICANTS) + len(JUDGES) + 1 + 2 + len(STAFF)
    )
    editor = User.objects.get(email="editeur@jawda.ma")
    assert UserProfile.get_for_user(editor).preferred_language == "ar"
    assert client.login(email="membre@jawda.ma", password="demo-membre-2026")
    assert client.get("/ar/").status_code == 200
    assert client.get("/ar/prix-national-qualite/").status_code == 200
    assert client.get("/ar/prix/prix-national-qualite-pnq/pnq-2026/").status_code == 200


def test_every_group_has_its_demo_editor(db, settings):
    settings.JAWDA_ALLOW_DEMO = True
    call_command("seed_demo", stdout=StringIO())

    regional = Group.objects.filter(name__startswith="Comité régional")
    assert regional.count() == 12
    others = Group.objects.filter(name__in=["Moderators", "Translators", "Prize secretariat"])
    assert others.count() == 3
    for group in [*regional, *others]:
        assert group.user_set.exists(), group.name
    editor = User.objects.get(email="comite-casablanca-settat@jawda.ma")
    assert UserProfile.get_for_user(editor).preferred_language == "ar"


def test_seed_demo_refuses_to_run_in_production(db, settings):
    settings.DEBUG = False
    with pytest.raises(CommandError):
        call_command("seed_demo")
