"""The team leader's consensus: who sees it, opening, justification, no lost update, audit."""

import pytest

from django.urls import reverse
from django.utils import translation

from awards import consensus as logic
from awards.models import (
    ApplicationStatus,
    Conflict,
    Consensus,
    ConsensusScore,
    ConsensusStatus,
)
from jawda.security.models import AuditEvent

from .results_helpers import make_application, make_judge, score, subcriteria


@pytest.fixture
def team(edition):
    """An application scored by three judges, Amina leading: 1a 40/60/80, 1b 50/55/60."""
    application = make_application(edition)
    leader, bilal, chama = make_judge("Amina"), make_judge("Bilal"), make_judge("Chama")
    score(application, leader, [40, 50], leader=True)
    score(application, bilal, [60, 55])
    score(application, chama, [80, 60])
    return application, leader, bilal


def url(application):
    return reverse("awards_consensus", args=[application.pk])


def form_data(application, version, percents, comments=("", ""), justifications=("", "")):
    data = {"version": version}
    for sub, percent, comment, why in zip(
        subcriteria(application), percents, comments, justifications, strict=True
    ):
        data[f"percent_{sub.pk}"] = "" if percent is None else str(percent)
        data[f"comment_{sub.pk}"] = comment
        data[f"justification_{sub.pk}"] = why
    return data


def open_it(client, application):
    return client.post(url(application), {"open": "1"})


def test_only_the_team_leader_reaches_the_consensus(client, team, user):
    application, leader, bilal = team
    assert client.get(url(application)).status_code == 302  # anonymous: sign in
    client.force_login(user)
    assert client.get(url(application)).status_code == 404
    client.force_login(bilal.user)
    assert client.get(url(application)).status_code == 404
    assert open_it(client, application).status_code == 404
    assert not Consensus.objects.exists()
    client.force_login(leader.user)
    assert client.get(url(application)).status_code == 200


def test_a_conflict_hides_the_consensus_from_its_leader(client, team):
    application, leader, _bilal = team
    Conflict.objects.create(
        judge=leader, applicant_key=application.applicant_key, kind="family", source="judge"
    )
    client.force_login(leader.user)
    assert client.get(url(application)).status_code == 404
    assert application.reference not in client.get(reverse("awards_consensus_list")).text


def test_it_opens_only_once_every_sheet_is_submitted(client, edition):
    application = make_application(edition)
    leader = make_judge()
    score(application, leader, [40, 50], leader=True)
    score(application, make_judge("Bilal"), [60, None], submitted=False)
    client.force_login(leader.user)
    response = client.post(url(application), {"open": "1"}, follow=True)
    assert "soumettre sa grille de notation" in response.text
    assert not Consensus.objects.exists()


def test_opening_starts_from_the_judges_mean_and_is_audited(client, team):
    application, leader, _bilal = team
    client.force_login(leader.user)
    open_it(client, application)
    consensus = Consensus.objects.get(application=application)
    sub_a, sub_b = subcriteria(application)
    percents = dict(consensus.scores.values_list("subcriterion_id", "percent"))
    assert percents == {sub_a.pk: 60, sub_b.pk: 55}
    application.refresh_from_db()
    assert application.status == ApplicationStatus.CONSENSUS
    assert AuditEvent.objects.filter(action=logic.CONSENSUS_OPENED).count() == 1


def test_a_departure_from_the_mean_needs_a_justification(client, team):
    application, leader, _bilal = team
    client.force_login(leader.user)
    open_it(client, application)
    # 1a: mean 60, 80 departs by 20 > 15; 1b: mean 55, 60 departs by 5.
    with translation.override("ar"):
        response = client.post(
            "/ar" + url(application)[3:],
            form_data(application, 1, [80, 60], comments=("تعليقي", "")),
        )
    assert response.status_code == 400
    assert "تعليقي" in response.text  # what she typed is kept
    assert "The consensus departs" not in response.text  # the error is in Arabic
    consensus = Consensus.objects.get(application=application)
    assert consensus.version == 1
    assert set(consensus.scores.values_list("percent", flat=True)) == {60, 55}
    response = client.post(
        url(application),
        form_data(application, 1, [80, 60], justifications=("Preuves solides en visite", "")),
    )
    assert response.status_code == 302
    consensus.refresh_from_db()
    assert consensus.version == 2
    assert (
        ConsensusScore.objects.get(
            consensus=consensus, subcriterion=subcriteria(application)[0]
        ).percent
        == 80
    )


