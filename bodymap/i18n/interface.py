"""The interface strings in other languages: `bodymap/texts.py`'s blocks as the "interface" catalogue, keyed
by their place in the blocks ("why.spot.essential", "quiz.csv_header.2")."""
from __future__ import annotations

import copy
import functools
from typing import Any

from bodymap import i18n, settings
from bodymap.i18n.catalogue import Domain, translations


def flatten(tree: Any, prefix: str = "") -> dict[str, str]:
    """Every string of a nested dict/list as {"a.b.0": text}, in order."""
    if isinstance(tree, str):
        return {prefix: tree}
    items = tree.items() if isinstance(tree, dict) else enumerate(tree) if isinstance(tree, list) else ()
    out: dict[str, str] = {}
    for key, value in items:
        out.update(flatten(value, f"{prefix}.{key}" if prefix else str(key)))
    return out


def _replace(tree: Any, strings: dict[str, str], prefix: str = "") -> Any:
    if isinstance(tree, str):
        return strings.get(prefix, tree)
    if isinstance(tree, dict):
        return {k: _replace(v, strings, f"{prefix}.{k}" if prefix else str(k)) for k, v in tree.items()}
    if isinstance(tree, list):
        return [_replace(v, strings, f"{prefix}.{i}" if prefix else str(i)) for i, v in enumerate(tree)]
    return tree


#: Interface strings that are data for programs, not words for people: never translated.
NOT_TRANSLATED = ("quiz.csv_header.",)  # the quiz results' CSV columns, read by spreadsheets and scripts


def english() -> dict[str, str]:
    """The source strings: every interface text by its place (machine-read ones left out)."""
    from bodymap import texts

    return {k: v for k, v in flatten(texts.blocks()).items() if not k.startswith(NOT_TRANSLATED)}


DOMAIN = Domain("interface", english)


def blocks(lang: str | None = None) -> dict:
    """texts.blocks() in `lang` (default: the current language); what is missing or stale stays English.
    Shared, made once per language: read it, never change it."""
    from bodymap import texts

    lang = lang or i18n.current()
    if lang == i18n.SOURCE:
        return texts.blocks()
    return _translated(lang, str(settings.ANNOTATION_DIR))


@functools.lru_cache(maxsize=8)
def _translated(lang: str, annotations: str) -> dict:
    from bodymap import texts

    return _replace(copy.deepcopy(texts.blocks()), translations(DOMAIN, lang))
