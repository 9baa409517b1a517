"""ICCMA formats: tolerant reading, precise errors, round trips, the large-file fast path."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from argmap.frameworks.abstract import ArgumentationFramework
from argmap.io import i23, iccma
from argmap.io.iccma import (
    IccmaFormatError,
    dump_framework,
    dumps_framework,
    format_of,
    load_framework,
    loads_framework,
)
from argmap.io.limits import InputLimitError, Limits

# -- apx --------------------------------------------------------------------------


def test_apx_tolerates_blanks_comments_and_several_facts_per_line() -> None:
    text = """% a comment line
arg(a). arg( b ).arg(c)  .

att(a, b).   % attack with a blank after the comma
  att ( b ,c ) . att(c,a).
arg(a).
"""
    af = loads_framework(text, "apx")
    assert af.arguments == ("a", "b", "c")
    assert af.sorted_attacks() == [("a", "b"), ("b", "c"), ("c", "a")]


def test_apx_facts_without_blanks_between_them() -> None:
    af = loads_framework("arg(a).arg(b).att(a,b).\narg(c).att(b,c).", "apx")
    assert af.arguments == ("a", "b", "c")
    assert af.sorted_attacks() == [("a", "b"), ("b", "c")]


def test_apx_fact_inside_a_comment_is_not_read() -> None:
    af = loads_framework("arg(a). % arg(z). att(a,z).\n", "apx")
    assert af.arguments == ("a",)
    assert af.number_of_attacks() == 0


def test_apx_never_makes_a_phantom_argument_from_a_blank() -> None:
    af = loads_framework("arg(a).\narg(b).\natt(a, b).\natt(b,\ta).\n", "apx")
    assert " b" not in af and "\ta" not in af
    assert af.attacks == {("a", "b"), ("b", "a")}


def test_apx_quoted_names_and_repeated_attacks() -> None:
    af = loads_framework('arg("x y"). arg(z). att("x y",z). att("x y", z).', "apx")
    assert af.arguments == ("x y", "z")
    assert af.number_of_attacks() == 1


@pytest.mark.parametrize(
    ("text", "line", "column", "message"),
    [
        ("arg(a).\natt(a,b).\n", 2, 1, "names 'b', which no arg fact declares"),
        ("arg(a).\narg(b)\natt(a,b).\n", 2, 1, "is not closed by '.'"),
        ("arg(a).\n\nhello world\n", 3, 1, "cannot read 'hello world'"),
        ("arg(a).\natt(a).\n", 2, 6, "att/2 takes two names"),
        ("arg(a).\narg(a,b).\n", 2, 7, "arg/1 takes one name"),
        ("arg(a). att(a,a). arg((b)).\n", 1, 19, "cannot read the fact"),
    ],
)
def test_apx_errors_name_the_line_and_column(
    text: str, line: int, column: int, message: str
) -> None:
    with pytest.raises(IccmaFormatError) as info:
        loads_framework(text, "apx")
    error = info.value
    assert (error.line, error.column) == (line, column)
    assert message in error.message
    assert error.hint


def test_apx_error_message_reads_file_line_column(tmp_path: Path) -> None:
    path = tmp_path / "broken.apx"
    path.write_text("arg(a).\natt(a,b).\n")
    with pytest.raises(IccmaFormatError) as info:
        load_framework(path)
    text = str(info.value)
    assert text.startswith(f"{path}:2:1: att(a,b) names 'b'")
    assert "fix: add arg(b). or remove the attack" in text


_FRAGMENTS = ["arg(", "att(", "a", "b", "c.d", ",", ")", ").", ".", "(", "\n", " ", "\r\n"]


def _apx_outcome(text: str) -> object:
    try:
        af = loads_framework(text, "apx")
    except IccmaFormatError as error:
        return (error.line, error.column, error.message)
    return (af.arguments, af.sorted_attacks())


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(["arg(a).", "arg(b).", "att(a,b).", "att(b,a).", "arg(c.d)."]),
            st.lists(st.sampled_from(_FRAGMENTS), max_size=6).map("".join),
        ),
        max_size=8,
    ),
    st.sampled_from(["\n", "\r\n", " ", "\n\n"]),
)
def test_apx_plain_layout_reading_agrees_with_the_careful_reading(
    facts: list[str], blank: str
) -> None:
    # The usual layout (one fact a token, declarations first) is cut apart by string
    # methods; anything it cannot vouch for must read as the careful reader reads it.
    text = "arg(a).\narg(b).\n" + blank.join(facts)
    fast = _apx_outcome(text)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(iccma, "_apx_plain", lambda _text: None)
        careful = _apx_outcome(text)
    assert fast == careful


@pytest.mark.parametrize(
    "text",
    [
        "arg(a).\narg(b).\natt(a,b,c).\natt(b).\n",
        "arg(a).\narg((b).\n",
        "arg(a).\narg(b,c).\n",
        "arg(a).\narg(b.c).\n",
        "arg(a).\natt(a,a).\narg(b).\natt(b,a).\n",
    ],
)
def test_apx_fast_reading_declines_what_it_cannot_vouch_for(text: str) -> None:
    assert iccma._apx_plain(text) is None


def test_apx_fast_reading_of_the_usual_layout() -> None:
    text = "arg(a).\r\narg(b).\r\narg(a).\r\n\r\natt(b,a).\r\natt(b,a).\r\n"
    assert iccma._apx_plain(text) == (["a", "b"], ["b", "b"], ["a", "a"])
    af = loads_framework(text, "apx")
    assert (af.arguments, af.sorted_attacks()) == (("a", "b"), [("b", "a")])


# -- i23 ----------------------------------------------------------------------------


@pytest.fixture(params=["plain", "numpy"])
def i23_reader(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Run an i23 test through the plain-Python reader and through the NumPy one."""
    if request.param == "numpy":
        import numpy  # noqa: F401 -- loaded NumPy makes the readers choose it

        monkeypatch.setattr(i23, "PYTHON_LINES", -1)
    return str(request.param)


