"""``argmap render [PATH] -o OUT``: draw a map (or an abstract framework) with Graphviz.

``--semantics`` names an extension-based semantics (every argument is marked
with its status) or a gradual one (every argument shows its strength: a bar and
a number). ``--support`` reads the map's supports as deductive, necessary,
evidential or general support: statuses and strengths are computed on the
flattened framework, and the attacks that reading derives are drawn dotted
(``--no-derived`` leaves them out).
"""

from __future__ import annotations

import argparse

from argmap.cli.errors import CommandError
from argmap.cli.inputs import add_map_argument, load_input
from argmap.frameworks.bipolar import SupportInterpretation
from argmap.gradual import GradualSemantics
from argmap.gradual.evaluation import StrengthEvaluation, evaluate
from argmap.gradual.evaluation import parse_semantics as parse_any_semantics
from argmap.io import is_framework_file, load_framework
from argmap.model import ArgumentMap
from argmap.render.dot import CLUSTER_CHOICES, framework_to_dot, map_derived_attacks, map_to_dot
from argmap.render.status import SemanticsStatuses, statuses_under
from argmap.render.svg import OUTPUT_FORMATS, format_for, write_diagram
from argmap.semantics import Semantics
from argmap.semantics.evaluation import evaluate as evaluate_extensions

_SUPPORTS = tuple(i.value for i in SupportInterpretation)


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
        "With a gradual semantics (df-quad, quadratic-energy, h-categorizer, ...) every "
        "argument shows its strength instead: a bar and a number in [0, 1]. With --support, "
        "supports are read as deductive, necessary, evidential or general support, and the "
        "attacks that reading derives are drawn dotted in grey-purple (tooltip: why). "
        "PATH may also be an abstract framework file (.apx, .tgf, .af, .i23).",
        epilog="Exit codes: 0 written, 1 invalid input, unknown semantics or option that "
        "does not apply, 2 usage error.",
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
        default=None,
        metavar="S",
        help="mark arguments by their status under this semantics (grounded, preferred, "
        "stable, semi-stable, ...) or show their strength under a gradual one (df-quad, "
        "quadratic-energy, h-categorizer, ...)",
    )
    parser.add_argument(
        "--support",
        choices=_SUPPORTS,
        default=None,
        help="read supports as deductive, necessary, evidential or general support: "
        "statuses and strengths are computed on the flattened framework and the derived "
        "attacks are drawn (default: the map as it stands)",
    )
    parser.add_argument(
        "--derived",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="draw (or, with --no-derived, leave out) the attacks derived by the --support "
        "reading (default: drawn when --support is given)",
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
    semantics = _chosen_semantics(args.semantics)
    if args.derived and args.support is None:
        raise CommandError(
            "--derived needs --support deductive|necessary|evidential|general: "
            "attacks are derived by a reading of support"
        )
    legend = not args.no_legend
    if args.path is not None and is_framework_file(args.path):
        if args.support is not None or isinstance(semantics, GradualSemantics):
            raise CommandError(
                f"{args.path} is an abstract framework: it has no supports and no weights, so "
                "--support and gradual semantics need a map; use an extension-based semantics"
            )
        af = load_framework(args.path)
        statuses = statuses_under(af, semantics) if semantics else None
        dot = framework_to_dot(af, statuses=statuses, language=args.lang, legend=legend)
    else:
        m = load_input(args.path, allow_outside_sources=args.allow_outside_sources)
        dot = _map_dot(m, semantics, args, legend=legend)
    write_diagram(dot, args.output)
    return 0


def _chosen_semantics(name: str | None) -> Semantics | GradualSemantics | None:
    if name is None:
        return None
    try:
        return parse_any_semantics(name)
    except ValueError as exc:
        raise CommandError(str(exc)) from None


def _map_dot(
    m: ArgumentMap,
    semantics: Semantics | GradualSemantics | None,
    args: argparse.Namespace,
    *,
    legend: bool,
) -> str:
    """The DOT of the map, with the statuses or strengths and derived attacks asked for."""
    support: str | None = args.support
    statuses: SemanticsStatuses | None = None
    strengths = None
    if isinstance(semantics, GradualSemantics):
        evaluation = evaluate(m, semantics, support=support)
        assert isinstance(evaluation, StrengthEvaluation)  # a gradual name gives strengths
        strengths = evaluation.strengths
    elif semantics is not None and support is None:
        statuses = statuses_under(m, semantics)
    elif semantics is not None:
        found = evaluate_extensions(m, semantics, support=support)
        statuses = SemanticsStatuses(
            found.semantics, found.statuses, found.extensions, found.complete
        )
    draw_derived = support is not None and args.derived is not False
    return map_to_dot(
        m,
        statuses=statuses,
        language=args.lang,
        cluster=args.cluster,
        max_lines=args.max_lines,
        legend=legend,
        strengths=strengths,
        strength_semantics=semantics.value if isinstance(semantics, GradualSemantics) else None,
        derived_attacks=map_derived_attacks(m, support) if draw_derived and support else (),
        support=support,
    )
