"""``argmap batch INPUTS... -o OUT``: many frameworks and maps, in parallel, resumable."""

from __future__ import annotations

import argparse
import sys

from argmap.cli.errors import CommandError
from argmap.cli.options import (
    add_engine_argument,
    add_output_argument,
    add_reading_argument,
    add_semantics_argument,
    add_timeout_argument,
)
from argmap.evaluation import semantics_name
from argmap.i18n import counted


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``batch`` subcommand."""
    parser = subparsers.add_parser(
        "batch",
        help="answer ICCMA tasks and evaluate maps over many files, in parallel",
        description="Answer ICCMA tasks on abstract-framework files (.apx, .tgf, .af, .i23) "
        "and evaluate maps (any map format) under semantics, for every file given and every "
        "file under the folders given. Each result is written to OUT as it finishes; run the "
        "same command again to resume an interrupted batch. Items run on local worker "
        "processes, or on a Dask cluster with --scheduler.",
        epilog="Examples: argmap batch instances/ -t DS-PR -t EE-ST -o results.jsonl ; "
        "argmap batch maps/ -s grounded -s df-quad -o results.parquet "
        "--scheduler tcp://10.0.0.5:8786",
    )
    parser.add_argument("inputs", nargs="+", metavar="INPUT", help="files or folders")
    parser.add_argument(
        "-t",
        "--task",
        action="append",
        default=[],
        metavar="TASK",
        help="an ICCMA task for framework files, e.g. DS-PR, EE-ST, SE-GR (repeatable)",
    )
    add_semantics_argument(parser, "semantics for map files", default=None, repeatable=True)
    add_reading_argument(parser)
    parser.add_argument(
        "-a",
        "--argument",
        default=None,
        help="the query argument of DC/DS tasks (default: NAME.arg beside each file)",
    )
    add_output_argument(parser, "results file: .jsonl, or .parquet (needs pyarrow)")
    parser.add_argument(
        "-j",
        "--workers",
        type=int,
        default=None,
        help="local worker processes (default: one per core)",
    )
    parser.add_argument(
        "--scheduler",
        default=None,
        metavar="ADDRESS",
        help="run on the Dask cluster of this scheduler, e.g. tcp://host:8786",
    )
    add_timeout_argument(parser, "seconds per item; an item past it is recorded as a time-out")
    add_engine_argument(parser)
    parser.add_argument(
        "--fresh", action="store_true", help="discard the results already in OUT and start over"
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress bar, no summary")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Plan and run the batch; print a summary on stderr."""
    from argmap.batch import BatchInputError, BatchOutputError, plan
    from argmap.batch import run as run_batch

    if args.workers is not None and args.workers < 1:
        raise CommandError(f"--workers must be at least 1, got {args.workers}")
    try:
        items = plan(
            args.inputs,
            tasks=args.task,
            semantics=[semantics_name(s) for s in args.semantics or ()],
            reading=args.reading.value if args.reading is not None else None,
            argument=args.argument,
        )
        summary = run_batch(
            items,
            args.output,
            workers=args.workers,
            scheduler=args.scheduler,
            timeout=args.timeout,
            engine=args.engine,
            fresh=args.fresh,
            progress=False if args.quiet else None,
        )
    except (BatchInputError, BatchOutputError) as exc:
        raise CommandError(str(exc)) from None
    counts = ", ".join(f"{n} {status}" for status, n in sorted(summary.counts.items()))
    if summary.interrupted:
        print(
            f"argmap batch: interrupted after {counts or 'no item'}; the results so far are "
            f"kept: run the same command again to resume",
            file=sys.stderr,
        )
        return 130
    if not args.quiet:
        skipped = f" ({summary.skipped} already done)" if summary.skipped else ""
        print(
            f"argmap batch: {counted(len(items), 'item')}{skipped}: "
            f"{counts or 'nothing to run'} in {summary.seconds:.1f} s; wrote {args.output}",
            file=sys.stderr,
        )
    return 0
