"""The plain-Python engine: every semantics, exact, no solver.

It is the engine of choice for small frameworks (tens of open arguments after
the grounded labelling is propagated) and, whatever the size, for the semantics
computed straight from their definitions: grounded (linear time), conflict-free
and naive (polynomial delay), cf2 (SCC recursion over naive sets). Given a
helper engine it also computes ideal, eager and stage2 on large frameworks from
the helper's preferred, semi-stable and stage extensions. See
:mod:`argmap.semantics.dispatch`.
"""

from __future__ import annotations

from argmap.frameworks.abstract import ArgumentationFramework
from argmap.semantics.acceptance import credulous_index, sceptical_index
from argmap.semantics.adjacency import Adjacency, named
from argmap.semantics.admissible import admissible_indices
from argmap.semantics.cf2 import cf2_indices, stage2_indices
from argmap.semantics.complete import complete_indices
from argmap.semantics.conflict_free import conflict_free_indices, naive_indices
from argmap.semantics.eager import eager_index
from argmap.semantics.grounded import grounded_indices
from argmap.semantics.ideal import ideal_index
from argmap.semantics.preferred import preferred_indices
from argmap.semantics.scc import BaseSemantics
from argmap.semantics.semi_stable import semi_stable_indices
from argmap.semantics.stable import stable_indices
from argmap.semantics.stage import stage_indices
from argmap.semantics.types import Engine, Extension, Semantics

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterator

_ENUMERATORS: dict[Semantics, BaseSemantics] = {
    Semantics.CONFLICT_FREE: conflict_free_indices,
    Semantics.NAIVE: naive_indices,
    Semantics.ADMISSIBLE: admissible_indices,
    Semantics.COMPLETE: complete_indices,
    Semantics.PREFERRED: preferred_indices,
    Semantics.STABLE: stable_indices,
    Semantics.SEMI_STABLE: semi_stable_indices,
    Semantics.STAGE: stage_indices,
    Semantics.CF2: cf2_indices,
}

DEFINED_OVER = {
    Semantics.IDEAL: Semantics.PREFERRED,
    Semantics.EAGER: Semantics.SEMI_STABLE,
    Semantics.STAGE2: Semantics.STAGE,
}
"""Semantics defined over another semantics' extensions: ideal over preferred, eager
over semi-stable, stage2 over stage (on each strongly connected component). A helper
engine may compute those; the definition is applied here."""

HELPED_COMPONENT_SIZE = 16
"""Stage2 asks the helper engine only for components with more arguments than this
(smaller ones are faster here than building a sub-framework for it)."""


class PythonEngine:
    """Evaluate any :class:`~argmap.semantics.types.Semantics` in plain Python.

    Parameters
    ----------
    helper : Engine, optional
        An engine for the NP-hard parts of the semantics defined over others
        (:data:`DEFINED_OVER`): the preferred extensions for ideal, the
        semi-stable ones for eager, the stage extensions of large components for
        stage2. The definitions themselves are applied here. Without a helper,
        everything is computed here.

    Examples
    --------
    >>> from argmap.frameworks import AF
    >>> engine = PythonEngine()
    >>> af = AF(["a", "b"], [("a", "b"), ("b", "a")])
    >>> sorted(sorted(e) for e in engine.extensions(af, Semantics.STABLE, None))
    [['a'], ['b']]
    >>> engine.sceptical(af, "a", Semantics.PREFERRED, None)
    False
    """

    def __init__(self, helper: Engine | None = None) -> None:
        self.helper = helper
        self.name = "python" if helper is None else f"python+{helper.name}"

    def supports(self, semantics: Semantics) -> bool:
        """Every semantics is supported."""
        return True

    def extensions(
        self, af: ArgumentationFramework, semantics: Semantics, deadline: float | None
    ) -> Iterator[Extension]:
        """The extensions of ``af`` under ``semantics``, lazily."""
        return named(af, self._indices(af, Adjacency.of(af), semantics, deadline))

    def some_extension(
        self, af: ArgumentationFramework, semantics: Semantics, deadline: float | None
    ) -> Extension | None:
        """One extension, or ``None`` when there is none (stable only)."""
        return next(self.extensions(af, semantics, deadline), None)

    def credulous(
        self,
        af: ArgumentationFramework,
        argument: str,
        semantics: Semantics,
        deadline: float | None,
    ) -> bool:
        """Whether some extension contains ``argument``."""
        adjacency = Adjacency.of(af)
        return credulous_index(
            adjacency,
            af.index(argument),
            semantics,
            lambda: self._indices(af, adjacency, semantics, deadline),
            deadline,
        )

    def sceptical(
        self,
        af: ArgumentationFramework,
        argument: str,
        semantics: Semantics,
        deadline: float | None,
    ) -> bool:
        """Whether every extension contains ``argument`` (vacuously true if none exists)."""
        adjacency = Adjacency.of(af)
        return sceptical_index(
            adjacency,
            af.index(argument),
            semantics,
            lambda: self._indices(af, adjacency, semantics, deadline),
            deadline,
        )

    def _indices(
        self,
        af: ArgumentationFramework,
        adjacency: Adjacency,
        semantics: Semantics,
        deadline: float | None,
    ) -> Iterator[frozenset[int]]:
        if semantics is Semantics.GROUNDED:
            yield grounded_indices(adjacency)
        elif semantics is Semantics.STAGE2:
            yield from stage2_indices(adjacency, deadline, self._stage_base(af))
        elif semantics in DEFINED_OVER:
            underlying = None
            helper = self._helper_for(semantics)
            if helper is not None:
                underlying = (
                    frozenset(af.index(a) for a in extension)
                    for extension in helper.extensions(af, DEFINED_OVER[semantics], deadline)
                )
            if semantics is Semantics.IDEAL:
                yield ideal_index(adjacency, deadline, underlying)
            else:
                yield eager_index(adjacency, deadline, underlying)
        else:
            yield from _ENUMERATORS[semantics](adjacency, deadline)

    def _helper_for(self, semantics: Semantics) -> Engine | None:
        """The helper, if there is one and it serves what ``semantics`` is defined over."""
        helper = self.helper
        if helper is not None and helper.supports(DEFINED_OVER[semantics]):
            return helper
        return None

    def _stage_base(self, af: ArgumentationFramework) -> BaseSemantics:
        """Stage extensions of a component: by the helper when it is large, else here."""
        helper = self._helper_for(Semantics.STAGE2)
        if helper is None:
            return stage_indices

        def stage(component: Adjacency, deadline: float | None) -> Iterator[frozenset[int]]:
            if component.size <= HELPED_COMPONENT_SIZE:
                yield from stage_indices(component, deadline)
                return
            names = [af.arguments[member] for member in component.members]
            local = {name: i for i, name in enumerate(names)}
            part = ArgumentationFramework.from_indices(
                names,
                [a for a, row in enumerate(component.targets) for _ in row],
                [b for row in component.targets for b in row],
            )
            for extension in helper.extensions(part, Semantics.STAGE, deadline):
                yield frozenset(local[name] for name in extension)

        return stage
