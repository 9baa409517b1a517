"""A new user's path through the command: new, fill in quotes, fix, validate."""

from __future__ import annotations

from pathlib import Path

import pytest

from argmap.cli import main

TEXT = "Ann: Tea is good for you.\n\nBob: Coffee is better, because coffee wakes you up.\n"

STATEMENTS = """\
  - {id: q, kind: issue, text: {en: "Tea or coffee?"}}
  - id: tea
    text: {en: "Tea is good."}
    answers: q
    provenance: {source: chat, speaker: ann, quote: "Tea is good for you"}
  - id: coffee
    text: {en: "Coffee is better."}
    answers: q
    provenance: {source: chat, speaker: bob, quote: "Coffee is better"}
  - id: wakes
    text: {en: "Coffee wakes you up."}
    provenance: {source: chat, speaker: bob, quote: "coffee wakes you up"}
  - id: ann-says
    text: {en: "Ann prefers tea."}
    provenance: {speaker: ann}
supports:
  - {id: s1, premises: [wakes], conclusion: coffee}
attacks:
  - {id: a1, kind: rebut, source: coffee, target: tea}
"""


def test_new_then_fix_then_validate(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "chat.txt").write_text(TEXT, encoding="utf-8")
    target = tmp_path / "map.yaml"
    assert main(["new", str(tmp_path / "chat.txt"), "-o", str(target)]) == 0
    assert f"wrote {target} (add statements, then run `argmap fix {target}`)" in (
        capsys.readouterr().err
    )
    scaffold = target.read_text(encoding="utf-8")
    filled = scaffold[: scaffold.index("statements:")] + "statements:\n" + STATEMENTS
    filled = filled.replace("id: chat\n", "id: chat\n", 1)
    target.write_text(filled, encoding="utf-8")
    assert main(["fix", str(target)]) == 0
    out = capsys.readouterr().out
    assert "[coffee] span [32, 48]" in out and "3 spans written" in out
    assert main(["validate", str(target)]) == 0
    assert "valid — 5 statements" in capsys.readouterr().out
    assert main(["new", str(tmp_path / "chat.txt"), "-o", str(target)]) == 1
    assert "the file exists" in capsys.readouterr().err


def test_fix_reports_what_is_left(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "chat.txt").write_text(TEXT, encoding="utf-8")
    target = tmp_path / "map.yaml"
    main(["new", str(tmp_path / "chat.txt"), "-o", str(target)])
    scaffold = target.read_text(encoding="utf-8")
    broken = STATEMENTS.replace('quote: "Coffee is better"', 'quote: "you"')
    target.write_text(scaffold[: scaffold.index("statements:")] + "statements:\n" + broken)
    capsys.readouterr()
    assert main(["validate", "--fix", str(target)]) == 1
    captured = capsys.readouterr()
    assert "2 spans written" in captured.out
    assert "1 problem left" in captured.err and "occurs 2 times" in captured.err
    assert "Traceback" not in captured.err


def test_fix_of_a_missing_file_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["fix", str(tmp_path / "none.yaml")]) == 1
    assert "no such map file" in capsys.readouterr().err


ARGDOWN = """===
title: Tea
sources:
  - {id: s, title: Chat, text: "Tea is good. Tea is good. Coffee wins."}
participants:
  - {id: ann, name: Ann}
===

[Tea]: Tea is good. {speaker: ann, quote: "Tea is good", source: s}
  - [Coffee]: Coffee wins. {speaker: ann, quote: "Coffee wins", source: s}
"""


def test_fix_on_argdown_writes_nothing_says_why_and_lists_problems(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "tea.argdown"
    source.write_text(ARGDOWN, encoding="utf-8")
    assert main(["fix", str(source)]) == 1
    captured = capsys.readouterr()
    assert "in Argdown a quote needs no span" in captured.out
    assert f"{source}:9:1: [Tea] the quote occurs 2 times" in captured.err
    assert source.read_text(encoding="utf-8") == ARGDOWN
    fixed = ARGDOWN.replace('quote: "Tea is good"', 'quote: "Tea is good. Coffee"')
    source.write_text(fixed, encoding="utf-8")
    assert main(["fix", str(source)]) == 0
    assert f"{source}: valid" in capsys.readouterr().out
    assert main(["fix", str(source), "-o", str(tmp_path / "copy.argdown")]) == 1
    assert "leave -o out" in capsys.readouterr().err


def test_fix_refuses_other_formats_saying_what_to_do(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "tea.kialo"
    source.write_text("Discussion Title: Tea?\n\n1. Tea?\n1.1. Pro: Tea is good.\n", "utf-8")
    assert main(["fix", str(source)]) == 1
    assert f"`argmap convert {source} map.yaml`" in capsys.readouterr().err


def test_validate_without_path_checks_the_built_in_debate(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["validate"]) == 0
    assert capsys.readouterr().out.startswith("the built-in debate: valid — ")
    assert main(["validate", "--fix"]) == 1
    assert "--fix writes into a map file: give its PATH" in capsys.readouterr().err


def test_fix_reads_sources_outside_the_folder_only_when_allowed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "chat.txt").write_text(TEXT, encoding="utf-8")
    folder = tmp_path / "maps"
    folder.mkdir()
    target = folder / "map.yaml"
    assert main(["new", str(tmp_path / "chat.txt"), "-o", str(target)]) == 0
    scaffold = target.read_text(encoding="utf-8")
    filled = scaffold[: scaffold.index("statements:")] + "statements:\n" + STATEMENTS
    target.write_text(filled, encoding="utf-8")
    capsys.readouterr()
    assert main(["fix", str(target)]) == 1
    assert "is outside the map's folder" in capsys.readouterr().err
    assert main(["fix", str(target), "--allow-outside-sources"]) == 0
    assert "3 spans written" in capsys.readouterr().out
    assert main(["validate", str(target), "--allow-outside-sources"]) == 0
