"""What the commands print cannot drive the terminal, whatever the map says."""

from __future__ import annotations

from pathlib import Path

import pytest

from argmap.cli import main

# As YAML escapes: YAML files cannot hold raw control characters, but their
# double-quoted strings can say \x1b.
OSC52 = "\\x1b]52;c;ZWNobyBwd25lZA==\\x07"
CLEAR = "\\x1b[2J\\x1b[H"
RLO = "\u202e"

MAP = f"""\
title: "Hostile {CLEAR}title"
statements:
  - {{id: q, kind: issue, text: {{en: "Which {OSC52}one?"}}}}
  - {{id: p, answers: q, text: {{en: "Yes {RLO}sey{CLEAR}"}}}}
  - {{id: c, text: {{en: "No \\u202ebecause\\u202c {OSC52}"}}}}
attacks:
  - {{id: a1, kind: rebut, source: c, target: p}}
"""


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    path = tmp_path / "hostile.yaml"
    path.write_text(MAP, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "argv",
    [
        ["show"],
        ["evaluate", "-s", "grounded"],
        ["evaluate", "-s", "grounded", "--json"],
        ["explain", "p"],
        ["whatif", "p"],
        ["validate"],
    ],
    ids=lambda argv: "-".join(a.strip("-") for a in argv),
)
def test_terminal_escapes_from_map_text_are_not_printed(
    hostile: Path, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    assert main([argv[0], str(hostile), *argv[1:]]) == 0
    captured = capsys.readouterr()
    for stream in (captured.out, captured.err):
        assert "\x1b" not in stream and "\x07" not in stream
        assert RLO not in stream and "\u202c" not in stream


def test_error_messages_quoting_map_text_are_safe(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(f'title: t\nstatements:\n  - {{id: "x{OSC52}", text: {{en: a}}}}\n')
    assert main(["validate", str(path)]) == 1
    err = capsys.readouterr().err
    assert "\x1b" not in err and "\x07" not in err
    assert "\ufffd]52;c;" in err


def test_the_show_outline_flags_the_bidi_override(
    hostile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["show", str(hostile)]) == 0
    assert "[U+202E]" in capsys.readouterr().out
