"""File formats, one module per format, chosen by file extension.

* maps (:class:`~argmap.model.ArgumentMap`): the native YAML/JSON format
  (:mod:`argmap.io.native`), AIF and xAIF (:mod:`argmap.io.aif`), Kialo exports
  (:mod:`argmap.io.kialo`), GraphML (:mod:`argmap.io.graphml`, written only);
  :func:`load` and :func:`dump` pick the format by file name
  (:mod:`argmap.io.formats`);
* abstract frameworks: ICCMA ``.apx``, ``.tgf``, ``.af``/``.i23``
  (:mod:`argmap.io.iccma`); :func:`load_framework` and :func:`dump_framework`.

Every writer is atomic (:mod:`argmap.atomic`).
"""

from __future__ import annotations

import importlib
import os

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, NoReturn

    from argmap.frameworks.abstract import ArgumentationFramework
    from argmap.io.limits import Limits
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
"""File extensions of the native map format (see :mod:`argmap.io.formats` for all)."""

FRAMEWORK_EXTENSIONS = (".apx", ".tgf", ".af", ".i23")
"""File extensions of abstract-framework formats."""


def load(
    path: str | os.PathLike[str],
    *,
    allow_outside_sources: bool = False,
    limits: Limits | None = None,
) -> ArgumentMap:
    """Load a map; the format is chosen by the file name (:mod:`argmap.io.formats`).

    A native map reads source texts only from its own folder tree unless
    ``allow_outside_sources`` is true; ``limits`` bound what is read (see
    :mod:`argmap.io.limits` and :mod:`argmap.io.source_files`).
    """
    from argmap.io.formats import reader_for

    fmt = reader_for(path)
    if fmt is None:
        _unknown_format(path, "read")
    if fmt.name == "native":
        from argmap.io.native import load_map

        return load_map(path, allow_outside_sources=allow_outside_sources, limits=limits)
    if fmt.name == "argdown":
        from argmap.io.argdown import load_argdown

        return load_argdown(path, allow_outside_sources=allow_outside_sources, limits=limits)
    return fmt.load_function()(os.fspath(path))


def dump(
    m: ArgumentMap,
    path: str | os.PathLike[str],
    *,
    source_dir: str | os.PathLike[str] | None = None,
) -> None:
    """Write a map atomically; the format is chosen by the file name.

    ``source_dir`` is the folder the map's source ``file:`` paths are relative to
    (native and Argdown formats): they are rewritten relative to ``path``'s folder.
    """
    from argmap.io.formats import writer_for

    fmt = writer_for(path)
    if fmt is None:
        _unknown_format(path, "write")
    if fmt.name in ("native", "argdown"):
        fmt.dump_function()(m, path, source_dir=source_dir)
    else:
        fmt.dump_function()(m, os.fspath(path))


def _unknown_format(path: str | os.PathLike[str], way: str) -> NoReturn:
    from argmap.io.formats import readable_suffixes, writable_suffixes
    from argmap.model import MapValidationError, Problem

    name = os.fspath(path)
    suffix = os.path.splitext(name)[1] or "(no extension)"
    known = readable_suffixes() if way == "read" else writable_suffixes()
    hint = f"argmap can {way} maps as {', '.join(known)}"
    if is_framework_file(name):
        hint = (
            "this is an abstract-framework file: use `argmap solve`, or the framework "
            "functions of argmap.io (load_framework, dump_framework)"
        )
    elif name.lower().endswith(".txt") and way == "read":
        hint = (
            "a .txt file is read as a Kialo export only when its first line is "
            "'Discussion Title: ...' or 'Discussion Name: ...'"
        )
    raise MapValidationError(
        [Problem(f"cannot {way} a map in format {suffix!r}", hint=hint).located(name)], name
    )


def load_framework(
    path: str | os.PathLike[str],
    *,
    limits: Limits | None = None,
    deadline: float | None = None,
) -> ArgumentationFramework:
    """Load an abstract framework from an ICCMA file (``.apx``, ``.tgf``, ``.af``, ``.i23``),
    within ``limits`` and before the :func:`time.monotonic` ``deadline`` (see
    :func:`argmap.io.iccma.load_framework`)."""
    from argmap.io.iccma import load_framework as load_iccma

    return load_iccma(path, limits=limits, deadline=deadline)


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
