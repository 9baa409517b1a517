"""File formats, one module per format, chosen by file extension.

* maps (:class:`~argmap.model.ArgumentMap`): the native YAML/JSON format
  (:mod:`argmap.io.native`); :func:`load` and :func:`dump` pick it by extension;
* abstract frameworks: ICCMA ``.apx``, ``.tgf``, ``.af``/``.i23``
  (:mod:`argmap.io.iccma`); :func:`load_framework` and :func:`dump_framework`.

Every writer is atomic (:mod:`argmap.io.atomic`).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from argmap.io.native import dump_map, dumps_map, load_map, loads_map

if TYPE_CHECKING:
    from argmap.frameworks.abstract import ArgumentationFramework
    from argmap.model import ArgumentMap

MAP_EXTENSIONS = (".yaml", ".yml", ".json")
"""File extensions of map formats."""

FRAMEWORK_EXTENSIONS = (".apx", ".tgf", ".af", ".i23")
"""File extensions of abstract-framework formats."""


def load(path: str | os.PathLike[str]) -> ArgumentMap:
    """Load a map; the format is chosen by the file extension (see :data:`MAP_EXTENSIONS`)."""
    return load_map(path)


def dump(
    m: ArgumentMap,
    path: str | os.PathLike[str],
    *,
    source_dir: str | os.PathLike[str] | None = None,
) -> None:
    """Write a map atomically; the format is chosen by the file extension."""
    dump_map(m, path, source_dir=source_dir)


def load_framework(path: str | os.PathLike[str]) -> ArgumentationFramework:
    """Load an abstract framework from an ICCMA file (``.apx``, ``.tgf``, ``.af``, ``.i23``)."""
    from argmap.io.iccma import load_framework as load_iccma

    return load_iccma(path)


def dump_framework(af: ArgumentationFramework, path: str | os.PathLike[str]) -> None:
    """Write an abstract framework atomically in the ICCMA format of the file extension."""
    from argmap.io.iccma import dump_framework as dump_iccma

    dump_iccma(af, path)


def is_framework_file(path: str | os.PathLike[str]) -> bool:
    """Whether ``path`` names an abstract-framework file (by extension)."""
    return Path(path).suffix.lower() in FRAMEWORK_EXTENSIONS


__all__ = [
    "FRAMEWORK_EXTENSIONS",
    "MAP_EXTENSIONS",
    "dump",
    "dump_framework",
    "dump_map",
    "dumps_map",
    "is_framework_file",
    "load",
    "load_framework",
    "load_map",
    "loads_map",
]
