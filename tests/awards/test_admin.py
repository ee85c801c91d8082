"""The secretariat keeps the référentiels in the admin; an ordinary editor cannot; a frozen
référentiel refuses every change with the reason."""

from django.contrib.auth.models import Group

from wagtail.models import Page

from awards.groups import MODEL_PERMISSIONS, SECRETARIAT, ensure_secretariat_group
from awards.models import Criterion, Referentiel, SubCriterion
from jawda.security.models import AuditEvent

LIST_URL = "/admin/awards/referentiels/"


def edit_url(referentiel):
    return f"/admin/awards/referentiels/edit/{referentiel.pk}/"


def criterion_url(criterion):
    return f"/admin/awards/criteria/edit/{criterion.pk}/"


def referentiel_post(referentiel, criteria):
    """The référentiel form's data with `criteria` [(code, points)] inline."""
    data = {
        "edition": referentiel.edition_id,
        "version": referentiel.version,
        "total_points": referentiel.total_points,
        "notes_fr": referentiel.notes_fr,
        "notes_ar": referentiel.notes_ar,
        "guidance_fr": referentiel.guidance_fr,
        "guidance_ar": referentiel.guidance_ar,
        "criteria-TOTAL_FORMS": len(criteria),
        "criteria-INITIAL_FORMS": len(criteria),
        "criteria-MIN_NUM_FORMS": 0,
        "criteria-MAX_NUM_FORMS": 1000,
    }
    existing = list(referentiel.criteria.all())
    for number, (code, points) in enumerate(criteria):
        prefix = f"criteria-{number}-"
        data.update(
            {
                prefix + "id": existing[number].pk,
                prefix + "ORDER": number + 1,
                prefix + "code": code,
                prefix + "points": points,
                prefix + "title_fr": f"Critère {code}",
                prefix + "title_ar": f"المعيار {code}",
                prefix + "description_fr": "",
                prefix + "description_ar": "",
            }
        )
    return data


def criterion_post(criterion, children):
    """The criterion form's data with `children` [(code, points, guidance_fr)] inline."""
    data = {
        "referentiel": criterion.referentiel_id,
        "code": criterion.code,
        "points": criterion.points,
        "title_fr": criterion.title_fr,
        "title_ar": criterion.title_ar,
        "description_fr": "",
        "description_ar": "",
        "subcriteria-TOTAL_FORMS": len(children),
        "subcriteria-INITIAL_FORMS": criterion.subcriteria.count(),
        "subcriteria-MIN_NUM_FORMS": 1,
        "subcriteria-MAX_NUM_FORMS": 1000,
    }
    existing = list(criterion.subcriteria.all())
    for number, (code, points, guidance) in enumerate(children):
        prefix = f"subcriteria-{number}-"
        data.update(
            {
                prefix + "ORDER": number + 1,
                prefix + "code": code,
                prefix + "points": points,
                prefix + "title_fr": f"Sous-critère {code}",
                prefix + "title_ar": "",
                prefix + "questions_fr": "Comment ?",
                prefix + "questions_ar": "",
                prefix + "guidance_fr": guidance,
                prefix + "guidance_ar": "",
            }
        )
        if number < len(existing):
            data[prefix + "id"] = existing[number].pk
    return data


def test_the_group_has_exactly_the_referentiel_permissions(db):
    group = ensure_secretariat_group()
    codenames = set(group.permissions.values_list("codename", flat=True))
    assert codenames == {*MODEL_PERMISSIONS, "access_admin"}
    assert ensure_secretariat_group().pk == Group.objects.get(name=SECRETARIAT).pk


def test_secretariat_edits_prize_pages_but_no_other_page(prizes, secretariat):
    tree = prizes.tree
    for page in (prizes.index_fr, prizes.pnq_fr, prizes.pnq_ar):
        permissions = Page.objects.get(pk=page.pk).permissions_for_user(secretariat)
        assert permissions.can_edit(), page
        assert not permissions.can_publish(), page  # moderation publishes
    for page in (tree.home_fr, tree.page_fr, tree.page_ar):
        assert not Page.objects.get(pk=page.pk).permissions_for_user(secretariat).can_edit()


def test_secretariat_sees_and_edits_referentiels_an_editor_cannot(
    client, prizes, secretariat, editor
):
    referentiel = prizes.referentiel(prizes.edition())

    client.force_login(editor)
    assert client.get(LIST_URL).status_code in (302, 403)
    response = client.post(edit_url(referentiel), referentiel_post(referentiel, [("1", 500)]))
    assert response.status_code in (302, 403)
    assert Criterion.objects.get(referentiel=referentiel, code="1").points == 600

    client.force_login(secretariat)
    response = client.get(LIST_URL)
    assert response.status_code == 200
    assert "PNQ" in response.content.decode()
    response = client.get(edit_url(referentiel))
    assert response.status_code == 200
    # Arabic texts are typed right-to-left whatever the admin's language.
    assert 'name="criteria-0-title_ar"' in response.content.decode()
    assert 'dir="rtl"' in response.content.decode()
    data = referentiel_post(referentiel, [("1", 550), ("2", 450)])
    response = client.post(edit_url(referentiel), data)
    assert response.status_code == 302
    assert Criterion.objects.get(referentiel=referentiel, code="1").points == 550


