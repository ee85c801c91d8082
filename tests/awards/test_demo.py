from io import StringIO

from django.contrib.auth.models import Group
from django.core.management import call_command

from awards.groups import SECRETARIAT
from awards.models import Criterion, PrizeEditionPage, PrizePage, Referentiel, SubCriterion
from jawda.models import NavigationMenu


def counts():
    return (
        PrizePage.objects.count(),
        PrizeEditionPage.objects.count(),
        Referentiel.objects.count(),
        Criterion.objects.count(),
        SubCriterion.objects.count(),
    )


def test_prizes_demo_is_complete_and_idempotent(client, db, settings):
    settings.JAWDA_ALLOW_DEMO = True
    call_command("seed_demo", stdout=StringIO())
    first = counts()
    call_command("seed_demo", stdout=StringIO())

    assert counts() == first
    assert first == (12, 2, 1, 9, 21)  # six prizes and one edition, each in fr and ar
    referentiel = Referentiel.objects.get()
    assert referentiel.problems() == []
    assert referentiel.total_points == 1000
    assert referentiel.is_frozen  # the PNQ 2026 call is open
    assert "illustrativ" in referentiel.notes_fr
    edition = referentiel.edition
    assert edition.call_status == "open"
    # The prizes index took the place of the standard page about the PNQ in both menus.
    for menu in NavigationMenu.objects.all():
        pages = [block.value["page"] for block in menu.links]
        slugs = [page.slug for page in pages if page]
        assert "prix" in slugs
        assert "prix-national-qualite" not in slugs
    assert (
        Group.objects.get(name=SECRETARIAT).user_set.filter(email="secretariat@jawda.ma").exists()
    )
    for language in ("fr", "ar"):
        page = PrizeEditionPage.objects.get(locale__language_code=language)
        response = client.get(page.url)
        assert response.status_code == 200
        assert f'lang="{language}"' in response.content.decode()
