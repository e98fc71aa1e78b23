"""The search index: what a person may type (a symptom, a muscle, a body area, with synonyms) and what it
stands for. Built from the atlas once; the browser searches it (js/screen/search.js)."""
from __future__ import annotations

from bodymap.core.atlas import Atlas


def search_index(atlas: Atlas) -> dict[str, tuple[str, str]]:
    """Lower-case name -> (kind, key): ('muscle', muscle id), ('condition', condition id) or ('region', region
    name). The first writer of a name wins: muscles, then conditions, then regions."""
    index: dict[str, tuple[str, str]] = {}
    for m in atlas.muscles.values():
        for name in [m.name, m.id.replace("_", " "), *(m.aliases or [])] + ([m.plain_name] if m.plain_name else []):
            index.setdefault(name.lower(), ("muscle", m.id))
    for c in atlas.conditions.values():
        for name in [c.name, c.name.split(" (")[0], *c.synonyms]:
            index.setdefault(name.lower(), ("condition", c.id))
    for r in atlas.regions:
        index.setdefault(r.name.lower(), ("region", r.name))
    return index


def search_options(atlas: Atlas) -> list[str]:
    """The names the search box offers as you type, alphabetical."""
    names = {m.name for m in atlas.muscles.values()} | {a for m in atlas.muscles.values() for a in m.aliases}
    names |= {c.name for c in atlas.conditions.values()} | {s for c in atlas.conditions.values() for s in c.synonyms}
    names |= {r.name for r in atlas.regions}
    return sorted(names, key=str.lower)


def condition_regions(atlas: Atlas, condition_id: str) -> list[int]:
    """Indices of the regions a condition names, on the left side and the midline (one side is shown)."""
    wanted = set(atlas.conditions[condition_id].regions)
    return [i for i, r in enumerate(atlas.regions) if r.region.id in wanted and r.side in ("left", "midline")]


def muscle_sites(atlas: Atlas, muscle_ids) -> list[int]:
    """Site indices of these muscles' trigger points, on the left side and the midline."""
    wanted = set(muscle_ids)
    return [s.index for s in atlas.sites if s.muscle.id in wanted and s.side in ("left", "midline")]
