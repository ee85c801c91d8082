"""`/api/committees`, `/api/committees/{id}`, `/api/regions` (Django Ninja, in the OpenAPI
document). Lists are paginated (`page`, `page_size` up to MAX_PAGE_SIZE); `lang` is fr or ar.
Any other query parameter, or a bad value, answers 400 with
`{"error": {"code", "message", "fields"}}`."""

import datetime

from ninja import Path, Query, Router, Schema, Status

from django.db.models import Prefetch
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale

from ..api_common import (
    DEFAULT_PAGE_SIZE,
    MAX_ID,
    MAX_PAGE_SIZE,
    ApiError,
    ErrorOut,
    check_params,
    language_or_default,
    paginate,
    public_read,
)
from ..models import Region
from .models import CommitteePage, RoadmapAction, overall_percent
from .stats import national_summary, percent_by_key, region_stats

router = Router(tags=["committees"])


class RegionOut(Schema):
    code: str
    name: str


class SummaryOut(Schema):
    regions: int
    committees_created: int
    roadmaps: int
    average_percent_executed: float | None


class CommitteeItemOut(Schema):
    id: int
    locale: str
    title: str
    url: str
    region: RegionOut
    created: bool
    created_on: datetime.date | None
    actions_count: int
    percent_executed: float | None


class CommitteeListOut(Schema):
    count: int
    page: int
    page_size: int
    next: str | None
    previous: str | None
    summary: SummaryOut
    items: list[CommitteeItemOut]


class PersonOut(Schema):
    name: str
    organisation: str


class MemberOut(PersonOut):
    role: str


class PartnerOut(Schema):
    name: str
    kind: str
    kind_label: str
    url: str


class ContactOut(Schema):
    email: str
    phone: str
    address: str


class ActionOut(Schema):
    id: int
    title: str
    owner: str
    partners: str
    due_date: datetime.date
    status: str
    status_label: str
    percent_executed: int


class CommitteeOut(CommitteeItemOut):
    president: PersonOut | None
    members: list[MemberOut]
    partners: list[PartnerOut]
    contact: ContactOut
    roadmap: list[ActionOut]


class RegionCommitteeOut(Schema):
    id: int
    title: str
    url: str


class RegionItemOut(RegionOut):
    committee_created: bool
    percent_executed: float | None
    committee: RegionCommitteeOut | None


class RegionListOut(Schema):
    count: int
    page: int
    page_size: int
    next: str | None
    previous: str | None
    items: list[RegionItemOut]


def public_committees(language):
    return (
        CommitteePage.objects.live()
        .public()
        .filter(alias_of__isnull=True, locale__language_code=language)
        .select_related("region", "locale")
        .order_by("region__sort_order", "pk")
    )


def committee_item(request, page, count, total, created):
    return {
        "id": page.id,
        "locale": page.locale.language_code,
        "title": page.title,
        "url": page.get_full_url(request) or "",
        "region": {"code": page.region.code, "name": page.region.name},
        "created": created,
        "created_on": page.created_on,
        "actions_count": count,
        "percent_executed": round(total / count, 1) if count else None,
    }


@router.get(
    "/committees",
    response={200: CommitteeListOut, 400: ErrorOut},
    summary="Regional quality committees with their roadmap's % executed",
)
@public_read
def list_committees(
    request,
    lang: str = Query("fr", description="fr or ar"),
    page: str = Query("1", description="page number, from 1"),
    page_size: str = Query(str(DEFAULT_PAGE_SIZE), description=f"at most {MAX_PAGE_SIZE}"),
):
    """The committee pages of one language, with the national summary (counted per region)."""
    try:
        values = check_params(request, {"lang", "page", "page_size"}, paginated=True)
    except ApiError as error:
        return error.response()
    language = language_or_default(values)
    with translation.override(language):
        meta, pages = paginate(
            request, public_committees(language), values["page"], values["page_size"]
        )
        stats = region_stats()
        figures = percent_by_key(p.translation_key for p in pages)
        summary = national_summary(stats)
        items = []
        for committee in pages:
            count, total = figures.get(committee.translation_key, (0, 0))
            created = stats.get(committee.region_id) and stats[committee.region_id].created
            items.append(committee_item(request, committee, count, total, bool(created)))
        return Status(
            200,
            {
                **meta,
                "summary": {
                    "regions": summary.regions,
                    "committees_created": summary.committees_created,
                    "roadmaps": summary.roadmaps,
                    "average_percent_executed": summary.average_percent,
                },
                "items": items,
            },
        )


