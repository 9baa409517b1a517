"""Argument orderings: which attacks succeed as defeats."""

from __future__ import annotations

import pytest

from argmap.frameworks.structured import ArgumentOrdering, structured_framework
from argmap.frameworks.structured.preferences import base_order
from tests.frameworks.structured.maps import build


def _defeats(m: object, **ordering: str) -> set[tuple[str, str]]:
    sf = structured_framework(m, ordering=ArgumentOrdering(**ordering))  # type: ignore[arg-type]
    return set(sf.framework.attacks)


def test_weights_settle_a_contradictory_pair() -> None:
    m = build(
        ["a", "b"], {}, [("rebut", "a", "b")], contradictory=[0], weights={"a": 0.9, "b": 0.2}
    )
    assert set(structured_framework(m).framework.attacks) == {("a", "b"), ("b", "a")}
    assert _defeats(m) == {("a", "b")}


def test_a_one_way_contrary_succeeds_whatever_the_preferences() -> None:
    m = build(["a", "b"], {}, [("rebut", "a", "b")], weights={"a": 0.1, "b": 0.9})
    assert _defeats(m) == {("a", "b")}


def test_undercuts_succeed_whatever_the_preferences() -> None:
    m = build(
        ["p", "c", "u"], {"s": (["p"], "c")}, [("undercut", "u", "s")], weights={"u": 0.0, "p": 1.0}
    )
    assert _defeats(m) == {("u", "c:s")}


def test_explicit_rule_preferences_under_last_link() -> None:
    m = build(
        ["a", "b", "p", "q"],
        {"s1": (["p"], "a"), "s2": (["q"], "b")},
        [("rebut", "a", "b")],
        contradictory=[0],
        preferences=[("s1", "s2")],
    )
    assert _defeats(m) == {("a:s1", "b:s2")}


def test_last_link_and_weakest_link_differ() -> None:
    # The rule for a is preferred, but b rests on the stronger premise.
    m = build(
        ["a", "b", "p", "q"],
        {"s1": (["p"], "a"), "s2": (["q"], "b")},
        [("rebut", "a", "b")],
        contradictory=[0],
        weights={"p": 0.1, "q": 0.9},
        preferences=[("s1", "s2")],
    )
    assert _defeats(m, principle="last-link") == {("a:s1", "b:s2")}
    # Weakest link: neither argument is below the other on both premises and rules.
    assert _defeats(m, principle="weakest-link") == {("a:s1", "b:s2"), ("b:s2", "a:s1")}


def test_elitist_and_democratic_comparisons_differ() -> None:
    # c rests on the last defeasible rules {r1, r2} (through the strict t); only r1 is
    # below r3. Elitist: {r1, r2} is below {r3}; democratic: it is not.
    m = build(
        ["p", "m1", "m2", "c", "q", "d"],
        {
            "r1": (["p"], "m1"),
            "r2": (["p"], "m2"),
            "t": (["m1", "m2"], "c"),
            "r3": (["q"], "d"),
        },
        [("rebut", "c", "d")],
        strict=["t"],
        contradictory=[0],
        preferences=[("r3", "r1")],
    )
    assert ("c:t", "d:r3") not in _defeats(m, comparison="elitist", source="preferences")
    assert ("c:t", "d:r3") in _defeats(m, comparison="democratic", source="preferences")


def test_statement_preferences_are_transitive() -> None:
    m = build(["a", "b", "c"], {}, preferences=[("b", "a"), ("c", "b")])
    order = base_order(m, "preferences")
    assert order.premise_below("a", "c") and not order.premise_below("c", "a")
    assert not base_order(m, "weights").premise_below("a", "c")  # no weights given


def test_unknown_choices_are_refused() -> None:
    with pytest.raises(ValueError, match="not a valid Principle"):
        ArgumentOrdering(principle="strongest-link")  # type: ignore[arg-type]
