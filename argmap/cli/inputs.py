"""How commands find their input: a map file, or the built-in debate."""

from __future__ import annotations

import argparse
import os
import re
from pathlib import Path

from argmap import corpus
from argmap.cli.errors import CommandError
from argmap.evaluation import DEFAULT_READING, Reading, parse_reading, reading_names
from argmap.io import is_framework_file, load, load_framework
from argmap.io.source_files import ALLOW_OUTSIDE_OPTION
from argmap.model import ArgumentMap


def add_map_argument(parser: argparse.ArgumentParser, *, optional: bool = True) -> None:
    """Add the ``PATH`` positional: a map file, a framework file or a built-in name."""
    help_text = (
        "a map file (.yaml, .yml, .json, ...), an abstract-framework file "
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


def load_input(path: str | None, *, allow_outside_sources: bool = False) -> ArgumentMap:
    """The map at ``path``; a built-in debate when ``path`` is a corpus name or omitted.

    An abstract-framework file (``.apx``, ``.tgf``, ``.af``, ``.i23``) is read as the
    map of its arguments and attacks (:func:`argmap.frameworks.framework_map.framework_map`).
    ``allow_outside_sources`` lets a map read source files outside its folder.
    """
    if path is None:
        return corpus.load()
    if not Path(path).exists() and path in corpus.names():
        return corpus.load(path)
    if is_framework_file(path):
        from argmap.frameworks.framework_map import framework_map

        return framework_map(load_framework(path), title=Path(path).name)
    return load(path, allow_outside_sources=allow_outside_sources)


_COMMENT = re.compile(r"(?m)(?:^|\s)[#%]")


def refuse_overwriting_input(
    output: str | os.PathLike[str], source: str | os.PathLike[str], *, override: str | None
) -> None:
    """Raise :class:`CommandError` when ``output`` is the file ``source`` (the same file
    under any name), saying what writing it would lose; ``override`` names the
    option that allows it, if any."""
    target, origin = Path(output), Path(source)
    try:
        same = target.exists() and origin.exists() and target.samefile(origin)
    except OSError:
        same = False
    if not same:
        return
    lost = "its layout and key order"
    try:
        with origin.open("rb") as stream:
            head = stream.read(1 << 20).decode("utf-8", "replace")
        comments = len(_COMMENT.findall(head))
    except OSError:
        comments = 0
    if comments:
        lost = f"its {comments} comment{'s' if comments != 1 else ''}, " + lost
    allow = f"; pass {override} to overwrite it anyway" if override else ""
    raise CommandError(
        f"{output} is the input file {source}: writing it would replace the input and lose "
        f"{lost}. Write to another file{allow}"
    )


def add_reading_argument(parser: argparse.ArgumentParser) -> None:
    """Add ``--reading NAME`` (and its old spelling ``--support``, hidden): how the map is read."""
    parser.add_argument(
        "--reading",
        type=reading_type,
        default=None,
        metavar="READING",
        help=f"how the map is read as a framework: {' | '.join(reading_names())} "
        f"(default: {DEFAULT_READING.value})",
    )
    parser.add_argument("--support", dest="reading", type=reading_type, help=argparse.SUPPRESS)


def reading_type(name: str) -> Reading:
    """An argparse ``type``: the reading called ``name`` (a usage error otherwise)."""
    try:
        return parse_reading(name)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
