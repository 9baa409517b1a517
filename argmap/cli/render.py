"""``argmap render [PATH] -o OUT``: draw a map (or an abstract framework) with Graphviz."""

from __future__ import annotations

import argparse

from argmap.cli.errors import CommandError
from argmap.cli.inputs import add_map_argument, load_input
from argmap.io import is_framework_file, load_framework
from argmap.render.dot import CLUSTER_CHOICES, framework_to_dot, map_to_dot
from argmap.render.status import statuses_under
from argmap.render.svg import OUTPUT_FORMATS, format_for, write_diagram
from argmap.semantics import Semantics


def parse_semantics(name: str) -> Semantics:
    """An argparse ``type``: the semantics called ``name`` (usage error otherwise)."""
    try:
        return Semantics.parse(name)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``render`` subcommand."""
    parser = subparsers.add_parser(
        "render",
        help="draw a map as SVG, PNG, PDF or DOT (Graphviz)",
        description="Draw the map with Graphviz, the issue on top. Boxes are statements "
        "(dashed: implicit premises; border colour: speaker), diamonds are inferences. "
        "Blue arrows support; vermillion tee-ended edges attack (solid: rebut, dashed: "
        "undermine, dotted: undercut, ending on the inference). With --semantics, every "
        "argument is coloured and marked by its status: ✓ in / sceptically accepted, "
        "~ credulously accepted only, ? undecided, ✗ out / rejected, ∅ no extension. "
        "PATH may also be an abstract framework file (.apx, .tgf, .af, .i23).",
    )
    add_map_argument(parser)
    parser.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="OUT",
        help=f"the file to write; its extension chooses the format ({', '.join(OUTPUT_FORMATS)})",
    )
    parser.add_argument(
        "--semantics",
        type=parse_semantics,
        default=None,
        metavar="S",
        help="colour arguments by their status under this semantics "
        "(grounded, preferred, stable, semi-stable, ...)",
    )
    parser.add_argument(
        "--lang", choices=("en", "fr"), default="en", help="language of the paraphrases"
    )
    parser.add_argument(
        "--cluster",
        choices=CLUSTER_CHOICES,
        default="none",
        help="box statements together by speaker or by source section",
    )
    parser.add_argument(
        "--max-lines",
        type=int,
        default=None,
        metavar="N",
        help="lines of text per statement before it is cut (full text in the tooltip; "
        "default 6, or 3 for maps of more than 200 statements)",
    )
    parser.add_argument("--no-legend", action="store_true", help="leave the legend out")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Write the diagram."""
    format_for(args.output)
    if args.max_lines is not None and args.max_lines < 1:
        raise CommandError(f"--max-lines must be at least 1, got {args.max_lines}")
    legend = not args.no_legend
    if args.path is not None and is_framework_file(args.path):
        af = load_framework(args.path)
        statuses = statuses_under(af, args.semantics) if args.semantics else None
        dot = framework_to_dot(af, statuses=statuses, language=args.lang, legend=legend)
    else:
        m = load_input(args.path)
        statuses = statuses_under(m, args.semantics) if args.semantics else None
        dot = map_to_dot(
            m,
            statuses=statuses,
            language=args.lang,
            cluster=args.cluster,
            max_lines=args.max_lines,
            legend=legend,
        )
    write_diagram(dot, args.output)
    return 0
