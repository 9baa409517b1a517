"""The map read as an ASPIC+ argumentation theory."""

from __future__ import annotations

from argmap.frameworks.structured import argumentation_theory
from argmap.model import ArgumentMap
from tests.frameworks.structured.maps import build


def test_premises_are_the_unsupported_claims_and_the_marked_ones() -> None:
    m = build(["c", "p", "q", "d"], {"s": (["p", "q"], "c"), "t": (["c"], "d")}, premise=["d"])
    assert argumentation_theory(m).premises == ("p", "q", "d")


def test_issues_are_not_in_the_language() -> None:
    m = ArgumentMap(
        title="t",
        statements=[
            {"id": "q", "kind": "issue", "text": {"en": "?"}},
            {"id": "a", "text": {"en": "A"}, "answers": "q"},
        ],
    )
    theory = argumentation_theory(m)
    assert theory.language == ("a",)
    assert theory.premises == ("a",)


def test_linked_premises_make_one_rule_convergent_reasons_several() -> None:
    m = build(["c", "p", "q"], {"s": (["p", "q"], "c"), "t": (["q"], "c")}, strict=["t"])
    rules = argumentation_theory(m).rules
    assert [str(r) for r in rules] == ["s: p, q => c", "t: q -> c"]


def test_contrariness_is_one_way_unless_contradictory() -> None:
    m = build(
        ["a", "b", "c", "p"],
        {"s": (["p"], "a")},
        [("rebut", "b", "a"), ("rebut", "c", "b"), ("undercut", "c", "s")],
        contradictory=[1],
    )
    theory = argumentation_theory(m)
    assert theory.contraries["a"] == frozenset({"b"})
    assert theory.contraries["b"] == frozenset({"c"})  # a is not a contrary of b
    assert theory.contradictory("b", "c") and theory.contradictory("c", "b")
    assert not theory.contradictory("a", "b")
    assert theory.undercutters["s"] == frozenset({"c"})
    assert theory.relation["b", "c"] == "x1"  # the contradictory attack, written once
    assert theory.relation["c", "s"] == "x2"


def test_two_one_way_attacks_make_a_contradictory_pair() -> None:
    m = build(["a", "b"], {}, [("rebut", "a", "b"), ("rebut", "b", "a")])
    assert argumentation_theory(m).contradictory("a", "b")
