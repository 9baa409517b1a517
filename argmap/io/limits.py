"""Resource limits for reading untrusted files, and the guards every reader calls.

A file written by a stranger must give argmap a result or a clear error, never a
hang, a traceback or unbounded memory. The limits live here, in one place:

=========================  ========================  ==========================================
limit                      environment variable      default
=========================  ========================  ==========================================
``max_file_bytes``         ``ARGMAP_MAX_FILE_BYTES``  256 MiB: any map or framework file
``max_source_bytes``       ``ARGMAP_MAX_SOURCE_BYTES``  16 MiB: a source text read from ``file:``
``max_items``              ``ARGMAP_MAX_ITEMS``       200,000 statements, supports, attacks, ...
                                                      of one kind in a map
``max_arguments``          ``ARGMAP_MAX_ARGUMENTS``   2,000,000 arguments declared by a framework
``max_depth``              ``ARGMAP_MAX_DEPTH``       64 levels of nested lists and mappings
``alias_budget``           ``ARGMAP_ALIAS_BUDGET``    10,000 values added by expanding YAML aliases
``max_number_length``      ``ARGMAP_MAX_NUMBER_LENGTH``  100 characters in one number
=========================  ========================  ==========================================

:func:`configured_limits` reads the environment variables (a user who trusts a
large file raises one); the API takes a :class:`Limits` wherever it reads.

The guards, for anyone adding a reader (see ``SECURITY.md``):

* :func:`read_input_bytes` / :func:`read_input_text`: the whole of a file the
  user named, at most ``max_file_bytes`` of it (a FIFO or ``/dev/zero`` cannot
  make it read forever);
* :func:`check_count`: a declared or counted size against its limit, *before*
  anything of that size is built;
* :func:`check_deadline`: call it in every loop that may run long, so that a
  time limit covers reading from the first byte;
* :func:`loads_json`: JSON with bounded nesting and number lengths.

Each raises :class:`InputLimitError` (or :class:`TimeoutError` past the deadline),
whose text names the file, the line and column where known, and what to change.
"""

from __future__ import annotations

import os
import stat
import time

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any, ClassVar, Final

_MIB: Final = 1 << 20


class Limits:
    """How much of an untrusted file argmap agrees to read and build.

    An immutable record with the interface of a named tuple (``_fields``,
    ``_replace``, equality by value), written out rather than built with
    :mod:`typing` or :mod:`dataclasses`: ``argmap solve`` starts without importing
    either (:mod:`typing` alone is about a tenth of its start-up).

    >>> Limits().max_depth
    64
    >>> Limits(max_items=10).max_items
    10
    >>> Limits(max_depth=3)._replace(max_depth=4) == Limits(max_depth=4)
    True
    """

    _fields: ClassVar[tuple[str, ...]] = (
        "max_file_bytes",
        "max_source_bytes",
        "max_items",
        "max_arguments",
        "max_depth",
        "alias_budget",
        "max_number_length",
    )
    __slots__ = _fields

    max_file_bytes: int
    max_source_bytes: int
    max_items: int
    max_arguments: int
    max_depth: int
    alias_budget: int
    max_number_length: int

    def __init__(
        self,
        max_file_bytes: int = 256 * _MIB,
        max_source_bytes: int = 16 * _MIB,
        max_items: int = 200_000,
        max_arguments: int = 2_000_000,
        max_depth: int = 64,
        alias_budget: int = 10_000,
        max_number_length: int = 100,
    ) -> None:
        values = (
            max_file_bytes,
            max_source_bytes,
            max_items,
            max_arguments,
            max_depth,
            alias_budget,
            max_number_length,
        )
        for name, value in zip(self._fields, values, strict=True):
            object.__setattr__(self, name, value)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"Limits are read-only: use _replace({name}=...)")

    def __reduce__(self) -> tuple[type[Limits], tuple[int, ...]]:
        # pickled and copied by value, like the named tuple it replaces
        return Limits, tuple(self._asdict().values())

    def _replace(self, **changes: int) -> Limits:
        """A copy with ``changes`` applied."""
        return Limits(**{**self._asdict(), **changes})

    def _asdict(self) -> dict[str, int]:
        return {name: getattr(self, name) for name in self._fields}

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Limits):
            return NotImplemented
        return self._asdict() == other._asdict()

    def __hash__(self) -> int:
        return hash(tuple(self._asdict().values()))

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={value!r}" for name, value in self._asdict().items())
        return f"Limits({shown})"


DEFAULT_LIMITS: Final = Limits()
"""The limits when nothing is configured."""


def environment_variable(name: str) -> str:
    """The environment variable that sets limit ``name``.

    >>> environment_variable("alias_budget")
    'ARGMAP_ALIAS_BUDGET'
    """
    return f"ARGMAP_{name.upper()}"


