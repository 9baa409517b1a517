"""``argmap convert IN OUT``: between map formats (by file extension)."""

from __future__ import annotations

import argparse
from pathlib import Path

from argmap.cli.errors import CommandError
from argmap.cli.inputs import add_allow_outside_sources, load_input, refuse_overwriting_input
from argmap.io import FRAMEWORK_EXTENSIONS, dump, is_framework_file
from argmap.io.formats import describe, writable_suffixes, writer_for
from argmap.model import ArgumentMap


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``convert`` subcommand."""
    parser = subparsers.add_parser(
        "convert",
        help="convert a map (or a framework) between formats",
        description="Convert between formats, chosen by file name. Abstract frameworks: "
        f"{', '.join(FRAMEWORK_EXTENSIONS)}. Maps:\n  "
        + describe().replace("\n", "\n  ")
        + "\nThe output is written atomically.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("input", metavar="IN", help="the file to read (or a built-in debate name)")
    parser.add_argument("output", metavar="OUT", help="the file to write")
    parser.add_argument(
        "--reading",
        choices=READINGS,
        default="dung",
        help="for a map written as an abstract framework: the Dung view (default; supports "
        "carry no attack) or the flattening of its supports read as deductive, necessary, "
        "evidential or general support. The argument -> statement mapping is written beside "
        "OUT as STEM.arguments.tsv",
    )
    parser.add_argument(
        "-s",
        "--semantics",
        metavar="NAME",
        help="for a .graphml output: add each statement's status (extension semantics) or "
        "strength (gradual semantics) under this semantics, in the default reading",
    )
    parser.add_argument(
        "--force",
        action="store_true",
        help="write OUT even when it is IN (its comments and layout are lost)",
    )
    add_allow_outside_sources(parser)
    parser.set_defaults(handler=run)


READINGS = ("dung", "deductive", "necessary", "evidential", "general")
"""The readings of a map's supports a framework can be exported under."""


def run(args: argparse.Namespace) -> int:
    """Read ``IN`` and write ``OUT``."""
    source, target = Path(args.input), Path(args.output)
    if not args.force:
        refuse_overwriting_input(target, source, override="--force")
    if is_framework_file(target):
        if is_framework_file(source):
            from argmap.io import dump_framework, load_framework

            dump_framework(load_framework(source), target)
        else:
            write_map_framework(
                load_input(args.input, allow_outside_sources=args.allow_outside_sources),
                target,
                args.reading,
            )
        return 0
    if is_framework_file(source):
        if writer_for(target) is None:
            raise CommandError(
                f"{target}: argmap writes frameworks as {', '.join(FRAMEWORK_EXTENSIONS)} and "
                f"maps as {', '.join(writable_suffixes())}; "
                f"{target.suffix or '(no extension)'!r} is neither"
            )
        dump(load_input(args.input), target)
        return 0
    if writer_for(target) is None:
        raise CommandError(
            f"{target}: argmap cannot write maps in format {target.suffix or '(no extension)'!r}; "
            f"it writes {', '.join(writable_suffixes())}"
        )
    m = load_input(args.input, allow_outside_sources=args.allow_outside_sources)
    if args.semantics is not None:
        if writer_for(target) is not writer_for("x.graphml"):
            raise CommandError("--semantics adds statuses to a .graphml output only")
        write_graphml_evaluated(m, target, args.semantics)
        return 0
    origin = source.parent if source.exists() else None
    if origin is None:
        from argmap import corpus

        origin = corpus.path(args.input).parent
    dump(m, target, source_dir=origin)
    return 0


def write_graphml_evaluated(m: ArgumentMap, target: Path, semantics: str) -> None:
    """Write ``m`` as GraphML with each statement's status or strength under ``semantics``."""
    from argmap.evaluation import evaluate
    from argmap.io.graphml import dump_graphml

    try:
        result = evaluate(m, semantics)
    except ValueError as exc:
        raise CommandError(str(exc)) from None
    if result.gradual:
        dump_graphml(m, target, strengths=result.statement_strengths())
    else:
        statuses = {k: v.value for k, v in result.statement_statuses().items()}
        dump_graphml(m, target, statuses=statuses)


def write_map_framework(m: ArgumentMap, target: Path, reading: str) -> Path:
    """Write the abstract framework of ``m`` under ``reading`` to ``target``, and the
    argument -> statement mapping beside it; return the mapping's path.

    The mapping is a tab-separated table with a header: the argument as named in
    the framework file (its number in ``.af``/``.i23``), whether it stands for a
    statement or a support (an inference), the map's id, and its text.
    """
    from argmap.evaluation import map_view
    from argmap.io import dump_framework
    from argmap.io.atomic import write_text_atomic

    view = map_view(m, reading)
    af = view.framework
    dump_framework(af, target)
    numbered = target.suffix.lower() in (".af", ".i23")
    rows = ["argument\telement\tid\ttext"]
    for position, name in enumerate(af.arguments, start=1):
        element = view.origin[name]
        if element == "support":
            support = m.support(name)
            text = f"{' + '.join(support.premises)} => {support.conclusion}"
        else:
            text = m.statement(name).paraphrase()
        shown = str(position) if numbered else name
        rows.append(f"{shown}\t{element}\t{name}\t{' '.join(text.split())}")
    mapping = target.with_name(f"{target.stem}.arguments.tsv")
    write_text_atomic(mapping, "\n".join(rows) + "\n")
    return mapping
