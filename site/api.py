"""The headless API: Wagtail API v2 for content, and the project's own endpoints (OpenAPI)."""

from ninja import NinjaAPI, Path, Redoc, Schema
from rest_framework.fields import Field

from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext_lazy as _

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.serializers import PageSerializer
from wagtail.api.v2.utils import get_full_url
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import Page

from .api_common import MAX_ID, ErrorOut, install_error_handlers, last_modified, public_read
from .api_content import breadcrumbs
from .api_content import router as content_router


def public_translations(pages):
    """{translation_key: [page, ...]} for the live, public, non-alias versions of `pages`."""
    keys = {page.translation_key for page in pages}
    translations = {}
    for page in (
        Page.objects.filter(translation_key__in=keys, alias_of__isnull=True)
        .live()
        .public()
        .select_related("locale")
        .order_by("locale__language_code")
    ):
        translations.setdefault(page.translation_key, []).append(page)
    return translations


class TranslationsField(Field):
    """The other language versions of a page, each with its locale and its API and HTML URLs."""

    def get_attribute(self, instance):
        return instance

    def to_representation(self, page):
        request = self.context["request"]
        view = self.context["view"]
        by_key = getattr(view, "translations_by_key", None)
        if by_key is None:
            by_key = public_translations([page])
        return [
            {
                "id": other.id,
                "locale": other.locale.language_code,
                "title": other.title,
                "detail_url": get_full_url(request, f"/api/v2/pages/{other.id}/"),
                "html_url": other.get_full_url(request),
            }
            for other in by_key.get(page.translation_key, [])
            if other.id != page.id
        ]


class BreadcrumbsField(Field):
    """The live, public pages from the page's home page down to the page (its detail only)."""

    def get_attribute(self, instance):
        return instance

    def to_representation(self, page):
        request = self.context["request"]
        return [
            {
                "id": crumb.id,
                "title": crumb.title,
                "detail_url": get_full_url(request, f"/api/v2/pages/{crumb.id}/"),
                "html_url": crumb.get_full_url(request),
            }
            for crumb in breadcrumbs(page)
        ]


class JawdaPageSerializer(PageSerializer):
    translations = TranslationsField(read_only=True)
    breadcrumbs = BreadcrumbsField(read_only=True)


class JawdaPagesAPIViewSet(PagesAPIViewSet):
    """Pages in both languages; an alias standing in for an untranslated page is not listed."""

    base_serializer_class = JawdaPageSerializer
    meta_fields = PagesAPIViewSet.meta_fields + ["translations", "breadcrumbs"]
    detail_only_fields = PagesAPIViewSet.detail_only_fields + ["breadcrumbs"]
    listing_default_fields = PagesAPIViewSet.listing_default_fields + ["translations"]

    def get_base_queryset(self):
        return super().get_base_queryset().filter(alias_of__isnull=True)

    def get_queryset(self):
        # Every item shows its locale: one join instead of one query per item.
        return super().get_queryset().select_related("locale")

    def paginate_queryset(self, queryset):
        page = super().paginate_queryset(queryset)
        # One query for the translations of the whole listing page, not one per item.
        self.translations_by_key = public_translations(page)
        return page


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", JawdaPagesAPIViewSet)
api_router.register_endpoint("images", ImagesAPIViewSet)
api_router.register_endpoint("documents", DocumentsAPIViewSet)


WRITE_METHODS = ("post", "put", "patch", "delete")


class JawdaAPI(NinjaAPI):
    def get_openapi_schema(self, *, path_prefix=None, path_params=None):
        """The document, with the 429 that `ApiWriteRateLimitMiddleware` may answer to any write
        (it runs before the operations, so no operation declares it itself)."""
        schema = super().get_openapi_schema(path_prefix=path_prefix, path_params=path_params)
        too_many = {
            "description": "Too many writes from this address or token: wait for Retry-After.",
            "headers": {"Retry-After": {"schema": {"type": "integer"}}},
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorOut"}}},
        }
        for operations in schema["paths"].values():
            for method, operation in operations.items():
                if method in WRITE_METHODS:
                    operation["responses"].setdefault(429, too_many)
        return schema


api = JawdaAPI(
    title="Jawda API",
    version="1",
    description=str(
        _("The project's own endpoints. Content pages, images and documents are at /api/v2/.")
    ),
    urls_namespace="jawda-api",
    docs=Redoc(),
    docs_url="/docs/",
    openapi_url="/openapi.json",
)
install_error_handlers(api)


class TranslationOut(Schema):
    id: int
    locale: str
    title: str
    url: str
    live: bool


class TranslationsOut(Schema):
    id: int
    locale: str
    translations: list[TranslationOut]


@api.get(
    "/pages/{page_id}/@translations",
    response={200: TranslationsOut, 400: ErrorOut, 404: ErrorOut},
    summary="The language versions of a page",
    tags=["pages"],
)
@public_read
def page_translations(request, response: HttpResponse, page_id: int = Path(..., ge=1, le=MAX_ID)):
    """Every public, live version of the page in another language (Plone's `@translations`);
    Last-Modified is the latest publication among them."""
    page = get_object_or_404(
        Page.objects.live().public().filter(alias_of__isnull=True).select_related("locale"),
        pk=page_id,
    )
    versions = public_translations([page]).get(page.translation_key, [])
    if not versions:
        raise Http404
    last_modified(response, [version.last_published_at for version in versions])
    return {
        "id": page.id,
        "locale": page.locale.language_code,
        "translations": [
            {
                "id": other.id,
                "locale": other.locale.language_code,
                "title": other.title,
                "url": other.get_full_url(request),
                "live": other.live,
            }
            for other in versions
            if other.id != page.id
        ],
    }


api.add_router("/", content_router)

from .committees.api import router as committees_router  # noqa: E402

api.add_router("/", committees_router)

from events.api import router as events_router  # noqa: E402

api.add_router("/", events_router)

from courses.api import router as courses_router  # noqa: E402

api.add_router("/", courses_router)

from awards.api import router as awards_router  # noqa: E402

api.add_router("/", awards_router)

from .headless.api import router as headless_router  # noqa: E402

api.add_router("/", headless_router)

from awards.judging_api import router as judging_router  # noqa: E402

api.add_router("/", judging_router)

from awards.results_api import router as awards_results_router  # noqa: E402

api.add_router("/", awards_results_router)
