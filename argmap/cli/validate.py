"""``argmap validate [PATH]``: check a map and list every problem."""

from __future__ import annotations

import argparse
import sys

from argmap.cli.errors import CommandError
from argmap.cli.inputs import load_input
from argmap.cli.options import add_map_argument
from argmap.i18n import counted


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``validate`` subcommand."""
    parser = subparsers.add_parser(
        "validate",
        help="check a map and list every problem",
        description="Check a map file: syntax, fields, ids, relations, quotes against their "
        "sources. Every problem is listed with its file, line and column; exit 1 if any. "
        "Without PATH, the built-in debate is checked.",
    )
    add_map_argument(parser)
    parser.add_argument(
        "--fix",
        action="store_true",
        help="first write the spans of quotes found once into the file (as `argmap fix`)",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Validate ``args.path``; print a one-line summary when it is valid."""
    if args.fix:
        if args.path is None:
            raise CommandError("--fix writes into a map file: give its PATH")
        from argmap.cli.fix import fix_and_report

        if fix_and_report(args.path, allow_outside_sources=args.allow_outside_sources):
            return 1
    m = load_input(args.path, allow_outside_sources=args.allow_outside_sources)
    where = args.path or "the built-in debate"
    print(
        f"{where}: valid — {counted(len(m.statements), 'statement')}, "
        f"{counted(len(m.supports), 'support')}, {counted(len(m.attacks), 'attack')}"
    )
    from argmap.schemes import scheme_warnings

    for warning in scheme_warnings(m):
        print(f"warning: {warning.located(args.path or where)}", file=sys.stderr)
    return 0
