"""The ASPIC+ argumentation theory a map stands for: language, rules, contrariness, premises.

Following the reading of AIF graphs in ASPIC+ (Bex, Prakken & Reed 2010; Bex,
Modgil, Prakken & Reed 2013), a map is an argumentation theory (Modgil & Prakken
2013, Definitions 2-4):

* the **language** is the map's claims (issues are questions, not formulas);
* each **support** is a rule named by its id, ``premises ⇒ conclusion``:
  defeasible, or strict when the support says ``strict: true``. Linked premises
  are the antecedents of one rule; convergent reasons are separate rules. The name
  of a defeasible rule, ``n(r)``, is its support id, so that an undercut of the
  support is a contrary of ``n(r)``;
* the **contrariness** function: an attack ``x → y`` (rebut or undermine) makes
  ``x`` a contrary of ``y``; with ``contradictory: true`` also ``y`` a contrary of
  ``x`` (a contradictory pair). An undercut ``x → s`` makes ``x`` a contrary of
  ``n(s)``;
* the **knowledge base** holds ordinary premises only (no axioms): every claim that
  no support concludes, and every claim the analyst marks ``premise: true``;
* the **preferences**, when used, order the premises and the defeasible rules
  (:mod:`argmap.frameworks.structured.preferences`).

References
----------
.. [1] S. Modgil and H. Prakken, "A general account of argumentation with
   preferences", Artificial Intelligence 195:361-397, 2013.
.. [2] F. Bex, H. Prakken and C. Reed, "A formal analysis of the AIF in terms of the
   ASPIC framework", COMMA 2010, 99-110.
.. [3] F. Bex, S. Modgil, H. Prakken and C. Reed, "On logical specifications of the
   Argument Interchange Format", J. Logic and Computation 23(5):951-989, 2013.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from argmap.model import ArgumentMap, AttackKind, StatementKind


@dataclass(frozen=True)
class Rule:
    """An inference rule ``antecedents ⇒ consequent`` (``→`` when strict), named by its support."""

    id: str
    antecedents: tuple[str, ...]
    consequent: str
    strict: bool

    def __str__(self) -> str:
        arrow = "->" if self.strict else "=>"
        return f"{self.id}: {', '.join(self.antecedents)} {arrow} {self.consequent}"


@dataclass(frozen=True)
class ArgumentationTheory:
    """A map read as an ASPIC+ argumentation theory (see the module docstring).

    Attributes
    ----------
    language : tuple of str
        The claims, in map order.
    rules : tuple of Rule
        One per support, in map order.
    premises : tuple of str
        The ordinary premises (the knowledge base), in map order.
    contraries : Mapping[str, frozenset[str]]
        For each claim ``y``, the claims ``x`` with ``x`` a contrary of ``y``.
    undercutters : Mapping[str, frozenset[str]]
        For each defeasible rule (support id), the claims that are contraries of its name.
    relation : Mapping[tuple[str, str], str]
        The map attack each conflict comes from: ``(x, y)`` (or ``(x, support id)``)
        to the attack's id.

    Examples
    --------
    >>> m = ArgumentMap(title="t", statements=[
    ...     {"id": "c", "text": {"en": "C"}}, {"id": "p", "text": {"en": "P"}},
    ...     {"id": "d", "text": {"en": "D"}}],
    ...     supports=[{"id": "s", "premises": ["p"], "conclusion": "c"}],
    ...     attacks=[{"id": "x", "kind": "rebut", "source": "d", "target": "c",
    ...               "contradictory": True}])
    >>> t = argumentation_theory(m)
    >>> t.premises, [str(r) for r in t.rules]
    (('p', 'd'), ['s: p => c'])
    >>> sorted(t.contraries["c"]), sorted(t.contraries["d"]), t.relation["c", "d"]
    (['d'], ['c'], 'x')
    """

    language: tuple[str, ...]
    rules: tuple[Rule, ...]
    premises: tuple[str, ...]
    contraries: Mapping[str, frozenset[str]]
    undercutters: Mapping[str, frozenset[str]]
    relation: Mapping[tuple[str, str], str]

    def contradictory(self, x: str, y: str) -> bool:
        """Whether ``x`` and ``y`` are contraries of each other (a contradictory pair)."""
        return x in self.contraries.get(y, ()) and y in self.contraries.get(x, ())


def argumentation_theory(m: ArgumentMap) -> ArgumentationTheory:
    """The ASPIC+ argumentation theory of ``m`` (Modgil & Prakken 2013, Defs. 2-4).

    See the module docstring for how each part of the map is read.
    """
    language = tuple(s.id for s in m.statements if s.kind is StatementKind.CLAIM)
    concluded = {sup.conclusion for sup in m.supports}
    marked = {s.id for s in m.statements if s.premise}
    premises = tuple(s for s in language if s not in concluded or s in marked)
    rules = tuple(Rule(s.id, s.premises, s.conclusion, s.strict) for s in m.supports)
    contraries: dict[str, set[str]] = {}
    undercutters: dict[str, set[str]] = {}
    relation: dict[tuple[str, str], str] = {}
    for attack in m.attacks:
        if attack.kind is AttackKind.UNDERCUT:
            undercutters.setdefault(attack.target, set()).add(attack.source)
            relation.setdefault((attack.source, attack.target), attack.id)
            continue
        contraries.setdefault(attack.target, set()).add(attack.source)
        relation.setdefault((attack.source, attack.target), attack.id)
        if attack.contradictory:
            contraries.setdefault(attack.source, set()).add(attack.target)
            relation.setdefault((attack.target, attack.source), attack.id)
    return ArgumentationTheory(
        language=language,
        rules=rules,
        premises=premises,
        contraries=MappingProxyType({k: frozenset(v) for k, v in contraries.items()}),
        undercutters=MappingProxyType({k: frozenset(v) for k, v in undercutters.items()}),
        relation=MappingProxyType(relation),
    )
