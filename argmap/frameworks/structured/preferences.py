"""Argument orderings of ASPIC+: which argument is weaker, from preferences on its parts.

Preferences are off by default: every attack is then a defeat. Switched on
(:class:`ArgumentOrdering`), they come from two strict partial orders ``<``:

* on the **premises**: the statements' ``weight`` (``p < q`` when both are weighted
  and ``weight(p) < weight(q)``; ``source="weights"``, the default), or the map's
  preference pairs between statements (``source="preferences"``) closed under
  transitivity. The two sources are not mixed, so that the order stays a strict
  partial order;
* on the **defeasible rules**: the map's preference pairs between supports, closed
  under transitivity (supports have no weight).

Sets are compared (Modgil & Prakken 2013, Definition 19) by

* **elitist**: ``Γ ◁ Γ'`` iff some element of ``Γ`` is below every element of ``Γ'``;
* **democratic**: ``Γ ◁ Γ'`` iff every element of ``Γ`` is below some element of ``Γ'``;

with ``∅ ⋪ Γ'`` and ``Γ ◁ ∅`` for ``Γ ≠ ∅`` (what is strict or firm is strongest).
Arguments are compared by

* **last-link** (Definition 20): ``A ≺ B`` iff ``LastDefRules(A) ◁ LastDefRules(B)``,
  or both are empty and ``Prem(A) ◁ Prem(B)``;
* **weakest-link** (Definition 21): ``A ≺ B`` iff ``Prem(A) ◁ Prem(B)`` when both
  are strict, ``DefRules(A) ◁ DefRules(B)`` when both are firm, and both
  comparisons otherwise.

References
----------
.. [1] S. Modgil and H. Prakken, "A general account of argumentation with
   preferences", Artificial Intelligence 195:361-397, 2013.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import MappingProxyType

from argmap.frameworks.structured.arguments import StructuredArgument
from argmap.model import ArgumentMap, Statement, Support


class Principle(str, enum.Enum):
    """How an argument's strength is read from its parts."""

    LAST_LINK = "last-link"
    """The last defeasible rules decide (legal and normative reasoning)."""
    WEAKEST_LINK = "weakest-link"
    """The weakest premise and the weakest rule decide (epistemic reasoning)."""


class Comparison(str, enum.Enum):
    """How two sets of premises or rules are compared."""

    ELITIST = "elitist"
    DEMOCRATIC = "democratic"


class PreferenceSource(str, enum.Enum):
    """Where the order on premises comes from."""

    WEIGHTS = "weights"
    """The statements' ``weight``."""
    PREFERENCES = "preferences"
    """The map's ``preferences`` between statements."""


@dataclass(frozen=True)
class ArgumentOrdering:
    """The choices that make attacks into defeats (see the module docstring).

    >>> ArgumentOrdering()
    ArgumentOrdering(principle=<Principle.LAST_LINK: 'last-link'>, \
comparison=<Comparison.ELITIST: 'elitist'>, source=<PreferenceSource.WEIGHTS: 'weights'>)
    """

    principle: Principle = Principle.LAST_LINK
    comparison: Comparison = Comparison.ELITIST
    source: PreferenceSource = PreferenceSource.WEIGHTS

    def __post_init__(self) -> None:
        object.__setattr__(self, "principle", Principle(self.principle))
        object.__setattr__(self, "comparison", Comparison(self.comparison))
        object.__setattr__(self, "source", PreferenceSource(self.source))


Less = Callable[[str, str], bool]


@dataclass(frozen=True)
class BaseOrder:
    """The strict orders on premises and on defeasible rules of one map.

    ``stronger`` maps an id to every id strictly above it (transitively closed).
    """

    weights: Mapping[str, float] | None
    stronger: Mapping[str, frozenset[str]]

    def premise_below(self, p: str, q: str) -> bool:
        """``p < q`` on premises."""
        if self.weights is not None:
            wp, wq = self.weights.get(p), self.weights.get(q)
            return wp is not None and wq is not None and wp < wq
        return q in self.stronger.get(p, ())

    def rule_below(self, r: str, s: str) -> bool:
        """``r < s`` on defeasible rules."""
        return s in self.stronger.get(r, ())


def base_order(m: ArgumentMap, source: PreferenceSource | str) -> BaseOrder:
    """The orders on ``m``'s premises and rules for ``source`` (see the module docstring).

    >>> m = ArgumentMap(title="t", statements=[
    ...     {"id": i, "text": {"en": i}} for i in ("a", "b", "c")],
    ...     preferences=[{"stronger": "b", "weaker": "a"}, {"stronger": "c", "weaker": "b"}])
    >>> order = base_order(m, "preferences")
    >>> order.premise_below("a", "c"), order.premise_below("c", "a")
    (True, False)
    """
    chosen = PreferenceSource(source)
    kinds: dict[str, type] = {s.id: Statement for s in m.statements}
    kinds.update((s.id, Support) for s in m.supports)
    above: dict[str, set[str]] = {}
    for pref in m.preferences:
        kind = kinds.get(pref.weaker)
        if kind is Support or (kind is Statement and chosen is PreferenceSource.PREFERENCES):
            above.setdefault(pref.weaker, set()).add(pref.stronger)
    closed: dict[str, frozenset[str]] = {}
    for start in sorted(above):
        reached: set[str] = set()
        stack = list(above[start])
        while stack:
            node = stack.pop()
            if node not in reached:
                reached.add(node)
                stack.extend(above.get(node, ()))
        closed[start] = frozenset(reached)
    weights = None
    if chosen is PreferenceSource.WEIGHTS:
        weights = {s.id: s.weight for s in m.statements if s.weight is not None}
    return BaseOrder(
        MappingProxyType(weights) if weights is not None else None, MappingProxyType(closed)
    )


def set_below(
    weaker: frozenset[str], stronger: frozenset[str], less: Less, comparison: Comparison
) -> bool:
    """``Γ ◁ Γ'`` (Modgil & Prakken 2013, Definition 19).

    >>> less = lambda x, y: x < y  # compare names, for the example
    >>> set_below(frozenset("a"), frozenset("bc"), less, Comparison.ELITIST)
    True
    >>> set_below(frozenset("ac"), frozenset("b"), less, Comparison.ELITIST)
    True
    >>> set_below(frozenset("ac"), frozenset("b"), less, Comparison.DEMOCRATIC)
    False
    >>> set_below(frozenset(), frozenset("b"), less, Comparison.ELITIST)
    False
    """
    if not weaker:
        return False
    if not stronger:
        return True
    if comparison is Comparison.ELITIST:
        return any(all(less(x, y) for y in stronger) for x in weaker)
    return all(any(less(x, y) for y in stronger) for x in weaker)


def strictly_weaker(
    a: StructuredArgument, b: StructuredArgument, order: BaseOrder, ordering: ArgumentOrdering
) -> bool:
    """``A ≺ B`` under ``ordering`` (Modgil & Prakken 2013, Definitions 20-21)."""
    comparison = ordering.comparison
    if ordering.principle is Principle.LAST_LINK:
        if set_below(
            a.last_defeasible_rules, b.last_defeasible_rules, order.rule_below, comparison
        ):
            return True
        return (
            not a.last_defeasible_rules
            and not b.last_defeasible_rules
            and set_below(a.premises, b.premises, order.premise_below, comparison)
        )
    premises = set_below(a.premises, b.premises, order.premise_below, comparison)
    if a.is_strict and b.is_strict:
        return premises
    rules = set_below(a.defeasible_rules, b.defeasible_rules, order.rule_below, comparison)
    if a.is_firm and b.is_firm:
        return rules
    return premises and rules
