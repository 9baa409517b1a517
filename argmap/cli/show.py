"""``argmap show [PATH]``: an outline of a map in the terminal."""

from __future__ import annotations

import argparse
import shutil

from argmap.cli.inputs import add_map_argument, load_input
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
    parser.add_argument(
        "--lang", choices=("en", "fr"), default="en", help="language of the paraphrases"
    )
    parser.add_argument("--no-quotes", action="store_true", help="leave the quotes out")
    parser.add_argument(
        "--width", type=int, default=None, help="line width (default: the terminal's, max 120)"
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Print the outline of the map."""
    m = load_input(args.path, allow_outside_sources=args.allow_outside_sources)
    width = args.width or min(shutil.get_terminal_size((100, 24)).columns, 120)
    print(outline(m, language=args.lang, width=width, quotes=not args.no_quotes))
    return 0
