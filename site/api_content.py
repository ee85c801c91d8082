"""Plone-style reads over the site's content: `@search`, `@vocabularies`, `@navigation` and
`@breadcrumbs` (Django Ninja, conventions of `jawda.api_common`).

Only public, live pages that are not aliases are ever named, as on the site (`search.py`,
the sitemap). Vocabularies are reference data and fixed choices, each item a stable `token`
(the code stored in the database) and a `title` in `?lang`.
"""

from ninja import Path, Query, Router, Schema, Status

from django.http import HttpResponse
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale, Page, Site, get_page_models

from awards.models import PrizeCategory
from events.models import EventType

from .api_common import (
    DEFAULT_PAGE_SIZE,
    LANGUAGES,
    MAX_ID,
    MAX_PAGE_SIZE,
    PAGINATION,
    ApiError,
    ErrorOut,
    check_params,
    interpolate,
    language_or_default,
    last_modified,
    paginate,
    public_read,
)
from .models import City, NavigationMenu, OrganisationSize, Region, Sector
from .search import MAX_QUERY_LENGTH, search_terms

router = Router(tags=["content"])

LANG = Query("fr", description="fr or ar")
PAGE = Query("1", description="page number, from 1")
PAGE_SIZE = Query(str(DEFAULT_PAGE_SIZE), description=f"at most {MAX_PAGE_SIZE}")


def public_pages():
    """Live, public pages that are not aliases (an alias repeats another language's text)."""
    aliases = Page.objects.filter(alias_of__isnull=False).values("id")
    # `exclude(id__in=…)` rather than `alias_of__isnull`: search results may only be filtered
    # on the fields Page indexes as FilterFields, `id` being one and `alias_of` not.
    return Page.objects.live().public().exclude(id__in=aliases)


def page_type(model):
    """A page type's name in the API, as Wagtail's API v2 writes it (`events.EventPage`)."""
    return f"{model._meta.app_label}.{model.__name__}"


def searchable_types():
    return {page_type(model): model for model in get_page_models() if model is not Page}


def page_url(request, page):
    return page.get_full_url(request) or ""


# ---------------------------------------------------------------------------------------------
# @search


class SearchResultOut(Schema):
    id: int
    type: str
    title: str
    description: str
    locale: str
    url: str


class SearchOut(Schema):
    count: int
    page: int
    page_size: int
    next: str | None
    previous: str | None
    items: list[SearchResultOut]


def section_page(value, locale):
    """The page a `section` names (an id, or its address on the site), or None."""
    pages = public_pages().filter(locale=locale)
    if value.isdecimal():
        return pages.filter(pk=int(value)).first() if int(value) <= MAX_ID else None
    parts = [part for part in value.split("/") if part]
    if not parts or parts[0] not in LANGUAGES:
        return None
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is None:
        return None
    home = site.root_page.get_translation_or_none(Locale.objects.get_for_language(parts[0]))
    if home is None:
        return None
    url_path = home.url_path + "".join(f"{part}/" for part in parts[1:])
    return pages.filter(url_path=url_path).first()


@router.get(
    "/@search",
    response={200: SearchOut, 400: ErrorOut},
    summary="Full-text search over the public pages of one language",
)
@public_read
def search(
    request,
    q: str = Query("", description=f"the words searched for, at most {MAX_QUERY_LENGTH}"),
    lang: str = LANG,
    type: str = Query(
        "", description="page types, comma-separated, as `app.Model` (e.g. `events.EventPage`)"
    ),
    section: str = Query(
        "", description="only pages under this one: its id, or its address (`/fr/evenements/`)"
    ),
    page: str = PAGE,
    page_size: str = PAGE_SIZE,
):
    """Pages of `lang` (French by default) matching `q`, best first: the site's search (live,
    public, no alias), with the database's full-text search (PostgreSQL's on PostgreSQL)."""
    values = check_params(request, {"lang", "q", "type", "section"} | PAGINATION, paginated=True)
    language = language_or_default(values)
    locale = Locale.objects.get_for_language(language)
    query = search_terms(q)
    errors = {}
    if not query:
        errors["q"] = [_("Type the words to search for.")]
    elif len(query) > MAX_QUERY_LENGTH:
        errors["q"] = [
            interpolate(_("At most %(maximum)s characters."), {"maximum": MAX_QUERY_LENGTH})
        ]
    types = searchable_types()
    chosen = [name.strip() for name in type.split(",") if name.strip()]
    unknown = [name for name in chosen if name not in types]
    if unknown:
        errors["type"] = [
            interpolate(_("Unknown page type: %(names)s."), {"names": ", ".join(unknown)})
        ]
    under = None
    if section:
        under = section_page(section, locale)
        if under is None:
            errors["section"] = [_("No public page of this language at this id or address.")]
    if errors:
        error = ApiError(400, "invalid_parameters", _("Some query parameters are invalid."), errors)
        error.language = values["lang"]
        raise error
    pages = public_pages().filter(locale=locale)
    if chosen:
        pages = pages.type(*(types[name] for name in chosen))
    if under is not None:
        pages = pages.descendant_of(under, inclusive=True)
    with translation.override(language):
        meta, results = paginate(request, pages.search(query), values["page"], values["page_size"])
        items = [
            {
                "id": result.id,
                "type": page_type(result.specific_class),
                "title": result.title,
                "description": result.search_description,
                "locale": language,
                "url": page_url(request, result),
            }
            for result in results
        ]
        return Status(200, {**meta, "items": items})


# ---------------------------------------------------------------------------------------------
# @vocabularies


class VocabularyRefOut(Schema):
    name: str
    title: str
    url: str


class VocabularyListOut(Schema):
    items: list[VocabularyRefOut]


class TermOut(Schema):
    token: str
    title: str
    region: str | None = None


