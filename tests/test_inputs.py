"""Hostile browser values are rejected with a logged warning; good values pass through unchanged."""
from __future__ import annotations

import logging

import pytest

from bodymap.app import inputs

N = 13380


@pytest.mark.parametrize("bad", [-2, N, 10**12, 1.5, float("nan"), float("inf"), "12a", "1" * 20, True, [1], {"v": 1}])
def test_bad_vertex_is_rejected_and_logged(bad, caplog):
    with caplog.at_level(logging.WARNING, logger="bodymap.inputs"):
        with pytest.raises(inputs.RejectedInput):
            inputs.vertex(bad, N)
    assert "rejected vertex" in caplog.text


@pytest.mark.parametrize("good,expected", [(0, 0), (N - 1, N - 1), ("42", 42), (7.0, 7), (-1, None), (None, None)])
def test_good_vertex_passes(good, expected):
    assert inputs.vertex(good, N) == expected


def test_oversized_painted_set_is_rejected_without_iterating_it():
    class Huge(list):
        def __len__(self):
            return 10_000_000

        def __iter__(self):
            raise AssertionError("must not iterate")

    with pytest.raises(inputs.RejectedInput, match="too many"):
        inputs.vertex_list(Huge(), N)
    with pytest.raises(inputs.RejectedInput, match="too many"):
        inputs.vertex_list(range(10_000_000), N)


def test_painted_set_is_deduplicated_and_checked():
    assert inputs.vertex_list([3, 3, 5, "7"], N) == [3, 5, 7]
    with pytest.raises(inputs.RejectedInput):
        inputs.vertex_list([1, -5], N)
    with pytest.raises(inputs.RejectedInput):
        inputs.vertex_list("1,2,3", N)


def test_choices_sites_and_text():
    assert inputs.choice("front", ["front", "back"], "view") == "front"
    for bad in ("top", None, 3, "x" * 500):
        with pytest.raises(inputs.RejectedInput):
            inputs.choice(bad, ["front", "back"], "view")
    assert inputs.site_index(-1, 10) is None and inputs.site_index(3, 10) == 3
    with pytest.raises(inputs.RejectedInput):
        inputs.site_index(10, 10)
    with pytest.raises(inputs.RejectedInput):
        inputs.site_indices(list(range(500)), 1000)
    with pytest.raises(inputs.RejectedInput):
        inputs.text("x" * 1000)
