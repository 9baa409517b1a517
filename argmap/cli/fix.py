"""``argmap fix MAP``: write the computable spans of quotes into the map file.

Spans are written into argmap's own maps (YAML and JSON), where a span is how a
quote is pinned to its source. An Argdown file needs no span: argmap finds a
quote that occurs once in its source when it reads the file, so ``fix`` on an
Argdown file writes nothing, says so, and lists every problem of the file with
its line and column, as ``validate`` does. Other formats are converted first.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from argmap.cli.errors import CommandError
from argmap.cli.options import add_allow_outside_sources, add_output_argument, wrote
from argmap.i18n import counted
from argmap.model import MapValidationError, Problem

NATIVE_SUFFIXES = (".yaml", ".yml", ".json")
"""The files ``fix`` writes spans into."""


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``fix`` subcommand."""
    parser = subparsers.add_parser(
        "fix",
        help="write the spans of quotes found once into the map file",
        description="For each quote that occurs exactly once in its source, write its span "
        "into the map file (or correct a span that does not match it). Nothing else in the "
        "file changes: comments, order, quoting and line wrapping are kept. The file is "
        "written atomically; then every problem the map still has is listed (exit 1 if any). "
        "An Argdown file needs no span (a quote found once is located when the file is read): "
        "fix writes nothing into it and lists its problems.",
    )
    parser.add_argument(
        "path", metavar="PATH", help="a map file (.yaml, .yml, .json; .argdown is checked only)"
    )
    add_output_argument(parser, "write the fixed map here instead of in place", required=False)
    add_allow_outside_sources(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Fix ``args.path``; print what was written and what is left to do."""
    return fix_and_report(args.path, args.output, allow_outside_sources=args.allow_outside_sources)


def fix_and_report(
    path: str, output: str | None = None, *, allow_outside_sources: bool = False
) -> int:
    """Write the spans of ``path``, say what was written, list the remaining problems."""
    from argmap.io.fix import fix_spans

    if not Path(path).is_file():
        raise CommandError(f"{path}: no such map file")
    suffix = Path(path).suffix.lower()
    if suffix in (".argdown", ".ad"):
        return _check_argdown(path, output, allow_outside_sources)
    if suffix not in NATIVE_SUFFIXES:
        raise CommandError(
            f"{path}: fix writes spans into argmap's own maps (.yaml, .yml, .json); convert "
            f"the file first (`argmap convert {path} map.yaml`), then fix map.yaml"
        )
    if (
        output is not None
        and Path(output).exists()
        and Path(output).resolve() != Path(path).resolve()
    ):
        raise CommandError(f"{output} exists; remove it first, or fix {path} in place")
    result = fix_spans(path, output=output, allow_outside_sources=allow_outside_sources)
    written = output or path
    for fix in result.fixes:
        was = f" (was {list(fix.replaced)})" if fix.replaced else ""
        print(f"{written}: [{fix.statement}] span {list(fix.span)}{was}")
    print(f"{written}: {counted(len(result.fixes), 'span')} written")
    if result.fixes or output is not None:
        wrote(written)
    return _report_problems(written, result.problems)


def _check_argdown(path: str, output: str | None, allow_outside_sources: bool) -> int:
    """Say why an Argdown file gets no span, and list its problems."""
    from argmap.io import load

    if output is not None:
        raise CommandError(
            f"{path} is an Argdown file: fix writes nothing into it (its quotes need no span), "
            "so there is no fixed copy to write; leave -o out"
        )
    print(
        f"{path}: nothing to write: in Argdown a quote needs no span (argmap locates a quote "
        "found once in its source when it reads the file); a quote found several times or "
        "nowhere is listed below with its line and column"
    )
    try:
        load(path, allow_outside_sources=allow_outside_sources)
    except MapValidationError as exc:
        return _report_problems(path, exc.problems)
    print(f"{path}: valid")
    return 0


def _report_problems(written: str, problems: tuple[Problem, ...] | list[Problem]) -> int:
    if not problems:
        return 0
    sys.stdout.flush()
    print(
        f"argmap: error: {written}: {counted(len(problems), 'problem')} left:",
        file=sys.stderr,
    )
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1
