"""The interface is complete in French and Arabic, and the catalogues match the code."""

import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest

ROOT = Path(__file__).resolve().parents[1]
LANGUAGES = ["fr", "ar"]
SOURCES = ["site", "courses", "events", "awards", "static"]
MAKEMESSAGES = [
    "makemessages",
    "--locale",
    "fr",
    "--locale",
    "ar",
    "--no-location",
    "--no-obsolete",
]


def catalogue(language):
    return polib.pofile(str(ROOT / "locale" / language / "LC_MESSAGES" / "django.po"))


def keys(po):
    return {(entry.msgctxt, entry.msgid) for entry in po if not entry.obsolete}


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated_and_none_is_fuzzy(language):
    po = catalogue(language)

    assert po.untranslated_entries() == []
    assert po.fuzzy_entries() == []
    assert not po.metadata_is_fuzzy


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_catalogue_matches_the_po_file(language):
    po = catalogue(language)
    mo = polib.mofile(str(ROOT / "locale" / language / "LC_MESSAGES" / "django.mo"))

    def translations(entries):
        return {
            (entry.msgctxt, entry.msgid): entry.msgstr or tuple(sorted(entry.msgstr_plural.items()))
            for entry in entries
            if entry.msgid
        }

    assert translations(mo) == translations(po), "run `make messages`"


def test_catalogues_are_up_to_date_with_the_code(tmp_path):
    for name in SOURCES + ["locale"]:
        shutil.copytree(ROOT / name, tmp_path / name, ignore=shutil.ignore_patterns("*.pyc"))
    (tmp_path / "catalogue_settings.py").write_text(
        "from jawda.settings.test import *  # noqa: F403\n"
        f"LOCALE_PATHS = [{str(tmp_path / 'locale')!r}]\n"
    )
    subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), *MAKEMESSAGES],
        cwd=tmp_path,
        env={
            "PYTHONPATH": str(tmp_path),
            "DJANGO_SETTINGS_MODULE": "catalogue_settings",
            "PATH": "/usr/bin:/bin",
        },
        check=True,
        capture_output=True,
    )

    for language in LANGUAGES:
        fresh = polib.pofile(str(tmp_path / "locale" / language / "LC_MESSAGES" / "django.po"))
        assert keys(fresh) == keys(catalogue(language)), "run `make messages` and translate"
