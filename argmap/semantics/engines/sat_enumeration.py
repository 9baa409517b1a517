"""Enumeration with the SAT engine: every extension, each once, with blocking clauses.

Stable and preferred extensions of dense frameworks are found by the branching
searches of :mod:`~argmap.semantics.engines.stable_search` and
:mod:`~argmap.semantics.engines.preferred_search`, the solver taking over on
sparse ones (or when a search runs out of patience).

The ⊆-maximal semantics follow the CEGARTIX scheme (Dvořák, Järvisalo, Wallner &
Woltran 2014): a candidate is grown under assumptions ("keep what you have, add
one more") until no strictly larger one exists; preferred maximises the IN set
of a complete labelling, semi-stable the range of a complete labelling, stage the
range of a conflict-free set, naive the conflict-free set itself. Enumeration
then forbids every set below the maximal one found with a clause. The ideal
extension is the largest admissible set of the arguments that are credulously
accepted and not attacked by a credulously accepted argument (Dunne 2009;
Dvořák, Dunne & Woltran 2011).

References
----------
.. [1] W. Dvořák, M. Järvisalo, J. P. Wallner, S. Woltran, "Complexity-sensitive
   decision procedures for abstract argumentation", Artificial Intelligence
   206:53-78, 2014.
.. [2] P. E. Dunne, "The computational complexity of ideal semantics", Artificial
   Intelligence 173(18):1559-1591, 2009.
.. [3] W. Dvořák, P. E. Dunne, S. Woltran, "Parametric properties of ideal
   semantics", IJCAI 2011, 851-856.
"""

from __future__ import annotations

from argmap.semantics.engines.preferred_search import PreferredSearch
from argmap.semantics.engines.sat_encoding import (
    REDUCED,
    Prepared,
    attacker_rows,
    encode,
    exclude_grounded_out,
    induced_attacks,
    undecided_of,
)
from argmap.semantics.engines.sat_solving import Timer
from argmap.semantics.engines.stable_search import DENSE_DEGREE, PATIENCE, StableSearch, dense
from argmap.semantics.types import Extension, Semantics

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterator
    from typing import Final, TypeVar

    from argmap.semantics.engines.sat_encoding import Column

    SearchType = TypeVar("SearchType", StableSearch, PreferredSearch)

FAMILY: Final[dict[Semantics, tuple[str, bool]]] = {
    Semantics.CONFLICT_FREE: ("conflict_free", False),
    Semantics.NAIVE: ("conflict_free", True),
    Semantics.ADMISSIBLE: ("admissible", False),
    Semantics.COMPLETE: ("complete", False),
    Semantics.PREFERRED: ("admissible", True),
    Semantics.STABLE: ("stable", False),
}
"""Encoding family and whether the extensions are its ⊆-maximal sets."""


def extensions(prepared: Prepared, semantics: Semantics, timer: Timer) -> Iterator[Extension]:
    """All ``semantics``-extensions of the prepared framework, lazily, each once."""
    if semantics is Semantics.GROUNDED:
        yield prepared.grounded()
        return
    if semantics is Semantics.IDEAL:
        yield ideal_extension(prepared, timer)
        return
    if semantics in (Semantics.SEMI_STABLE, Semantics.STAGE):
        yield from range_maximal(prepared, semantics, timer)
        return
    if semantics is Semantics.STABLE:
        yield from stable_extensions(prepared, timer)
        return
    if semantics is Semantics.PREFERRED:
        yield from preferred_extensions(prepared, timer)
        return
    family, maximal = FAMILY[semantics]
    encoding, base = encode(prepared, family, timer, reduced=semantics in REDUCED)
    try:
        if semantics is Semantics.ADMISSIBLE:
            exclude_grounded_out(encoding, prepared)
        if maximal:
            encoding.prefer_in()
        while (model := encoding.solve()) is not None:
            chosen = encoding.ins(model)
            if maximal:
                chosen = encoding.grow(chosen)
            yield encoding.extension(chosen, base)
            if maximal:
                if not encoding.block_subsets(chosen):
                    return
            else:
                encoding.block_exactly(chosen)
    finally:
        encoding.delete()


def stable_extensions(
    prepared: Prepared,
    timer: Timer,
    *,
    degree: float = DENSE_DEGREE,
    patience: int = PATIENCE,
) -> Iterator[Extension]:
    """The stable extensions: by branching on dense frameworks, else by the solver
    (:class:`~argmap.semantics.engines.stable_search.StableSearch`)."""
    yield from _searched(prepared, timer, StableSearch, "stable", degree, patience)


def preferred_extensions(
    prepared: Prepared,
    timer: Timer,
    *,
    degree: float = DENSE_DEGREE,
    patience: int = PATIENCE,
) -> Iterator[Extension]:
    """The preferred extensions: by branching on dense frameworks, else by the solver
    (:class:`~argmap.semantics.engines.preferred_search.PreferredSearch`)."""
    yield from _searched(prepared, timer, PreferredSearch, "admissible", degree, patience)


