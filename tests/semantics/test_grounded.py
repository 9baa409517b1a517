"""Grounded semantics: the linear-time propagation against Dung's fixpoint iteration."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings

from argmap.frameworks import AF, ArgumentationFramework
from argmap.semantics import Label, grounded_extension, grounded_labelling
from argmap.semantics.adjacency import Adjacency
from argmap.semantics.grounded import grounded_domains, grounded_labels, grounded_rounds
from argmap.semantics.labelling_search import ANY, IN, OUT, UNDEC
from tests.semantics.conftest import frameworks


def _least_fixpoint(af: ArgumentationFramework) -> frozenset[str]:
    """Iterate Dung's characteristic function from the empty set."""
    extension: frozenset[str] = frozenset()
    while True:
        attacked = {b for a, b in af.attacks if a in extension}
        defended = frozenset(a for a in af.arguments if all(b in attacked for b in af.attackers(a)))
        if defended == extension:
            return extension
        extension = defended


@settings(max_examples=300, deadline=None)
@given(frameworks(max_arguments=10))
def test_grounded_is_the_least_fixpoint_of_the_characteristic_function(
    af: ArgumentationFramework,
) -> None:
    assert grounded_extension(af) == _least_fixpoint(af)


def test_a_long_chain_alternates_in_and_out() -> None:
    n = 200_001  # deep enough to break any recursive implementation
    names = [str(i) for i in range(n)]
    af = ArgumentationFramework.from_indices(names, np.arange(n - 1), np.arange(1, n))
    labelling = grounded_labelling(af)
    assert labelling.in_ == frozenset(names[0::2])
    assert labelling.out == frozenset(names[1::2])
    assert labelling.undec == frozenset()


@settings(max_examples=200, deadline=None)
@given(frameworks(max_arguments=9))
def test_rounds_are_those_of_the_iteration_from_the_empty_set(af: ArgumentationFramework) -> None:
    labels, rounds = grounded_rounds(Adjacency.of(af))
    assert labels == grounded_labels(Adjacency.of(af))
    first_round: dict[str, int] = {}
    extension: frozenset[str] = frozenset()
    round_number = 0
    while True:
        attacked = {b for a, b in af.attacks if a in extension}
        defended = frozenset(a for a in af.arguments if all(b in attacked for b in af.attackers(a)))
        if defended == extension:
            break
        round_number += 1
        for a in defended - extension:
            first_round[a] = round_number
        for a, b in af.attacks:
            if a in defended and b not in first_round:
                first_round[b] = round_number
        extension = defended
    assert {a: r for a, r in zip(af.arguments, rounds, strict=True) if r} == first_round


def test_a_chain_settles_two_arguments_a_round() -> None:
    af = AF([str(i) for i in range(7)], [(str(i), str(i + 1)) for i in range(6)])
    assert grounded_rounds(Adjacency.of(af))[1] == [1, 1, 2, 2, 3, 3, 4]


def test_a_random_large_framework_matches_the_fixpoint() -> None:
    rng = np.random.default_rng(7)
    n = 400
    sources = rng.integers(0, n, size=600)
    targets = rng.integers(0, n, size=600)
    af = ArgumentationFramework.from_indices([f"a{i}" for i in range(n)], sources, targets)
    grounded = grounded_extension(af)
    assert grounded == _least_fixpoint(af)
    assert 0 < len(grounded) < n


def test_without_unattacked_arguments_everything_is_undecided() -> None:
    af = ArgumentationFramework(["a", "b", "c"], [("a", "b"), ("b", "a"), ("c", "c")])
    assert grounded_labels(Adjacency.of(af)) == [UNDEC, UNDEC, UNDEC]
    assert grounded_labelling(af).label("c") is Label.UNDEC


def test_grounded_domains_fix_the_decided_arguments_only() -> None:
    af = ArgumentationFramework(["a", "b", "c", "d"], [("a", "b"), ("c", "d"), ("d", "c")])
    assert grounded_domains(Adjacency.of(af)) == [IN, OUT, ANY, ANY]


def test_self_attack_is_never_in_but_can_be_out() -> None:
    af = ArgumentationFramework(["a", "b"], [("a", "b"), ("b", "b")])
    labelling = grounded_labelling(af)
    assert (labelling.in_, labelling.out) == (frozenset("a"), frozenset("b"))
