import hashlib
import io
import uuid

import openpyxl
import pytest

from django import forms
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation

from jawda.security.checks import private_media_is_not_public
from jawda.security.models import AuditEvent, PrivateFile, ScanStatus
from jawda.security.uploads import (
    UploadValidator,
    clean_original_name,
    store_private_file,
    validate_upload,
)

from ..factories import UserFactory
from .conftest import PDF, grant, office_file

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32
JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 32
XLSX_MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
DOCX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


def upload(content, name="rapport.pdf", content_type="application/pdf"):
    return SimpleUploadedFile(name, content, content_type=content_type)


def stored_files(root):
    return [path for path in root.rglob("*") if path.is_file()] if root.exists() else []


class CountingFile:
    """A file-like that says how many bytes were read from it; `size` only if given."""

    def __init__(self, length, size=None):
        self.length = length
        self.position = 0
        self.bytes_read = 0
        if size is not None:
            self.size = size

    def read(self, count=-1):
        remaining = self.length - self.position
        count = remaining if count < 0 else min(count, remaining)
        self.position += count
        self.bytes_read += count
        return b"%" * count

    def seek(self, position):
        self.position = position


def refuse(*args, **kwargs):
    with pytest.raises(ValidationError) as error:
        validate_upload(*args, **kwargs)
    return error.value


def test_a_pdf_is_stored_outside_the_media_root_under_a_generated_name(user, private_root):
    private_file = store_private_file(upload(PDF), user, allowed=("pdf",), max_bytes=1024)

    path = private_root / private_file.file.name
    assert path.read_bytes() == PDF
    assert path.stem == str(private_file.pk)
    assert uuid.UUID(path.stem)
    assert path.suffix == ".pdf"
    assert stored_files(private_root.parent / "media") == []
    assert private_file.original_name == "rapport.pdf"
    assert private_file.content_type == "application/pdf"
    assert private_file.size == len(PDF)
    assert private_file.sha256 == hashlib.sha256(PDF).hexdigest()
    assert private_file.scan_status == ScanStatus.CLEAN
    assert private_file.owner == user


def test_a_private_root_inside_the_media_root_is_a_configuration_error(settings):
    settings.PRIVATE_MEDIA_ROOT = settings.MEDIA_ROOT / "private"

    assert [error.id for error in private_media_is_not_public(None)] == ["security.E001"]


def test_private_files_have_no_public_url(user):
    private_file = store_private_file(upload(PDF), user)

    with pytest.raises(ValueError):
        private_file.file.url  # noqa: B018


@pytest.mark.parametrize(
    "content",
    [
        b"<!DOCTYPE html><html><script>alert(1)</script></html>",
        b"MZ\x90\x00\x03\x00\x00\x00" + b"\x00" * 64,
        b" %PDF-1.7 with a space before the signature",
    ],
    ids=["html", "exe", "offset-signature"],
)
def test_a_file_named_pdf_is_judged_by_its_content(user, private_root, content):
    with pytest.raises(ValidationError) as error:
        store_private_file(upload(content), user, allowed=("pdf",))

    assert error.value.code == "file_type"
    assert "PDF" in error.value.messages[0]
    assert stored_files(private_root) == []
    assert not PrivateFile.objects.exists()


def test_images_are_recognised_whatever_their_name():
    assert validate_upload(upload(PNG, "photo.pdf"), allowed=("png", "jpeg")).file_type.label == (
        "PNG"
    )
    assert validate_upload(upload(JPEG, "photo"), allowed=("png", "jpeg")).file_type.label == (
        "JPEG"
    )


def test_office_files_are_told_apart_by_their_declared_main_part():
    workbook = io.BytesIO()
    openpyxl.Workbook().save(workbook)

    assert validate_upload(upload(workbook.getvalue(), "t.xlsx"), allowed=("xlsx",))
    assert validate_upload(upload(office_file(DOCX_MAIN), "l.docx"), allowed=("docx",))
    assert refuse(upload(workbook.getvalue(), "l.docx"), allowed=("docx",)).code == "file_type"
    macro_workbook = office_file("application/vnd.ms-excel.sheet.macroEnabled.main+xml")
    assert refuse(upload(macro_workbook, "t.xlsx"), allowed=("xlsx",)).code == "file_type"
    broken_zip = b"PK\x03\x04" + b"\x00" * 40
    assert refuse(upload(broken_zip, "t.xlsx"), allowed=("xlsx",)).code == "file_type"


def test_a_file_too_large_for_its_declared_size_is_refused_without_reading_it():
    huge = CountingFile(length=50 * 1024 * 1024, size=50 * 1024 * 1024)

    assert refuse(huge, max_bytes=1024).code == "file_too_large"
    assert huge.bytes_read == 0


def test_a_file_of_unknown_size_is_read_only_up_to_the_cap():
    huge = CountingFile(length=50 * 1024 * 1024)

    error = refuse(huge, max_bytes=100 * 1024)

    assert error.code == "file_too_large"
    assert huge.bytes_read == 100 * 1024 + 1


def test_a_file_exactly_at_the_cap_is_accepted():
    assert validate_upload(upload(PDF), max_bytes=len(PDF)).size == len(PDF)


def test_an_empty_file_is_refused():
    assert refuse(upload(b"")).code == "empty"


