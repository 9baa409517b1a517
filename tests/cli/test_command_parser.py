"""The parser of every command: its own usage errors, help as wide as the terminal."""

from __future__ import annotations

import shutil

import pytest

from argmap.cli.command_parser import CommandParser, terminal_columns


@pytest.mark.parametrize("columns", ["100", "37", "", "wide", "-5"])
def test_terminal_width_is_found_as_shutil_finds_it(
    monkeypatch: pytest.MonkeyPatch, columns: str
) -> None:
    monkeypatch.setenv("COLUMNS", columns)
    assert terminal_columns() == shutil.get_terminal_size().columns


def test_help_is_wrapped_at_the_terminal_width(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("COLUMNS", "40")
    parser = CommandParser(prog="demo", description="word " * 30)
    with pytest.raises(SystemExit):
        parser.parse_args(["--help"])
    lines = capsys.readouterr().out.splitlines()
    assert max(map(len, lines)) <= 38
    assert sum("word" in line for line in lines) >= 4


def test_unknown_argument_is_a_usage_error_of_the_command(
    capsys: pytest.CaptureFixture[str],
) -> None:
    parser = CommandParser(prog="demo")
    with pytest.raises(SystemExit) as info:
        parser.parse_args(["--nope"])
    assert info.value.code == 2
    assert "demo: error: unrecognized arguments: --nope" in capsys.readouterr().err
