"""``argmap convert IN OUT``: between map formats (by file extension)."""

from __future__ import annotations

import argparse
from pathlib import Path

from argmap.cli.errors import CommandError
from argmap.cli.inputs import load_input, refuse_overwriting_input
from argmap.cli.options import (
    add_allow_outside_sources,
    add_reading_argument,
    add_semantics_argument,
    ignored,
    wrote,
)
from argmap.evaluation import AnySemantics, Reading
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
    add_reading_argument(
        parser,
        default_help="default: abstract. For a map written as an abstract framework: the "
        "map's claims and inferences, supports carrying no attack (abstract), or its supports "
        "flattened into attacks (deductive, necessary, evidential, general); the structured "
        "reading's arguments are not the map's claims. The argument -> statement mapping is "
        "written beside OUT as STEM.arguments.tsv",
    )
    add_semantics_argument(
        parser,
        "for a .graphml output: add each statement's status (extension-based semantics) or "
        "strength (gradual semantics) under this semantics, in the --reading given",
        default=None,
    )
    parser.add_argument(
        "--force",
        action="store_true",
        help="write OUT even when it is IN (its comments and layout are lost)",
    )
    add_allow_outside_sources(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Read ``IN`` and write ``OUT``."""
    source, target = Path(args.input), Path(args.output)
    if not args.force:
        refuse_overwriting_input(target, source, override="--force")
    graphml = writer_for(target) is not None and writer_for(target) is writer_for("x.graphml")
    if args.semantics is not None and not graphml:
        raise CommandError("--semantics adds statuses to a .graphml output only")
    if is_framework_file(target):
        if is_framework_file(source):
            from argmap.io import dump_framework, load_framework

            _ignored(args, "--reading", "a framework is copied as it is")
            dump_framework(load_framework(source), target)
            wrote(target)
        else:
            mapping = write_map_framework(
                load_input(args.input, allow_outside_sources=args.allow_outside_sources),
                target,
                args.reading or Reading.ABSTRACT,
            )
            wrote(target)
            wrote(mapping, "the argument of each map element")
        return 0
    if is_framework_file(source):
        if writer_for(target) is None:
            raise CommandError(
                f"{target}: argmap writes frameworks as {', '.join(FRAMEWORK_EXTENSIONS)} and "
                f"maps as {', '.join(writable_suffixes())}; "
                f"{target.suffix or '(no extension)'!r} is neither"
            )
        _ignored(args, "--reading", "a framework has no supports to read")
        dump(load_input(args.input), target)
        wrote(target)
        return 0
    if writer_for(target) is None:
        raise CommandError(
            f"{target}: argmap cannot write maps in format {target.suffix or '(no extension)'!r}; "
            f"it writes {', '.join(writable_suffixes())}"
        )
    m = load_input(args.input, allow_outside_sources=args.allow_outside_sources)
    if args.semantics is not None:
        write_graphml_evaluated(m, target, args.semantics, args.reading)
        wrote(target)
        return 0
    _ignored(args, "--reading", "a map is written with its supports, not read under a reading")
    origin = source.parent if source.exists() else None
    if origin is None:
        from argmap import corpus

        origin = corpus.path(args.input).parent
    dump(m, target, source_dir=origin)
    wrote(target)
    return 0


def _ignored(args: argparse.Namespace, option: str, why: str) -> None:
    """Warn that ``option``, given, does not apply to this conversion."""
    if getattr(args, option.lstrip("-").replace("-", "_"), None) is not None:
        ignored(option, f"to {args.input} -> {args.output}: {why}")


def write_graphml_evaluated(
    m: ArgumentMap, target: Path, semantics: AnySemantics, reading: Reading | None = None
) -> None:
    """Write ``m`` as GraphML with each statement's status or strength under ``semantics``
    (in ``reading``, by default the default reading)."""
    from argmap.evaluation import evaluate
    from argmap.io.graphml import dump_graphml

    result = evaluate(m, semantics, reading=reading)
    if result.gradual:
        dump_graphml(m, target, strengths=result.statement_strengths())
    else:
        statuses = {k: v.value for k, v in result.statement_statuses().items()}
        dump_graphml(m, target, statuses=statuses)


def write_map_framework(m: ArgumentMap, target: Path, reading: Reading | str) -> Path:
    """Write the abstract framework of ``m`` under ``reading`` to ``target``, and the
    argument -> statement mapping beside it; return the mapping's path.

    The mapping is a tab-separated table with a header: the argument as named in
    the framework file (its number in ``.af``/``.i23``), whether it stands for a
    statement or a support (an inference), the map's id, and its text.
    """
    from argmap.atomic import write_text_atomic
    from argmap.evaluation import map_view
    from argmap.io import dump_framework

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
