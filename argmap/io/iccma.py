"""ICCMA file formats for abstract argumentation frameworks.

Three formats are read and written, chosen by file extension or by name:

``apx`` (ASPARTIX, Egly, Gaggl & Woltran 2010)
    Facts ``arg(a).`` and ``att(a,b).``; several facts may share a line, blanks
    may surround every token, ``%`` starts a comment that runs to the end of the
    line. Names are ASP constants (letters, digits, ``_``, ``-``, ...) or
    ``"quoted strings"`` (``\\"``, ``\\\\`` and ``\\n`` escaped); surrounding blanks are
    never part of a name, so ``att(a, b).`` attacks ``b``, not ``" b"``. A repeated
    fact counts once. Different terms are different arguments: ``arg("a")`` is not
    ``arg(a)`` (see :mod:`argmap.io.asp_terms`).
``tgf`` (Trivial Graph Format, as used by ICCMA 2015-2021)
    One argument name per line, a line holding ``#``, then one ``a b`` attack per
    line. Blank lines are ignored.
``i23`` (ICCMA 2023, files ``.af`` or ``.i23``)
    A header ``p af N``, then one ``i j`` attack per line over the arguments
    ``1 .. N``; lines starting with ``#`` are comments. The arguments are named
    ``"1" .. "N"``. Written files number the arguments by their position in the
    framework, so names other than ``"1" .. "N"`` are not kept.

Malformed input raises :class:`IccmaFormatError`, which names the file, the line
(and column) and says what to change; a file over the limits of
:mod:`argmap.io.limits` (its size, the number of arguments a ``p af N`` header
declares) raises :class:`~argmap.io.limits.InputLimitError` before anything of
that size is built. Every reader is linear in the size of the file. Writers are
atomic.

The ``tgf`` and ``i23`` readers and writers live in :mod:`argmap.io.tgf` and
:mod:`argmap.io.i23`.

References
----------
.. [1] U. Egly, S. A. Gaggl, S. Woltran, "Answer-set programming encodings for
   argumentation frameworks", Argument & Computation 1(2):147-177, 2010.
.. [2] M. Järvisalo, T. Lehtonen, A. Niskanen, "ICCMA 2023: 5th International
   Competition on Computational Models of Argumentation", Artificial
   Intelligence 342, 2025 (input format of the 2023 edition).
"""

from __future__ import annotations

import functools
import os

from argmap.frameworks.abstract import ArgumentationFramework
from argmap.io.asp_terms import QUOTED_TERM, name_of_term, term_of_name
from argmap.io.limits import (
    Limits,
    LocatedError,
    check_count,
    check_deadline,
    configured_limits,
    read_input_bytes,
)

TYPE_CHECKING = False
if TYPE_CHECKING:
    import re
    from collections.abc import Sequence
    from typing import Final, NoReturn

FORMATS: Final = ("apx", "tgf", "i23")
"""The format names, as ``--formats`` lists them."""

_ALIASES: Final = {"apx": "apx", "tgf": "tgf", "i23": "i23", "af": "i23"}
_SUFFIXES: Final = {".apx": "apx", ".tgf": "tgf", ".af": "i23", ".i23": "i23"}


class IccmaFormatError(LocatedError):
    """A framework file that cannot be read or written: where, what, and what to change.

    ``str(error)`` reads ``file:line:column: message`` followed by the fix on the
    next line (``<text>`` stands for a file read from a string).
    """

    def _where(self) -> str:
        where = self.file or "<text>"
        if self.line is not None:
            where += f":{self.line}" + (f":{self.column}" if self.column is not None else "")
        return where


# -- choosing a format ---------------------------------------------------------
def format_of(path: str | os.PathLike[str]) -> str:
    """The format of a file, from its extension (``.apx``, ``.tgf``, ``.af``, ``.i23``).

    >>> format_of("instances/ex1.apx"), format_of("big.af")
    ('apx', 'i23')
    """
    suffix = os.path.splitext(os.fspath(path))[1].lower()
    try:
        return _SUFFIXES[suffix]
    except KeyError:
        raise IccmaFormatError(
            f"cannot tell the format from the extension {suffix or '(none)'!r}",
            file=str(path),
            hint="the extension tells the format (.apx, .tgf, .af, .i23); for another "
            "name, give the format: `argmap solve -fo apx`, or format='apx' in Python",
        ) from None


def _canonical_format(format: str, source: str | None = None) -> str:
    try:
        return _ALIASES[format.strip().lower()]
    except KeyError:
        raise IccmaFormatError(
            f"unknown framework format {format!r}",
            file=source,
            hint=f"choose one of: {', '.join(FORMATS)} (af is an alias of i23)",
        ) from None


