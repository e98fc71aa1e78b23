"""YAML reading that remembers line numbers, and atomic YAML writing.

ruamel.yaml's round-trip loader keeps the line of every key and list item; `line_of` walks a validation
error's location (e.g. ('muscles', 3, 'trigger_points', 0, 'anchor', 'vertex')) down the parsed tree to
the deepest line it can find, so an error can say `muscles/leg.yaml:120`.
"""
from __future__ import annotations

import io
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq


class YamlReadError(Exception):
    """The text is not readable YAML; `line` is 1-based or None."""

    def __init__(self, message: str, line: int | None):
        super().__init__(message)
        self.line = line


def _reader() -> YAML:
    yaml = YAML(typ="rt")
    yaml.allow_duplicate_keys = False
    yaml.preserve_quotes = True  # `bodymap place` rewrites files: 'landmark:ID' must stay quoted in flow maps
    return yaml


def read_yaml(text: str, fast: bool = False) -> Any:
    """Parse YAML text. Raises YamlReadError only.

    fast=False gives round-trip types that carry line numbers (for error messages and rewriting);
    fast=True uses libyaml through ruamel's C loader (~25x faster) and gives plain dicts and lists.
    """
    try:
        if fast:
            yaml = YAML(typ="safe", pure=False)
            yaml.allow_duplicate_keys = False
            return yaml.load(text)
        return _reader().load(text)
    except RecursionError:
        raise YamlReadError("the document is nested too deeply", None) from None
    except Exception as exc:  # ruamel raises many types for bad input; all mean "not readable YAML"
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        line = mark.line + 1 if mark is not None else None
        text = str(exc).strip()
        problem = getattr(exc, "problem", None) or (text.splitlines()[0] if text else type(exc).__name__)
        raise YamlReadError(f"not valid YAML: {problem}", line) from None


def line_of(tree: Any, loc: Sequence[str | int]) -> int | None:
    """1-based line of the deepest node of `loc` found in a round-trip tree, or None."""
    line = None
    node = tree
    for key in loc:
        if isinstance(node, CommentedMap) and key in node:
            try:
                line = node.lc.key(key)[0] + 1
            except (KeyError, TypeError, AttributeError):
                pass
            node = node[key]
        elif isinstance(node, CommentedSeq) and isinstance(key, int) and 0 <= key < len(node):
            try:
                line = node.lc.item(key)[0] + 1
            except (KeyError, TypeError, AttributeError):
                pass
            node = node[key]
        else:
            break
    if line is None and isinstance(tree, (CommentedMap, CommentedSeq)):
        line = tree.lc.line + 1
    return line


def iter_mappings(tree: Any, *keys: str, path: tuple = ()):
    """Every mapping in a parsed tree that holds all `keys`, with its path (depth first)."""
    if isinstance(tree, dict):
        if all(k in tree for k in keys):
            yield path, tree
        for k, v in tree.items():
            yield from iter_mappings(v, *keys, path=path + (k,))
    elif isinstance(tree, list):
        for i, v in enumerate(tree):
            yield from iter_mappings(v, *keys, path=path + (i,))


def to_plain(node: Any) -> Any:
    """Round-trip types -> plain dicts, lists and scalars (for validation and hashing)."""
    if isinstance(node, dict):
        return {str(k) if not isinstance(k, (int, float, bool)) else k: to_plain(v) for k, v in node.items()}
    if isinstance(node, list):
        return [to_plain(v) for v in node]
    if isinstance(node, str):
        return str(node)
    return node


def dump_yaml(data: Any) -> str:
    """Plain data -> block-style YAML text with flow-style short lists of numbers."""
    yaml = YAML(typ="rt")
    yaml.default_flow_style = None
    yaml.width = 110
    yaml.indent(mapping=2, sequence=4, offset=2)
    buf = io.StringIO()
    yaml.dump(data, buf)
    return buf.getvalue()


def write_atomic(path: Path, text: str) -> None:
    """Write text to path via a temp file in the same folder and a rename: never a half-written file."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        mode = path.stat().st_mode & 0o777 if path.exists() else 0o666 & ~_umask()
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