class VocabularyOut(Schema):
    name: str
    title: str
    lang: str
    count: int
    items: list[TermOut]


def _reference_terms(model):
    return lambda: [{"token": row.code, "title": row.name} for row in model.objects.all()]


def _city_terms():
    return [
        {"token": city.code, "title": city.name, "region": city.region.code}
        for city in City.objects.select_related("region")
    ]


def _choice_terms(choices):
    return lambda: [{"token": value, "title": str(label)} for value, label in choices.choices]


# name: (title, terms); the names are the API's, stable whatever the interface language.
VOCABULARIES = {
    "regions": (_("Regions"), _reference_terms(Region)),
    "cities": (_("Cities"), _city_terms),
    "sectors": (_("Sectors"), _reference_terms(Sector)),
    "event-types": (_("Event types"), _choice_terms(EventType)),
    "prize-categories": (_("Prize categories"), _choice_terms(PrizeCategory)),
    "organisation-sizes": (_("Organisation sizes"), _choice_terms(OrganisationSize)),
}


def vocabulary_url(request, name):
    return request.build_absolute_uri(f"/api/@vocabularies/{name}")


@router.get(
    "/@vocabularies",
    response={200: VocabularyListOut, 400: ErrorOut},
    summary="The vocabularies the API's filters and fields use",
)
@public_read
def list_vocabularies(request, lang: str = LANG):
    values = check_params(request, {"lang"}, paginated=False)
    with translation.override(language_or_default(values)):
        items = [
            {"name": name, "title": str(title), "url": vocabulary_url(request, name)}
            for name, (title, _terms) in VOCABULARIES.items()
        ]
        return Status(200, {"items": items})


@router.get(
    "/@vocabularies/{name}",
    response={200: VocabularyOut, 400: ErrorOut, 404: ErrorOut},
    summary="One vocabulary: every term's token and its title in `lang`",
)
@public_read
def vocabulary(request, name: str = Path(..., max_length=40), lang: str = LANG):
    """The whole vocabulary at once (reference data of a few dozen terms, never paginated);
    cities name their region's token."""
    values = check_params(request, {"lang"}, paginated=False)
    if name not in VOCABULARIES:
        error = ApiError(404, "not_found", _("No such vocabulary."))
        error.language = values["lang"]
        raise error
    language = language_or_default(values)
    title, terms = VOCABULARIES[name]
    with translation.override(language):
        items = terms()
        data = {"name": name, "title": str(title), "lang": language, "items": items}
        return Status(200, {**data, "count": len(items)})


# ---------------------------------------------------------------------------------------------
# @navigation and @breadcrumbs


class NavigationItemOut(Schema):
    title: str
    url: str
    page_id: int | None


class NavigationOut(Schema):
    lang: str
    items: list[NavigationItemOut]


@router.get(
    "/@navigation",
    response={200: NavigationOut, 400: ErrorOut},
    summary="The site's main menu in one language",
)
@public_read
def navigation(request, lang: str = LANG):
    """The menu of `lang` as editors wrote it (the NavigationMenu snippet of that language, no
    fallback to French). A page link points at the page's version in `lang` when it has one; a
    link to a page that is not public and live is left out, as it would only give a 404."""
    values = check_params(request, {"lang"}, paginated=False)
    language = language_or_default(values)
    menu = NavigationMenu.objects.filter(locale__language_code=language).first()
    links = [block.value for block in menu.links] if menu else []
    page_ids = {link["page"].id for link in links if link.get("page")}
    keys = Page.objects.filter(pk__in=page_ids).values_list("pk", "translation_key")
    key_of = dict(keys)
    in_language = {
        page.translation_key: page
        for page in public_pages().filter(
            translation_key__in=key_of.values(), locale__language_code=language
        )
    }
    public_ids = set(public_pages().filter(pk__in=page_ids).values_list("pk", flat=True))
    items = []
    for link in links:
        page = link.get("page")
        if page is None:
            items.append({"title": link["label"], "url": link["url"], "page_id": None})
            continue
        target = in_language.get(key_of.get(page.id))
        if target is None and page.id in public_ids:
            target = page
        if target is not None:
            items.append(
                {"title": link["label"], "url": page_url(request, target), "page_id": target.id}
            )
    return Status(200, {"lang": language, "items": items})


class CrumbOut(Schema):
    id: int
    title: str
    url: str


class BreadcrumbsOut(Schema):
    id: int
    locale: str
    items: list[CrumbOut]


def breadcrumbs(page):
    """The live, public ancestors of `page` from its language's home page, then the page."""
    return list(
        public_pages().ancestor_of(page, inclusive=True).filter(depth__gt=1).order_by("depth")
    )


@router.get(
    "/pages/{page_id}/@breadcrumbs",
    response={200: BreadcrumbsOut, 400: ErrorOut, 404: ErrorOut},
    summary="The trail from a page's home page to the page",
    tags=["pages"],
)
@public_read
def page_breadcrumbs(
    request,
    response: HttpResponse,
    page_id: int = Path(..., ge=1, le=MAX_ID),
    lang: str | None = Query(None, description="fr or ar: the language of error messages"),
):
    """Plone's `@breadcrumbs`; Last-Modified is the latest publication among the pages named."""
    check_params(request, {"lang"}, paginated=False)
    page = public_pages().select_related("locale").filter(pk=page_id).first()
    if page is None:
        raise ApiError(404, "not_found", _("No such page."))
    trail = breadcrumbs(page)
    last_modified(response, [crumb.last_published_at for crumb in trail])
    return Status(
        200,
        {
            "id": page.id,
            "locale": page.locale.language_code,
            "items": [
                {"id": crumb.id, "title": crumb.title, "url": page_url(request, crumb)}
                for crumb in trail
            ],
        },
    )
