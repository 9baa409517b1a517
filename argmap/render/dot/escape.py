r"""The one escaper of debate text on its way into DOT, and DOT's attribute syntax.

Every text of a debate (paraphrases, quotes, names, titles, ids in tooltips)
reaches a DOT file through :func:`escape`, in one of three places:

``"label"``: inside a DOT **quoted string** (``label="..."``, node and edge
    names, ``id``, ``class``). ``"`` becomes ``\"`` (it would end the string);
    ``\`` is doubled, so that none of Graphviz's label escapes (``\N`` node
    name, ``\G`` graph name, ``\l`` left-justified line break, ...) applies;
    ``&`` becomes ``&amp;``, since Graphviz reads entities in quoted strings too.
``"tooltip"``: inside a quoted string Graphviz reads twice, as a label and then
    as a link attribute (``tooltip``, ``URL``): ``\`` is written four times,
    the rest as for ``"label"``.
``"html"``: inside a Graphviz **HTML-like label** (``label=<...>``): ``&``,
    ``<``, ``>``, ``"`` and ``'`` become entities, so no markup can be injected;
    ``\`` is doubled as in a quoted string; ``]`` becomes ``&#93;`` (Graphviz
    2.43 drops a text made only of ``]`` characters).

Before any of those, :func:`clean_text` drops what XML and Graphviz cannot carry
(control characters, lone surrogates, non-characters) and shows bidi overrides as
markers (:func:`argmap.display_text.neutralise_bidi`: "Trojan Source" text
cannot reorder a label). Quoted strings are cut at :data:`MAX_QUOTED_CHARS`
characters, before escaping, so an escape is never split.

No **record** shape is drawn (every node is a box, a diamond or plain HTML), so
``{``, ``}``, ``|`` and ``<`` have no meaning in a quoted label and are left as
they are. Node names and ids are built from the map's ids, which are restricted
to letters, digits, ``_``, ``-`` and ``.``, and still go through ``"label"``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Final, Literal

from argmap.display_text import neutralise_bidi

Place = Literal["label", "tooltip", "html"]
"""Where escaped text goes: a DOT quoted string, a tooltip (read twice), an HTML-like label."""

MAX_QUOTED_CHARS = 2_000
"""Characters of text put in one DOT quoted string (a label or a tooltip); longer
text is cut there, with ``…``. Graphviz refuses quoted strings of more than
16,384 bytes, and an escaped character takes at most 5 (``&amp;``)."""

_TABLES: Final[Mapping[Place, Mapping[int, str]]] = {
    "label": str.maketrans({"&": "&amp;", "\\": "\\\\", '"': '\\"'}),
    "tooltip": str.maketrans({"&": "&amp;", "\\": "\\\\\\\\", '"': '\\"'}),
    "html": str.maketrans(
        {
            "&": "&amp;",
            "<": "&lt;",
            ">": "&gt;",
            '"': "&quot;",
            "'": "&#x27;",
            "\\": "\\\\",
            "]": "&#93;",
        }
    ),
}
"""What each character that needs it becomes, in each place (see the module docstring)."""

_UNCARRIED = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
"""Control characters (Unicode category Cc), surrogates (Cs) and the two non-characters."""


def _replacement(match: re.Match[str]) -> str:
    return " " if match.group(0) in "\t\n\r\f\v" else ""


def clean_text(text: str) -> str:
    r"""``text`` without what XML and Graphviz cannot carry: control characters
    (tabs and line breaks become spaces), lone surrogates and non-characters; bidi
    overrides shown as markers (:func:`~argmap.display_text.neutralise_bidi`).

    >>> clean_text("a\tb\x00c\ud800")
    'a bc'
    >>> clean_text("x\u202ey")
    'x[U+202E]y'
    """
    return neutralise_bidi(_UNCARRIED.sub(_replacement, text))


def _cut(text: str) -> str:
    """``text`` cut to :data:`MAX_QUOTED_CHARS` characters."""
    if len(text) <= MAX_QUOTED_CHARS:
        return text
    return text[: MAX_QUOTED_CHARS - 1] + "…"


def escape(text: str, place: Place) -> str:
    r"""``text`` cleaned and escaped to show literally in ``place`` (see the module docstring).

    A quoted string (``label``, ``tooltip``) comes with its quotes, an HTML-like
    label's text without markup around it.

    >>> print(escape('say "hi" \\N &lt;', "label"))
    "say \"hi\" \\N &amp;lt;"
    >>> print(escape("C:\\dir", "tooltip"))
    "C:\\\\dir"
    >>> escape("<b>'x'</b>]", "html")
    '&lt;b&gt;&#x27;x&#x27;&lt;/b&gt;&#93;'
    """
    cleaned = clean_text(text)
    if place == "html":
        return cleaned.translate(_TABLES["html"])
    return '"' + _cut(cleaned).translate(_TABLES[place]) + '"'


def escape_dot_string(text: str) -> str:
    r"""``text`` as a DOT quoted string that Graphviz shows literally (:func:`escape`, ``label``).

    >>> print(escape_dot_string('say "hi" \\N &lt;'))
    "say \"hi\" \\N &amp;lt;"
    """
    return escape(text, "label")


def escape_tooltip(text: str) -> str:
    r"""``text`` as a DOT quoted string for a ``tooltip`` or ``URL`` (:func:`escape`, ``tooltip``).

    >>> print(escape_tooltip('C:\\dir "x"'))
    "C:\\\\dir \"x\""
    """
    return escape(text, "tooltip")


def escape_html_label(text: str) -> str:
    r"""``text`` for the inside of an HTML-like label (:func:`escape`, ``html``).

    >>> escape_html_label('<b>"&"</b> \\N')
    '&lt;b&gt;&quot;&amp;&quot;&lt;/b&gt; \\\\N'
    """
    return escape(text, "html")