def _searched(
    prepared: Prepared,
    timer: Timer,
    search_type: type[SearchType],
    family: str,
    degree: float,
    patience: int,
) -> Iterator[Extension]:
    """Stable or preferred extensions, each once: the branching search on a dense
    undecided part (:func:`~argmap.semantics.engines.stable_search.dense`), else
    the solver, which also goes on, with what the search found forbidden, when
    the search runs out of patience. Both are ⊆-incomparable families: each one
    found forbids its subsets, itself included."""
    members = undecided_of(prepared)
    sources, targets = induced_attacks(prepared.sources, prepared.targets, members, prepared.size)
    found: list[list[int]] = []
    if dense(len(sources), len(members), degree):
        base = prepared.grounded()
        names = prepared.names
        search = search_over(search_type, prepared, members, sources, targets)
        for chosen in search.extensions(timer.check, patience):
            found.append(chosen)
            yield base.union(names[members[i]] for i in chosen)
        if not search.gave_up:
            return
    encoding, base = encode(prepared, family, timer, reduced=True, within=members)
    try:
        for chosen in found:
            if not encoding.block_subsets(chosen):
                return
        if family == "admissible":
            encoding.prefer_in()
        while (model := encoding.solve()) is not None:
            chosen = encoding.ins(model)
            if family == "admissible":
                chosen = encoding.grow(chosen)
            yield encoding.extension(chosen, base)
            if not encoding.block_subsets(chosen):
                return
    finally:
        encoding.delete()


def search_over(
    search_type: type[SearchType],
    prepared: Prepared,
    members: list[int],
    sources: Column,
    targets: Column,
) -> SearchType:
    """A branching search over the sub-framework of ``members`` (sorted positions),
    whose attacks ``sources``/``targets`` are renumbered: over the framework's own
    rows, read once and shared with the other questions, when it is the whole
    framework (as when the grounded extension is empty)."""
    if len(members) == prepared.size:
        af = prepared.af
        return search_type.of_rows(af.attackers_of_index, af.targets_of_index)
    return search_type(sources, targets, len(members))


def range_maximal(prepared: Prepared, semantics: Semantics, timer: Timer) -> Iterator[Extension]:
    """Semi-stable (complete, range-maximal) or stage (conflict-free, range-maximal)."""
    semi = semantics is Semantics.SEMI_STABLE
    encoding, base = encode(
        prepared,
        "complete" if semi else "conflict_free",
        timer,
        reduced=semi,
        with_range=True,
    )
    m = encoding.size
    try:
        while (model := encoding.solve()) is not None:
            model = encoding.grow_range(model)
            covered = encoding.range_of(model)
            inside = set(covered)
            exact = [2 * m + i + 1 for i in covered]
            exact += [-(j + 1) for j in range(m) if j not in inside]
            exact += [-(m + j + 1) for j in range(m) if j not in inside]
            while (same := encoding.solve(exact)) is not None:
                chosen = encoding.ins(same)
                yield encoding.extension(chosen, base)
                encoding.block_exactly(chosen)
            if not encoding.block_range_subsets(covered):
                return
    finally:
        encoding.delete()


def ideal_extension(prepared: Prepared, timer: Timer) -> Extension:
    """The ideal extension: the largest admissible subset of the arguments that are
    credulously accepted (under preferred) and attacked by no such argument
    (Dunne 2009, Theorem 4; Dvořák, Dunne & Woltran 2011)."""
    encoding, base = encode(prepared, "admissible", timer, reduced=True)
    try:
        encoding.prefer_in()
        accepted: set[int] = set()
        while True:
            rest = [i + 1 for i in range(encoding.size) if i not in accepted]
            if not rest:
                break
            encoding.add(rest)
            model = encoding.solve()
            if model is None:
                break
            accepted.update(encoding.ins(model))
    finally:
        encoding.delete()
    # X: accepted and attacked by no accepted argument (a conflict-free set);
    # its largest admissible subset: drop what X no longer defends, until stable
    attackers = attacker_rows(encoding.sources, encoding.targets, encoding.size)
    attacked = attacker_rows(encoding.targets, encoding.sources, encoding.size)
    candidates = {a for a in accepted if not any(b - 1 in accepted for b in attackers[a])}
    while True:
        defeated = {b - 1 for a in candidates for b in attacked[a]}
        undefended = {a for a in candidates if any(b - 1 not in defeated for b in attackers[a])}
        if not undefended:
            break
        candidates -= undefended
    return encoding.extension(sorted(candidates), base)


__all__ = [
    "FAMILY",
    "extensions",
    "ideal_extension",
    "preferred_extensions",
    "range_maximal",
    "stable_extensions",
]
