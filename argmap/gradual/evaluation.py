"""Evaluate a whole map under any named semantics: extension-based or gradual.

:func:`evaluate` is the one entry point for "evaluate this map under that
semantics". Extension-based names (``grounded``, ``preferred``, ...) give a
status per statement (:class:`~argmap.semantics.evaluation.ExtensionEvaluation`,
computed by :func:`argmap.semantics.evaluation.evaluate`); gradual names
(``df-quad``, ``quadratic-energy``, ``h-categorizer``, ...) give a strength in
``[0, 1]`` per statement (:class:`StrengthEvaluation`).

The graph a gradual semantics reads depends on ``support``:

``None``
    the map as it stands, :func:`~argmap.frameworks.map_bipolar.weighted_graph`:
    statements weighted by their ``weight`` (``default_weight`` when they have
    none), inferences as arguments between premises and conclusion. The bipolar
    semantics (``quad``, ``df-quad``, ``euler``, ``quadratic-energy``, ``mlp``)
    aggregate the supports their own way; the attack-only ones
    (``h-categorizer``, ``weighted-h-categorizer``, ``max-based``,
    ``card-based``) read the attacks only, as the pure Dung view does.
``"deductive"``, ``"necessary"``, ``"evidential"``, ``"general"``
    the supports read that way and turned into attacks: the flattened Dung
    framework of :func:`~argmap.semantics.evaluation.dung_view`, with the same
    base scores, and no supports left. Every gradual semantics then reads an
    attack-only graph. An argument the evidential reading leaves without
    evidence is not in that graph; its strength is 0.

References
----------
.. [1] P. Baroni, A. Rago, F. Toni, "From fine-grained properties to broad
   principles for gradual argumentation: A principled spectrum", IJAR
   105:252-286, 2019.
.. [2] N. Potyka, "Continuous dynamical systems for weighted bipolar
   argumentation", KR 2018.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from argmap.frameworks.bipolar import SupportInterpretation
from argmap.frameworks.map_bipolar import DEFAULT_WEIGHT, weighted_graph
from argmap.frameworks.translation import Element
from argmap.frameworks.weighted import WeightedBipolarGraph
from argmap.gradual import strengths
from argmap.gradual.types import GradualResult, GradualSemantics, Method
from argmap.model import ArgumentMap
from argmap.semantics.evaluation import (
    EXTENSION_LIMIT,
    ExtensionEvaluation,
    dung_view,
    parse_support,
    semantics_name,
)
from argmap.semantics.evaluation import evaluate as evaluate_extensions
from argmap.semantics.types import Semantics

ATTACK_ONLY: frozenset[GradualSemantics] = frozenset(
    {
        GradualSemantics.H_CATEGORIZER,
        GradualSemantics.WEIGHTED_H_CATEGORIZER,
        GradualSemantics.MAX_BASED,
        GradualSemantics.CARD_BASED,
    }
)
"""Gradual semantics defined on attack-only graphs: supports are not read."""

DECIMALS = 10
"""Strengths in :meth:`StrengthEvaluation.to_json` are rounded to this many decimals
(the default convergence tolerance is ``1e-10``: later digits are noise)."""


@dataclass(frozen=True)
class StrengthEvaluation:
    """A map evaluated under one gradual semantics.

    Attributes
    ----------
    semantics : GradualSemantics
    support : SupportInterpretation or None
        The reading of support turned into attacks, ``None`` for the map as it
        stands.
    strengths : Mapping[str, float]
        Every argument of the map (claims, then inferences, in map order).
    base : Mapping[str, float]
        The base score of each argument.
    origin : Mapping[str, str]
        ``"statement"`` or ``"support"`` for each argument.
    result : GradualResult
        The computation: ``converged``, ``iterations``, ``residual``, ``method``.
    supports_read : bool
        Whether the semantics read supports as supports (a bipolar semantics on
        the map as it stands).
    without_evidence : frozenset of str
        Arguments the evidential reading leaves without evidence (strength 0).

    Examples
    --------
    >>> m = ArgumentMap(title="t", statements=[
    ...     {"id": "c", "text": {"en": "C"}}, {"id": "p", "text": {"en": "P"}, "weight": 0.8}],
    ...     supports=[{"id": "s", "premises": ["p"], "conclusion": "c"}])
    >>> result = evaluate(m, "df-quad")
    >>> isinstance(result, StrengthEvaluation), result.converged, result.method.value
    (True, True, 'forward')
    >>> round(result.strength("s"), 3), dict(result.statement_strengths())
    (0.9, {'c': 0.95, 'p': 0.8})
    >>> result.to_json(inferences=True)["s"]
    {'strength': 0.9, 'base': 0.5}
    """

    semantics: GradualSemantics
    support: SupportInterpretation | None
    strengths: Mapping[str, float]
    base: Mapping[str, float]
    origin: Mapping[str, Element]
    result: GradualResult
    supports_read: bool
    without_evidence: frozenset[str]

    @property
    def name(self) -> str:
        """The public name of the semantics, e.g. ``df-quad``."""
        return self.semantics.value

    @property
    def converged(self) -> bool:
        """Whether the strengths are a fixed point (always, on acyclic graphs)."""
        return self.result.converged

    @property
    def iterations(self) -> int:
        """Topological levels, iterations or RK4 steps used."""
        return self.result.iterations

    @property
    def residual(self) -> float:
        """``max |f(s) - s|`` at the strengths returned."""
        return self.result.residual

    @property
    def method(self) -> Method:
        """How the strengths were computed (forward, discrete or continuous)."""
        return self.result.method

    def strength(self, argument: str) -> float:
        """The strength of a statement or inference (``KeyError`` naming it otherwise)."""
        try:
            return self.strengths[argument]
        except KeyError:
            raise KeyError(f"{argument!r} is not a claim or an inference of this map") from None

    def statement_strengths(self) -> Mapping[str, float]:
        """The strengths of the claims only, in map order."""
        return MappingProxyType(
            {a: s for a, s in self.strengths.items() if self.origin[a] == "statement"}
        )

    def to_json(self, *, inferences: bool = False) -> dict[str, dict[str, Any]]:
        """``{statement id: {"strength": s, "base": w}}`` in map order.

        Numbers are rounded to :data:`DECIMALS` decimals, so the output is the same
        from run to run. With ``inferences=True`` the inferences follow.
        """
        return {
            argument: {
                "strength": round(value, DECIMALS),
                "base": round(self.base[argument], DECIMALS),
            }
            for argument, value in self.strengths.items()
            if inferences or self.origin[argument] == "statement"
        }


Evaluation = ExtensionEvaluation | StrengthEvaluation
"""What :func:`evaluate` returns: statuses or strengths."""


def semantics_names() -> tuple[str, ...]:
    """Every semantics name :func:`evaluate` accepts, extension-based first.

    >>> names = semantics_names()
    >>> names[:3], names[-2:]
    (('conflict-free', 'naive', 'admissible'), ('quadratic-energy', 'mlp'))
    >>> len(names)
    22
    """
    return tuple(semantics_name(s) for s in Semantics) + tuple(g.value for g in GradualSemantics)


def parse_semantics(name: Semantics | GradualSemantics | str) -> Semantics | GradualSemantics:
    """The semantics called ``name``, extension-based or gradual.

    Raises
    ------
    ValueError
        For an unknown name; the message lists every known one.

    >>> parse_semantics("semi-stable"), parse_semantics("DF-QuAD")
    (<Semantics.SEMI_STABLE: 'semi_stable'>, <GradualSemantics.DF_QUAD: 'df-quad'>)
    """
    if isinstance(name, Semantics | GradualSemantics):
        return name
    for parse in (Semantics.parse, GradualSemantics.parse):
        try:
            return parse(name)
        except ValueError:
            continue
    known = ", ".join(semantics_names())
    raise ValueError(f"unknown semantics {name!r}; choose one of: {known}")


def evaluate(
    m: ArgumentMap,
    semantics: Semantics | GradualSemantics | str,
    *,
    support: SupportInterpretation | str | None = None,
    default_weight: float = DEFAULT_WEIGHT,
    extension_limit: int = EXTENSION_LIMIT,
) -> Evaluation:
    """Evaluate ``m`` under ``semantics``: statuses or strengths per statement.

    Parameters
    ----------
    m : ArgumentMap
    semantics : str
        Any name of :func:`semantics_names`.
    support : SupportInterpretation or str, optional
        ``None`` (default): the map as it stands (Dung view for extension-based
        and attack-only gradual semantics, supports aggregated by the bipolar
        gradual ones). ``deductive``, ``necessary``, ``evidential`` or
        ``general``: supports read that way and flattened into attacks.
    default_weight : float
        Base score of statements without ``weight`` and of inferences (gradual
        semantics only).
    extension_limit : int
        How many extensions to list (extension-based semantics only).

    Returns
    -------
    ExtensionEvaluation or StrengthEvaluation

    Raises
    ------
    ValueError
        For an unknown semantics or support interpretation, or a default weight
        outside ``[0, 1]``.

    Examples
    --------
    ``u`` (weight 1) undercuts the only inference for ``c``:

    >>> m = ArgumentMap(title="t", statements=[
    ...     {"id": "c", "text": {"en": "C"}}, {"id": "p", "text": {"en": "P"}},
    ...     {"id": "u", "text": {"en": "U"}, "weight": 1.0}],
    ...     supports=[{"id": "s", "premises": ["p"], "conclusion": "c"}],
    ...     attacks=[{"id": "x", "kind": "undercut", "source": "u", "target": "s"}])
    >>> evaluate(m, "grounded", support="necessary").status("c").value
    'out'
    >>> result = evaluate(m, "df-quad")
    >>> result.strength("s"), result.strength("c")
    (0.25, 0.625)
    >>> evaluate(m, "df-quad", support="necessary").to_json()["c"]
    {'strength': 0.0, 'base': 0.5}
    """
    chosen = parse_semantics(semantics)
    if isinstance(chosen, Semantics):
        return evaluate_extensions(m, chosen, support=support, extension_limit=extension_limit)
    reading = parse_support(support)
    graph = weighted_graph(m, default_weight)
    supports_read = reading is None and chosen not in ATTACK_ONLY
    missing: frozenset[str] = frozenset()
    if reading is not None:
        view = dung_view(m, reading)
        missing = view.without_evidence
        evaluated = WeightedBipolarGraph(
            {a: graph.weight(a) for a in view.framework.arguments},
            view.framework.sorted_attacks(),
        )
    elif supports_read:
        evaluated = graph
    else:
        evaluated = WeightedBipolarGraph(graph.weights, graph.sorted_attacks())
    result = strengths(evaluated, chosen)
    values = {a: result.strengths.get(a, 0.0) for a in graph.arguments}
    inferences = {s.id for s in m.supports}
    origin: dict[str, Element] = {
        a: "support" if a in inferences else "statement" for a in graph.arguments
    }
    return StrengthEvaluation(
        semantics=chosen,
        support=reading,
        strengths=MappingProxyType(values),
        base=graph.weights,
        origin=MappingProxyType(origin),
        result=result,
        supports_read=supports_read,
        without_evidence=missing,
    )
