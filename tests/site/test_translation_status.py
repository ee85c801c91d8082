import pytest

from django.contrib.auth.models import Group

from jawda.models import StandardPage
from jawda.translation_status import TranslationState, translation_report

from ..conftest import publish
from ..factories import UserFactory, with_totp


def states(tree):
    _locales, rows = translation_report()
    return {source.slug: [state for _locale, state, _t in cells][0] for source, cells in rows}


def test_states_of_the_arabic_translations(tree):
    in_progress = tree.add(tree.home_fr, StandardPage(title="Guide PME", slug="guide", intro="x"))
    in_progress.copy_for_translation(tree.ar)  # a draft translation, never published
    outdated = StandardPage.objects.get(pk=tree.page_fr.pk)
    outdated.intro = "Nouvelle introduction"
    publish(outdated)

    result = states(tree)

    assert result["metrologie"] == TranslationState.MISSING  # only the alias stands in for it
    assert result["guide"] == TranslationState.IN_PROGRESS
    assert result["semaine"] == TranslationState.OUTDATED
    assert result["accueil"] == TranslationState.UP_TO_DATE


def test_report_by_section(tree):
    _locales, rows = translation_report(section=tree.news_fr)

    assert [source.slug for source, _cells in rows] == ["actualites"]


@pytest.fixture
def editor(db):
    user = with_totp(UserFactory())
    user.groups.add(Group.objects.get(name="Editors"))
    return user


def test_editors_see_the_report(client, tree, editor, django_assert_max_num_queries):
    client.force_login(editor)
    client.get("/admin/reports/translations/")
    with django_assert_max_num_queries(60) as few:
        client.get("/admin/reports/translations/")
    tree.add_news(15)
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get("/admin/reports/translations/", {"state": "missing"})

    assert response.status_code == 200
    content = response.content.decode()
    assert "Métrologie légale" in content
    assert 'data-state="missing"' in content


def test_members_and_visitors_do_not(client, tree, user):
    assert client.get("/admin/reports/translations/").status_code == 302
    client.force_login(user)
    assert client.get("/admin/reports/translations/").status_code == 403
