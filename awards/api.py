"""`/api/prizes`, `/api/prizes/{id}`, `/api/prize-editions`, `/api/prize-editions/{id}`, and
the applicant's own `/api/prize-applications` (Django Ninja, in the OpenAPI document;
conventions of `jawda.api_common`).

- `?lang=ar` gives every public prize or edition once, in Arabic when it can: the Arabic
  version, else the alias wagtail-localize keeps in the Arabic tree (French text,
  `translated: false`), else the French page. The same the other way for `fr`.
- An edition's détail carries its public rules and its référentiel (criteria, sub-criteria,
  points, the questions applicants answer, scoring bands) in the requested language; the
  référentiel's Arabic texts fall back to French where none was written.
- Times are Morocco time (Africa/Casablanca) with their offset.
- Only `/api/prize-applications` is private (a personal token, else the session): the
  signed-in applicant's own applications, their status and history, never their content;
  `/api/prize-applications/{id}/messages` is her thread with the secretariat (404 for anyone
  else's application).
"""

import datetime
import uuid

from ninja import Field, Path, Query, Router, Schema, Status
from ninja.decorators import decorate_view

from django.db.models import Q
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache

from wagtail.models import Page

from jawda.api_common import (
    DEFAULT_PAGE_SIZE,
    MAX_ID,
    MAX_PAGE_SIZE,
    PAGINATION,
    PRIVATE_AUTH,
    ApiError,
    ErrorOut,
    check_params,
    language_or_default,
    paginate,
    public_read,
)

from .models import (
    INDIVIDUAL_CATEGORIES,
    Application,
    ApplicationStatus,
    MessageSide,
    PrizeCategory,
    PrizeEditionPage,
    PrizePage,
    Referentiel,
    children_of,
    latest_editions,
)
from .referentiels import referentiel_data

router = Router(tags=["prizes"])

DATE_TIME = {"format": "date-time"}

# ---------------------------------------------------------------------------------------------
# Schemas


class CodeLabelOut(Schema):
    code: str
    label: str


class LanguageVersionOut(Schema):
    lang: str
    url: str


class CallOut(Schema):
    opens_at: str = Field(
        description="Morocco time, ISO 8601 with offset", json_schema_extra=DATE_TIME
    )
    closes_at: str = Field(
        description="Morocco time, ISO 8601 with offset", json_schema_extra=DATE_TIME
    )
    status: CodeLabelOut = Field(description="upcoming, open or closed, as of the request")


class EditionRefOut(Schema):
    id: int
    year: int
    title: str
    url: str
    call: CallOut


class PrizeOut(Schema):
    id: int
    lang: str = Field(description="the language of this version: fr or ar")
    translated: bool = Field(
        description="false for a prize not yet translated: its text is the original's"
    )
    code: str
    title: str
    intro: str
    url: str
    latest_edition: EditionRefOut | None
    translations: list[LanguageVersionOut]


class LaureateOut(Schema):
    year: int
    name: str
    category: str
    distinction: CodeLabelOut
    city: str


class PrizeDetailOut(PrizeOut):
    rules_html: str
    laureates: list[LaureateOut]
    editions: list[EditionRefOut]


class PrizeListOut(Schema):
    count: int
    page: int
    page_size: int
    next: str | None
    previous: str | None
    items: list[PrizeOut]


class PrizeRefOut(Schema):
    id: int
    code: str
    title: str


class EditionOut(EditionRefOut):
    lang: str
    translated: bool
    theme: str
    prize: PrizeRefOut | None
    translations: list[LanguageVersionOut]


class EditionListOut(Schema):
    count: int
    page: int
    page_size: int
    next: str | None
    previous: str | None
    items: list[EditionOut]


class CategoryOut(CodeLabelOut):
    individual: bool = Field(description="true when people apply as individuals (students)")


class EligibilityOut(Schema):
    ice_required: bool = Field(description="organisations need a valid 15-digit ICE")
    min_years_activity: int | None
    laureate_cooldown_years: int | None = Field(
        description="no laureate of this prize in that many past years; null: no such rule"
    )
    notes: str


