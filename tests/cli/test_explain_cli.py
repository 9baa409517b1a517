"""`argmap explain` and `argmap whatif`: positionals, languages, JSON, errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import argmap.cli
from argmap import corpus
from argmap.cli import main


@pytest.fixture(autouse=True)
def registered(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make sure both subcommands are registered, whatever SUBCOMMANDS lists yet."""
    missing = tuple(c for c in ("explain", "whatif") if c not in argmap.cli.SUBCOMMANDS)
    monkeypatch.setattr(argmap.cli, "SUBCOMMANDS", (*argmap.cli.SUBCOMMANDS, *missing))


@pytest.fixture
def csmo_path() -> Path:
    if "csmo" not in corpus.names():
        pytest.skip("the built-in CSMO debate is not available")
    return corpus.path("csmo")


def test_one_positional_is_a_statement_of_the_built_in_debate(
    csmo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["explain", "anne-no-need-in-house", "--width", "1000", "--reading", "abstract"]
    assert main(argv) == 0
    header, out = capsys.readouterr().out.split("\n", 1)
    assert header == "[grounded semantics, abstract reading]"
    assert out.startswith("Anne Onyme's position — that on the face of it, there is no need")
    assert "is rejected under grounded semantics because Martin's objection" in out


def test_path_and_statement_french_preferred(
    csmo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["explain", str(csmo_path), "neutralise-by-isolating", "-s", "preferred", "--lang", "fr"]
    assert main([*args, "--width", "1000"]) == 0
    out = capsys.readouterr().out
    assert "est acceptée en sémantique préférée dans la lecture structurée" in out


def test_wrapping(csmo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["explain", "csmo", "pro-csmo", "--width", "60"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert max(len(line) for line in lines) <= 60 and len(lines) > 5


def test_json(csmo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["explain", "pro-csmo", "-s", "grounded", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["reading"] == "structured" and data["status"] == "rejected"
    assert [c["support"] for c in data["carriers"]] == [
        "s-strong-signal",
        "s-first-glance",
        "s-fix-so-appoint",
    ]
    assert {c["status"] for c in data["carriers"]} == {"rejected"}
    first = data["carriers"][0]["attacks"][0]
    assert (first["attacker"], first["kind"], first["on"]) == (
        "negative-signal",
        "undermine",
        "strong-signal",
    )
    assert "grounded" not in data  # the walk is the proof under the structured reading


def test_json_abstract(csmo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["explain", "pro-csmo", "-s", "grounded", "--json", "--reading", "abstract"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["status"] == "rejected" and data["semantics"] == "grounded"
    tree = data["grounded"]["tree"]
    assert tree["winner"] == "opponent"
    assert tree["root"]["children"][0]["player"] == "opponent"
    assert data["sufficiency"]["accepted"] is False


def test_whatif_text_and_json(csmo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # the abstract reading, on purpose: its four flips are those of the golden text
    abstract = ["--reading", "abstract"]
    assert main(["whatif", "anne-no-need-in-house", "--width", "1000", *abstract]) == 0
    out = capsys.readouterr().out
    assert "Four single edits out of 134 would change that" in out
    assert "\n1. Removing the attack of Martin's objection" in out
    assert main(["whatif", str(csmo_path), "anne-no-need-in-house", "--json", *abstract]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [f["kind"] for f in data["flips"]] == [
        "remove_relation",
        "flip_relation",
        "flip_relation",
        "remove_statement",
    ]
    assert data["flips"][0]["element"] == "a-martin-vs-anne"


@pytest.mark.parametrize("command", ["explain", "whatif"])
def test_unknown_statement_names_close_matches(
    csmo_path: Path, command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([command, "pro-csm"]) == 1
    err = capsys.readouterr().err
    assert "no statement 'pro-csm' in the built-in debate; did you mean 'pro-csmo'" in err
    assert "Traceback" not in err


def test_map_file_alone_is_a_missing_statement(
    csmo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["explain", str(csmo_path)]) == 1
    assert "give the statement to explain after it" in capsys.readouterr().err


def test_issue_and_unknown_semantics(csmo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["explain", "issue"]) == 1
    assert "a question rather than an argument" in capsys.readouterr().err
    with pytest.raises(SystemExit) as info:
        main(["explain", "pro-csmo", "--semantics", "best"])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("usage: argmap explain")
    assert "unknown semantics 'best'; choose one of: conflict-free," in err
    assert "semi-stable" in err and "semi_stable" not in err


def test_statement_of_another_map(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "tea.yaml"
    path.write_text(
        "title: Tea?\n"
        "statements:\n"
        "  - {id: tea, text: {en: Tea is best.}}\n"
        "  - {id: jit, text: {en: Tea makes me jittery.}}\n"
        "attacks:\n"
        "  - {id: x, kind: rebut, source: jit, target: tea}\n",
        encoding="utf-8",
    )
    assert main(["explain", str(path), "tea", "-s", "stable", "--width", "1000"]) == 0
    out = capsys.readouterr().out.split("\n", 1)[1]
    assert out.startswith(
        "The claim that tea is best is rejected under stable semantics in the structured reading"
    )
    assert main(["explain", str(path), "te"]) == 1
    assert f"no statement 'te' in {path}; did you mean 'tea'" in capsys.readouterr().err


@pytest.mark.parametrize("command", ["explain", "whatif"])
def test_help(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main([command, "--help"])
    assert info.value.code == 0
    assert f"usage: argmap {command} [-h]" in capsys.readouterr().out


@pytest.mark.parametrize("command", ["explain", "whatif"])
def test_the_reading_is_chosen_named_and_kept_under_its_old_spelling(
    command: str, csmo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = [command, "benefit-voice", "--width", "1000"]
    assert main([*argv, "--reading", "necessary"]) == 0
    necessary = capsys.readouterr().out
    assert necessary.startswith("[grounded semantics, necessary reading]\n")
    assert main([*argv, "--support", "necessary"]) == 0
    assert capsys.readouterr().out == necessary
    assert main([*argv, "--reading", "abstract"]) == 0
    abstract = capsys.readouterr().out
    assert abstract.startswith("[grounded semantics, abstract reading]\n")
    assert abstract != necessary  # the undercut inference takes benefit-voice down only here
    assert main([*argv, "--reading", "necessary", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["reading"] == "necessary"
    with pytest.raises(SystemExit) as info:
        main([*argv, "--reading", "sideways"])
    assert info.value.code == 2
    assert "unknown reading 'sideways'" in capsys.readouterr().err


def test_explaining_a_statement_without_evidence_says_why_there_is_nothing_to_explain(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "loop.yaml"
    path.write_text(
        "title: A loop\n"
        "statements:\n"
        "  - {id: a, text: {en: A.}}\n"
        "  - {id: b, text: {en: B.}}\n"
        "supports:\n"
        "  - {id: s1, premises: [a], conclusion: b}\n"
        "  - {id: s2, premises: [b], conclusion: a}\n",
        encoding="utf-8",
    )
    assert main(["explain", str(path), "a", "--reading", "evidential"]) == 1
    err = capsys.readouterr().err
    assert "under the evidential reading no argument stands for 'a'" in err
    assert "Traceback" not in err
    assert main(["explain", str(path), "a", "--reading", "structured", "--width", "1000"]) == 0
    out = capsys.readouterr().out  # a circle: the walk says there is no argument
    assert "no argument establishes it, since each of its reasons rests on it" in out
    assert main(["whatif", str(path), "a", "--reading", "evidential", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["reading"] == "evidential" and data["status"] == "rejected"


def test_explain_ends_with_the_schemes_and_their_open_questions(
    csmo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from argmap.schemes import open_questions

    assert main(["explain", "alt-dispersed-advisers", "--width", "1000"]) == 0
    out = capsys.readouterr().out
    explanation, _, notes = out.partition("\nSchemes and open critical questions\n")
    assert explanation and notes
    assert "Reason s-operational-approach (Practical reasoning (goal and means))" in notes
    m = corpus.load("csmo")
    for q in open_questions(m, "s-operational-approach"):
        assert f"({q.id})" in notes
    assert main(["explain", "alt-dispersed-advisers", "--lang", "fr", "--width", "1000"]) == 0
    assert "\nSchémas et questions critiques ouvertes\n" in capsys.readouterr().out


def test_explain_without_schemed_reasons_adds_nothing(
    csmo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["explain", "martin-vaynerchuk", "--width", "1000"]) == 0
    assert "critical questions" not in capsys.readouterr().out
