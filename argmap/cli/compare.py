"""``argmap compare STUDENT MODEL``: grade a student's map against a model map."""

from __future__ import annotations

import argparse
import json
import sys

from argmap.cli.errors import CommandError
from argmap.cli.inputs import load_input
from argmap.cli.options import (
    add_allow_outside_sources,
    add_language_argument,
    add_output_argument,
    ignored,
    wrote,
)
from argmap.i18n import counted


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``compare`` subcommand."""
    from argmap.grading import RUBRIC

    parser = subparsers.add_parser(
        "compare",
        help="grade a student's map against a model map",
        description="Align a student's map with a model map (by quotes, then by paraphrase; "
        "ids do not matter), then list the statements matched, missed and extra, every "
        "relation right, of the wrong kind, the wrong way round, regrouped, missed or extra, "
        "the implicit premises, the speakers and stances, and the outcomes that differ, with "
        "a score out of 100. Default rubric: "
        + ", ".join(f"{k}={v:g}" for k, v in RUBRIC.items())
        + ".",
    )
    parser.add_argument("student", metavar="STUDENT", help="the student's map")
    parser.add_argument("model", metavar="MODEL", help="the model map (or a built-in name)")
    add_allow_outside_sources(parser)
    add_output_argument(
        parser, "write the side-by-side report (HTML)", required=False, metavar="HTML"
    )
    parser.add_argument("--json", metavar="FILE", help="write the comparison as JSON ('-': stdout)")
    parser.add_argument(
        "--rubric", metavar="PART=WEIGHT,...", help="weights of the parts of the score"
    )
    add_language_argument(parser, "language of the side-by-side report")
    parser.set_defaults(handler=run)


def parse_rubric(text: str) -> dict[str, float]:
    """``"statements=1,relations=2"`` → ``{"statements": 1.0, "relations": 2.0}``."""
    from argmap.grading import RUBRIC

    weights: dict[str, float] = {}
    for item in filter(None, (p.strip() for p in text.split(","))):
        name, _, value = item.partition("=")
        name = name.strip()
        try:
            weight = float(value)
        except ValueError:
            weight = float("nan")
        if name not in RUBRIC or not weight >= 0 or weight == float("inf"):
            raise CommandError(
                f"--rubric {item!r}: write PART=WEIGHT with PART in {', '.join(RUBRIC)} and a "
                "non-negative number"
            )
        weights[name] = weight
    return weights


def run(args: argparse.Namespace) -> int:
    """Compare, print a summary, write the report and the JSON if asked."""
    from argmap.atomic import write_text_atomic
    from argmap.grading import compare

    rubric = parse_rubric(args.rubric) if args.rubric else None
    if args.lang != "en" and not args.output:
        ignored("--lang", "without -o: only the side-by-side HTML report is written in French")
    outside = args.allow_outside_sources
    student = load_input(args.student, allow_outside_sources=outside)
    model = load_input(args.model, allow_outside_sources=outside)
    result = compare(student, model, rubric=rubric)
    verdicts: dict[str, int] = {}
    for check in result.relations:
        verdicts[check.verdict] = verdicts.get(check.verdict, 0) + 1
    summary = (
        f"score {result.score:g}/100 — statements: {len(result.matches)} matched, "
        f"{len(result.missed)} missed, {len(result.extra)} extra; relations: "
        + ", ".join(f"{n} {v}" for v, n in sorted(verdicts.items()))
        + f"; implicit premises: {len(result.implicit_found)} found, "
        f"{len(result.implicit_missed)} missed, {len(result.implicit_invented)} invented; "
        f"speakers and stances: {counted(len(result.speakers), 'difference')}; outcomes: "
        f"{counted(len(result.outcomes), 'difference')}"
    )
    print(summary, file=sys.stderr if args.json == "-" else sys.stdout)
    if args.json:
        text = json.dumps(result.to_json(), ensure_ascii=False, indent=2) + "\n"
        if args.json == "-":
            sys.stdout.write(text)
        else:
            write_text_atomic(args.json, text)
            wrote(args.json)
    if args.output:
        from argmap.render.comparison import comparison_html

        write_text_atomic(args.output, comparison_html(result, student, model, language=args.lang))
        wrote(args.output)
    return 0
