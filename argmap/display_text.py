"""Debate text made safe to show: terminal controls and bidirectional overrides.

A map's text comes from anyone. Shown raw, it can act instead of being read:

* in a terminal, ``ESC`` sequences recolour or clear the screen, retitle the
  window, or write the clipboard (OSC 52); a carriage return overwrites a line;
* everywhere (terminal, HTML, SVG, DOT), the bidirectional *embeddings*,
  *overrides* and *isolates* (U+202A..U+202E, U+2066..U+2069) reorder what
  follows them, so that a text reads differently from what it holds ("Trojan
  Source", CVE-2021-42574).

:func:`neutralise_bidi` replaces each of those characters with a visible
``[U+202E]`` marker: the reader sees that something was there, and nothing is
reordered. The renderers call it on every text they write (HTML, DOT and SVG);
:func:`terminal_text` adds the control characters, for everything the command
line prints. Both live here, in the lowest layer (below the model, importing
nothing of argmap), so that every output uses the same rule and the command line
uses it without loading the model.

Right-to-left text itself (Arabic, Hebrew) and the implicit marks U+200E, U+200F
and U+061C are left alone: they do not override the order of other text.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Final

BIDI_CONTROLS: Final = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
"""Embeddings, overrides and isolates: LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI."""

CONTROL_REPLACEMENT: Final = "\ufffd"
"""What a control character becomes on a terminal (the replacement character)."""

_MARKERS: Final = {ord(c): f"[U+{ord(c):04X}]" for c in BIDI_CONTROLS}
_CONTROLS: Final = (*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0))
"""C0 controls but tab and line feed, DEL, C1 controls (CSI, OSC, ...)."""
_TERMINAL: Final = {**dict.fromkeys(_CONTROLS, CONTROL_REPLACEMENT), **_MARKERS}
_TERMINAL_CHARACTERS: Final = frozenset(map(chr, _TERMINAL))

# Both functions are str.translate tables behind exact membership tests, not
# regular expressions: every command line output goes through terminal_text, and
# `argmap solve` starts without importing re. All the characters replaced are
# non-printable, so a printable text (the usual case) is returned at once.


def neutralise_bidi(text: str) -> str:
    """``text`` with each bidi embedding, override or isolate shown as ``[U+XXXX]``.

    >>> neutralise_bidi("price \u202e01$\u202c")
    'price [U+202E]01$[U+202C]'
    >>> neutralise_bidi("שלום world")
    'שלום world'
    """
    if text.isprintable() or BIDI_CONTROLS.isdisjoint(text):
        return text
    return text.translate(_MARKERS)


def terminal_text(text: str) -> str:
    """``text`` safe to print on a terminal: control characters other than tab and
    line feed become U+FFFD, bidi controls become ``[U+XXXX]`` markers.

    >>> terminal_text("ok\\x1b]52;c;ZXZpbA==\\x07 \\x1b[2J\\r\\ttab")
    'ok\ufffd]52;c;ZXZpbA==\ufffd \ufffd[2J\ufffd\\ttab'
    """
    if text.isprintable() or _TERMINAL_CHARACTERS.isdisjoint(text):
        return text
    return text.translate(_TERMINAL)


__all__ = [
    "BIDI_CONTROLS",
    "CONTROL_REPLACEMENT",
    "neutralise_bidi",
    "terminal_text",
]
