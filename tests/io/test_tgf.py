"""The tgf reader: the usual layout's fast path agrees with the line-by-line one."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from argmap.io import tgf
from argmap.io.iccma import IccmaFormatError, loads_framework


def test_tgf_reads_names_then_attacks() -> None:
    af = loads_framework("a\nb\n\nc\n#\na b\n  b c  \n\n", "tgf")
    assert af.arguments == ("a", "b", "c")
    assert af.sorted_attacks() == [("a", "b"), ("b", "c")]


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("a\nb\n#\na c\n", 4, "names 'c', which is not listed before '#'"),
        ("a\nb\n#\na b c\n", 4, "holds 3 names, not two"),
        ("a\na b\n#\n", 2, "holds 2 names, not one"),
        ("a\n# x\n", 2, "holds more than '#'"),
    ],
)
def test_tgf_errors_name_the_line(text: str, line: int, message: str) -> None:
    with pytest.raises(IccmaFormatError) as info:
        loads_framework(text, "tgf")
    assert info.value.line == line
    assert message in info.value.message


def _tgf_outcome(text: str) -> object:
    try:
        af = loads_framework(text, "tgf")
    except IccmaFormatError as error:
        return (error.line, error.column, error.message)
    return (af.arguments, af.sorted_attacks())


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(["a", "b", "c", "a b", "b a", "a  b", "a b c", "#", " ", "", "d"])),
    st.lists(st.sampled_from(["a b", "b a", "a c", "a", "a b c", "#", "a\tb", "", " a b"])),
    st.sampled_from(["\n", "\r\n"]),
)
def test_tgf_usual_layout_reading_agrees_with_the_line_by_line_reading(
    listed: list[str], attacks: list[str], end: str
) -> None:
    text = end.join([*listed, "#", *attacks]) + end
    fast = _tgf_outcome(text)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(tgf, "_tgf_plain", lambda _text: None)
        careful = _tgf_outcome(text)
    assert fast == careful


def test_tgf_usual_layout_is_read_by_the_fast_path() -> None:
    af = tgf._tgf_plain("a\nb\nc\nb\n#\na b\nb c\na b\n")
    assert af is not None
    assert (af.arguments, af.sorted_attacks()) == (("a", "b", "c"), [("a", "b"), ("b", "c")])
    assert tgf._tgf_plain("a\n#\na z\n") is None
    assert tgf._tgf_plain("a\n#") is not None
