"""Reading Argdown text: blocks, relations, PCS, front matter, comments, @include,
and the problems reported, each with its line and column, all at once."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from argmap.io.argdown import load_argdown, loads_argdown
from argmap.io.argdown.parser import read_document
from argmap.io.limits import Limits
from argmap.model import MapValidationError


def doc_of(text: str, folder: Path | None = None):  # type: ignore[no-untyped-def]
    doc, problems = read_document(text, "t.argdown", folder)
    assert not problems, [str(p) for p in problems]
    return doc


def problems_of(text: str, folder: Path | None = None) -> list[str]:
    _, problems = read_document(text, "t.argdown", folder)
    return [str(p) for p in problems]


def test_every_relation_symbol_and_its_direction() -> None:
    doc = doc_of(
        "[A]: a\n"
        "    + [B]: b\n    <+ [C]: c\n    +> [D]: d\n"
        "    - [E]: e\n    <- [F]: f\n    -> [G]: g\n"
        "    >< [H]: h\n"
    )
    got = [(r.type, r.source.title, r.target.title) for r in doc.relations]
    assert got == [
        ("support", "B", "A"),
        ("support", "C", "A"),
        ("support", "A", "D"),
        ("attack", "E", "A"),
        ("attack", "F", "A"),
        ("attack", "A", "G"),
        ("contradictory", "A", "H"),
    ]


def test_relations_nest_to_any_depth() -> None:
    depth = 60
    lines = ["[S0]: root"] + [f"{'  ' * k}+ [S{k}]: level {k}" for k in range(1, depth)]
    doc = doc_of("\n".join(lines))
    assert [(r.source.title, r.target.title) for r in doc.relations][-1] == (
        f"S{depth - 1}",
        f"S{depth - 2}",
    )
    assert len(doc.relations) == depth - 1


def test_dedent_returns_to_the_right_parent() -> None:
    doc = doc_of("[A]: a\n  + [B]: b\n      - [C]: c\n  - [D]: d\n")
    assert [(r.source.title, r.target.title) for r in doc.relations] == [
        ("B", "A"),
        ("C", "B"),
        ("D", "A"),
    ]


def test_undercuts_in_both_directions() -> None:
    doc = doc_of("<A>: a\n    _ [U]: u\n    <_ [V]: v\n    _> <B>: b\n")
    assert [(r.type, r.source.title, r.target.title) for r in doc.relations] == [
        ("undercut", "U", "A"),
        ("undercut", "V", "A"),
        ("undercut", "A", "B"),
    ]


def test_pcs_with_intermediate_conclusion_and_rules() -> None:
    doc = doc_of(
        "<Arg>: desc\n\n(1) [P1]: p1\n(2) [P2]: p2\n-- Modus ponens, other {uses: [1, 2]} --\n"
        "(3) [C1]: c1\n(4) [P3]: p3\n-----\n(5) [C]: c\n"
    )
    argument = doc.arguments["Arg"]
    assert [(s.number, s.title, s.is_conclusion) for s in argument.pcs] == [
        (1, "P1", False),
        (2, "P2", False),
        (3, "C1", True),
        (4, "P3", False),
        (5, "C", True),
    ]
    first = argument.pcs[2].inference
    assert first is not None
    assert first.rules == ["Modus ponens", "other"]
    assert first.data == {"uses": [1, 2]}
    assert argument.description == "desc"


def test_a_pcs_without_argument_above_gets_an_untitled_argument() -> None:
    doc = doc_of("(1) [P]: p\n----\n(2) [C]: c\n")
    assert list(doc.arguments) == ["Untitled 1"]


def test_relations_below_pcs_lines() -> None:
    doc = doc_of(
        "<Arg>\n\n(1) [P]: p\n    - [X]: x\n----\n    <_ [U]: u\n(2) [C]: c\n    <_ [V]: v\n"
    )
    got = [(r.type, r.source.title, r.target.title, r.target.conclusion) for r in doc.relations]
    assert got == [
        ("attack", "X", "P", None),
        ("undercut", "U", "Arg", 1),
        ("undercut", "V", "Arg", 1),
    ]


def test_equivalence_class_keeps_every_member() -> None:
    doc = doc_of("[T]: first #a\n\n[T]: second #b\n\n[T]\n")
    ec = doc.statements["T"]
    assert len(ec.members) == 3
    assert ec.text == "first"
    assert ec.tags == ["a", "b"]


def test_headings_are_nested_sections() -> None:
    doc = doc_of("# One\n\n## Two\n\n[A]: a\n\n# Three\n\n[B]: b\n")
    assert [(s.title, s.level, s.parent) for s in doc.sections] == [
        ("One", 1, None),
        ("Two", 2, "s1"),
        ("Three", 1, None),
    ]
    assert doc.statements["A"].section == "s2"
    assert doc.statements["B"].section == "s3"


def test_comments_are_ignored_but_not_in_links_or_data() -> None:
    doc = doc_of(
        "// a comment\n[A]: see [x](http://e.org) /* gone */ here {url: http://e.org/y} // tail\n"
        "<!-- [B]: not read -->\n"
    )
    assert doc.statements["A"].text == "see [x](http://e.org) here"
    assert doc.statements["A"].data == {"url": "http://e.org/y"}
    assert "B" not in doc.statements


def test_front_matter_is_yaml() -> None:
    doc = doc_of("===\ntitle: T\nmodel:\n  mode: strict\n===\n\n[A]: a\n")
    assert doc.front_matter["title"] == "T"
    assert doc.strict


def test_crlf_and_bom() -> None:
    doc = doc_of("\ufeff[A]: a\r\n    + [B]: b\r\n")
    assert [(r.source.title, r.target.title) for r in doc.relations] == [("B", "A")]


def test_several_problems_at_once_with_line_and_column() -> None:
    text = (
        "===\ntitle: T\n===\n\n"
        "[A]: a {unclosed\n    + [B]: b\n\n"  # line 5
        "    + [C]: dangling\n\n"  # line 8: a relation at the start of a block
        "[D]: d\n[E]: e\n\n"  # line 11: a second element inside a block
        "(1) [P]: p\n(2) [Q]: q\n\n"  # line 13: a PCS without conclusion
        "[R] with text\n"  # line 16
    )
    found = problems_of(text)
    assert len(found) == 5
    assert found[0].startswith("t.argdown:5:8: unexpected '{'")
    assert found[1].startswith("t.argdown:8:5: the relation '+' has nothing to relate to")
    assert found[2].startswith("t.argdown:11:1: a new statement or argument inside a block")
    assert found[3].startswith("t.argdown:13:1: a premise-conclusion structure needs a conclusion")
    assert found[4].startswith("t.argdown:16:1: text after the reference [R]")


def test_front_matter_errors() -> None:
    found = problems_of("===\ntitle: [unclosed\n===\n")
    assert re.match(r"t\.argdown:[23]:\d+: the front matter is not valid YAML", found[0])
    assert "not closed" in problems_of("===\ntitle: T\n")[0]
    assert "must be a YAML mapping" in problems_of("===\n- a\n===\n")[0]


def test_pcs_problems() -> None:
    found = problems_of("<A>\n\n(1) [P]: p\n----\n----\n(2) [C]: c\n")
    assert any("4:1" in p or "5:1" in p for p in found)
    assert any("two inference lines" in p for p in found)
    assert "ends with an inference line" in problems_of("(1) [P]: p\n----\n")[0]
    found = problems_of(
        "<A>\n\n(1) [P]: p\n----\n(2) [C]: c\n\n<A>\n\n(1) [Q]: q\n----\n(2) [C]: c\n"
    )
    assert any("reconstructed twice" in p for p in found)


def test_include_reads_files_below_the_including_folder(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "more.argdown").write_text("[B]: b\n    + [C]: c\n", encoding="utf-8")
    main = tmp_path / "main.argdown"
    main.write_text("===\ntitle: Two files\n===\n\n[A]: a\n\n@include(sub/more.argdown)\n")
    m = load_argdown(main)
    assert [s.id for s in m.statements] == ["A", "B", "C"]


def test_include_is_guarded(tmp_path: Path) -> None:
    inner = tmp_path / "in"
    inner.mkdir()
    (tmp_path / "secret.argdown").write_text("[S]: s\n", encoding="utf-8")
    (inner / "loop.argdown").write_text("@include(loop.argdown)\n", encoding="utf-8")
    text = "@include(../secret.argdown)\n\n@include(loop.argdown)\n\n@include(missing.argdown)\n"
    found = problems_of(text, inner)
    assert len(found) == 3
    assert "outside the folder" in found[0]
    assert "already read" in found[1]
    assert "@include(missing.argdown): cannot read included file 'missing.argdown'" in found[2]
    assert "this text was not read from one" in problems_of("@include(x.argdown)\n")[0]


def test_limits() -> None:
    small = Limits(max_file_bytes=100, max_depth=3)
    _, found = read_document("[A]: " + "x" * 200, "t.argdown", None, small)
    assert "more than 100 characters" in str(found[0])
    deep = "[A]: a\n  + [B]: b\n    + [C]: c\n      + [D]: d\n        + [E]: e\n"
    _, found = read_document(deep, "t.argdown", None, small)
    assert [str(p).split(":")[1] for p in found] == ["5"]
    assert "nested more than 3 deep" in str(found[0])


def test_hostile_yaml_is_refused() -> None:
    laughs = "===\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a]\n"
    laughs += "c: &c [*b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c]\n===\n"
    _, found = read_document(laughs, "t.argdown", None, Limits(alias_budget=1000))
    assert "aliases expand the document" in str(found[0])
    found = problems_of("[A]: a {x: !!python/object:os.system ls}\n")
    assert "t.argdown:1:12: {data} is not a YAML mapping: tag" in found[0]


def test_load_reports_problems_as_map_errors(tmp_path: Path) -> None:
    bad = tmp_path / "bad.argdown"
    bad.write_text("[A]: a {x\n\n    - [B]: b\n", encoding="utf-8")
    with pytest.raises(MapValidationError) as caught:
        load_argdown(bad)
    assert len(caught.value.problems) == 2
    assert f"{bad}:1:" in str(caught.value)
    with pytest.raises(MapValidationError, match="file not found"):
        load_argdown(tmp_path / "none.argdown")
    (tmp_path / "latin.argdown").write_bytes("[A]: caf\xe9".encode("latin-1"))
    with pytest.raises(MapValidationError, match="not UTF-8"):
        load_argdown(tmp_path / "latin.argdown")
    with pytest.raises(MapValidationError, match="this text was not read from one"):
        loads_argdown("@include(a.argdown)")
