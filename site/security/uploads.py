"""One way in for every upload: checked by content, capped in size, renamed, scanned.

A form validates with `UploadValidator` (or `validate_upload`); the view then keeps the file
with `store_private_file`, which checks it again and returns a `PrivateFile`.
"""

import hashlib
import logging
import os
import unicodedata
import zipfile
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured, ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils import timezone
from django.utils.deconstruct import deconstructible
from django.utils.module_loading import import_string
from django.utils.translation import gettext_lazy as _

from .audit import record
from .models import Action, PrivateFile, ScanStatus
from .storage import private_storage

logger = logging.getLogger(__name__)

DEFAULT_MAX_BYTES = 10 * 1024 * 1024
CHUNK_BYTES = 64 * 1024
SIGNATURE_BYTES = 8
# [Content_Types].xml is a few kilobytes; a larger one is refused rather than inflated.
CONTENT_TYPES_MAX_BYTES = 256 * 1024
ORIGINAL_NAME_MAX_LENGTH = 200


@dataclass(frozen=True)
class FileType:
    label: str
    content_type: str
    extension: str
    signature: bytes
    # ZIP-based Office formats: the main part's type that [Content_Types].xml must declare.
    # The macro-enabled variants (.xlsm, .docm) declare another type, so they are refused.
    office_main_part: str = ""


FILE_TYPES = {
    "pdf": FileType("PDF", "application/pdf", "pdf", b"%PDF-"),
    "png": FileType("PNG", "image/png", "png", b"\x89PNG\r\n\x1a\n"),
    "jpeg": FileType("JPEG", "image/jpeg", "jpg", b"\xff\xd8\xff"),
    "xlsx": FileType(
        "XLSX",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "xlsx",
        b"PK\x03\x04",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
    ),
    "docx": FileType(
        "DOCX",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "docx",
        b"PK\x03\x04",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    ),
}


@dataclass(frozen=True)
class CheckedUpload:
    file_type: FileType
    size: int
    sha256: str


def validate_upload(uploaded_file, allowed=("pdf",), max_bytes=DEFAULT_MAX_BYTES):
    """Check a file's size and type by its content; return a `CheckedUpload`.

    `allowed` names keys of FILE_TYPES. The file's name and the browser's content type are
    ignored. Raises ValidationError with a message in the active language.
    """
    file_types = [FILE_TYPES[kind] for kind in allowed]
    # The size the upload handler measured: a file too large is refused without reading it.
    size = getattr(uploaded_file, "size", None)
    if size is not None and size > max_bytes:
        raise _too_large(max_bytes)
    uploaded_file.seek(0)
    try:
        size, signature, sha256 = _read_within(uploaded_file, max_bytes)
        if size == 0:
            raise ValidationError(_("The file is empty."), code="empty")
        for file_type in file_types:
            if _has_type(uploaded_file, signature, file_type):
                return CheckedUpload(file_type, size, sha256)
    finally:
        uploaded_file.seek(0)
    raise ValidationError(
        _("This type of file is not accepted. Accepted types: %(types)s."),
        code="file_type",
        params={"types": ", ".join(file_type.label for file_type in file_types)},
    )


@deconstructible
class UploadValidator:
    """`validate_upload` as a validator for form and model file fields."""

    def __init__(self, allowed=("pdf",), max_bytes=DEFAULT_MAX_BYTES):
        self.allowed = tuple(allowed)
        self.max_bytes = max_bytes

    def __call__(self, uploaded_file):
        validate_upload(uploaded_file, self.allowed, self.max_bytes)

    def __eq__(self, other):
        return (
            isinstance(other, UploadValidator)
            and self.allowed == other.allowed
            and self.max_bytes == other.max_bytes
        )