def configured_limits(environ: dict[str, str] | None = None) -> Limits:
    """:data:`DEFAULT_LIMITS` with the ``ARGMAP_*`` environment variables applied.

    >>> configured_limits({"ARGMAP_MAX_DEPTH": "8"}).max_depth
    8
    """
    env = os.environ if environ is None else environ
    changes: dict[str, int] = {}
    for name in Limits._fields:
        variable = environment_variable(name)
        text = env.get(variable)
        if text is None or not text.strip():
            continue
        digits = text.strip().replace("_", "")
        if not digits.isdigit() or len(digits) > 19:
            raise InputLimitError(
                f"{variable}={text!r} is not a whole number of at most 19 digits",
                hint=f"set {variable} to a number such as {getattr(DEFAULT_LIMITS, name)}",
            )
        changes[name] = int(digits)
    return DEFAULT_LIMITS._replace(**changes) if changes else DEFAULT_LIMITS


class LocatedError(ValueError):
    """An input error that says where (file, line, column), what, and what to change.

    ``str(error)`` reads ``file:line:column: message`` and the fix on the next line,
    like the compiler messages editors understand.
    """

    def __init__(
        self,
        message: str,
        *,
        file: str | None = None,
        line: int | None = None,
        column: int | None = None,
        hint: str | None = None,
    ) -> None:
        self.message = message
        self.file = file
        self.line = line
        self.column = column
        self.hint = hint
        super().__init__(self._text())

    def _where(self) -> str:
        where = self.file or ("<input>" if self.line is not None else "")
        if self.line is not None:
            where += f":{self.line}" + (f":{self.column}" if self.column is not None else "")
        return where

    def _text(self) -> str:
        where = self._where()
        text = f"{where}: {self.message}" if where else self.message
        return text + (f"\n    fix: {self.hint}" if self.hint else "")


class InputLimitError(LocatedError):
    """A file argmap refuses to read, or to read further: where, what, and what to change."""


def _raise_hint(name: str) -> str:
    return f"raise the limit with {environment_variable(name)}=N if you trust this file"


