"""The vocabulary every gradual semantics shares: names, methods, results.

A gradual (numeric) semantics gives each argument of a weighted bipolar graph a
strength in ``[0, 1]``. All the semantics of argmap are *local*: the strength of
``a`` is ``f(w(a), strengths of Att(a), strengths of Sup(a))``. On an acyclic graph
it is computed exactly, in topological order; on a cyclic graph it is a fixed
point ``s = f(s)``, reached by iteration or as the limit of Potyka's continuous
model ``ds/dt = f(s) - s``. A :class:`GradualResult` says which, and whether the
computation converged: a value that did not converge is never returned as if it
had.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

DEFAULT_TOLERANCE = 1e-10
"""Default bound on ``max_a |f(s)(a) - s(a)|`` for iterative methods."""
DEFAULT_MAX_ITERATIONS = 10_000
"""Default cap on iterations (discrete) or integration steps (continuous)."""
DEFAULT_STEP = 0.5
"""Default RK4 step of the continuous model."""


class GradualError(ValueError):
    """A gradual semantics cannot be applied as asked (wrong graph, bad option)."""


class GradualSemantics(str, enum.Enum):
    """The gradual semantics argmap computes; the value is the public name."""

    H_CATEGORIZER = "h-categorizer"
    WEIGHTED_H_CATEGORIZER = "weighted-h-categorizer"
    MAX_BASED = "max-based"
    CARD_BASED = "card-based"
    QUAD = "quad"
    DF_QUAD = "df-quad"
    EULER = "euler"
    QUADRATIC_ENERGY = "quadratic-energy"
    MLP = "mlp"

    @classmethod
    def parse(cls, name: str | GradualSemantics) -> GradualSemantics:
        """The semantics called ``name``; case, ``_``, ``-`` and spaces do not matter.

        Also accepts the usual long names (``weighted-max-based``, ``euler-based``,
        ``mlp-based``, ``dfquad``, ``categoriser``).

        >>> GradualSemantics.parse("DF_QuAD")
        <GradualSemantics.DF_QUAD: 'df-quad'>
        >>> GradualSemantics.parse("weighted_card_based")
        <GradualSemantics.CARD_BASED: 'card-based'>
        """
        if isinstance(name, GradualSemantics):
            return name
        key = name.strip().lower().replace("_", "-").replace(" ", "-")
        key = _ALIASES.get(key, key)
        try:
            return cls(key)
        except ValueError:
            known = ", ".join(s.value for s in cls)
            raise GradualError(
                f"unknown gradual semantics {name!r}; choose one of: {known}"
            ) from None


_ALIASES = {
    "categoriser": "h-categorizer",
    "categorizer": "h-categorizer",
    "h-categoriser": "h-categorizer",
    "hcategorizer": "h-categorizer",
    "weighted-h-categoriser": "weighted-h-categorizer",
    "hbs": "weighted-h-categorizer",
    "weighted-max-based": "max-based",
    "mbs": "max-based",
    "weighted-card-based": "card-based",
    "cbs": "card-based",
    "dfquad": "df-quad",
    "euler-based": "euler",
    "quadratic-energy-model": "quadratic-energy",
    "qe": "quadratic-energy",
    "mlp-based": "mlp",
}


class Method(str, enum.Enum):
    """How the strengths are computed.

    ``auto`` (the default of every function) uses ``forward`` on acyclic graphs;
    on cyclic ones it tries ``discrete`` and, if the iteration stalls or
    oscillates, ``continuous``. A result always names the method that produced it.
    """

    AUTO = "auto"
    FORWARD = "forward"
    """Exact evaluation in topological order (acyclic graphs only)."""
    DISCRETE = "discrete"
    """Jacobi iteration ``s ← f(s)`` from the base scores."""
    CONTINUOUS = "continuous"
    """RK4 integration of ``ds/dt = f(s) - s`` from the base scores (Potyka 2018)."""


@dataclass(frozen=True)
class GradualResult:
    """Strengths computed by a gradual semantics, with how they were obtained.

    Attributes
    ----------
    semantics : GradualSemantics
        The semantics evaluated.
    strengths : Mapping[str, float]
        Read-only ``{argument: strength}``, in the graph's argument order.
    converged : bool
        ``True`` when ``residual <= tolerance`` (always for ``forward``). When
        ``False`` the strengths are the last iterate, *not* a fixed point.
    iterations : int
        Topological levels (``forward``), iterations (``discrete``) or RK4 steps
        (``continuous``).
    residual : float
        ``max_a |f(s)(a) - s(a)|`` at the returned strengths.
    method : Method
        The method that produced the strengths (never ``auto``).
    tolerance : float
        The tolerance the result was computed to.
    """

    semantics: GradualSemantics
    strengths: Mapping[str, float]
    converged: bool
    iterations: int
    residual: float
    method: Method
    tolerance: float

    def __getitem__(self, argument: str) -> float:
        return self.strengths[argument]

    def __iter__(self) -> Iterator[str]:
        return iter(self.strengths)

    def __len__(self) -> int:
        return len(self.strengths)

    def ranking(self, tie_tolerance: float = 1e-12) -> tuple[frozenset[str], ...]:
        """The arguments from strongest to weakest, equal strengths in one tier.

        Two strengths within ``tie_tolerance`` of the first of a tier share it.
        """
        ordered = sorted(self.strengths.items(), key=lambda item: -item[1])
        tiers: list[tuple[float, list[str]]] = []
        for name, value in ordered:
            if tiers and tiers[-1][0] - value <= tie_tolerance:
                tiers[-1][1].append(name)
            else:
                tiers.append((value, [name]))
        return tuple(frozenset(names) for _, names in tiers)
