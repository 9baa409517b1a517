"""``argmap explain [PATH] STATEMENT_ID``: why a statement is accepted, or why not."""

from __future__ import annotations

import argparse
import difflib
import json
import textwrap
from pathlib import Path

from argmap import i18n as words
from argmap.cli.errors import CommandError
from argmap.cli.inputs import load_input
from argmap.cli.options import (
    add_engine_argument,
    add_json_argument,
    add_language_argument,
    add_map_argument,
    add_reading_argument,
    add_semantics_argument,
    add_width_argument,
    ignore_width_with_json,
    line_width,
)
from argmap.evaluation import Reading, parse_reading
from argmap.explain import explain
from argmap.explain.schemes_text import schemes_text
from argmap.model import ArgumentMap, StatementKind
from argmap.semantics import Semantics


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``explain`` subcommand."""
    parser = subparsers.add_parser(
        "explain",
        help="explain why a statement is accepted or rejected",
        description="Explain the verdict on one statement under a semantics: the grounded "
        "dispute tree, the admissible set that defends it (or why none can), the "
        "extension that leaves it out, and what suffices and is necessary for it, in "
        "English or French. With a single positional, it is the statement of the built-in "
        "debate.",
    )
    add_statement_arguments(parser)
    add_language_argument(parser, "language of the explanation")
    add_json_argument(parser, "print the typed explanation as JSON instead")
    add_width_argument(parser)
    parser.set_defaults(handler=run)


def add_statement_arguments(parser: argparse.ArgumentParser) -> None:
    """``[PATH] STATEMENT_ID``, ``--semantics``, ``--reading`` and ``--engine``: shared with
    ``whatif``."""
    add_map_argument(parser)
    parser.add_argument("statement", metavar="STATEMENT_ID", help="the id of a statement")
    add_semantics_argument(parser, "the extension-based semantics", extension_only=True)
    add_reading_argument(parser)
    add_engine_argument(parser)


def resolve(args: argparse.Namespace) -> tuple[ArgumentMap, str, Semantics]:
    """The map, the statement id and the semantics named on the command line.

    With one positional (``argmap explain ID``), it is the statement and the map
    is the built-in debate; a single positional that is a map file is a missing
    statement id, not an unknown one.

    Raises
    ------
    CommandError
        For a missing or unknown statement id (naming close matches), an issue
        id, or an unknown semantics.
    """
    if args.path is None and _looks_like_map(args.statement):
        raise CommandError(
            f"{args.statement!r} is a map file; give the statement to explain after it, "
            f"e.g. `argmap {args.command} {args.statement} STATEMENT_ID`"
        )
    semantics: Semantics = args.semantics
    m = load_input(args.path, allow_outside_sources=args.allow_outside_sources)
    statement = args.statement
    known = [s.id for s in m.statements if s.kind is not StatementKind.ISSUE]
    known += [s.id for s in m.supports]
    if statement in known:
        return m, statement, semantics
    issue = next((s for s in m.issues if s.id == statement), None)
    if issue is not None:
        positions = ", ".join(s.id for s in m.positions_on(issue.id)) or "none"
        raise CommandError(
            f"{statement!r} is the issue, a question rather than an argument; explain a "
            f"position on it instead ({positions})"
        )
    close = difflib.get_close_matches(statement, known, n=3, cutoff=0.5)
    where = args.path or "the built-in debate"
    hint = f"; did you mean {', '.join(repr(c) for c in close)}?" if close else ""
    raise CommandError(f"no statement {statement!r} in {where}{hint}")


def _looks_like_map(value: str) -> bool:
    from argmap.io.formats import readable_suffixes

    name = value.lower()
    return any(name.endswith(suffix) for suffix in readable_suffixes()) or Path(value).is_file()


def wrap(text: str, width: int | None) -> str:
    """``text`` wrapped paragraph by paragraph (lines starting with a digit kept apart)
    at ``width``, or at the terminal's width (see :func:`~argmap.cli.options.line_width`)."""
    columns = line_width(width)
    out = []
    for paragraph in text.split("\n\n"):
        lines = []
        for line in paragraph.split("\n"):
            indent = "   " if line[:1].isdigit() else ""
            lines.append(textwrap.fill(line, columns, subsequent_indent=indent))
        out.append("\n".join(lines))
    return "\n\n".join(out)


def run(args: argparse.Namespace) -> int:
    """Print the explanation of the statement."""
    ignore_width_with_json(args)
    m, statement, semantics = resolve(args)
    reading = parse_reading(args.reading)
    try:
        why = explain(
            m, statement, semantics, reading=reading, language=args.lang, engine=args.engine
        )
    except KeyError:
        raise CommandError(
            f"under the {reading.value} reading no argument stands for {statement!r} (its "
            "reasons go round in a circle, or no chain of supports starts from an unsupported "
            "premise): it is rejected, and there is no argument to explain; try another "
            "--reading"
        ) from None
    if args.json:
        data = {"reading": reading.value, **why.to_dict()}
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print(header(semantics, reading, args.lang))
        print(wrap(why.text, args.width))
        notes = schemes_text(m, statement, args.lang)
        if notes:
            print()
            print(wrap(notes, args.width))
    return 0


def header(semantics: Semantics, reading: Reading, language: str = "en") -> str:
    """The line that says under what an explanation or a what-if list was computed, in
    the language of the text under it.

    >>> header(Semantics.SEMI_STABLE, Reading.NECESSARY)
    '[semi-stable semantics, necessary reading]'
    >>> header(Semantics.GROUNDED, Reading.STRUCTURED, "fr")
    '[sémantique fondée, lecture structurée]'
    """
    name = words.semantics_name(semantics.value, language)
    how = words.reading_name(reading.value, language)
    if language == "fr":
        return f"[sémantique {name}, lecture {how}]"
    return f"[{name} semantics, {how} reading]"
