"""argmap schemes, and the scheme warnings of argmap validate."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from argmap.cli import main
from argmap.model import Scheme


def test_lists_every_scheme(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schemes"]) == 0
    out = capsys.readouterr().out
    for scheme in Scheme:
        assert f"({scheme.value})" in out


def test_one_scheme_in_french_and_as_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schemes", "practical-reasoning", "-l", "fr"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Raisonnement pratique (but et moyen) (practical_reasoning)")
    assert "[sape l’inférence] D’autres moyens que A" in out
    assert main(["schemes", "analogy", "--json"]) == 0
    (data,) = json.loads(capsys.readouterr().out)
    assert [q["id"] for q in data["critical_questions"]] == [
        "analogy.differences",
        "analogy.base_true",
        "analogy.counter_analogy",
    ]
    assert main(["schemes", "nope"]) == 1
    assert "unknown scheme 'nope'; the schemes are: expert_opinion" in capsys.readouterr().err


def test_validate_warns_about_schemes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "m.yaml"
    path.write_text(
        "title: t\nstatements:\n  - {id: a, text: {en: A}}\n  - {id: c, text: {en: C}}\n"
        "supports:\n  - {id: s, premises: [a], conclusion: c, scheme: analogy}\n",
        encoding="utf-8",
    )
    assert main(["validate", str(path)]) == 0
    captured = capsys.readouterr()
    assert "valid" in captured.out
    assert f"warning: {path}: [s] the argument from analogy has 2 premises" in captured.err
