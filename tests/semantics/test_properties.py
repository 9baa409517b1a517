"""Property tests: the Python engine against the textbook oracle on random frameworks."""

from __future__ import annotations

import itertools

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from argmap.frameworks import ArgumentationFramework
from argmap.semantics import (
    Label,
    Labelling,
    credulously_accepted,
    enumerate_extensions,
    extensions,
    labellings,
    sceptically_accepted,
    some_extension,
)
from tests.semantics.conftest import SEMANTICS, frameworks
from tests.semantics.oracle import Oracle

ORACLE = settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
PROPERTY = settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _python(af: ArgumentationFramework, semantics: str) -> list[frozenset[str]]:
    return list(extensions(af, semantics, engine="python"))


@ORACLE
@given(frameworks(max_arguments=8))
def test_every_semantics_equals_the_oracle(af: ArgumentationFramework) -> None:
    oracle = Oracle(af.arguments, af.attacks)
    for semantics in SEMANTICS:
        found = _python(af, semantics)
        assert len(found) == len(set(found)), f"{semantics} repeats an extension"
        assert set(found) == oracle.extensions(semantics), semantics


@settings(max_examples=120, deadline=None)
@given(frameworks(max_arguments=10))
def test_larger_frameworks_equal_the_oracle_on_the_hard_semantics(
    af: ArgumentationFramework,
) -> None:
    oracle = Oracle(af.arguments, af.attacks)
    for semantics in ("preferred", "semi_stable", "stage", "stage2", "ideal", "eager"):
        assert set(_python(af, semantics)) == oracle.extensions(semantics), semantics


@PROPERTY
@given(frameworks(max_arguments=8))
def test_inclusions_between_semantics(af: ArgumentationFramework) -> None:
    ext = {semantics: set(_python(af, semantics)) for semantics in SEMANTICS}
    chain = ["stable", "semi_stable", "preferred", "complete", "admissible", "conflict_free"]
    for smaller, larger in itertools.pairwise(chain):
        assert ext[smaller] <= ext[larger], f"{smaller} ⊆ {larger}"
    assert ext["stage"] <= ext["naive"]
    assert ext["stable"] <= ext["stage"]
    assert ext["cf2"] <= ext["naive"]
    assert ext["stage2"] <= ext["cf2"]
    assert ext["naive"] <= ext["conflict_free"]
    (grounded,) = ext["grounded"]
    (ideal,) = ext["ideal"]
    (eager,) = ext["eager"]
    assert grounded <= ideal <= eager
    assert {grounded, ideal, eager} <= ext["complete"]
    assert ideal <= frozenset.intersection(*ext["preferred"])
    assert eager <= frozenset.intersection(*ext["semi_stable"])


@PROPERTY
@given(frameworks(max_arguments=7))
def test_labellings_correspond_to_extensions(af: ArgumentationFramework) -> None:
    for semantics in SEMANTICS:
        found = _python(af, semantics)
        labelled = list(labellings(af, semantics, engine="python"))
        assert [labelling.in_ for labelling in labelled] == found
        for labelling in labelled:
            assert labelling.in_ | labelling.out | labelling.undec == frozenset(af.arguments)
            assert not (labelling.in_ & labelling.out)
            assert labelling.out == frozenset(b for a, b in af.attacks if a in labelling.in_), (
                "OUT is what the extension attacks (Ext2Lab)"
            )
        if semantics in ("complete", "grounded", "preferred", "stable", "semi_stable"):
            for labelling in labelled:
                _assert_complete_labelling(af, labelling)
        if semantics == "stable":
            assert all(not labelling.undec for labelling in labelled)


def _assert_complete_labelling(af: ArgumentationFramework, labelling: Labelling) -> None:
    """Caminada's conditions: IN iff every attacker OUT, OUT iff some attacker IN."""
    for a in af.arguments:
        attackers = [labelling.label(b) for b in af.attackers(a)]
        if labelling.label(a) is Label.IN:
            assert all(label is Label.OUT for label in attackers)
        elif labelling.label(a) is Label.OUT:
            assert Label.IN in attackers
        else:
            assert Label.IN not in attackers
            assert not all(label is Label.OUT for label in attackers)


@PROPERTY
@given(frameworks(max_arguments=8), st.data())
def test_acceptance_agrees_with_the_enumeration(
    af: ArgumentationFramework, data: st.DataObject
) -> None:
    if not len(af):
        return
    argument = data.draw(st.sampled_from(af.arguments))
    for semantics in SEMANTICS:
        found = _python(af, semantics)
        credulous = any(argument in extension for extension in found)
        sceptical = all(argument in extension for extension in found)  # vacuous if none
        assert credulously_accepted(af, argument, semantics, engine="python") == credulous, (
            semantics
        )
        assert sceptically_accepted(af, argument, semantics, engine="python") == sceptical, (
            semantics
        )


@PROPERTY
@given(frameworks(max_arguments=8), st.integers(min_value=0, max_value=4))
def test_limit_is_a_prefix_and_complete_says_whether_all_were_listed(
    af: ArgumentationFramework, limit: int
) -> None:
    for semantics in ("conflict_free", "complete", "preferred", "stable", "stage", "cf2"):
        everything = _python(af, semantics)
        bounded = enumerate_extensions(af, semantics, engine="python", limit=limit)
        assert list(bounded.extensions) == everything[:limit]
        assert bounded.complete == (len(everything) <= limit)
        assert list(extensions(af, semantics, engine="python", limit=limit)) == everything[:limit]
        one = some_extension(af, semantics, engine="python")
        assert one == (everything[0] if everything else None)
