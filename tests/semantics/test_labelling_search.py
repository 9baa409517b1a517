"""The shared labelling search: families, domains, clauses, maximality, deadlines."""

from __future__ import annotations

import time

import pytest

from argmap.frameworks import ArgumentationFramework
from argmap.semantics import SolverTimeout
from argmap.semantics.adjacency import Adjacency
from argmap.semantics.labelling_search import (
    ANY,
    IN,
    OUT,
    UNDEC,
    Clause,
    Family,
    Measure,
    first_labelling,
    in_set,
    labellings,
    maximal_labellings,
)

# a <-> b, b -> c, c -> d, d -> c
AF = ArgumentationFramework(
    ["a", "b", "c", "d"], [("a", "b"), ("b", "a"), ("b", "c"), ("c", "d"), ("d", "c")]
)
ADJ = Adjacency.of(AF)


def _ins(found: list[list[int]]) -> set[frozenset[int]]:
    return {in_set(labels) for labels in found}


def test_complete_labellings_are_ext2lab_of_complete_extensions() -> None:
    found = list(labellings(ADJ, Family.COMPLETE))
    assert _ins(found) == {
        frozenset(),
        frozenset({0}),
        frozenset({0, 2}),
        frozenset({0, 3}),
        frozenset({1, 3}),
        frozenset({3}),
    }
    for labels in found:
        assert all(label in (IN, OUT, UNDEC) for label in labels)


def test_stable_labellings_have_no_undec() -> None:
    found = list(labellings(ADJ, Family.STABLE))
    assert _ins(found) == {frozenset({0, 2}), frozenset({0, 3}), frozenset({1, 3})}
    assert all(UNDEC not in labels for labels in found)


def test_domains_restrict_the_labels() -> None:
    domains = [ANY, ANY, ANY, OUT | UNDEC]
    assert _ins(list(labellings(ADJ, Family.STABLE, domains=domains))) == {frozenset({0, 2})}
    assert first_labelling(ADJ, Family.STABLE, domains=[OUT, OUT, ANY, ANY]) is None


def test_clauses_require_one_member_with_a_label() -> None:
    clause = Clause((1, 2), IN)
    found = _ins(list(labellings(ADJ, Family.ADMISSIBLE, clauses=[clause])))
    assert found == {frozenset({1}), frozenset({0, 2}), frozenset({1, 3})}
    assert first_labelling(ADJ, Family.ADMISSIBLE, clauses=[Clause((), IN)]) is None


def test_maximal_in_gives_preferred_and_maximal_range_gives_every_tie() -> None:
    preferred = _ins(list(maximal_labellings(ADJ, Family.COMPLETE, Measure.IN)))
    assert preferred == {frozenset({0, 2}), frozenset({0, 3}), frozenset({1, 3})}
    # {x} and {y} have the same (maximal) range {x, y, z}: both are reported.
    tie = ArgumentationFramework(["x", "y", "z"], [("x", "y"), ("y", "x"), ("x", "z"), ("y", "z")])
    stage = list(maximal_labellings(Adjacency.of(tie), Family.CONFLICT_FREE, Measure.RANGE))
    assert _ins(stage) == {frozenset({0}), frozenset({1})}
    assert len(stage) == 2


def test_a_passed_deadline_raises() -> None:
    with pytest.raises(SolverTimeout):
        list(labellings(ADJ, Family.CONFLICT_FREE, deadline=time.monotonic() - 1))


def test_a_self_attacker_is_never_in() -> None:
    loop = Adjacency.of(ArgumentationFramework(["s", "t"], [("s", "s"), ("s", "t")]))
    for family in Family:
        for labels in labellings(loop, family):
            assert labels[0] != IN
