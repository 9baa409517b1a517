"""The map formats argmap reads and writes, chosen by file name (and, for JSON, content).

One :class:`MapFormat` entry per format names the module that implements it and
its reader and writer functions, imported on first use. :func:`reader_for` and
:func:`writer_for` pick the entry of a path:

* by suffix, the longest first (``.aif.json`` before ``.json``);
* a ``.json`` file is read as AIF when its content looks like AIF (the keys
  ``nodes`` and ``edges``, ``AIF`` or ``analysis`` at the top), as a native map
  otherwise; a ``.txt`` file is read as a Kialo export when its first line says
  ``Discussion Title:`` or ``Discussion Name:``.

Adding a format is adding an entry here: the CLI's ``convert`` and every command
that loads a map go through :func:`argmap.io.load` and :func:`argmap.io.dump`.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from argmap.model import ArgumentMap

Reader = Callable[[str], "ArgumentMap"]
Writer = Callable[..., None]


class MapFormat(NamedTuple):
    """A map format: its name, the file suffixes it owns, and where its code lives."""

    name: str
    suffixes: tuple[str, ...]
    module: str
    reader: str | None
    writer: str | None
    description: str

    def load_function(self) -> Reader:
        """The reader, imported now."""
        assert self.reader is not None
        function: Reader = getattr(importlib.import_module(self.module), self.reader)
        return function

    def dump_function(self) -> Writer:
        """The writer, imported now."""
        assert self.writer is not None
        function: Writer = getattr(importlib.import_module(self.module), self.writer)
        return function


FORMATS: tuple[MapFormat, ...] = (
    MapFormat(
        "native",
        (".yaml", ".yml", ".json"),
        "argmap.io.native",
        "load_map",
        "dump_map",
        "argmap's own format (YAML for people, JSON for programs)",
    ),
    MapFormat(
        "aif",
        (".aif", ".aif.json"),
        "argmap.io.aif",
        "load_aif",
        "dump_aif",
        "AIF JSON (AIFdb nodesets; reads OVA, xAIF, AraucariaDB and DialAM variants too)",
    ),
    MapFormat(
        "xaif",
        (".xaif", ".xaif.json"),
        "argmap.io.aif",
        "load_aif",
        "dump_xaif",
        "xAIF / OVA3 JSON (AIF with the analysed text)",
    ),
    MapFormat(
        "kialo",
        (".kialo",),
        "argmap.io.kialo",
        "load_kialo",
        None,
        "Kialo discussion export (plain text)",
    ),
    MapFormat(
        "argdown",
        (".argdown", ".ad"),
        "argmap.io.argdown",
        "load_argdown",
        "dump_argdown",
        "Argdown (argdown.org), the plain-text language of argument maps",
    ),
    MapFormat(
        "graphml",
        (".graphml",),
        "argmap.io.graphml",
        None,
        "dump_graphml",
        "GraphML (yEd, Gephi, networkx), written only",
    ),
)
"""Every map format, in the order of ``argmap convert --help``."""


def _suffix_match(path: str) -> MapFormat | None:
    name = Path(path).name.lower()
    best: tuple[int, MapFormat] | None = None
    for fmt in FORMATS:
        for suffix in fmt.suffixes:
            if name.endswith(suffix) and (best is None or len(suffix) > best[0]):
                best = (len(suffix), fmt)
    return best[1] if best else None


def by_name(name: str) -> MapFormat:
    """The format called ``name``."""
    for fmt in FORMATS:
        if fmt.name == name:
            return fmt
    raise KeyError(name)


def _sniff(path: str, limit: int = 4096) -> bytes:
    try:
        with Path(path).open("rb") as stream:
            return stream.read(limit)
    except OSError:
        return b""


def looks_like_aif(head: bytes) -> bool:
    """Whether the start of a JSON document looks like AIF rather than a native map."""
    text = head.decode("utf-8", "replace")
    return any(key in text for key in ('"AIF"', '"analysis"', '"nodeID"')) or (
        '"nodes"' in text and '"edges"' in text
    )


def looks_like_kialo(head: bytes) -> bool:
    """Whether a text file starts like a Kialo discussion export."""
    first = head.decode("utf-8", "replace").lstrip("\ufeff").lstrip().split("\n", 1)[0]
    return first.startswith(("Discussion Title:", "Discussion Name:"))


def reader_for(path: str | os.PathLike[str]) -> MapFormat | None:
    """The format to read ``path`` with, or ``None`` when no reader knows it."""
    target = os.fspath(path)
    fmt = _suffix_match(target)
    lower = target.lower()
    if (
        fmt is not None
        and fmt.name == "native"
        and lower.endswith(".json")
        and looks_like_aif(_sniff(target))
    ):
        return by_name("aif")
    if fmt is None and lower.endswith(".txt"):
        return by_name("kialo") if looks_like_kialo(_sniff(target)) else None
    if fmt is not None and fmt.reader is None:
        return None
    return fmt


def writer_for(path: str | os.PathLike[str]) -> MapFormat | None:
    """The format to write ``path`` in, or ``None`` when no writer knows its suffix."""
    fmt = _suffix_match(os.fspath(path))
    if fmt is not None and fmt.writer is None:
        return None
    return fmt


def readable_suffixes() -> tuple[str, ...]:
    """Every suffix a map can be read from (``.txt`` only for Kialo exports)."""
    return (*(s for f in FORMATS if f.reader for s in f.suffixes), ".txt")


def writable_suffixes() -> tuple[str, ...]:
    """Every suffix a map can be written to."""
    return tuple(s for f in FORMATS if f.writer for s in f.suffixes)


def describe() -> str:
    """One line per format, for help texts."""
    lines = []
    for fmt in FORMATS:
        ways = "/".join(w for w, f in (("read", fmt.reader), ("write", fmt.writer)) if f)
        lines.append(f"{fmt.name} ({', '.join(fmt.suffixes)}; {ways}): {fmt.description}")
    return "\n".join(lines)


def call_writer(fmt: MapFormat, m: ArgumentMap, path: str, **options: Any) -> None:
    """Write ``m`` to ``path`` with ``fmt``'s writer, passing the options it accepts."""
    fmt.dump_function()(m, path, **options)
