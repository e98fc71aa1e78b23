"""The patient-facing atlas texts in other languages: the "atlas" catalogue, keyed by atlas id and field
("muscles.soleus.plain_name", "trigger_points.soleus_tp1.location", "self_care.safety.0").

What is translated: plain names, summaries, where a point lies and where it sends pain, self-care, safety,
conditions and their search words, regions, tours, quizzes, fascial line stations, muscle actions and
attachments, landmarks, dermatome texts. What is not: the muscle names (English/Latin, so that patient and
clinician can look them up, and shown beside the translated plain name), ids, and citations.
"""
from __future__ import annotations

import functools
from typing import Any

from bodymap import i18n
from bodymap.i18n.catalogue import Domain, translations

SELF_CARE_FIELDS = ("where", "how", "duration", "tool", "when_to_stop")


def _texts(out: dict[str, str], key: str, value: Any) -> None:
    """Add a text, or each text of a list as key.0, key.1 ...; skip what is empty."""
    if isinstance(value, str):
        if value.strip():
            out[key] = value
    elif isinstance(value, (list, tuple)):
        for i, item in enumerate(value):
            _texts(out, f"{key}.{i}", item)


def _self_care(out: dict[str, str], key: str, care) -> None:
    if care is None:
        return
    for field in SELF_CARE_FIELDS + ("red_flags", "look_for_cause"):
        _texts(out, f"{key}.{field}", getattr(care, field))


def _once(models):
    """Each model once, in order (a left and a right site share one model)."""
    seen: dict[int, Any] = {}
    for m in models:
        seen.setdefault(id(m), m)
    return list(seen.values())


def english(atlas=None) -> dict[str, str]:
    """Every translatable atlas text by key, in a stable order (files' order)."""
    from bodymap.core.atlas import load_atlas

    a = atlas or load_atlas()
    out: dict[str, str] = {}
    _texts(out, "info.disclaimer", a.info.disclaimer)
    _self_care(out, "self_care.defaults", a.self_care.defaults)
    _texts(out, "self_care.safety", a.self_care.safety)
    for m in a.muscles.values():
        _texts(out, f"muscles.{m.id}.plain_name", m.plain_name)
        _texts(out, f"muscles.{m.id}.summary", m.summary)
        for tp in m.trigger_points:
            for field in ("name", "location", "pain_pattern"):
                _texts(out, f"trigger_points.{tp.id}.{field}", getattr(tp, field))
            _self_care(out, f"trigger_points.{tp.id}.self_care", tp.self_care)
    for region in _once(r.region for r in a.regions):
        _texts(out, f"regions.{region.id}.name", region.name)
    for c in a.conditions.values():
        for field in ("name", "synonyms", "summary"):
            _texts(out, f"conditions.{c.id}.{field}", getattr(c, field))
    for t in a.tours.values():
        _texts(out, f"tours.{t.id}.title", t.title)
        _texts(out, f"tours.{t.id}.summary", t.summary)
        for i, step in enumerate(t.steps):
            _texts(out, f"tours.{t.id}.steps.{i}.title", step.title)
            _texts(out, f"tours.{t.id}.steps.{i}.narration", step.narration)
    for q in a.quizzes.values():
        _texts(out, f"quizzes.{q.id}.title", q.title)
        for i, question in enumerate(q.questions):
            _texts(out, f"quizzes.{q.id}.questions.{i}.prompt", question.prompt)
    for line in a.lines.values():
        for field in ("name", "evidence_note", "stations", "tracks"):
            _texts(out, f"lines.{line.id}.{field}", getattr(line, field))
        for i, w in enumerate(line.waypoints):
            _texts(out, f"lines.{line.id}.waypoints.{i}", w.label)
    for anatomy in _once(s.anatomy for s in a.muscle_sites):
        _texts(out, f"anatomy.{anatomy.muscle}.action", anatomy.action)
        _texts(out, f"anatomy.{anatomy.muscle}.origin", anatomy.origin.text)
        _texts(out, f"anatomy.{anatomy.muscle}.insertion", anatomy.insertion.text)
    for landmark in _once(s.landmark for s in a.landmarks):
        _texts(out, f"landmarks.{landmark.id}.plain_name", landmark.plain_name)
        _texts(out, f"landmarks.{landmark.id}.how_to_feel", landmark.how_to_feel)
    if a.dermatome_map is not None:
        _texts(out, "dermatomes.map", a.dermatome_map.map)
        _texts(out, "dermatomes.uncertainty", a.dermatome_map.uncertainty)
        for d in _once(s.dermatome for s in a.dermatomes):
            _texts(out, f"dermatomes.{d.root}.area", d.area)
    return out


