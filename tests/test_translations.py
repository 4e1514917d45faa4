"""The English catalogue is complete and its compiled file matches it."""

from pathlib import Path

import polib
from django.conf import settings

CATALOGUE = Path(settings.BASE_DIR) / "content" / "locale" / "en" / "LC_MESSAGES" / "django.po"


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
