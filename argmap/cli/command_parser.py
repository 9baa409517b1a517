"""The argument parser of every command: a subcommand's mistakes are its own usage errors.

Kept apart from :mod:`argmap.cli.options` (which reads the corpus, the semantics and
the readings to build its choices) so that ``argmap solve`` starts without them.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import NoReturn


class CommandParser(argparse.ArgumentParser):
    """An argument parser that reports an unknown argument as its own usage error.

    argparse hands a subcommand's unknown arguments back to the top-level
    parser, which then prints ``usage: argmap [-h] COMMAND ...``; here the
    subcommand that was called refuses them with its own usage (exit code 2).
    """

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


__all__ = ["CommandParser"]
