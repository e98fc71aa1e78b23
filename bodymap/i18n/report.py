"""How complete each language is (`bodymap i18n check`, `bodymap validate`), and bringing its catalogues up
to date with the English (`bodymap i18n update`)."""
from __future__ import annotations

from pathlib import Path

from bodymap import i18n
from bodymap.i18n import atlas_texts, interface
from bodymap.i18n.catalogue import Domain, coverage, update

DOMAINS: tuple[Domain, ...] = (interface.DOMAIN, *atlas_texts.DOMAINS)


def check(langs: list[str] | None = None, atlas=None, annotations: Path | None = None) -> list[dict]:
    """One coverage record per language and domain: counts and the missing, stale and unknown keys."""
    domains = (interface.DOMAIN, *atlas_texts.domains_for(atlas)) if atlas else DOMAINS
    return [coverage(d, lang, annotations) for lang in (langs or i18n.translations()) for d in domains]


def complete(records: list[dict]) -> bool:
    return all(not r["missing"] and not r["stale"] for r in records)


def summary_line(r: dict) -> str:
    """e.g. "es atlas: 2,250 of 2,258 texts (99.6 %); 5 missing, 3 stale"."""
    share = 100 * r["translated"] / r["total"] if r["total"] else 100.0
    gaps = [f"{len(r[k])} {k}" for k in ("missing", "stale", "unknown") if r[k]]
    return (f"{r['language']} {r['domain']}: {r['translated']:,} of {r['total']:,} texts ({share:.1f} %)"
            + (f"; {', '.join(gaps)}" if gaps else ""))


def update_all(langs: list[str] | None = None, annotations: Path | None = None) -> list[Path]:
    """Write every language's catalogues with the current English (new messages empty, changed ones fuzzy)."""
    return [update(d, lang, annotations) for lang in (langs or i18n.translations()) for d in DOMAINS]
