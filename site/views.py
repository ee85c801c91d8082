from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponseServerError
from django.shortcuts import redirect
from django.template import loader
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
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
    instance, _created = Profile.objects.get_or_create(user=request.user)
    form = ProfileForm(request.POST or None, instance=instance)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Your profile has been saved."))
        return redirect("account_profile")
    return TemplateResponse(request, "jawda/profile.html", {"form": form})


def page_not_found(request, exception=None):
    return TemplateResponse(request, "404.html", status=404)


def permission_denied(request, exception=None):
    return TemplateResponse(request, "403.html", status=403)


def server_error(request):
    # No context processors and no database: the error may come from either.
    html = loader.get_template("500.html").render({"LANGUAGE_CODE": get_language()})
    return HttpResponseServerError(html)
