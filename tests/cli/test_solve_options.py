"""``argmap solve`` reads a plain ICCMA call without argparse, and starts light."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from argmap.cli.command_parser import CommandParser
from argmap.cli.solve import add_arguments, iccma_options, run

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


@given(st.lists(st.sampled_from(OPTIONS + VALUES), max_size=8))
def test_a_call_read_without_argparse_reads_as_argparse_reads_it(arguments: list[str]) -> None:
    quick = iccma_options(arguments)
    if quick is not None:
        assert vars(quick) == argparse_reading(arguments)


@pytest.mark.parametrize(
    "arguments",
    [
        ["-p", "DS-PR", "-f", "a.apx", "-fo", "apx", "-a", "x"],
        ["--problem", "EE-ST", "--file", "a.af", "--stream", "--progress", "--timeout", "5"],
        ["--problems"],
        ["-p", "SE-GR", "-f", "a.tgf", "--engine", "python"],
    ],
)
def test_the_usual_calls_are_read_without_argparse(arguments: list[str]) -> None:
    quick = iccma_options(arguments)
    assert quick is not None
    assert vars(quick) == argparse_reading(arguments)
