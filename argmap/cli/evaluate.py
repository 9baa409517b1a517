"""``argmap evaluate [PATH] --semantics NAME``: a status or a strength per statement.

Extension-based semantics print each statement's status (in / out / undec, or
sceptical / credulous / rejected); gradual semantics print its strength and its
base weight. ``--reading`` says how the map is read (see
:mod:`argmap.evaluation.readings`); the heading names it. ``--json`` prints the
evaluation as an object (semantics, reading, and one entry per statement id)
instead of the table.
"""

from __future__ import annotations

import argparse
import json

from argmap.cli.errors import CommandError
from argmap.cli.inputs import load_input
from argmap.cli.options import (
    add_json_argument,
    add_language_argument,
    add_map_argument,
    add_reading_argument,
    add_semantics_argument,
    add_width_argument,
    ignore_width_with_json,
    line_width,
    warn,
)
from argmap.evaluation import AnySemantics, Evaluation, evaluate, semantics_name
from argmap.frameworks.map_bipolar import DEFAULT_WEIGHT
from argmap.gradual import UNWEIGHTED, GradualSemantics
from argmap.i18n import counted
from argmap.model import ArgumentMap, Support, localised


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``evaluate`` subcommand."""
    parser = subparsers.add_parser(
        "evaluate",
        help="evaluate a map under a semantics: a status or a strength per statement",
        description="Evaluate every statement of a map under one semantics. Extension-based "
        "semantics give a status (in/out/undec for grounded, ideal and eager; sceptical/"
        "credulous/rejected for the others); gradual semantics give a strength in [0, 1] and "
        "the base weight it starts from. --reading says how the map is read as a framework.",
        epilog="Exit codes: 0 evaluated, 1 invalid input, 2 usage error (unknown option, "
        "semantics or reading).",
    )
    add_map_argument(parser)
    add_semantics_argument(parser, "the semantics")
    add_reading_argument(parser)
    add_json_argument(parser, "print an object keyed by statement id")
    parser.add_argument(
        "--inferences",
        action="store_true",
        help="also list the inferences (supports), after the statements",
    )
    parser.add_argument(
        "--default-weight",
        type=float,
        default=None,
        metavar="W",
        help=f"base weight of statements without one, and of inferences (default: "
        f"{DEFAULT_WEIGHT}); gradual semantics that weigh arguments only",
    )
    add_language_argument(parser, "language of the statements' text")
    add_width_argument(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Print the evaluation of the map; return the exit code."""
    semantics: AnySemantics = args.semantics
    weight = DEFAULT_WEIGHT if args.default_weight is None else args.default_weight
    if not 0.0 <= weight <= 1.0:
        raise CommandError(f"--default-weight must lie in [0, 1], got {weight:g}")
    if args.default_weight is not None and not weighs_arguments(semantics):
        warn(
            f"--default-weight does not apply to {semantics_name(semantics)}: "
            f"{_why_unweighted(semantics)}; it is ignored"
        )
    ignore_width_with_json(args)
    m = load_input(args.path, allow_outside_sources=args.allow_outside_sources)
    evaluation = evaluate(m, semantics, reading=args.reading, default_weight=weight)
    if not evaluation.converged:
        method = evaluation.method.value if evaluation.method else "?"
        warn(
            f"{evaluation.name} did not converge ({method}, "
            f"{counted(evaluation.iterations, 'step')}, residual {evaluation.residual:.2g}); "
            "the strengths shown are the last iterate, not a fixed point"
        )
    if args.json:
        data = evaluation.to_json(inferences=args.inferences)
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    width = line_width(args.width)
    print(table(m, evaluation, language=args.lang, width=width, inferences=args.inferences))
    return 0


def weighs_arguments(semantics: AnySemantics) -> bool:
    """Whether ``semantics`` reads the arguments' base weights (gradual ones but
    those in :data:`~argmap.gradual.UNWEIGHTED`).

    >>> from argmap.evaluation import parse_semantics
    >>> [weighs_arguments(parse_semantics(s)) for s in ("df-quad", "h-categorizer", "grounded")]
    [True, False, False]
    """
    return isinstance(semantics, GradualSemantics) and semantics not in UNWEIGHTED


def _why_unweighted(semantics: AnySemantics) -> str:
    if isinstance(semantics, GradualSemantics):
        return "it starts every argument from 1 (weighted-h-categorizer reads the weights)"
    return "an extension-based semantics gives statuses, not strengths"


