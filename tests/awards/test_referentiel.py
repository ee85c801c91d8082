"""The référentiel's own rules: scoring bands, sums, freezing, new versions."""

import pytest

from django.core.exceptions import ValidationError
from django.utils import translation

from awards import bands
from awards.models import Referentiel, SubCriterion, sum_problems
from awards.referentiels import check_editable, copy_referentiel

from .conftest import BANDS_AR, BANDS_FR


@pytest.fixture(autouse=True)
def _in_french():
    """The messages are read in French, whatever the test before left active."""
    with translation.override("fr"):
        yield


def test_bands_go_from_0_to_100_in_steps_of_5():
    parsed = bands.parse(BANDS_FR)
    assert bands.ranges(parsed) == [(0, 25), (30, 50), (55, 75), (80, 100)]
    assert parsed[0].guidance == "Aucune preuve"
    assert bands.parse("0 % – 100 %: Tout") == [bands.Band(0, 100, "Tout")]
    assert bands.parse("") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("0-25: a\n35-100: b", "devrait commencer à 30"),  # a gap
        ("0-25: a\n25-100: b", "devrait commencer à 30"),  # an overlap
        ("5-100: a", "devrait commencer à 0"),
        ("0-50: a\n55-95: b", "se terminer à 100"),
        ("0-27: a\n30-100: b", "par pas de 5"),
        ("0-50: a\n55-110: b", "par pas de 5"),
        ("0-50 a", "Ligne 1"),
        ("60-40: a", "par pas de 5"),
    ],
)
def test_bad_bands_are_explained(text, expected):
    with pytest.raises(ValidationError) as error:
        bands.parse(text)
    assert expected in " ".join(error.value.messages)


def test_arabic_bands_must_cut_the_french_ranges(prizes):
    sub = SubCriterion(guidance_fr=BANDS_FR, guidance_ar="0-50: أ\n55-100: ب")
    with pytest.raises(ValidationError) as error:
        sub.clean()
    assert "guidance_ar" in error.value.message_dict
    SubCriterion(guidance_fr=BANDS_FR, guidance_ar=BANDS_AR).clean()
    SubCriterion(guidance_fr=BANDS_FR, guidance_ar="").clean()


def test_sums_are_checked_at_both_levels():
    assert sum_problems(1000, [("1", 600, [400, 200]), ("2", 400, [400])]) == []
    problems = [
        str(p)
        for p in sum_problems(1000, [("1", 600, [400, 100]), ("2", 300, []), ("3", 50, [50])])
    ]
    assert any("critère 1" in p and "500" in p for p in problems)
    assert any("Le critère 2 n'a aucun sous-critère" in p for p in problems)
    assert any("950" in p for p in problems)
    assert sum_problems(1000, []) != []


def test_a_referentiel_knows_what_keeps_it_from_adding_up(prizes):
    referentiel = prizes.referentiel(prizes.edition())
    assert referentiel.problems() == []
    SubCriterion.objects.filter(code="1b").update(points=150)
    assert len(referentiel.problems()) == 1  # criterion 1; the criteria still make 1000


def test_it_freezes_when_the_call_opens_and_stays_frozen(prizes):
    open_edition = prizes.edition(opens_in=-1)
    frozen = prizes.referentiel(open_edition)
    draft = prizes.referentiel(prizes.edition(opens_in=5))

    check_editable(draft)  # not frozen: nothing raised
    assert draft.is_frozen is False and draft.frozen_since is None
    with pytest.raises(ValidationError) as error:
        check_editable(frozen)
    assert error.value.code == "frozen"
    assert "figé" in error.value.messages[0]  # in the reader's language (French here)
    frozen.refresh_from_db()
    assert frozen.frozen_at == open_edition.opens_at
    # Moving the opening to a later date (bypassing the page's own check) does not unfreeze.
    type(open_edition).objects.filter(pk=open_edition.pk).update(opens_at=draft.edition.opens_at)
    assert Referentiel.objects.get(pk=frozen.pk).is_frozen


def test_a_copy_is_a_new_editable_version(prizes):
    source = prizes.referentiel(prizes.edition(opens_in=-1))
    copy = copy_referentiel(source, prizes.edition(opens_in=100))
    assert copy.version == 2 and copy.based_on == source and not copy.is_frozen
    assert copy.guidance_ar == source.guidance_ar
    assert {s.code for c in copy.tree() for s in c.children} == {"1a", "1b", "2a", "2b"}
    assert SubCriterion.objects.filter(criterion__referentiel=source).count() == 4
