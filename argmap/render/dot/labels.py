"""The labels of map diagrams: wrapped paraphrases, the meta line, strength bars.

A statement's label is an HTML-like label (:func:`node_label`): the status glyph,
a small line with its id and speaker, then its paraphrase wrapped by
:func:`wrap_text`; with a strength, a bar (:func:`strength_bar`) and the number
(:func:`format_strength`) below, so that a strength reads without colour.
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterable

from argmap.render.dot.escape import clean_text, escape_html_label
from argmap.render.dot.style import (
    BAR_HEIGHT,
    BAR_WIDTH,
    MAX_LINES,
    STRENGTH_COLOUR,
    STRENGTH_FILL,
    STRENGTH_TRACK,
    WRAP,
)


def wrap_text(text: str, width: int = WRAP, max_lines: int | None = MAX_LINES) -> list[str]:
    """``text`` cut into lines of at most ``width`` characters, at most ``max_lines`` of them.

    The last line kept ends with ``…`` when text was left out.

    >>> wrap_text("one two three four five six", width=9, max_lines=2)
    ['one two', 'three…']
    """
    lines = textwrap.wrap(
        clean_text(text), width=max(width, 8), break_long_words=True, break_on_hyphens=False
    ) or [""]
    if max_lines is not None and len(lines) > max_lines:
        lines = lines[: max(max_lines, 1)]
        last = lines[-1]
        lines[-1] = (last[: max(width - 1, 1)].rstrip() if len(last) >= width else last) + "…"
    return lines


def node_label(
    glyph: str | None, meta: str, lines: Iterable[str], strength: float | None = None
) -> str:
    """An HTML-like label: the status glyph (first text), a small meta line, the text;
    with ``strength``, a table whose last row is the strength bar and number."""
    parts = []
    if glyph is not None:
        parts.append(f'<FONT POINT-SIZE="13"><B>{escape_html_label(glyph)}</B></FONT> ')
    parts.append(f'<FONT POINT-SIZE="9" COLOR="#444444">{escape_html_label(meta)}</FONT>')
    parts.append('<BR ALIGN="LEFT"/>')
    for line in lines:
        parts.append(f'{escape_html_label(line)}<BR ALIGN="LEFT"/>')
    if strength is None:
        return "<" + "".join(parts) + ">"
    return (
        '<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="0">'
        f'<TR><TD ALIGN="LEFT" BALIGN="LEFT">{"".join(parts)}</TD></TR>'
        '<TR><TD ALIGN="LEFT"><TABLE BORDER="0" CELLSPACING="0" CELLPADDING="0">'
        f"<TR><TD>{strength_bar(strength)}</TD>"
        f'<TD ALIGN="LEFT" CELLPADDING="2"><FONT POINT-SIZE="9">{format_strength(strength)}'
        "</FONT></TD></TR>"
        "</TABLE></TD></TR></TABLE>>"
    )


def format_strength(value: float) -> str:
    """A strength as shown on diagrams: two decimals, clamped to ``[0, 1]``.

    >>> format_strength(0.8249), format_strength(1.0000001), format_strength(-0.0)
    ('0.82', '1.00', '0.00')
    """
    return f"{_clamped(value):.2f}"


def _clamped(value: float) -> float:
    return min(max(float(value), 0.0), 1.0) + 0.0  # + 0.0 turns -0.0 into 0.0


def strength_bar(value: float) -> str:
    """An HTML-like table drawing ``value`` (in ``[0, 1]``) as a horizontal bar.

    The bar is :data:`BAR_WIDTH` points long: the first ``round(value * BAR_WIDTH)``
    points are dark (:data:`STRENGTH_COLOUR`), the rest light grey, inside a
    thin frame, so that its length reads without colour.

    >>> strength_bar(0.5).count('WIDTH="30"')
    2
    >>> 'BGCOLOR="#E4E4E4"' in strength_bar(1.0)
    False
    """
    filled = round(_clamped(value) * BAR_WIDTH)
    cells = []
    for width, colour in ((filled, STRENGTH_COLOUR), (BAR_WIDTH - filled, STRENGTH_TRACK)):
        if width > 0:
            cells.append(
                f'<TD WIDTH="{width}" HEIGHT="{BAR_HEIGHT}" FIXEDSIZE="TRUE" '
                f'BGCOLOR="{colour}"></TD>'
            )
    return (
        f'<TABLE BORDER="1" COLOR="{STRENGTH_COLOUR}" CELLBORDER="0" CELLSPACING="0" '
        f'CELLPADDING="0" FIXEDSIZE="TRUE" WIDTH="{BAR_WIDTH + 2}" HEIGHT="{BAR_HEIGHT + 2}">'
        f"<TR>{''.join(cells)}</TR></TABLE>"
    )


def strength_fill(value: float) -> str:
    """The fill colour of an inference of strength ``value``: white at 0, light blue at 1.

    >>> strength_fill(0.0), strength_fill(1.0)
    ('#FFFFFF', '#9CC9E6')
    """
    amount = _clamped(value)
    channels = (round(255 + (c - 255) * amount) for c in STRENGTH_FILL)
    return "#" + "".join(f"{c:02X}" for c in channels)
