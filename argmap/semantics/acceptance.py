"""Credulous and sceptical acceptance in the plain-Python engine.

An argument is *credulously* accepted under a semantics when some extension
contains it, *sceptically* accepted when every extension does. When a semantics
has no extension at all (stable on an odd cycle), no argument is credulously
accepted and, following the ICCMA convention, every argument is sceptically
accepted (vacuously: it belongs to all of the zero extensions).

Where a semantics allows it, the question is answered by one targeted search
rather than by enumerating extensions:

* credulous admissible = complete = preferred: is there a complete labelling
  with the argument IN?
* sceptical complete: is the argument in the grounded extension?
* credulous / sceptical stable: is there a stable labelling with (without) it?
* naive: closed forms (not self-attacking; not in conflict with any argument
  that is not self-attacking).

Otherwise the extensions are enumerated lazily and the enumeration stops at the
first witness (or counterexample).

References
----------
.. [1] P. Baroni, M. Caminada and M. Giacomin, "An introduction to argumentation
   semantics", The Knowledge Engineering Review 26(4):365-410, 2011.
.. [2] ICCMA, "International Competition on Computational Models of Argumentation:
   input and output formats" (DC/DS tasks), 2023.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from argmap.semantics.adjacency import Adjacency
from argmap.semantics.grounded import grounded_domains
from argmap.semantics.labelling_search import IN, Family, first_labelling
from argmap.semantics.types import Semantics

IndexExtensions = Callable[[], Iterator[frozenset[int]]]
"""A lazy enumeration of the extensions (as argument numbers) of the semantics asked."""


def credulous_index(
    adjacency: Adjacency,
    argument: int,
    semantics: Semantics,
    extensions: IndexExtensions,
    deadline: float | None = None,
) -> bool:
    """Whether ``argument`` is in some ``semantics`` extension of ``adjacency``.

    ``extensions`` enumerates the extensions when no targeted search applies.
    """
    if semantics in (Semantics.CONFLICT_FREE, Semantics.NAIVE):
        return not adjacency.self_attacking(argument)
    if semantics in (Semantics.ADMISSIBLE, Semantics.COMPLETE, Semantics.PREFERRED):
        return _has_labelling(adjacency, Family.COMPLETE, argument, IN, deadline)
    if semantics is Semantics.STABLE:
        return _has_labelling(adjacency, Family.STABLE, argument, IN, deadline)
    if semantics is Semantics.GROUNDED:
        return _in_grounded(adjacency, argument)
    return any(argument in extension for extension in extensions())


def sceptical_index(
    adjacency: Adjacency,
    argument: int,
    semantics: Semantics,
    extensions: IndexExtensions,
    deadline: float | None = None,
) -> bool:
    """Whether ``argument`` is in every ``semantics`` extension (true if there is none)."""
    if semantics in (Semantics.CONFLICT_FREE, Semantics.ADMISSIBLE):
        return False  # the empty set is always one of them
    if semantics is Semantics.NAIVE:
        attackers, targets = adjacency.attackers, adjacency.targets
        rivals = {*attackers[argument], *targets[argument]}
        return argument not in rivals and all(adjacency.self_attacking(b) for b in rivals)
    if semantics in (Semantics.COMPLETE, Semantics.GROUNDED):
        return _in_grounded(adjacency, argument)
    if semantics is Semantics.STABLE:
        return not _has_labelling(adjacency, Family.STABLE, argument, ~IN, deadline)
    if semantics in (Semantics.PREFERRED, Semantics.SEMI_STABLE):
        if _in_grounded(adjacency, argument):
            return True
        if not _has_labelling(adjacency, Family.COMPLETE, argument, IN, deadline):
            return False
    return all(argument in extension for extension in extensions())


def _in_grounded(adjacency: Adjacency, argument: int) -> bool:
    return grounded_domains(adjacency)[argument] == IN


def _has_labelling(
    adjacency: Adjacency, family: Family, argument: int, allowed: int, deadline: float | None
) -> bool:
    domains = grounded_domains(adjacency)
    domains[argument] &= allowed
    return first_labelling(adjacency, family, domains=domains, deadline=deadline) is not None
