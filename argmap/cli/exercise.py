"""``argmap exercise [PATH] -o OUT.html``: exercises from a map; ``--collect`` merges answers."""

from __future__ import annotations

import argparse
from pathlib import Path

from argmap.cli.errors import CommandError
from argmap.cli.inputs import load_input
from argmap.cli.options import (
    add_language_argument,
    add_map_argument,
    add_output_argument,
    ignored,
    wrote,
)
from argmap.exercises import KINDS
from argmap.i18n import counted


def _kinds(value: str) -> list[str]:
    parts = [part.strip() for part in value.split(",") if part.strip()]
    unknown = [part for part in parts if part not in KINDS]
    if unknown or not parts:
        raise argparse.ArgumentTypeError(
            f"unknown exercise kind {unknown[0] if unknown else value!r}; "
            f"choose among: {','.join(KINDS)}"
        )
    return parts


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``exercise`` subcommand."""
    parser = subparsers.add_parser(
        "exercise",
        help="write exercises from a map (HTML or PDF), or merge students' answers into a CSV",
        description="Write one offline HTML page of exercises from a map: mark up the source "
        "text, classify the relations, supply the missing premises, predict the statuses, name "
        "the schemes and their critical questions. The page scores answers as they are checked "
        "and exports them as JSON; --collect scores many exports again and writes a CSV.",
    )
    add_map_argument(parser)
    add_output_argument(parser, "the file to write (.html, .pdf; .csv with --collect)")
    parser.add_argument(
        "--kinds",
        type=_kinds,
        default=list(KINDS),
        metavar="K[,K...]",
        help=f"the exercises asked (default: {','.join(KINDS)})",
    )
    add_language_argument(parser, "language the page opens in")
    answers = parser.add_mutually_exclusive_group()
    answers.add_argument("--teacher", action="store_true", help="show the answers in the page")
    answers.add_argument(
        "--key", metavar="KEY.html", help="also write the teacher's copy, with the answers, here"
    )
    parser.add_argument(
        "--format",
        choices=("html", "pdf"),
        default=None,
        help="html (default) or pdf: the printed handout, through headless Chromium "
        "(default: from the extension of OUT)",
    )
    parser.add_argument(
        "--collect",
        nargs="+",
        metavar="ANSWERS.json",
        help="merge these answer files, exported from the page made from PATH with the same "
        "--kinds, into the CSV OUT",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Write the exercises (or the class CSV) and say where."""
    output = Path(args.output)
    if args.collect:
        for option, given in (
            ("--teacher", args.teacher),
            ("--key", args.key),
            ("--format", args.format),
        ):
            if given:
                ignored(option, "to --collect, which writes a CSV of the answers")
        return _collect(args, output)
    fmt = args.format or ("pdf" if output.suffix.lower() == ".pdf" else "html")
    wanted = ".pdf" if fmt == "pdf" else (".html", ".htm")
    if output.suffix.lower() not in wanted:
        raise CommandError(
            f"cannot write {output}: {fmt.upper()} exercises go to a file named with "
            f"{wanted if isinstance(wanted, str) else '.html'}"
        )
    if args.key and Path(args.key).suffix.lower() not in (".html", ".htm"):
        raise CommandError(f"cannot write {args.key}: the key is an HTML page; name it with .html")
    if args.key and Path(args.key).resolve() == output.resolve():
        raise CommandError("--key and -o name the same file; give the key its own name")
    from argmap.atomic import write_bytes_atomic, write_text_atomic
    from argmap.exercises import exercise_sheet
    from argmap.render.exercises import exercises_html, exercises_pdf

    m = load_input(args.path, allow_outside_sources=args.allow_outside_sources)
    sheet = exercise_sheet(m, args.kinds)
    page = exercises_html(m, sheet=sheet, language=args.lang, teacher=args.teacher)
    if fmt == "pdf":
        try:
            write_bytes_atomic(output, exercises_pdf(page))
        except RuntimeError as exc:
            raise CommandError(str(exc)) from None
    else:
        write_text_atomic(output, page)
    wrote(output, counted(len(sheet.questions), "exercise"))
    if args.key:
        key = exercises_html(m, sheet=sheet, language=args.lang, teacher=True)
        write_text_atomic(args.key, key)
        wrote(args.key, "the teacher's copy, with the answers")
    return 0


def _collect(args: argparse.Namespace, output: Path) -> int:
    from argmap.atomic import write_text_atomic
    from argmap.exercises import class_csv, exercise_sheet, read_export

    if output.suffix.lower() != ".csv":
        raise CommandError(f"cannot write {output}: --collect writes a CSV; name it with .csv")
    inputs = [Path(name) for name in args.collect]
    if any(path.resolve() == output.resolve() for path in inputs):
        raise CommandError(f"{output} is one of the answer files; write the CSV elsewhere")
    m = load_input(args.path, allow_outside_sources=args.allow_outside_sources)
    sheet = exercise_sheet(m, args.kinds)
    exports = []
    for path in inputs:
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            raise CommandError(f"{path}: not UTF-8 text; is it an exported answers file?") from None
        exports.append((path.name, read_export(text, str(path), sheet)))
    write_text_atomic(output, class_csv(sheet, exports))
    wrote(output, f"{counted(len(exports), 'answer_file')} merged")
    return 0
