"""Semi-stable extensions (Caminada 2006): complete extensions of maximal range."""

from __future__ import annotations

from collections.abc import Iterator

from argmap.frameworks.abstract import ArgumentationFramework
from argmap.semantics.adjacency import Adjacency, named
from argmap.semantics.grounded import grounded_domains
from argmap.semantics.labelling_search import (
    Family,
    Measure,
    first_labelling,
    in_set,
    maximal_labellings,
)
from argmap.semantics.stable import stable_indices


def semi_stable_indices(
    adjacency: Adjacency, deadline: float | None = None
) -> Iterator[frozenset[int]]:
    """The semi-stable extensions of ``adjacency``, lazily (see :func:`semi_stable_extensions`)."""
    domains = grounded_domains(adjacency)
    if first_labelling(adjacency, Family.STABLE, domains=domains, deadline=deadline) is not None:
        yield from stable_indices(adjacency, deadline)
        return
    for labels in maximal_labellings(
        adjacency, Family.COMPLETE, Measure.RANGE, domains=domains, deadline=deadline
    ):
        yield in_set(labels)


def semi_stable_extensions(af: ArgumentationFramework) -> Iterator[frozenset[str]]:
    """The semi-stable extensions: complete extensions whose range is ⊆-maximal.

    The range of ``S`` is ``S ∪ S⁺`` (``S`` and what it attacks). ``S`` is
    semi-stable iff it is complete (equivalently: admissible) and no complete
    extension has a range strictly containing the range of ``S``. In labelling
    terms: complete labellings with a ⊆-minimal UNDEC set. Every stable extension
    is semi-stable, and when a stable extension exists the two coincide; unlike
    stable, at least one semi-stable extension always exists.

    Parameters
    ----------
    af : ArgumentationFramework

    Returns
    -------
    iterator of frozenset of str
        Each semi-stable extension once, lazily.

    Examples
    --------
    >>> from argmap.frameworks import AF
    >>> af = AF(["a", "b", "c", "d", "e"],
    ...         [("a", "b"), ("b", "a"), ("b", "c"), ("c", "d"), ("d", "e"), ("e", "c")])
    >>> sorted(sorted(s) for s in semi_stable_extensions(af))
    [['b', 'd']]

    Here ``{a}`` is preferred but not semi-stable: its range ``{a, b}`` is
    strictly inside the range of ``{b, d}`` (Caminada 2006, Figure 1).

    References
    ----------
    .. [1] M. Caminada, "Semi-stable semantics", Proceedings of COMMA 2006,
       Frontiers in Artificial Intelligence and Applications 144, 121-130.
    .. [2] M. Caminada, W. A. Carnielli and P. E. Dunne, "Semi-stable semantics",
       Journal of Logic and Computation 22(5):1207-1254, 2012.
    .. [3] P. Baroni, M. Caminada and M. Giacomin, "An introduction to argumentation
       semantics", The Knowledge Engineering Review 26(4):365-410, 2011.
    """
    return named(af, semi_stable_indices(Adjacency.of(af)))
