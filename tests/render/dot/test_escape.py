"""The one escaper of DOT: each place's rule, checked against its inverse and the stdlib."""

from __future__ import annotations

import html
import re

import hypothesis.strategies as st
import pytest
from hypothesis import given

from argmap.frameworks import AF
from argmap.render.dot import (
    MAX_QUOTED_CHARS,
    clean_text,
    escape,
    escape_dot_string,
    escape_html_label,
    escape_tooltip,
    framework_to_dot,
    map_to_dot,
)
from argmap.render.dot.syntax import attributes, digraph
from tests.render.conftest import nasty_map

TEXT = st.text(
    alphabet=st.characters() | st.sampled_from("\\\"&<>]'{}|"),
    max_size=60,
)


def unquote(escaped: str, backslashes: int) -> str:
    """The text a quoted string shows, reading ``backslashes`` backslashes as one."""
    assert escaped.startswith('"') and escaped.endswith('"')
    inner = escaped[1:-1]
    pattern = re.compile(r'\\"|&amp;|' + re.escape("\\" * backslashes))
    return pattern.sub(lambda m: {'\\"': '"', "&amp;": "&"}.get(m.group(), "\\"), inner)


@given(TEXT)
def test_a_label_reads_back_as_the_cleaned_text(text: str) -> None:
    escaped = escape(text, "label")
    assert unquote(escaped, 2) == clean_text(text)
    assert re.search(r'(?<!\\)(\\\\)*"', escaped[1:-1]) is None  # no quote ends the string


@given(TEXT)
def test_a_tooltip_reads_back_after_two_rounds_of_backslashes(text: str) -> None:
    escaped = escape(text, "tooltip")
    assert unquote(escaped, 4) == clean_text(text)


@given(TEXT)
def test_html_label_text_is_the_standard_escape_plus_graphviz_own(text: str) -> None:
    expected = html.escape(clean_text(text), quote=True).replace("\\", "\\\\")
    assert escape(text, "html") == expected.replace("]", "&#93;")
    assert not set("<>\"'") & set(escape(text, "html"))


def test_the_named_escapers_are_the_one_escaper() -> None:
    text = 'a "b" \\N & <c> ]'
    assert escape_dot_string(text) == escape(text, "label") == '"a \\"b\\" \\\\N &amp; <c> ]"'
    assert escape_tooltip(text) == escape(text, "tooltip")
    assert escape_html_label(text) == escape(text, "html")


@pytest.mark.parametrize("place", ["label", "tooltip"])
def test_quoted_strings_are_cut_before_escaping(place: str) -> None:
    escaped = escape("&" * (MAX_QUOTED_CHARS + 10), place)  # type: ignore[arg-type]
    assert escaped == '"' + "&amp;" * (MAX_QUOTED_CHARS - 1) + '…"'


def test_control_and_bidi_characters_never_reach_dot() -> None:
    assert escape("a\nb\x1b[31m\u202ec", "label") == '"a b[31m[U+202E]c"'
    assert escape("a\tb\x00", "html") == "a b"


def test_every_diagram_opens_with_one_header() -> None:
    for dot in (
        map_to_dot(nasty_map()),
        framework_to_dot(AF(["a", "b"], [("a", "b")])),
    ):
        lines = dot.splitlines()
        assert lines[0] == "digraph argmap {" and lines[-1] == "}"
        assert [line.split(" ", 3)[2] for line in lines[1:4]] == ["graph", "node", "edge"]
        assert dot.count("digraph") == 1


def test_digraph_indents_the_body_and_quotes_nothing_itself() -> None:
    dot = digraph({"rankdir": "BT"}, {"shape": "box"}, {}, ['"a" -> "b";', "  x;"])
    assert dot == (
        "digraph argmap {\n  graph [rankdir=BT];\n  node [shape=box];\n  edge [];\n"
        '  "a" -> "b";\n    x;\n}\n'
    )
    assert attributes({"label": "<<B>x</B>>", "id": '"n"'}) == '[label=<<B>x</B>>, id="n"]'
