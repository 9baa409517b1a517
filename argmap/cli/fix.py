"""``argmap fix MAP``: write the computable spans of quotes into the map file."""

from __future__ import annotations

import argparse
import sys

from argmap.cli.errors import CommandError


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``fix`` subcommand."""
    parser = subparsers.add_parser(
        "fix",
        help="write the spans of quotes found once into the map file",
        description="For each quote that occurs exactly once in its source, write its span "
        "into the map file (or correct a span that does not match it). Nothing else in the "
        "file changes: comments, order, quoting and line wrapping are kept. The file is "
        "written atomically; then every problem the map still has is listed (exit 1 if any).",
    )
    parser.add_argument("path", metavar="MAP", help="a map file (.yaml, .yml, .json)")
    parser.add_argument(
        "-o", "--output", metavar="OUT", help="write the fixed map here instead of in place"
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Fix ``args.path``; print what was written and what is left to do."""
    return fix_and_report(args.path, args.output)


def fix_and_report(path: str, output: str | None = None) -> int:
    """Write the spans of ``path``, say what was written, list the remaining problems."""
    from pathlib import Path

    from argmap.io.fix import fix_spans

    if not Path(path).is_file():
        raise CommandError(f"{path}: no such map file")
    if (
        output is not None
        and Path(output).exists()
        and Path(output).resolve() != Path(path).resolve()
    ):
        raise CommandError(f"{output} exists; remove it first, or fix {path} in place")
    result = fix_spans(path, output=output)
    written = output or path
    for fix in result.fixes:
        was = f" (was {list(fix.replaced)})" if fix.replaced else ""
        print(f"{written}: [{fix.statement}] span {list(fix.span)}{was}")
    count = len(result.fixes)
    print(f"{written}: {count} span{'s' if count != 1 else ''} written")
    if result.problems:
        sys.stdout.flush()
        problems = len(result.problems)
        print(
            f"argmap: error: {written}: {problems} problem{'s' if problems != 1 else ''} left:",
            file=sys.stderr,
        )
        for problem in result.problems:
            print(problem, file=sys.stderr)
        return 1
    return 0
