"""``argmap evaluate``: tables, JSON keyed by statement id, exit codes."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import pytest

from argmap import corpus
from argmap.cli import main
from argmap.evaluation import DEFAULT_READING, semantics_names
from argmap.model import localised
from tests.cli.test_cli import map_file  # noqa: F401 (fixture)

CLAIMS = [s.id for s in corpus.load("csmo").statements if s.kind.value == "claim"]


def evaluate_command(argv: Sequence[str]) -> int:
    """``argmap evaluate ARGV``, as the command line runs it."""
    return main(["evaluate", *argv])


def test_table_of_statuses(capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        evaluate_command(["--semantics", "grounded", "--width", "100", "--reading", "abstract"])
        == 0
    )
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0] == localised(corpus.load("csmo").title)
    assert lines[1] == "grounded semantics, abstract reading"
    assert lines[3].split() == ["id", "status", "speaker", "text"]
    rows = {line.split()[0]: line.split() for line in lines[4:]}
    assert list(rows) == CLAIMS
    assert rows["thesis"][1:3] == ["in", "duperrin"]
    assert rows["pro-csmo"][1] == "out"
    assert rows["not-a-full-time-job"][2] == "implicit"
    assert all(len(line) <= 100 for line in lines)


def test_table_of_strengths_with_inferences(capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        evaluate_command(
            [
                "csmo",
                "-s",
                "quadratic-energy",
                "--inferences",
                "--width",
                "160",
                "--reading",
                "abstract",
            ]
        )
        == 0
    )
    lines = capsys.readouterr().out.splitlines()
    assert lines[1].startswith(
        "quadratic-energy semantics, abstract reading, supports aggregated by the semantics"
    )
    assert lines[3].split()[:3] == ["id", "strength", "base"]
    rows = {line.split()[0]: line.split() for line in lines[4:]}
    assert rows["pro-csmo"][1:4] == ["0.364", "0.40", "duperrin"]
    assert rows["s-first-glance"][3:] == [
        "benefit-coherence", "+", "benefit-voice", "+", "benefits-settle-it", "⇒", "pro-csmo"
    ]  # fmt: skip


def test_the_reading_is_named_in_the_heading(capsys: pytest.CaptureFixture[str]) -> None:
    assert evaluate_command(["-s", "preferred", "--reading", "necessary"]) == 0
    heading = capsys.readouterr().out.splitlines()[1]
    assert heading == "preferred semantics, necessary reading: 1 extension"
    assert evaluate_command(["-s", "preferred", "--support", "necessary"]) == 0  # old spelling
    assert capsys.readouterr().out.splitlines()[1] == heading
    assert evaluate_command(["-s", "preferred", "--reading", "Evidential"]) == 0
    assert "preferred semantics, evidential reading" in capsys.readouterr().out


def test_without_a_reading_the_default_one_is_used_and_named(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert evaluate_command(["-s", "grounded"]) == 0
    default = capsys.readouterr().out
    assert default.splitlines()[1] == f"grounded semantics, {DEFAULT_READING.value} reading"
    assert evaluate_command(["-s", "grounded", "--reading", DEFAULT_READING.value]) == 0
    assert capsys.readouterr().out == default
    assert evaluate_command(["-s", "grounded", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["reading"] == DEFAULT_READING.value


def test_json_names_semantics_and_reading_then_keys_by_statement_id(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert evaluate_command(["-s", "grounded", "--reading", "necessary", "--json"]) == 0
    first = capsys.readouterr().out
    whole = json.loads(first)
    assert whole["semantics"] == "grounded" and whole["reading"] == "necessary"
    data = whole["arguments"]
    assert list(data) == CLAIMS
    assert data["benefit-voice"] == {"status": "out"}
    assert evaluate_command(["-s", "grounded", "--reading", "necessary", "--json"]) == 0
    assert capsys.readouterr().out == first


def test_json_of_a_multi_extension_and_a_gradual_semantics(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert evaluate_command(["-s", "preferred", "--json", "--reading", "abstract"]) == 0
    assert json.loads(capsys.readouterr().out)["arguments"]["thesis"] == {
        "status": "sceptical",
        "extensions": [0],
    }
    assert evaluate_command(["-s", "df-quad", "--json", "--inferences"]) == 0
    data = json.loads(capsys.readouterr().out)["arguments"]
    assert set(data["pro-csmo"]) == {"strength", "base"}
    assert data["pro-csmo"]["base"] == 0.4
    assert "s-first-glance" in data


def test_map_file_and_default_weight(
    map_file: Path,  # noqa: F811 (fixture)
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert (
        evaluate_command([str(map_file), "-s", "euler", "--default-weight", "0.3", "--json"]) == 0
    )
    data = json.loads(capsys.readouterr().out)["arguments"]
    assert {entry["base"] for entry in data.values()} >= {0.3}


def test_unknown_semantics_is_a_usage_error_with_the_names(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as info:
        evaluate_command(["-s", "prefered"])
    assert info.value.code == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("usage: argmap evaluate")
    assert "unknown semantics 'prefered'" in captured.err
    assert all(name in captured.err for name in semantics_names())
    assert "Traceback" not in captured.err


def test_default_weight_outside_the_unit_interval_exits_1(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert evaluate_command(["-s", "df-quad", "--default-weight", "2"]) == 1
    assert "--default-weight must lie in [0, 1]" in capsys.readouterr().err


def test_missing_map_file_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert evaluate_command([str(tmp_path / "nope.yaml"), "-s", "grounded"]) == 1
    assert "nope.yaml" in capsys.readouterr().err


@pytest.mark.parametrize(
    "argv",
    [["--bogus"], ["-s", "grounded", "--support", "strong"], ["--reading", "strong"]],
    ids=["unknown-option", "bad-support", "bad-reading"],
)
def test_usage_errors_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        evaluate_command(argv)
    assert info.value.code == 2
    assert capsys.readouterr().err.startswith("usage: argmap evaluate")


def test_default_weight_with_a_semantics_that_ignores_it_warns(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert evaluate_command(["-s", "grounded", "--default-weight", "0.3"]) == 0
    err = capsys.readouterr().err
    assert err.startswith("argmap: warning: --default-weight does not apply to grounded")
    assert evaluate_command(["-s", "h-categorizer", "--default-weight", "0.3"]) == 0
    assert "does not apply to h-categorizer" in capsys.readouterr().err
    assert evaluate_command(["-s", "df-quad", "--default-weight", "0.3"]) == 0
    assert capsys.readouterr().err == ""


def test_h_categorizer_shows_no_base_weight_it_ignores(capsys: pytest.CaptureFixture[str]) -> None:
    assert evaluate_command(["-s", "h-categorizer"]) == 0
    header = capsys.readouterr().out.splitlines()[3]
    assert header.split() == ["id", "strength", "speaker", "text"]
    assert evaluate_command(["-s", "weighted-h-categorizer"]) == 0
    header = capsys.readouterr().out.splitlines()[3]
    assert header.split() == ["id", "strength", "base", "speaker", "text"]


def test_without_semantics_grounded_is_evaluated(capsys: pytest.CaptureFixture[str]) -> None:
    assert evaluate_command([]) == 0
    assert capsys.readouterr().out.splitlines()[1].startswith("grounded semantics")