def store_private_file(uploaded_file, owner, allowed=("pdf",), max_bytes=DEFAULT_MAX_BYTES):
    """Check the file, keep it under PRIVATE_MEDIA_ROOT with a generated name, scan it.

    The returned `PrivateFile` may be downloaded only once `is_usable` (the scan passed). A
    file that fails the checks is never written; one whose row cannot be saved is removed.
    """
    checked = validate_upload(uploaded_file, allowed, max_bytes)
    private_file = PrivateFile(
        owner=owner,
        original_name=clean_original_name(getattr(uploaded_file, "name", None) or ""),
        content_type=checked.file_type.content_type,
        size=checked.size,
        sha256=checked.sha256,
        uploaded_at=timezone.now(),
    )
    name = f"{private_file.uploaded_at:%Y/%m}/{private_file.pk}.{checked.file_type.extension}"
    private_file.file.name = private_storage.save(name, uploaded_file)
    try:
        private_file.save(force_insert=True)
    except BaseException:
        private_storage.delete(private_file.file.name)
        raise
    scan_private_file(private_file)
    return private_file


def scan_private_file(private_file):
    """Run the JAWDA_UPLOAD_SCANNER on the file and record its verdict.

    A scanner that fails or answers something else leaves the file pending, so unusable.
    """
    scanner = import_string(settings.JAWDA_UPLOAD_SCANNER)
    try:
        verdict = scanner(private_file.file.path)
    except Exception:
        logger.exception("The virus scan of private file %s failed", private_file.pk)
        return
    if verdict not in (ScanStatus.CLEAN, ScanStatus.INFECTED):
        raise ImproperlyConfigured(
            f"JAWDA_UPLOAD_SCANNER returned {verdict!r}, not 'clean' or 'infected'."
        )
    private_file.scan_status = verdict
    private_file.save(update_fields=["scan_status"])
    if verdict == ScanStatus.INFECTED:
        record(
            Action.FILE_INFECTED,
            actor=private_file.owner,
            target=private_file,
            after={"sha256": private_file.sha256, "original_name": private_file.original_name},
        )


def mark_clean(path):
    """The default JAWDA_UPLOAD_SCANNER, while no antivirus is configured: every file passes."""
    return ScanStatus.CLEAN


def clean_original_name(name):
    """The uploader's file name, kept for display: no folders, no control or bidi characters."""
    name = unicodedata.normalize("NFC", str(name)).replace("\\", "/").rsplit("/", 1)[-1]
    # Category C holds control characters and the bidi overrides that disguise an extension.
    name = "".join(char for char in name if not unicodedata.category(char).startswith("C"))
    name = name.strip(" .")
    if len(name) > ORIGINAL_NAME_MAX_LENGTH:
        stem, extension = os.path.splitext(name)
        extension = extension[:16]
        name = stem[: ORIGINAL_NAME_MAX_LENGTH - len(extension)] + extension
    return name


def _too_large(max_bytes):
    return ValidationError(
        _("The file is too large: the limit is %(limit)s."),
        code="file_too_large",
        params={"limit": filesizeformat(max_bytes)},
    )


def _read_within(uploaded_file, max_bytes):
    """Read in chunks, stopping one byte past the cap; return size, first bytes, SHA-256."""
    digest = hashlib.sha256()
    signature = b""
    size = 0
    while chunk := uploaded_file.read(min(CHUNK_BYTES, max_bytes + 1 - size)):
        size += len(chunk)
        if size > max_bytes:
            raise _too_large(max_bytes)
        if len(signature) < SIGNATURE_BYTES:
            signature += chunk[: SIGNATURE_BYTES - len(signature)]
        digest.update(chunk)
    return size, signature, digest.hexdigest()


def _has_type(uploaded_file, signature, file_type):
    if not signature.startswith(file_type.signature):
        return False
    if not file_type.office_main_part:
        return True
    uploaded_file.seek(0)
    try:
        with zipfile.ZipFile(uploaded_file) as archive:
            member = archive.getinfo("[Content_Types].xml")
            if member.file_size > CONTENT_TYPES_MAX_BYTES:
                return False
            content_types = archive.read(member)
    except (KeyError, zipfile.BadZipFile, RuntimeError, NotImplementedError, EOFError):
        return False
    return file_type.office_main_part.encode() in content_types
