"""What-if: every edit returned flips the status, and no single edit that flips it is missed."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from argmap import corpus
from argmap.explain import Status
from argmap.explain.whatif import EditKind, robustness, what_if, what_if_map, what_if_maps
from argmap.frameworks import AF, ArgumentationFramework
from argmap.model import ArgumentMap
from argmap.semantics import Semantics
from tests.explain import frameworks, oracle_status
from tests.strategies import plain_maps

SEMANTICS = ["grounded", "preferred", "stable", "complete"]


def brute_force_framework_flips(
    af: ArgumentationFramework, target: str, semantics: str
) -> dict[tuple[str, str], Status]:
    """Every single edit of a framework that changes the target's status, by definition."""
    before = oracle_status(af, target, semantics)
    flips: dict[tuple[str, str], Status] = {}
    attacks = sorted(af.attacks)
    for pair in attacks:
        edited = AF(af.arguments, [p for p in attacks if p != pair])
        after = oracle_status(edited, target, semantics)
        if after is not before:
            flips[("remove_relation", f"{pair[0]}→{pair[1]}")] = after
    for gone in af.arguments:
        if gone == target:
            continue
        kept = [a for a in af.arguments if a != gone]
        edited = AF(kept, [p for p in attacks if gone not in p])
        after = oracle_status(edited, target, semantics)
        if after is not before:
            flips[("remove_statement", gone)] = after
    return flips


@settings(max_examples=100, deadline=None)
@given(frameworks(max_arguments=5), st.sampled_from(SEMANTICS))
def test_framework_what_if_is_exact(af: ArgumentationFramework, semantics: str) -> None:
    for target in af.arguments:
        result = what_if(af, target, semantics)
        assert result.status is oracle_status(af, target, semantics)
        got = {(f.edit.kind.value, f.edit.element): f.after for f in result.flips}
        assert got == brute_force_framework_flips(af, target, semantics)
        assert result.considered == af.number_of_attacks() + len(af) - 1
        keys = [(f.edit.kind.rank, f.edit.distance) for f in result.flips]
        assert keys == sorted(keys), "ranked by kind of edit, then closeness"
        for f in result.flips:
            if target in f.edit.ends:
                assert f.edit.distance == 0


@settings(max_examples=60, deadline=None)
@given(frameworks(max_arguments=5), st.sampled_from(SEMANTICS))
def test_what_if_map_agrees_with_what_if(af: ArgumentationFramework, semantics: str) -> None:
    every = what_if_map(af, semantics)
    scores = robustness(af, semantics)
    for target in af.arguments:
        single = what_if(af, target, semantics)
        assert every[target].flips == single.flips
        assert every[target].considered == single.considered
        r = scores[target]
        assert r.flipping == len(single.flips) and 0.0 <= r.score <= 1.0
        assert r.score == single.robustness


# -- maps ---------------------------------------------------------------------------------------


def edited_framework(m: ArgumentMap, kind: str, element: str) -> ArgumentationFramework:
    """The Dung framework of the map after one edit, built from the translation's rules."""
    claims = [s.id for s in m.statements]
    supports = {s.id: (tuple(s.premises), s.conclusion) for s in m.supports}
    attacks = {a.id: (a.source, a.target) for a in m.attacks}
    if kind == "remove_statement":
        claims.remove(element)
        supports = {k: v for k, v in supports.items() if element not in (*v[0], v[1])}
    elif kind == "remove_relation":
        supports.pop(element, None)
        attacks.pop(element, None)
    elif element in attacks:
        source, target = attacks.pop(element)
        supports[element] = ((source,), target)
    else:
        (premise,), conclusion = supports.pop(element)
        attacks[element] = (premise, conclusion)
    arguments = [*claims, *supports]
    return AF(arguments, [p for p in attacks.values() if p[0] in arguments and p[1] in arguments])


def brute_force_map_flips(
    m: ArgumentMap, target: str, semantics: str
) -> dict[tuple[str, str], Status]:
    base = edited_framework(m, "remove_relation", "")
    before = oracle_status(base, target, semantics)
    edits = [("remove_relation", a.id) for a in m.attacks]
    edits += [("remove_relation", s.id) for s in m.supports]
    edits += [("flip_relation", a.id) for a in m.attacks if a.kind.value != "undercut"]
    edits += [("flip_relation", s.id) for s in m.supports if len(s.premises) == 1]
    edits += [("remove_statement", s.id) for s in m.statements if s.id != target]
    flips = {}
    for kind, element in edits:
        after = oracle_status(edited_framework(m, kind, element), target, semantics)
        if after is not before:
            flips[(kind, element)] = after
    return flips


@settings(max_examples=60, deadline=None)
@given(plain_maps(), st.sampled_from(["grounded", "preferred"]))
def test_map_what_if_is_exact(m: ArgumentMap, semantics: str) -> None:
    for statement in m.statements:
        # the oracle edits the abstract (Dung) view of the map
        result = what_if(m, statement.id, semantics, reading="abstract")
        got = {(f.edit.kind.value, f.edit.element): f.after for f in result.flips}
        assert got == brute_force_map_flips(m, statement.id, semantics)
        kinds = [f.edit.kind.rank for f in result.flips]
        assert kinds == sorted(kinds)


def test_flipping_a_support_into_an_attack() -> None:
    m = ArgumentMap(
        title="t",
        statements=[{"id": x, "text": {"en": f"{x}."}} for x in ("p", "c", "q")],
        supports=[{"id": "sp", "premises": ["p"], "conclusion": "c"}],
        attacks=[{"id": "aq", "kind": "rebut", "source": "q", "target": "c"}],
    )
    result = what_if(m, "c", "grounded")
    assert result.status is Status.REJECTED
    assert [(f.edit.kind, f.edit.element) for f in result.flips] == [
        (EditKind.REMOVE_RELATION, "aq"),
        (EditKind.FLIP_RELATION, "aq"),
        (EditKind.REMOVE_STATEMENT, "q"),
    ]
    # The support flipped into an attack would add a second attacker: no change.
    assert result.considered == 2 + 2 + 2


@pytest.mark.parametrize("reading", ["structured", "abstract"])
def test_what_if_under_several_semantics_matches_one_at_a_time(reading: str) -> None:
    # what_if_maps builds each edited framework once for every semantics; the answers
    # must be those of what_if_map under each semantics alone
    m = corpus.load("csmo")
    chosen = [Semantics.GROUNDED, Semantics.PREFERRED, Semantics.STABLE]
    together = what_if_maps(m, chosen, reading=reading)
    assert list(together) == chosen
    for semantics, found in together.items():
        alone = what_if_map(m, semantics, reading=reading)
        assert {
            t: (w.status, [f.edit for f in w.flips], w.considered) for t, w in found.items()
        } == {t: (w.status, [f.edit for f in w.flips], w.considered) for t, w in alone.items()}
