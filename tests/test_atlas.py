"""The annotation loader: every error class from a real broken file, with file:line:field messages."""
from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

from bodymap.core.atlas import AtlasError, read_atlas, save_atlas
from tests.mini_atlas import MINI
from tests.mini_atlas import problems_of as _problems


@pytest.fixture
def mini(tmp_path) -> Path:
    dst = tmp_path / "atlas"
    shutil.copytree(MINI, dst)
    return dst


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text, f"fixture text {old!r} not found in {path.name}"
    path.write_text(text.replace(old, new, 1))


def _line_of(path: Path, needle: str) -> int:
    for i, line in enumerate(path.read_text().splitlines(), 1):
        if needle in line:
            return i
    raise AssertionError(needle)


def test_mini_atlas_loads_with_mirrored_sites(mini):
    atlas = read_atlas(mini)
    sides = sorted(s.side for s in atlas.sites_of("soleus_tp1"))
    assert sides == ["left", "right"]
    left, right = (atlas.site(f"soleus_tp1:{s}") for s in ("left", "right"))
    assert right.vertex == atlas.body.mirror[left.vertex]
    assert np.array_equal(np.sort(atlas.body.mirror[left.essential]), right.essential)


def test_every_vertex_has_exactly_one_region(mini):
    atlas = read_atlas(mini)
    assert atlas.region_of_vertex.shape == (atlas.body.n_vertices,)
    assert set(np.unique(atlas.region_of_vertex)) <= set(range(len(atlas.regions)))


def test_yaml_syntax_error_names_file_and_line(mini):
    path = mini / "muscles" / "leg.yaml"
    _edit(path, "    name: Soleus", "    name: [Soleus")
    problems = _problems(mini)
    assert len(problems) == 1 and problems[0].startswith("muscles/leg.yaml:")
    assert "not valid YAML" in problems[0]


def test_wrong_type_names_file_line_and_field(mini):
    path = mini / "muscles" / "leg.yaml"
    _edit(path, "depth: intermediate", "depth: very deep")
    line = _line_of(path, "depth: very deep")
    (problem,) = _problems(mini)
    assert problem.startswith(f"muscles/leg.yaml:{line}: muscles[0].trigger_points[0].depth:")
    assert "'superficial', 'intermediate' or 'deep'" in problem


def test_missing_and_unknown_fields_are_reported_together(mini):
    path = mini / "muscles" / "leg.yaml"
    _edit(path, "    summary: Broad", "    summery: Broad")
    problems = _problems(mini)
    assert any("muscles[0].summary: is required but missing" in p for p in problems)
    assert any("muscles[0].summery: is not a known field" in p for p in problems)


def test_bad_id_explains_snake_case(mini):
    _edit(mini / "muscles" / "leg.yaml", "  - id: soleus", "  - id: Soleus Muscle")
    (problem,) = [p for p in _problems(mini) if ".id:" in p]
    assert "snake_case" in problem and problem.startswith("muscles/leg.yaml:")


def test_unknown_references_are_cross_file_errors(mini):
    path = mini / "muscles" / "leg.yaml"
    _edit(path, "lines: [superficial_back_line]", "lines: [superficial_bak_line]")
    _edit(path, "conditions: [plantar_fasciitis]", "conditions: [plantar_fasciitiss]")
    _edit(path, "          - ref: davies", "          - ref: ts9")
    problems = _problems(mini)
    assert any("muscles[0].lines[0]: unknown fascial line 'superficial_bak_line'" in p for p in problems)
    assert any("unknown condition 'plantar_fasciitiss'" in p for p in problems)
    assert any("unknown source 'ts9'" in p for p in problems)
    assert all(p.startswith("muscles/leg.yaml:") for p in problems)


def test_duplicate_ids_are_reported(mini):
    text = (mini / "conditions.yaml").read_text()
    entry = text.split("conditions:\n", 1)[1]
    (mini / "conditions.yaml").write_text(text + entry)
    problems = _problems(mini)
    assert any("duplicate id 'plantar_fasciitis'" in p for p in problems)


def test_vertex_out_of_range_and_stale_anchor(mini):
    path = mini / "muscles" / "leg.yaml"
    text = path.read_text()
    first_vertex = text.split("vertex: ", 1)[1].split("\n", 1)[0]
    _edit(path, f"vertex: {first_vertex}", "vertex: 20000")
    problems = _problems(mini)
    assert any("anchor.vertex: vertex 20000 is out of range" in p for p in problems)
    _edit(path, "vertex: 20000", "vertex: 100")
    problems = _problems(mini)
    assert any("anchor.position: stale anchor: vertex 100 lies" in p and "bodymap place" in p for p in problems)


def test_empty_essential_zone_is_an_error(mini):
    path = mini / "muscles" / "leg.yaml"
    text = path.read_text()
    start = text.index("        essential:")
    end = text.index("        spillover:")
    path.write_text(text[:start] + "        essential: {}\n" + text[end:])
    problems = _problems(mini)
    assert any("essential: the essential zone is empty" in p for p in problems)