def test_the_limit_is_written_for_the_reader():
    with translation.override("fr"):
        error = refuse(upload(PDF * 100), max_bytes=2048)

        assert "2,0\xa0Kio" in error.messages[0]


def test_the_validator_serves_a_form_field():
    class ReportForm(forms.Form):
        report = forms.FileField(validators=[UploadValidator(allowed=("pdf",), max_bytes=1024)])

    good = ReportForm(files={"report": upload(PDF)})
    wrong_type = ReportForm(files={"report": upload(PNG)})

    assert good.is_valid()
    with translation.override("en"):
        assert not wrong_type.is_valid()
        assert wrong_type.errors["report"] == [
            "This type of file is not accepted. Accepted types: PDF."
        ]
    assert UploadValidator(("pdf",), 1024) == UploadValidator(["pdf"], 1024)


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        ("../../etc/passwd", "passwd"),
        ("C:\\Users\\nadia\\bilan 2026.pdf", "bilan 2026.pdf"),
        ("facture\u202efdp.exe", "facturefdp.exe"),
        ("rapport\x00.pdf", "rapport.pdf"),
        ("تقرير الجودة.pdf", "تقرير الجودة.pdf"),
        ("...", ""),
        ("a" * 300 + ".pdf", "a" * 196 + ".pdf"),
    ],
)
def test_the_original_name_is_kept_only_once_made_harmless(name, kept):
    assert clean_original_name(name) == kept


def test_nothing_is_left_on_disk_when_the_row_cannot_be_saved(user, private_root, monkeypatch):
    def fail(*args, **kwargs):
        raise RuntimeError("database unavailable")

    monkeypatch.setattr(PrivateFile, "save", fail)

    with pytest.raises(RuntimeError):
        store_private_file(upload(PDF), user)

    assert stored_files(private_root) == []


scanned_paths = []


def infected_scanner(path):
    scanned_paths.append(path)
    return "infected"


def broken_scanner(path):
    raise ConnectionError("clamd is not answering")


def test_the_configured_scanner_decides(user, settings, private_root):
    settings.JAWDA_UPLOAD_SCANNER = "tests.security.test_uploads.infected_scanner"

    private_file = store_private_file(upload(PDF), user)

    assert private_file.scan_status == ScanStatus.INFECTED
    assert not private_file.is_usable
    assert scanned_paths[-1] == str(private_root / private_file.file.name)
    event = AuditEvent.objects.get(action="file_infected")
    assert event.actor == user
    assert event.after["sha256"] == private_file.sha256


def test_a_failing_scanner_leaves_the_file_pending(user, settings):
    settings.JAWDA_UPLOAD_SCANNER = "tests.security.test_uploads.broken_scanner"

    private_file = store_private_file(upload(PDF), user)

    assert private_file.scan_status == ScanStatus.PENDING
    assert not PrivateFile.objects.usable().exists()


# Downloads


@pytest.fixture
def report(user):
    return store_private_file(upload(PDF, "bilan qualité.exe"), user)


def url(private_file):
    return f"/files/{private_file.pk}/"


def test_the_owner_downloads_her_file_as_an_attachment(client, user, report):
    client.force_login(user)

    response = client.get(url(report))

    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF
    assert response["Content-Type"] == "application/pdf"
    # The detected type's extension, never the one the uploader claimed.
    assert response["Content-Disposition"] == (
        "attachment; filename*=utf-8''bilan%20qualit%C3%A9.pdf"
    )
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "no-store" in response["Cache-Control"]


def test_an_anonymous_visitor_is_sent_to_the_login_page(client, report):
    response = client.get(url(report))

    assert response.status_code == 302
    assert response["Location"] == f"/fr/accounts/login/?next={url(report)}"


def test_another_member_gets_the_same_404_as_for_a_missing_file(client, other_user, report):
    client.force_login(other_user)

    assert client.get(url(report)).status_code == 404
    assert client.get(f"/files/{uuid.uuid4()}/").status_code == 404


def test_staff_need_the_permission_to_read_a_members_file(client, staff, report):
    client.force_login(staff)

    assert client.get(url(report)).status_code == 404
    grant(staff, "security.view_any_privatefile")
    staff = type(staff).objects.get(pk=staff.pk)
    client.force_login(staff)
    assert client.get(url(report)).status_code == 200
    event = AuditEvent.objects.get(action="file_viewed_by_staff")
    assert event.actor == staff
    assert event.target_id == str(report.pk)


def test_the_permission_without_staff_status_is_not_enough(client, other_user, report):
    client.force_login(grant(other_user, "security.view_any_privatefile"))

    assert client.get(url(report)).status_code == 404


@pytest.mark.parametrize("status", [ScanStatus.PENDING, ScanStatus.INFECTED])
def test_a_file_not_yet_found_clean_cannot_be_downloaded(client, user, report, status):
    PrivateFile.objects.filter(pk=report.pk).update(scan_status=status)
    client.force_login(user)

    assert client.get(url(report)).status_code == 404


def test_the_files_of_a_deleted_account_go_with_it(
    user, report, private_root, django_capture_on_commit_callbacks
):
    kept = store_private_file(upload(PDF), UserFactory())

    with django_capture_on_commit_callbacks(execute=True):
        user.delete()

    assert list(PrivateFile.objects.all()) == [kept]
    assert stored_files(private_root) == [private_root / kept.file.name]
