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
column, in a :class:`~argmap.model.MapValidationError`.
"""

from __future__ import annotations

import os
from pathlib import Path

from argmap.io.argdown.mapping import document_to_map
from argmap.io.argdown.parser import MAX_BYTES, read_document
from argmap.io.argdown.writer import dumps_argdown
from argmap.io.atomic import write_text_atomic
from argmap.model import ArgumentMap, MapValidationError, Problem


def loads_argdown(
    text: str, *, file: str | None = None, folder: str | os.PathLike[str] | None = None
) -> ArgumentMap:
    """Read a map from Argdown text; ``folder`` is where ``@include`` looks (none:
    ``@include`` is refused).

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
    doc, problems = read_document(text, label, Path(folder) if folder is not None else None)
    if problems:
        raise MapValidationError(problems, label)
    return document_to_map(doc, label)


def load_argdown(path: str | os.PathLike[str]) -> ArgumentMap:
    """Read a map from an ``.argdown`` file (see :func:`loads_argdown`)."""
    file = Path(path)
    label = str(file)
    try:
        size = file.stat().st_size
        if size > MAX_BYTES:
            raise MapValidationError(
                [
                    Problem(
                        f"file of {size} bytes (at most {MAX_BYTES})",
                        hint="split the debate into smaller files",
                    ).located(label)
                ],
                label,
            )
        text = file.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise MapValidationError(
            [Problem("file not found", hint="check the path").located(label)], label
        ) from None
    except UnicodeDecodeError as exc:
        raise MapValidationError(
            [
                Problem(
                    f"not UTF-8 text (byte {exc.start})", hint="save the file as UTF-8"
                ).located(label)
            ],
            label,
        ) from None
    except OSError as exc:
        raise MapValidationError(
            [Problem(f"cannot read: {exc.strerror}").located(label)], label
        ) from None
    return loads_argdown(text, file=label, folder=file.parent).with_origin(
        str(file.parent.resolve())
    )


def dump_argdown(m: ArgumentMap, path: str | os.PathLike[str]) -> None:
    """Write the map as Argdown, atomically (see :func:`dumps_argdown`)."""
    write_text_atomic(Path(path), dumps_argdown(m))


__all__ = ["dump_argdown", "dumps_argdown", "load_argdown", "loads_argdown"]
