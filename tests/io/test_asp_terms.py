"""Names and apx terms: one-to-one, so distinct terms stay distinct arguments."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from argmap.frameworks.abstract import ArgumentationFramework
from argmap.io.asp_terms import PLAIN, is_plain, name_of_term, term_of_name
from argmap.io.iccma import dumps_framework, loads_framework

names = st.text(max_size=8)


def test_quoted_and_bare_constants_are_distinct_arguments() -> None:
    af = loads_framework('arg("a"). arg(a). att("a", a).', "apx")
    assert af.arguments == ('"a"', "a")
    assert af.sorted_attacks() == [('"a"', "a")]


def test_names_that_need_quoting_are_quoted() -> None:
    assert term_of_name("a,b") == '"a,b"'
    assert term_of_name("x y]") == '"x y]"'
    assert term_of_name("") == '""'
    assert term_of_name("a1") == "a1"
    assert term_of_name("\x1b[31m") == '"\x1b[31m"'


def test_escapes_follow_the_asp_string_syntax() -> None:
    assert term_of_name('say "hi"\\') == '"say \\"hi\\"\\\\"'
    assert name_of_term('"line\\nbreak"') == "line\nbreak"
    assert name_of_term('"keep \\t"') == "keep \\t"


@given(names)
def test_term_of_name_round_trips(name: str) -> None:
    assert name_of_term(term_of_name(name)) == name


@given(st.lists(names, unique=True, max_size=6), st.data())
def test_apx_files_round_trip_any_names(arguments: list[str], data: st.DataObject) -> None:
    attacks = []
    if arguments:
        pairs = st.tuples(st.sampled_from(arguments), st.sampled_from(arguments))
        attacks = data.draw(st.lists(pairs, unique=True, max_size=8))
    af = ArgumentationFramework(arguments, attacks)
    again = loads_framework(dumps_framework(af, "apx"), "apx")
    assert again.arguments == af.arguments
    assert again.attacks == af.attacks


@given(st.text(alphabet=st.sampled_from('ab1_-é "(),.%[]\\\t\n\x00\x7f\x85\xa0\u200b'), max_size=6))
def test_is_plain_is_the_regular_expression(text: str) -> None:
    assert is_plain(text) == (re.fullmatch(PLAIN, text) is not None)
