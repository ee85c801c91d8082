from django.urls import include, path

from . import certificates, organisations, views

urlpatterns = [
    path("learning/", views.dashboard, name="courses_dashboard"),
    path("learning/", include(organisations.urlpatterns)),
    path("", include(certificates.urlpatterns)),
]
