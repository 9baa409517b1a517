"""What a batch is made of: one :class:`Item` per input file and question.

An abstract-framework file (``.apx``, ``.tgf``, ``.af``, ``.i23``) is asked ICCMA
tasks (``DS-PR``, ``EE-ST``, ...); a map file (any format :func:`argmap.io.load`
reads) is evaluated under semantics (``grounded``, ``df-quad``, ...). Folders are
searched recursively for files of those formats, in sorted order, so the same
inputs always give the same items in the same order.

``DC`` and ``DS`` tasks need a query argument: ``--argument`` for every file, or
the ICCMA convention of a ``NAME.arg`` file beside ``NAME.apx`` holding it.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Literal

FRAMEWORK_SUFFIXES = (".apx", ".tgf", ".af", ".i23")

Kind = Literal["framework", "map"]


@dataclass(frozen=True, order=True)
class Item:
    """One question about one file: an ICCMA task, or a map under a semantics."""

    input: str
    kind: Kind
    task: str
    """``DS-PR`` (frameworks) or a semantics name (maps)."""
    argument: str | None = None
    """The query argument of ``DC``/``DS`` tasks."""
    reading: str | None = None
    """How a map's supports are read (maps only; ``None``: the default reading)."""

    @property
    def key(self) -> str:
        """A stable identity, for resuming an interrupted batch."""
        parts = [self.input, self.kind, self.task, self.argument or "", self.reading or ""]
        return "\x1f".join(parts)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


class BatchInputError(ValueError):
    """The inputs or tasks of a batch cannot be planned (a user error)."""


def _is_framework(path: str) -> bool:
    return path.lower().endswith(FRAMEWORK_SUFFIXES)


def _is_map(path: str) -> bool:
    from argmap.io.formats import reader_for

    return not _is_framework(path) and reader_for(path) is not None


def discover(inputs: Iterable[str | os.PathLike[str]]) -> dict[str, bool]:
    """The input files, each with whether it was named (rather than found in a
    folder): files as given, folders searched recursively (sorted)."""
    found: dict[str, bool] = {}
    for raw in inputs:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                name = str(child)
                if not child.name.startswith(".") and (_is_framework(name) or _is_map(name)):
                    found.setdefault(name, False)
        elif path.is_file():
            found[str(path)] = True
        else:
            raise BatchInputError(f"{path}: no such file or folder")
    return found


def query_argument(path: str, given: str | None) -> str | None:
    """The query argument for ``path``: ``given``, else the ``.arg`` file beside it."""
    if given is not None:
        return given
    beside = Path(path).with_suffix(".arg")
    if beside.is_file():
        text = beside.read_text(encoding="utf-8", errors="replace").strip()
        return text.split()[0] if text else None
    return None


def plan(
    inputs: Iterable[str | os.PathLike[str]],
    *,
    tasks: Sequence[str] = (),
    semantics: Sequence[str] = (),
    reading: str | None = None,
    argument: str | None = None,
) -> list[Item]:
    """Every item of a batch: each framework file × each task, each map × each semantics.

    Files found in folders of a kind that is given no question (maps when only
    tasks are given, frameworks when only semantics are) are left out; a file
    named on its own is not.

    Raises
    ------
    BatchInputError
        When a file is missing, a task is malformed, a ``DC``/``DS`` task has no
        query argument for a file, or a named file is given no question.
    """
    from argmap.semantics.tasks import parse_task

    checked: list[str] = []
    for task in tasks:
        try:
            parse_task(task)
        except ValueError as exc:
            raise BatchInputError(str(exc)) from None
        checked.append(task.strip().upper())
    files = discover(inputs)
    if not files:
        raise BatchInputError("no input file of a known format was found")
    items: list[Item] = []
    for path, named in files.items():
        if _is_framework(path):
            if not checked:
                if named or not semantics:
                    raise BatchInputError(f"{path}: a framework file needs --task (e.g. DS-PR)")
                continue
            for task in checked:
                query = None
                if task[:2] in ("DC", "DS"):
                    query = query_argument(path, argument)
                    if query is None:
                        raise BatchInputError(
                            f"{path}: {task} needs a query argument: give --argument, or "
                            f"put it in {Path(path).with_suffix('.arg')}"
                        )
                items.append(Item(path, "framework", task, query))
        else:
            if not semantics:
                if named or not checked:
                    raise BatchInputError(f"{path}: a map needs --semantics (e.g. grounded)")
                continue
            items.extend(Item(path, "map", name, None, reading) for name in semantics)
    return items
