"""Preferred extensions (Dung 1995): the ⊆-maximal admissible sets."""

from __future__ import annotations

from collections.abc import Iterator

from argmap.frameworks.abstract import ArgumentationFramework
from argmap.semantics.adjacency import Adjacency, named
from argmap.semantics.grounded import grounded_domains
from argmap.semantics.labelling_search import Family, Measure, in_set, maximal_labellings


def preferred_indices(
    adjacency: Adjacency, deadline: float | None = None
) -> Iterator[frozenset[int]]:
    """The preferred extensions of ``adjacency``, lazily (see :func:`preferred_extensions`)."""
    for labels in maximal_labellings(
        adjacency,
        Family.COMPLETE,
        Measure.IN,
        domains=grounded_domains(adjacency),
        deadline=deadline,
    ):
        yield in_set(labels)


def preferred_extensions(af: ArgumentationFramework) -> Iterator[frozenset[str]]:
    """The preferred extensions: the ⊆-maximal admissible sets.

    ``S`` is preferred iff it is admissible and no strict superset of ``S`` is
    admissible; equivalently, a ⊆-maximal complete extension. At least one
    always exists (possibly the empty set). Preferred labellings are the
    complete labellings with a ⊆-maximal IN set (Caminada 2006).

    Each extension is reported as soon as it is known to be maximal: the search
    over complete labellings skips whatever lies below an extension already
    found, and grows each labelling it reaches until no complete labelling with
    strictly more IN arguments exists (see
    :func:`~argmap.semantics.labelling_search.maximal_labellings`).

    Parameters
    ----------
    af : ArgumentationFramework

    Returns
    -------
    iterator of frozenset of str
        Each preferred extension once, lazily.

    Examples
    --------
    >>> from argmap.frameworks import AF
    >>> af = AF(["a", "b", "c"], [("a", "b"), ("b", "a"), ("b", "c")])
    >>> sorted(sorted(s) for s in preferred_extensions(af))
    [['a', 'c'], ['b']]

    An odd cycle has only the empty preferred extension (not no extension):

    >>> list(preferred_extensions(AF(["a", "b", "c"], [("a", "b"), ("b", "c"), ("c", "a")])))
    [frozenset()]

    References
    ----------
    .. [1] P. M. Dung, "On the acceptability of arguments and its fundamental role
       in nonmonotonic reasoning, logic programming and n-person games",
       Artificial Intelligence 77(2):321-357, 1995. (Definition 7.)
    .. [2] P. Baroni, M. Caminada and M. Giacomin, "An introduction to argumentation
       semantics", The Knowledge Engineering Review 26(4):365-410, 2011.
    """
    return named(af, preferred_indices(Adjacency.of(af)))
