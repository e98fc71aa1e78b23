"""Size limits that keep the code readable (issue 14): no class over 250 lines and no function over 80 lines
in bodymap/, no JavaScript function over 150 lines in bodymap/app/js/. Generated bundles and tests are exempt.
The JavaScript is parsed with acorn (pinned in package.json), not counted by braces."""
from __future__ import annotations

import ast
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CLASS_LINES, FUNCTION_LINES, JS_FUNCTION_LINES = 250, 80, 150


def _python_offenders() -> list[str]:
    out = []
    for path in sorted((ROOT / "bodymap").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
            if isinstance(node, ast.ClassDef):
                limit = CLASS_LINES
            elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                limit = FUNCTION_LINES
            else:
                continue
            lines = node.end_lineno - node.lineno + 1
            if lines > limit:
                out.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.name}: {lines} lines (limit {limit})")
    return out


def test_no_python_class_or_function_over_the_limit():
    offenders = _python_offenders()
    assert not offenders, "split these:\n" + "\n".join(offenders)


@pytest.fixture(scope="module")
def size_script(tmp_path_factory) -> Path:
    """tests/tools/js_function_sizes.mjs where it can import acorn: in the checkout when its node_modules holds
    acorn, else copied beside a scratch `npm ci` (ES modules resolve packages next to the script)."""
    script = ROOT / "tests" / "tools" / "js_function_sizes.mjs"
    if (ROOT / "node_modules" / "acorn").is_dir():
        return script
    npm = shutil.which("npm")
    if npm is None or shutil.which("node") is None:
        pytest.skip("Node.js is not installed: cannot parse the JavaScript")
    work = tmp_path_factory.mktemp("acorn")
    for name in ("package.json", "package-lock.json"):
        shutil.copy(ROOT / name, work / name)
    done = subprocess.run([npm, "ci", "--no-audit", "--no-fund"], cwd=work, capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, f"npm ci failed:\n{done.stderr[-2000:]}"
    return Path(shutil.copy(script, work / script.name))


@pytest.mark.slow
def test_no_javascript_function_over_the_limit(size_script):
    files = sorted(str(p) for p in (ROOT / "bodymap" / "app" / "js").rglob("*.js"))
    assert len(files) > 20
    done = subprocess.run(["node", str(size_script), str(JS_FUNCTION_LINES), *files], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert not done.stdout.strip(), "split these JavaScript functions:\n" + done.stdout


def test_the_checker_sees_a_long_function(size_script, tmp_path):
    """The JavaScript check can fail: a 160-line function is reported."""
    long_js = tmp_path / "long.js"
    long_js.write_text("export function big() {\n" + "".join(f"  const a{i} = `}}`; // }}\n" for i in range(158)) + "}\n")
    done = subprocess.run(["node", str(size_script), str(JS_FUNCTION_LINES), str(long_js)], capture_output=True,
                          text=True, timeout=60)
    assert "big 160" in done.stdout, done.stdout + done.stderr
