"""The lark grammar of one Argdown element."""

from __future__ import annotations

import pytest

from argmap.io.argdown.content import ElementError, parse_element, unescape


@pytest.mark.parametrize(
    ("source", "head", "title", "text"),
    [
        ("[Tea]: Tea calms.", "statement-definition", "Tea", "Tea calms."),
        ("[Tea]", "statement", "Tea", ""),
        ("<Health>: Tea is healthy.", "argument-definition", "Health", "Tea is healthy."),
        ("<Health>", "argument", "Health", ""),
        ("Just a sentence.", None, "", "Just a sentence."),
        ("[A title with spaces]: x", "statement-definition", "A title with spaces", "x"),
        (r"[A \] bracket]: x", "statement-definition", "A ] bracket", "x"),
    ],
)
def test_heads(source: str, head: str | None, title: str, text: str) -> None:
    element = parse_element(source)
    assert (element.head, element.title, element.text) == (head, title, text)


def test_trailing_tags_leave_the_text_and_inner_tags_stay() -> None:
    element = parse_element("[A]: Tea #really calms. #health #(long tag)")
    assert element.text == "Tea #really calms."
    assert element.tags == ["really", "health", "long tag"]


def test_mentions_and_links_stay_in_the_text() -> None:
    element = parse_element("See @[Tea] and @<Health>, or [the site](http://example.org/a).")
    assert element.mentions == [("statement", "Tea"), ("argument", "Health")]
    assert element.text == "See @[Tea] and @<Health>, or [the site](http://example.org/a)."


def test_data_is_yaml_at_the_end() -> None:
    element = parse_element('[A]: x {speaker: ann, quote: "a, b: c", span: [1, 5], w: {n: 1}}')
    assert element.data == {"speaker": "ann", "quote": "a, b: c", "span": [1, 5], "w": {"n": 1}}
    assert element.text == "x"


def test_escapes_are_undone() -> None:
    assert parse_element(r"[A]: 5 \# of \{x\} \\ \@[B]").text == r"5 # of {x} \ @[B]"
    assert unescape(r"\*a\_") == "*a_"


def test_continuation_lines_are_joined_with_a_space() -> None:
    assert parse_element("[A]: one\n  two\nthree").text == "one two three"


@pytest.mark.parametrize(
    ("source", "offset", "words"),
    [
        ("[A]: open { and text", 10, "unexpected '{'"),
        ("[A]: x {a: [1}", 7, "not a YAML mapping"),
        ('[A]: x {a: "unclosed}', 7, "not a YAML mapping"),
    ],
)
def test_errors_carry_their_offset(source: str, offset: int, words: str) -> None:
    with pytest.raises(ElementError) as caught:
        parse_element(source)
    assert words in caught.value.message
    assert caught.value.offset >= offset
    assert caught.value.offset < len(source)
