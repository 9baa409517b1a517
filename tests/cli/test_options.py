"""One vocabulary across the commands: every subcommand is walked, and each option
shared by several commands has the same names, short form and default everywhere."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pytest

from argmap.cli import SUBCOMMANDS, build_parser, main
from argmap.cli.options import MAX_WIDTH, line_width
from argmap.evaluation import DEFAULT_READING, parse_reading, semantics_names

SHARED: dict[str, tuple[tuple[str, ...], object]] = {
    "semantics": (("-s", "--semantics"), None),
    "reading": (("--reading",), None),
    "lang": (("-l", "--lang", "--language"), "en"),
    "width": (("--width",), None),
    "output": (("-o", "--output"), None),
    "json": (("--json",), False),
    "engine": (("--engine",), "auto"),
    "timeout": (("--timeout",), None),
    "allow_outside_sources": (("--allow-outside-sources",), False),
}
"""The options several commands share: their names (short form first) and default
(``-s`` defaults to grounded where one semantics is evaluated, see below)."""

ONE_SEMANTICS = {"evaluate", "explain", "whatif"}
"""The commands that evaluate one semantics, and so default to grounded."""

ICCMA_INTERFACE = {"solve"}
"""``solve`` follows the ICCMA solver interface (``-p``, ``-f``, ``-fo``, ``-a``);
its own options are checked like the others'."""

OTHER_INPUTS = {
    "solve": "-f FILE, as the ICCMA interface names it",
    "batch": "INPUT...: files and folders",
    "compare": "STUDENT MODEL: two maps",
    "convert": "IN OUT: the input is required before the output (a built-in name is accepted)",
    "schemes": "no map: the catalogue of schemes",
}
"""The commands whose input is not one optional PATH, and what it is."""

OWN_MEANING = {("compare", "json"): "--json FILE writes the comparison to FILE ('-': stdout)"}
"""Options named like a shared one on purpose, and why."""


def subcommand_parsers() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    (action,) = (a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


PARSERS = subcommand_parsers()


def test_every_subcommand_is_registered_and_summarised(capsys: pytest.CaptureFixture[str]) -> None:
    assert set(PARSERS) == set(SUBCOMMANDS)
    with pytest.raises(SystemExit) as info:
        main(["--help"])
    assert info.value.code == 0
    out = capsys.readouterr().out
    for command in SUBCOMMANDS:
        assert re.search(rf"^    {command}\s+\S", out, re.MULTILINE), command


@pytest.mark.parametrize("command", SUBCOMMANDS)
def test_shared_options_have_one_spelling_and_default(command: str) -> None:
    parser = PARSERS[command]
    shared_names = {name: dest for dest, (names, _) in SHARED.items() for name in names}
    for action in parser._actions:
        if not action.option_strings or (command, action.dest) in OWN_MEANING:
            continue
        dests = {shared_names[o] for o in action.option_strings if o in shared_names}
        if action.dest == "reading" and "--support" in action.option_strings:
            continue  # the hidden old spelling of --reading
        assert dests <= {action.dest}, (command, action.option_strings, action.dest)
        if action.dest not in SHARED:
            continue
        names, default = SHARED[action.dest]
        assert tuple(action.option_strings) == names, (command, action.option_strings)
        if action.dest == "semantics":
            expected = "grounded" if command in ONE_SEMANTICS else None
            shown = getattr(action.default, "value", action.default)
            assert shown == expected, (command, action.default)
        else:
            assert action.default == default, (command, action.dest, action.default)


@pytest.mark.parametrize("command", sorted(set(SUBCOMMANDS) - {"new", "fix", "schema"}))
def test_a_command_that_reads_a_map_defaults_to_the_built_in_debate(command: str) -> None:
    parser = PARSERS[command]
    paths = [a for a in parser._actions if a.dest == "path"]
    if command in OTHER_INPUTS:
        assert not paths, OTHER_INPUTS[command]
        return
    (path,) = paths
    assert path.nargs == "?", command
    assert "default: the built-in 'csmo' debate" in (path.help or "")


def test_the_reading_is_the_librarys_default() -> None:
    for command, parser in PARSERS.items():
        for action in parser._actions:
            if action.dest == "reading" and action.option_strings == ["--reading"]:
                assert action.default is None, command
                assert parse_reading(action.default) is DEFAULT_READING
                if command != "convert":
                    assert f"default: {DEFAULT_READING.value}" in (action.help or ""), command


@pytest.mark.parametrize("command", SUBCOMMANDS)
def test_help_works_and_spells_semantics_with_hyphens(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as info:
        main([command, "--help"])
    assert info.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith(f"usage: argmap {command}")
    assert "semi_stable" not in out and "conflict_free" not in out


@pytest.mark.parametrize("command", SUBCOMMANDS)
def test_a_bad_option_gives_the_subcommands_usage(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as info:
        main([command, "--no-such-option"])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith(f"usage: argmap {command}"), err
    assert f"argmap {command}: error:" in err


@pytest.mark.parametrize(
    "command", sorted(c for c, p in PARSERS.items() if "-s" in p._option_string_actions)
)
def test_an_unknown_semantics_lists_the_names_hyphenated(
    command: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    argv = [command, "-s", "semi_stabel", "-o", str(tmp_path / "out.html")]
    if command in ONE_SEMANTICS:
        argv = [command, "-s", "semi_stabel"]
    with pytest.raises(SystemExit) as info:
        main(argv)
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith(f"usage: argmap {command}")
    assert "unknown semantics 'semi_stabel'; choose one of: conflict-free, naive," in err
    assert "semi_stable" not in err.replace("semi_stabel", "")


@pytest.mark.parametrize("command", sorted(ONE_SEMANTICS))
def test_underscores_are_accepted_and_output_is_hyphenated(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = [command, "-s", "semi_stable"] + ([] if command == "evaluate" else ["thesis"])
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert "semi-stable semantics" in out and "semi_stable" not in out


def test_one_width_cap(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "300")
    assert line_width(None) == MAX_WIDTH == 120
    assert line_width(70) == 70
    monkeypatch.setenv("COLUMNS", "90")
    assert line_width(None) == 90


@pytest.mark.parametrize("command", ["show", "evaluate", "critique", "explain", "schemes"])
def test_width_too_small_is_a_usage_error(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main([command, "--width", "5"])
    assert info.value.code == 2
    assert "expected a width of at least 20 columns, got '5'" in capsys.readouterr().err


def test_semantics_names_are_hyphenated() -> None:
    assert all("_" not in name for name in semantics_names())


@pytest.mark.parametrize(
    "argv",
    [
        ["evaluate", "--json", "--width", "60"],
        ["critique", "--json", "--width", "60"],
        ["schemes", "expert_opinion", "--json", "--width", "60"],
    ],
)
def test_width_with_json_is_warned_about(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == 0
    captured = capsys.readouterr()
    assert captured.err == (
        "argmap: warning: --width does not apply to --json output: JSON has no lines to wrap; "
        "it is ignored\n"
    )
    assert captured.out.lstrip().startswith(("{", "["))
