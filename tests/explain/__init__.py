"""Tests of argmap.explain, with a textbook oracle for small frameworks.

The oracle computes everything from the definitions by brute force over all
subsets of arguments (frameworks of at most eight arguments): conflict-free,
admissible, complete, preferred, stable and grounded extensions, and the
acceptance status of every argument. The explanations are checked against it.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from functools import lru_cache

from hypothesis import strategies as st

from argmap.explain import Status
from argmap.frameworks import AF, ArgumentationFramework

NAMES = tuple("abcdefgh")


@st.composite
def frameworks(draw: st.DrawFn, max_arguments: int = 6) -> ArgumentationFramework:
    """Random frameworks of 1..max_arguments arguments, self-attacks included."""
    n = draw(st.integers(1, max_arguments))
    names = NAMES[:n]
    pairs = [(a, b) for a in names for b in names]
    attacks = draw(st.lists(st.sampled_from(pairs), max_size=2 * n, unique=True))
    return AF(names, attacks)


def subsets(af: ArgumentationFramework) -> Iterator[frozenset[str]]:
    args = af.arguments
    for size in range(len(args) + 1):
        for chosen in itertools.combinations(args, size):
            yield frozenset(chosen)


def conflict_free(af: ArgumentationFramework, s: frozenset[str]) -> bool:
    return not any(af.attacks_between(x, y) for x in s for y in s)


def defends(af: ArgumentationFramework, s: frozenset[str], a: str) -> bool:
    return all(any(af.attacks_between(c, b) for c in s) for b in af.attackers(a))


def admissible(af: ArgumentationFramework, s: frozenset[str]) -> bool:
    return conflict_free(af, s) and all(defends(af, s, a) for a in s)


def complete(af: ArgumentationFramework, s: frozenset[str]) -> bool:
    return admissible(af, s) and all(a in s for a in af.arguments if defends(af, s, a))


def stable(af: ArgumentationFramework, s: frozenset[str]) -> bool:
    return conflict_free(af, s) and all(
        any(af.attacks_between(x, a) for x in s) for a in af.arguments if a not in s
    )


@lru_cache(maxsize=4096)
def extensions_of(af: ArgumentationFramework, semantics: str) -> tuple[frozenset[str], ...]:
    """The extensions of ``af`` by definition (semantics: admissible ... grounded)."""
    every = list(subsets(af))
    if semantics == "admissible":
        return tuple(s for s in every if admissible(af, s))
    completes = [s for s in every if complete(af, s)]
    if semantics == "complete":
        return tuple(completes)
    if semantics == "grounded":
        return (min(completes, key=len),)
    if semantics == "preferred":
        return tuple(s for s in completes if not any(s < t for t in completes))
    if semantics == "stable":
        return tuple(s for s in every if stable(af, s))
    raise ValueError(semantics)


def oracle_status(af: ArgumentationFramework, a: str, semantics: str) -> Status:
    """The status of ``a`` by definition (see :class:`argmap.explain.Status`)."""
    found = extensions_of(af, semantics)
    if semantics == "grounded":
        (g,) = found
        if a in g:
            return Status.ACCEPTED
        if any(af.attacks_between(b, a) for b in g):
            return Status.REJECTED
        return Status.UNDECIDED
    if not any(a in e for e in found):
        return Status.REJECTED
    if semantics != "admissible" and all(a in e for e in found):
        return Status.ACCEPTED
    return Status.CREDULOUS


def grounded_labels(af: ArgumentationFramework) -> dict[str, str]:
    (g,) = extensions_of(af, "grounded")
    labels = {}
    for a in af.arguments:
        if a in g:
            labels[a] = "in"
        elif any(af.attacks_between(b, a) for b in g):
            labels[a] = "out"
        else:
            labels[a] = "undec"
    return labels
