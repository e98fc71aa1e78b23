"""One translation domain as a gettext PO catalogue, read and written with Babel.

A domain is a set of English strings, each with a stable key: its place in `texts.py`'s blocks for the
interface ("why.spot.essential"), its atlas id and field for the atlas texts ("trigger_points.soleus_tp1.
location"). The key is the message context (msgctxt) and the English the msgid, so a translator's PO tool
(Poedit, Weblate, Lokalize) shows the source beside each translation, and a message whose English changed is
found by comparing: `update()` keeps its translation, marks it fuzzy and records the old English (`#| msgid`).
Catalogues live at `annotations/i18n/<lang>/<domain>.po`.
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bodymap import i18n, settings

PLACEHOLDER = re.compile(r"\{(\w*)\}")
#: Fixed header dates, so that updating a catalogue changes only its messages (reviewable diffs).
HEADER_DATE = dt.datetime(2026, 12, 4, tzinfo=dt.timezone.utc)


@dataclass(frozen=True)
class Entry:
    """One message of a catalogue as found: the English it was made for, its translation, fuzzy or not."""

    english: str
    text: str
    fuzzy: bool


@dataclass(frozen=True)
class Domain:
    """A translation domain: its file name and the function giving its English strings by key, in order."""

    name: str
    english: Callable[[], dict[str, str]]

    def path(self, lang: str, annotations: Path | None = None) -> Path:
        return Path(annotations or settings.ANNOTATION_DIR) / "i18n" / lang / f"{self.name}.po"


def placeholders(text: str) -> set[str]:
    return set(PLACEHOLDER.findall(text))


def pseudo(text: str) -> str:
    """The pseudo-translation: wrapped so that an untranslated string on screen stands out; {placeholders} kept."""
    return f"[!! {text} !!]" if text.strip() else text


def read_entries(domain: Domain, lang: str, annotations: Path | None = None) -> dict[str, Entry]:
    """`lang`'s catalogue of the domain by key ({} when there is none yet)."""
    from babel.messages.pofile import read_po

    path = domain.path(lang, annotations)
    if not path.exists():
        return {}
    with path.open("rb") as f:
        catalog = read_po(f, locale=lang, abort_invalid=True)
    return {m.context: Entry(m.id, m.string or "", m.fuzzy) for m in catalog if m.id and m.context}


def status(entry: Entry | None, source: str) -> str:
    """"ok"; "missing" (no translation); or "stale": fuzzy, made for other English, or with other {placeholders}
    (which would break the template it fills)."""
    if entry is None or not entry.text:
        return "missing"
    if entry.fuzzy or entry.english != source or placeholders(entry.text) != placeholders(source):
        return "stale"
    return "ok"


@functools.lru_cache(maxsize=16)
def _translations(domain: Domain, lang: str, annotations: str) -> dict[str, str]:
    source = domain.english()
    if lang == i18n.PSEUDO:
        return {k: pseudo(v) for k, v in source.items()}
    entries = read_entries(domain, lang, Path(annotations))
    return {k: entries[k].text for k, v in source.items() if status(entries.get(k), v) == "ok"}


def translations(domain: Domain, lang: str) -> dict[str, str]:
    """The usable translations of the domain in `lang`, by key (missing and stale ones left out: the caller
    keeps the English). Read once per process."""
    return {} if lang == i18n.SOURCE else _translations(domain, lang, str(settings.ANNOTATION_DIR))


def update(domain: Domain, lang: str, annotations: Path | None = None) -> Path:
    """Write `lang`'s catalogue with every current message in source order: a new one empty; one whose English
    changed keeps its translation, marked fuzzy with the English it was made for; removed ones dropped."""
    from babel.messages.catalog import Catalog
    from babel.messages.pofile import write_po

    path = domain.path(lang, annotations)
    path.parent.mkdir(parents=True, exist_ok=True)
    old = read_entries(domain, lang, annotations)
    catalog = Catalog(locale=lang, domain=domain.name, project="bodymap", version="0.1.0", charset="utf-8",
                      header_comment=f"# bodymap {domain.name} texts in {i18n.LANGUAGES.get(lang, lang)}. "
                                     f"Written with `bodymap i18n update`; docs/i18n.md says how to translate.",
                      creation_date=HEADER_DATE, revision_date=HEADER_DATE, fuzzy=False)
    for key, text in domain.english().items():
        if not text.strip():
            continue
        was = old.get(key)
        if was is None:
            catalog.add(text, context=key)
        elif was.english == text:
            catalog.add(text, was.text, context=key, flags=["fuzzy"] if was.fuzzy else [])
        else:
            catalog.add(text, was.text, context=key, flags=["fuzzy"], previous_id=[was.english])
    with path.open("wb") as f:
        write_po(f, catalog, width=0, include_previous=True)
    clear_caches()
    return path


def clear_caches() -> None:
    """Forget the catalogues read so far (after a catalogue is written)."""
    from bodymap.i18n import interface

    _translations.cache_clear()
    interface._translated.cache_clear()


def coverage(domain: Domain, lang: str, annotations: Path | None = None) -> dict:
    """How much of the domain `lang` covers: counts, and the keys missing or stale."""
    source = {k: v for k, v in domain.english().items() if v.strip()}
    entries = read_entries(domain, lang, annotations)
    found = {k: status(entries.get(k), v) for k, v in source.items()}
    missing = [k for k, s in found.items() if s == "missing"]
    stale = [k for k, s in found.items() if s == "stale"]
    return {"domain": domain.name, "language": lang, "total": len(source), "translated": len(source) - len(missing)
            - len(stale), "missing": missing, "stale": stale,
            "unknown": sorted(set(entries) - set(source))}
