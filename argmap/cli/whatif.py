"""``argmap whatif [PATH] STATEMENT_ID``: the single edits that would change a verdict."""

from __future__ import annotations

import argparse
import json

from argmap.cli.explain import add_statement_arguments, header, resolve, wrap
from argmap.cli.options import (
    add_json_argument,
    add_language_argument,
    add_width_argument,
    ignore_width_with_json,
)
from argmap.evaluation import parse_reading
from argmap.explain import what_if


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``whatif`` subcommand."""
    parser = subparsers.add_parser(
        "whatif",
        help="list the single edits that would change a statement's verdict",
        description="Try every single edit of the map — removing one relation, flipping an "
        "attack into a support or back, removing one statement — and list those that "
        "change the statement's status under the semantics, smallest and closest first. "
        "With a single positional, it is the statement of the built-in debate.",
    )
    add_statement_arguments(parser)
    add_language_argument(parser, "language of the text")
    add_json_argument(parser, "print the result as JSON instead")
    add_width_argument(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Print the edits that change the statement's status."""
    ignore_width_with_json(args)
    m, statement, semantics = resolve(args)
    reading = parse_reading(args.reading)
    result = what_if(m, statement, semantics, reading=reading, engine=args.engine)
    if args.json:
        data = {"reading": reading.value, **result.to_dict(args.lang)}
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print(header(semantics, reading, args.lang))
        print(wrap(result.text(args.lang), args.width))
    return 0
