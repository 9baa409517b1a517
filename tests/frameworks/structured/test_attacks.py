"""Attacks between ASPIC+ arguments: undercut, undermine, rebut, on sub-arguments."""

from __future__ import annotations

from argmap.frameworks.structured import StructuredFramework, structured_framework
from tests.frameworks.structured.maps import build


def _attacks(sf: StructuredFramework) -> list[tuple[str, str, str, str, str]]:
    return [(a.attacker, a.attacked, a.on, a.kind.value, a.relation) for a in sf.attacks]


def test_an_undercut_hits_every_argument_using_the_support() -> None:
    m = build(
        ["p", "a", "b", "u"], {"s": (["p"], "a"), "t": (["a"], "b")}, [("undercut", "u", "s")]
    )
    assert _attacks(structured_framework(m)) == [
        ("u", "a:s", "a:s", "undercut", "x0"),
        ("u", "b:t", "a:s", "undercut", "x0"),
    ]


def test_a_rebut_of_an_unsupported_statement_undermines_it() -> None:
    m = build(["p", "c", "x"], {"s": (["p"], "c")}, [("rebut", "x", "p")])
    assert _attacks(structured_framework(m)) == [
        ("x", "p", "p", "undermine", "x0"),
        ("x", "c:s", "p", "undermine", "x0"),
    ]


def test_a_rebut_hits_the_arguments_whose_last_defeasible_rule_concludes_the_target() -> None:
    m = build(["p", "a", "b", "x"], {"s": (["p"], "a"), "t": (["a"], "b")}, [("rebut", "x", "a")])
    assert _attacks(structured_framework(m)) == [
        ("x", "a:s", "a:s", "rebut", "x0"),
        ("x", "b:t", "a:s", "rebut", "x0"),
    ]


def test_restricted_rebut_spares_a_conclusion_of_a_strict_rule() -> None:
    strict = build(["p", "c", "x"], {"s": (["p"], "c")}, [("rebut", "x", "c")], strict=["s"])
    assert structured_framework(strict).attacks == ()
    # The same map with a defeasible support: x rebuts c:s.
    loose = build(["p", "c", "x"], {"s": (["p"], "c")}, [("rebut", "x", "c")])
    assert _attacks(structured_framework(loose)) == [("x", "c:s", "c:s", "rebut", "x0")]


def test_a_strict_conclusion_is_attacked_through_its_defeasible_subarguments() -> None:
    m = build(
        ["p", "a", "c", "x"],
        {"s": (["p"], "a"), "t": (["a"], "c")},
        [("rebut", "x", "a")],
        strict=["t"],
    )
    assert _attacks(structured_framework(m)) == [
        ("x", "a:s", "a:s", "rebut", "x0"),
        ("x", "c:t", "a:s", "rebut", "x0"),
    ]


def test_a_marked_premise_is_undermined_and_its_reasons_rebutted() -> None:
    m = build(["p", "c", "x"], {"s": (["p"], "c")}, [("rebut", "x", "c")], premise=["c"])
    assert _attacks(structured_framework(m)) == [
        ("x", "c", "c", "undermine", "x0"),
        ("x", "c:s", "c:s", "rebut", "x0"),
    ]


def test_contradictory_positions_attack_each_other_from_one_written_attack() -> None:
    m = build(["a", "b", "r"], {"s": (["r"], "a")}, [("rebut", "b", "a")], contradictory=[0])
    sf = structured_framework(m)
    assert _attacks(sf) == [
        ("a:s", "b", "b", "undermine", "x0"),
        ("b", "a:s", "a:s", "rebut", "x0"),
    ]
    assert not any(a.contrary for a in sf.attacks)


def test_one_way_contraries_are_marked_contrary() -> None:
    m = build(["a", "b"], {}, [("rebut", "b", "a")])
    (attack,) = structured_framework(m).attacks
    assert attack.contrary and attack.defeat


def test_without_preferences_the_defeats_are_the_attacks() -> None:
    m = build(
        ["p", "a", "b", "u", "v"],
        {"s": (["p"], "a"), "t": (["a"], "b")},
        [("undercut", "u", "s"), ("rebut", "v", "u"), ("rebut", "u", "v")],
    )
    sf = structured_framework(m)
    assert sf.defeats == sf.attacks
    assert sf.framework.attacks == {(a.attacker, a.attacked) for a in sf.attacks}
    assert list(sf.framework.arguments) == [a.name for a in sf.arguments]
