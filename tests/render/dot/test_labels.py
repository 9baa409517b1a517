"""Labels of map diagrams: wrapped text, strengths as numbers and bars."""

from __future__ import annotations

import re

import hypothesis.strategies as st
from hypothesis import given

from argmap.render.dot import (
    format_strength,
    strength_bar,
    strength_fill,
    wrap_text,
)


def test_strength_bar_lengths() -> None:
    def cells(value: float) -> list[tuple[str, str]]:
        return re.findall(
            r'<TD WIDTH="(\d+)" HEIGHT="7" FIXEDSIZE="TRUE" BGCOLOR="([^"]+)"', strength_bar(value)
        )

    assert cells(0.25) == [("15", "#444444"), ("45", "#E4E4E4")]
    assert cells(0.0) == [("60", "#E4E4E4")]
    assert cells(1.0) == [("60", "#444444")]
    assert strength_bar(1.5) == strength_bar(1.0) and strength_bar(-1) == strength_bar(0.0)
    assert strength_fill(0.5) == "#CEE4F2"


@given(st.text(max_size=300), st.integers(8, 40), st.integers(1, 8))
def test_wrapped_lines_fit_and_are_counted(text: str, width: int, max_lines: int) -> None:
    lines = wrap_text(text, width, max_lines)
    assert 1 <= len(lines) <= max_lines
    assert all(len(line) <= width for line in lines)


def test_a_cut_label_ends_with_an_ellipsis() -> None:
    assert wrap_text("one two three four five six", width=9, max_lines=2) == ["one two", "three…"]
    assert wrap_text("one two", width=9, max_lines=2) == ["one two"]


def test_strengths_show_two_decimals_clamped() -> None:
    assert [format_strength(v) for v in (0.005, 0.995, 2.0, -0.3)] == [
        "0.01",
        "0.99",
        "1.00",
        "0.00",
    ]