def test_i23_reads_header_comments_and_blank_lines(i23_reader: str) -> None:
    af = loads_framework("# made by hand\np af 4\n1 2\n\n# the cycle\n3 4\n4 3\n", "i23")
    assert af.arguments == ("1", "2", "3", "4")
    assert af.sorted_attacks() == [("1", "2"), ("3", "4"), ("4", "3")]


def test_i23_tolerates_tabs_crlf_and_extra_blanks(i23_reader: str) -> None:
    af = loads_framework("p af 3\r\n1\t2\r\n 2  3 \r\n", "af")
    assert af.sorted_attacks() == [("1", "2"), ("2", "3")]


def test_i23_without_attacks_and_with_repeats(i23_reader: str) -> None:
    assert loads_framework("p af 2\n", "i23").number_of_attacks() == 0
    assert loads_framework("p af 2\n1 2\n1 2\n", "i23").number_of_attacks() == 1


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("1 2\n", 1, "expected the header 'p af N'"),
        ("p af three\n1 2\n", 1, "expected the header 'p af N'"),
        ("p aba 3\n", 1, "this is an ABA framework"),
        ("p af 3\n1 2\n2 4\n", 3, "argument 4 is out of range 1..3"),
        ("p af 3\n1 2\n0 1\n", 3, "argument 0 is out of range 1..3"),
        ("p af 3\n1 2\n2 x\n", 3, "cannot read the attack line '2 x'"),
        ("p af 3\n1 2 3\n", 2, "cannot read the attack line '1 2 3'"),
        ("p af 3\n\n1\n2 3\n", 3, "cannot read the attack line '1'"),
    ],
)
def test_i23_errors_name_the_line(text: str, line: int, message: str, i23_reader: str) -> None:
    with pytest.raises(IccmaFormatError) as info:
        loads_framework(text, "i23")
    assert info.value.line == line
    assert message in info.value.message
    assert info.value.hint


def test_i23_missing_header(i23_reader: str) -> None:
    with pytest.raises(IccmaFormatError, match="no 'p af N' header"):
        loads_framework("# only a comment\n\n", "i23")


