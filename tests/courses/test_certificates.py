import datetime
import io
import re
import threading
import uuid

import pytest
from pypdf import PdfReader

from django.contrib.auth.models import Permission
from django.db import connection
from django.utils import timezone, translation
from django.utils.translation import gettext

from courses import certificates
from courses.certificates import CertificateError, issue_certificate
from courses.models import Certificate, Enrolment, ItemProgress, ItemStatus
from courses.progress import (
    enrol,
    heartbeat,
    record_view,
    start_attempt,
    submit_attempt,
)
from jawda.security.models import AuditEvent

from ..conftest import publish
from ..factories import UserFactory, with_totp
from .test_progress import correct_answers

pytestmark = pytest.mark.django_db

NUMBER = re.compile(r"^JAW-(\d{4})-(\d{6})$")
FAKE_PDF = b"%PDF-1.7\n% rendered by the test\n%%EOF\n"


@pytest.fixture
def learner(db):
    return UserFactory(first_name="Nadia", last_name="Alaoui")


@pytest.fixture
def fake_pdf(monkeypatch):
    """WeasyPrint takes a second or two per page: most tests do not need the real one."""
    calls = []

    def render(certificate, language=None):
        calls.append(certificate.number)
        return FAKE_PDF

    monkeypatch.setattr(certificates, "render_pdf", render)
    return calls


def complete(learner, courses, quiz_score=100):
    """Every item done, the quiz's best score `quiz_score`, the enrolment completed."""
    enrolment = enrol(learner, courses.course)
    for item in (courses.lesson1, courses.lesson2, courses.lesson3, courses.quiz):
        ItemProgress.objects.create(
            enrolment=enrolment,
            item_key=item.translation_key,
            status=ItemStatus.DONE,
            best_score=quiz_score if item is courses.quiz else None,
            completed_at=timezone.now(),
        )
    Enrolment.objects.filter(pk=enrolment.pk).update(completed_at=timezone.now())
    return enrolment


def certified(learner, courses, name="Nadia Alaoui", name_ar=""):
    complete(learner, courses)
    certificate, created = issue_certificate(learner, courses.course, name, name_ar)
    assert created
    return certificate


def staff_with(*codenames):
    user = with_totp(UserFactory(is_staff=True))
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    for codename in codenames:
        user.user_permissions.add(
            Permission.objects.get(content_type__app_label="courses", codename=codename)
        )
    return user


# ---------------------------------------------------------------------------------------------
# Rules


def test_no_certificate_before_the_course_is_completed(courses, learner, fake_pdf):
    enrol(learner, courses.course)
    record_view(learner, courses.lesson1)
    with pytest.raises(CertificateError):
        issue_certificate(learner, courses.course, "Nadia Alaoui")
    assert not Certificate.objects.exists()


def test_no_certificate_with_a_quiz_below_the_course_pass_mark(courses, learner, fake_pdf):
    # The quiz's own pass mark is 50%: a 60% quiz is done, and the course completed, but the
    # course asks 70% of every quiz for its certificate.
    complete(learner, courses, quiz_score=60)
    with pytest.raises(CertificateError) as error:
        issue_certificate(learner, courses.course, "Nadia Alaoui")
    assert "70" in str(error.value)
    assert not Certificate.objects.exists()
    ItemProgress.objects.filter(item_key=courses.quiz.translation_key).update(best_score=70)
    certificate, created = issue_certificate(learner, courses.course, "Nadia Alaoui")
    assert created and certificate.is_valid


def test_no_certificate_for_a_course_that_gives_none(courses, learner, fake_pdf):
    courses.course.certificate = False
    publish(courses.course)
    complete(learner, courses)
    with pytest.raises(CertificateError):
        issue_certificate(learner, courses.course, "Nadia Alaoui")
    assert not Certificate.objects.exists()


