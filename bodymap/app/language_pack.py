"""What the browser needs to show bodymap in another language: the interface blocks in that language and a
patch of the body pack's words ([path, text] pairs: the trigger points' names, where they lie and where they
send pain, self-care, safety, regions, tours, search words...). The patch is the same for every body (the
packs list the same sites and regions in the same order), so one language pack serves all three; the screen
applies it to each body pack it loads (js/screen/language.js). Made under `bodymap.i18n.language(lang)`:
what is not translated is left out of the patch and stays English."""
from __future__ import annotations

import functools

from bodymap import i18n, texts
from bodymap.i18n import atlas_texts as at


class _Patch:
    """Collects [path, text] for every text that differs from the English the pack holds."""

    def __init__(self) -> None:
        self.items: list[list] = []

    def put(self, path: list, english: str | None, translated: str | None) -> None:
        if english is not None and translated is not None and translated != english:
            self.items.append([path, translated])

    def text(self, path: list, key: str, english: str | None) -> None:
        self.put(path, english, at.text(key, english))


def _sites(p: _Patch, atlas, content: dict) -> None:
    rows = texts.block("rows")
    for i, (site, row) in enumerate(zip(atlas.sites, content["sites"])):
        tp, m = site.trigger_point, site.muscle
        name = at.tp_text(tp, "name")
        p.put(["sites", i, "trigger_point_name"], row["trigger_point_name"], name)
        p.put(["sites", i, "label"], row["label"], texts.fill(rows[site.side], muscle=f"{m.name} {name}"))
    for i, r in enumerate(atlas.regions):
        p.put(["regions", i], content["regions"][i], at.region_name(r))


def _atlas_words(p: _Patch, atlas, content: dict) -> None:
    for mid, m in content["muscles"].items():
        p.text(["muscles", mid, "plain_name"], f"muscles.{mid}.plain_name", m["plain_name"])
        p.text(["muscles", mid, "summary"], f"muscles.{mid}.summary", m["summary"])
    for _, tp in atlas.trigger_points.values():
        row = content["trigger_points"][tp.id]
        for field in ("name", "location", "pain_pattern"):
            p.put(["trigger_points", tp.id, field], row[field], at.tp_text(tp, field))
        care = at.self_care(atlas, tp)
        for field, english in row["care"].items():
            p.put(["trigger_points", tp.id, "care", field], english, getattr(care, field))
    for lid, line in content["lines"].items():
        p.text(["lines", lid, "name"], f"lines.{lid}.name", line["name"])
        p.text(["lines", lid, "evidence_note"], f"lines.{lid}.evidence_note", line["evidence_note"])
        p.put(["lines", lid, "stations"], line["stations"],
              [at.text(f"lines.{lid}.stations.{i}", s) for i, s in enumerate(line["stations"])])
    for i, ls in enumerate(content["line_sites"]):
        p.text(["line_sites", i, "name"], f"lines.{ls['id']}.name", ls["name"])
    for cid, c in content["conditions"].items():
        p.text(["conditions", cid, "name"], f"conditions.{cid}.name", c["name"])
        p.text(["conditions", cid, "summary"], f"conditions.{cid}.summary", c["summary"])
    p.put(["safety"], content["safety"], [at.text(f"self_care.safety.{i}", s) for i, s in enumerate(content["safety"])])
    p.text(["disclaimer"], "info.disclaimer", content["disclaimer"])


