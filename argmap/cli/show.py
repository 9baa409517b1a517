"""``argmap show [PATH]``: an outline of a map in the terminal."""

from __future__ import annotations

import argparse

from argmap.cli.inputs import load_input
from argmap.cli.options import (
    add_language_argument,
    add_map_argument,
    add_width_argument,
    line_width,
)
from argmap.render.terminal import outline


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``show`` subcommand."""
    parser = subparsers.add_parser(
        "show",
        help="print an outline of a map",
        description="Print the map as an outline: each issue, the positions on it, their "
        "supports and the attacks on them, with the speakers' quotes.",
    )
    add_map_argument(parser)
    add_language_argument(parser, "language of the paraphrases")
    parser.add_argument("--no-quotes", action="store_true", help="leave the quotes out")
    add_width_argument(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Print the outline of the map."""
    m = load_input(args.path, allow_outside_sources=args.allow_outside_sources)
    print(outline(m, language=args.lang, width=line_width(args.width), quotes=not args.no_quotes))
    return 0