# -- public reading and writing ---------------------------------------------------
def load_framework(
    path: str | os.PathLike[str],
    format: str | None = None,
    *,
    limits: Limits | None = None,
    deadline: float | None = None,
    arrays: bool | None = None,
) -> ArgumentationFramework:
    """Read an abstract framework from an ICCMA file.

    Parameters
    ----------
    path : path-like
        The file to read.
    format : {"apx", "tgf", "i23", "af"}, optional
        The format; by default chosen from the extension (see :func:`format_of`).
    limits : Limits, optional
        Bounds on the file size and the declared number of arguments (default:
        :func:`~argmap.io.limits.configured_limits`).
    deadline : float, optional
        A :func:`time.monotonic` time after which reading stops with
        :class:`TimeoutError`.
    arrays : bool, optional
        Whether a large ``i23`` file is read with NumPy, for a framework that will
        be stored in NumPy arrays anyway (see :mod:`argmap.io.i23`); by default,
        when NumPy is already imported. Either way gives the same framework.

    Raises
    ------
    IccmaFormatError
        If the file is malformed; the message names the line and what to change.
    InputLimitError
        If the file is over a limit of ``limits``.
    FileNotFoundError
        If there is no such file.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "ex.apx").write_text("arg(a). arg(b).\\natt(a, b).\\n")
    >>> af = load_framework(folder / "ex.apx")
    >>> af.arguments, sorted(af.attacks)
    (('a', 'b'), [('a', 'b')])
    """
    source = str(path)
    fmt = format_of(path) if format is None else _canonical_format(format, source)
    bounds = limits or configured_limits()
    data = read_input_bytes(path, limits=bounds)
    check_deadline(deadline, file=source)
    return _parse(data, fmt, source, ReadingBudget(bounds, deadline, source), arrays)


def loads_framework(
    text: str | bytes,
    format: str,
    *,
    limits: Limits | None = None,
    arrays: bool | None = None,
) -> ArgumentationFramework:
    """Read an abstract framework from the text of an ICCMA file (see :func:`load_framework`).

    Examples
    --------
    >>> af = loads_framework("p af 3\\n1 2\\n# a comment\\n2 3\\n", "i23")
    >>> af.arguments, af.sorted_attacks()
    (('1', '2', '3'), [('1', '2'), ('2', '3')])
    >>> loads_framework("a\\nb\\n#\\na b\\n", "tgf").sorted_attacks()
    [('a', 'b')]
    """
    data = text.encode("utf-8") if isinstance(text, str) else text
    return _parse(
        data, _canonical_format(format), None, ReadingBudget(limits or configured_limits()), arrays
    )


def dumps_framework(af: ArgumentationFramework, format: str) -> str:
    """The text of ``af`` in an ICCMA format (deterministic: framework order).

    Examples
    --------
    >>> af = ArgumentationFramework(["a", "b"], [("a", "b")])
    >>> print(dumps_framework(af, "apx"), end="")
    arg(a).
    arg(b).
    att(a,b).
    >>> print(dumps_framework(af, "i23"), end="")
    p af 2
    1 2
    """
    fmt = _canonical_format(format)
    if fmt == "apx":
        return _dumps_apx(af)
    if fmt == "tgf":
        from argmap.io.tgf import dumps_tgf

        return dumps_tgf(af)
    from argmap.io.i23 import dumps_i23

    return dumps_i23(af)


def dump_framework(
    af: ArgumentationFramework, path: str | os.PathLike[str], format: str | None = None
) -> None:
    """Write ``af`` to ``path`` atomically (a temporary file renamed over ``path``).

    The format comes from the extension unless given. See :func:`dumps_framework`.
    """
    source = str(path)
    fmt = format_of(path) if format is None else _canonical_format(format, source)
    try:
        text = dumps_framework(af, fmt)
    except IccmaFormatError as exc:
        raise IccmaFormatError(exc.message, file=source, hint=exc.hint) from None
    from argmap.atomic import write_text_atomic  # here: reading starts without it

    write_text_atomic(path, text)


# -- parsing -----------------------------------------------------------------------
class ReadingBudget:
    """What a reader may spend: the limits, and the deadline checked every few lines."""

    EVERY: Final = 4096
    """Lines read between two looks at the clock."""

    def __init__(
        self, limits: Limits, deadline: float | None = None, source: str | None = None
    ) -> None:
        self.limits = limits
        self.deadline = deadline
        self.source = source

    def tick(self, number: int) -> None:
        """Raise :class:`TimeoutError` past the deadline (looks every :attr:`EVERY` lines)."""
        if self.deadline is not None and number % self.EVERY == 0:
            check_deadline(self.deadline, file=self.source)

    def arguments(self, count: int, line: int | None = None) -> None:
        """Refuse ``count`` arguments over ``max_arguments``."""
        check_count(
            "arguments",
            count,
            self.limits.max_arguments,
            limit_name="max_arguments",
            file=self.source,
            line=line,
        )


