from django.core.exceptions import PermissionDenied


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
