"""``argmap solve`` reads a plain ICCMA call without argparse, and starts light."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from argmap.cli.command_parser import CommandParser
from argmap.cli.solve import add_arguments, iccma_options, run
from argmap.frameworks.abstract import ArgumentationFramework
from argmap.io.iccma import dump_framework
from tests.new_interpreter import solve_in_a_new_interpreter

OPTIONS = ["-p", "--problem", "-f", "--file", "-fo", "--format", "-a", "--argument"]
OPTIONS += ["--engine", "--timeout", "--stream", "--progress", "--problems", "--formats"]
VALUES = ["DS-PR", "x.apx", "", "a b", "-1", "1.5", " 2 ", "nan", "inf", "1_0", "auto", "sat"]
VALUES += ["bogus", "-x", "--", "-h", "--help", "--prob", "--format=apx", "-fapx", "-pDS-PR"]


def argparse_reading(arguments: list[str]) -> dict[str, object] | None:
    parser = CommandParser(prog="argmap solve")
    add_arguments(parser)
    parser.set_defaults(handler=run)
    try:
        return vars(parser.parse_args(arguments))
    except SystemExit:
        return None


def shown(options: dict[str, object] | None) -> str:
    return repr(sorted((options or {}).items()))


@given(st.lists(st.sampled_from(OPTIONS + VALUES), max_size=8))
def test_a_call_read_without_argparse_reads_as_argparse_reads_it(arguments: list[str]) -> None:
    quick = iccma_options(arguments)
    if quick is not None:
        # compared as text: a --timeout of nan is read alike but is not equal to itself
        assert shown(vars(quick)) == shown(argparse_reading(arguments))


@pytest.mark.parametrize(
    "arguments",
    [
        ["-p", "DS-PR", "-f", "a.apx", "-fo", "apx", "-a", "x"],
        ["--problem", "EE-ST", "--file", "a.af", "--stream", "--progress", "--timeout", "5"],
        ["--problems"],
        ["-p", "SE-GR", "-f", "a.tgf", "--engine", "python"],
        ["-p", "SE-GR", "-f", "a.tgf", "--timeout", "nan"],  # refused later, by run
    ],
)
def test_the_usual_calls_are_read_without_argparse(arguments: list[str]) -> None:
    quick = iccma_options(arguments)
    assert quick is not None
    assert shown(vars(quick)) == shown(argparse_reading(arguments))


def test_a_solver_call_imports_neither_typing_nor_re_nor_argparse(tmp_path: Path) -> None:
    # A solver starts once per query: these imports were a quarter of a small
    # query's instructions (the answer needs none of them).
    path = tmp_path / "f.apx"
    dump_framework(ArgumentationFramework("abc", [("a", "b"), ("b", "c")]), path)
    avoided = (
        "typing",
        "re",
        "argparse",
        "gettext",
        "locale",
        "contextlib",
        "threading",
        "dataclasses",
        "numpy",
    )
    arguments = ["-p", "DS-PR", "-f", str(path), "-a", "c"]
    # the reader it needs is seen imported, none of the others
    answer, imported = solve_in_a_new_interpreter(arguments, [*avoided, "argmap.io.iccma"])
    assert (answer, imported) == (["YES"], ["argmap.io.iccma"])
