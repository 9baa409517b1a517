"""The ICCMA 2023 format of abstract frameworks (files ``.af`` or ``.i23``).

A header ``p af N``, then one ``i j`` attack per line over the arguments ``1 .. N``;
lines starting with ``#`` are comments. The arguments are named ``"1" .. "N"``.
Written files number the arguments by their position in the framework.

The declared ``N`` is checked against ``max_arguments``
(:mod:`argmap.io.limits`) before anything is built, and nothing of size ``N`` is
built for a file shorter than ``16 N`` bytes before its attacks are read: a
17-byte file cannot ask for 10^11 arguments.

Files in the usual layout (``i j`` lines, one space, ``\n`` endings) are read in
plain Python, each number looked up among the argument names, and NumPy is not
imported: its import alone costs as much as reading 400,000 attacks this way.
The framework keeps the attacks as read until something needs them sorted
(:class:`~argmap.frameworks.attack_relation.DeferredRelation`), so that
``argmap solve -p SE-GR`` on an ICCMA 2023 crusti_g2io instance (0.33 M attacks,
no unattacked argument) takes 0.16 s of CPU in all, against 0.24 s through
NumPy. When the framework will be stored in NumPy arrays anyway (``arrays=True``),
files over :data:`PYTHON_LINES` lines are parsed with NumPy in a handful of
passes over the raw bytes, three times faster per attack; so are the large files
of another layout (comments, tabs, ``\r\n``), and the small ones line by line in
plain Python. A file that no fast path can vouch for is re-read line by line,
which finds the first problem and its line.

:func:`argmap.io.iccma.load_framework` and its siblings choose this module by
extension or format name.

References
----------
.. [1] M. Järvisalo, T. Lehtonen, A. Niskanen, "ICCMA 2023: 5th International
   Competition on Computational Models of Argumentation", Artificial
   Intelligence 342, 2025 (input format of the 2023 edition).
"""

from __future__ import annotations

import functools
import re
import warnings

from argmap.frameworks.abstract import ArgumentationFramework
from argmap.io.iccma import IccmaFormatError, ReadingBudget
from argmap.io.limits import check_deadline

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Final

    import numpy as np
    import numpy.typing as npt

PYTHON_LINES: Final = 50_000
"""Files of up to this many lines are parsed in plain Python, whatever their layout.
Beyond, NumPy parses the files of another layout than the usual one, and all of
them with ``arrays=True``: counting its import, it is faster than a line-by-line
loop from about this size on."""

_SPACE = b" \t\r\n\f\v"
_COMMENT_LINE = re.compile(rb"(?m)^[ \t]*#[^\n]*")


def parse_i23(
    data: bytes, source: str | None, budget: ReadingBudget, *, arrays: bool = False
) -> ArgumentationFramework:
    """The framework of an i23 file (``data``, the whole file).

    ``arrays=True``: the framework will be stored in NumPy arrays anyway (see
    :mod:`argmap.frameworks.attack_relation`), so a file of more than
    :data:`PYTHON_LINES` lines is read with NumPy, three times faster once NumPy
    is imported. Otherwise the usual layout is read in plain Python: the
    framework it gives answers which arguments are unattacked, and so a grounded
    extension that is empty, without importing NumPy at all.
    """
    _, header_end, count = _i23_header(data, source, budget)
    comments = data.find(b"#", header_end) >= 0
    lines = data.count(b"\n", header_end) if arrays and not comments else None
    # The lookup table takes about 150 bytes an argument: only for files of at
    # least 16 bytes an argument, so that it never outweighs the file tenfold.
    table_fits = count * 16 <= len(data)
    if table_fits and not comments and (lines is None or lines <= PYTHON_LINES):
        names = _i23_names(count)
        plain = _i23_plain(data, header_end, names, budget)
        if plain is not None:
            return ArgumentationFramework.from_indices(names, *plain, checked=True)
    body = data[header_end:]
    if comments:
        body = _COMMENT_LINE.sub(b"", body)
    if lines is None:
        lines = body.count(b"\n")
    if lines <= PYTHON_LINES:
        pairs = _i23_small(body, count)
    else:
        array = _i23_fast(body, count)
        if array is not None:
            return ArgumentationFramework.from_indices(_i23_names(count), array[:, 0], array[:, 1])
        pairs = None
    if pairs is None:
        pairs = _i23_slow(data, header_end, count, source, budget)
    # The names last: the attacks were read (and checked) without building them.
    return ArgumentationFramework.from_indices(_i23_names(count), *pairs)


def _i23_names(count: int) -> list[str]:
    return [str(i) for i in range(1, count + 1)]


_NUMBER_DIGITS: Final = 19
"""Digits of the longest argument number read (int64); longer ones are out of range."""


