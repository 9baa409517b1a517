"""``argmap validate PATH``: check a map and list every problem."""

from __future__ import annotations

import argparse
import sys

from argmap.cli.inputs import add_map_argument, load_input


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``validate`` subcommand."""
    parser = subparsers.add_parser(
        "validate",
        help="check a map and list every problem",
        description="Check a map file: syntax, fields, ids, relations, quotes against their "
        "sources. Every problem is listed with its file, line and column; exit 1 if any.",
    )
    add_map_argument(parser, optional=False)
    parser.add_argument(
        "--fix",
        action="store_true",
        help="first write the spans of quotes found once into the file (as `argmap fix`)",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Validate ``args.path``; print a one-line summary when it is valid."""
    if getattr(args, "fix", False):
        from argmap.cli.fix import fix_and_report

        if fix_and_report(args.path):
            return 1
    m = load_input(args.path, allow_outside_sources=args.allow_outside_sources)
    print(
        f"{args.path}: valid — {len(m.statements)} statements, {len(m.supports)} supports, "
        f"{len(m.attacks)} attacks"
    )
    from argmap.schemes import scheme_warnings

    for warning in scheme_warnings(m):
        print(f"warning: {warning.located(args.path)}", file=sys.stderr)
    return 0
