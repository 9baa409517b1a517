"""``argmap schema``: the JSON Schema of the native map format."""

from __future__ import annotations

import argparse
import sys

from argmap.atomic import write_text_atomic
from argmap.cli.options import add_output_argument, wrote
from argmap.io.schema import json_schema_text


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``schema`` subcommand."""
    parser = subparsers.add_parser(
        "schema",
        help="print the JSON Schema of the map format",
        description="Print (or write) the JSON Schema of argmap's YAML/JSON map format, "
        "generated from the models.",
    )
    add_output_argument(parser, "write the schema to this file instead of stdout", required=False)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Print or write the schema."""
    text = json_schema_text()
    if args.output:
        write_text_atomic(args.output, text)
        wrote(args.output)
    else:
        sys.stdout.write(text)
    return 0
