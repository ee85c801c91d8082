"""Editors build a programme in the Wagtail admin: the event form takes Morocco time."""

import re

import pytest

from django.contrib.auth.models import Group

from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from events.models import EventPage

from ..factories import UserFactory, with_totp
from .conftest import morocco

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(db):
    user = with_totp(UserFactory(is_staff=True))
    user.groups.add(Group.objects.get(name="Editors"))
    return user


def event_form(**overrides):
    data = {
        "title": "Table ronde RSE",
        "slug": "table-ronde-rse",
        "summary": "La RSE dans les PME",
        "event_type": "round_table",
        "status": "scheduled",
        "start": "2026-11-25 10:00",
        "end": "2026-11-25 12:00",
        "city": "",
        "venue_name": "Chambre de commerce",
        "venue_address": "",
        "latitude": "",
        "longitude": "",
        "online_link": "",
        "sector": "",
        "organiser": "UMAQ",
        "partners": "",
        "speakers": streamfield(
            [("speaker", {"name": "Amina Alaoui", "organisation": "IMANOR", "role": ""})]
        ),
        "capacity": "30",
        "body": streamfield([("paragraph", rich_text("<p>Programme</p>"))]),
        "code": "",
    }
    data.update(overrides)
    # A multiple choice is a repeated key, not a nested structure.
    return {**nested_form_data(data), "languages": ["fr", "ar"]}


def test_an_editor_adds_an_event_in_morocco_time(client, events, editor):
    from jawda.models import City

    client.force_login(editor)
    url = f"/admin/pages/add/events/eventpage/{events.edition_fr.pk}/"
    data = event_form(city=str(City.objects.get(code="rabat").pk))
    response = client.post(url, data)
    assert response.status_code == 302, response.context["form"].errors
    page = EventPage.objects.get(slug="table-ronde-rse")
    assert page.start == morocco(2026, 11, 25, 10, 0)
    assert page.languages == ["fr", "ar"]
    assert page.speakers[0].value["name"] == "Amina Alaoui"
    edit = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert 'value="2026-11-25 10:00"' in edit
    checked = re.findall(r'<input type="checkbox" name="languages" value="(\w+)"[^>]*checked', edit)
    assert checked == ["fr", "ar"]


def test_an_event_that_ends_before_it_starts_is_refused_with_nothing_written(
    client, events, editor
):
    client.force_login(editor)
    url = f"/admin/pages/add/events/eventpage/{events.edition_fr.pk}/"
    data = event_form(start="2026-11-25 12:00", end="2026-11-25 10:00", online_link="https://x.ma")
    response = client.post(url, data)
    assert response.status_code == 200
    assert "ne peut pas se terminer avant de commencer" in response.content.decode()
    assert not EventPage.objects.filter(slug="table-ronde-rse").exists()
