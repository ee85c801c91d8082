from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.views.generic import RedirectView

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from . import views
from .api import api, api_router
from .api_common import not_found as api_not_found
from .security import tokens
from .sitemap import MultilingualSitemap

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("readyz", views.readyz, name="readyz"),
    # One login page for the site and the admin: allauth's, with its rate limits.
    path(
        "admin/login/",
        RedirectView.as_view(pattern_name="account_login", query_string=True),
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("files/", include("jawda.security.urls")),
    path("api/v2/", api_router.urls),
    path("api/", api.urls),
    re_path(r"^api/", api_not_found),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": MultilingualSitemap}}),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("search/", views.search, name="search"),
    path("accounts/profile/", views.profile, name="account_profile"),
    path("", include(tokens.urlpatterns)),
    path("accounts/", include("allauth.urls")),
    path("", include("events.urls")),
    path("", include("courses.urls")),
    # Before awards.views, whose application steps would take ".../feedback/" as a step.
    path("", include("awards.results_views")),
    path("", include("awards.views")),
    path("", include("awards.judging_views")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

handler403 = "jawda.views.permission_denied"
handler404 = "jawda.views.page_not_found"
handler500 = "jawda.views.server_error"
# allauth answers its rate limits through this handler too.
handler429 = "jawda.views.too_many_requests"
