"""Readings of a map: where they must agree, where they differ and why, and the one API.

A reading decides what supports mean. On a map without supports there is nothing for
the readings to disagree on, so every reading gives every claim the same status, under
every Dung semantics; the one place they legitimately differ there is a contradictory
attack, which the structured reading reads both ways and the others as written.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from argmap import corpus
from argmap.evaluation import (
    DEFAULT_READING,
    Reading,
    evaluate,
    parse_reading,
    reading_names,
    semantics_name,
    semantics_names,
)
from argmap.model import ArgumentMap, StatementKind
from argmap.semantics import Semantics

IDS = ("a", "b", "c", "d", "e", "f")
CONTAIN_GROUNDED = {"grounded", "complete", "preferred", "stable", "semi-stable", "ideal", "eager"}
"""Semantics whose every extension contains the grounded extension."""


@st.composite
def support_free_maps(draw: st.DrawFn) -> ArgumentMap:
    """Maps of claims and rebuttals (self-attacks and cycles included), no supports (so no
    undermine or undercut, which need one) and no contradictory attack."""
    ids = IDS[: draw(st.integers(1, len(IDS)))]
    pairs = draw(st.lists(st.tuples(st.sampled_from(ids), st.sampled_from(ids)), max_size=9))
    attacks = [
        {"id": f"x{k}", "kind": "rebut", "source": s, "target": t}
        for k, (s, t) in enumerate(dict.fromkeys(pairs))
    ]
    statements = [{"id": i, "text": {"en": f"Claim {i}."}} for i in ids]
    return ArgumentMap(title="t", statements=statements, attacks=attacks)


def claim_statuses(m: ArgumentMap, semantics: Semantics, reading: Reading) -> dict[str, str]:
    result = evaluate(m, semantics, reading=reading)
    return {s.id: result.status(s.id).value for s in m.statements}


@settings(max_examples=80, deadline=None)
@given(support_free_maps(), st.sampled_from(list(Semantics)))
def test_maps_without_supports_give_the_same_statuses_in_every_reading(
    m: ArgumentMap, semantics: Semantics
) -> None:
    expected = claim_statuses(m, semantics, Reading.ABSTRACT)
    for reading in Reading:
        assert claim_statuses(m, semantics, reading) == expected, reading


def test_a_contradictory_attack_is_read_both_ways_by_the_structured_reading_only() -> None:
    # Rival positions that exclude each other are written with one attack marked
    # contradictory: ASPIC+ makes them contraries of each other (a contradictory pair),
    # while the Dung view and the readings of support keep the attack as written.
    m = ArgumentMap(
        title="t",
        statements=[{"id": i, "text": {"en": f"Claim {i}."}} for i in ("a", "b")],
        attacks=[{"id": "x", "kind": "rebut", "source": "a", "target": "b", "contradictory": True}],
    )
    for reading in Reading:
        got = claim_statuses(m, Semantics.GROUNDED, reading)
        if reading is Reading.STRUCTURED:
            assert got == {"a": "undec", "b": "undec"}
        else:
            assert got == {"a": "in", "b": "out"}, reading


def undercut_map() -> ArgumentMap:
    """``c`` rests on ``p`` alone, and ``u`` undercuts that inference; ``d`` rebuts ``c``
    and stands on ``q``."""
    return ArgumentMap(
        title="t",
        statements=[{"id": i, "text": {"en": f"Claim {i}."}} for i in ("c", "p", "u", "d", "q")],
        supports=[
            {"id": "s", "premises": ["p"], "conclusion": "c"},
            {"id": "t", "premises": ["q"], "conclusion": "d"},
        ],
        attacks=[
            {"id": "x", "kind": "undercut", "source": "u", "target": "s"},
            {"id": "y", "kind": "rebut", "source": "d", "target": "c"},
        ],
    )


def csmo() -> ArgumentMap:
    if "csmo" not in corpus.names():
        pytest.skip("the built-in CSMO debate is not available")
    return corpus.load("csmo")


@pytest.mark.parametrize("reading", list(Reading))
@pytest.mark.parametrize("name", ["hand", "csmo"])
def test_the_one_api_answers_every_semantics_under_every_reading(
    name: str, reading: Reading
) -> None:
    m = undercut_map() if name == "hand" else csmo()
    claims = [s.id for s in m.statements if s.kind is not StatementKind.ISSUE]
    supports = [s.id for s in m.supports]
    for semantics in semantics_names():
        result = evaluate(m, semantics, reading=reading)
        assert result.reading is reading and semantics_name(result.semantics) == semantics
        assert list(result.origin) == [*claims, *supports]
        for claim in claims:
            if result.gradual:
                assert 0.0 <= result.strength(claim) <= 1.0
            else:
                result.status(claim)  # every claim has a status
        if name == "hand" and not result.gradual:
            # u and q are unattacked and unsupported: in every extension that contains the
            # grounded one (complete-based semantics), in some under the others
            wanted = {"accepted"} if semantics in CONTAIN_GROUNDED else {"accepted", "credulous"}
            assert result.status("u").verdict.value in wanted, semantics
            assert result.status("q").verdict.value in wanted, semantics


@pytest.mark.parametrize(
    ("reading", "c", "d"),
    [
        # c's only reason is undercut, so its argument falls, and d's rebuttal stands
        ("structured", "out", "in"),
        # the Dung view: the undercut hits the inference only; d attacks c and wins
        ("abstract", "out", "in"),
    ],
)
def test_hand_map_statuses_under_the_readings(reading: str, c: str, d: str) -> None:
    result = evaluate(undercut_map(), "grounded", reading=reading)
    assert (result.status("c").value, result.status("d").value) == (c, d)
    assert result.status("s").value == "out"  # the undercut inference, in both readings


def test_an_undercut_reason_separates_the_default_reading_from_the_dung_view() -> None:
    m = ArgumentMap(
        title="t",
        statements=[{"id": i, "text": {"en": f"Claim {i}."}} for i in ("c", "p", "u")],
        supports=[{"id": "s", "premises": ["p"], "conclusion": "c"}],
        attacks=[{"id": "x", "kind": "undercut", "source": "u", "target": "s"}],
    )
    assert DEFAULT_READING is Reading.STRUCTURED and parse_reading(None) is Reading.STRUCTURED
    assert reading_names()[0] == "structured"
    assert evaluate(m, "grounded").status("c").value == "out"
    assert evaluate(m, "grounded", reading="abstract").status("c").value == "in"
