"""ASPIC+ arguments built from maps: sub-arguments, cycles, names, the cap."""

from __future__ import annotations

import pytest

from argmap.frameworks.structured import (
    ArgumentLimitError,
    argumentation_theory,
    iter_arguments,
    structured_framework,
)
from tests.frameworks.structured.maps import build


def _shape(m_args: object) -> list[tuple[str, str, str | None, tuple[str, ...]]]:
    return [(a.name, a.conclusion, a.top_rule, a.subarguments) for a in m_args]  # type: ignore[attr-defined]


def test_linked_premises_give_one_argument_with_both_subarguments() -> None:
    m = build(["c", "p", "q"], {"s": (["p", "q"], "c")})
    args = structured_framework(m).arguments
    assert _shape(args) == [
        ("p", "p", None, ()),
        ("q", "q", None, ()),
        ("c:s", "c", "s", ("p", "q")),
    ]
    top = args[-1]
    assert top.premises == {"p", "q"} and top.rules == {"s"} and top.defeasible_rules == {"s"}


def test_convergent_reasons_give_one_argument_each() -> None:
    m = build(["c", "p", "q"], {"s": (["p"], "c"), "t": (["q"], "c")})
    sf = structured_framework(m)
    assert [a.name for a in sf.arguments_for("c")] == ["c:s", "c:t"]
    assert sf.argument("c:t").premises == {"q"}


def test_chains_multiply_arguments_and_number_them() -> None:
    # Two reasons for a, each carried on to b: two arguments for b, with one rule.
    m = build(["p", "q", "a", "b"], {"s": (["p"], "a"), "t": (["q"], "a"), "u": (["a"], "b")})
    sf = structured_framework(m)
    assert [(a.name, a.subarguments) for a in sf.arguments_for("b")] == [
        ("b:u", ("a:s",)),
        ("b:u#2", ("a:t",)),
    ]
    assert sf.subarguments("b:u#2") == {"b:u#2", "a:t", "q"}
    assert sf.argument("b:u").last_defeasible_rules == {"u"}


def test_a_support_cycle_never_uses_a_conclusion_to_establish_itself() -> None:
    m = build(["p", "a", "b"], {"s1": (["p"], "a"), "s2": (["a"], "b"), "s3": (["b"], "a")})
    names = [a.name for a in structured_framework(m).arguments]
    assert names == ["p", "a:s1", "b:s2"]


def test_a_cycle_with_no_premise_gives_no_argument() -> None:
    m = build(["a", "b"], {"s1": (["a"], "b"), "s2": (["b"], "a")})
    assert structured_framework(m).arguments == ()


def test_a_marked_premise_has_its_own_argument_beside_its_reasons() -> None:
    m = build(["c", "p"], {"s": (["p"], "c")}, premise=["c"])
    assert [a.name for a in structured_framework(m).arguments_for("c")] == ["c", "c:s"]


def test_strict_rules_carry_the_last_defeasible_rules_of_their_subarguments() -> None:
    m = build(["p", "a", "c"], {"s": (["p"], "a"), "t": (["a"], "c")}, strict=["t"])
    top = structured_framework(m).argument("c:t")
    assert top.strict and top.defeasible_rules == {"s"} and top.last_defeasible_rules == {"s"}
    assert top.rules == {"s", "t"}


def test_the_cap_names_the_map_size_and_how_to_raise_it() -> None:
    # k reasons for each of a1..a3, all linked into c: k**3 arguments for c.
    claims = ["c", "a1", "a2", "a3"] + [f"p{i}" for i in range(4)]
    supports = {f"s{j}{i}": ([f"p{i}"], f"a{j}") for j in (1, 2, 3) for i in range(4)} | {
        "t": (["a1", "a2", "a3"], "c")
    }
    m = build(claims, supports)
    assert len(structured_framework(m).arguments) == 4 + 12 + 64
    with pytest.raises(ArgumentLimitError) as info:
        structured_framework(m, max_arguments=50)
    message = str(info.value)
    assert "8 claims, 13 supports" in message
    assert "more than 50 structured arguments" in message
    assert "max_arguments=" in message


def test_construction_is_lazy() -> None:
    claims = ["c", "a1", "a2", "a3"] + [f"p{i}" for i in range(30)]
    supports = {f"s{j}{i}": ([f"p{i}"], f"a{j}") for j in (1, 2, 3) for i in range(30)} | {
        "t": (["a1", "a2", "a3"], "c")
    }
    built = iter_arguments(argumentation_theory(build(claims, supports)))
    first = [next(built) for _ in range(40)]
    assert [a.name for a in first[:30]] == [f"p{i}" for i in range(30)]


def test_names_are_deterministic() -> None:
    m = build(["p", "q", "a", "b"], {"s": (["p"], "a"), "t": (["q"], "a"), "u": (["a"], "b")})
    first = [a.name for a in structured_framework(m).arguments]
    again = [a.name for a in structured_framework(m).arguments]
    assert first == again == ["p", "q", "a:s", "a:t", "b:u", "b:u#2"]
