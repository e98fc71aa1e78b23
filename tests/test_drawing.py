"""The pain record's file and measures (bodymap/core/drawing.py), checked against the mesh itself.

Areas are recomputed here from the mesh files with plain numpy (triangle areas, a third to each corner), not
through Body.vertex_areas, so a mistake in the measures cannot hide behind the same code.
"""
from __future__ import annotations

import json
import random

import numpy as np
import pytest

from bodymap.core.drawing import (MAX_BYTES, Area, Drawing, DrawingError, Halves, compare, drawing_schema,
                                  dumps_drawing, new_drawing, parse_drawing, read_drawing, summary,
                                  write_drawing)
from bodymap.settings import MESH_DIR, SKIN_VERTEX_COUNT


def _mesh(variant: str = "neutral") -> tuple[np.ndarray, np.ndarray]:
    with np.load(MESH_DIR / "hm08_topology.npz") as topo, np.load(MESH_DIR / f"hm08_{variant}.npz") as var:
        return var["vertices"].astype(np.float64), topo["triangles"].astype(np.int64)


def _area_of(vertices: np.ndarray, variant: str = "neutral") -> float:
    """Area of a vertex set from the triangles: each triangle gives a third of its area per corner in the set."""
    pos, tri = _mesh(variant)
    a, b, c = pos[tri[:, 0]], pos[tri[:, 1]], pos[tri[:, 2]]
    tri_area = 0.5 * np.sqrt((np.cross(b - a, c - a) ** 2).sum(axis=1))
    inside = np.isin(tri, vertices).sum(axis=1)
    return float((tri_area * inside / 3).sum())


def _region(atlas, name: str) -> list[int]:
    return atlas.region_vertices(atlas.regions.index(atlas.region_by_name(name))).tolist()


def _drawing(atlas, *areas: dict, body: str = "neutral") -> Drawing:
    return new_drawing(body, atlas.info.version, list(areas), created="2026-12-03T10:00:00Z")


def _area(vertices, intensity=5, quality=("aching",), depth="deep", note="") -> dict:
    return {"vertices": [int(v) for v in vertices], "intensity": intensity, "quality": list(quality), "depth": depth,
            "note": note}


@pytest.fixture(scope="module")
def two_areas(atlas) -> Drawing:
    return _drawing(atlas, _area(_region(atlas, "left top of shoulder"), 6, ["aching"], "deep", "after work"),
                    _area(_region(atlas, "left temple"), 4, ["throbbing", "stabbing"], "skin"))


# ---- measures -------------------------------------------------------------------------------------------

def test_area_of_a_region_matches_the_triangles(atlas, two_areas):
    result = summary(two_areas, atlas)
    shoulder = np.array(_region(atlas, "left top of shoulder"))
    temple = np.array(_region(atlas, "left temple"))
    assert result["areas"][0]["area_cm2"] == pytest.approx(_area_of(shoulder), abs=0.006)
    assert result["areas"][1]["area_cm2"] == pytest.approx(_area_of(temple), abs=0.006)
    assert result["area_cm2"] == pytest.approx(_area_of(np.r_[shoulder, temple]), abs=0.006)
    total = _area_of(np.arange(SKIN_VERTEX_COUNT))
    assert result["body_percent"] == pytest.approx(100 * _area_of(np.r_[shoulder, temple]) / total, abs=0.001)
    assert result["left_right"] == {"left_cm2": result["area_cm2"], "right_cm2": 0.0}  # all on the left


def test_the_whole_body_is_100_percent_and_splits_evenly(atlas):
    whole = _drawing(atlas, _area(range(SKIN_VERTEX_COUNT)))
    result = summary(whole, atlas, limit=1)
    assert result["body_percent"] == 100.0
    assert result["area_cm2"] == pytest.approx(_area_of(np.arange(SKIN_VERTEX_COUNT)), abs=0.006)
    lr, fb = result["left_right"], result["front_back"]
    assert lr["left_cm2"] == pytest.approx(lr["right_cm2"], rel=1e-4)  # the mesh is symmetric (to float32)
    assert lr["left_cm2"] + lr["right_cm2"] == pytest.approx(result["area_cm2"], abs=0.02)
    assert fb["front_cm2"] + fb["back_cm2"] == pytest.approx(result["area_cm2"], abs=0.02)
    assert 0.4 < fb["front_cm2"] / result["area_cm2"] < 0.6
    assert len(result["choir_segments"]) == len({r.choir for r in atlas.regions})