def test_completing_the_course_for_real_makes_her_eligible(courses, learner, monkeypatch):
    monkeypatch.setattr(certificates, "render_pdf", lambda c, language=None: FAKE_PDF)
    enrol(learner, courses.course)
    record_view(learner, courses.lesson1)
    record_view(learner, courses.lesson3)
    start = timezone.now()
    clock = {"now": start}
    with monkeypatch.context() as patch:
        patch.setattr("courses.progress.timezone.now", lambda: clock["now"])
        heartbeat(learner, courses.lesson2)
        clock["now"] = start + datetime.timedelta(seconds=61)
        heartbeat(learner, courses.lesson2)
    attempt = start_attempt(learner, courses.quiz)
    submit_attempt(learner, courses.quiz, attempt, correct_answers(attempt, courses.quiz))
    certificate, created = issue_certificate(learner, courses.course, "Nadia Alaoui")
    assert created
    assert certificate.course_key == courses.course.translation_key


# ---------------------------------------------------------------------------------------------
# Numbers, idempotency, frozen content


def test_numbers_are_sequential_per_year(courses, fake_pdf):
    year = timezone.localdate().year
    Certificate.objects.create(
        number=f"JAW-{year - 1}-000041",
        learner=UserFactory(),
        course_key=uuid.uuid4(),
        course_title_fr="Ancien cours",
        standard="NM ISO 9001:2008",
        name="Ancienne",
    )
    numbers = [certified(UserFactory(), courses).number for _ in range(3)]
    assert numbers == [f"JAW-{year}-00000{n}" for n in (1, 2, 3)]
    assert all(NUMBER.match(number) for number in numbers)


def test_a_number_taken_meanwhile_is_skipped(courses, learner, fake_pdf, monkeypatch):
    first = certified(UserFactory(), courses)
    real = certificates._next_number
    calls = []

    def racing(year):
        calls.append(year)
        # The first call answers as if the other request had not committed yet.
        return first.number if len(calls) == 1 else real(year)

    monkeypatch.setattr(certificates, "_next_number", racing)
    second = certified(learner, courses)
    assert len(calls) == 2
    assert int(second.number[-6:]) == int(first.number[-6:]) + 1


def test_issuing_twice_gives_the_same_certificate(courses, learner, fake_pdf):
    complete(learner, courses)
    first, created = issue_certificate(learner, courses.course, "Nadia Alaoui")
    again, created_again = issue_certificate(learner, courses.course, "Autre Nom")
    assert created and not created_again
    assert again.pk == first.pk and again.name == "Nadia Alaoui"
    assert Certificate.objects.count() == 1
    assert fake_pdf == [first.number]


def test_the_course_titles_and_the_standard_are_frozen(courses, learner, fake_pdf):
    courses.translate_all()
    certificate = certified(learner, courses, name_ar="نادية العلوي")
    assert certificate.course_title_fr == "NM ISO 9001 — les fondamentaux"
    assert certificate.course_title_ar == "إيزو 9001 — الأساسيات"
    assert certificate.standard == "NM ISO 9001:2015"
    courses.course.title = "Nouveau titre"
    courses.course.standard = "NM ISO 9001:2026"
    publish(courses.course)
    certificate.refresh_from_db()
    assert certificate.course_title_fr == "NM ISO 9001 — les fondamentaux"
    assert certificate.standard == "NM ISO 9001:2015"


def test_a_revoked_certificate_is_not_reissued_by_the_learner(courses, learner, fake_pdf):
    certificate = certified(learner, courses)
    Certificate.objects.filter(pk=certificate.pk).update(revoked_at=timezone.now())
    with pytest.raises(CertificateError):
        issue_certificate(learner, courses.course, "Nadia Alaoui")
    assert Certificate.objects.count() == 1


