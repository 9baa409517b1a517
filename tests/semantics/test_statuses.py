"""The status of every argument of a framework under one semantics, from the definitions."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from argmap.frameworks import AF, ArgumentationFramework
from argmap.semantics import Semantics, SolverTimeout, extensions, statuses
from argmap.semantics.statuses import (
    UNIQUE_STATUS_SEMANTICS,
    Status,
    Verdict,
    argument_status,
    framework_statuses,
)
from argmap.semantics.types import Labelling
from tests.semantics.conftest import frameworks


def test_framework_statuses_on_an_abstract_framework() -> None:
    af = AF(["a", "b", "c"], [("a", "b"), ("b", "c")])
    found = framework_statuses(af, "complete")
    assert [s.value for s in found.statuses.values()] == ["sceptical", "rejected", "sceptical"]
    assert found.extensions == (("a", "c"),)


def test_framework_statuses_answer_for_one_argument_and_name_strangers() -> None:
    found = framework_statuses(AF(["a", "b"], [("a", "b")]), "preferred")
    assert not found.unique and "a" in found and "z" not in found
    assert found.status("b") is Status.REJECTED
    with pytest.raises(KeyError, match="'z' is not an argument"):
        found.status("z")
    assert framework_statuses(AF(["a"], []), "eager").unique


def expected_status(af: ArgumentationFramework, semantics: Semantics, argument: str) -> Status:
    """The status of ``argument`` read off every extension, from the definitions."""
    found = [frozenset(e) for e in extensions(af, semantics)]
    if semantics in UNIQUE_STATUS_SEMANTICS:
        (extension,) = found
        return Status(Labelling.from_extension(af, extension).label(argument).value)
    inside = [argument in e for e in found]
    if not found:
        return Status.NO_EXTENSION
    if all(inside):
        return Status.SCEPTICAL
    return Status.CREDULOUS if any(inside) else Status.REJECTED


@settings(max_examples=60, deadline=None)
@given(frameworks(max_arguments=6), st.sampled_from(list(Semantics)))
def test_every_way_of_computing_a_status_agrees(
    af: ArgumentationFramework, semantics: Semantics
) -> None:
    expected = {a: expected_status(af, semantics, a) for a in af.arguments}
    for limit in (0, 1, 64):
        assert dict(framework_statuses(af, semantics, extension_limit=limit).statuses) == expected
    assert {a: argument_status(af, a, semantics) for a in af.arguments} == expected


def test_one_argument_status_without_an_extension_or_a_stranger() -> None:
    odd = AF(["a", "b", "c"], [("a", "b"), ("b", "c"), ("c", "a")])
    assert argument_status(odd, "a", "stable") is Status.NO_EXTENSION
    assert argument_status(odd, "a", "preferred") is Status.REJECTED
    with pytest.raises(KeyError, match="'z' is not an argument"):
        argument_status(odd, "z", "grounded")
    with pytest.raises(ValueError, match="timeout must be a number of seconds >= 0"):
        argument_status(odd, "a", "preferred", timeout=-1)
    with pytest.raises(ValueError, match="timeout must be a number of seconds >= 0"):
        framework_statuses(odd, "preferred", timeout=-1)


def out_of_time(*args: object, **kwargs: object) -> bool:
    raise SolverTimeout("no time left")


def test_no_time_for_the_one_extension_leaves_every_argument_unknown(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(statuses, "some_extension", out_of_time)
    af = AF(["a", "b"], [("a", "b")])
    found = framework_statuses(af, "grounded", timeout=1.0)
    assert dict(found.statuses) == {"a": Status.UNKNOWN, "b": Status.UNKNOWN}
    assert found.extensions == () and not found.complete
    assert argument_status(af, "b", "ideal", timeout=1.0) is Status.UNKNOWN


def test_no_time_for_the_open_arguments_leaves_only_those_unknown(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(statuses, "credulously_accepted", out_of_time)
    monkeypatch.setattr(statuses, "sceptically_accepted", out_of_time)
    # Three independent mutual attacks: 8 preferred extensions, listing stops at 2.
    names = [f"{side}{i}" for i in range(3) for side in "xy"]
    attacks = [(f"x{i}", f"y{i}") for i in range(3)] + [(f"y{i}", f"x{i}") for i in range(3)]
    af = AF(names, attacks)
    found = framework_statuses(af, "preferred", extension_limit=2, timeout=1.0)
    assert not found.complete and len(found.extensions) == 2
    first, second = (set(e) for e in found.extensions)
    for argument in names:
        settled = argument in first ^ second  # in some listed extension, not all
        assert found.status(argument) is (Status.CREDULOUS if settled else Status.UNKNOWN)
    assert argument_status(af, "x0", "preferred", timeout=1.0) is Status.UNKNOWN


def test_every_status_has_the_verdict_a_reader_is_given() -> None:
    verdicts = {status: status.verdict for status in Status}
    assert verdicts == {
        Status.IN: Verdict.ACCEPTED,
        Status.SCEPTICAL: Verdict.ACCEPTED,
        Status.CREDULOUS: Verdict.CREDULOUS,
        Status.UNDEC: Verdict.UNDECIDED,
        Status.OUT: Verdict.REJECTED,
        Status.REJECTED: Verdict.REJECTED,
        Status.NO_EXTENSION: Verdict.REJECTED,
        Status.UNKNOWN: None,
    }
    assert [v for v in Verdict if v.open] == [Verdict.CREDULOUS, Verdict.UNDECIDED]
    assert Status.IN.accepted and not Status.UNDEC.accepted