#: One catalogue per kind of atlas text (annotations/i18n/<lang>/atlas-<kind>.po), so that translators (and
#: reviewers) can take one kind at a time without editing the same file.
KINDS = ("info", "self_care", "muscles", "trigger_points", "regions", "conditions", "tours", "quizzes", "lines",
         "anatomy", "landmarks", "dermatomes")


@functools.lru_cache(maxsize=1)
def _english_by_kind() -> dict[str, dict[str, str]]:
    by_kind: dict[str, dict[str, str]] = {k: {} for k in KINDS}
    for key, value in english().items():
        by_kind[key.split(".", 1)[0]][key] = value
    return by_kind


def _domain(kind: str) -> Domain:
    return Domain(f"atlas-{kind}", lambda: _english_by_kind()[kind])


DOMAINS: tuple[Domain, ...] = tuple(_domain(k) for k in KINDS)
_BY_KIND = dict(zip(KINDS, DOMAINS))


def domains_for(atlas) -> tuple[Domain, ...]:
    """The atlas catalogues with the English of another atlas (`validate` on a folder)."""
    texts = english(atlas)
    return tuple(Domain(f"atlas-{k}", lambda k=k: {key: v for key, v in texts.items() if key.split(".", 1)[0] == k})
                 for k in KINDS)


def text(key: str, english_text: str | None, lang: str | None = None) -> str | None:
    """An atlas text in `lang` (default: the current language), or its English when it is not translated."""
    if english_text is None:
        return None
    return translations(_BY_KIND[key.split(".", 1)[0]], lang or i18n.current()).get(key, english_text)


def region_name(site) -> str:
    """A pain region on its side in the current language ("left plantar heel", "talón plantar izquierdo")."""
    from bodymap import texts

    name = text(f"regions.{site.region.id}.name", site.region.name)
    return texts.fill(texts.block("sides")[site.side], name=name)


def tp_text(tp, field: str) -> str | None:
    """A trigger point's text field (name, location, pain_pattern) in the current language."""
    return text(f"trigger_points.{tp.id}.{field}", getattr(tp, field))


def self_care(atlas, tp):
    """The trigger point's self-care with the defaults filling what it leaves out, each text in the current
    language (the trigger point's own text where it has one, else the default's)."""
    merged = atlas.self_care_for(tp)
    own = tp.self_care
    values = {}
    for field in SELF_CARE_FIELDS:
        key = f"trigger_points.{tp.id}.self_care.{field}" if own and getattr(own, field) else f"self_care.defaults.{field}"
        values[field] = text(key, getattr(merged, field))
    for field in ("red_flags", "look_for_cause"):
        base = f"trigger_points.{tp.id}.self_care" if own and getattr(own, field) else "self_care.defaults"
        values[field] = [text(f"{base}.{field}.{i}", t) for i, t in enumerate(getattr(merged, field))]
    return merged.model_copy(update=values)


def self_care_defaults(atlas):
    """The atlas' default self-care (with its red flags and causes to look for) in the current language."""
    d = atlas.self_care.defaults
    values = {f: text(f"self_care.defaults.{f}", getattr(d, f)) for f in SELF_CARE_FIELDS}
    for field in ("red_flags", "look_for_cause"):
        values[field] = [text(f"self_care.defaults.{field}.{i}", t) for i, t in enumerate(getattr(d, field))]
    return d.model_copy(update=values)


def site_label(site) -> str:
    """A trigger point on its side as a why line names it ("left Soleus TP1 (low, above the heel)"), in the
    current language: the side word and the point's name translated, the muscle's name kept."""
    from bodymap import texts

    name = tp_text(site.trigger_point, "name")
    return texts.fill(texts.block("rows")[site.side], muscle=f"{site.muscle.name} {name}")
