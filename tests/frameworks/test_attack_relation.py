"""The two stores of an attack relation (lists, NumPy arrays) give the same answers."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from argmap.frameworks import attack_relation
from argmap.frameworks.attack_relation import (
    LIST_LIMIT,
    ArrayRelation,
    DeferredRelation,
    ListRelation,
    RelationError,
    relation,
)
from tests.new_interpreter import solve_in_a_new_interpreter

relations = st.integers(1, 12).flatmap(
    lambda n: st.tuples(
        st.just(n),
        st.lists(st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)), max_size=50),
    )
)


@settings(max_examples=300, deadline=None)
@given(relations)
def test_list_and_array_stores_agree(case: tuple[int, list[tuple[int, int]]]) -> None:
    n, pairs = case
    sources, targets = [s for s, _ in pairs], [t for _, t in pairs]
    small = relation(n, sources, targets)
    large = relation(n, np.array(sources, dtype=np.int64), np.array(targets, dtype=np.int64))
    assert isinstance(small, ListRelation) and isinstance(large, ArrayRelation)
    expected = sorted(set(pairs))
    assert small.pairs() == large.pairs() == ([s for s, _ in expected], [t for _, t in expected])
    assert small.count == large.count == len(expected)
    assert small.targets_rows() == large.targets_rows()
    assert small.attackers_rows() == large.attackers_rows()
    assert small.attackers_rows() == tuple(
        tuple(sorted({s for s, t in pairs if t == j})) for j in range(n)
    )
    assert small.in_degrees() == large.in_degrees() == [len(r) for r in small.attackers_rows()]
    for i in range(n):
        for j in range(n):
            assert small.has(i, j) == large.has(i, j) == ((i, j) in set(pairs))
    for mine, theirs in zip(small.arrays(), large.arrays(), strict=True):
        assert mine.tolist() == theirs.tolist()
        assert not mine.flags.writeable
    unattacked = [j for j in range(n) if all(t != j for _, t in pairs)]
    assert small.unattacked() == large.unattacked() == unattacked


@settings(max_examples=300, deadline=None)
@given(relations, st.data())
def test_the_deferred_store_agrees_before_and_after_sorting(
    case: tuple[int, list[tuple[int, int]]], data: st.DataObject
) -> None:
    n, pairs = case
    sources, targets = [s for s, _ in pairs], [t for _, t in pairs]
    deferred = DeferredRelation(n, sources, targets)
    reference = ListRelation(n, sources, targets)
    in_arrays = data.draw(st.booleans())
    unattacked = [j for j in range(n) if all(t != j for _, t in pairs)]
    # Asked first, the unattacked arguments come from the attacks as given.
    assert deferred.unattacked() == unattacked
    assert deferred._stored is None
    question = data.draw(
        st.sampled_from(["count", "pairs", "targets_rows", "attackers_rows", "in_degrees"])
    )
    with pytest.MonkeyPatch.context() as patch:
        # Sorted into lists up to LIST_LIMIT attacks, into arrays above.
        patch.setattr(attack_relation, "LIST_LIMIT", -1 if in_arrays else LIST_LIMIT)
        answer = getattr(deferred, question)
        answer = answer if question == "count" else answer()
    expected = getattr(reference, question)
    assert answer == (expected if question == "count" else expected())
    assert isinstance(deferred._stored, ArrayRelation if in_arrays else ListRelation)
    assert deferred.unattacked() == unattacked
    assert deferred.pairs() == reference.pairs()
    assert deferred.count == reference.count
    assert deferred.attackers_rows() == reference.attackers_rows()
    assert deferred.in_degrees() == reference.in_degrees()
    for i in range(n):
        for j in range(n):
            assert deferred.has(i, j) == reference.has(i, j)


@pytest.mark.parametrize("as_array", [False, True])
@pytest.mark.parametrize(
    ("sources", "targets", "message"),
    [
        ([0, 1], [1], "sources has 2 entries but targets has 1"),
        ([0, 3], [1, 1], r"attack #1 \(3, 1\): sources position 3 is outside 0..2"),
        ([0, 1], [-1, 1], r"attack #0 \(0, -1\): targets position -1 is outside 0..2"),
    ],
)
def test_both_stores_reject_the_same_input(
    sources: list[int], targets: list[int], message: str, as_array: bool
) -> None:
    given_sources: object = np.array(sources) if as_array else sources
    with pytest.raises(RelationError, match=message):
        relation(3, given_sources, targets)


def test_what_is_not_an_integer_is_refused() -> None:
    with pytest.raises(RelationError, match="integer positions"):
        relation(3, [0.5], [1])
    with pytest.raises(RelationError, match="integer positions"):
        relation(3, [True], [1])


def test_the_store_follows_size_and_type(monkeypatch: pytest.MonkeyPatch) -> None:
    assert isinstance(relation(3, [0], [1]), ListRelation)
    assert isinstance(relation(3, (0,), range(1, 2)), ListRelation)
    assert isinstance(relation(3, [np.int64(0)], [1]), ArrayRelation)
    monkeypatch.setattr(attack_relation, "LIST_LIMIT", 0)
    # Many attacks as Python integers: kept as given, sorted into arrays on first need.
    deferred = relation(3, [0], [1])
    assert isinstance(deferred, DeferredRelation)
    assert deferred.unattacked() == [0, 2]
    assert deferred.pairs() == ([0], [1])
    assert isinstance(deferred._stored, ArrayRelation)
    assert isinstance(relation(3, np.array([0]), np.array([1])), ArrayRelation)
    assert LIST_LIMIT > 0


def test_many_attacks_are_checked_before_they_are_deferred(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(attack_relation, "LIST_LIMIT", 0)
    with pytest.raises(RelationError, match=r"attack #1 \(2, 3\): targets position 3"):
        relation(3, [0, 2], [1, 3])
    with pytest.raises(RelationError, match="sources has 2 entries but targets has 1"):
        relation(3, [0, 2], [1])
    # Numbers of another type go through NumPy, which refuses what is not an integer.
    with pytest.raises(RelationError, match="integer positions"):
        relation(3, [0, 1.0], [1, 2])


def test_checked_attacks_skip_the_checks_and_give_the_same_store() -> None:
    sources, targets = [2, 0, 2, 1], [0, 1, 0, 1]
    trusted = relation(3, sources, targets, checked=True)
    # Handed over by a reader: kept as given until sorted, in lists when few.
    assert isinstance(trusted, DeferredRelation)
    assert trusted.unattacked() == [2]
    assert trusted.pairs() == relation(3, sources, targets).pairs() == ([0, 1, 2], [1, 1, 0])
    assert isinstance(trusted._stored, ListRelation)


def test_a_small_framework_is_solved_without_heavy_imports(tmp_path: Path) -> None:
    # Start-up is most of `argmap solve` on small files: NumPy alone would double it,
    # dataclasses and pathlib add a sixth and a tenth; the map model is not needed.
    path = tmp_path / "cycle.af"
    path.write_text("p af 3\n1 2\n2 1\n2 3\n")
    heavy = ["numpy", "dataclasses", "pathlib", "pydantic", "networkx"]
    answer, imported = solve_in_a_new_interpreter(["-p", "EE-PR", "-f", str(path)], heavy)
    assert imported == []
    assert answer == ["w", "1", "3", "w", "2"] or answer == ["w", "2", "w", "1", "3"]


@settings(max_examples=200, deadline=None)
@given(relations)
def test_attacks_given_in_order_are_stored_as_given(
    case: tuple[int, list[tuple[int, int]]],
) -> None:
    # Readers of sorted files give the attacks in order without repeats; the store
    # keeps them as they are, and answers as it does for the same attacks shuffled.
    n, pairs = case
    ordered = sorted(set(pairs))
    sources, targets = [s for s, _ in ordered], [t for _, t in ordered]
    kept = ListRelation(n, sources, targets)
    shuffled = ListRelation(n, [s for s, _ in pairs][::-1], [t for _, t in pairs][::-1])
    assert kept.pairs() == shuffled.pairs() == (sources, targets)
    assert kept.count == shuffled.count == len(ordered)
    assert kept.attackers_rows() == shuffled.attackers_rows()
    assert kept.targets_rows() == shuffled.targets_rows()
    sources.append(0)  # the store holds its own lists
    assert kept.count == len(kept.pairs()[0])
