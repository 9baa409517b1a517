"""File formats, one module per format, chosen by file extension.

* maps (:class:`~argmap.model.ArgumentMap`): the native YAML/JSON format
  (:mod:`argmap.io.native`); :func:`load` and :func:`dump` pick it by extension;
* abstract frameworks: ICCMA ``.apx``, ``.tgf``, ``.af``/``.i23``
  (:mod:`argmap.io.iccma`); :func:`load_framework` and :func:`dump_framework`.

Every writer is atomic (:mod:`argmap.io.atomic`).
"""

from __future__ import annotations

import importlib
import os
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from argmap.frameworks.abstract import ArgumentationFramework
    from argmap.io.native import dump_map, dumps_map, load_map, loads_map
    from argmap.model import ArgumentMap

_NATIVE = ("dump_map", "dumps_map", "load_map", "loads_map")


def __getattr__(name: str) -> Any:
    """The native format's functions, imported on first use (PEP 562): reading an
    ICCMA file should not pay for building the map models."""
    if name in _NATIVE:
        return getattr(importlib.import_module("argmap.io.native"), name)
    raise AttributeError(f"module 'argmap.io' has no attribute {name!r}")


MAP_EXTENSIONS = (".yaml", ".yml", ".json")
"""File extensions of map formats."""

FRAMEWORK_EXTENSIONS = (".apx", ".tgf", ".af", ".i23")
"""File extensions of abstract-framework formats."""


def load(path: str | os.PathLike[str]) -> ArgumentMap:
    """Load a map; the format is chosen by the file extension (see :data:`MAP_EXTENSIONS`)."""
    from argmap.io.native import load_map

    return load_map(path)


def dump(
    m: ArgumentMap,
    path: str | os.PathLike[str],
    *,
    source_dir: str | os.PathLike[str] | None = None,
) -> None:
    """Write a map atomically; the format is chosen by the file extension."""
    from argmap.io.native import dump_map

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
    return os.path.splitext(os.fspath(path))[1].lower() in FRAMEWORK_EXTENSIONS


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
