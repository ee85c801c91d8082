from allauth.core import ratelimit

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.db import DatabaseError, connection
from django.http import HttpResponseServerError, JsonResponse
from django.shortcuts import redirect
from django.template import loader
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from wagtail.models import Locale

from .forms import ProfileForm
from .models import Profile
from .search import search_pages


def search(request):
    query = request.GET.get("q", "")
    results, error = search_pages(query, Locale.get_active())
    return TemplateResponse(
        request,
        "jawda/search.html",
        {"query": query[:200], "results": results, "query_error": error},
        status=400 if error else 200,
    )


@login_required
@require_http_methods(["GET", "POST"])
def profile(request):
    if request.method == "POST":
        limited = ratelimit.consume_or_429(request, action="profile_save", user=request.user)
        if limited:
            return limited
    instance = Profile.objects.filter(user=request.user).first() or Profile(user=request.user)
    form = ProfileForm(request.POST or None, instance=instance)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Your profile has been saved."))
        return redirect("account_profile")
    return TemplateResponse(request, "jawda/profile.html", {"form": form})


def too_many_requests(request, exception=None):
    response = TemplateResponse(request, "429.html", status=429)
    response["Retry-After"] = "60"
    return response


@never_cache
def healthz(request):
    """The process answers (for the load balancer's liveness probe)."""
    return JsonResponse({"status": "ok"})


@never_cache
def readyz(request):
    """The database and the cache answer (for the readiness probe); 503 otherwise."""
    checks = {}
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        checks["database"] = "ok"
    except DatabaseError:
        checks["database"] = "unavailable"
    try:
        cache.set("jawda:readyz", "ok", 5)
        checks["cache"] = "ok" if cache.get("jawda:readyz") == "ok" else "unavailable"
    except Exception:  # noqa: BLE001 - any cache backend error means "not ready"
        checks["cache"] = "unavailable"
    ready = all(value == "ok" for value in checks.values())
    return JsonResponse(
        {"status": "ok" if ready else "unavailable", **checks}, status=200 if ready else 503
    )


def page_not_found(request, exception=None):
    return TemplateResponse(request, "404.html", status=404)


def permission_denied(request, exception=None):
    return TemplateResponse(request, "403.html", status=403)


def server_error(request):
    # No context processors and no database: the error may come from either.
    html = loader.get_template("500.html").render({"LANGUAGE_CODE": get_language()})
    return HttpResponseServerError(html)
