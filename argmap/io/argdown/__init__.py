"""Argdown (``.argdown``), read and written.

Argdown (https://argdown.org, Voigt 2014–2023) is the plain-text language in
which many argument maps are written: statements ``[Title]: text``, arguments
``<Title>: description`` reconstructed as premise–conclusion structures, and
relations indented below them (``+`` support, ``-`` attack, ``_`` undercut,
``><`` contradiction, in loose or strict mode).

* :mod:`~argmap.io.argdown.content` — the lark grammar of one element;
* :mod:`~argmap.io.argdown.parser` — lines, blocks, relations, PCS, front
  matter, comments and ``@include``, into a :class:`~argmap.io.argdown.syntax.Document`;
* :mod:`~argmap.io.argdown.mapping` — a document onto an
  :class:`~argmap.model.ArgumentMap` (what becomes what);
* :mod:`~argmap.io.argdown.writer` — a map back to Argdown, lossless.

Every problem of a file is reported at once, each with its file, line and
column, in a :class:`~argmap.model.MapValidationError`: when the parser recovers
from syntax errors, the map of what it read is checked in the same pass.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from argmap.atomic import write_text_atomic
from argmap.io.argdown.mapping import document_to_map
from argmap.io.argdown.parser import read_document
from argmap.io.argdown.writer import dumps_argdown
from argmap.io.limits import InputLimitError, Limits, configured_limits, read_input_text
from argmap.io.source_files import SourceFileError, read_source_file
from argmap.model import ArgumentMap, MapValidationError, Problem


def loads_argdown(
    text: str,
    *,
    file: str | None = None,
    folder: str | os.PathLike[str] | None = None,
    allow_outside_sources: bool = False,
    limits: Limits | None = None,
) -> ArgumentMap:
    """Read a map from Argdown text.

    ``folder`` is where ``@include`` and the front matter's source ``file:`` paths
    are looked for (without one, both are refused); files outside it are read only
    for sources, and only if ``allow_outside_sources``. ``limits`` bound what is
    read (default: :func:`~argmap.io.limits.configured_limits`).

    Examples
    --------
    >>> m = loads_argdown('''
    ... [Tea]: Drink tea.
    ...     + [Calm]: Tea calms. #health
    ...     - [Sleep]: Tea keeps you awake.
    ... ''')
    >>> [(s.premises, s.conclusion) for s in m.supports]
    [(('Calm',), 'Tea')]
    >>> [(a.kind.value, a.source, a.target) for a in m.attacks]
    [('rebut', 'Sleep', 'Tea')]
    """
    label = file or "<argdown>"
    limits = limits or configured_limits()
    base = Path(folder) if folder is not None else None
    doc, problems = read_document(text, label, base, limits)
    problems += _read_source_files(doc.front_matter, base, label, allow_outside_sources, limits)
    if not problems:
        return document_to_map(doc, label)
    # The parse recovered: the map of what was read is checked too, so that one pass
    # reports the syntax problems and the map's own (as the official Argdown tools
    # report what they can of a file with errors).
    try:
        document_to_map(doc, label)
    except MapValidationError as exc:
        problems += [p for p in exc.problems if p not in problems]
    raise MapValidationError(sorted(problems, key=_position), label)


def _position(problem: Problem) -> tuple[int, int]:
    return (problem.line or 0, problem.column or 0)


def _read_source_files(
    front_matter: dict[str, Any],
    folder: Path | None,
    label: str,
    allow_outside: bool,
    limits: Limits,
) -> list[Problem]:
    """Fill the text of each front-matter source given by ``file`` only."""
    problems: list[Problem] = []
    sources = front_matter.get("sources")
    for source in sources if isinstance(sources, list) else []:
        if not isinstance(source, dict) or not isinstance(source.get("file"), str):
            continue
        if source.get("text") is not None:
            continue
        if folder is None:
            problems.append(
                Problem(
                    f"source {source.get('id')!r} names the file {source['file']!r}, "
                    "but this Argdown was not read from a file",
                    hint="give the text inline under `text:`, or read the Argdown from its file",
                ).located(label, 1, 1)
            )
            continue
        try:
            source["text"] = read_source_file(
                source["file"], folder, allow_outside=allow_outside, limits=limits
            )
        except SourceFileError as exc:
            problems.append(Problem(exc.message, hint=exc.hint).located(label, 1, 1))
    return problems


def load_argdown(
    path: str | os.PathLike[str],
    *,
    allow_outside_sources: bool = False,
    limits: Limits | None = None,
) -> ArgumentMap:
    """Read a map from an ``.argdown`` file (see :func:`loads_argdown`)."""
    label = os.fspath(path)
    limits = limits or configured_limits()
    try:
        text = read_input_text(label, limits=limits)
    except FileNotFoundError:
        raise MapValidationError(
            [Problem("file not found", hint="check the path").located(label)], label
        ) from None
    except InputLimitError as exc:
        problem = Problem(exc.message, hint=exc.hint).located(label, exc.line, exc.column)
        raise MapValidationError([problem], label) from None
    except OSError as exc:
        raise MapValidationError(
            [Problem(f"cannot read: {exc.strerror}").located(label)], label
        ) from None
    folder = Path(label).parent
    return loads_argdown(
        text,
        file=label,
        folder=folder,
        allow_outside_sources=allow_outside_sources,
        limits=limits,
    ).with_origin(str(folder.resolve()))


def dump_argdown(
    m: ArgumentMap,
    path: str | os.PathLike[str],
    *,
    source_dir: str | os.PathLike[str] | None = None,
) -> None:
    """Write the map as Argdown, atomically (see :func:`dumps_argdown`).

    A source read from a ``file`` keeps its ``file`` (rewritten relative to
    ``path``'s folder, from ``source_dir`` or the map's :attr:`~argmap.model.ArgumentMap.origin`)
    and leaves its text there, as argmap's own format does.
    """
    target = Path(path)
    origin = source_dir if source_dir is not None else m.origin
    rebase = None
    if origin is not None:
        root, destination = Path(origin).resolve(), target.resolve().parent

        def rebase(name: str) -> str:
            return Path(os.path.relpath(root / name, destination)).as_posix()

    write_text_atomic(target, dumps_argdown(m, files=rebase))


__all__ = ["dump_argdown", "dumps_argdown", "load_argdown", "loads_argdown"]