def _in_threads(count, work):
    errors, results = [], []
    barrier = threading.Barrier(count)

    def run(index):
        try:
            barrier.wait()
            results.append(work(index))
        except Exception as error:  # noqa: BLE001 (reported below)
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors, results


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="needs concurrent connections (PostgreSQL)"
)
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_concurrent_issuing_gives_unique_sequential_numbers(courses, fake_pdf):
    learners = [UserFactory() for _ in range(8)]
    for learner in learners:
        complete(learner, courses)

    # The same learner, eight requests at once: one certificate.
    errors, results = _in_threads(
        8, lambda i: issue_certificate(learners[0], courses.course, "Nadia Alaoui")
    )
    assert errors == []
    assert len({certificate.pk for certificate, _created in results}) == 1
    assert sum(created for _certificate, created in results) == 1

    # Seven other learners at once: seven certificates, numbers 2 to 8, no gap, no repeat.
    errors, results = _in_threads(
        7, lambda i: issue_certificate(learners[i + 1], courses.course, f"Personne {i}")
    )
    assert errors == []
    numbers = sorted(Certificate.objects.values_list("number", flat=True))
    year = timezone.localdate().year
    assert numbers == [f"JAW-{year}-{n:06d}" for n in range(1, 9)]
    assert Certificate.objects.filter(learner=learners[0]).count() == 1


# ---------------------------------------------------------------------------------------------
# The PDF


def test_the_pdf_is_bilingual_stored_once_and_never_regenerated(
    client, courses, learner, monkeypatch
):
    courses.translate_all()
    certificate = certified(learner, courses, name_ar="نادية العلوي")
    assert certificate.pdf.name == f"certificates/{certificate.number}.pdf"
    with certificate.pdf.open("rb") as stored:
        data = stored.read()
    assert data.startswith(b"%PDF-")
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) == 1
    page = reader.pages[0]
    assert float(page.mediabox.width) > float(page.mediabox.height)  # landscape
    text = page.extract_text()
    for expected in (
        "نادية العلوي",
        "Nadia Alaoui",
        "الأساسيات",
        "NM ISO 9001 — les fondamentaux",
        "NM ISO 9001:2015",
        certificate.number,
        str(certificate.verification_key),
    ):
        assert expected in text
    fonts = {
        str(font["/BaseFont"])
        for font in (
            page["/Resources"]["/Font"][name].get_object() for name in page["/Resources"]["/Font"]
        )
    }
    assert any("Noto-Sans-Arabic" in font for font in fonts)

    def refuse(*args, **kwargs):
        raise AssertionError("the stored PDF must be sent, not a new one")

    monkeypatch.setattr(certificates, "render_pdf", refuse)
    client.force_login(learner)
    response = client.get(f"/fr/learning/certificates/{certificate.number}/download/")
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == data


def test_a_pdf_that_failed_at_issue_is_rendered_at_the_first_download(
    client, courses, learner, monkeypatch
):
    def broken(*args, **kwargs):
        raise OSError("no fonts")

    monkeypatch.setattr(certificates, "render_pdf", broken)
    certificate = certified(learner, courses)
    assert not Certificate.objects.get(pk=certificate.pk).pdf
    monkeypatch.setattr(certificates, "render_pdf", lambda c, language=None: FAKE_PDF)
    client.force_login(learner)
    response = client.get(f"/fr/learning/certificates/{certificate.number}/download/")
    assert b"".join(response.streaming_content) == FAKE_PDF
    assert Certificate.objects.get(pk=certificate.pk).pdf.name.endswith(".pdf")


# ---------------------------------------------------------------------------------------------
# Downloads


def test_download_permissions(client, courses, learner, fake_pdf):
    certificate = certified(learner, courses)
    url = f"/fr/learning/certificates/{certificate.number}/download/"

    response = client.get(url)
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]

    client.force_login(UserFactory())
    assert client.get(url).status_code == 404
    assert client.get("/fr/learning/certificates/JAW-2000-000001/download/").status_code == 404

    client.force_login(with_totp(UserFactory(is_staff=True)))  # staff without the permission
    assert client.get(url).status_code == 404

    client.force_login(learner)
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert "attachment" in response["Content-Disposition"]
    assert b"".join(response.streaming_content) == FAKE_PDF

    staff = staff_with("revoke_certificate")
    client.force_login(staff)
    assert client.get(url).status_code == 200
    event = AuditEvent.objects.get(action=certificates.CERTIFICATE_DOWNLOADED_BY_STAFF)
    assert event.actor == staff and event.target_repr == certificate.number

    # Once revoked, the learner no longer gets it; staff still do.
    Certificate.objects.filter(pk=certificate.pk).update(revoked_at=timezone.now())
    client.force_login(learner)
    assert client.get(url).status_code == 404
    client.force_login(staff)
    assert client.get(url).status_code == 200


