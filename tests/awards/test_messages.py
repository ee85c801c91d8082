"""Messages between the secretariat and the applicant: who may read and write, the email, the
unread replies in the secretariat's list, bad input, append-only, never public."""

import pytest

from django.core import mail
from django.urls import reverse

from awards import messages as thread
from awards.models import MESSAGE_MAX_LENGTH, Application, ApplicationMessage, MessageSide
from jawda.security.models import AppendOnlyError, AuditEvent
from jawda.security.tokens import TokenScope, create_token

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
    assert f"{MESSAGE_MAX_LENGTH} حرفا على الأكثر." in response.text
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


# ---------------------------------------------------------------------------------------------
# API


def api_url(application):
    return f"/api/prize-applications/{application.pk}/messages"


def test_the_api_gives_her_thread_to_her_only(client, application, applicant, secretariat):
    write_as_secretariat(application, secretariat)
    thread.send(application, MessageSide.APPLICANT, "Notre ICE est correct.", request_by(applicant))

    response = client.get(api_url(application))
    assert response.status_code == 401
    assert set(response.json()["error"]) == {"code", "message", "fields"}

    client.force_login(UserFactory())
    response = client.get(api_url(application))
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"
    assert "préciser" not in response.text

    # The secretariat reads the thread in the admin, not through her API.
    client.force_login(secretariat)
    assert client.get(api_url(application)).status_code == 404

    _token, plaintext = create_token(applicant, "Mes scripts", TokenScope.READ, 30)
    client.logout()
    response = client.get(
        api_url(application), {"lang": "ar"}, HTTP_AUTHORIZATION=f"Bearer {plaintext}"
    )
    assert response.status_code == 200
    data = response.json()
    assert data["count"] == 2
    first, reply = data["items"]
    assert first["side"] == {"code": "secretariat", "label": "كتابة الجائزة"}
    assert first["body"] == "Merci de préciser votre ICE."
    assert reply["side"]["code"] == "applicant" and reply["body"] == "Notre ICE est correct."
    assert first["sent_at"].endswith(("+00:00", "+01:00"))


def test_the_api_refuses_bad_ids_and_parameters(client, application, applicant):
    client.force_login(applicant)
    assert client.get("/api/prize-applications/not-a-uuid/messages").status_code == 404
    missing = "/api/prize-applications/00000000-0000-0000-0000-000000000000/messages"
    assert client.get(missing).status_code == 404
    response = client.get(api_url(application), {"sort": "x", "lang": "ar"})
    assert response.status_code == 400
    assert "sort" in response.json()["error"]["fields"]


def test_the_api_thread_is_in_the_openapi_document(client, db):
    paths = client.get("/api/openapi.json").json()["paths"]
    responses = paths["/api/prize-applications/{application_id}/messages"]["get"]["responses"]
    assert {"200", "400", "401", "404"} <= set(responses)


def test_the_api_thread_query_count_does_not_grow(
    client, application, applicant, secretariat, django_assert_max_num_queries
):
    write_as_secretariat(application, secretariat)
    client.force_login(applicant)
    client.get(api_url(application))
    with django_assert_max_num_queries(30) as few:
        client.get(api_url(application))
    for _number in range(5):
        write_as_secretariat(application, secretariat)
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(api_url(application))
    assert response.json()["count"] == 6
