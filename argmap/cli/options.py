"""The options every command spells the same way: one builder per option.

A command adds its options through these functions, so that an option has one
name, one short form, one default and one help text wherever it appears:

========================  ==============================================================
``PATH``                  a map, a framework file or a built-in name; default: the
                          built-in debate
``-o/--output OUT``       the file written; its path is reported on stderr
                          (``wrote OUT``), stdout being the command's own output
``-s/--semantics NAME``   hyphenated names (``semi-stable``, ``df-quad``), underscores
                          and the usual abbreviations accepted; default ``grounded``
                          where one semantics is evaluated
``--reading READING``     default :data:`argmap.evaluation.DEFAULT_READING`
``-l/--lang {en,fr}``     default ``en`` (``--language`` is accepted too)
``--width N``             default: the terminal's width, at most :data:`MAX_WIDTH`
``--json``                JSON on stdout instead of text
``--engine``              ``auto``, ``python`` or ``sat``; default ``auto``
``--timeout SECONDS``     a positive number of seconds
========================  ==============================================================

An unknown option or a bad value is a usage error of the subcommand: its own
usage and the message on stderr, exit code 2 (:class:`~argmap.cli.command_parser.CommandParser`).
"""

from __future__ import annotations

import argparse
import math
import shutil
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from argmap import corpus
from argmap.evaluation import (
    DEFAULT_READING,
    AnySemantics,
    Reading,
    parse_extension_semantics,
    parse_reading,
    parse_semantics,
    reading_names,
    semantics_name,
)
from argmap.i18n import LANGUAGES
from argmap.io.source_files import ALLOW_OUTSIDE_OPTION
from argmap.semantics import Semantics

MAX_WIDTH = 120
"""The widest line a command writes when the terminal is wider (or unknown)."""

DEFAULT_SEMANTICS_NAME = "grounded"
"""The semantics of a command that evaluates one, when ``-s`` is not given."""

ENGINES = ("auto", "python", "sat")
"""The solver engines ``--engine`` chooses among."""


# -- input -----------------------------------------------------------------------------


def add_map_argument(parser: argparse.ArgumentParser, *, optional: bool = True) -> None:
    """Add the ``PATH`` positional: a map file, a framework file or a built-in name
    (``optional``: the built-in debate when it is left out), and
    ``--allow-outside-sources``."""
    help_text = (
        "a map file (.yaml, .yml, .json, .argdown, ...), an abstract-framework file "
        "(.apx, .tgf, .af, .i23) or the name of a built-in debate"
    ) + (f" (default: the built-in '{corpus.DEFAULT}' debate)" if optional else "")
    parser.add_argument("path", metavar="PATH", nargs="?" if optional else None, help=help_text)
    add_allow_outside_sources(parser)


def add_allow_outside_sources(parser: argparse.ArgumentParser) -> None:
    """Add ``--allow-outside-sources``: let a trusted map read texts outside its folder."""
    parser.add_argument(
        ALLOW_OUTSIDE_OPTION,
        dest="allow_outside_sources",
        action="store_true",
        help="let the map read source files outside its own folder (only for maps you "
        "trust: the texts go into the output)",
    )


# -- output ----------------------------------------------------------------------------


def add_output_argument(
    parser: argparse.ArgumentParser,
    help_text: str,
    *,
    required: bool = True,
    metavar: str = "OUT",
) -> None:
    """Add ``-o/--output OUT``: the file the command writes."""
    parser.add_argument(
        "-o", "--output", required=required, metavar=metavar, default=None, help=help_text
    )


def wrote(path: str | Path, what: str | None = None) -> None:
    """Say on stderr that ``path`` was written (``what``: what it holds).

    Every command that writes a file says so this way, on stderr, so that
    stdout carries only the command's own output.
    """
    print(f"wrote {path}" + (f" ({what})" if what else ""), file=sys.stderr)


def warn(message: str) -> None:
    """Print ``argmap: warning: message`` on stderr."""
    print(f"argmap: warning: {message}", file=sys.stderr)


def ignored(option: str, why: str) -> None:
    """Warn that ``option`` was given but does not apply, and say why.

    An option that does not apply is never silently dropped: the command runs
    without it and says so on stderr.
    """
    warn(f"{option} does not apply {why}; it is ignored")


def ignore_width_with_json(args: argparse.Namespace) -> None:
    """Warn when ``--width`` is given with ``--json`` (JSON has no lines to wrap)."""
    if getattr(args, "json", False) and getattr(args, "width", None) is not None:
        ignored("--width", "to --json output: JSON has no lines to wrap")


def add_json_argument(parser: argparse.ArgumentParser, help_text: str) -> None:
    """Add ``--json``: JSON on stdout instead of text."""
    parser.add_argument("--json", action="store_true", help=help_text)


def add_language_argument(parser: argparse.ArgumentParser, help_text: str) -> None:
    """Add ``-l/--lang {en,fr}`` (``--language`` accepted too), default ``en``."""
    parser.add_argument(
        "-l",
        "--lang",
        "--language",
        dest="lang",
        choices=LANGUAGES,
        default="en",
        help=f"{help_text} (default: en)",
    )


def add_width_argument(parser: argparse.ArgumentParser) -> None:
    """Add ``--width N``: the line width of the text written."""
    parser.add_argument(
        "--width",
        type=width_type,
        default=None,
        metavar="N",
        help=f"line width (default: the terminal's, at most {MAX_WIDTH})",
    )


def width_type(value: str) -> int:
    """An argparse ``type``: a line width of at least 20 columns."""
    try:
        width = int(value)
    except ValueError:
        width = 0
    if width < 20:
        raise argparse.ArgumentTypeError(f"expected a width of at least 20 columns, got {value!r}")
    return width


