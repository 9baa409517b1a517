"""The SAT engine's encoding: the cone of influence of a query, against the oracle."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from argmap.frameworks.abstract import ArgumentationFramework
from argmap.semantics.engines import sat, sat_encoding
from argmap.semantics.engines.sat import SatEngine
from argmap.semantics.engines.sat_encoding import Prepared, cone_of
from argmap.semantics.labelling_search import UNDEC
from argmap.semantics.types import Semantics
from tests.semantics.oracle import Oracle


@st.composite
def layered(draw: st.DrawFn) -> ArgumentationFramework:
    """Two random tangles, the first attacking into the second and never back: the
    cone of an argument of the first leaves the second out."""
    low = draw(st.integers(1, 4))
    high = draw(st.integers(0, 4))
    names = [f"a{i}" for i in range(low + high)]
    inside = st.tuples(st.integers(0, low - 1), st.integers(0, low - 1))
    attacks = draw(st.sets(inside, max_size=3 * low))
    if high:
        upper = st.integers(low, low + high - 1)
        attacks |= draw(st.sets(st.tuples(upper, upper), max_size=3 * high))
        attacks |= draw(st.sets(st.tuples(st.integers(0, low - 1), upper), max_size=high))
    return ArgumentationFramework(names, [(names[s], names[t]) for s, t in sorted(attacks)])


@settings(max_examples=120, deadline=None)
@given(layered())
def test_acceptance_decided_on_the_cone_matches_the_oracle(af: ArgumentationFramework) -> None:
    oracle = Oracle(af.arguments, af.attacks)
    engine = SatEngine()
    for semantics in (Semantics.COMPLETE, Semantics.PREFERRED):
        family = oracle.extensions(semantics.value)
        for argument in af.arguments:
            credulous = any(argument in e for e in family)
            sceptical = all(argument in e for e in family)
            assert engine.credulous(af, argument, semantics, None) is credulous, (
                semantics,
                argument,
            )
            assert engine.sceptical(af, argument, semantics, None) is sceptical, (
                semantics,
                argument,
            )


@settings(max_examples=120, deadline=None)
@given(layered(), st.data())
def test_the_cone_is_closed_under_undecided_attackers(
    af: ArgumentationFramework, data: st.DataObject
) -> None:
    prepared = Prepared(af)
    query = data.draw(st.integers(0, len(af) - 1))
    cone = cone_of(prepared, query)
    assert cone == sorted(cone) and query in cone
    members = set(cone)
    for a in cone:
        for b in af.attackers_of_index[a]:
            if prepared.labels[b] == UNDEC:
                assert b in members


@pytest.fixture
def sizes(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The number of arguments of each encoding the SAT engine builds, in order."""
    built: list[int] = []
    encode = sat_encoding.encode

    def recording(*args: object, **kwargs: object) -> object:
        encoding, base = encode(*args, **kwargs)  # type: ignore[arg-type]
        built.append(encoding.size)
        return encoding, base

    monkeypatch.setattr(sat, "encode", recording)
    return built


def test_only_the_cone_is_encoded(sizes: list[int]) -> None:
    # a ↔ b, c ↔ d, and b → c: the cone of a is {a, b}; of c, everything
    af = ArgumentationFramework(
        ["a", "b", "c", "d"], [("a", "b"), ("b", "a"), ("c", "d"), ("d", "c"), ("b", "c")]
    )
    engine = SatEngine()
    assert engine.credulous(af, "a", Semantics.PREFERRED, None)
    assert not engine.sceptical(af, "a", Semantics.PREFERRED, None)
    assert engine.credulous(af, "c", Semantics.COMPLETE, None)
    # the sceptical query is answered by the first preferred extensions listed,
    # before any encoding of its own
    assert sizes == [2, 4]
    # the witnesses asked for are extensions of the whole framework
    assert engine.credulous_witness(af, "a", Semantics.PREFERRED, None) == frozenset({"a", "c"})
    assert engine.sceptical_counterexample(af, "a", Semantics.PREFERRED, None) == frozenset(
        {"b", "d"}
    )
    # (the counter-example is one of the preferred extensions listed first)
    assert sizes[2:] == [4]


def test_a_sceptical_loop_encodes_only_the_cone(sizes: list[int]) -> None:
    # a ↔ b, both attack c, c attacks q: q is in all 2 × 2⁴ preferred extensions,
    # more than are listed first, so the counter-example loop runs, on the cone
    # {a, b, c, q} of q only, not on the four even cycles x_i ↔ y_i
    names = ["a", "b", "c", "q"] + [f"{v}{i}" for i in range(4) for v in "xy"]
    attacks = [("a", "b"), ("b", "a"), ("a", "c"), ("b", "c"), ("c", "q")]
    attacks += [(f"{u}{i}", f"{v}{i}") for i in range(4) for u, v in ("xy", "yx")]
    af = ArgumentationFramework(names, attacks)
    assert sat.FIRST_EXTENSIONS < 32
    assert SatEngine().sceptical(af, "q", Semantics.PREFERRED, None)
    assert sizes == [4]
    assert not SatEngine().sceptical(af, "x0", Semantics.PREFERRED, None)