def test_criteria_must_add_up_to_the_total(client, prizes, secretariat):
    referentiel = prizes.referentiel(prizes.edition())
    client.force_login(secretariat)

    response = client.post(
        edit_url(referentiel), referentiel_post(referentiel, [("1", 600), ("2", 300)])
    )

    assert response.status_code == 200
    assert "900" in response.content.decode()
    assert Criterion.objects.get(referentiel=referentiel, code="2").points == 400


def test_sub_criteria_must_add_up_to_the_criterion(client, prizes, secretariat):
    referentiel = prizes.referentiel(prizes.edition())
    criterion = referentiel.criteria.get(code="1")
    client.force_login(secretariat)

    bad = criterion_post(criterion, [("1a", 400, ""), ("1b", 100, "")])
    response = client.post(criterion_url(criterion), bad)
    assert response.status_code == 200
    assert "500" in response.content.decode()

    bands = "0-50: Rien\n55-100: Tout"
    good = criterion_post(criterion, [("1a", 300, bands), ("1b", 200, ""), ("1c", 100, "")])
    response = client.post(criterion_url(criterion), good)
    assert response.status_code == 302
    assert list(SubCriterion.objects.filter(criterion=criterion).values_list("code", "points")) == [
        ("1a", 300),
        ("1b", 200),
        ("1c", 100),
    ]
    assert referentiel.problems() == []


def test_bad_bands_are_refused_in_the_form(client, prizes, secretariat):
    referentiel = prizes.referentiel(prizes.edition())
    criterion = referentiel.criteria.get(code="1")
    client.force_login(secretariat)

    data = criterion_post(criterion, [("1a", 400, "0-50: Rien\n60-100: Tout"), ("1b", 200, "")])
    response = client.post(criterion_url(criterion), data)

    assert response.status_code == 200
    assert "55" in response.content.decode()  # "should start at 55"
    assert SubCriterion.objects.get(code="1a").guidance_fr == ""


def test_a_frozen_referentiel_refuses_changes_and_deletion(client, prizes, secretariat):
    referentiel = prizes.referentiel(prizes.edition(opens_in=-1))
    criterion = referentiel.criteria.get(code="1")
    client.force_login(secretariat)

    response = client.post(
        edit_url(referentiel), referentiel_post(referentiel, [("1", 550), ("2", 450)])
    )
    assert response.status_code == 200
    assert "figé" in response.content.decode()
    data = criterion_post(criterion, [("1a", 300, ""), ("1b", 300, "")])
    response = client.post(criterion_url(criterion), data)
    assert response.status_code == 200
    assert "figé" in response.content.decode()
    response = client.post(f"/admin/awards/referentiels/delete/{referentiel.pk}/")
    assert response.status_code == 302
    assert Referentiel.objects.filter(pk=referentiel.pk).exists()
    assert Criterion.objects.get(pk=criterion.pk).points == 600
    assert SubCriterion.objects.get(code="1a").points == 400
    referentiel.refresh_from_db()
    assert referentiel.frozen_at == referentiel.edition.opens_at


def test_new_version_for_the_next_edition(client, prizes, secretariat):
    frozen = prizes.referentiel(prizes.edition(opens_in=-1))
    next_edition = prizes.edition(opens_in=300)
    client.force_login(secretariat)

    assert client.get(f"/admin/awards/referentiels/{frozen.pk}/copy/").status_code == 200
    response = client.post(
        f"/admin/awards/referentiels/{frozen.pk}/copy/", {"edition": next_edition.pk}
    )

    assert response.status_code == 302
    copy = Referentiel.objects.get(edition=next_edition)
    assert (copy.version, copy.based_on, copy.is_frozen) == (2, frozen, False)
    assert [(c.code, c.points, [s.points for s in c.children]) for c in copy.tree()] == [
        ("1", 600, [400, 200]),
        ("2", 400, [250, 150]),
    ]
    assert AuditEvent.objects.filter(action="awards_referentiel_copied").exists()
    # The copy is editable.
    response = client.post(edit_url(copy), referentiel_post(copy, [("1", 500), ("2", 500)]))
    assert response.status_code == 302


def test_an_editor_cannot_copy(client, prizes, editor):
    referentiel = prizes.referentiel(prizes.edition())
    client.force_login(editor)
    response = client.get(f"/admin/awards/referentiels/{referentiel.pk}/copy/")
    assert response.status_code in (302, 403)
