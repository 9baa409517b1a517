"""How commands find their input: a map file, or the built-in debate."""

from __future__ import annotations

import argparse
from pathlib import Path

from argmap import corpus
from argmap.io import load
from argmap.model import ArgumentMap


def add_map_argument(parser: argparse.ArgumentParser, *, optional: bool = True) -> None:
    """Add the ``PATH`` positional: a map file (.yaml/.yml/.json) or a built-in name."""
    help_text = "a map file (.yaml, .yml, .json) or the name of a built-in debate" + (
        f" (default: the built-in '{corpus.DEFAULT}' debate)" if optional else ""
    )
    parser.add_argument("path", metavar="PATH", nargs="?" if optional else None, help=help_text)


def load_input(path: str | None) -> ArgumentMap:
    """The map at ``path``; a built-in debate when ``path`` is a corpus name or omitted."""
    if path is None:
        return corpus.load()
    if not Path(path).exists() and path in corpus.names():
        return corpus.load(path)
    return load(path)