def _parse(
    data: bytes,
    fmt: str,
    source: str | None,
    budget: ReadingBudget,
    arrays: bool | None = None,
) -> ArgumentationFramework:
    data = data.removeprefix(b"\xef\xbb\xbf")
    if fmt == "i23":
        from argmap.io.i23 import parse_i23

        if arrays is None:
            import sys

            arrays = "numpy" in sys.modules
        return parse_i23(data, source, budget, arrays=arrays)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise IccmaFormatError(
            "the file is not UTF-8 text", file=source, line=line, hint="save the file as UTF-8"
        ) from None
    if fmt == "apx":
        af = _parse_apx(text, source)
    else:
        from argmap.io.tgf import parse_tgf

        af = parse_tgf(text, source, budget)
    budget.arguments(len(af))
    return af


def _position(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of ``offset`` in ``text``."""
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, column


def _framework(
    names: Sequence[str], sources: Sequence[str], targets: Sequence[str]
) -> ArgumentationFramework:
    """The framework of declared ``names`` and attacks between declared names."""
    position = {name: i for i, name in enumerate(names)}
    return ArgumentationFramework.from_indices(
        names,
        list(map(position.__getitem__, sources)),
        list(map(position.__getitem__, targets)),
    )


# ---- apx ----
_NAME = QUOTED_TERM + r'|[^\s(),."%]+'


@functools.cache
def _fact_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """One apx fact (or comment) with its leading blanks, named groups; and facts and
    comments without blanks, matched so that a fact inside a comment is not read.
    Compiled on first use: the usual layout is read without them (nor :mod:`re`)."""
    import re

    one = re.compile(
        rf"""\s*(?:
            %[^\n]*
          | (?P<pred>arg|att)\s*\(\s*(?P<first>{_NAME})\s*(?:,\s*(?P<second>{_NAME})\s*)?\)\s*\.
        )""",
        re.VERBOSE,
    )
    every = re.compile(
        rf"%[^\n]*|(arg|att)\s*\(\s*({_NAME})\s*(?:,\s*({_NAME})\s*)?\)\s*\.",
    )
    return one, every


_unquote = name_of_term


def _parse_apx(text: str, source: str | None) -> ArgumentationFramework:
    """Read apx facts; on any doubt, :func:`_scan_apx` finds the first problem."""
    plain = _apx_plain(text)
    if plain is not None:
        names, first, second = plain
        position = dict(zip(names, range(len(names)), strict=True))
        try:
            sources = list(map(position.__getitem__, first))
            targets = list(map(position.__getitem__, second))
        except KeyError:
            _scan_apx(text, source)
        # positions looked up among the arguments: nothing left to check
        return ArgumentationFramework.from_indices(names, sources, targets, checked=True)
    declared, pairs = _apx_general(text, source)
    attackers = [a for a, _ in pairs]
    attacked = [b for _, b in pairs]
    if not declared.keys() >= set(attackers) | set(attacked):
        _scan_apx(text, source)
    return _framework(list(declared), attackers, attacked)


def _apx_plain(text: str) -> tuple[list[str], list[str], list[str]] | None:
    """The arguments (in declaration order, once each) and the two ends of the attacks
    of a file in the usual layout, or ``None`` when it is laid out otherwise.

    The usual layout: each blank-separated token is one fact, the ``arg`` facts come
    before the ``att`` facts, and there is no comment and no quoted name. The names
    are cut out of the facts by C-speed string methods, then vouched for: they hold
    none of the characters that end a name, and putting them back into facts gives
    the text exactly.
    """
    if "%" in text or '"' in text:
        return None
    # One fact per line, as written by most tools; otherwise the blanks normalised.
    return _apx_lines("\n" + text.strip()) or _apx_lines("\n" + "\n".join(text.split()))


def _apx_lines(facts: str) -> tuple[list[str], list[str], list[str]] | None:
    """:func:`_apx_plain` on ``facts``: ``"\\n"`` before each fact, nothing else."""
    boundary = facts.find("\natt(")
    if boundary < 0:
        boundary = len(facts)
    declared, attacks = facts[:boundary], facts[boundary:]
    names = _names_in(declared, "\narg(")
    if not names or _rebuilt(("\narg(", names, ")."), len(names)) != declared:
        return None
    ends = _names_in(attacks.replace(",", " "), "\natt(")
    if ends is None or len(ends) % 2:
        return None
    first, second = ends[0::2], ends[1::2]
    if _rebuilt(("\natt(", first, ",", second, ")."), len(first)) != attacks:
        return None
    if len(set(names)) != len(names):
        names = list(dict.fromkeys(names))
    return names, first, second


def _names_in(facts: str, opening: str) -> list[str] | None:
    """The names between ``opening`` and ``).`` in ``facts``, or ``None`` when a name
    would hold a character that ends a name."""
    inside = facts.replace(opening, " ").replace(").", " ")
    if "(" in inside or ")" in inside or "." in inside or "," in inside:
        return None
    return inside.split()


def _rebuilt(parts: tuple[str | list[str], ...], count: int) -> str:
    """``count`` facts put together from ``parts``: fixed strings and lists of names."""
    pieces: list[str] = [""] * (len(parts) * count)
    for k, part in enumerate(parts):
        pieces[k :: len(parts)] = [part] * count if isinstance(part, str) else part
    return "".join(pieces)


def _apx_general(
    text: str, source: str | None
) -> tuple[dict[str, None], dict[tuple[str, str], None]]:
    """The facts of any well-formed apx text (blanks, comments, quoted names)."""
    # The second pattern, unlike the first, does not start with blanks: removing its
    # matches takes one pass even over long runs of blanks.
    every = _fact_patterns()[1]
    if every.sub("", text).strip():
        _scan_apx(text, source)
    names: dict[str, None] = {}
    attacks: dict[tuple[str, str], None] = {}
    quoted = '"' in text
    for predicate, first, second in every.findall(text):
        if not predicate:
            continue
        if predicate == "arg" and not second:
            names[_unquote(first) if quoted else first] = None
        elif predicate == "att" and second:
            if quoted:
                first, second = _unquote(first), _unquote(second)
            attacks[first, second] = None
        else:
            _scan_apx(text, source)
    return names, attacks


def _scan_apx(text: str, source: str | None) -> NoReturn:
    """Walk the facts one by one and raise :class:`IccmaFormatError` at the first problem."""
    names: set[str] = set()
    attacks: dict[tuple[str, str], int] = {}
    position = 0
    match_at = _fact_patterns()[0].match
    while True:
        found = match_at(text, position)
        if found is None or found.end() == position:
            break
        predicate = found.group("pred")
        if predicate is not None:
            first = _unquote(found.group("first"))
            second = found.group("second")
            if predicate == "arg":
                if second is not None:
                    _apx_error(
                        text,
                        found.start("second"),
                        source,
                        "arg/1 takes one name",
                        "write one fact arg(NAME). per argument",
                    )
                names.add(first)
            elif second is None:
                _apx_error(
                    text,
                    found.end("first"),
                    source,
                    "att/2 takes two names",
                    "write att(ATTACKER,ATTACKED).",
                )
            else:
                attacks.setdefault((first, _unquote(second)), found.start("pred"))
        position = found.end()
    rest = text[position:]
    if rest.strip():
        _apx_garbage(text, position + len(rest) - len(rest.lstrip()), source)
    for (attacker, attacked), offset in attacks.items():
        for end_name in (attacker, attacked):
            if end_name not in names:
                _apx_error(
                    text,
                    offset,
                    source,
                    f"att({attacker},{attacked}) names {end_name!r}, which no arg fact declares",
                    f"add arg({end_name}). or remove the attack",
                )
    raise IccmaFormatError("cannot read the file as apx", file=source)  # pragma: no cover


def _apx_error(text: str, offset: int, source: str | None, message: str, hint: str) -> NoReturn:
    line, column = _position(text, offset)
    raise IccmaFormatError(message, file=source, line=line, column=column, hint=hint)


def _apx_garbage(text: str, offset: int, source: str | None) -> NoReturn:
    import re

    snippet = text[offset : offset + 40].split("\n", 1)[0]
    closed = re.match(r"(arg|att)\s*\([^()\n]*\)", snippet)
    if closed and not text[offset + closed.end() :].lstrip().startswith("."):
        message = f"fact {closed.group()!r} is not closed by '.'"
        hint = "end every fact with a full stop, as in arg(a)."
    elif re.match(r"(arg|att)\s*\(", snippet):
        message = f"cannot read the fact {snippet!r}"
        hint = 'names are ASP constants or "quoted strings"; write arg(a). and att(a,b).'
    else:
        message = f"cannot read {snippet!r}"
        hint = "an apx file holds only arg(NAME). and att(NAME,NAME). facts and % comments"
    _apx_error(text, offset, source, message, hint)


# -- writing ---------------------------------------------------------------------
def _dumps_apx(af: ArgumentationFramework) -> str:
    shown = [term_of_name(name) for name in af.arguments]
    lines = [f"arg({name})." for name in shown]
    for i, targets in enumerate(af.targets_of_index):
        lines.extend(f"att({shown[i]},{shown[j]})." for j in targets)
    lines.append("")
    return "\n".join(lines)


__all__ = [
    "FORMATS",
    "IccmaFormatError",
    "dump_framework",
    "dumps_framework",
    "format_of",
    "load_framework",
    "loads_framework",
]