def test_unknown_file_kind_and_missing_folder(mini, tmp_path):
    (mini / "notes.yaml").write_text("todo:\n  - more muscles\n")
    (problem,) = _problems(mini)
    assert problem.startswith("notes.yaml:1:") and "one top-level key" in problem
    with pytest.raises(AtlasError, match="not found"):
        read_atlas(tmp_path / "nope")


def test_all_problems_of_a_file_come_in_one_report(mini):
    path = mini / "muscles" / "leg.yaml"
    _edit(path, "depth: intermediate", "depth: 3")
    _edit(path, "radius_cm: 4", "radius_cm: -1")
    problems = _problems(mini)
    assert len(problems) >= 2


def test_round_trip_save_load_gives_the_same_atlas(mini, tmp_path):
    first = read_atlas(mini)
    out = tmp_path / "saved"
    written = save_atlas(first, out)
    assert written and not list(out.rglob("*.tmp"))
    second = read_atlas(out)
    assert dict(second.documents) == dict(first.documents)
    assert [s.key for s in second.sites] == [s.key for s in first.sites]
    assert all(np.array_equal(a.essential, b.essential) for a, b in zip(first.sites, second.sites))
    assert np.array_equal(first.region_of_vertex, second.region_of_vertex)


def test_partial_mode_turns_unknown_ids_into_warnings(mini):
    (mini / "conditions.yaml").unlink()
    warnings = []
    atlas = read_atlas(mini, partial=True, warnings=warnings)
    assert atlas.sites and any("unknown condition" in str(w) for w in warnings)


def test_real_atlas_meets_the_content_targets(atlas):
    counts = atlas.counts()
    assert counts["muscles"] >= 60 and counts["trigger points"] >= 100
    assert counts["fascial lines"] == 12 and counts["conditions"] >= 30 and 80 <= counts["regions"] <= 150
    assert atlas.coverage(essential_only=True) > 0.3
    for muscle in atlas.muscles.values():
        assert muscle.sources and all(tp.sources for tp in muscle.trigger_points)
    required = ["gastrocnemius", "soleus", "tibialis_anterior", "tibialis_posterior", "peroneus_longus",
                "peroneus_brevis", "abductor_hallucis", "quadratus_plantae", "flexor_digitorum_brevis",
                "extensor_digitorum_longus", "upper_trapezius", "iliopsoas", "quadratus_lumborum",
                "tensor_fasciae_latae", "vastus_lateralis", "gluteus_medius", "gluteus_minimus", "piriformis",
                "biceps_femoris", "medial_hamstrings", "rectus_femoris", "vastus_medialis", "adductor_longus",
                "supraspinatus", "infraspinatus", "teres_minor", "subscapularis", "supinator", "brachioradialis",
                "extensor_carpi_radialis_longus", "biceps_brachii", "triceps_brachii", "masseter", "temporalis",
                "sternocleidomastoid", "suboccipitals", "splenius_capitis", "levator_scapulae", "scalenes",
                "rhomboids", "pectoralis_major", "pectoralis_minor", "serratus_anterior", "latissimus_dorsi",
                "multifidi", "rectus_abdominis"]
    assert not [m for m in required if m not in atlas.muscles]


def test_every_recipe_still_gives_its_stored_vertex(atlas):
    """Recipes and ids agree: re-placing the real atlas would change nothing."""
    from bodymap.build.place import place_file

    for path in sorted(atlas.root.rglob("*.yaml")):
        seen, changed = place_file(path, atlas.body, write=False)
        assert changed == 0, f"{path.name}: {changed} of {seen} anchors differ from their recipes; run bodymap place"


def test_docs_atlas_md_is_current(atlas):
    from bodymap.build.atlas_doc import render_markdown
    from bodymap.settings import PROJECT_ROOT

    if atlas.root.resolve() != (PROJECT_ROOT / "annotations").resolve():
        pytest.skip("docs/atlas.md describes the bundled atlas")
    current = (PROJECT_ROOT / "docs" / "atlas.md").read_text(encoding="utf-8")
    assert current == render_markdown(atlas), "run `python -m bodymap.build.atlas_doc`"


def test_a_file_only_libyaml_reads_still_gets_a_clear_message(tmp_path):
    """`muscles\\t:` is read by libyaml but not by the line-keeping parser used for error lines: the atlas
    error must still come out as an AtlasError naming the file (found by the fuzz test)."""
    import shutil

    from bodymap.core.atlas import AtlasError, read_atlas

    root = tmp_path / "atlas"
    shutil.copytree(MINI, root)
    path = root / "muscles" / "leg.yaml"
    text = path.read_text()
    path.write_text(text.replace("muscles:", "muscles\t:", 1).replace("  - id: soleus", "  - id: soleus\n  - id: soleus", 1))
    with pytest.raises(AtlasError) as err:
        read_atlas(root)
    assert "leg.yaml" in str(err.value)