def _i23_header(data: bytes, source: str | None, budget: ReadingBudget) -> tuple[int, int, int]:
    """Locate the ``p af N`` line: its start, the offset after it, and ``N``."""
    offset = 0
    number = 0
    while offset < len(data):
        newline = data.find(b"\n", offset)
        end = len(data) if newline < 0 else newline + 1
        number += 1
        tokens = data[offset:end].split()
        if tokens and not tokens[0].startswith(b"#"):
            if tokens[0] == b"p" and len(tokens) >= 2 and tokens[1] == b"aba":
                raise IccmaFormatError(
                    "this is an ABA framework ('p aba'), not an abstract framework",
                    file=source,
                    line=number,
                    hint="give an abstract framework: a 'p af N' header and 'i j' attack lines",
                )
            if len(tokens) == 3 and tokens[:2] == [b"p", b"af"] and tokens[2].isdigit():
                declared = tokens[2].lstrip(b"0") or b"0"
                if len(declared) > _NUMBER_DIGITS:
                    budget.arguments(budget.limits.max_arguments + 1, number)
                budget.arguments(int(declared), number)
                return offset, end, int(declared)
            shown = data[offset:end].decode("utf-8", "replace").strip()
            raise IccmaFormatError(
                f"expected the header 'p af N', found {shown!r}",
                file=source,
                line=number,
                hint="start the file with 'p af N' where N is the number of arguments",
            )
        offset = end
    raise IccmaFormatError(
        "the file has no 'p af N' header",
        file=source,
        hint="start the file with 'p af N' where N is the number of arguments",
    )


PLAIN_CHUNK: Final = 1 << 16
"""Bytes of attack lines that :func:`_i23_plain` splits at a time (whole lines). The
tokens of one chunk live at once, never those of the whole file, and stay in the
processor's cache: 64 KiB chunks read a file a fifth faster than 1 MiB ones."""

_DIGITS = b"0123456789"


