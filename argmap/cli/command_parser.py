"""The argument parser of every command: a subcommand's mistakes are its own usage errors.

Kept apart from :mod:`argmap.cli.options` (which reads the corpus, the semantics and
the readings to build its choices) so that ``argmap solve`` starts without them.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import Any, NoReturn


class TerminalWidthFormatter(argparse.HelpFormatter):
    """argparse's help layout, with the terminal's width found without :mod:`shutil`.

    argparse builds a formatter for every option it is given and imports
    :mod:`shutil` (and with it the compression libraries) to ask for the
    terminal's width: a tenth of the start-up of ``argmap solve``. The width is
    found the same way: ``COLUMNS``, else the terminal of stdout, else 80.
    """

    def __init__(
        self,
        prog: str,
        indent_increment: int = 2,
        max_help_position: int = 24,
        width: int | None = None,
    ) -> None:
        if width is None:
            width = terminal_columns() - 2
        super().__init__(prog, indent_increment, max_help_position, width)


def terminal_columns() -> int:
    """The terminal's width, as :func:`shutil.get_terminal_size` finds it."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns or 80


class CommandParser(argparse.ArgumentParser):
    """An argument parser that reports an unknown argument as its own usage error.

    argparse hands a subcommand's unknown arguments back to the top-level
    parser, which then prints ``usage: argmap [-h] COMMAND ...``; here the
    subcommand that was called refuses them with its own usage (exit code 2).
    Help is laid out by :class:`TerminalWidthFormatter` unless told otherwise.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", TerminalWidthFormatter)
        super().__init__(*args, **kwargs)

    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        parsed, extras = super().parse_known_args(args, namespace)
        if extras:
            self.error(f"unrecognized arguments: {' '.join(extras)}")
        return parsed, extras

    def error(self, message: str) -> NoReturn:
        """Print this parser's usage and ``message`` on stderr; exit with code 2."""
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: error: {message}\n")


__all__ = ["CommandParser", "TerminalWidthFormatter", "terminal_columns"]