def test_front_and_back_follow_the_skin_normal(atlas, body):
    halves = Halves.of(body)
    pos, tri = _mesh()
    # the tip of the nose faces forward, the middle of the back backward
    nose, back = int(np.argmax(pos[:, 2])), int(np.argmin(pos[:, 2]))
    assert halves.front[nose] == 1.0 and halves.front[back] == 0.0
    assert set(np.unique(halves.left)) == {0.0, 0.5, 1.0} and (halves.left[pos[:, 0] == 0] == 0.5).all()


def test_choir_segments_and_regions(atlas, two_areas):
    result = summary(two_areas, atlas)
    assert result["choir_segments"] == [104, 207]   # left face (temple), left back shoulder (top of shoulder)
    assert result["areas"][0]["choir_segments"] == [atlas.region_by_name("left top of shoulder").choir]
    assert [r["name"] for r in result["regions"]] == ["left top of shoulder", "left temple"]
    assert result["areas"][1]["quality"] == ["throbbing", "stabbing"] and result["areas"][1]["depth"] == "skin"


def test_candidates_are_lookups_ranking(atlas, two_areas):
    from bodymap.core.referral import engine_for

    expected = engine_for(atlas).lookup(two_areas.painted(), limit=10).to_json()
    result = summary(two_areas, atlas)
    assert result["candidates"] == expected["candidates"] and result["candidates"]
    assert result["nerve_roots"] == expected["nerve_roots"]


def test_unexplained_is_what_no_zone_covers(atlas, two_areas):
    covered = np.zeros(atlas.body.n_vertices, bool)
    for s in atlas.sites:
        covered[np.r_[s.essential, s.spillover]] = True
    painted = two_areas.painted()
    left_out = painted[~covered[painted]]
    result = summary(two_areas, atlas)["unexplained"]
    assert result["vertex_count"] == left_out.size > 0
    assert result["area_cm2"] == pytest.approx(_area_of(left_out), abs=0.006)
    from bodymap.core.referral import engine_for

    assert result["nerve_roots"] == [r.to_json() for r in engine_for(atlas).nerve_roots(left_out)]


def test_an_empty_drawing_measures_zero(atlas):
    result = summary(_drawing(atlas), atlas)
    assert result["area_cm2"] == 0 and result["candidates"] == [] and result["choir_segments"] == []


def test_another_body_variant_is_measured_on_that_body(atlas):
    from bodymap.core.atlas import load_atlas
    from bodymap.core.body import load_body

    shoulder = _region(atlas, "left top of shoulder")
    drawing = read_drawing(dumps_drawing(_drawing(atlas, _area(shoulder), body="female")).encode())
    assert drawing.body == "female"
    female = load_atlas(body=load_body("female"))
    result = summary(drawing, female)
    assert result["area_cm2"] == pytest.approx(_area_of(np.array(shoulder), "female"), abs=0.006)
    assert result["area_cm2"] != pytest.approx(_area_of(np.array(shoulder), "neutral"), abs=0.5)
    with pytest.raises(ValueError, match="female body"):
        summary(drawing, atlas)


# ---- compare --------------------------------------------------------------------------------------------

def test_compare_with_itself(atlas, two_areas, body):
    result = compare(two_areas, two_areas, body)
    assert result["jaccard"] == 1.0 and result["new_cm2"] == 0 and result["resolved_cm2"] == 0
    assert result["area_change_cm2"] == 0 and result["new"].size == 0 and result["resolved"].size == 0


def test_compare_two_visits(atlas, body):
    shoulder, temple = np.array(_region(atlas, "left top of shoulder")), np.array(_region(atlas, "left temple"))
    a = _drawing(atlas, _area(shoulder))
    b = _drawing(atlas, _area(np.r_[shoulder, temple]))
    result = compare(a, b, body)
    assert result["jaccard"] == pytest.approx(_area_of(shoulder) / _area_of(np.r_[shoulder, temple]), abs=1e-4)
    assert result["new_cm2"] == pytest.approx(_area_of(temple), abs=0.006) and result["resolved_cm2"] == 0
    assert sorted(result["new"].tolist()) == sorted(temple.tolist())
    assert result["area_change_percent"] == pytest.approx(100 * _area_of(temple) / _area_of(shoulder), abs=0.05)
    back = compare(b, a, body)
    assert back["resolved_cm2"] == result["new_cm2"] and back["jaccard"] == result["jaccard"]
    disjoint = compare(a, _drawing(atlas, _area(temple)), body)
    assert disjoint["jaccard"] == 0.0
    assert compare(_drawing(atlas), _drawing(atlas), body)["jaccard"] is None


