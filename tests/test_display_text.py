"""Debate text made safe to show: one rule for the terminal, HTML, SVG and DOT."""

from __future__ import annotations

import re

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


# The rule written as regular expressions, the plainest statement of it: the
# translate tables must replace exactly these characters, by exactly this.
_TERMINAL_RULE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_BIDI_RULE = re.compile("[\u202a-\u202e\u2066-\u2069]")


def _by_rule(match: re.Match[str]) -> str:
    character = match.group()
    if character in BIDI_CONTROLS:
        return f"[U+{ord(character):04X}]"
    return CONTROL_REPLACEMENT


_RISKY = st.sampled_from(
    [
        "\x1b",
        "\x07",
        "\r",
        "\t",
        "\n",
        "\x7f",
        "\x85",
        "\x9b",
        "\xa0",
        "\u200b",
        "\u200f",
        *sorted(BIDI_CONTROLS),
    ]
)


@given(st.lists(st.one_of(st.text(max_size=8), _RISKY), max_size=12).map("".join))
def test_both_functions_replace_exactly_what_the_rule_names(text: str) -> None:
    assert terminal_text(text) == _TERMINAL_RULE.sub(_by_rule, text)
    assert neutralise_bidi(text) == _BIDI_RULE.sub(_by_rule, text)
