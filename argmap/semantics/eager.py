"""The eager extension (Caminada 2007)."""

from __future__ import annotations

from collections.abc import Iterable

from argmap.frameworks.abstract import ArgumentationFramework
from argmap.semantics.adjacency import Adjacency
from argmap.semantics.ideal import largest_admissible_in_all
from argmap.semantics.semi_stable import semi_stable_indices


def eager_index(
    adjacency: Adjacency,
    deadline: float | None = None,
    semi_stable: Iterable[frozenset[int]] | None = None,
) -> frozenset[int]:
    """The eager extension of ``adjacency`` (see :func:`eager_extension`).

    ``semi_stable`` may give the semi-stable extensions (from another engine);
    otherwise they are enumerated here.
    """
    if semi_stable is None:
        semi_stable = semi_stable_indices(adjacency, deadline)
    return largest_admissible_in_all(adjacency, semi_stable)


def eager_extension(af: ArgumentationFramework) -> frozenset[str]:
    """The eager extension: the largest admissible set contained in every semi-stable one.

    Caminada's eager semantics is ideal semantics with semi-stable in place of
    preferred: the ⊆-maximal admissible set that is a subset of every
    semi-stable extension. It is unique and complete, contains the grounded
    extension, and is a superset of the ideal extension (a more credulous
    unique-status semantics).

    Parameters
    ----------
    af : ArgumentationFramework

    Returns
    -------
    frozenset of str
        The eager extension.

    Examples
    --------
    >>> from argmap.frameworks import AF
    >>> from argmap.semantics.ideal import ideal_extension
    >>> af = AF(["a", "b", "c", "d", "e"],
    ...         [("a", "b"), ("b", "a"), ("b", "c"), ("c", "d"), ("d", "e"), ("e", "c")])
    >>> sorted(eager_extension(af)), sorted(ideal_extension(af))
    (['b', 'd'], [])

    References
    ----------
    .. [1] M. Caminada, "Comparing two unique extension semantics for formal
       argumentation: ideal and eager", Proceedings of BNAIC 2007, 81-87.
    .. [2] P. Baroni, M. Caminada and M. Giacomin, "An introduction to argumentation
       semantics", The Knowledge Engineering Review 26(4):365-410, 2011.
    """
    names = af.arguments
    return frozenset(names[a] for a in eager_index(Adjacency.of(af)))