def _i23_plain(
    data: bytes, start: int, names: list[str], budget: ReadingBudget
) -> tuple[list[int], list[int]] | None:
    """The attacks of the usual layout as 0-based (sources, targets) lists, or ``None``.

    The usual layout: from ``start`` on, ``i j`` lines of two decimal numbers and one
    space, ``\n`` endings, no blank line (blanks after the last line are fine).
    Each number is looked up among the argument ``names`` (``"1" .. "N"``), which
    converts and checks it in one C-level step; anything else (a comment, a tab,
    ``\r``, a leading zero, a number out of range) gives ``None``, and the other
    readers take over. The lists hold the lookup table's own integers, 8 bytes an
    entry.
    """
    from operator import itemgetter

    # The end of the last line: blanks after it are fine (looked at in C, and the
    # whole file copied only when they run over 64 bytes).
    tail = max(start, len(data) - 64)
    kept = len(data[tail:].rstrip(_SPACE))
    end = tail + kept if kept or tail == start else start + len(data[start:].rstrip(_SPACE))
    table = dict(zip(map(str.encode, names), range(len(names)), strict=True))
    alternating = b" \n" * (PLAIN_CHUNK // 2 + 64)
    sources: list[int] = []
    targets: list[int] = []
    while start < end:
        stop = data.find(b"\n", min(start + PLAIN_CHUNK, end), end)
        if stop < 0:
            stop = end
        chunk = data[start:stop]
        # Between the numbers " ", "\n", " ", ..., " " (two numbers a line), and no
        # empty token: as many tokens as separators, plus one.
        separators = chunk.translate(None, _DIGITS)
        tokens = chunk.split()
        if (
            len(separators) % 2 == 0
            or not alternating.startswith(separators)
            or len(tokens) != len(separators) + 1
        ):
            return None
        try:
            # At least two tokens: itemgetter gives a tuple (and calls no Python
            # function per token).
            values = itemgetter(*tokens)(table)
        except KeyError:
            return None
        sources += values[0::2]
        targets += values[1::2]
        check_deadline(budget.deadline, file=budget.source)
        start = stop + 1
    return sources, targets


def _i23_small(body: bytes, count: int) -> tuple[list[int], list[int]] | None:
    """The attacks as 0-based (sources, targets) lists, or ``None`` if in doubt.

    Vouches for the body when every non-blank line holds two numbers in
    ``1..count``; anything else is left to :func:`_i23_slow`, which says where.
    """
    tokens: list[bytes] = []
    for line in body.split(b"\n"):
        parts = line.split()
        if len(parts) == 2:
            tokens += parts
        elif parts:
            return None
    if not tokens:
        return [], []
    if not b"".join(tokens).isdigit() or max(map(len, tokens)) > _NUMBER_DIGITS:
        return None
    values = [int(token) - 1 for token in tokens]
    if min(values) < 0 or max(values) >= count:
        return None
    return values[0::2], values[1::2]


@functools.cache
def _byte_classes() -> tuple[npt.NDArray[np.bool_], npt.NDArray[np.bool_]]:
    """Lookup tables: which bytes may appear in an i23 body, and which are digits."""
    import numpy as np

    allowed = np.zeros(256, dtype=bool)
    allowed[list(b"0123456789")] = True
    allowed[list(_SPACE)] = True
    digit = np.zeros(256, dtype=bool)
    digit[list(b"0123456789")] = True
    return allowed, digit


def _i23_fast(body: bytes, count: int) -> npt.NDArray[np.int64] | None:
    """The attacks as an ``(m, 2)`` array of 0-based indices, or ``None`` if in doubt.

    Vouches for the body only when every byte is a digit or a blank, every
    non-blank line holds exactly two numbers and every number is in ``1..count``.
    The common layout (``i j`` lines, one space, ``\\n`` endings, no blank line) is
    checked first from the positions of spaces and line ends alone.
    """
    import numpy as np

    body = body.strip()
    if not body:
        return np.zeros((0, 2), dtype=np.int64)
    raw = np.frombuffer(body, dtype=np.uint8)
    digits = int(np.count_nonzero((raw >= 48) & (raw <= 57)))
    spaces = np.flatnonzero(raw == 32)
    newlines = np.flatnonzero(raw == 10)
    canonical = (
        digits + spaces.size + newlines.size == raw.size
        and spaces.size == newlines.size + 1
        and spaces[0] > 0
        and bool(np.all(newlines > spaces[:-1] + 1))
        and bool(np.all(spaces[1:] > newlines + 1))
        and spaces[-1] + 1 < raw.size
    )
    if not canonical and not _i23_layout_ok(raw):
        return None
    values = _ints(body, 2 * (spaces.size if canonical else -1))
    if values is None or values.min() < 1 or values.max() > count:
        return None
    pairs: npt.NDArray[np.int64] = (values - 1).reshape(-1, 2)
    return pairs


def _i23_layout_ok(raw: npt.NDArray[np.uint8]) -> bool:
    """Every byte a digit or a blank, and every non-blank line two numbers."""
    import numpy as np

    allowed, is_digit = _byte_classes()
    if not allowed[raw].all():
        return False
    digit = is_digit[raw]
    starts = np.flatnonzero(digit[1:] & ~digit[:-1]) + 1
    if digit[0]:
        starts = np.concatenate(([0], starts))
    if starts.size % 2:
        return False
    line_of = np.searchsorted(np.flatnonzero(raw == 10), starts)
    firsts, seconds = line_of[0::2], line_of[1::2]
    return bool(np.array_equal(firsts, seconds) and np.all(firsts[1:] > seconds[:-1]))


def _ints(body: bytes, expected: int) -> npt.NDArray[np.int64] | None:
    """The blank-separated decimal numbers of ``body`` (C speed), if there are ``expected``."""
    import numpy as np

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        try:
            values: npt.NDArray[np.int64] = np.fromstring(body, dtype=np.int64, sep=" ")
        except (DeprecationWarning, ValueError):
            return None
    if (expected >= 0 and values.size != expected) or values.size % 2:
        return None
    return values


def _i23_slow(
    data: bytes, header_end: int, count: int, source: str | None, budget: ReadingBudget
) -> tuple[list[int], list[int]]:
    """Read the attack lines one by one; raise on the first malformed line."""
    first_line = data.count(b"\n", 0, header_end) + 1
    hint_range = f"arguments are numbered 1..{count} (the header says 'p af {count}')"
    values: list[int] = []
    lines = data[header_end:].split(b"\n")
    for number, raw in enumerate(lines, start=first_line):
        budget.tick(number)
        tokens = raw.split()
        if not tokens or tokens[0].startswith(b"#"):
            continue
        text = raw.decode("utf-8", "replace").rstrip("\r")
        if len(tokens) != 2 or not (tokens[0].isdigit() and tokens[1].isdigit()):
            raise IccmaFormatError(
                f"cannot read the attack line {text.strip()!r}",
                file=source,
                line=number,
                hint="write one attack per line as two argument numbers 'i j'; "
                "comment lines start with '#'",
            )
        for token in tokens:
            value = int(token) if len(token) <= _NUMBER_DIGITS else count + 1
            if not 1 <= value <= count:
                shown = str(value) if len(token) <= _NUMBER_DIGITS else f"{token[:12].decode()}..."
                raise IccmaFormatError(
                    f"argument {shown} is out of range 1..{count}",
                    file=source,
                    line=number,
                    column=text.index(token.decode()) + 1,
                    hint=hint_range + "; raise N in the header or fix the attack",
                )
            values.append(value - 1)
    return values[0::2], values[1::2]


def dumps_i23(af: ArgumentationFramework) -> str:
    lines = [f"p af {len(af)}"]
    for i, targets in enumerate(af.targets_of_index, start=1):
        lines.extend(f"{i} {j + 1}" for j in targets)
    lines.append("")
    return "\n".join(lines)


__all__ = ["dumps_i23", "parse_i23"]
