"""``argmap schemes [SCHEME]``: the argumentation schemes and their critical questions."""

from __future__ import annotations

import argparse
import json
import textwrap

from argmap.cli.errors import CommandError
from argmap.cli.options import (
    add_json_argument,
    add_language_argument,
    add_width_argument,
    ignore_width_with_json,
    line_width,
)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``schemes`` subcommand."""
    parser = subparsers.add_parser(
        "schemes",
        help="list the argumentation schemes and their critical questions",
        description="The argumentation schemes argmap knows (Walton, Reed & Macagno 2008): "
        "premises with their roles, conclusion, and critical questions, each with the attack "
        "that raises it (undermine a premise, undercut the inference, rebut the conclusion) "
        "and the id to write in a map (`question: scheme.id`).",
    )
    parser.add_argument(
        "scheme", metavar="SCHEME", nargs="?", help="one scheme, e.g. expert_opinion (default: all)"
    )
    add_language_argument(parser, "language of the schemes")
    add_json_argument(parser, "print the schemes as JSON instead")
    add_width_argument(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Print the catalogue, or one scheme of it."""
    from argmap.model import Scheme
    from argmap.schemes import catalogue

    ignore_width_with_json(args)
    specs = catalogue()
    chosen = list(specs.values())
    if args.scheme is not None:
        name = args.scheme.strip().lower().replace("-", "_").replace(" ", "_")
        try:
            chosen = [specs[Scheme(name)]]
        except ValueError:
            raise CommandError(
                f"unknown scheme {args.scheme!r}; the schemes are: "
                f"{', '.join(s.value for s in specs)}"
            ) from None
    lang = args.lang
    width = line_width(args.width)
    if args.json:
        data = [
            {
                "scheme": spec.scheme.value,
                "name": spec.name(lang),
                "source": spec.source,
                "premises": [{"role": p.role, "text": p.text(lang)} for p in spec.premises],
                "conclusion": spec.conclusion(lang),
                "critical_questions": [
                    {"id": q.id, "attack": q.attack, "premise": q.premise, "text": q.text(lang)}
                    for q in spec.questions
                ],
            }
            for spec in chosen
        ]
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    words = {
        "en": ("Premises", "Conclusion", "Critical questions"),
        "fr": ("Prémisses", "Conclusion", "Questions critiques"),
    }[lang]
    from argmap.i18n.critique import ATTACK_VERBS

    for number, spec in enumerate(chosen):
        if number:
            print()
        print(f"{spec.name(lang)} ({spec.scheme.value}) — {spec.source}")
        print(f"  {words[0]}:")
        for premise in spec.premises:
            print(_wrapped(f"{premise.role}: {premise.text(lang)}", "    ", width))
        print(f"  {words[1]}: {spec.conclusion(lang)}")
        print(f"  {words[2]}:")
        for q in spec.questions:
            target = f" {q.premise}" if q.premise else ""
            verb = ATTACK_VERBS[q.attack].text(lang)
            print(_wrapped(f"[{verb}{target}] {q.text(lang)}  ({q.id})", "    ", width))
    return 0


def _wrapped(text: str, indent: str, width: int) -> str:
    return textwrap.fill(text, width, initial_indent=indent, subsequent_indent=indent + "  ")