# ---------------------------------------------------------------------------------------------
# Verification


def test_the_verification_page_of_a_valid_certificate(client, courses, learner, fake_pdf):
    courses.translate_all()
    certificate = certified(learner, courses, name_ar="نادية العلوي")
    response = client.get(f"/fr/certificates/verify/{certificate.verification_key}/")
    assert response.status_code == 200
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    content = response.content.decode()
    assert 'id="certificate-status"' in content
    for expected in ("Nadia Alaoui", "نادية العلوي", certificate.number, "les fondamentaux"):
        assert expected in content
    assert learner.email not in content
    with translation.override("fr"):
        assert gettext("This certificate is valid.") in content

    arabic = client.get(f"/ar/certificates/verify/{certificate.verification_key}/")
    assert arabic.status_code == 200
    assert "إيزو 9001 — الأساسيات" in arabic.content.decode()
    assert '<html lang="ar" dir="rtl">' in arabic.content.decode()


def test_the_verification_page_of_a_revoked_certificate(client, courses, learner, fake_pdf):
    certificate = certified(learner, courses)
    Certificate.objects.filter(pk=certificate.pk).update(
        revoked_at=timezone.now(), revoked_reason="Fraude à l'examen constatée."
    )
    response = client.get(f"/fr/certificates/verify/{certificate.verification_key}/")
    assert response.status_code == 200
    content = response.content.decode()
    assert "Fraude à l&#x27;examen constatée." in content
    with translation.override("fr"):
        assert gettext("This certificate is valid.") not in content


def test_an_unknown_key_is_a_404_in_the_visitors_language(client, tree):
    response = client.get(f"/ar/certificates/verify/{uuid.uuid4()}/")
    assert response.status_code == 404
    assert "الصفحة غير موجودة" in response.content.decode()
    assert client.get("/fr/certificates/verify/not-a-key/").status_code == 404


# ---------------------------------------------------------------------------------------------
# Revocation in the admin


def test_staff_revoke_with_a_reason_and_it_is_audited(client, courses, learner, fake_pdf):
    certificate = certified(learner, courses)
    url = f"/admin/certificates/revoke/{certificate.pk}/"
    staff = staff_with("revoke_certificate")
    client.force_login(staff)
    assert client.get("/admin/certificates/").status_code == 200
    assert client.get(f"/admin/certificates/inspect/{certificate.pk}/").status_code == 200
    assert client.get(url).status_code == 200

    response = client.post(url, {"reason": "   "})
    assert response.status_code == 200
    assert Certificate.objects.get(pk=certificate.pk).is_valid
    assert not AuditEvent.objects.filter(action=certificates.CERTIFICATE_REVOKED).exists()

    response = client.post(url, {"reason": "Nom usurpé."})
    assert response.status_code == 302
    certificate.refresh_from_db()
    assert not certificate.is_valid
    assert certificate.revoked_reason == "Nom usurpé."
    assert certificate.revoked_by == staff
    event = AuditEvent.objects.get(action=certificates.CERTIFICATE_REVOKED)
    assert event.actor == staff
    assert event.target_repr == certificate.number
    assert event.after["reason"] == "Nom usurpé."

    # A second revocation changes nothing and records nothing.
    client.post(url, {"reason": "Encore."})
    assert Certificate.objects.get(pk=certificate.pk).revoked_reason == "Nom usurpé."
    assert AuditEvent.objects.filter(action=certificates.CERTIFICATE_REVOKED).count() == 1
    assert Certificate.objects.filter(pk=certificate.pk).exists()  # never deleted


