from django.urls import path

from . import views

urlpatterns = [
    path("events/tickets/<uuid:token>/", views.ticket, name="events_ticket"),
    path("events/tickets/<uuid:token>/confirm/", views.confirm, name="events_confirm"),
    path("events/my-registrations/", views.my_registrations, name="events_my_registrations"),
    path("events/check-in/", views.check_in_view, name="events_check_in"),
]