def test_i23_out_of_range_reports_the_column(i23_reader: str) -> None:
    with pytest.raises(IccmaFormatError) as info:
        loads_framework("p af 3\n1  7\n", "i23")
    assert (info.value.line, info.value.column) == (2, 4)


# -- formats, files, round trips -------------------------------------------------------


def test_format_of_extensions() -> None:
    assert [format_of(f"x.{e}") for e in ("apx", "tgf", "af", "i23", "APX")] == [
        "apx",
        "tgf",
        "i23",
        "i23",
        "apx",
    ]
    with pytest.raises(IccmaFormatError, match="cannot tell the format"):
        format_of("x.txt")
    with pytest.raises(IccmaFormatError, match="unknown framework format 'dot'"):
        loads_framework("", "dot")


def test_not_utf8_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "latin.apx"
    path.write_bytes(b"arg(a).\narg(\xe9).\n")
    with pytest.raises(IccmaFormatError) as info:
        load_framework(path)
    assert info.value.line == 2 and "not UTF-8" in info.value.message


SAMPLE = ArgumentationFramework(
    ["a", "b", "c", "d"], [("a", "b"), ("b", "a"), ("b", "c"), ("c", "d"), ("d", "d")]
)


def test_round_trip_apx_tgf_keeps_names(tmp_path: Path) -> None:
    for fmt in ("apx", "tgf"):
        path = tmp_path / f"sample.{fmt}"
        dump_framework(SAMPLE, path)
        back = load_framework(path)
        assert back == SAMPLE
        assert back.arguments == SAMPLE.arguments
    apx_to_tgf = loads_framework(dumps_framework(SAMPLE, "apx"), "apx")
    assert loads_framework(dumps_framework(apx_to_tgf, "tgf"), "tgf") == SAMPLE


def test_round_trip_through_i23_numbers_by_position(tmp_path: Path) -> None:
    path = tmp_path / "sample.i23"
    dump_framework(SAMPLE, path)
    numbered = load_framework(path)
    assert numbered.arguments == ("1", "2", "3", "4")
    renamed = {str(i + 1): name for i, name in enumerate(SAMPLE.arguments)}
    assert {(renamed[a], renamed[b]) for a, b in numbered.attacks} == SAMPLE.attacks
    # i23 -> apx -> tgf -> i23 gives the same text back
    text = path.read_text()
    again = loads_framework(dumps_framework(numbered, "apx"), "apx")
    again = loads_framework(dumps_framework(again, "tgf"), "tgf")
    assert dumps_framework(again, "i23") == text


def test_dump_is_atomic_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    path = tmp_path / "out.apx"
    path.write_text("old")
    dump_framework(SAMPLE, path)
    assert path.read_text().startswith("arg(a).")
    assert [p.name for p in tmp_path.iterdir()] == ["out.apx"]


def test_names_that_a_format_cannot_hold() -> None:
    spaced = ArgumentationFramework(["a b", "c"], [("a b", "c")])
    assert loads_framework(dumps_framework(spaced, "apx"), "apx") == spaced
    with pytest.raises(IccmaFormatError, match="cannot be written in tgf"):
        dumps_framework(spaced, "tgf")
    quoted = ArgumentationFramework(['say "hi"', "two\nlines", "back\\slash"], [])
    text = dumps_framework(quoted, "apx")
    assert 'arg("say \\"hi\\"").' in text
    assert loads_framework(text, "apx") == quoted


def test_dump_error_names_the_file(tmp_path: Path) -> None:
    spaced = ArgumentationFramework(["a b"], [])
    with pytest.raises(IccmaFormatError) as info:
        dump_framework(spaced, tmp_path / "x.tgf")
    assert str(info.value).startswith(str(tmp_path / "x.tgf"))


# -- published instances ---------------------------------------------------------------


def test_iccma19_apx_and_tgf_agree(shared_dir: Path) -> None:
    folder = shared_dir / "bench" / "iccma" / "iccma19_probo2"
    apx = load_framework(folder / "Medium-result-b1.apx")
    tgf = load_framework(folder / "Medium-result-b1.tgf")
    assert (len(apx), apx.number_of_attacks()) == (438, 77717)
    assert apx == tgf


