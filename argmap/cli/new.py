"""``argmap new TEXT -o MAP``: scaffold a map from a source text."""

from __future__ import annotations

import argparse

from argmap.cli.options import add_output_argument, wrote


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``new`` subcommand."""
    parser = subparsers.add_parser(
        "new",
        help="scaffold a map from a source text",
        description="Write a new, valid map for a plain-text source: the text as its source, "
        "each paragraph as a section, the speakers of a transcript (paragraphs opening with "
        "'Name:') as participants, and commented examples of statements, supports and "
        "attacks to fill in. Leave spans out: `argmap fix MAP` writes them.",
    )
    parser.add_argument("text", metavar="TEXT", help="the source text (UTF-8)")
    add_output_argument(parser, "the map to write", metavar="MAP")
    parser.add_argument("--title", help="the map's title (default: the text's first line)")
    parser.add_argument("--force", action="store_true", help="replace MAP if it exists")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Write the scaffold; say what to do next."""
    from argmap.io.scaffold import scaffold_map

    scaffold_map(args.text, args.output, title=args.title, force=args.force)
    wrote(args.output, f"add statements, then run `argmap fix {args.output}`")
    return 0