# ---- the file -------------------------------------------------------------------------------------------

def test_round_trip_is_exact(atlas, two_areas, tmp_path):
    path = write_drawing(two_areas, tmp_path / "visit.json")
    again = read_drawing(path)
    assert again == two_areas
    assert dumps_drawing(again) == path.read_text(encoding="utf-8")
    note = _drawing(atlas, _area([5, 3, 9], 0, [], "skin", 'naïve "quote" \\ tab\t new\nline \u2028 ✓'))
    assert parse_drawing(dumps_drawing(note)) == note
    assert dumps_drawing(parse_drawing(dumps_drawing(note))) == dumps_drawing(note)
    assert json.loads(dumps_drawing(two_areas)) == two_areas.model_dump(mode="json")
    assert list(json.loads(dumps_drawing(two_areas))) == ["format", "version", "body", "atlas_version", "created",
                                                          "areas"]


def test_new_drawing_is_stamped_now_in_utc(atlas):
    drawing = new_drawing("neutral", "0.1.0", [])
    assert drawing.created.endswith("Z") and len(drawing.created) == 20


def test_schema_describes_the_file(two_areas):
    schema = drawing_schema()
    assert schema["additionalProperties"] is False and set(schema["required"]) >= {"body", "areas"}
    try:
        import jsonschema
    except ImportError:
        pytest.skip("jsonschema not installed")
    jsonschema.validate(json.loads(dumps_drawing(two_areas)), schema)


def _good() -> dict:
    return {"format": "bodymap-drawing", "version": 1, "body": "neutral", "atlas_version": "0.1.0",
            "created": "2026-12-03T10:00:00Z",
            "areas": [{"vertices": [1, 2, 3], "intensity": 5, "quality": ["aching"], "depth": "deep", "note": ""}]}


def _with(**changes) -> bytes:
    data = _good()
    for key, value in changes.items():
        if key.startswith("area_"):
            data["areas"][0][key[5:]] = value
        else:
            data[key] = value
    return json.dumps(data).encode()


BAD_FILES = [
    ("broken JSON", b'{"format": "bodymap-drawing",\n  "version": 1,,\n}', "not valid JSON at line 2, column 16: expecting property name"),
    ("truncated", json.dumps(_good()).encode()[:60], "not valid JSON at line 1"),
    ("not UTF-8", b'{"format": "\xff"}', "not a UTF-8 text file"),
    ("an array", b"[1, 2]", "holds a JSON array, not an object"),
    ("unknown format", _with(format="bodymap-quiz"), 'unknown format "bodymap-quiz"'),
    ("no format", json.dumps({"version": 1}).encode(), "unknown format (none)"),
    ("unknown version", _with(version=2), "unknown drawing version 2; this bodymap reads version 1"),
    ("version as text", _with(version="1"), 'unknown drawing version "1"'),
    ("vertex out of range", _with(area_vertices=[1, 13380, 99999]), "area 1: vertex 13380 is out of range"),
    ("negative vertex", _with(area_vertices=[-4]), "area 1: vertex -4 is out of range (the body has vertices 0..13379)"),
    ("unknown fields", _with(colour="red", area_size=3), "unknown fields areas[0].size, colour"),
    ("one unknown field", _with(patient="Smith"), "unknown field patient"),
    ("intensity 11", _with(area_intensity=11), "areas[0].intensity: input should be less than or equal to 10"),
    ("intensity text", _with(area_intensity="7"), "areas[0].intensity"),
    ("intensity fraction", _with(area_intensity=6.5), "areas[0].intensity"),
    ("unknown quality", _with(area_quality=["itchy"]), "areas[0].quality[0]"),
    ("unknown depth", _with(area_depth="bone"), "areas[0].depth"),
    ("unknown body", _with(body="giant"), "body"),
    ("bad time", _with(created="yesterday"), "created: not an ISO 8601 date and time"),
    ("impossible time", _with(created="2026-02-30T10:00:00Z"), "created: not a real date and time"),
    ("vertex twice", _with(area_vertices=[3, 3]), "areas[0].vertices: a vertex is listed twice"),
    ("no vertices", _with(area_vertices=[]), "areas[0].vertices"),
    ("vertex as float", _with(area_vertices=[1.0]), "areas[0].vertices[0]"),
    ("NaN", b'{"format": "bodymap-drawing", "version": 1, "x": NaN}', "NaN is not a JSON number"),
    ("huge number", b'{"format": "bodymap-drawing", "version": 1, "x": ' + b"9" * 5000 + b"}", "value"),
    ("deep nesting", b'{"format": "bodymap-drawing", "version": 1, "x": ' + b"[" * 100000 + b"]" * 100000 + b"}",
     "nested too deeply"),
]


