"""Every UI string is translated into bokmål, nynorsk and Ukrainian.

msgids are English (so English needs no catalogue); a missing, untranslated or fuzzy
entry in locale/{nb,nn,uk}/LC_MESSAGES/django.po fails here.
"""

import re
from pathlib import Path

import polib
import pytest
from django.conf import settings

LOCALE_DIR = Path(settings.BASE_DIR) / "locale"
LANGUAGES = ["nb", "nn", "uk"]


def _catalogue(code: str) -> polib.POFile:
    path = LOCALE_DIR / code / "LC_MESSAGES" / "django.po"
    assert path.is_file(), f"{path.relative_to(settings.BASE_DIR)} is missing"
    return polib.pofile(str(path))


def _entries(po: polib.POFile):
    return [entry for entry in po if not entry.obsolete and entry.msgid]


def _describe(entries) -> str:
    shown = "\n".join(f"  - {e.msgid[:70]!r}" for e in entries[:25])
    more = f"\n  … and {len(entries) - 25} more" if len(entries) > 25 else ""
    return f"{len(entries)} entries:\n{shown}{more}"


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_catalogue_exists_and_is_not_empty(code):
    po = _catalogue(code)
    assert len(_entries(po)) > 50, "the catalogue looks empty; run `make messages`"


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_entry_is_translated(code):
    missing = [
        entry
        for entry in _entries(_catalogue(code))
        if not entry.translated()
        and "fuzzy" not in entry.flags  # reported by the next test
    ]
    assert not missing, f"untranslated in {code}: {_describe(missing)}"


@pytest.mark.parametrize("code", LANGUAGES)
def test_no_entry_is_fuzzy(code):
    fuzzy = [entry for entry in _entries(_catalogue(code)) if "fuzzy" in entry.flags]
    assert not fuzzy, f"fuzzy in {code}: {_describe(fuzzy)}"


@pytest.mark.parametrize("code", LANGUAGES)
def test_plural_entries_have_every_form(code):
    po = _catalogue(code)
    incomplete = [
        entry
        for entry in _entries(po)
        if entry.msgid_plural
        and (
            not entry.msgstr_plural
            or not all(value.strip() for value in entry.msgstr_plural.values())
        )
    ]
    assert not incomplete, f"plural forms missing in {code}: {_describe(incomplete)}"


@pytest.mark.parametrize("code", LANGUAGES)
def test_placeholders_survive_translation(code):
    """A dropped or renamed %(name)s or {{ name }} breaks the page at run time."""
    pattern = re.compile(r"%\(\w+\)[sd]|\{\{ *\w+ *\}\}|%[sd]")
    broken = []
    for entry in _entries(_catalogue(code)):
        if not entry.translated():
            continue
        expected = sorted(set(pattern.findall(entry.msgid)))
        translations = (
            entry.msgstr_plural.values() if entry.msgid_plural else [entry.msgstr]
        )
        for text in translations:
            if sorted(set(pattern.findall(text))) != expected and not (
                entry.msgid_plural and set(pattern.findall(text)) < set(expected)
            ):
                broken.append(entry)
                break
    assert not broken, f"placeholders differ in {code}: {_describe(broken)}"