# -- reading whole files -----------------------------------------------------------
def read_input_bytes(
    path: str | os.PathLike[str], *, limits: Limits | None = None, limit: int | None = None
) -> bytes:
    """The bytes of a file the user named, refusing more than ``max_file_bytes``.

    A pipe or a device the user names is read too (``-f /dev/stdin`` works, and a
    FIFO waits for its writer as ``cat`` would), but never past the limit; a folder
    is refused. ``limit`` overrides the limit. Files that a *map* names are read by
    :func:`argmap.io.source_files.read_source_file`, which refuses all of these.

    Raises
    ------
    InputLimitError
        The file is a folder, or larger than the limit.
    OSError
        The file cannot be opened (missing, no permission).
    """
    bound = (limits or configured_limits()).max_file_bytes if limit is None else limit
    name = os.fspath(path)
    fd = os.open(name, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise InputLimitError(
                "this is a folder, not a file", file=name, hint="give the path of a file"
            )
        regular = stat.S_ISREG(info.st_mode)
        if regular and info.st_size > bound:
            raise _too_large(name, info.st_size, bound)
        chunks: list[bytes] = []
        size = 0
        # A regular file in one read (one chunk: joined without a copy), a byte more
        # to see whether it grew; anything else a mebibyte at a time.
        step = info.st_size + 1 if regular else 1 << 20
        while size <= bound:
            chunk = os.read(fd, min(step, bound + 1 - size))
            step = 1 << 20
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if size > bound:
            raise _too_large(name, None, bound)
        return b"".join(chunks)
    finally:
        os.close(fd)


def _too_large(name: str, size: int | None, bound: int) -> InputLimitError:
    told = f"{size:,} bytes" if size is not None else "more bytes"
    return InputLimitError(
        f"the file holds {told} than the limit of {bound:,} bytes"
        if size is None
        else f"the file holds {told}, over the limit of {bound:,} bytes",
        file=name,
        hint=_raise_hint("max_file_bytes"),
    )


def decode_text(data: bytes, *, file: str | None = None) -> str:
    """UTF-8 text, with or without a byte-order mark; a clear error otherwise.

    >>> decode_text(b"\\xef\\xbb\\xbfp af 1\\n")
    'p af 1\\n'
    """
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise InputLimitError(
            f"the file is not UTF-8 text (byte {exc.start})",
            file=file,
            line=line,
            column=column,
            hint="save the file as UTF-8",
        ) from None


def read_input_text(
    path: str | os.PathLike[str], *, limits: Limits | None = None, limit: int | None = None
) -> str:
    """:func:`read_input_bytes` decoded as UTF-8 (a byte-order mark is dropped)."""
    return decode_text(read_input_bytes(path, limits=limits, limit=limit), file=os.fspath(path))


# -- sizes and time ----------------------------------------------------------------
def check_count(
    what: str,
    count: int,
    bound: int,
    *,
    limit_name: str,
    file: str | None = None,
    line: int | None = None,
    column: int | None = None,
) -> None:
    """Refuse ``count`` things of a kind over ``bound``, before building them.

    >>> check_count("arguments", 3, 10, limit_name="max_arguments")
    >>> check_count("arguments", 11, 10, limit_name="max_arguments")
    Traceback (most recent call last):
    ...
    argmap.io.limits.InputLimitError: 11 arguments, over the limit of 10
        fix: raise the limit with ARGMAP_MAX_ARGUMENTS=N if you trust this file
    """
    if count > bound:
        raise InputLimitError(
            f"{count:,} {what}, over the limit of {bound:,}",
            file=file,
            line=line,
            column=column,
            hint=_raise_hint(limit_name),
        )


def deadline_after(seconds: float | None) -> float | None:
    """The :func:`time.monotonic` time ``seconds`` from now (``None``: no deadline)."""
    return None if seconds is None else time.monotonic() + seconds


def check_deadline(deadline: float | None, *, file: str | None = None) -> None:
    """Raise :class:`TimeoutError` once the monotonic ``deadline`` has passed."""
    if deadline is not None and time.monotonic() > deadline:
        where = f"{file}: " if file else ""
        raise TimeoutError(f"{where}the time limit ran out while reading")


# -- JSON ----------------------------------------------------------------------------
_JSON_TOKEN = r'"(?:[^"\\]|\\.)*"|[\[\]{}]'
"""Strings (which may hold brackets) and brackets; :mod:`re` is imported on first use."""
_LONG_NUMBER = "[-+0-9.eE]{%d,}"


def json_depth_offset(text: str, max_depth: int) -> int | None:
    """The offset of the first ``[`` or ``{`` nested deeper than ``max_depth``, if any.

    One linear pass over the strings and brackets (strings may hold brackets).

    >>> json_depth_offset('{"a": [[1]]}', 3), json_depth_offset('{"a": [[1]]}', 2)
    (None, 7)
    """
    if text.count("[") + text.count("{") <= max_depth:
        return None
    import re

    depth = 0
    for token in re.finditer(_JSON_TOKEN, text, re.DOTALL):
        bracket = token.group()
        if bracket in ("[", "{"):
            depth += 1
            if depth > max_depth:
                return token.start()
        elif bracket in ("]", "}"):
            depth -= 1
    return None


def _line_column(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def loads_json(
    text: str,
    *,
    limits: Limits | None = None,
    file: str | None = None,
    object_pairs_hook: Callable[[list[tuple[str, Any]]], Any] | None = None,
) -> Any:
    """:func:`json.loads` with nesting and number length bounded by ``limits``.

    Raises :class:`InputLimitError` (with line and column) for a value nested deeper
    than ``max_depth`` or a number longer than ``max_number_length``; syntax errors
    stay :class:`json.JSONDecodeError`.

    >>> loads_json('{"a": [1, 2.5]}')
    {'a': [1, 2.5]}
    >>> loads_json("[[[0]]]", limits=Limits(max_depth=2))
    Traceback (most recent call last):
    ...
    argmap.io.limits.InputLimitError: <input>:1:3: [ nests values 3 levels deep, over the limit of 2
        fix: flatten the data, or raise the limit with ARGMAP_MAX_DEPTH=N if you trust this file
    """
    import json  # here: the ICCMA readers start without it

    bounds = limits or configured_limits()
    offset = json_depth_offset(text, bounds.max_depth)
    if offset is not None:
        line, column = _line_column(text, offset)
        raise InputLimitError(
            f"{text[offset]} nests values {bounds.max_depth + 1} levels deep, over the limit "
            f"of {bounds.max_depth}",
            file=file,
            line=line,
            column=column,
            hint="flatten the data, or " + _raise_hint("max_depth"),
        )

    def bounded(parse: Callable[[str], Any]) -> Callable[[str], Any]:
        def number(literal: str) -> Any:
            if len(literal) > bounds.max_number_length:
                import re

                found = re.search(_LONG_NUMBER % (bounds.max_number_length + 1), text)
                line, column = _line_column(text, found.start()) if found else (None, None)
                raise InputLimitError(
                    f"a number of {len(literal):,} characters, over the limit of "
                    f"{bounds.max_number_length}",
                    file=file,
                    line=line,
                    column=column,
                    hint="write a shorter number, or " + _raise_hint("max_number_length"),
                )
            return parse(literal)

        return number

    return json.loads(
        text,
        object_pairs_hook=object_pairs_hook,
        parse_int=bounded(int),
        parse_float=bounded(float),
    )


__all__ = [
    "DEFAULT_LIMITS",
    "InputLimitError",
    "Limits",
    "check_count",
    "check_deadline",
    "configured_limits",
    "deadline_after",
    "decode_text",
    "environment_variable",
    "json_depth_offset",
    "loads_json",
    "read_input_bytes",
    "read_input_text",
]
