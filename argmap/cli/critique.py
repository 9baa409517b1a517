"""``argmap critique [PATH]``: what a careful reader would question in a map."""

from __future__ import annotations

import argparse
import json

from argmap.cli.inputs import load_input
from argmap.cli.options import (
    add_json_argument,
    add_language_argument,
    add_map_argument,
    add_width_argument,
    ignore_width_with_json,
    line_width,
)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``critique`` subcommand."""
    parser = subparsers.add_parser(
        "critique",
        help="list what a careful reader would question in a map's structure",
        description="A structural critique: positions without reasons, objections nobody "
        "answers, circular support, linked and convergent premises that look wrong, missing "
        "premises, positions outside the debate, self-attacks, overlapping quotes and open "
        "critical questions, each with why it matters and what to do.",
    )
    add_map_argument(parser)
    add_language_argument(parser, "language of the critique")
    add_json_argument(parser, "print the findings as JSON instead")
    add_width_argument(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Print the critique of the map; exit 0 whatever it finds."""
    from argmap.critique import critique
    from argmap.critique.text import critique_text

    ignore_width_with_json(args)
    m = load_input(args.path, allow_outside_sources=args.allow_outside_sources)
    findings = critique(m, language=args.lang)
    if args.json:
        data = [f.to_json(args.lang) for f in findings]
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print(critique_text(findings, args.lang, line_width(args.width)))
    return 0