def line_width(given: int | None) -> int:
    """The width asked for, or the terminal's (at most :data:`MAX_WIDTH`)."""
    if given is not None:
        return given
    return min(shutil.get_terminal_size((100, 24)).columns, MAX_WIDTH)


# -- what is computed ------------------------------------------------------------------


def add_semantics_argument(
    parser: argparse.ArgumentParser,
    help_text: str,
    *,
    default: str | None = DEFAULT_SEMANTICS_NAME,
    extension_only: bool = False,
    repeatable: bool = False,
) -> None:
    """Add ``-s/--semantics NAME``.

    ``extension_only`` refuses gradual semantics (a usage error naming the
    extension-based ones); ``repeatable`` takes the option several times, each
    time one name or a comma-separated list. The value is parsed at once, so an
    unknown name is a usage error of the subcommand.
    """
    kind = extension_semantics_type if extension_only else semantics_type
    names = semantics_choices(extension_only=extension_only)
    shown = f"default: {default}" if default else "no default"
    if repeatable:
        parser.add_argument(
            "-s",
            "--semantics",
            type=_listed(kind),
            action="extend",
            default=None,
            metavar="NAME[,NAME...]",
            help=f"{help_text} (repeatable; {shown}); one of {', '.join(names)}",
        )
        return
    parser.add_argument(
        "-s",
        "--semantics",
        type=kind,
        default=kind(default) if default else None,
        metavar="NAME",
        help=f"{help_text} ({shown}); one of {', '.join(names)}",
    )


def semantics_choices(*, extension_only: bool = False) -> list[str]:
    """The semantics names, hyphenated, as the options list them."""
    from argmap.evaluation import semantics_names

    names = semantics_names()
    if extension_only:
        return [semantics_name(s) for s in Semantics]
    return list(names)


def semantics_type(name: str) -> AnySemantics:
    """An argparse ``type``: the semantics called ``name`` (a usage error otherwise)."""
    try:
        return parse_semantics(name)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def extension_semantics_type(name: str) -> Semantics:
    """An argparse ``type``: the extension-based semantics called ``name``."""
    try:
        return parse_extension_semantics(name)
    except ValueError as exc:
        message = str(exc)
        if message.startswith("unknown semantics"):
            known = ", ".join(semantics_choices(extension_only=True))
            message = f"unknown semantics {name!r}; choose one of: {known}"
        raise argparse.ArgumentTypeError(message) from None


def _listed(kind: Callable[[str], Any]) -> Callable[[str], list[Any]]:
    def parse(value: str) -> list[Any]:
        parts = [part.strip() for part in value.split(",") if part.strip()]
        if not parts:
            raise argparse.ArgumentTypeError(f"expected a semantics name, got {value!r}")
        return [kind(part) for part in parts]

    parse.__name__ = "semantics"
    return parse


def add_reading_argument(
    parser: argparse.ArgumentParser, *, default_help: str | None = None
) -> None:
    """Add ``--reading READING`` (its old spelling ``--support`` is accepted, hidden).

    The value stays ``None`` when the option is left out: the command then takes
    :data:`~argmap.evaluation.DEFAULT_READING` through
    :func:`~argmap.evaluation.parse_reading`, so it follows the library's default.
    """
    shown = default_help or f"default: {DEFAULT_READING.value}"
    parser.add_argument(
        "--reading",
        type=reading_type,
        default=None,
        metavar="READING",
        help=f"how the map is read as a framework: {' | '.join(reading_names())} ({shown})",
    )
    parser.add_argument("--support", dest="reading", type=reading_type, help=argparse.SUPPRESS)


def reading_type(name: str) -> Reading:
    """An argparse ``type``: the reading called ``name`` (a usage error otherwise)."""
    try:
        return parse_reading(name)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def add_engine_argument(parser: argparse.ArgumentParser) -> None:
    """Add ``--engine {auto,python,sat}`` (default ``auto``)."""
    parser.add_argument(
        "--engine",
        choices=ENGINES,
        default="auto",
        help="the solver engine (default: auto, the SAT engine for large frameworks)",
    )


def add_timeout_argument(parser: argparse.ArgumentParser, help_text: str) -> None:
    """Add ``--timeout SECONDS``: a positive number of seconds, or none."""
    parser.add_argument(
        "--timeout", type=positive_seconds, default=None, metavar="SECONDS", help=help_text
    )


def add_layout_timeout_argument(parser: argparse.ArgumentParser) -> None:
    """Add ``--layout-timeout SECONDS`` (the time Graphviz may take to lay a diagram out)."""
    from argmap.render.layout import DEFAULT_LAYOUT_TIMEOUT

    parser.add_argument(
        "--layout-timeout",
        type=positive_seconds,
        default=DEFAULT_LAYOUT_TIMEOUT,
        metavar="SECONDS",
        help="time Graphviz may take to lay the diagram out; past it a faster layout with "
        f"straight edges is used, with a note (default: {DEFAULT_LAYOUT_TIMEOUT:g})",
    )


def positive_seconds(value: str) -> float:
    """An argparse ``type``: a finite positive number of seconds.

    >>> positive_seconds("2.5")
    2.5
    >>> positive_seconds("nan")
    Traceback (most recent call last):
    ...
    argparse.ArgumentTypeError: expected a positive number of seconds, got 'nan'
    """
    try:
        seconds = float(value)
    except ValueError:
        seconds = math.nan
    if not (math.isfinite(seconds) and seconds > 0):
        raise argparse.ArgumentTypeError(f"expected a positive number of seconds, got {value!r}")
    return seconds
