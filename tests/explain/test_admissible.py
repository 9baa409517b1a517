"""Credulous explanations are admissible sets with real defences; refutations are real."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from argmap.explain.admissible import (
    CredulousProof,
    ExcludedEverywhere,
    Exclusion,
    NoExtension,
    Refutation,
    RefutationTooLargeError,
    SelfAttack,
    TooLargeToShow,
    counter_extension,
    explain_credulous,
    extension_with,
    refutation,
)
from argmap.explain.dispute import Move, Player
from argmap.frameworks import AF, ArgumentationFramework
from argmap.semantics import Semantics, extensions
from tests.explain import admissible, extensions_of, frameworks

ADMISSIBLE_FAMILY = ["admissible", "complete", "preferred", "stable"]


def check_proof(af: ArgumentationFramework, a: str, semantics: str, proof: CredulousProof) -> None:
    assert proof.argument == a
    assert proof.defence_set is not None and proof.defence_set[0] == a
    members = frozenset(proof.defence_set)
    assert admissible(af, members), "the defence set is admissible"
    assert members <= proof.extension
    if semantics != "admissible":
        assert proof.extension in extensions_of(af, semantics)
    else:
        assert admissible(af, proof.extension)
    covered = set()
    for step in proof.steps:
        assert step.defended in members and step.defender in members
        assert af.attacks_between(step.attacker, step.defended), step
        assert af.attacks_between(step.defender, step.attacker), step
        covered.add((step.attacker, step.defended))
    expected = {(b, x) for x in members for b in af.attackers(x)}
    assert covered == expected, "every attack on the set is answered"


def legal_answers(af: ArgumentationFramework, held: set[str], attacker: str) -> set[str]:
    return {
        c
        for c in af.attackers(attacker)
        if not af.attacks_between(c, c)
        and not any(af.attacks_between(c, s) or af.attacks_between(s, c) for s in held)
    }


def check_refutation(af: ArgumentationFramework, a: str, found: Refutation) -> None:
    """The opponent's strategy wins against every proponent answer."""

    def proponent(move: Move, held: set[str]) -> None:
        assert move.player is Player.PROPONENT
        held = held | {move.argument}
        assert not any(af.attacks_between(x, y) for x in held for y in held)
        assert len(move.children) == 1
        (attack,) = move.children
        assert attack.player is Player.OPPONENT
        assert attack.against in held and af.attacks_between(attack.argument, attack.against)
        assert not any(af.attacks_between(s, attack.argument) for s in held)
        answers = legal_answers(af, held, attack.argument)
        assert {child.argument for child in attack.children} == answers
        for child in attack.children:
            assert child.against == attack.argument
            proponent(child, held)

    assert found.root.argument == a and found.root.against is None
    proponent(found.root, set())


@settings(max_examples=300, deadline=None)
@given(frameworks(max_arguments=6), st.sampled_from(ADMISSIBLE_FAMILY))
def test_credulous_explanations_are_valid(af: ArgumentationFramework, semantics: str) -> None:
    found = extensions_of(af, semantics)
    for a in af.arguments:
        why = explain_credulous(af, a, semantics)
        accepted = any(a in e for e in found)
        if accepted:
            assert isinstance(why, CredulousProof)
            check_proof(af, a, semantics, why)
            continue
        assert not isinstance(why, CredulousProof)
        if isinstance(why, SelfAttack):
            assert af.attacks_between(a, a)
        elif isinstance(why, NoExtension):
            assert semantics == "stable" and not found
        elif isinstance(why, Refutation):
            assert not any(a in s for s in extensions_of(af, "admissible"))
            check_refutation(af, a, why)
        elif isinstance(why, ExcludedEverywhere):
            assert semantics == "stable"
            assert why.exhaustive and len(why.counters) == len(found)
            assert {c.extension for c in why.counters} == set(found)
            for counter in why.counters:
                assert counter.exclusion is Exclusion.ATTACKED
                assert counter.witness in counter.extension
                assert af.attacks_between(counter.witness, a)
            assert why.admissible is not None
            check_proof(af, a, "admissible", why.admissible)
        else:
            raise AssertionError(f"unexpected rejection {why!r}")


@settings(max_examples=150, deadline=None)
@given(frameworks(max_arguments=6))
def test_refutation_matches_brute_force(af: ArgumentationFramework) -> None:
    in_some = set().union(*extensions_of(af, "admissible"))
    for a in af.arguments:
        found = refutation(af, a)
        if a in in_some:
            assert found is None
        elif af.attacks_between(a, a):
            assert isinstance(found, SelfAttack)
        else:
            assert isinstance(found, Refutation)
            check_refutation(af, a, found)


