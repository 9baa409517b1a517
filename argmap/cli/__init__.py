"""The ``argmap`` command: a thin layer over the public API.

Each subcommand lives in its own module with a ``register(subparsers)`` function
that adds its parser and sets ``handler``, a function of the parsed arguments
that returns the exit code: 0 on success, 1 on invalid input (message on stderr,
no traceback); a usage error exits with 2 after the subcommand's own usage. The
options shared by several commands are built once, in :mod:`argmap.cli.options`.
"""

from __future__ import annotations

import importlib
import sys

from argmap import __version__

TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse
    from collections.abc import Sequence

SUBCOMMANDS = (
    "new",
    "validate",
    "fix",
    "show",
    "convert",
    "schema",
    "evaluate",
    "explain",
    "whatif",
    "render",
    "report",
    "solve",
    "batch",
    "schemes",
    "critique",
    "compare",
    "exercise",
)
"""Modules of :mod:`argmap.cli`, one per subcommand, in the order of ``--help``."""


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The argument parser with every subcommand registered, or ``only`` that one.

    Registering a subcommand imports its module; ``main`` registers just the one
    asked for, so ``argmap solve`` does not pay for the renderers' imports.
    """
    from argmap.cli.command_parser import CommandParser

    parser = CommandParser(
        prog="argmap",
        description="Argument maps of real debates: write and check them, evaluate them under "
        "a semantics, explain the verdicts, draw them, teach with them, and solve ICCMA tasks.",
        epilog="Run `argmap COMMAND --help` for the options of a command. Every command that "
        "reads a map takes PATH (default: the built-in debate) and spells its options the same "
        "way: -s/--semantics, --reading, -l/--lang, --width, -o/--output, --json. A written file "
        "is reported on stderr as `wrote PATH`.",
    )
    parser.add_argument("--version", action="version", version=f"argmap {__version__}")
    subparsers = parser.add_subparsers(
        dest="command", metavar="COMMAND", required=True, parser_class=CommandParser
    )
    for name in SUBCOMMANDS:
        if only is not None and name != only:
            continue
        try:
            module = importlib.import_module(f"argmap.cli.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"argmap.cli.{name}":
                continue
            raise
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``argmap`` with ``argv`` (default: the process arguments); return the exit code."""
    from argmap.cli.errors import run_reporting

    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments[:1] == ["solve"]:
        # the ICCMA solver interface: a plain call is read without argparse
        from argmap.cli.solve import iccma_options

        options = iccma_options(arguments[1:])
        if options is not None:
            return run_reporting(options.handler, options)
    first = next((a for a in arguments if not a.startswith("-")), None)
    parser = build_parser(first if first in SUBCOMMANDS else None)
    args = parser.parse_args(arguments)
    return run_reporting(args.handler, args)


def entry_point() -> None:
    """Console-script entry: exit with :func:`main`'s code."""
    sys.exit(main())
