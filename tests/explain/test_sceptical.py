"""Sceptical explanations: counter-extensions are real, acceptance reasons hold; statuses."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from argmap.evaluation import Status as SemanticStatus
from argmap.explain import Status, acceptance_status, statuses, verdict_of
from argmap.explain.admissible import Exclusion
from argmap.explain.sceptical import (
    Basis,
    ScepticalAcceptance,
    ScepticalRejection,
    explain_sceptical,
)
from argmap.frameworks import AF, ArgumentationFramework
from argmap.semantics import Semantics, extensions, ideal_extension
from argmap.semantics.statuses import framework_statuses
from tests.explain import admissible, extensions_of, frameworks, oracle_status
from tests.explain.test_admissible import check_counter

ORACLE = ["admissible", "complete", "preferred", "stable", "grounded"]


@settings(max_examples=250, deadline=None)
@given(frameworks(max_arguments=6), st.sampled_from(["complete", "preferred", "stable"]))
def test_sceptical_explanations_are_valid(af: ArgumentationFramework, semantics: str) -> None:
    found = extensions_of(af, semantics)
    (grounded,) = extensions_of(af, "grounded")
    for a in af.arguments:
        why = explain_sceptical(af, a, semantics)
        if all(a in e for e in found):
            assert isinstance(why, ScepticalAcceptance)
            if why.basis is Basis.GROUNDED:
                assert a in grounded and why.grounded is not None
            elif why.basis is Basis.IDEAL:
                assert why.core is not None and a in why.core.extension
                assert why.core.extension == ideal_extension(af)
                assert admissible(af, frozenset(why.core.defence_set or ()))
            elif why.basis is Basis.NO_EXTENSION:
                assert semantics == "stable" and not found
            else:
                assert why.basis is Basis.EVERY_EXTENSION
                assert why.extension_count == len(found)
        else:
            assert isinstance(why, ScepticalRejection)
            counter = why.counter
            assert counter.extension in found
            assert counter.exclusion is not Exclusion.ATTACKS_MEMBER  # admissible-based
            check_counter(af, a, counter.extension, counter.exclusion, counter.witness)


@settings(max_examples=250, deadline=None)
@given(frameworks(max_arguments=6), st.sampled_from(ORACLE))
def test_statuses_match_the_definitions(af: ArgumentationFramework, semantics: str) -> None:
    expected = {a: oracle_status(af, a, semantics) for a in af.arguments}
    assert dict(statuses(af, semantics)) == expected
    assert {a: acceptance_status(af, a, semantics) for a in af.arguments} == expected


@settings(max_examples=120, deadline=None)
@given(
    frameworks(max_arguments=6),
    st.sampled_from(["semi_stable", "stage", "naive", "cf2", "stage2", "ideal", "eager"]),
)
def test_statuses_agree_with_per_argument_queries(
    af: ArgumentationFramework, semantics: str
) -> None:
    assert dict(statuses(af, semantics)) == {
        a: acceptance_status(af, a, semantics) for a in af.arguments
    }
    assert dict(statuses(af, semantics, limit=0)) == dict(statuses(af, semantics))
    if semantics in ("ideal", "eager"):
        (unique,) = list(extensions(af, semantics))
        for a in af.arguments:
            why = explain_sceptical(af, a, semantics)
            assert isinstance(why, ScepticalAcceptance) == (a in unique)


def test_ideal_basis_for_preferred() -> None:
    # a and b attack each other, b attacks itself: a is in the ideal extension
    # but not grounded.
    af = AF(["a", "b"], [("a", "b"), ("b", "a"), ("b", "b")])
    why = explain_sceptical(af, "a", Semantics.PREFERRED)
    assert isinstance(why, ScepticalAcceptance) and why.basis is Basis.IDEAL


def test_floating_acceptance_counts_extensions() -> None:
    af = AF(["a", "b", "c", "d"], [("a", "b"), ("b", "a"), ("a", "c"), ("b", "c"), ("c", "d")])
    why = explain_sceptical(af, "d", "preferred")
    assert isinstance(why, ScepticalAcceptance)
    assert why.basis is Basis.EVERY_EXTENSION and why.extension_count == 2


def test_no_stable_extension_is_vacuous_acceptance_but_rejected_status() -> None:
    odd = AF(["a", "b", "c"], [("a", "b"), ("b", "c"), ("c", "a")])
    why = explain_sceptical(odd, "a", "stable")
    assert isinstance(why, ScepticalAcceptance) and why.basis is Basis.NO_EXTENSION
    assert acceptance_status(odd, "a", "stable") is Status.REJECTED


def test_verdicts_are_read_off_the_semantic_statuses() -> None:
    assert {s: verdict_of(s) for s in SemanticStatus if s is not SemanticStatus.UNKNOWN} == {
        SemanticStatus.IN: Status.ACCEPTED,
        SemanticStatus.OUT: Status.REJECTED,
        SemanticStatus.UNDEC: Status.UNDECIDED,
        SemanticStatus.SCEPTICAL: Status.ACCEPTED,
        SemanticStatus.CREDULOUS: Status.CREDULOUS,
        SemanticStatus.REJECTED: Status.REJECTED,
        SemanticStatus.NO_EXTENSION: Status.REJECTED,
    }
    with pytest.raises(ValueError, match="no verdict for an argument of status 'unknown'"):
        verdict_of(SemanticStatus.UNKNOWN)
    af = AF(["a", "b", "c"], [("a", "b"), ("b", "c"), ("c", "a")])
    found = framework_statuses(af, "stable")
    assert dict(statuses(af, "stable")) == {a: verdict_of(s) for a, s in found.statuses.items()}
