"""Complete extensions (Dung 1995): admissible sets that contain all they defend."""

from __future__ import annotations

from collections.abc import Iterator

from argmap.frameworks.abstract import ArgumentationFramework
from argmap.semantics.adjacency import Adjacency, named
from argmap.semantics.grounded import grounded_domains
from argmap.semantics.labelling_search import Family, in_set, labellings


def complete_indices(
    adjacency: Adjacency, deadline: float | None = None
) -> Iterator[frozenset[int]]:
    """The complete extensions of ``adjacency``, lazily (see :func:`complete_extensions`)."""
    for labels in labellings(
        adjacency, Family.COMPLETE, domains=grounded_domains(adjacency), deadline=deadline
    ):
        yield in_set(labels)


def complete_extensions(af: ArgumentationFramework) -> Iterator[frozenset[str]]:
    """The complete extensions: admissible sets containing every argument they defend.

    ``S`` is complete iff it is admissible and ``F(S) ⊆ S``, i.e. ``S = F(S)``
    for a conflict-free ``S`` (``F`` the characteristic function, ``F(S)`` the
    arguments ``S`` defends). In the labelling view, complete labellings are
    exactly those where an argument is IN iff all its attackers are OUT, and OUT
    iff some attacker is IN (Caminada 2006); they are in one-to-one
    correspondence with complete extensions. There is always at least one
    (the grounded extension is the least).

    The search starts from the grounded labelling (every complete labelling
    agrees with it on IN and OUT) and branches only on the rest.

    Parameters
    ----------
    af : ArgumentationFramework

    Returns
    -------
    iterator of frozenset of str
        Each complete extension once, lazily.

    Examples
    --------
    >>> from argmap.frameworks import AF
    >>> af = AF(["a", "b", "c"], [("a", "b"), ("b", "a"), ("b", "c")])
    >>> sorted(sorted(s) for s in complete_extensions(af))
    [[], ['a', 'c'], ['b']]

    References
    ----------
    .. [1] P. M. Dung, "On the acceptability of arguments and its fundamental role
       in nonmonotonic reasoning, logic programming and n-person games",
       Artificial Intelligence 77(2):321-357, 1995. (Definition 23.)
    .. [2] M. Caminada, "On the issue of reinstatement in argumentation", JELIA 2006,
       LNCS 4160, 111-123.
    .. [3] P. Baroni, M. Caminada and M. Giacomin, "An introduction to argumentation
       semantics", The Knowledge Engineering Review 26(4):365-410, 2011.
    """
    return named(af, complete_indices(Adjacency.of(af)))
