"""Sufficient sets guarantee the conclusion, are minimal, and necessity is their intersection."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from argmap.explain.sufficient import (
    MAX_CANDIDATES,
    ExplanationTooLargeError,
    sufficient_explanations,
)
from argmap.frameworks import AF, ArgumentationFramework
from tests.explain import admissible, conflict_free, defends, extensions_of, frameworks, subsets


def sufficient(
    af: ArgumentationFramework, a: str, semantics: str, accepted: bool, s: frozenset[str]
) -> bool:
    """The definition of the module docstring, by brute force."""
    if not admissible(af, s):
        return False
    together = s | {a} if accepted else s
    if accepted and not (conflict_free(af, together) and defends(af, s, a)):
        return False
    if not accepted and not any(af.attacks_between(x, a) for x in s):
        return False
    if semantics == "grounded":
        (g,) = extensions_of(af, "grounded")
        return together <= g
    if semantics == "stable":
        return any(together <= e for e in extensions_of(af, "stable"))
    return True


@settings(max_examples=150, deadline=None)
@given(
    frameworks(max_arguments=6),
    st.sampled_from(["grounded", "complete", "preferred", "stable", "admissible"]),
)
def test_minimal_sufficient_sets_and_necessity(af: ArgumentationFramework, semantics: str) -> None:
    for a in af.arguments:
        why = sufficient_explanations(af, a, semantics)
        found = {frozenset(s) for s in why.minimal}
        every = [s for s in subsets(af) if sufficient(af, a, semantics, why.accepted, s)]
        # Candidates are restricted to defenders / attackers; a sufficient set never
        # needs anything else, so the minimal ones are the minimal ones overall.
        minimal = {s for s in every if not any(t < s for t in every)}
        assert found == minimal, (a, semantics, why)
        if found:
            assert set(why.necessary) == set(frozenset.intersection(*found))
        else:
            assert why.necessary == ()
        # Acceptance: every complete extension containing a sufficient set contains a.
        for s in found:
            for e in extensions_of(af, "complete"):
                if s <= e:
                    assert (a in e) == why.accepted


@settings(max_examples=100, deadline=None)
@given(frameworks(max_arguments=6))
def test_default_question_follows_acceptance(af: ArgumentationFramework) -> None:
    (g,) = extensions_of(af, "grounded")
    in_some = set().union(*extensions_of(af, "preferred"))
    for a in af.arguments:
        assert sufficient_explanations(af, a, "grounded").accepted == (a in g)
        assert sufficient_explanations(af, a, "preferred").accepted == (a in in_some)


def test_unattacked_needs_nothing_and_undecided_has_no_reason_to_reject() -> None:
    af = AF(["a", "b", "c"], [("b", "c"), ("c", "b")])
    assert sufficient_explanations(af, "a", "grounded").minimal == ((),)
    rejected = sufficient_explanations(af, "b", "grounded")
    assert not rejected.accepted and rejected.minimal == ()


def test_limit_and_unsupported_semantics() -> None:
    n = MAX_CANDIDATES + 2
    names = ["t", *(f"a{i}" for i in range(n)), *(f"b{i}" for i in range(n))]
    attacks = [(f"a{i}", "t") for i in range(n)] + [(f"b{i}", f"a{i}") for i in range(n)]
    af = AF(names, attacks)
    with pytest.raises(ExplanationTooLargeError, match="candidate arguments"):
        sufficient_explanations(af, "t", "grounded")
    with pytest.raises(ValueError, match="defined for"):
        sufficient_explanations(AF(["a"], []), "a", "stage")
