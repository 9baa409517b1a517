"""The `argmap` command: exit codes, messages on stderr, no tracebacks."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from argmap.cli import SUBCOMMANDS, main
from tests.io.test_native import BAD_CASES, GOOD, SOURCE_TEXT


@pytest.fixture
def map_file(tmp_path: Path) -> Path:
    (tmp_path / "chat.txt").write_text(SOURCE_TEXT, encoding="utf-8")
    path = tmp_path / "map.yaml"
    path.write_text(GOOD, encoding="utf-8")
    return path


def test_validate_ok(map_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(map_file)]) == 0
    assert "valid — 5 statements, 1 support, 2 attacks" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("name", "old", "new", "expected"), [c[:4] for c in BAD_CASES], ids=[c[0] for c in BAD_CASES]
)
def test_validate_bad_input_exits_1_with_message(
    map_file: Path, capsys: pytest.CaptureFixture[str], name: str, old: str, new: str, expected: str
) -> None:
    map_file.write_text(GOOD.replace(old, new, 1), encoding="utf-8")
    assert main(["validate", str(map_file)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert expected in captured.err
    assert f"{map_file}:" in captured.err
    assert "Traceback" not in captured.err


def test_validate_lists_all_errors(map_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = GOOD.replace("weight: 0.5", "weight: 7").replace("target: tea}", "target: milk}")
    map_file.write_text(text, encoding="utf-8")
    assert main(["validate", str(map_file)]) == 1
    err = capsys.readouterr().err
    assert "2 problems found" in err
    assert "weight 7" in err and "'milk' does not exist" in err


def test_missing_file_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(tmp_path / "nope.yaml")]) == 1
    assert "file not found" in capsys.readouterr().err


def test_usage_error_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["validate", "--no-such-option"])
    assert info.value.code == 2
    assert capsys.readouterr().err.startswith("usage: argmap validate")
    with pytest.raises(SystemExit) as info:
        main(["no-such-command"])
    assert info.value.code == 2
    assert "invalid choice: 'no-such-command'" in capsys.readouterr().err


@pytest.mark.parametrize("command", SUBCOMMANDS)
def test_every_subcommand_has_help(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main([command, "--help"])
    assert info.value.code == 0
    assert f"usage: argmap {command}" in capsys.readouterr().out


def test_convert_yaml_json_yaml(map_file: Path, tmp_path: Path) -> None:
    out_json = tmp_path / "out" / "map.json"
    out_yaml = tmp_path / "back.yaml"
    assert main(["convert", str(map_file), str(out_json)]) == 0
    data = json.loads(out_json.read_text(encoding="utf-8"))
    assert data["sources"][0]["file"] == "../chat.txt"
    # The converted map names a file outside its own folder: read only on request.
    assert main(["convert", str(out_json), str(out_yaml)]) == 1
    assert main(["convert", str(out_json), str(out_yaml), "--allow-outside-sources"]) == 0
    from argmap.io import load

    assert load(out_yaml).statements == load(map_file).statements


def test_convert_to_unknown_format_exits_1(
    map_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["convert", str(map_file), str(tmp_path / "map.docx")]) == 1
    assert "cannot write maps in format '.docx'" in capsys.readouterr().err


def test_schema_prints_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    assert json.loads(capsys.readouterr().out)["title"] == "ArgumentMap"


def test_show_outlines_a_map(map_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["show", str(map_file), "--width", "200"]) == 0
    out = capsys.readouterr().out
    assert "? [q] Tea or coffee?" in out
    assert "− [a2] undercut (the inference) by" in out
    assert "* [same] Tea wakes you up as well." in out
    assert "“coffee is better” — Bob" in out
    assert main(["show", str(map_file), "--lang", "fr", "--no-quotes"]) == 0
    out = capsys.readouterr().out
    assert "Thé ou café ?" in out and "“" not in out


def test_console_script_and_module_entry_points(map_file: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "argmap", "validate", str(map_file)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    broken = map_file.with_name("broken.yaml")
    broken.write_text("title: [unclosed\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "argmap", "validate", str(broken)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert "YAML syntax error" in result.stderr
    assert "Traceback" not in result.stderr


def test_show_without_path_prints_the_built_in_debate(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["show", "--width", "120"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Should a company appoint a Chief Social Media Officer at board level?")
    assert (
        "Participants: Bertrand Duperrin (author), Anne Onyme (commenter), Martin (commenter)"
        in out
    )
    assert "? [issue]" in out
    assert "DATAROOM" not in out and "Suivez nous" not in out


def test_validate_the_corpus_by_name(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", "csmo"]) == 0
    assert "csmo: valid — 55 statements" in capsys.readouterr().out
