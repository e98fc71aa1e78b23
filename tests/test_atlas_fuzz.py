"""Property: whatever text an annotation file holds, the loader raises only AtlasError (or loads)."""
from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bodymap import load_body
from bodymap.core._yaml import dump_yaml
from bodymap.core.atlas import Atlas, AtlasError, read_atlas

MINI = Path(__file__).parent / "data" / "mini_atlas"
LEG = (MINI / "muscles" / "leg.yaml").read_text()
BODY = load_body()


def _load_with(text: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "atlas"
        shutil.copytree(MINI, root)
        (root / "muscles" / "leg.yaml").write_text(text, encoding="utf-8")
        try:
            result = read_atlas(root, BODY)
        except AtlasError as exc:
            assert exc.problems and all(p.file for p in exc.problems)
            assert "Traceback" not in str(exc)
        else:
            assert isinstance(result, Atlas)


@st.composite
def mutated(draw) -> str:
    text = LEG
    for _ in range(draw(st.integers(1, 6))):
        pos = draw(st.integers(0, len(text)))
        kind = draw(st.sampled_from(["delete", "insert", "replace", "dup_line"]))
        if kind == "delete":
            text = text[:pos] + text[pos + draw(st.integers(1, 40)):]
        elif kind == "insert":
            text = text[:pos] + draw(st.text(alphabet=st.sampled_from(list(":-[]{}#&*!|>'\"%@ \n\t0123456789abc.")),
                                             max_size=12)) + text[pos:]
        elif kind == "replace":
            text = text[:pos] + draw(st.sampled_from(["-1", "1e309", "nan", "null", "[]", "{}", "~", "yes",
                                                      "2001-13-45", "!!python/object:os.system", "*a", "&a x",
                                                      "0x1F", "'unterminated"])) + text[pos + 3:]
        else:
            lines = text.splitlines(keepends=True)
            if lines:
                i = draw(st.integers(0, len(lines) - 1))
                lines.insert(i, lines[i])
            text = "".join(lines)
    return text


yaml_values = st.recursive(
    st.none() | st.booleans() | st.integers(-10**12, 10**12) | st.floats(allow_nan=True) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=20,
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated())
def test_mutated_muscle_file_only_raises_atlas_error(text):
    _load_with(text)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(yaml_values.map(lambda v: dump_yaml({"muscles": v})), yaml_values.map(dump_yaml),
                 st.text(max_size=200)))
def test_random_yaml_only_raises_atlas_error(text):
    _load_with(text)


def test_binary_garbage_is_reported_not_raised(tmp_path):
    root = tmp_path / "atlas"
    shutil.copytree(MINI, root)
    (root / "muscles" / "leg.yaml").write_bytes(b"\xff\xfe\x00garbage\x81")
    try:
        read_atlas(root, BODY)
    except AtlasError as exc:
        assert "muscles/leg.yaml" in str(exc)
