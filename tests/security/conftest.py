import io
import zipfile

import pytest

from django.contrib.auth.models import Permission

from ..factories import UserFactory, with_totp

PDF = b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


@pytest.fixture(autouse=True)
def private_root(settings, tmp_path):
    """Uploads go to a fresh folder per test, next to (not inside) a fresh MEDIA_ROOT."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    return settings.PRIVATE_MEDIA_ROOT


def grant(user, *names):
    """Give `user` the permissions named "app_label.codename"."""
    for name in names:
        app_label, codename = name.split(".")
        user.user_permissions.add(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )
    return user


@pytest.fixture
def staff(db):
    """A staff member who may use the admin (with the second factor staff must have)."""
    return grant(with_totp(UserFactory(is_staff=True)), "wagtailadmin.access_admin")


def office_file(main_part_type):
    """A minimal ZIP declaring an Office main part of the given content type."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/'
            f'2006/content-types"><Override PartName="/main.xml" ContentType="{main_part_type}"'
            "/></Types>",
        )
        archive.writestr("main.xml", "<root/>")
    return buffer.getvalue()
