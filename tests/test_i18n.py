"""Languages: the PO catalogues (update, translate, stale when the English changes, placeholders checked),
`bodymap i18n check`, the coverage in `bodymap validate`, and a pseudo-locale handout with no untranslated
text."""
from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest

from bodymap import i18n, settings, texts
from bodymap.i18n import catalogue
from bodymap.i18n.catalogue import Domain

CLI = [sys.executable, "-m", "bodymap.cli"]


def _set_translation(domain: Domain, lang: str, folder, key: str, text: str) -> None:
    """Fill one message of a catalogue the way a translator's PO editor would."""
    from babel.messages.pofile import read_po, write_po

    path = domain.path(lang, folder)
    with path.open("rb") as f:
        po = read_po(f, locale=lang)
    message = next(m for m in po if m.context == key)
    message.string = text
    message.flags.discard("fuzzy")
    with path.open("wb") as f:
        write_po(f, po, width=0, include_previous=True)


def test_a_catalogue_translates_and_a_changed_english_makes_it_stale(tmp_path, monkeypatch):
    monkeypatch.setattr(settings, "ANNOTATION_DIR", tmp_path)
    source = {"greeting": "Hello {name}", "bye": "Goodbye"}
    domain = Domain("demo", lambda: dict(source))
    path = catalogue.update(domain, "es", tmp_path)
    assert path == tmp_path / "i18n" / "es" / "demo.po"
    assert catalogue.coverage(domain, "es", tmp_path)["missing"] == ["greeting", "bye"]
    _set_translation(domain, "es", tmp_path, "greeting", "Hola {name}")
    catalogue.update(domain, "es", tmp_path)  # keeps what is translated
    catalogue.clear_caches()
    assert catalogue.translations(domain, "es") == {"greeting": "Hola {name}"}
    assert catalogue.coverage(domain, "es", tmp_path)["translated"] == 1
    # the English changes: the translation is kept for the translator, marked fuzzy with the old English,
    # and not used (the screen shows the new English)
    source["greeting"] = "Hello again {name}"
    catalogue.update(domain, "es", tmp_path)
    text = path.read_text(encoding="utf-8")
    assert '#| msgid "Hello {name}"' in text and "#, fuzzy" in text and 'msgstr "Hola {name}"' in text
    assert catalogue.coverage(domain, "es", tmp_path)["stale"] == ["greeting"]
    assert catalogue.translations(domain, "es") == {}
    # a translation whose placeholders differ would break its template: stale, not used
    _set_translation(domain, "es", tmp_path, "greeting", "Hola otra vez {nombre}")
    catalogue.clear_caches()
    assert catalogue.coverage(domain, "es", tmp_path)["stale"] == ["greeting"]
    assert catalogue.translations(domain, "es") == {}


def test_interface_blocks_follow_the_language_and_fall_back_to_english():
    english = texts.blocks()
    with i18n.language(i18n.PSEUDO):
        wrapped = texts.block("why")["spot"]["essential"]
    assert wrapped == f"[!! {english['why']['spot']['essential']} !!]"
    assert texts.block("why") == english["why"], "outside the block, English again"
    assert texts.for_browser("es").keys() == english.keys() - {"handout", "cli", "pictures"}, "Python's own words stay there"
    with pytest.raises(Exception, match="unknown language 'xx'"):
        i18n.check_language("xx")


