"""``argmap critique [PATH]``: what a careful reader would question in a map."""

from __future__ import annotations

import argparse
import json

from argmap.cli.inputs import add_map_argument, load_input


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
    parser.add_argument("-l", "--language", choices=("en", "fr"), default="en")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.add_argument("--width", type=int, default=100, help="wrap text at this width")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Print the critique of the map; exit 0 whatever it finds."""
    from argmap.critique import critique
    from argmap.critique.text import critique_text

    m = load_input(args.path, allow_outside_sources=args.allow_outside_sources)
    findings = critique(m, language=args.language)
    if args.json:
        data = [f.to_json(args.language) for f in findings]
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print(critique_text(findings, args.language, max(40, args.width)))
    return 0