def heading(evaluation: Evaluation) -> str:
    """One line saying what was evaluated and how.

    >>> from argmap.model import ArgumentMap, Support
    >>> from argmap.evaluation import evaluate
    >>> m = ArgumentMap(title="t", statements=[{"id": "a", "text": {"en": "A"}}])
    >>> heading(evaluate(m, "preferred", reading="necessary"))
    'preferred semantics, necessary reading: 1 extension'
    >>> print(heading(evaluate(m, "df-quad", reading="abstract")))  # doctest: +NORMALIZE_WHITESPACE
    df-quad semantics, abstract reading, supports aggregated by the semantics:
    converged (forward, 1 step)
    """
    how = f"{evaluation.reading.value} reading"
    if evaluation.gradual:
        if evaluation.reading.bipolar:
            how += ", supports flattened into attacks"
        elif evaluation.supports_read:
            how += ", supports aggregated by the semantics"
        else:
            how += ", attacks only"
        steps = counted(evaluation.iterations, "step")
        state = "converged" if evaluation.converged else "did not converge"
        residual = f", residual {evaluation.residual:.1e}" if evaluation.residual else ""
        method = evaluation.method.value if evaluation.method else "?"
        return f"{evaluation.name} semantics, {how}: {state} ({method}, {steps}{residual})"
    if evaluation.unique:
        return f"{evaluation.name} semantics, {how}"
    count = len(evaluation.extensions)
    listed = counted(count, "extension")
    if not evaluation.complete:
        listed = f"more than {listed} (statuses exact)"
    elif count == 0:
        listed = "no extension"
    return f"{evaluation.name} semantics, {how}: {listed}"


def table(
    m: ArgumentMap,
    evaluation: Evaluation,
    *,
    language: str = "en",
    width: int = 100,
    inferences: bool = False,
) -> str:
    """The evaluation as a table: id, status or strength (and the base weight, for a
    semantics that reads it), speaker, text.

    Rows follow the map's order; the text is cut to fit ``width``.

    Examples
    --------
    >>> from argmap.evaluation import evaluate
    >>> m = ArgumentMap(title="Tea?", statements=[
    ...     {"id": "tea", "text": {"en": "Tea is good."}},
    ...     {"id": "no", "text": {"en": "Tea is bitter, and many find it undrinkable."}}],
    ...     attacks=[{"id": "x", "kind": "rebut", "source": "no", "target": "tea"}])
    >>> print(table(m, evaluate(m, "grounded"), width=40))
    Tea?
    grounded semantics, structured reading
    <BLANKLINE>
    id   status  speaker  text
    tea  out              Tea is good.
    no   in               Tea is bitter, an…
    """
    gradual = evaluation.gradual
    weighted = weighs_arguments(evaluation.semantics)
    rows: list[list[str]] = []
    for argument, origin in evaluation.origin.items():
        if origin != "statement" and not inferences:
            continue
        if gradual:
            value = [f"{evaluation.strength(argument):.3f}"]
            if weighted:
                value.append(f"{evaluation.base[argument]:.2f}")
        else:
            value = [evaluation.status(argument).value]
        speaker, text = _describe(m, argument, language)
        rows.append([argument, *value, speaker, text])
    head = ["id", "strength"] if gradual else ["id", "status"]
    head += ["base"] if weighted else []
    head += ["speaker", "text"]
    widths = [max(len(r[i]) for r in [head, *rows]) for i in range(len(head) - 1)]
    right = ({1, 2} if weighted else {1}) if gradual else set()
    lines = [localised(m.title, language), heading(evaluation), ""]
    for row in [head, *rows]:
        cells = [
            row[i].rjust(widths[i]) if i in right else row[i].ljust(widths[i])
            for i in range(len(widths))
        ]
        prefix = "  ".join(cells) + "  "
        room = max(width - len(prefix), 10)
        text = row[-1] if len(row[-1]) <= room else row[-1][: room - 1].rstrip() + "…"
        lines.append((prefix + text).rstrip())
    return "\n".join(lines)


def _describe(m: ArgumentMap, argument: str, language: str) -> tuple[str, str]:
    """The speaker and a one-line text of a statement or an inference."""
    item = m.get(argument)
    if isinstance(item, Support):
        return "", f"{' + '.join(item.premises)} ⇒ {item.conclusion}"
    statement = m.statement(argument)
    if statement.provenance is not None:
        speaker = statement.provenance.speaker
    else:
        speaker = "implicit" if statement.implicit else ""
    return speaker, " ".join(statement.paraphrase(language).split())