class DocumentOut(Schema):
    title: str
    description: str
    required: bool


class StageOut(Schema):
    title: str
    start: datetime.date
    end: datetime.date | None
    description: str


class BandOut(Schema):
    from_percent: int
    to_percent: int
    guidance: str


class SubCriterionOut(Schema):
    id: int
    code: str
    title: str
    points: int
    questions: list[str]
    bands: list[BandOut]


class CriterionOut(Schema):
    id: int
    code: str
    title: str
    description: str
    points: int
    sub_criteria: list[SubCriterionOut]


class ReferentielOut(Schema):
    version: int
    total_points: int
    frozen: bool
    notes: str
    bands: list[BandOut]
    criteria: list[CriterionOut]


class EditionDetailOut(EditionOut):
    intro: str
    categories: list[CategoryOut]
    eligibility: EligibilityOut
    documents: list[DocumentOut]
    stages: list[StageOut]
    rules_html: str
    referentiel: ReferentielOut | None


# ---------------------------------------------------------------------------------------------
# Query


def in_language_first(pages, language):
    """Every public page of `pages` once, in `language` when it has a version there (a
    translation, or the alias wagtail-localize keeps); otherwise in the other language."""
    there = pages.model.objects.live().filter(locale__language_code=language)
    return (
        pages.live()
        .public()
        .filter(
            Q(locale__language_code=language)
            | Q(~Q(translation_key__in=there.values("translation_key")), alias_of__isnull=True)
        )
        .select_related("locale")
    )


def versions_of(pages):
    """{translation_key: [live public non-alias versions]} of `pages`, in one query."""
    versions = {}
    for version in (
        Page.objects.live()
        .public()
        .filter(translation_key__in={page.translation_key for page in pages})
        .filter(alias_of__isnull=True)
        .select_related("locale")
        .order_by("locale__language_code")
    ):
        versions.setdefault(version.translation_key, []).append(version)
    return versions


def local_iso(moment):
    return timezone.localtime(moment).isoformat()


class Batch:
    """What a list of prize or edition pages needs from other tables, fetched once."""

    def __init__(self, request, pages, language):
        self.request, self.language = request, language
        self.versions = versions_of(pages)

    def url(self, page):
        return page.get_full_url(self.request) or ""

    def page_fields(self, page):
        return {
            "id": page.pk,
            "lang": page.locale.language_code,
            "translated": page.alias_of_id is None and page.locale.language_code == self.language,
            "url": self.url(page),
            "translations": [
                {"lang": version.locale.language_code, "url": self.url(version)}
                for version in self.versions.get(page.translation_key, [])
                if version.pk != page.pk
            ],
        }

    def edition_ref(self, edition):
        return {
            "id": edition.pk,
            "year": edition.year,
            "title": edition.title,
            "url": self.url(edition),
            "call": {
                "opens_at": local_iso(edition.opens_at),
                "closes_at": local_iso(edition.closes_at),
                "status": {
                    "code": edition.call_status,
                    "label": str(edition.get_call_status_display()),
                },
            },
        }

    def prize(self, page, latest):
        return {
            **self.page_fields(page),
            "code": page.code,
            "title": page.title,
            "intro": page.intro,
            "latest_edition": self.edition_ref(latest) if latest else None,
        }


def parents_of(editions):
    """{path: prize page} of the editions' prizes, in one query."""
    paths = {edition.path[: -edition.steplen] for edition in editions}
    return {prize.path: prize for prize in PrizePage.objects.filter(path__in=paths)}


def edition_item(batch, edition, prizes):
    prize = prizes.get(edition.path[: -edition.steplen])
    return {
        **batch.page_fields(edition),
        **batch.edition_ref(edition),
        "theme": edition.theme,
        "prize": {"id": prize.pk, "code": prize.code, "title": prize.title} if prize else None,
    }


def rendered(stream):
    return str(stream.render_as_block()) if stream else ""


