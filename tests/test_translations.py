"""The English catalogue is complete, holds every string of the code, and its compiled file matches it."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest
from django.conf import settings

ROOT = Path(settings.BASE_DIR)
CATALOGUE = ROOT / "content" / "locale" / "en" / "LC_MESSAGES" / "django.po"


def test_every_interface_string_has_an_english_translation():
    catalogue = polib.pofile(str(CATALOGUE))

    assert catalogue.untranslated_entries() == []
    assert catalogue.fuzzy_entries() == []


def test_the_compiled_catalogue_is_up_to_date():
    source = polib.pofile(str(CATALOGUE))
    compiled = polib.mofile(str(CATALOGUE.with_suffix(".mo")))

    def pairs(catalogue) -> set:
        return {
            (entry.msgid, entry.msgstr or tuple(sorted(entry.msgstr_plural.items())))
            for entry in catalogue
            if not entry.obsolete and entry.msgid
        }

    assert pairs(source) == pairs(compiled)


def test_every_translatable_string_of_the_code_is_in_the_catalogue(tmp_path):
    """`make messages` on a copy of the code finds no string the catalogue does not translate."""
    if shutil.which("xgettext") is None:
        pytest.skip("GNU gettext (xgettext) is not installed")
    for folder in ("content", "templates", "portal"):
        shutil.copytree(
            ROOT / folder, tmp_path / folder, ignore=shutil.ignore_patterns("__pycache__")
        )
    shutil.copy(ROOT / "manage.py", tmp_path)
    subprocess.run(
        [
            *(sys.executable, "manage.py", "makemessages", "-l", "en"),
            *("--extension", "html,txt,py,svg", "--no-location", "--no-obsolete"),
        ],
        cwd=tmp_path,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "portal.settings.test"},
        check=True,
        capture_output=True,
    )
    made = polib.pofile(str(tmp_path / CATALOGUE.relative_to(ROOT)))

    # A string changed in the code comes back untranslated, or fuzzy when close to an old one.
    assert [entry.msgid for entry in made.untranslated_entries()] == []
    assert [entry.msgid for entry in made.fuzzy_entries()] == []
