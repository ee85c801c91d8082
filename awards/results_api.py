"""`GET /api/prize-editions/{id}/results`: an edition's published results (public).

Only after the secretariat published them (404 `not_published` before), and only what the
edition page shows: per category, the rank, the organisation and its distinction. Neither
scores nor applications that were not retained are ever in it.
"""

from ninja import Field, Path, Query, Router, Schema, Status
from ninja.decorators import decorate_view

from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import conditional_page

from jawda.api_common import MAX_ID, ApiError, ErrorOut, check_params

from .api import CodeLabelOut, edition_in, local_iso
from .models import JuryOutcome
from .results import published_results

router = Router(tags=["prizes"])


class LaureateResultOut(Schema):
    rank: int | None = Field(description="rank in its category")
    organisation: str
    distinction: CodeLabelOut


class CategoryResultsOut(Schema):
    category: CodeLabelOut
    laureates: list[LaureateResultOut]


class EditionResultsOut(Schema):
    edition_id: int
    lang: str
    title: str
    year: int
    published_at: str = Field(
        description="Morocco time, ISO 8601 with offset", json_schema_extra={"format": "date-time"}
    )
    categories: list[CategoryResultsOut]


@router.get(
    "/prize-editions/{edition_id}/results",
    response={200: EditionResultsOut, 400: ErrorOut, 404: ErrorOut},
    summary="An edition's published results: laureates by category (never scores)",
)
@decorate_view(conditional_page)
def edition_results(
    request,
    edition_id: int = Path(..., ge=1, le=MAX_ID, description="the edition page's id"),
    lang: str | None = Query(None, description="fr or ar: the version in that language"),
):
    values = check_params(request, {"lang"}, paginated=False)
    edition, language = edition_in(edition_id, values["lang"])
    if edition.results_published_at is None:
        raise ApiError(404, "not_published", _("The results of this edition are not published."))
    with translation.override(language):
        categories = [
            {
                "category": {"code": code, "label": str(label)},
                "laureates": [
                    {
                        "rank": decision.rank,
                        "organisation": decision.application.name,
                        "distinction": {
                            "code": decision.outcome,
                            "label": str(JuryOutcome(decision.outcome).label),
                        },
                    }
                    for decision in decisions
                ],
            }
            for code, label, decisions in published_results(edition)
        ]
        return Status(
            200,
            {
                "edition_id": edition.pk,
                "lang": edition.locale.language_code,
                "title": edition.title,
                "year": edition.year,
                "published_at": local_iso(edition.results_published_at),
                "categories": categories,
            },
        )