def test_a_score_off_the_scale_is_refused(client, team):
    application, leader, _bilal = team
    client.force_login(leader.user)
    open_it(client, application)
    response = client.post(url(application), form_data(application, 1, [62, 55]))
    assert response.status_code == 400
    assert Consensus.objects.get(application=application).version == 1


def test_two_tabs_saving_at_once_lose_nothing(client, team):
    application, leader, _bilal = team
    client.force_login(leader.user)
    open_it(client, application)
    # Both tabs read version 1; the first saves.
    first = client.post(url(application), form_data(application, 1, [60, 55], ("Premier", "")))
    assert first.status_code == 302
    second = client.post(url(application), form_data(application, 1, [65, 55], ("Second", "")))
    assert second.status_code == 409
    assert "a enregistré ce consensus après que vous" in second.text
    assert "Second" in second.text  # her text is still in the form
    assert "Premier" in second.text  # next to what was saved meanwhile
    sub_a = subcriteria(application)[0]
    stored = ConsensusScore.objects.get(consensus__application=application, subcriterion=sub_a)
    assert (stored.percent, stored.comment) == (60, "Premier")
    # Her next save, made knowing it, goes through with the version the page now carries.
    assert 'name="version" value="2"' in second.text
    third = client.post(url(application), form_data(application, 2, [65, 55], ("Second", "")))
    assert third.status_code == 302
    stored.refresh_from_db()
    assert (stored.percent, stored.comment) == (65, "Second")
    saves = AuditEvent.objects.filter(action=logic.CONSENSUS_SAVED).order_by("pk")
    assert [e.after["version"] for e in saves] == [2, 3]
    assert saves.last().before["scores"]["1a"]["comment"] == "Premier"


def test_agreeing_needs_every_score_then_freezes_it(client, team):
    application, leader, _bilal = team
    client.force_login(leader.user)
    open_it(client, application)
    response = client.post(
        url(application), {**form_data(application, 1, [60, None]), "agree": "1"}
    )
    assert response.status_code == 400
    assert "Donnez la note de consensus avant de marquer" in response.text
    response = client.post(url(application), {**form_data(application, 1, [60, 55]), "agree": "1"})
    assert response.status_code == 302
    consensus = Consensus.objects.get(application=application)
    assert consensus.status == ConsensusStatus.AGREED
    response = client.post(
        url(application), form_data(application, consensus.version, [70, 55]), follow=True
    )
    assert "Ce consensus est atteint" in response.text
    assert consensus.scores.get(subcriterion=subcriteria(application)[0]).percent == 60
    assert AuditEvent.objects.filter(action=logic.CONSENSUS_AGREED).count() == 1


def test_her_list_puts_the_most_disputed_first(client, edition):
    leader = make_judge()
    calm = make_application(edition, name="Calme")
    score(calm, leader, [50, 50], leader=True)
    score(calm, make_judge("B"), [55, 50])
    disputed = make_application(edition, name="Disputée")
    score(disputed, leader, [20, 50], leader=True)
    score(disputed, make_judge("C"), [80, 90])
    not_hers = make_application(edition, name="Autre")
    score(not_hers, leader, [20, 50])
    client.force_login(leader.user)
    text = client.get(reverse("awards_consensus_list")).text
    assert text.index(disputed.reference) < text.index(calm.reference)
    assert not_hers.reference not in text


def test_her_list_query_count_does_not_grow(client, edition, django_assert_max_num_queries):
    leader = make_judge()

    def add(count):
        for _number in range(count):
            application = make_application(edition)
            score(application, leader, [50, 50], leader=True)
            for name in ("B", "C"):
                score(application, make_judge(name), [55, 60])

    add(2)
    client.force_login(leader.user)
    client.get(reverse("awards_consensus_list"))
    with django_assert_max_num_queries(40) as few:
        client.get(reverse("awards_consensus_list"))
    add(6)
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(reverse("awards_consensus_list"))
