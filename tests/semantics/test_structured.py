"""Statement statuses in the structured reading, on hand-checked small maps."""

from __future__ import annotations

import pytest

from argmap.frameworks.structured import ArgumentOrdering, structured_framework
from argmap.model import ArgumentMap
from argmap.semantics.statuses import Status
from argmap.semantics.structured import conclusion_statuses
from argmap.semantics.types import Semantics
from tests.frameworks.structured.maps import build


def _statuses(m: ArgumentMap, semantics: str = "grounded", **kw: object) -> dict[str, str]:
    result = conclusion_statuses(structured_framework(m, **kw), semantics)  # type: ignore[arg-type]
    return {k: v.value for k, v in result.statuses.items()}


def test_a_claim_whose_only_reason_is_undercut_is_out() -> None:
    m = build(["c", "p", "u"], {"s": (["p"], "c")}, [("undercut", "u", "s")])
    assert _statuses(m) == {"c": "out", "p": "in", "u": "in"}
    assert _statuses(m, "preferred") == {"c": "rejected", "p": "sceptical", "u": "sceptical"}


def test_linked_premises_fall_with_either_premise() -> None:
    m = build(["c", "p", "q", "x"], {"s": (["p", "q"], "c")}, [("undermine", "x", "q")])
    assert _statuses(m) == {"c": "out", "p": "in", "q": "out", "x": "in"}


def test_convergent_reasons_stand_while_one_stands() -> None:
    m = build(
        ["c", "p", "q", "x"], {"s": (["p"], "c"), "t": (["q"], "c")}, [("undermine", "x", "q")]
    )
    assert _statuses(m) == {"c": "in", "p": "in", "q": "out", "x": "in"}


def test_a_chain_falls_with_its_first_link() -> None:
    m = build(
        ["p", "a", "b", "u"], {"s": (["p"], "a"), "t": (["a"], "b")}, [("undercut", "u", "s")]
    )
    assert _statuses(m) == {"p": "in", "a": "out", "b": "out", "u": "in"}


def test_reinstatement() -> None:
    # v undermines u, which undercut the reason for c: c is reinstated.
    m = build(
        ["c", "p", "u", "v"], {"s": (["p"], "c")}, [("undercut", "u", "s"), ("rebut", "v", "u")]
    )
    assert _statuses(m) == {"c": "in", "p": "in", "u": "out", "v": "in"}


def test_a_rebutter_whose_own_reason_is_undercut() -> None:
    m = build(
        ["c", "p", "d", "q", "w"],
        {"s": (["p"], "c"), "t": (["q"], "d")},
        [("rebut", "d", "c"), ("undercut", "w", "t")],
    )
    assert _statuses(m) == {"c": "in", "p": "in", "d": "out", "q": "in", "w": "in"}


def test_rival_positions_one_of_whose_reasons_are_all_defeated() -> None:
    m = build(
        ["a", "b", "r", "u"],
        {"s": (["r"], "a")},
        [("rebut", "b", "a"), ("undercut", "u", "s")],
        contradictory=[0],
    )
    assert _statuses(m) == {"a": "out", "b": "in", "r": "in", "u": "in"}
    # Without the undercut, neither wins.
    m = build(["a", "b", "r"], {"s": (["r"], "a")}, [("rebut", "b", "a")], contradictory=[0])
    assert _statuses(m) == {"a": "undec", "b": "undec", "r": "in"}
    assert _statuses(m, "preferred") == {"a": "credulous", "b": "credulous", "r": "sceptical"}


def test_a_support_cycle_without_a_premise_stands_on_nothing() -> None:
    m = build(["a", "b"], {"s1": (["a"], "b"), "s2": (["b"], "a")})
    assert _statuses(m) == {"a": "out", "b": "out"}
    assert _statuses(m, "preferred") == {"a": "rejected", "b": "rejected"}


def test_a_marked_premise_survives_the_undercut_of_its_reason() -> None:
    m = build(["c", "p", "u"], {"s": (["p"], "c")}, [("undercut", "u", "s")], premise=["c"])
    assert _statuses(m)["c"] == "in"


def test_restricted_rebut_without_transposition_keeps_both_sides() -> None:
    # A strict rule cannot be rebutted and the map has no negation to transpose it
    # with: x and c are both accepted (docs/semantics.md: no closure under transposition).
    m = build(["p", "c", "x"], {"s": (["p"], "c")}, [("rebut", "x", "c")], strict=["s"])
    assert _statuses(m) == {"p": "in", "c": "in", "x": "in"}


def test_preferences_decide_a_contradictory_pair() -> None:
    m = build(
        ["a", "b"], {}, [("rebut", "a", "b")], contradictory=[0], weights={"a": 0.9, "b": 0.2}
    )
    assert _statuses(m) == {"a": "undec", "b": "undec"}
    assert _statuses(m, ordering=ArgumentOrdering()) == {"a": "in", "b": "out"}


def test_a_floating_conclusion_is_sceptical_though_no_argument_is() -> None:
    m = build(
        ["a", "b", "c"],
        {"s1": (["a"], "c"), "s2": (["b"], "c")},
        [("rebut", "a", "b")],
        contradictory=[0],
    )
    result = conclusion_statuses(structured_framework(m), "preferred")
    assert result.status("c") is Status.SCEPTICAL
    assert set(result.arguments_for("c").values()) == {Status.CREDULOUS}
    # Cut the enumeration short: the floating conclusion can no longer be told apart.
    cut = conclusion_statuses(structured_framework(m), "preferred", extension_limit=1)
    assert cut.status("c") is Status.UNKNOWN
    assert cut.status("a") is Status.CREDULOUS


def test_no_stable_extension() -> None:
    m = build(["a", "b", "c"], {}, [("rebut", "a", "b"), ("rebut", "b", "c"), ("rebut", "c", "a")])
    assert set(_statuses(m, "stable").values()) == {"no_extension"}


@pytest.mark.parametrize("semantics", [s.value for s in Semantics])
def test_every_semantics_gives_every_claim_a_status(semantics: str) -> None:
    m = build(
        ["c", "p", "d", "q", "w"],
        {"s": (["p"], "c"), "t": (["q"], "d")},
        [("rebut", "d", "c"), ("undercut", "w", "t")],
    )
    result = conclusion_statuses(structured_framework(m), semantics)
    assert list(result.statuses) == ["c", "p", "d", "q", "w"]
    assert result.status("w") is not Status.UNKNOWN
    with pytest.raises(KeyError, match="not a claim"):
        result.status("s")


def test_a_timeout_leaves_statuses_unknown() -> None:
    m = build(["c", "p"], {"s": (["p"], "c")})
    result = conclusion_statuses(structured_framework(m), "grounded", timeout=0.0)
    assert set(result.statuses.values()) <= {Status.UNKNOWN, Status.IN}
