"""``argmap convert IN OUT``: between map formats (by file extension)."""

from __future__ import annotations

import argparse
from pathlib import Path

from argmap.cli.errors import CommandError
from argmap.cli.inputs import load_input
from argmap.io import FRAMEWORK_EXTENSIONS, dump, is_framework_file
from argmap.io.formats import describe, readable_suffixes, writable_suffixes, writer_for


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``convert`` subcommand."""
    parser = subparsers.add_parser(
        "convert",
        help="convert a map (or a framework) between formats",
        description="Convert between formats, chosen by file name. Abstract frameworks: "
        f"{', '.join(FRAMEWORK_EXTENSIONS)}. Maps:\n  "
        + describe().replace("\n", "\n  ")
        + "\nThe output is written atomically.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("input", metavar="IN", help="the file to read (or a built-in debate name)")
    parser.add_argument("output", metavar="OUT", help="the file to write")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Read ``IN`` and write ``OUT``."""
    source, target = Path(args.input), Path(args.output)
    if is_framework_file(source) or is_framework_file(target):
        if not (is_framework_file(source) and is_framework_file(target)):
            raise CommandError(
                "cannot convert between a map and an abstract framework file; frameworks are "
                f"{', '.join(FRAMEWORK_EXTENSIONS)}, maps {', '.join(readable_suffixes())}"
            )
        from argmap.io import dump_framework, load_framework

        dump_framework(load_framework(source), target)
        return 0
    if writer_for(target) is None:
        raise CommandError(
            f"{target}: argmap cannot write maps in format {target.suffix or '(no extension)'!r}; "
            f"it writes {', '.join(writable_suffixes())}"
        )
    m = load_input(args.input)
    origin = source.parent if source.exists() else None
    if origin is None:
        from argmap import corpus

        origin = corpus.path(args.input).parent
    dump(m, target, source_dir=origin)
    return 0