def _layers_and_teaching(p: _Patch, atlas, content: dict) -> None:
    for i, tour in enumerate(content["tours"]):
        p.text(["tours", i, "title"], f"tours.{tour['id']}.title", tour["title"])
        p.text(["tours", i, "summary"], f"tours.{tour['id']}.summary", tour["summary"])
        for j, step in enumerate(tour["steps"]):
            for field in ("title", "narration"):
                p.text(["tours", i, "steps", j, field], f"tours.{tour['id']}.steps.{j}.{field}", step[field])
    for i, q in enumerate(content["quizzes"]):
        p.text(["quizzes", i, "title"], f"quizzes.{q['id']}.title", q["title"])
    for i, ml in enumerate(content["muscle_layer"]):
        p.text(["muscle_layer", i, "plain_name"], f"muscles.{ml['muscle']}.plain_name", ml["plain_name"])
        for field in ("action", "origin", "insertion"):
            p.text(["muscle_layer", i, field], f"anatomy.{ml['muscle']}.{field}", ml[field])
    for i, lm in enumerate(content["landmarks"]):
        for field in ("plain_name", "how_to_feel"):
            p.text(["landmarks", i, field], f"landmarks.{lm['id']}.{field}", lm[field])
    roots = content.get("nerve_roots")
    if roots:
        for field in ("map", "uncertainty"):
            p.text(["nerve_roots", field], f"dermatomes.{field}", roots[field])
        for i, r in enumerate(roots["roots"]):
            p.text(["nerve_roots", "roots", i, "area"], f"dermatomes.{r['root']}.area", r["area"])


def _search(p: _Patch, atlas, content: dict) -> None:
    """The search words: the English ones stay (a clinician may type them), the translated ones are added, and a
    region is found by its translated name (the name the screen shows)."""
    regions = {r.name: at.region_name(r) for r in atlas.regions}
    index = {k: ([kind, regions.get(key, key)] if kind == "region" else [kind, key])
             for k, (kind, key) in content["search"]["index"].items()}
    extra: list[tuple[str, list]] = []
    for m in atlas.muscles.values():
        extra.append((at.text(f"muscles.{m.id}.plain_name", m.plain_name) or "", ["muscle", m.id]))
    for c in atlas.conditions.values():
        names = [at.text(f"conditions.{c.id}.name", c.name)] + [
            at.text(f"conditions.{c.id}.synonyms.{i}", s) for i, s in enumerate(c.synonyms)]
        extra.extend((n, ["condition", c.id]) for n in names)
    extra.extend((name, ["region", name]) for name in regions.values())
    for name, target in extra:
        if name:
            index.setdefault(name.lower(), target)
    options = sorted({*content["search"]["options"], *(n for n, _ in extra if n)}, key=str.lower)
    p.put(["search"], content["search"], {"index": index, "options": options})


@functools.lru_cache(maxsize=8)
def language_pack(lang: str) -> dict:
    """The language pack of `lang`: its name, the interface blocks and the body packs' patch."""
    import gzip

    from bodymap import settings
    from bodymap.app.data import variant_data
    from bodymap.app.pack import body_pack
    from bodymap.core.formats import BODY_PACK, unpack_arrays

    data = variant_data(settings.DEFAULT_VARIANT)
    # the words as the browser has them: the body pack's own content (built once per process, not again here)
    header, _ = unpack_arrays(gzip.decompress(body_pack(settings.DEFAULT_VARIANT)), BODY_PACK, "the body pack")
    content = header["content"]
    p = _Patch()
    with i18n.language(lang):
        for part in (_sites, _atlas_words, _layers_and_teaching, _search):
            part(p, data.atlas, content)
        quiz = _Patch()  # the quiz packs list the quizzes and their questions in the atlas' order
        for i, q in enumerate(data.atlas.quizzes.values()):
            quiz.text(["quizzes", i, "title"], f"quizzes.{q.id}.title", q.title)
            for j, question in enumerate(q.questions):
                quiz.text(["quizzes", i, "questions", j, "prompt"], f"quizzes.{q.id}.questions.{j}.prompt",
                          question.prompt)
    return {"lang": lang, "name": i18n.LANGUAGES.get(lang, lang), "texts": texts.for_browser(lang),
            "patch": p.items, "quiz_patch": quiz.items}


@functools.lru_cache(maxsize=8)
def language_pack_bytes(lang: str) -> bytes:
    """The language pack as the browser reads it: the data-pack container (no arrays), gzip-compressed."""
    import gzip

    from bodymap.core.formats import LANGUAGE_PACK, pack_arrays

    return gzip.compress(pack_arrays(LANGUAGE_PACK.header(content=language_pack(lang)), {}), compresslevel=9, mtime=0)
