"""How commands find their input: a map file, or the built-in debate."""

from __future__ import annotations

import argparse
from pathlib import Path

from argmap import corpus
from argmap.io import is_framework_file, load, load_framework
from argmap.model import ArgumentMap


def add_map_argument(parser: argparse.ArgumentParser, *, optional: bool = True) -> None:
    """Add the ``PATH`` positional: a map file, a framework file or a built-in name."""
    help_text = (
        "a map file (.yaml, .yml, .json, ...), an abstract-framework file "
        "(.apx, .tgf, .af, .i23) or the name of a built-in debate"
    ) + (f" (default: the built-in '{corpus.DEFAULT}' debate)" if optional else "")
    parser.add_argument("path", metavar="PATH", nargs="?" if optional else None, help=help_text)


def load_input(path: str | None) -> ArgumentMap:
    """The map at ``path``; a built-in debate when ``path`` is a corpus name or omitted.

    An abstract-framework file (``.apx``, ``.tgf``, ``.af``, ``.i23``) is read as the
    map of its arguments and attacks (:func:`argmap.frameworks.framework_map.framework_map`).
    """
    if path is None:
        return corpus.load()
    if not Path(path).exists() and path in corpus.names():
        return corpus.load(path)
    if is_framework_file(path):
        from argmap.frameworks.framework_map import framework_map

        return framework_map(load_framework(path), title=Path(path).name)
    return load(path)
