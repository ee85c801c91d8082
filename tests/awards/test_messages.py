"""Messages between the secretariat and the applicant: who may read and write, the email, the
unread replies in the secretariat's list, bad input, append-only, never public."""

import pytest

from django.core import mail
from django.urls import reverse

from awards import messages as thread
from awards.models import MESSAGE_MAX_LENGTH, Application, ApplicationMessage, MessageSide
from jawda.security.models import AppendOnlyError, AuditEvent

from ..factories import UserFactory
from .conftest import admin_user, request_by, start

LIST_URL = "/admin/awards/applications/"


def site_url(application, language="fr"):
    return f"/{language}" + reverse("awards_application_messages", args=[application.pk])[3:]


def admin_url(application):
    return reverse("awards_application_thread", args=[application.pk])


@pytest.fixture
def application(client, edition, applicant):
    application = start(client, applicant, edition)
    client.logout()
    return application


def write_as_secretariat(application, secretariat, body="Merci de préciser votre ICE."):
    return thread.send(application, MessageSide.SECRETARIAT, body, request_by(secretariat))


def test_anonymous_visitors_are_sent_to_sign_in_and_write_nothing(client, application):
    for response in (
        client.get(site_url(application)),
        client.post(site_url(application), {"body": "Bonjour"}),
    ):
        assert response.status_code == 302
        assert "/accounts/login/" in response.url
    assert client.get(admin_url(application)).status_code == 302
    assert not ApplicationMessage.objects.exists()


def test_another_applicant_gets_404_and_writes_nothing(client, application, secretariat):
    write_as_secretariat(application, secretariat)
    client.force_login(UserFactory())
    response = client.get(site_url(application))
    assert response.status_code == 404
    assert "préciser votre ICE" not in response.text
    assert client.post(site_url(application), {"body": "Bonjour"}).status_code == 404
    assert ApplicationMessage.objects.count() == 1


def test_applicants_and_editors_cannot_open_the_admin_thread(client, application, applicant):
    client.force_login(applicant)
    assert client.get(admin_url(application)).status_code in (302, 403)
    client.force_login(admin_user("Editors"))
    assert client.get(admin_url(application)).status_code in (302, 403)
    assert client.post(admin_url(application), {"body": "x"}).status_code in (302, 403)
    assert not ApplicationMessage.objects.exists()


def test_the_secretariat_writes_and_the_applicant_is_emailed_in_her_language(
    client, application, secretariat
):
    Application.objects.filter(pk=application.pk).update(language="ar")
    client.force_login(secretariat)
    assert client.get(admin_url(application)).status_code == 200
    mail.outbox.clear()
    response = client.post(admin_url(application), {"body": "Merci de préciser votre ICE."})
    assert response.status_code == 302
    (message,) = application.messages.all()
    assert message.side == MessageSide.SECRETARIAT and message.author == secretariat
    (email,) = mail.outbox
    assert email.to == [application.applicant.email]
    assert "رسالة من كتابة الجائزة" in email.subject
    assert "Merci de préciser votre ICE." in email.body
    assert site_url(application, "ar") in email.body
    event = AuditEvent.objects.get(action=thread.APPLICATION_MESSAGE_SENT)
    assert event.after["side"] == "secretariat" and event.after["message"] == message.pk
    assert "préciser" in client.get(admin_url(application)).text


def test_the_applicant_reads_and_replies_and_the_secretariat_sees_the_unread_reply(
    client, application, applicant, secretariat
):
    write_as_secretariat(application, secretariat)
    client.force_login(applicant)
    dashboard = client.get(reverse("awards_applications"))
    assert "1 nouveau" in dashboard.text
    response = client.get(site_url(application))
    assert response.status_code == 200
    assert "Merci de préciser votre ICE." in response.text
    assert "1 nouveau" not in client.get(reverse("awards_applications")).text

    mail.outbox.clear()
    response = client.post(site_url(application), {"body": "Notre ICE est 001234567000089."})
    assert response.status_code == 302
    assert not mail.outbox
    reply = application.messages.last()
    assert reply.side == MessageSide.APPLICANT and reply.author == applicant
    assert AuditEvent.objects.filter(action=thread.APPLICATION_MESSAGE_SENT).count() == 2

    client.force_login(secretariat)
    assert "1 réponse non lue" in client.get(LIST_URL).text
    assert "001234567000089" in client.get(admin_url(application)).text
    assert "non lue" not in client.get(LIST_URL).text


def test_the_secretariat_does_not_read_the_thread_on_the_site(client, application, secretariat):
    client.force_login(secretariat)
    assert client.get(site_url(application)).status_code == 404


def test_an_empty_message_is_refused_clearly(client, application, applicant, secretariat):
    client.force_login(applicant)
    response = client.post(site_url(application), {"body": "   "})
    assert response.status_code == 400
    assert "Écrivez votre message avant de l’envoyer." in response.text
    client.force_login(secretariat)
    assert client.post(admin_url(application), {"body": ""}).status_code == 400
    assert not ApplicationMessage.objects.exists()
    assert not AuditEvent.objects.filter(action=thread.APPLICATION_MESSAGE_SENT).exists()


def test_a_long_message_is_refused_in_her_language_and_kept(client, application, applicant):
    client.force_login(applicant)
    text = "ج" * (MESSAGE_MAX_LENGTH + 1)
    response = client.post(site_url(application, "ar"), {"body": text})
    assert response.status_code == 400
    assert "الرسالة طويلة جدا" in response.text
    assert text in response.text
    assert not ApplicationMessage.objects.exists()


def test_messages_are_append_only(application, applicant, secretariat):
    message = write_as_secretariat(application, secretariat)
    message.body = "Autre chose"
    with pytest.raises(AppendOnlyError):
        message.save()
    with pytest.raises(AppendOnlyError):
        message.delete()
    with pytest.raises(AppendOnlyError):
        ApplicationMessage.objects.filter(pk=message.pk).update(body="x")
    with pytest.raises(AppendOnlyError):
        ApplicationMessage.objects.all().delete()
    assert ApplicationMessage.objects.get().body == "Merci de préciser votre ICE."


def test_messages_are_never_public(client, application, secretariat):
    write_as_secretariat(application, secretariat, "Confidentiel Zerktouni")
    for url in (
        "/sitemap.xml",
        "/fr/search/?q=Zerktouni",
        "/api/v2/pages/?search=Zerktouni",
        "/api/prize-editions",
    ):
        response = client.get(url)
        assert "Confidentiel" not in response.content.decode(), url


def test_the_dashboard_query_count_does_not_grow_with_messages(
    client, prizes, applicant, secretariat, django_assert_max_num_queries
):
    def apply_to(count):
        for _number in range(count):
            edition = prizes.edition(opens_in=-5)
            application = start(client, applicant, edition)
            write_as_secretariat(application, secretariat)

    apply_to(1)
    client.force_login(applicant)
    client.get(reverse("awards_applications"))
    with django_assert_max_num_queries(60) as few:
        client.get(reverse("awards_applications"))
    baseline = len(few.captured_queries)
    apply_to(3)
    with django_assert_max_num_queries(baseline):
        response = client.get(reverse("awards_applications"))
    assert response.text.count("1 nouveau") == 4
