"""Kialo discussion exports: both layouts, links, footnotes, escapes, errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from argmap.io import load
from argmap.io.kialo import load_kialo, loads_kialo
from argmap.model import MapValidationError

CLASSIC = """Discussion Title: Should zoos exist?

1. Zoos should exist.
1.1. Pro: Zoos protect endangered species \\(some of them\\).
1.1.1. Con: Most zoo animals are not endangered.
1.1.2. Pro: Breeding programmes brought back the
Arabian oryx.
1.2. Con: Animals suffer in captivity.
1.2.1. Con: -> See 1.1.2.
1.3. Con: Read [this report](https://example.org/r) first.
"""

NEWER = (
    "Discussion Name: Should zoos exist?\r\n"
    "\r\n"
    "1. Thesis: Zoos should exist.\r\n"
    "    1.1. Pro:\r\n"
    "        Zoos protect endangered species.[1]\r\n"
    "        1.1.1. Con:\r\n"
    "            Most zoo animals are not endangered.[2][1]\r\n"
    "    1.2. Con:\r\n"
    "        -> See 1.1.1.\r\n"
    "\r\n"
    "Sources:\r\n"
    "[1] https://example.org/species\r\n"
    "[2] Zoo census,\r\n"
    "    2021\r\n"
)


def test_classic_layout() -> None:
    m = loads_kialo(CLASSIC)
    assert m.title == "Should zoos exist?"
    assert m.issues[0].paraphrase() == "Should zoos exist?"
    assert [p.id for p in m.positions_on("issue")] == ["k1"]
    pro = m.statement("k1.1")
    assert pro.paraphrase() == "Zoos protect endangered species (some of them)."
    assert m.statement("k1.1.2").paraphrase() == (
        "Breeding programmes brought back the Arabian oryx."
    )
    assert [(s.id, s.premises, s.conclusion) for s in m.supports] == [
        ("s1.1", ("k1.1",), "k1"),
        ("s1.1.2", ("k1.1.2",), "k1.1"),
    ]
    assert [(a.id, a.source, a.target) for a in m.attacks] == [
        ("a1.1.1", "k1.1.1", "k1.1"),
        ("a1.2", "k1.2", "k1"),
        ("a1.2.1", "k1.1.2", "k1.2"),  # the link: the shared claim attacks 1.2 too
        ("a1.3", "k1.3", "k1"),
    ]
    assert "k1.2.1" not in {s.id for s in m.statements}
    report = m.statement("k1.3")
    assert report.paraphrase() == "Read this report first."
    assert report.note == "Sources: this report <https://example.org/r>"


def test_newer_layout_with_crlf_two_line_entries_and_footnotes() -> None:
    m = loads_kialo(NEWER)
    assert [s.id for s in m.statements] == ["issue", "k1", "k1.1", "k1.1.1"]
    assert m.statement("k1").answers == "issue"
    species = m.statement("k1.1")
    assert species.paraphrase() == "Zoos protect endangered species."
    assert species.note == "Sources: [1] https://example.org/species"
    census = m.statement("k1.1.1")
    assert census.note == "Sources: [2] Zoo census, 2021; [1] https://example.org/species"
    assert [(a.source, a.target) for a in m.attacks] == [("k1.1.1", "k1.1"), ("k1.1.1", "k1")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Just a text file\n", ":1: not a Kialo export"),
        ("", ":1: not a Kialo export"),
        ("Discussion Title: t\n\n", ":2: the discussion has no claims"),
        ("Discussion Title: t\n\nsome words\n1. T\n", ":3: text before the first claim"),
        (
            "Discussion Title: t\n\n1. T\n1.2.1. Pro: x\n",
            ":4: claim 1.2.1. has no parent claim 1.2.",
        ),
        ("Discussion Title: t\n\n1. T\n1.1. Pro: a\n1.1. Con: b\n", ":5: claim 1.1. is numbered"),
        ("Discussion Title: t\n\n1. T\n1.1. Pro: -> See 1.9.\n", ":4: claim 1.1. links to 1.9."),
        ("Discussion Title: t\n\n1. T\n1.1. Pro:\n", ":4: claim 1.1. has no text"),
        ("Discussion Title: t\n\n1. T\n1.1. Pro: -> See 1.\n", ":4: claim 1.1. links to its own"),
    ],
)
def test_errors_name_the_line(text: str, expected: str) -> None:
    with pytest.raises(MapValidationError) as caught:
        loads_kialo(text, file="d.txt")
    assert f"d.txt{expected}" in str(caught.value)


def test_txt_files_are_read_as_kialo_only_with_the_header(tmp_path: Path) -> None:
    (tmp_path / "zoo.txt").write_text(CLASSIC, encoding="utf-8")
    assert len(load(tmp_path / "zoo.txt").statements) == 7
    (tmp_path / "plain.txt").write_text("Hello\n", encoding="utf-8")
    with pytest.raises(MapValidationError, match="Kialo export only when"):
        load(tmp_path / "plain.txt")
    (tmp_path / "zoo.kialo").write_bytes(b"\xef\xbb\xbf" + NEWER.encode())
    assert len(load_kialo(tmp_path / "zoo.kialo").statements) == 4
    (tmp_path / "bad.kialo").write_bytes(b"Discussion Title: \xff\n")
    with pytest.raises(MapValidationError, match="not UTF-8"):
        load(tmp_path / "bad.kialo")


@st.composite
def outlines(draw: st.DrawFn) -> tuple[str, dict[str, tuple[str, str]]]:
    """A random discussion and, for each claim number, its parent and stance."""
    numbers = ["1."]
    relation: dict[str, tuple[str, str]] = {}
    for _ in range(draw(st.integers(0, 40))):
        parent = draw(st.sampled_from(numbers))
        children = sum(
            1 for n in numbers if n.startswith(parent) and n.count(".") == parent.count(".") + 1
        )
        number = f"{parent}{children + 1}."
        numbers.append(number)
        relation[number] = (parent, draw(st.sampled_from(["Pro", "Con"])))
    lines = ["Discussion Title: Random", "", "1. Root claim."]
    indent = draw(st.booleans())
    for number in numbers[1:]:
        pad = "    " * (number.count(".") - 1) if indent else ""
        lines.append(f"{pad}{number} {relation[number][1]}: Claim {number}")
    return "\n".join(lines) + "\n", relation


@settings(max_examples=80, deadline=None)
@given(outlines())
def test_every_claim_relates_to_its_parent(case: tuple[str, dict[str, tuple[str, str]]]) -> None:
    text, relation = case
    m = loads_kialo(text)
    assert len(m.statements) == len(relation) + 2
    pros = {s.premises[0]: s.conclusion for s in m.supports}
    cons = {a.source: a.target for a in m.attacks}
    for number, (parent, stance) in relation.items():
        claim, target = f"k{number[:-1]}", f"k{parent[:-1]}"
        assert (pros if stance == "Pro" else cons)[claim] == target
        assert m.statement(claim).paraphrase() == f"Claim {number}"


def test_a_large_discussion_reads_in_one_pass() -> None:
    lines = ["Discussion Title: Large", "", "1. Root."]
    for i in range(1, 3001):
        lines.append(f"1.{i}. Pro: Reason {i}.")
        lines.append(f"1.{i}.1. Con: Objection {i}.")
    m = loads_kialo("\n".join(lines))
    assert (len(m.statements), len(m.supports), len(m.attacks)) == (6002, 3000, 3000)
