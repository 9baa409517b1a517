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

import re
from typing import Final

BIDI_CONTROLS: Final = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
"""Embeddings, overrides and isolates: LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI."""

_BIDI: Final = re.compile("[\u202a-\u202e\u2066-\u2069]")
_TERMINAL: Final = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
"""C0 controls but tab and line feed, DEL, C1 controls (CSI, OSC, ...), bidi controls."""

CONTROL_REPLACEMENT: Final = "\ufffd"
"""What a control character becomes on a terminal (the replacement character)."""


def _marker(match: re.Match[str]) -> str:
    return f"[U+{ord(match.group()):04X}]"


def neutralise_bidi(text: str) -> str:
    """``text`` with each bidi embedding, override or isolate shown as ``[U+XXXX]``.

    >>> neutralise_bidi("price \u202e01$\u202c")
    'price [U+202E]01$[U+202C]'
    >>> neutralise_bidi("שלום world")
    'שלום world'
    """
    return _BIDI.sub(_marker, text) if _BIDI.search(text) else text


def _terminal_replacement(match: re.Match[str]) -> str:
    character = match.group()
    return _marker(match) if character in BIDI_CONTROLS else CONTROL_REPLACEMENT


def terminal_text(text: str) -> str:
    """``text`` safe to print on a terminal: control characters other than tab and
    line feed become U+FFFD, bidi controls become ``[U+XXXX]`` markers.

    >>> terminal_text("ok\\x1b]52;c;ZXZpbA==\\x07 \\x1b[2J\\r\\ttab")
    'ok\ufffd]52;c;ZXZpbA==\ufffd \ufffd[2J\ufffd\\ttab'
    """
    return _TERMINAL.sub(_terminal_replacement, text) if _TERMINAL.search(text) else text


__all__ = [
    "BIDI_CONTROLS",
    "CONTROL_REPLACEMENT",
    "neutralise_bidi",
    "terminal_text",
]