def test_i18n_check_reports_every_language_and_strict_fails_on_gaps():
    run = subprocess.run(CLI + ["i18n", "check", "--json"], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    records = json.loads(run.stdout)
    from bodymap.i18n import atlas_texts, interface

    domains = ["interface"] + [f"atlas-{k}" for k in atlas_texts.KINDS]
    assert [(r["language"], r["domain"]) for r in records] == [(lang, d) for lang in ("es", "de") for d in domains]
    totals = {r["domain"]: r["total"] for r in records if r["language"] == "es"}
    assert totals["interface"] == len([v for v in interface.english().values() if v.strip()])
    assert sum(v for k, v in totals.items() if k != "interface") == len(atlas_texts.english())
    for r in records:
        assert r["translated"] + len(r["missing"]) + len(r["stale"]) == r["total"]
        assert not r["unknown"], f"{r['language']} {r['domain']}: keys no longer in the English: {r['unknown'][:5]}"
    strict = subprocess.run(CLI + ["i18n", "check", "--strict"], capture_output=True, text=True)
    complete = all(not r["missing"] and not r["stale"] for r in records)
    assert strict.returncode == (0 if complete else 1)
    gaps = {f"{r['language']} {r['domain']}": (r["missing"] + r["stale"])[:3] for r in records if r["missing"] or r["stale"]}
    assert not gaps, f"Spanish and German are complete: translate these (bodymap i18n check --keys): {gaps}"
    bad = subprocess.run(CLI + ["i18n", "check", "--lang", "xx"], capture_output=True, text=True)
    assert bad.returncode != 0 and "Traceback" not in bad.stderr and "unknown language" in bad.stderr


def test_the_catalogues_hold_every_current_message():
    """`bodymap i18n update` was run after the English last changed: each catalogue lists every key (a new
    text has an entry for translators, even if still empty)."""
    from babel.messages.pofile import read_po

    from bodymap.i18n.report import DOMAINS

    for lang in ("es", "de"):
        for domain in DOMAINS:
            with domain.path(lang).open("rb") as f:
                keys = [m.context for m in read_po(f, locale=lang) if m.id]
            wanted = [k for k, v in domain.english().items() if v.strip()]
            assert keys == wanted, f"{lang} {domain.name}: run `bodymap i18n update`"


def _unwrapped(text: str, atlas) -> list[str]:
    """The words of `text` outside every [!! ... !!] wrapper, less muscle names, numbers and nerve roots."""
    while True:  # drop the innermost wrapped parts until none is left
        stripped = re.sub(r"\[!! (?:(?!\[!! ).)*? !!\]", " ", text, flags=re.S)
        if stripped == text:
            break
        text = stripped
    names = {m.name for m in atlas.muscles.values()} | {m.latin for m in atlas.muscles.values() if m.latin}
    for name in sorted(names, key=len, reverse=True):
        text = text.replace(name, " ")
    return [w for w in re.sub(r"[\d\s.,:;()\-+%/\[\]]+", " ", text).split()
            if not re.fullmatch(r"(C|T|L|S)\d{1,2}|TP\d?", w)]


def test_a_pseudo_locale_lookup_has_no_untranslated_text(atlas):
    site = atlas.site("soleus_tp1:left")
    vertex = atlas.body.central_vertex(site.essential)
    run = subprocess.run(CLI + ["lookup", "--vertex", str(vertex), "--lang", i18n.PSEUDO], capture_output=True,
                         text=True)
    assert run.returncode == 0, run.stderr
    assert "[!! " in run.stdout
    assert not _unwrapped(run.stdout, atlas), f"untranslated lookup text: {_unwrapped(run.stdout, atlas)[:20]}"
    spanish = subprocess.run(CLI + ["lookup", "--vertex", str(vertex), "--lang", "es"], capture_output=True,
                             text=True, check=True).stdout
    from bodymap.i18n import atlas_texts as at

    assert at.text("regions.plantar_heel.name", "plantar heel", "es") in spanish


def test_a_pseudo_locale_handout_has_no_untranslated_text(atlas, tmp_path):
    """Every sentence of the handout comes from a catalogue: in the pseudo-locale, what is left outside the
    [!! ... !!] wrappers is only the muscles' own names (kept in English/Latin on purpose), numbers, the date
    and the citations."""
    from pypdf import PdfReader

    site = atlas.site("soleus_tp1:left")
    vertex = atlas.body.central_vertex(site.essential)
    out = tmp_path / "pseudo.pdf"
    run = subprocess.run(CLI + ["handout", "--vertex", str(vertex), "--lang", i18n.PSEUDO, "--out", str(out)],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    pages = [" ".join(p.extract_text().split()) for p in PdfReader(str(out)).pages]
    text = " ".join(pages)
    sources_at = text.rfind("[!! Sources: !!]")
    assert sources_at > 0
    left = _unwrapped(text[:sources_at], atlas)
    assert not left, f"untranslated handout text: {' '.join(left)[:300]}"


def test_handout_in_an_unknown_language_is_one_line(tmp_path):
    run = subprocess.run(CLI + ["handout", "--vertex", "5", "--lang", "xx", "--out", str(tmp_path / "h.pdf")],
                         capture_output=True, text=True)
    assert run.returncode != 0 and "Traceback" not in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1 and "unknown language 'xx'" in run.stderr


def test_validate_reports_each_languages_coverage():
    run = subprocess.run(CLI + ["validate"], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    for lang in ("es", "de"):
        for domain in ("interface", "atlas-trigger_points", "atlas-self_care"):
            assert re.search(rf"language {lang} {domain}: [\d,]+ of [\d,]+ texts", run.stdout), run.stdout


def test_a_german_handout_is_in_german(atlas, tmp_path):
    """`bodymap handout --lang de`: the PDF's headings, labels, self-care and safety are the German catalogue's
    (read back with pypdf), the muscle's name kept beside its German plain name."""
    from pypdf import PdfReader

    from bodymap.i18n import atlas_texts as at

    site = atlas.site("soleus_tp1:left")
    out = tmp_path / "de.pdf"
    run = subprocess.run(CLI + ["handout", "--vertex", str(atlas.body.central_vertex(site.essential)), "--tp",
                                site.key, "--lang", "de", "--out", str(out)], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(str(out)).pages)
    with i18n.language("de"):
        handout = texts.block("handout")
        wanted = [handout["title"], handout["labels"]["how"], handout["safety"], handout["red_flags"],
                  at.text("muscles.soleus.plain_name", site.muscle.plain_name),
                  at.text("self_care.safety.0", atlas.self_care.safety[0])]
    assert handout["title"] != texts.HANDOUT["title"], "the German catalogue has the handout's title"
    for words in wanted:
        assert " ".join(words.split()) in text, words
    assert "(Soleus)" in text and texts.HANDOUT["title"] not in text


def test_a_pseudo_locale_drawing_summary_and_compare_have_no_untranslated_text(atlas, tmp_path):
    from bodymap.core.drawing import new_drawing, write_drawing

    region = atlas.region_vertices(atlas.regions.index(atlas.region_by_name("left side of neck"))).tolist()
    path = write_drawing(new_drawing("neutral", atlas.info.version, [
        {"vertices": region, "intensity": 6, "quality": ["aching"], "depth": "deep"}]), tmp_path / "visit.json")
    out = ""
    for args in (["drawing", "summary", str(path)], ["drawing", "compare", str(path), str(path)]):
        run = subprocess.run(CLI + args + ["--lang", i18n.PSEUDO], capture_output=True, text=True)
        assert run.returncode == 0, run.stderr
        out += run.stdout
    assert "[!! " in out
    out = out.replace(str(path), " ")  # file names and the saved time are the user's, not ours
    out = re.sub(r"\d{4}-\d\d-\d\dT[\d:.]+Z", " ", out)
    assert not _unwrapped(out, atlas), f"untranslated: {_unwrapped(out, atlas)[:20]}"
