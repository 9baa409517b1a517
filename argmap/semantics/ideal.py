"""The ideal extension (Dung, Mancarella & Toni 2007)."""

from __future__ import annotations

from collections.abc import Iterable

from argmap.frameworks.abstract import ArgumentationFramework
from argmap.semantics.adjacency import Adjacency
from argmap.semantics.admissible import largest_admissible_subset
from argmap.semantics.grounded import grounded_indices
from argmap.semantics.preferred import preferred_indices


def largest_admissible_in_all(
    adjacency: Adjacency, extensions: Iterable[frozenset[int]]
) -> frozenset[int]:
    """The largest admissible set inside every one of ``extensions`` (complete ones).

    Shared by ideal (over the preferred extensions) and eager (over the semi-stable
    ones). The answer always contains the grounded extension, so the intersection
    stops being taken as soon as it shrinks to it.
    """
    grounded = grounded_indices(adjacency)
    common: frozenset[int] | None = None
    for extension in extensions:
        common = extension if common is None else common & extension
        if common == grounded:
            return grounded
    if common is None:
        raise ValueError("no extension to intersect; the semantics always has one")
    return largest_admissible_subset(adjacency, common)


def ideal_index(
    adjacency: Adjacency,
    deadline: float | None = None,
    preferred: Iterable[frozenset[int]] | None = None,
) -> frozenset[int]:
    """The ideal extension of ``adjacency`` (see :func:`ideal_extension`).

    ``preferred`` may give the preferred extensions (from another engine);
    otherwise they are enumerated here.
    """
    if preferred is None:
        preferred = preferred_indices(adjacency, deadline)
    return largest_admissible_in_all(adjacency, preferred)


def ideal_extension(af: ArgumentationFramework) -> frozenset[str]:
    """The ideal extension: the largest admissible set contained in every preferred one.

    A set is *ideal* iff it is admissible and a subset of every preferred
    extension; the ideal extension is the ⊆-maximal ideal set, which is unique
    and complete. It lies between the grounded extension and the intersection
    of the preferred extensions: less sceptical than grounded, it still accepts
    only what every preferred extension accepts *and* can be defended on its own.

    Computed from the definition: intersect the preferred extensions (stopping
    early if the intersection shrinks to the grounded extension), then remove
    arguments the remainder does not defend until it is admissible.

    Parameters
    ----------
    af : ArgumentationFramework

    Returns
    -------
    frozenset of str
        The ideal extension.

    Examples
    --------
    >>> from argmap.frameworks import AF
    >>> af = AF(["a", "b", "c", "d"],
    ...         [("a", "b"), ("b", "a"), ("a", "c"), ("b", "c"), ("c", "d"), ("d", "c")])
    >>> sorted(ideal_extension(af))
    ['d']

    The grounded extension is empty here; ``d`` is in both preferred extensions
    ``{a, d}`` and ``{b, d}`` and defends itself against ``c``.

    References
    ----------
    .. [1] P. M. Dung, P. Mancarella and F. Toni, "Computing ideal sceptical
       argumentation", Artificial Intelligence 171(10-15):642-674, 2007.
    .. [2] P. Baroni, M. Caminada and M. Giacomin, "An introduction to argumentation
       semantics", The Knowledge Engineering Review 26(4):365-410, 2011.
    """
    names = af.arguments
    return frozenset(names[a] for a in ideal_index(Adjacency.of(af)))
