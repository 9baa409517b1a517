"""Argument names and the ASP terms that write them, one-to-one.

An apx file names arguments with ASP terms: constants such as ``a1`` and quoted
strings such as ``"a b"``. Two different terms are two different arguments, so
``arg("a")`` and ``arg(a)`` must not merge, and an answer such as
``[a,b]`` must not be read two ways: a name holding a comma, a bracket, a blank
or nothing at all cannot be printed bare. This module fixes one bijection
between names (Python strings) and terms:

* a name made only of *plain* characters (no blank, control character, quote,
  backslash, comma, bracket, parenthesis, full stop or ``%``) is written bare:
  ``a1`` ↔ ``a1``;
* a quoted term whose content is plain keeps its quotes in the name, which keeps
  it apart from the bare constant: ``"a"`` ↔ the name ``"a"`` (three characters);
* any other name is written as a quoted string with ``\\\\``, ``\\"`` and ``\\n``
  escaped (the ASP string syntax): ``a,b`` ↔ ``"a,b"``, the empty name ↔ ``""``.

The apx reader (:mod:`argmap.io.iccma`) uses :func:`name_of_term`, the apx writer
and ``argmap solve``'s ICCMA 2019 answers use :func:`term_of_name`.

Examples
--------
>>> [term_of_name(n) for n in ["a1", "a,b", "", '"a"', 'say "hi"']]
['a1', '"a,b"', '""', '"a"', '"say \\\\"hi\\\\""']
>>> [name_of_term(t) for t in ["a1", '"a,b"', '""', '"a"']]
['a1', 'a,b', '', '"a"']
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Final

PLAIN: Final = r'[^\s(),."%\[\]\\\x00-\x1f\x7f-\x9f]+'
"""The regular expression of names written bare: a run of plain characters."""

QUOTED_TERM: Final = r'"(?:[^"\\\n]|\\.)*"'
"""The regular expression of a quoted ASP string (linear: its branches are disjoint)."""

_ESCAPE: Final = {"\\": "\\\\", '"': '\\"', "\n": "\\n"}
_SPECIAL: Final = frozenset('(),."%[]\\')


def is_plain(text: str) -> bool:
    """Whether ``text`` is written bare: it matches :data:`PLAIN` whole.

    Printable ASCII, the usual name, is decided without :mod:`re` (``argmap solve``
    starts without importing it): of those characters only the space and
    :data:`_SPECIAL` are not plain.

    >>> is_plain("a1"), is_plain("a b"), is_plain("é"), is_plain("")
    (True, False, True, False)
    """
    if text.isascii() and text.isprintable():
        return bool(text) and " " not in text and _SPECIAL.isdisjoint(text)
    import re

    return re.fullmatch(PLAIN, text) is not None


def _unescape(content: str) -> str:
    import re

    return re.sub(
        r"\\(.)",
        lambda found: {"n": "\n", "\\": "\\", '"': '"'}.get(found.group(1), found.group()),
        content,
    )


def name_of_term(term: str) -> str:
    """The argument name of an apx term (bare constant or quoted string).

    >>> name_of_term('"x y"'), name_of_term('"a\\\\"b"'), name_of_term("x")
    ('x y', 'a"b', 'x')
    """
    if not term.startswith('"'):
        return term
    content = _unescape(term[1:-1])
    return term if is_plain(content) and content == term[1:-1] else content


def term_of_name(name: str) -> str:
    """The apx term that names ``name``: inverse of :func:`name_of_term`.

    >>> all(name_of_term(term_of_name(n)) == n for n in ["", "a]", "a\\\\b", '"', "é 1"])
    True
    """
    if is_plain(name):
        return name
    if len(name) > 2 and name[0] == name[-1] == '"' and is_plain(name[1:-1]):
        return name
    return '"' + "".join(_ESCAPE.get(c, c) for c in name) + '"'


__all__ = ["PLAIN", "QUOTED_TERM", "is_plain", "name_of_term", "term_of_name"]
