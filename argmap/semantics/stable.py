"""Stable extensions (Dung 1995): conflict-free sets attacking everything outside."""

from __future__ import annotations

from collections.abc import Iterator

from argmap.frameworks.abstract import ArgumentationFramework
from argmap.semantics.adjacency import Adjacency, named
from argmap.semantics.grounded import grounded_domains
from argmap.semantics.labelling_search import Family, in_set, labellings


def stable_indices(adjacency: Adjacency, deadline: float | None = None) -> Iterator[frozenset[int]]:
    """The stable extensions of ``adjacency``, lazily (see :func:`stable_extensions`)."""
    for labels in labellings(
        adjacency, Family.STABLE, domains=grounded_domains(adjacency), deadline=deadline
    ):
        yield in_set(labels)


def stable_extensions(af: ArgumentationFramework) -> Iterator[frozenset[str]]:
    """The stable extensions: conflict-free sets that attack every argument outside them.

    ``S`` is stable iff it is conflict-free and ``S ∪ S⁺ = A`` (``S⁺`` the
    arguments ``S`` attacks). Every stable extension is preferred. A framework
    may have *no* stable extension (an odd cycle): then the result is empty,
    which is different from having only the empty extension (a framework with
    no arguments). Stable labellings are the complete labellings without UNDEC.

    Parameters
    ----------
    af : ArgumentationFramework

    Returns
    -------
    iterator of frozenset of str
        Each stable extension once, lazily; nothing if there is none.

    Examples
    --------
    >>> from argmap.frameworks import AF
    >>> af = AF(["a", "b", "c"], [("a", "b"), ("b", "a"), ("b", "c")])
    >>> sorted(sorted(s) for s in stable_extensions(af))
    [['a', 'c'], ['b']]
    >>> list(stable_extensions(AF(["a", "b", "c"], [("a", "b"), ("b", "c"), ("c", "a")])))
    []
    >>> list(stable_extensions(AF([])))
    [frozenset()]

    References
    ----------
    .. [1] P. M. Dung, "On the acceptability of arguments and its fundamental role
       in nonmonotonic reasoning, logic programming and n-person games",
       Artificial Intelligence 77(2):321-357, 1995. (Definition 13.)
    .. [2] P. Baroni, M. Caminada and M. Giacomin, "An introduction to argumentation
       semantics", The Knowledge Engineering Review 26(4):365-410, 2011.
    """
    return named(af, stable_indices(Adjacency.of(af)))