def test_iccma23_large_instance_fast_path(shared_dir: Path) -> None:
    path = shared_dir / "bench" / "iccma" / "iccma23_crusti_g2io" / "crusti_g2io_125_0.5_31_29.af"
    af = load_framework(path)
    assert len(af) == 3875
    sources, targets = af.attack_indices
    # the first attack lines of the file are "4 1", "1 6", "6 1"
    pairs = set(zip(sources.tolist(), targets.tolist(), strict=True))
    assert {(3, 0), (0, 5), (5, 0)} <= pairs
    lines = [line for line in path.read_text().splitlines()[1:] if line.strip() and line[0] != "#"]
    assert af.number_of_attacks() == len({tuple(line.split()) for line in lines})


def test_i23_readers_agree_on_a_random_file(monkeypatch: pytest.MonkeyPatch) -> None:
    import random

    rng = random.Random(11)
    lines = ["p af 60", "# generated"]
    lines += [f"{rng.randint(1, 60)} {rng.randint(1, 60)}" for _ in range(400)]
    text = "\n".join(lines) + "\n"
    plain = loads_framework(text, "i23")
    monkeypatch.setattr(i23, "PYTHON_LINES", -1)
    through_numpy = loads_framework(text, "i23", arrays=True)
    assert plain == through_numpy
    assert plain.attack_positions() == through_numpy.attack_positions()
    assert plain.number_of_attacks() == len({line for line in lines[2:]})


# -- hostile files: bounded, linear, and a clear error -------------------------------


@pytest.mark.parametrize("declared", ["99999999999", "100000000", "9" * 5000])
def test_i23_header_declaring_too_many_arguments_is_refused_at_once(declared: str) -> None:
    started = time.monotonic()
    with pytest.raises(InputLimitError, match=r"^<input>:1: .* arguments, over the limit"):
        loads_framework(f"p af {declared}\n", "i23")
    assert time.monotonic() - started < 1


def test_i23_header_within_a_configured_limit() -> None:
    assert len(loads_framework("p af 5\n", "i23", limits=Limits(max_arguments=5))) == 5
    with pytest.raises(InputLimitError, match="6 arguments, over the limit of 5"):
        loads_framework("p af 6\n", "i23", limits=Limits(max_arguments=5))


def test_i23_attack_number_of_thousands_of_digits_is_out_of_range() -> None:
    with pytest.raises(IccmaFormatError, match=r":2:.*argument 999999999999\.\.\. is out of range"):
        loads_framework("p af 2\n1 " + "9" * 5000 + "\n", "i23")


def test_apx_is_linear_on_runs_of_blanks_before_a_broken_fact() -> None:
    text = "arg(a)." + " " * 40_000 + "x"
    started = time.monotonic()
    with pytest.raises(IccmaFormatError, match=r":1:40008: cannot read 'x'"):
        loads_framework(text, "apx")
    assert time.monotonic() - started < 1


@pytest.mark.parametrize(
    ("fmt", "text"),
    [("apx", "arg(a).\natt(a,a).\n"), ("tgf", "a\n#\na a\n"), ("i23", "p af 1\n1 1\n")],
)
def test_utf8_byte_order_mark_is_accepted_in_every_format(fmt: str, text: str) -> None:
    af = loads_framework(b"\xef\xbb\xbf" + text.encode(), fmt)
    assert len(af) == 1 and af.number_of_attacks() == 1


def test_reading_stops_at_the_deadline(tmp_path: Path) -> None:
    path = tmp_path / "slow.tgf"
    path.write_text("a\n#\n" + "a a\n" * 10_000, encoding="utf-8")
    with pytest.raises(TimeoutError, match="time limit ran out while reading"):
        load_framework(path, deadline=time.monotonic() - 1)


def test_framework_file_over_the_size_limit_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "big.apx"
    path.write_text("arg(a).\n" * 10, encoding="utf-8")
    with pytest.raises(InputLimitError, match="80 bytes, over the limit of 79"):
        load_framework(path, limits=Limits(max_file_bytes=79))
