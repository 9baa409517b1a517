"""The built-in debates, shipped inside the package.

>>> from argmap import corpus
>>> "csmo" in corpus.names()
True
>>> m = corpus.load("csmo")
>>> m.issues[0].id
'issue'
"""

from __future__ import annotations

from pathlib import Path

from argmap.io import load_map
from argmap.model import ArgumentMap
from argmap.package_data import data_folder

DEFAULT = "csmo"
"""The debate used when none is named: the Chief Social Media Officer debate."""


def root() -> Path:
    """The folder holding the corpus (see :func:`argmap.package_data.data_folder`)."""
    return data_folder("corpus")


def names() -> list[str]:
    """The names of the built-in debates, sorted."""
    return sorted(p.parent.name for p in root().glob("*/*.yaml") if p.stem == p.parent.name)


def path(name: str = DEFAULT) -> Path:
    """The map file of the built-in debate ``name``."""
    candidate = root() / name / f"{name}.yaml"
    if not candidate.is_file():
        known = ", ".join(names()) or "none"
        raise KeyError(f"no built-in debate called {name!r}; available: {known}")
    return candidate


def load(name: str = DEFAULT) -> ArgumentMap:
    """The built-in debate ``name`` as an :class:`~argmap.model.ArgumentMap`."""
    return load_map(path(name))
