"""Evidence per referral pattern (bodymap/core/evidence.py): what each trigger point's referral rests on, in
`lookup --json` (each candidate and each of its trigger points), in the body pack the browser ranks from, and
checked like every annotation field (a bad value names file, line and field). Evidence is shown, not scored."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bodymap.app.pack import _evidence
from bodymap.core.atlas import read_atlas
from bodymap.core.evidence import KINDS, evidence_json, kind_of
from bodymap.core.referral import ReferralEngine
from tests.mini_atlas import MINI
from tests.mini_atlas import line_of as _line_of
from tests.mini_atlas import problems_of as _problems

STUDY = """        evidence:
          - kind: experimental_injection
            finding: saline in the calf gave pain at the heel
            subjects: 10
            reported: 7
            sources:
              - ref: davies
"""


def _lookup_json(*args) -> dict:
    run = subprocess.run([sys.executable, "-m", "bodymap.cli", "lookup", *args, "--json"], capture_output=True,
                         text=True)
    assert run.returncode == 0, run.stderr
    return json.loads(run.stdout)


def test_lookup_json_gives_every_row_and_point_its_evidence():
    out = _lookup_json("--region", "left front of shoulder", "--limit", "8")
    rows = {c["muscle_id"]: c for c in out["candidates"]}
    assert {"evidence", "trigger_points", "score", "zone"} <= set(rows["infraspinatus"])
    infra = rows["infraspinatus"]["evidence"]
    assert infra["kind"] == "patient_series" and infra["sources"] == ["kwon2017", "leffler2000"]
    assert infra["frequency"] is None            # the main series gives no count for the pattern: none is made up
    series, injection = infra["studies"]
    assert (series["kind"], series["subjects"], series["reported"]) == ("patient_series", 297, None)
    assert (injection["kind"], injection["subjects"], injection["reported"]) == ("experimental_injection", 12, 10)
    assert injection["share"] == pytest.approx(10 / 12, abs=1e-4)
    for c in out["candidates"]:
        assert c["evidence"]["kind"] in KINDS
        assert c["evidence"] == c["trigger_points"][0]["evidence"]
        for p in c["trigger_points"]:
            assert p["evidence"]["sources"], p
    chart = next(c for c in out["candidates"] if c["muscle_id"] == "pectoralis_major")["evidence"]
    assert chart == {"kind": "clinical_observation", "frequency": None, "studies": [],
                     "sources": chart["sources"]} and chart["sources"]


def test_only_patterns_with_a_study_leave_the_default(atlas):
    kinds = {tp.id: kind_of(tp) for _m, tp in atlas.trigger_points.values()}
    studied = {k: v for k, v in kinds.items() if v != "clinical_observation"}
    assert studied == {"infraspinatus_tp1": "patient_series", "tibialis_anterior_tp1": "experimental_injection"}
    catalogue = {s.id: s for s in atlas.info.sources}
    for tp_id in studied:
        _m, tp = atlas.trigger_points[tp_id]
        for study in tp.evidence:
            assert all(catalogue[s.ref].kind == "article" for s in study.sources)
            assert study.finding and study.subjects


def test_the_pack_names_the_study_in_the_badges_tooltip(atlas):
    muscle, tp = atlas.trigger_points["infraspinatus_tp1"]
    ev = _evidence(atlas, muscle, tp)
    assert ev["kind"] == "patient_series"
    assert ev["title"].startswith("Besides the textbook charts: pain referred from this muscle was counted")
    assert "Kwon J, Kim HS, Chang WH, Park C, Lee SC" in ev["title"] and "(297 people)" in ev["title"]
    assert "(10 of 12 people, 83%)" in ev["title"]
    muscle, tp = atlas.trigger_points["soleus_tp1"]
    chart = _evidence(atlas, muscle, tp)
    assert chart["kind"] == "clinical_observation" and "Travell" in chart["title"]


# ---- the mini atlas: evidence loads, is not scored, and bad values name file, line and field ---------------

@pytest.fixture
def mini(tmp_path) -> Path:
    dst = tmp_path / "atlas"
    shutil.copytree(MINI, dst)
    return dst


def _with_study(mini: Path, study: str = STUDY) -> str:
    path = mini / "muscles" / "leg.yaml"
    text = path.read_text().rstrip("\n") + "\n" + study
    path.write_text(text)
    return text


def test_a_study_loads_and_does_not_change_the_ranking(mini):
    before = read_atlas(mini)
    _with_study(mini)
    after = read_atlas(mini)
    muscle, tp = after.trigger_points["soleus_tp1"]
    ev = evidence_json(muscle, tp)
    assert ev["kind"] == "experimental_injection" and ev["frequency"] == {"reported": 7, "subjects": 10, "share": 0.7}
    heel = [int(v) for v in after.sites[0].essential[:20]]
    old, new = ReferralEngine(before).lookup(heel, with_paths=False), ReferralEngine(after).lookup(heel, with_paths=False)
    assert [(c.site.key, c.score) for c in old.candidates] == [(c.site.key, c.score) for c in new.candidates]


@pytest.mark.parametrize("bad,good,at,field,says", [
    # (text replaced, its replacement, the text on the line the message names, the field named, what it says)
    ("kind: experimental_injection", "kind: saline", "kind: saline", "evidence[0].kind", "experimental_injection"),
    ("reported: 7", "reported: 70", "- kind: experimental_injection", "evidence[0]", "is more than `subjects`"),
    ("            subjects: 10\n", "", "- kind: experimental_injection", "evidence[0]", "`reported` needs `subjects`"),
    ("- ref: davies", "- ref: kellgren9", "kellgren9", "evidence[0].sources[0].ref", "unknown source 'kellgren9'"),
])
def test_a_bad_study_names_file_line_and_field(mini, bad, good, at, field, says):
    text = _with_study(mini, STUDY.replace(bad, good))
    problems = _problems(mini)
    want = f"muscles/leg.yaml:{_line_of(text, at)}: muscles[0].trigger_points[0].{field}: "
    assert any(p.startswith(want) and says in p for p in problems), (want, problems)
