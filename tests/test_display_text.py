"""Debate text made safe to show: one rule for the terminal, HTML, SVG and DOT."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from argmap.display_text import (
    BIDI_CONTROLS,
    CONTROL_REPLACEMENT,
    neutralise_bidi,
    terminal_text,
)


def test_osc52_clipboard_write_and_ansi_sequences_are_inert() -> None:
    payload = "\x1b]52;c;ZWNobyBwd25lZA==\x07\x1b[31mred\x1b[0m\x9b2J\rover"
    shown = terminal_text(payload)
    assert "\x1b" not in shown and "\x07" not in shown and "\x9b" not in shown
    assert "\r" not in shown
    assert shown == (
        f"{CONTROL_REPLACEMENT}]52;c;ZWNobyBwd25lZA=={CONTROL_REPLACEMENT}"
        f"{CONTROL_REPLACEMENT}[31mred{CONTROL_REPLACEMENT}[0m{CONTROL_REPLACEMENT}2J"
        f"{CONTROL_REPLACEMENT}over"
    )


def test_line_breaks_tabs_and_right_to_left_text_are_kept() -> None:
    text = "one\n\ttwo עברית العربية \u200f"
    assert terminal_text(text) == text
    assert neutralise_bidi(text) == text


def test_every_bidi_override_and_isolate_is_flagged() -> None:
    for character in sorted(BIDI_CONTROLS):
        assert neutralise_bidi(f"a{character}b") == f"a[U+{ord(character):04X}]b"
        assert terminal_text(character) == f"[U+{ord(character):04X}]"


@given(st.text())
def test_terminal_text_holds_no_control_and_no_bidi_override(text: str) -> None:
    shown = terminal_text(text)
    assert not any(c in BIDI_CONTROLS for c in shown)
    assert all(c in "\t\n" or not (ord(c) < 32 or 0x7F <= ord(c) <= 0x9F) for c in shown)
    assert terminal_text(shown) == shown
