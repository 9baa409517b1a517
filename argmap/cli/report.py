"""``argmap report [PATH] -o OUT.html``: a self-contained HTML report of a debate."""

from __future__ import annotations

import argparse
from pathlib import Path

from argmap.cli.errors import CommandError
from argmap.cli.inputs import load_input
from argmap.cli.options import (
    add_language_argument,
    add_layout_timeout_argument,
    add_map_argument,
    add_output_argument,
    add_reading_argument,
    add_semantics_argument,
    add_timeout_argument,
    extension_semantics_type,
    wrote,
)
from argmap.evaluation import DEFAULT_SEMANTICS, AnySemantics, semantics_name
from argmap.io import is_framework_file
from argmap.render.html import GRADUAL_SEMANTICS, write_report
from argmap.semantics import Semantics


def _extension_list(value: str) -> list[Semantics]:
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
        "source text with the quoted passages highlighted. The table always carries the "
        f"strengths under the gradual semantics {', '.join(GRADUAL_SEMANTICS)}. --reading is "
        "the reading the page opens with; the reader can switch to the others.",
    )
    add_map_argument(parser)
    add_output_argument(parser, "the HTML file to write")
    add_language_argument(parser, "language the page opens in (the reader can switch)")
    add_semantics_argument(
        parser,
        "semantics compared in the table, the first extension-based one colouring the map at "
        f"first (default: {default}; the gradual {', '.join(GRADUAL_SEMANTICS)} are always "
        "shown)",
        default=None,
        repeatable=True,
    )
    add_reading_argument(parser)
    parser.add_argument(
        "--explain",
        type=_extension_list,
        action="extend",
        default=None,
        metavar="NAME[,NAME...]",
        help="extension-based semantics whose explanations and what-if lists the page carries "
        "(default: grounded, preferred and the first --semantics)",
    )
    add_timeout_argument(
        parser,
        "time allowed per semantics (statuses left undecided are shown as unknown), and at "
        "most this for the layout of the map",
    )
    add_layout_timeout_argument(parser)
    parser.add_argument(
        "--classroom",
        action="store_true",
        help="open the page in its classroom view: the issue and its positions in large type "
        "for a projector, a step-by-step walk through the text, simple words (every report "
        "has that view; this only chooses the one it opens in)",
    )
    parser.set_defaults(handler=run)


def split_semantics(chosen: list[AnySemantics] | None) -> list[Semantics]:
    """The extension-based semantics of the table, from those named on the command line.

    The gradual semantics the page always shows are accepted and need nothing
    more; another gradual semantics is refused, naming those the page shows.
    Without an extension-based one, the table compares the default ones.

    >>> from argmap.evaluation import parse_semantics
    >>> [s.value for s in split_semantics([parse_semantics("df-quad"), parse_semantics("pr")])]
    ['preferred']
    """
    extension: list[Semantics] = []
    for semantics in chosen or []:
        if isinstance(semantics, Semantics):
            extension.append(semantics)
        elif semantics_name(semantics) not in GRADUAL_SEMANTICS:
            raise CommandError(
                f"the report shows the strengths of {', '.join(GRADUAL_SEMANTICS)}, not of "
                f"{semantics_name(semantics)}; draw those with `argmap render -s "
                f"{semantics_name(semantics)}` or list them with `argmap evaluate -s "
                f"{semantics_name(semantics)}`"
            )
    return extension or list(DEFAULT_SEMANTICS)


def run(args: argparse.Namespace) -> int:
    """Write the report and say where it is."""
    output = Path(args.output)
    if output.suffix.lower() not in (".html", ".htm"):
        raise CommandError(f"cannot write {output}: a report is an HTML file; name it with .html")
    if args.path is not None and is_framework_file(args.path):
        raise CommandError(
            f"{args.path} is an abstract framework; a report needs a map "
            "(draw a framework with `argmap render`)"
        )
    semantics = split_semantics(args.semantics)
    m = load_input(args.path, allow_outside_sources=args.allow_outside_sources)
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
        classroom=args.classroom,
    )
    wrote(output)
    return 0
