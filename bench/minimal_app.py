"""The baseline for `make bench`: the smallest Django site, one view that answers "ok".

bench/run.py serves it with gunicorn next to the Jawda demo, the same way and in the same run, so
that each page can be reported as a ratio of this view's requests/s: the ratio is comparable from
one machine (or one noisy minute) to the next, the raw numbers are not.
"""

import os

from django.conf import settings
from django.core.wsgi import get_wsgi_application
from django.http import HttpResponse
from django.urls import path

settings.configure(
    DEBUG=False,
    SECRET_KEY=os.environ["SECRET_KEY"],
    ALLOWED_HOSTS=["127.0.0.1"],
    ROOT_URLCONF=__name__,
    # No apps, no middleware, no templates: only Django's request/response cycle is measured.
    INSTALLED_APPS=[],
    MIDDLEWARE=[],
    USE_I18N=False,
)


def ok(request):
    return HttpResponse("ok")


urlpatterns = [path("", ok)]

application = get_wsgi_application()