@pytest.mark.parametrize("label,data,phrase", BAD_FILES, ids=[b[0] for b in BAD_FILES])
def test_each_bad_file_has_its_one_line_message(label, data, phrase):
    with pytest.raises(DrawingError) as caught:
        read_drawing(data, name="visit.json")
    message = str(caught.value)
    assert "\n" not in message and message.startswith("visit.json: "), message
    assert phrase in message, message


def test_a_file_over_5_mb_is_refused_before_it_is_read(tmp_path, monkeypatch):
    path = tmp_path / "big.json"
    with path.open("wb") as f:
        f.truncate(MAX_BYTES + 1)
    monkeypatch.setattr(type(path), "read_bytes", lambda self: pytest.fail("read before the size was checked"))
    with pytest.raises(DrawingError, match=r"big.json: the file is 5.0 MB; a drawing file is at most 5 MB"):
        read_drawing(path)
    with pytest.raises(DrawingError, match="at most 5 MB"):
        read_drawing(b" " * (MAX_BYTES + 1))


def test_fuzzed_files_give_one_line_or_a_valid_drawing(two_areas):
    """Hostile mutations of a good file (bytes flipped, cut, duplicated): each either opens as a valid drawing
    or raises DrawingError with one line; nothing else escapes."""
    good = dumps_drawing(two_areas).encode()
    rng = random.Random(17)
    outcomes = {"opened": 0, "refused": 0}
    for _ in range(400):
        data = bytearray(good)
        for _ in range(rng.randint(1, 4)):
            kind, at = rng.random(), rng.randrange(len(data))
            if kind < 0.4:
                data[at] = rng.choice(b'{}[]",:0123456789-.eE \n\x00\xffatrufnl')
            elif kind < 0.7:
                del data[at:at + rng.randint(1, 50)]
            else:
                data[at:at] = data[rng.randrange(len(data)):][:rng.randint(1, 80)]
        try:
            drawing = read_drawing(bytes(data))
        except DrawingError as exc:
            assert "\n" not in str(exc)
            outcomes["refused"] += 1
        else:
            assert isinstance(drawing, Drawing) and all(isinstance(a, Area) for a in drawing.areas)
            outcomes["opened"] += 1
    assert outcomes["refused"] > 300, outcomes


def test_the_browser_reads_and_writes_the_same_format():
    """js/screen/record.js restates a few facts of this module (it has no Python to ask): they must agree."""
    import re
    from pathlib import Path

    from bodymap.core import drawing

    js = (Path(drawing.__file__).parents[1] / "app" / "js" / "screen" / "record.js").read_text()
    listed = lambda name: re.findall(r'"([a-z_]+)"', re.search(rf"{name} = \[([^\]]*)\]", js).group(1))  # noqa: E731
    assert tuple(listed("QUALITIES")) == drawing.QUALITIES
    assert listed("KEYS") == list(Drawing.model_fields) and listed("AREA") == list(Area.model_fields)
    assert f"MAX_BYTES = {drawing.MAX_BYTES}" in js and f"MAX_DEPTH = {drawing.MAX_DEPTH}" in js
    browser = re.compile(re.search(r"const ISO = /(.*)/;", js).group(1))  # the same syntax in Python's re
    for when in ["2026-12-03T13:31:55Z", "2026-12-03T13:31", "2026-12-03T13:31:55.123456+01:00", "2026-12-03",
                 "2026-12-03 13:31:55", "2026-12-03T13:31:55.1234567Z", "26-12-03T13:31Z", "2026-12-03T13:31:55+0100"]:
        assert bool(browser.match(when)) == bool(drawing.ISO_TIME.match(when)), when