def version_in(model, page, language):
    """`page` in `language` (its translation or alias), else `page` itself."""
    if page.locale.language_code == language:
        return page
    return (
        model.objects.live()
        .public()
        .filter(translation_key=page.translation_key, locale__language_code=language)
        .select_related("locale")
        .first()
    ) or page


# ---------------------------------------------------------------------------------------------
# Endpoints

LANG = Query("fr", description="fr or ar")
PAGE = Query("1", description="page number, from 1")
PAGE_SIZE = Query(str(DEFAULT_PAGE_SIZE), description=f"at most {MAX_PAGE_SIZE}")


@router.get(
    "/prizes",
    response={200: PrizeListOut, 400: ErrorOut},
    summary="The quality prizes, each with its latest edition",
)
@public_read
def list_prizes(request, lang: str = LANG, page: str = PAGE, page_size: str = PAGE_SIZE):
    values = check_params(request, {"lang"} | PAGINATION, paginated=True)
    language = language_or_default(values)
    pages = in_language_first(PrizePage.objects.all(), language).order_by("path")
    with translation.override(language):
        meta, pages = paginate(request, pages, values["page"], values["page_size"])
        batch = Batch(request, pages, language)
        latest = latest_editions(pages)
        items = [batch.prize(prize, latest.get(prize.path)) for prize in pages]
        return Status(200, {**meta, "items": items})


@router.get(
    "/prizes/{prize_id}",
    response={200: PrizeDetailOut, 400: ErrorOut, 404: ErrorOut},
    summary="One prize: presentation, rules, past laureates and editions",
)
@public_read
def prize_detail(
    request,
    prize_id: int = Path(..., ge=1, le=MAX_ID, description="the prize page's id"),
    lang: str | None = Query(None, description="fr or ar: the version in that language"),
):
    values = check_params(request, {"lang"}, paginated=False)
    prize = PrizePage.objects.live().public().select_related("locale").filter(pk=prize_id).first()
    if prize is None:
        raise ApiError(404, "not_found", _("No such prize."))
    language = values["lang"] or prize.locale.language_code
    prize = version_in(PrizePage, prize, language)
    editions = list(
        PrizeEditionPage.objects.child_of(prize).live().public().order_by("-year", "-pk")
    )
    with translation.override(language):
        batch = Batch(request, [prize], language)
        data = batch.prize(prize, editions[0] if editions else None)
        data.update(
            {
                "rules_html": rendered(prize.rules),
                "laureates": [
                    {
                        "year": block.value["year"],
                        "name": block.value["name"],
                        "category": block.value.get("category") or "",
                        "distinction": {
                            "code": block.value["distinction"],
                            "label": str(block.value.distinction_label()),
                        },
                        "city": block.value.get("city") or "",
                    }
                    for block in prize.laureates
                ],
                "editions": [batch.edition_ref(edition) for edition in editions],
            }
        )
        return Status(200, data)


class EditionFilters(Schema):
    prize: str | None = Field(None, description="a prize's code (e.g. pnq) or page id")


@router.get(
    "/prize-editions",
    response={200: EditionListOut, 400: ErrorOut},
    summary="Prize editions, newest first, with their call for applications",
)
@public_read
def list_editions(
    request,
    filters: Query[EditionFilters],
    lang: str = LANG,
    page: str = PAGE,
    page_size: str = PAGE_SIZE,
):
    values = check_params(request, {"lang", "prize"} | PAGINATION, paginated=True)
    language = language_or_default(values)
    editions = PrizeEditionPage.objects.all()
    prize = request.GET.get("prize")
    if prize:
        prizes = PrizePage.objects.live().public()
        if prize.isdecimal() and len(prize) <= 9:
            prizes = prizes.filter(Q(pk=int(prize)) | Q(code=prize))
        else:
            prizes = prizes.filter(code=prize)
        paths = list(
            PrizePage.objects.live()
            .filter(translation_key__in=prizes.values("translation_key"))
            .values_list("path", flat=True)
        )
        if not paths:
            error = ApiError(
                400,
                "invalid_parameters",
                _("Some query parameters are invalid."),
                {"prize": [_("No such prize.")]},
            )
            error.language = values["lang"]
            raise error
        editions = children_of(editions, paths)
    editions = in_language_first(editions, language).order_by("-year", "path")
    with translation.override(language):
        meta, editions = paginate(request, editions, values["page"], values["page_size"])
        batch = Batch(request, editions, language)
        prizes = parents_of(editions)
        items = [edition_item(batch, edition, prizes) for edition in editions]
        return Status(200, {**meta, "items": items})


