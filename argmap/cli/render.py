"""``argmap render [PATH] -o OUT``: draw a map (or an abstract framework) with Graphviz.

``--semantics`` names an extension-based semantics (every argument is marked
with its status) or a gradual one (every argument shows its strength: a bar and
a number). ``--reading`` says how the map is read (see
:mod:`argmap.evaluation.readings`), and the legend names it; under a bipolar
reading the attacks it derives are drawn dotted (``--no-derived`` leaves them
out).
"""

from __future__ import annotations

import argparse
import sys

from argmap.atomic import write_bytes_atomic
from argmap.cli.errors import CommandError
from argmap.cli.inputs import load_input
from argmap.cli.options import (
    add_language_argument,
    add_layout_timeout_argument,
    add_map_argument,
    add_output_argument,
    add_reading_argument,
    add_semantics_argument,
    warn,
    wrote,
)
from argmap.evaluation import AnySemantics, Evaluation, Reading, evaluate, parse_reading
from argmap.io import is_framework_file, load_framework
from argmap.model import ArgumentMap
from argmap.render.dot import CLUSTER_CHOICES, framework_to_dot, map_derived_attacks, map_to_dot
from argmap.render.layout import MAX_DRAWN_DERIVED, capped, capped_framework, with_caption
from argmap.render.svg import OUTPUT_FORMATS, format_for, render_layout


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
        "With a gradual semantics (df-quad, quadratic-energy, h-categorizer, ...) every "
        "argument shows its strength instead: a bar and a number in [0, 1]. --reading says how "
        "the map is read (the legend names it); under a bipolar reading (deductive, necessary, "
        "evidential, general) the attacks it derives are drawn dotted in grey-purple "
        "(tooltip: why). "
        "PATH may also be an abstract framework file (.apx, .tgf, .af, .i23).",
        epilog="Exit codes: 0 written, 1 invalid input, unknown semantics or option that "
        "does not apply, 2 usage error.",
    )
    add_map_argument(parser)
    add_output_argument(
        parser,
        f"the file to write; its extension chooses the format ({', '.join(OUTPUT_FORMATS)})",
    )
    add_semantics_argument(
        parser,
        "mark arguments by their status under this semantics, or show their strength under "
        "a gradual one; without it the map is drawn unevaluated",
        default=None,
    )
    add_reading_argument(parser)
    parser.add_argument(
        "--derived",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="draw (or, with --no-derived, leave out) the attacks derived by a bipolar "
        "--reading (default: drawn under a bipolar reading)",
    )
    add_language_argument(parser, "language of the paraphrases")
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
    add_layout_timeout_argument(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Write the diagram."""
    format_for(args.output)
    if args.max_lines is not None and args.max_lines < 1:
        raise CommandError(f"--max-lines must be at least 1, got {args.max_lines}")
    semantics: AnySemantics | None = args.semantics
    legend = not args.no_legend
    if args.path is not None and is_framework_file(args.path):
        if args.reading is not None and args.reading is not Reading.ABSTRACT:
            raise CommandError(
                f"{args.path} is an abstract framework: it has no supports to read as "
                f"{args.reading.value}; leave --reading out (or use abstract)"
            )
        if args.derived:
            raise CommandError(
                f"{args.path} is an abstract framework: no attack is derived from supports"
            )
        for option, given in (
            ("--cluster", args.cluster != "none"),
            ("--max-lines", args.max_lines),
        ):
            if given:
                warn(
                    f"{option} does not apply to {args.path}: an abstract framework has no "
                    "speakers, sections or text to cut; it is ignored"
                )
        af = load_framework(args.path)
        statuses = _statuses(evaluate(af, semantics)) if semantics is not None else None
        if semantics is not None and statuses is None:
            raise CommandError(
                f"{args.path} is an abstract framework: it has no weights, so a gradual "
                "semantics needs a map; use an extension-based semantics"
            )
        drawn, note = capped_framework(af, language=args.lang)
        dot = framework_to_dot(drawn, statuses=statuses, language=args.lang, legend=legend)
        notes = [note] if note else []
    else:
        reading = parse_reading(args.reading)
        if args.derived and not reading.bipolar:
            raise CommandError(
                f"--derived needs a bipolar --reading (deductive, necessary, evidential or "
                f"general): the {reading.value} reading derives no attack from supports"
            )
        m = load_input(args.path, allow_outside_sources=args.allow_outside_sources)
        dot, notes = _map_dot(m, semantics, reading, args, legend=legend)
    layout = render_layout(
        with_caption(dot, notes),
        format_for(args.output),
        timeout=args.layout_timeout,
        language=args.lang,
    )
    write_bytes_atomic(args.output, layout.data)
    for note in [*notes, *([layout.note] if layout.note else [])]:
        print(f"note: {note}", file=sys.stderr)
    wrote(args.output)
    return 0


def _statuses(evaluation: Evaluation) -> Evaluation | None:
    """``evaluation`` when it gives statuses (an extension-based semantics), else ``None``."""
    return None if evaluation.gradual else evaluation


def _map_dot(
    m: ArgumentMap,
    semantics: AnySemantics | None,
    reading: Reading,
    args: argparse.Namespace,
    *,
    legend: bool,
) -> tuple[str, list[str]]:
    """The DOT of the map, with the statuses or strengths and derived attacks asked for,
    and the notes on what was left out."""
    evaluation = evaluate(m, semantics, reading=reading) if semantics is not None else None
    strengths = evaluation.strengths if evaluation is not None and evaluation.gradual else None
    draw_derived = reading.bipolar and args.derived is not False
    derived, note = capped(
        map_derived_attacks(m, reading) if draw_derived else (),
        MAX_DRAWN_DERIVED,
        "derived",
        language=args.lang,
    )
    dot = map_to_dot(
        m,
        statuses=_statuses(evaluation) if evaluation is not None else None,
        language=args.lang,
        cluster=args.cluster,
        max_lines=args.max_lines,
        legend=legend,
        strengths=strengths,
        strength_semantics=evaluation.name if strengths is not None and evaluation else None,
        derived_attacks=derived,
        reading=reading if evaluation is not None or draw_derived else None,
    )
    return dot, [note] if note else []
