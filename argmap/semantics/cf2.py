"""cf2 (Baroni, Giacomin & Guida 2005) and stage2 (Dvořák & Gaggl 2016): SCC-recursive
semantics built on naive and stage extensions."""

from __future__ import annotations

from collections.abc import Iterator

from argmap.frameworks.abstract import ArgumentationFramework
from argmap.semantics.adjacency import Adjacency, named
from argmap.semantics.conflict_free import naive_indices
from argmap.semantics.scc import BaseSemantics, scc_recursive_extensions
from argmap.semantics.stage import stage_indices


def cf2_indices(adjacency: Adjacency, deadline: float | None = None) -> Iterator[frozenset[int]]:
    """The cf2 extensions of ``adjacency``, lazily (see :func:`cf2_extensions`)."""
    return scc_recursive_extensions(adjacency, naive_indices, deadline)


def stage2_indices(
    adjacency: Adjacency,
    deadline: float | None = None,
    stage: BaseSemantics = stage_indices,
) -> Iterator[frozenset[int]]:
    """The stage2 extensions of ``adjacency``, lazily (see :func:`stage2_extensions`).

    ``stage`` computes the stage extensions of one component (by default here;
    an engine may pass another).
    """
    return scc_recursive_extensions(adjacency, stage, deadline)


def cf2_extensions(af: ArgumentationFramework) -> Iterator[frozenset[str]]:
    """The cf2 extensions: naive extensions taken SCC by SCC.

    Defined by the SCC-recursive schema with naive extensions as base: ``E`` is
    a cf2 extension of ``F`` iff either ``F`` has a single strongly connected
    component and ``E`` is naive in ``F``, or for every SCC ``S`` of ``F``,
    ``E ∩ S`` is a cf2 extension of ``F↓UP(S, E)``, where
    ``UP(S, E) = {a ∈ S | no b ∈ E \\ S attacks a}``. Odd and even cycles are
    treated alike (the three singletons of a 3-cycle are all cf2 extensions),
    and an argument attacked only by a rejected one is reinstated. Every cf2
    extension is naive; at least one exists.

    Parameters
    ----------
    af : ArgumentationFramework

    Returns
    -------
    iterator of frozenset of str
        Each cf2 extension once, lazily.

    Examples
    --------
    >>> from argmap.frameworks import AF
    >>> af = AF(["a", "b", "c", "d"], [("a", "b"), ("b", "c"), ("c", "a"), ("c", "d")])
    >>> sorted(sorted(s) for s in cf2_extensions(af))
    [['a', 'd'], ['b', 'd'], ['c']]

    References
    ----------
    .. [1] P. Baroni, M. Giacomin and G. Guida, "SCC-recursiveness: a general schema
       for argumentation semantics", Artificial Intelligence 168(1-2):162-210, 2005.
    .. [2] S. A. Gaggl and S. Woltran, "The cf2 argumentation semantics revisited",
       Journal of Logic and Computation 23(5):925-949, 2013.
    .. [3] P. Baroni, M. Caminada and M. Giacomin, "An introduction to argumentation
       semantics", The Knowledge Engineering Review 26(4):365-410, 2011.
    """
    return named(af, cf2_indices(Adjacency.of(af)))


def stage2_extensions(af: ArgumentationFramework) -> Iterator[frozenset[str]]:
    """The stage2 extensions: stage extensions taken SCC by SCC.

    The SCC-recursive schema of cf2 with stage extensions as base: ``E`` is a
    stage2 extension of ``F`` iff either ``F`` has a single SCC and ``E`` is a
    stage extension of ``F``, or for every SCC ``S``, ``E ∩ S`` is a stage2
    extension of ``F↓UP(S, E)``. Every stage2 extension is a cf2 extension; on
    an even cycle of six it keeps only the two stable extensions where cf2 also
    admits the naive sets of size two.

    Parameters
    ----------
    af : ArgumentationFramework

    Returns
    -------
    iterator of frozenset of str
        Each stage2 extension once, lazily.

    Examples
    --------
    >>> from argmap.frameworks import AF
    >>> ring = AF("abcdef", [(x, y) for x, y in zip("abcdef", "bcdefa")])
    >>> sorted(sorted(s) for s in stage2_extensions(ring))
    [['a', 'c', 'e'], ['b', 'd', 'f']]
    >>> len(list(cf2_extensions(ring)))
    5

    References
    ----------
    .. [1] W. Dvořák and S. A. Gaggl, "Stage semantics and the SCC-recursive schema
       for argumentation semantics", Journal of Logic and Computation
       26(4):1149-1202, 2016.
    .. [2] P. Baroni, M. Giacomin and G. Guida, "SCC-recursiveness: a general schema
       for argumentation semantics", Artificial Intelligence 168(1-2):162-210, 2005.
    """
    return named(af, stage2_indices(Adjacency.of(af)))