def test_revocation_is_refused_without_the_permission(client, courses, learner, fake_pdf):
    certificate = certified(learner, courses)
    url = f"/admin/certificates/revoke/{certificate.pk}/"

    assert client.post(url, {"reason": "Non."}).status_code == 302  # to the login page
    client.force_login(learner)
    assert client.post(url, {"reason": "Non."}).status_code == 403
    viewer = staff_with("view_certificate")
    client.force_login(viewer)
    assert client.get("/admin/certificates/").status_code == 200
    assert client.post(url, {"reason": "Non."}).status_code in (302, 403)
    editor = staff_with()
    client.force_login(editor)
    assert client.get("/admin/certificates/").status_code in (302, 403)

    assert Certificate.objects.get(pk=certificate.pk).is_valid
    assert not AuditEvent.objects.filter(action=certificates.CERTIFICATE_REVOKED).exists()
    assert client.post(f"/admin/certificates/delete/{certificate.pk}/").status_code == 404


def test_staff_reissue_with_a_corrected_name(client, courses, learner, fake_pdf):
    """A misspelt name: the new number carries the right one, the old QR code says revoked."""
    certificate = certified(learner, courses)
    url = f"/admin/certificates/reissue/{certificate.pk}/"
    staff = staff_with("revoke_certificate")
    client.force_login(staff)
    assert client.get(f"/admin/certificates/inspect/{certificate.pk}/").status_code == 200
    assert certificate.name in client.get(url).content.decode()

    # Bad input: a Latin name in the Arabic field, no reason; nothing changes.
    response = client.post(url, {"name": "Nadia Alaoui", "name_ar": "Nadia", "reason": ""})
    assert response.status_code == 200
    assert Certificate.objects.count() == 1 and Certificate.objects.get().is_valid

    response = client.post(
        url,
        {"name": "Nadia  El Alaoui", "name_ar": "نادية العلوي", "reason": "Nom mal orthographié."},
    )
    assert response.status_code == 302
    old = Certificate.objects.get(pk=certificate.pk)
    new = Certificate.objects.get(revoked_at__isnull=True)
    assert (new.name, new.name_ar) == ("Nadia El Alaoui", "نادية العلوي")
    assert new.number != old.number and new.learner == learner
    assert new.course_title_fr == old.course_title_fr
    assert (old.revoked_reason, old.revoked_by) == ("Nom mal orthographié.", staff)
    event = AuditEvent.objects.get(action=certificates.CERTIFICATE_REISSUED)
    assert (event.actor, event.before["number"], event.after["number"]) == (
        staff,
        old.number,
        new.number,
    )
    verification = client.get(f"/fr/certificates/verify/{old.verification_key}/")
    assert "Nom mal orthographié." in verification.content.decode()
    assert client.get(f"/fr/certificates/verify/{new.verification_key}/").status_code == 200

    # Re-issuing the old one again would give her two valid certificates: refused.
    response = client.post(url, {"name": "Autre", "name_ar": "", "reason": "Encore."})
    assert response.status_code == 200
    assert new.number in response.content.decode()
    assert Certificate.objects.filter(revoked_at__isnull=True).count() == 1


def test_reissue_is_refused_without_the_revoke_permission(client, courses, learner, fake_pdf):
    certificate = certified(learner, courses)
    url = f"/admin/certificates/reissue/{certificate.pk}/"
    data = {"name": "Autre Nom", "name_ar": "", "reason": "Non."}

    assert client.post(url, data).status_code == 302  # to the login page
    client.force_login(learner)
    assert client.post(url, data).status_code == 403
    client.force_login(staff_with("view_certificate"))
    assert client.post(url, data).status_code in (302, 403)

    assert Certificate.objects.get().name == certificate.name
    assert not AuditEvent.objects.filter(action=certificates.CERTIFICATE_REISSUED).exists()