def edition_in(edition_id, lang):
    """The live, public edition `edition_id` in `lang` (else its own language), and that
    language; a 404 `not_found` when there is none."""
    edition = (
        PrizeEditionPage.objects.live()
        .public()
        .select_related("locale")
        .filter(pk=edition_id)
        .first()
    )
    if edition is None:
        raise ApiError(404, "not_found", _("No such edition."))
    language = lang or edition.locale.language_code
    return version_in(PrizeEditionPage, edition, language), language


@router.get(
    "/prize-editions/{edition_id}",
    response={200: EditionDetailOut, 400: ErrorOut, 404: ErrorOut},
    summary="One prize edition: call, categories, eligibility, documents, calendar, rules and "
    "référentiel",
)
@public_read
def edition_detail(
    request,
    edition_id: int = Path(..., ge=1, le=MAX_ID, description="the edition page's id"),
    lang: str | None = Query(None, description="fr or ar: the version in that language"),
):
    values = check_params(request, {"lang"}, paginated=False)
    edition, language = edition_in(edition_id, values["lang"])
    referentiel = (
        Referentiel.objects.filter(edition__translation_key=edition.translation_key)
        .select_related("edition")
        .first()
    )
    with translation.override(language):
        batch = Batch(request, [edition], language)
        data = edition_item(batch, edition, parents_of([edition]))
        data.update(
            {
                "intro": edition.intro,
                "categories": [
                    {
                        "code": code,
                        "label": str(PrizeCategory(code).label),
                        "individual": code in INDIVIDUAL_CATEGORIES,
                    }
                    for code, _label in edition.category_choices
                ],
                "eligibility": {
                    "ice_required": edition.requires_ice,
                    "min_years_activity": edition.min_years_activity,
                    "laureate_cooldown_years": edition.laureate_cooldown_years,
                    "notes": edition.eligibility_notes,
                },
                "documents": [
                    {
                        "title": block.value["title"],
                        "description": block.value.get("description") or "",
                        "required": bool(block.value.get("required")),
                    }
                    for block in edition.documents
                ],
                "stages": [
                    {
                        "title": block.value["title"],
                        "start": block.value["start"],
                        "end": block.value.get("end"),
                        "description": block.value.get("description") or "",
                    }
                    for block in edition.stages
                ],
                "rules_html": rendered(edition.rules),
                "referentiel": referentiel_data(referentiel, language),
            }
        )
        return Status(200, data)


# ---------------------------------------------------------------------------------------------
# The applicant's own applications (private)


class ApplicationEventOut(Schema):
    status: CodeLabelOut
    at: str = Field(description="Morocco time, ISO 8601 with offset", json_schema_extra=DATE_TIME)


class ApplicationOut(Schema):
    id: str
    reference: str | None = Field(description="given at submission, e.g. PNQ-2026-0042")
    status: CodeLabelOut
    reason: str = Field(description="why it was found ineligible; empty otherwise")
    edition: EditionRefOut | None = Field(description="null when the edition is unpublished")
    category: CodeLabelOut | None
    editable: bool = Field(description="a draft the applicant may still change and submit")
    closes_at: str = Field(
        description="until when a draft may change: the call's end or her extension",
        json_schema_extra=DATE_TIME,
    )
    submitted_at: str | None = Field(json_schema_extra=DATE_TIME)
    url: str = Field(description="the application's page on the site (sign-in required)")
    history: list[ApplicationEventOut]


class ApplicationListOut(Schema):
    count: int
    page: int
    page_size: int
    next: str | None
    previous: str | None
    items: list[ApplicationOut]


def code_label(code, choices):
    return {"code": code, "label": str(choices(code).label)} if code else None


