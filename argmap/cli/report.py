"""``argmap report [PATH] -o OUT.html``: a self-contained HTML report of a debate."""

from __future__ import annotations

import argparse
from pathlib import Path

from argmap.cli.errors import CommandError, check_timeout
from argmap.cli.inputs import add_map_argument, add_reading_argument, load_input
from argmap.cli.render import add_layout_timeout_argument, extension_semantics_type
from argmap.evaluation import DEFAULT_SEMANTICS, semantics_name
from argmap.io import is_framework_file
from argmap.render.html import write_report
from argmap.semantics import Semantics


def _semantics_list(value: str) -> list[Semantics]:
    return [extension_semantics_type(part) for part in value.split(",") if part.strip()]


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``report`` subcommand."""
    default = ",".join(semantics_name(s) for s in DEFAULT_SEMANTICS)
    parser = subparsers.add_parser(
        "report",
        help="write a self-contained HTML report of a debate",
        description="Write one HTML file (no network needed) with the question, sources and "
        "participants, the map coloured by a semantics and a reading chosen in the page, a table "
        "of every statement under every semantics, a details panel per statement and the "
        "source text with the quoted passages highlighted. --reading is the reading the page "
        "opens with; the reader can switch to the others.",
    )
    add_map_argument(parser)
    parser.add_argument(
        "-o", "--output", required=True, metavar="OUT", help="the HTML file to write"
    )
    parser.add_argument(
        "--lang",
        choices=("en", "fr"),
        default="en",
        help="language the page opens in (the reader can switch)",
    )
    parser.add_argument(
        "--semantics",
        type=_semantics_list,
        action="extend",
        default=None,
        metavar="S[,S...]",
        help=f"semantics compared, the first one colouring the map at first (default: {default})",
    )
    add_reading_argument(parser)
    parser.add_argument(
        "--explain",
        type=_semantics_list,
        action="extend",
        default=None,
        metavar="S[,S...]",
        help="semantics whose explanations and what-if lists the page carries "
        "(default: grounded, preferred and the first --semantics)",
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=None,
        metavar="SECONDS",
        help="time allowed per semantics (statuses left undecided are shown as unknown), "
        "and at most this for the layout of the map",
    )
    add_layout_timeout_argument(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Write the report and print where it is."""
    output = Path(args.output)
    if output.suffix.lower() not in (".html", ".htm"):
        raise CommandError(f"cannot write {output}: a report is an HTML file; name it with .html")
    if args.path is not None and is_framework_file(args.path):
        raise CommandError(
            f"{args.path} is an abstract framework; a report needs a map "
            "(draw a framework with `argmap render`)"
        )
    check_timeout(args.timeout)
    m = load_input(args.path, allow_outside_sources=args.allow_outside_sources)
    semantics = args.semantics or list(DEFAULT_SEMANTICS)
    write_report(
        m,
        output,
        semantics=semantics,
        reading=args.reading,
        language=args.lang,
        timeout=args.timeout,
        explained=args.explain,
        layout_timeout=(
            args.layout_timeout if args.timeout is None else min(args.layout_timeout, args.timeout)
        ),
    )
    print(f"report written to {output}")
    return 0
