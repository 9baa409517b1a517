"""``argmap convert`` between maps and abstract frameworks; framework files as input."""

from __future__ import annotations

from pathlib import Path

import pytest

from argmap import corpus
from argmap.cli import main
from argmap.evaluation import map_view
from argmap.io import load, load_framework
from argmap.semantics import grounded_extension


def read_mapping(path: Path) -> list[list[str]]:
    return [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()]


def test_a_map_exported_as_apx_with_its_mapping(tmp_path: Path) -> None:
    target = tmp_path / "csmo.apx"
    assert main(["convert", "csmo", str(target)]) == 0
    af = load_framework(target)
    expected = map_view(corpus.load(), "abstract").framework
    assert af.arguments == expected.arguments
    assert af.attacks == expected.attacks
    rows = read_mapping(tmp_path / "csmo.arguments.tsv")
    assert rows[0] == ["argument", "element", "id", "text"]
    assert len(rows) == len(af) + 1
    by_id = {row[2]: row for row in rows[1:]}
    assert by_id["thesis"][:2] == ["thesis", "statement"]
    assert by_id["thesis"][3].startswith("No: a company should not appoint")
    support = next(row for row in rows[1:] if row[1] == "support")
    assert " => " in support[3]


@pytest.mark.parametrize("reading", ["dung", "necessary", "deductive", "evidential"])
def test_a_reading_gives_its_flattened_framework_numbered_in_af(
    tmp_path: Path, reading: str
) -> None:
    target = tmp_path / "csmo.af"
    assert main(["convert", "csmo", str(target), "--reading", reading]) == 0
    view = map_view(corpus.load(), reading)
    af = load_framework(target)
    names = {str(i + 1): name for i, name in enumerate(view.framework.arguments)}
    assert {(names[a], names[b]) for a, b in af.attacks} == set(view.framework.attacks)
    rows = read_mapping(tmp_path / "csmo.arguments.tsv")
    assert [(row[0], row[2]) for row in rows[1:]] == list(names.items())


def test_framework_files_are_read_by_every_map_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "chain.af"
    path.write_text("p af 3\n1 2\n2 3\n", encoding="utf-8")
    assert main(["evaluate", str(path), "-s", "grounded"]) == 0
    out = capsys.readouterr().out
    assert [line.split()[:2] for line in out.splitlines()[4:]] == [
        ["a1", "in"],
        ["a2", "out"],
        ["a3", "in"],
    ]
    assert main(["explain", str(path), "a3", "-s", "grounded"]) == 0
    assert "accepted under grounded semantics" in capsys.readouterr().out
    assert main(["whatif", str(path), "a3", "-s", "grounded"]) == 0
    assert "single edits" in capsys.readouterr().out
    assert main(["show", str(path)]) == 0
    assert "[a2] 2" in capsys.readouterr().out
    assert main(["render", str(path), "-o", str(tmp_path / "chain.dot")]) == 0
    assert 'label="3"' in (tmp_path / "chain.dot").read_text(encoding="utf-8")


def test_a_framework_converts_to_a_map_with_the_same_semantics(tmp_path: Path) -> None:
    path = tmp_path / "f.apx"
    path.write_text("arg(a).\narg(b).\narg(c).\natt(a,b).\natt(b,c).\n", encoding="utf-8")
    assert main(["convert", str(path), str(tmp_path / "f.yaml")]) == 0
    m = load(tmp_path / "f.yaml")
    assert [s.id for s in m.statements] == ["a", "b", "c"]
    af = map_view(m, "abstract").framework
    assert set(grounded_extension(af)) == {"a", "c"}


def test_errors_never_ask_to_rename_a_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "f.apx"
    path.write_text("arg(a).\n", encoding="utf-8")
    assert main(["convert", str(path), str(tmp_path / "f.txt")]) == 1
    assert main(["convert", "csmo", str(tmp_path / "f.txt")]) == 1
    assert main(["solve", "-p", "SE-GR", "-f", str(tmp_path / "f.framework")]) == 1
    err = capsys.readouterr().err
    assert "rename" not in err and "name the file" not in err
    assert "neither" in err and "-fo apx" in err


ARGDOWN = """===
title: Tea or coffee?
===

[Tea]: Drink tea.
    + [Calm]: Tea calms.
    - [Awake]: Tea keeps you awake.

<Better taste>

(1) [Taste]: Tea tastes better.
----
(2) [Tea]
    <_ [Habit]: Taste is habit.
"""


def test_convert_argdown_to_yaml_and_back(tmp_path: Path) -> None:
    source = tmp_path / "tea.argdown"
    source.write_text(ARGDOWN, encoding="utf-8")
    assert main(["convert", str(source), str(tmp_path / "tea.yaml")]) == 0
    m = load(tmp_path / "tea.yaml")
    assert [(a.kind.value, a.source, a.target) for a in m.attacks] == [
        ("rebut", "Awake", "Tea"),
        ("undercut", "Habit", "Better_taste"),
    ]
    assert main(["convert", str(tmp_path / "tea.yaml"), str(tmp_path / "back.argdown")]) == 0
    assert load(tmp_path / "back.argdown") == m
    assert main(["convert", "csmo", str(tmp_path / "csmo.argdown")]) == 0
    assert load(tmp_path / "csmo.argdown", allow_outside_sources=True) == corpus.load()


@pytest.mark.parametrize(
    "command",
    [
        ["validate"],
        ["show"],
        ["evaluate", "--semantics", "grounded"],
        ["critique"],
        ["explain", "{path}", "Tea", "--semantics", "grounded"],
    ],
)
def test_commands_take_an_argdown_map(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    source = tmp_path / "tea.argdown"
    source.write_text(ARGDOWN, encoding="utf-8")
    args = [part.replace("{path}", str(source)) for part in command]
    if "{path}" not in command:
        args.append(str(source))
    assert main(args) == 0
    assert "tea" in capsys.readouterr().out.casefold() or command == ["validate"]


def test_a_bad_argdown_map_is_reported_with_its_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "bad.argdown"
    source.write_text("[A]: a {x\n\n    + [B]: b\n", encoding="utf-8")
    assert main(["validate", str(source)]) != 0
    err = capsys.readouterr().err
    assert f"{source}:1:8:" in err
    assert f"{source}:3:5:" in err
    assert "Traceback" not in err


def test_written_files_are_reported_and_ignored_options_warned(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "csmo.apx"
    assert main(["convert", "csmo", str(target)]) == 0
    assert capsys.readouterr().err.splitlines() == [
        f"wrote {target}",
        f"wrote {tmp_path / 'csmo.arguments.tsv'} (the argument of each map element)",
    ]
    assert main(["convert", "csmo", str(tmp_path / "c.yaml"), "--reading", "necessary"]) == 0
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith("argmap: warning: --reading does not apply to csmo -> ")
    assert err[1] == f"wrote {tmp_path / 'c.yaml'}"
    assert main(["convert", "csmo", str(tmp_path / "c.json"), "-s", "grounded"]) == 1
    assert "--semantics adds statuses to a .graphml output only" in capsys.readouterr().err