@settings(max_examples=150, deadline=None)
@given(
    frameworks(max_arguments=6),
    st.sampled_from(["semi_stable", "stage", "naive", "cf2", "stage2", "conflict_free"]),
)
def test_other_semantics_are_explained_by_their_extensions(
    af: ArgumentationFramework, semantics: str
) -> None:
    found = list(extensions(af, semantics))
    for a in af.arguments:
        why = explain_credulous(af, a, semantics)
        if any(a in e for e in found):
            assert isinstance(why, CredulousProof)
            assert why.extension in found and a in why.extension
            if why.defence_set is not None:
                assert admissible(af, frozenset(why.defence_set))
        elif isinstance(why, ExcludedEverywhere):
            assert {c.extension for c in why.counters} <= set(found)
            for counter in why.counters:
                check_counter(af, a, counter.extension, counter.exclusion, counter.witness)
        else:
            assert isinstance(why, SelfAttack) and af.attacks_between(a, a)


def check_counter(
    af: ArgumentationFramework, a: str, extension: frozenset[str], kind: Exclusion, witness: str
) -> None:
    assert a not in extension
    if kind is Exclusion.ATTACKED:
        assert witness in extension and af.attacks_between(witness, a)
    elif kind is Exclusion.SELF_ATTACK:
        assert witness == a and af.attacks_between(a, a)
    elif kind is Exclusion.ATTACKS_MEMBER:
        assert witness in extension and af.attacks_between(a, witness)
    else:
        assert af.attacks_between(witness, a)
        assert not any(af.attacks_between(c, witness) for c in extension)


@settings(max_examples=150, deadline=None)
@given(frameworks(max_arguments=6), st.sampled_from(["complete", "preferred", "stable"]))
def test_extension_with_and_counter_extension(af: ArgumentationFramework, semantics: str) -> None:
    found = extensions_of(af, semantics)
    for a in af.arguments:
        with_it = extension_with(af, a, semantics, member=True)
        without = extension_with(af, a, semantics, member=False)
        assert (with_it is not None) == any(a in e for e in found)
        assert (without is not None) == any(a not in e for e in found)
        if with_it is not None:
            assert with_it in found and a in with_it
        if without is not None:
            assert without in found and a not in without
            counter = counter_extension(af, a, without)
            check_counter(af, a, without, counter.exclusion, counter.witness)


def test_defence_set_is_small() -> None:
    # c is defended against b by a; the big extension also holds d, e, f.
    af = AF(
        ["a", "b", "c", "d", "e", "f"],
        [("a", "b"), ("b", "c"), ("e", "f")],
    )
    why = explain_credulous(af, "c", "preferred")
    assert isinstance(why, CredulousProof)
    assert why.defence_set == ("c", "a")
    assert why.extension == frozenset({"a", "c", "d", "e"})


def test_refutation_with_several_answers() -> None:
    # a is attacked by b; b can be answered by c or d, but each of them is attacked
    # by an unattacked argument.
    af = AF(
        ["a", "b", "c", "d", "x", "y"],
        [("b", "a"), ("c", "b"), ("d", "b"), ("x", "c"), ("y", "d")],
    )
    found = explain_credulous(af, "a", "preferred")
    assert isinstance(found, Refutation)
    (attack,) = found.root.children
    assert attack.argument == "b"
    assert [m.argument for m in attack.children] == ["c", "d"]
    assert [m.children[0].argument for m in attack.children] == ["x", "y"]
    reasons = found.dead_end_reasons("x", ["a", "c"])
    assert reasons == ()


def test_dead_end_reasons_name_the_conflicts() -> None:
    af = AF(
        ["a", "b", "c", "d", "e"],
        [("b", "a"), ("c", "b"), ("c", "a"), ("d", "b"), ("d", "d"), ("c", "e"), ("e", "c")],
    )
    found = explain_credulous(af, "a", "admissible")
    assert isinstance(found, Refutation)
    reasons = {(r.argument, r.conflict.value, r.other) for r in found.dead_end_reasons("b", ["a"])}
    assert reasons == {("c", "attacks_proponent", "a"), ("d", "self_attack", "d")}


def test_refutation_budget() -> None:
    with pytest.raises(RefutationTooLargeError):
        refutation(
            AF(
                ["a", "b", "c", "x", "y"],
                [("b", "a"), ("c", "b"), ("x", "c"), ("y", "x"), ("x", "y"), ("y", "c")],
            ),
            "a",
            budget=1,
        )


def test_stable_without_extension_and_too_large() -> None:
    odd = AF(["a", "b", "c", "d"], [("a", "b"), ("b", "c"), ("c", "a")])
    assert explain_credulous(odd, "d", "stable") == NoExtension(Semantics.STABLE)
    assert TooLargeToShow("a", Semantics.PREFERRED, ("b",)).attackers == ("b",)


def test_refutation_along_a_long_attack_chain_is_searched_without_recursion() -> None:
    # a0 ← a1 ← … ← a1999: every line of the game runs to the unattacked a1999,
    # one position per move, twice as deep as Python's recursion limit.
    n = 2_000
    names = [f"a{i}" for i in range(n)]
    af = AF(names, [(names[i + 1], names[i]) for i in range(n - 1)])
    found = refutation(af, "a0", budget=n)
    assert isinstance(found, Refutation)
    line = [(m.player, m.argument) for m in found.root.walk()]
    players = [Player.PROPONENT, Player.OPPONENT] * (n // 2)
    assert line == list(zip(players, names, strict=True))
    assert refutation(af, "a1", budget=n) is None
