"""“Not a laureate of the same prize in the last N years”, checked against the prize's past
laureates at submission: by ICE when both have one, else by name."""

from django.urls import reverse

from awards.applications import organisation_key
from awards.models import ApplicationStatus, PrizePage

from .conftest import complete, start


def laureates(page, *entries):
    """Replace the past laureates of the prize `page` by (year, name, ice) entries."""
    page = PrizePage.objects.get(pk=page.pk)
    page.laureates = [
        (
            "laureate",
            {
                "year": year,
                "name": name,
                "ice": ice,
                "category": "",
                "distinction": "trophy",
                "city": "",
            },
        )
        for year, name, ice in entries
    ]
    page.save()


def submit(client, application, language="fr"):
    return client.post(
        f"/{language}" + reverse("awards_application_submit", args=[application.pk])[3:],
        follow=True,
    )


def test_a_recent_laureate_named_alike_is_refused_in_her_language(
    client, prizes, edition, applicant, fake_pdf
):
    laureates(prizes.pnq_fr, (edition.year - 2, "Atlas Composants", ""))
    application = complete(start(client, applicant, edition))
    application.organisation_name = "ATLAS COMPOSANTS S.A."
    application.save()
    response = submit(client, application, "ar")
    assert "مدرجة ضمن الفائزين بهذه الجائزة" in response.text
    application.refresh_from_db()
    assert application.status == ApplicationStatus.DRAFT and application.reference is None
    # Her declaration is kept as she ticked it.
    assert application.not_recent_laureate is True
    response = client.get(reverse("awards_application_step", args=[application.pk, "review"]))
    assert "Atlas Composants" in response.text and str(edition.year - 2) in response.text


def test_the_arabic_page_of_the_prize_counts_too(client, prizes, edition, applicant, fake_pdf):
    laureates(prizes.pnq_ar, (edition.year - 1, "أطلس كومبوزان", ""))
    application = complete(start(client, applicant, edition))
    application.organisation_name = "أطلس كومبوزان"
    application.save()
    submit(client, application)
    application.refresh_from_db()
    assert application.status == ApplicationStatus.DRAFT


def test_the_ice_identifies_the_laureate_whatever_its_name(
    client, prizes, edition, applicant, fake_pdf
):
    laureates(prizes.pnq_fr, (edition.year - 1, "Atlas Holding", "001234567000089"))
    application = complete(start(client, applicant, edition))
    response = submit(client, application)
    assert "figure parmi les lauréats de ce prix" in response.text
    application.refresh_from_db()
    assert application.status == ApplicationStatus.DRAFT


def test_another_ice_with_the_same_name_is_another_organisation(
    client, prizes, edition, applicant, fake_pdf
):
    laureates(prizes.pnq_fr, (edition.year - 1, "Atlas Composants", "009999999000011"))
    application = complete(start(client, applicant, edition))
    submit(client, application)
    application.refresh_from_db()
    assert application.status == ApplicationStatus.SUBMITTED


def test_an_older_laureate_or_another_prize_may_apply(client, prizes, edition, applicant, fake_pdf):
    other = prizes.add(
        prizes.index_fr, PrizePage(title="Prix du leader en qualité", slug="leader", code="leader")
    )
    laureates(other, (edition.year - 1, "Atlas Composants", ""))
    laureates(prizes.pnq_fr, (edition.year - 4, "Atlas Composants", "001234567000089"))
    application = complete(start(client, applicant, edition))
    submit(client, application)
    application.refresh_from_db()
    assert application.status == ApplicationStatus.SUBMITTED


def test_names_are_compared_without_accents_case_punctuation_or_legal_form():
    assert organisation_key("Laiterie du Saïss SARL") == organisation_key("LAITERIE DU SAISS")
    assert organisation_key("Sté Sud-Emballages") == organisation_key("sud emballages")
    assert organisation_key("Atlas Composants") != organisation_key("Atlas Composants Automobiles")