# ---------------------------------------------------------------------------------------------
# The learner's side: name form, course page, dashboard


def test_the_course_page_and_dashboard_offer_the_form_when_eligible(client, courses, learner):
    complete(learner, courses, quiz_score=60)
    client.force_login(learner)
    content = client.get(courses.course.url).content.decode()
    assert "certificates/claim/" not in content
    with translation.override("fr"):
        assert "70" in content and 'id="certificate"' in content

    ItemProgress.objects.filter(item_key=courses.quiz.translation_key).update(best_score=90)
    claim = f"/fr/learning/certificates/claim/{courses.course.translation_key}/"
    for url in (courses.course.url, "/fr/learning/"):
        content = client.get(url).content.decode()
        assert f'action="{claim}"' in content
        assert 'value="Nadia Alaoui"' in content  # prefilled from her account


def test_the_name_form_issues_the_certificate(client, courses, learner, fake_pdf):
    complete(learner, courses)
    client.force_login(learner)
    claim = f"/fr/learning/certificates/claim/{courses.course.translation_key}/"
    response = client.post(claim, {"name": "  Nadia   Alaoui  ", "name_ar": "نادية العلوي"})
    assert response.status_code == 302
    assert response["Location"] == "/fr/learning/#certificates"
    certificate = Certificate.objects.get()
    assert certificate.name == "Nadia Alaoui"
    assert certificate.name_ar == "نادية العلوي"
    assert certificate.learner == learner

    content = client.get("/fr/learning/").content.decode()
    assert f"/fr/learning/certificates/{certificate.number}/download/" in content
    assert f"/fr/certificates/verify/{certificate.verification_key}/" in content
    assert f'action="{claim}"' not in content
    # Posting again changes nothing.
    client.post(claim, {"name": "Autre"})
    assert Certificate.objects.get().name == "Nadia Alaoui"


@pytest.mark.parametrize("language", ["fr", "ar"])
@pytest.mark.parametrize(
    "data, field, message",
    [
        ({"name": ""}, "name", "Give your name as it should appear on the certificate."),
        ({"name": "   "}, "name", "Give your name as it should appear on the certificate."),
        (
            {"name": "N" * 201},
            "name",
            "The name is too long: at most %(limit_value)d characters.",
        ),
        (
            {"name": "Nadia", "name_ar": "ن" * 201},
            "name_ar",
            "The name is too long: at most %(limit_value)d characters.",
        ),
        (
            {"name": "Nadia", "name_ar": "Nadia"},
            "name_ar",
            "Write this name in Arabic letters, or leave it empty.",
        ),
    ],
)
def test_bad_input_on_the_name_form(
    client, courses, learner, fake_pdf, language, data, field, message
):
    complete(learner, courses)
    client.force_login(learner)
    claim = f"/{language}/learning/certificates/claim/{courses.course.translation_key}/"
    response = client.post(claim, data)
    assert response.status_code == 400
    content = response.content.decode()
    assert f'<html lang="{language}"' in content
    assert f'id="id_{field}-error"' in content
    with translation.override(language):
        expected = gettext(message)
        if "%(limit_value)d" in expected:
            expected = expected % {"limit_value": 200}
    assert expected.replace("'", "&#x27;") in content
    assert not Certificate.objects.exists()
    assert fake_pdf == []


def test_the_form_is_refused_before_the_rules_are_met(client, courses, learner, fake_pdf):
    enrol(learner, courses.course)
    client.force_login(learner)
    claim = f"/fr/learning/certificates/claim/{courses.course.translation_key}/"
    response = client.post(claim, {"name": "Nadia Alaoui"})
    assert response.status_code == 302 and response["Location"] == courses.course.url
    assert not Certificate.objects.exists()
    assert client.get(f"/fr/learning/certificates/claim/{uuid.uuid4()}/").status_code == 404
    client.logout()
    assert client.post(claim, {"name": "Nadia Alaoui"}).status_code == 302
    assert not Certificate.objects.exists()