@router.get(
    "/committees/{committee_id}",
    response={200: CommitteeOut, 400: ErrorOut, 404: ErrorOut},
    summary="One regional committee: members, partners, contact and roadmap",
)
@public_read
def committee_detail(
    request,
    committee_id: int = Path(..., ge=1, le=MAX_ID),
    lang: str | None = Query(None, description="fr or ar: the version in that language"),
):
    try:
        values = check_params(request, {"lang"}, paginated=False)
    except ApiError as error:
        return error.response()
    committees = (
        CommitteePage.objects.live()
        .public()
        .filter(alias_of__isnull=True)
        .select_related("region", "locale")
        .prefetch_related(Prefetch("members"))
    )
    committee = committees.filter(pk=committee_id).first()
    language = values["lang"]
    if committee is not None and language and committee.locale.language_code != language:
        committee = committees.filter(
            translation_key=committee.translation_key,
            locale=Locale.objects.get(language_code=language),
        ).first()
    if committee is None:
        return ApiError(404, "not_found", _("No such committee.")).response()
    with translation.override(committee.locale.language_code):
        actions = list(RoadmapAction.objects.for_page(committee))
        percent = overall_percent(actions)
        created = committee.created_on is not None or (
            CommitteePage.objects.live()
            .filter(region_id=committee.region_id, created_on__isnull=False)
            .exists()
        )
        data = committee_item(request, committee, len(actions), 0, created)
        data["percent_executed"] = percent
        data.update(
            {
                "president": (
                    {
                        "name": committee.president_name,
                        "organisation": committee.president_organisation,
                    }
                    if committee.president_name
                    else None
                ),
                "members": [
                    {"name": m.name, "organisation": m.organisation, "role": m.role}
                    for m in committee.members.all()
                ],
                "partners": [
                    {
                        "name": block.value["name"],
                        "kind": block.value["kind"],
                        "kind_label": str(block.value.kind_label()),
                        "url": block.value.get("url") or "",
                    }
                    for block in committee.partners
                ],
                "contact": {
                    "email": committee.contact_email,
                    "phone": committee.contact_phone,
                    "address": committee.contact_address,
                },
                "roadmap": [
                    {
                        "id": action.id,
                        "title": action.title,
                        "owner": action.owner,
                        "partners": action.partners,
                        "due_date": action.due_date,
                        "status": action.effective_status,
                        "status_label": str(action.get_effective_status_display()),
                        "percent_executed": action.percent,
                    }
                    for action in actions
                ],
            }
        )
        return Status(200, data)


@router.get(
    "/regions",
    response={200: RegionListOut, 400: ErrorOut},
    summary="The 12 regions, each with its committee",
)
@public_read
def list_regions(
    request,
    lang: str = Query("fr", description="fr or ar"),
    page: str = Query("1", description="page number, from 1"),
    page_size: str = Query(str(DEFAULT_PAGE_SIZE), description=f"at most {MAX_PAGE_SIZE}"),
):
    try:
        values = check_params(request, {"lang", "page", "page_size"}, paginated=True)
    except ApiError as error:
        return error.response()
    language = language_or_default(values)
    with translation.override(language):
        meta, regions = paginate(request, Region.objects.all(), values["page"], values["page_size"])
        stats = region_stats()
        pages = {}
        for committee in public_committees(language).filter(region__in=regions):
            pages.setdefault(committee.region_id, committee)
        items = []
        for region in regions:
            stat = stats.get(region.pk)
            committee = pages.get(region.pk)
            items.append(
                {
                    "code": region.code,
                    "name": region.name,
                    "committee_created": bool(stat and stat.created),
                    "percent_executed": stat.percent if stat else None,
                    "committee": (
                        {
                            "id": committee.id,
                            "title": committee.title,
                            "url": committee.get_full_url(request) or "",
                        }
                        if committee
                        else None
                    ),
                }
            )
        return Status(200, {**meta, "items": items})
