import re

from django.core.exceptions import PermissionDenied
from django.middleware import locale


class AdminAccessMiddleware:
    """Answer 403 to a signed-in member who may not use the Wagtail admin.

    Wagtail sends such a user to the login page, which is allauth's; allauth sends a signed-in
    user back to where she came from, so without this the browser would loop between the two.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            request.path.startswith("/admin/")
            and request.user.is_authenticated
            and not request.user.has_perm("wagtailadmin.access_admin")
        ):
            raise PermissionDenied
        return self.get_response(request)


class LocaleMiddleware(locale.LocaleMiddleware):
    """Django's LocaleMiddleware, without redirects that would hide a 404.

    Django redirects a 404 at /x/ to /fr/x/ when /fr/x/ resolves, and Wagtail's catch-all
    makes every path resolve. So /api/v2/pages/999/ would become /fr/api/v2/pages/999/ and
    /en/ would become /fr/en/. Only paths outside the language-neutral areas and not starting
    with a language code we do not have are redirected.
    """

    neutral_prefixes = ("/admin/", "/api/", "/documents/", "/static/", "/media/")
    language_code_prefix = re.compile(r"^/[a-z]{2,3}(?:[-_][a-zA-Z0-9]{2,8})?(?:/|$)")

    def process_response(self, request, response):
        path = request.path_info
        if response.status_code == 404 and (
            path.startswith(self.neutral_prefixes) or self.language_code_prefix.match(path)
        ):
            return response
        return super().process_response(request, response)
