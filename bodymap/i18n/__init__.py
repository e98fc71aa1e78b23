"""Languages: the interface strings (gettext PO catalogues, read and written with Babel) and the patient-facing
atlas texts (per-language YAML overlays keyed by atlas ids), both under `annotations/i18n/<lang>/`.

English is the source: `bodymap/texts.py` and the atlas files. A translation that is missing, or whose English
has changed since it was made (stale), falls back to the English text, and `bodymap i18n check` names it.
"""
from __future__ import annotations

import contextlib
import contextvars
from collections.abc import Iterator

#: The languages bodymap ships, by BCP 47 code, each named in its own language (the language switch).
LANGUAGES: dict[str, str] = {"en": "English", "es": "Español", "de": "Deutsch"}
SOURCE = "en"
#: A pseudo-language for tests: every interface and atlas string wrapped in [!! ... !!], so any text on
#: screen that is not wrapped was not translated.
PSEUDO = "qps"

_current: contextvars.ContextVar[str] = contextvars.ContextVar("bodymap_language", default=SOURCE)


def current() -> str:
    """The language texts are given in right now (English unless `language()` says otherwise)."""
    return _current.get()


@contextlib.contextmanager
def language(code: str) -> Iterator[str]:
    """Give texts in `code` inside the block (per thread and per async task, so sessions do not mix)."""
    token = _current.set(check_language(code))
    try:
        yield code
    finally:
        _current.reset(token)


def translations() -> tuple[str, ...]:
    """The languages bodymap translates into: every one it ships but the English source."""
    return tuple(code for code in LANGUAGES if code != SOURCE)


def check_language(code: str) -> str:
    """The code if bodymap has that language (or the pseudo-language); else a clear error."""
    from bodymap.errors import BodymapError

    if code in LANGUAGES or code == PSEUDO:
        return code
    raise BodymapError(f"unknown language {code!r}; bodymap has {', '.join(LANGUAGES)}")
