"""What the secretariat does to a référentiel, whoever calls it (admin forms, import, copy).

- A référentiel is frozen once its edition's call opens (or from `frozen_at`, which records
  it): applicants answer its questions and judges will score against its points, so from
  then on nothing of it may change. `check_editable` is asked before every write; it stamps
  `frozen_at` the first time it finds the call open, so that moving the opening date later
  cannot unfreeze it.
- The next edition gets a copy (`copy_referentiel`): a new version, editable until that
  edition's call opens.
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from jawda.i18n import local_datetime

from .models import Referentiel, SubCriterion, in_language


def frozen_message(referentiel):
    return _(
        "This référentiel is frozen since %(when)s (Morocco time): the call for applications "
        "of its edition has opened. Make a new version for the next edition instead."
    ) % {"when": local_datetime(referentiel.frozen_since)}


def check_editable(referentiel):
    """Raise ValidationError (with a message for the secretariat) if `referentiel` is frozen."""
    if referentiel is None or referentiel.pk is None:
        return
    stored = Referentiel.objects.select_related("edition").get(pk=referentiel.pk)
    if not stored.is_frozen:
        return
    if stored.frozen_at is None:
        Referentiel.objects.filter(pk=stored.pk, frozen_at=None).update(
            frozen_at=stored.edition.opens_at
        )
        stored.frozen_at = stored.edition.opens_at
    raise ValidationError(frozen_message(stored), code="frozen")


def next_version(edition):
    """The version number a new référentiel of `edition`'s prize takes: one more than the
    highest of the prize's référentiels."""
    prize_path = edition.path[: -edition.steplen]
    versions = Referentiel.objects.filter(edition__path__startswith=prize_path).values_list(
        "version", flat=True
    )
    return max(versions, default=0) + 1


@transaction.atomic
def copy_referentiel(source, edition):
    """A new version of `source` for `edition` (French, without a référentiel yet): same
    criteria, sub-criteria, questions and bands, not frozen."""
    copy = Referentiel.objects.create(
        edition=edition,
        version=next_version(edition),
        based_on=source,
        total_points=source.total_points,
        notes_fr=source.notes_fr,
        notes_ar=source.notes_ar,
        guidance_fr=source.guidance_fr,
        guidance_ar=source.guidance_ar,
    )
    for criterion in source.tree():
        children = criterion.children
        criterion.pk = None
        criterion.id = None
        criterion.referentiel = copy
        criterion.save()
        SubCriterion.objects.bulk_create(
            SubCriterion(
                criterion=criterion,
                sort_order=sub.sort_order,
                code=sub.code,
                title_fr=sub.title_fr,
                title_ar=sub.title_ar,
                points=sub.points,
                questions_fr=sub.questions_fr,
                questions_ar=sub.questions_ar,
                guidance_fr=sub.guidance_fr,
                guidance_ar=sub.guidance_ar,
            )
            for sub in children
        )
    return copy


def bands_out(parsed):
    return [
        {"from_percent": band.low, "to_percent": band.high, "guidance": band.guidance}
        for band in parsed
    ]


def referentiel_data(referentiel, language):
    """The référentiel in `language` (French where no Arabic was written), as the edition's
    page and the API show it: plain data, read in three queries."""
    if referentiel is None:
        return None
    return {
        "version": referentiel.version,
        "total_points": referentiel.total_points,
        "frozen": referentiel.is_frozen,
        "notes": referentiel.notes(language),
        "bands": bands_out(referentiel.bands(language)),
        "criteria": [
            {
                "id": criterion.pk,
                "code": criterion.code,
                "title": in_language(criterion, "title", language),
                "description": in_language(criterion, "description", language),
                "points": criterion.points,
                "sub_criteria": [
                    {
                        "id": sub.pk,
                        "code": sub.code,
                        "title": in_language(sub, "title", language),
                        "points": sub.points,
                        "questions": sub.questions(language),
                        "bands": bands_out(sub.bands(referentiel, language)),
                    }
                    for sub in criterion.children
                ],
            }
            for criterion in referentiel.tree()
        ],
    }