@router.get(
    "/prize-applications",
    response={200: ApplicationListOut, 400: ErrorOut, 401: ErrorOut},
    auth=PRIVATE_AUTH,
    summary="The signed-in applicant's own applications, with their status and history",
)
@decorate_view(never_cache)
def list_applications(request, lang: str = LANG, page: str = PAGE, page_size: str = PAGE_SIZE):
    """Newest first. Only her own applications, and never their content (answers, files):
    those stay on the site's application pages."""
    values = check_params(request, {"lang"} | PAGINATION, paginated=True)
    language = language_or_default(values)
    applications = (
        Application.objects.filter(applicant=request.auth)
        .select_related("edition")
        .prefetch_related("events")
        .order_by("-created_at", "pk")
    )
    with translation.override(language):
        meta, applications = paginate(request, applications, values["page"], values["page_size"])
        keys = {application.edition.translation_key for application in applications}
        editions = in_language_first(
            PrizeEditionPage.objects.live().public().filter(translation_key__in=keys), language
        )
        chosen = {}
        for edition in editions:
            chosen.setdefault(edition.translation_key, edition)
        batch = Batch(request, list(chosen.values()), language)
        items = []
        for application in applications:
            edition = chosen.get(application.edition.translation_key)
            items.append(
                {
                    "id": str(application.pk),
                    "reference": application.reference,
                    "status": code_label(application.status, ApplicationStatus),
                    "reason": application.status_reason
                    if application.status == ApplicationStatus.INELIGIBLE
                    else "",
                    "edition": batch.edition_ref(edition) if edition else None,
                    "category": code_label(application.category, PrizeCategory),
                    "editable": application.is_editable,
                    "closes_at": local_iso(application.closes_at),
                    "submitted_at": local_iso(application.submitted_at)
                    if application.submitted_at
                    else None,
                    "url": request.build_absolute_uri(
                        reverse("awards_application_step", args=[application.pk, "review"])
                    ),
                    "history": [
                        {
                            "status": code_label(event.status, ApplicationStatus),
                            "at": local_iso(event.at),
                        }
                        for event in application.events.all()
                    ],
                }
            )
        return Status(200, {**meta, "items": items})


class MessageOut(Schema):
    id: int
    side: CodeLabelOut = Field(description="who wrote it: applicant or secretariat")
    body: str
    sent_at: str = Field(
        description="Morocco time, ISO 8601 with offset", json_schema_extra=DATE_TIME
    )


class MessageListOut(Schema):
    count: int
    page: int
    page_size: int
    next: str | None
    previous: str | None
    items: list[MessageOut]


@router.get(
    "/prize-applications/{application_id}/messages",
    response={200: MessageListOut, 400: ErrorOut, 401: ErrorOut, 404: ErrorOut},
    auth=PRIVATE_AUTH,
    summary="The messages between the applicant and the prize secretariat about one of her "
    "applications",
)
@decorate_view(never_cache)
def list_application_messages(
    request,
    application_id: str = Path(..., description="the application's id (a UUID)"),
    lang: str = LANG,
    page: str = PAGE,
    page_size: str = PAGE_SIZE,
):
    """Oldest first, as on her application's page; reading them here does not mark them read.
    Another applicant's application answers 404, as one that does not exist."""
    values = check_params(request, {"lang"} | PAGINATION, paginated=True)
    language = language_or_default(values)
    try:
        key = uuid.UUID(application_id)
    except ValueError:
        key = None
    application = (
        Application.objects.filter(pk=key, applicant=request.auth).first() if key else None
    )
    if application is None:
        error = ApiError(404, "not_found", _("No such application."))
        error.language = values["lang"]
        raise error
    with translation.override(language):
        meta, thread = paginate(
            request, application.messages.all(), values["page"], values["page_size"]
        )
        items = [
            {
                "id": message.pk,
                "side": code_label(message.side, MessageSide),
                "body": message.body,
                "sent_at": local_iso(message.sent_at),
            }
            for message in thread
        ]
        return Status(200, {**meta, "items": items})
