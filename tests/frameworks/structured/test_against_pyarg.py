"""Cross-check of the structured reading against PyArg's ASPIC+ (python-argumentation).

PyArg (Odekerken, Borg & Berthold, Utrecht) implements ASPIC+ after Modgil & Prakken
2013, independently of argmap. Each random map is translated into a PyArg
argumentation theory: the claims and the defeasible rules' names are its literals,
the attacks its contrariness function (an undercut makes its source a contrary of
the rule's name), the ordinary premises its knowledge base (no axioms). The two
must build the same arguments (compared by their structure: conclusion, top rule
and sub-arguments, since the names differ), the same attacks and defeats, and the
same grounded and preferred conclusions.

There is no intended difference on these maps: PyArg also refuses to build an
argument that uses its own conclusion in a proper sub-argument, uses restricted
rebut, does not close strict rules under transposition, and lets a contrary
(one-way) rebut or undermine succeed whatever the preferences. Two differences of
form are bridged here, not pinned: PyArg names an argument after its sub-arguments
(so equal arguments can get two names, and are compared by structure), and its
preference "preorders" are the pairs listed, so the transitive closure of the
map's preferences is given to it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from py_arg.abstract_argumentation_classes.abstract_argumentation_framework import (
    AbstractArgumentationFramework,
)
from py_arg.algorithms.semantics.get_grounded_extension import (
    get_grounded_extension,
)
from py_arg.algorithms.semantics.get_preferred_extensions import (
    get_preferred_extensions,
)
from py_arg.aspic_classes.argumentation_system import ArgumentationSystem
from py_arg.aspic_classes.argumentation_theory import ArgumentationTheory
from py_arg.aspic_classes.defeasible_rule import DefeasibleRule
from py_arg.aspic_classes.literal import Literal
from py_arg.aspic_classes.orderings.argument_orderings.last_link_ordering import (
    LastLinkDemocraticOrdering,
    LastLinkElitistOrdering,
)
from py_arg.aspic_classes.orderings.argument_orderings.weakest_link_ordering import (
    WeakestLinkDemocraticOrdering,
    WeakestLinkElitistOrdering,
)
from py_arg.aspic_classes.orderings.preference_preorder import PreferencePreorder
from py_arg.aspic_classes.strict_rule import StrictRule

from argmap.frameworks.structured import ArgumentOrdering, StructuredFramework, structured_framework
from argmap.frameworks.structured.preferences import base_order
from argmap.model import ArgumentMap
from argmap.semantics.statuses import Status
from argmap.semantics.structured import conclusion_statuses
from tests.frameworks.structured.maps import build, random_maps

ORDERINGS = {
    ("last-link", "elitist"): LastLinkElitistOrdering,
    ("last-link", "democratic"): LastLinkDemocraticOrdering,
    ("weakest-link", "elitist"): WeakestLinkElitistOrdering,
    ("weakest-link", "democratic"): WeakestLinkDemocraticOrdering,
}

Signature = Hashable

PYARG_PREFERRED_LIMIT = 12
"""PyArg's preferred extensions are found by a labelling search without pruning, in
time exponential in the number of arguments, and PyArg may hold one argument under
two names: beyond this many arguments, only arguments, attacks, defeats and grounded
conclusions are compared (most random maps have fewer)."""


class PyArgReading:
    """A map's ASPIC+ theory as PyArg builds it."""

    def __init__(self, m: ArgumentMap, source: str = "weights") -> None:
        ours = structured_framework(m)
        theory = ours.theory
        literals = {c: Literal(c) for c in theory.language}
        self.rules: dict[str, Any] = {}
        for rule in theory.rules:
            if not rule.strict:
                literals[rule.id] = Literal(rule.id, defeasible_rule_based=True)
        contraries = {
            y: {literals[x] for x in xs}
            for y, xs in (*theory.contraries.items(), *theory.undercutters.items())
        }
        strict, defeasible = [], []
        for rule in theory.rules:
            antecedents = {literals[a] for a in rule.antecedents}
            if rule.strict:
                strict.append(StrictRule(rule.id, antecedents, literals[rule.consequent]))
            else:
                self.rules[rule.id] = DefeasibleRule(
                    rule.id, antecedents, literals[rule.consequent]
                )
                defeasible.append(self.rules[rule.id])
        order = base_order(m, source)
        rule_pairs = [(r, r) for r in defeasible] + [
            (self.rules[a], self.rules[b])
            for a in self.rules
            for b in self.rules
            if order.rule_below(a, b)
        ]
        premise_pairs = [(literals[p], literals[p]) for p in theory.premises] + [
            (literals[p], literals[q])
            for p in theory.premises
            for q in theory.premises
            if order.premise_below(p, q)
        ]
        self.rule_order = PreferencePreorder(rule_pairs)
        self.premise_order = PreferencePreorder(premise_pairs)
        system = ArgumentationSystem(
            literals,
            contraries,
            strict,
            defeasible,
            self.rule_order,
            add_defeasible_rule_literals=False,
        )
        self.theory = ArgumentationTheory(
            system, [], [literals[p] for p in theory.premises], self.premise_order
        )

    def ordering(self, principle: str, comparison: str) -> Any:
        return ORDERINGS[principle, comparison](self.rule_order, self.premise_order)


def _their_signature(argument: Any) -> Signature:
    top = None if argument.top_rule is None else argument.top_rule.id
    subs = frozenset(_their_signature(s) for s in argument.direct_sub_arguments)
    return (str(argument.conclusion), top, subs)


def _our_signatures(sf: StructuredFramework) -> dict[str, Signature]:
    signature: dict[str, Signature] = {}
    for a in sf.arguments:  # sub-arguments first
        subs = frozenset(signature[s] for s in a.subarguments)
        signature[a.name] = (a.conclusion, a.top_rule, subs)
    return signature


def _conclusions(extension: Any) -> frozenset[str]:
    return frozenset(str(a.conclusion) for a in extension)


def _compare(m: ArgumentMap, ordering: ArgumentOrdering | None = None) -> None:
    ours = structured_framework(m, ordering=ordering)
    theirs = PyArgReading(m, ordering.source.value if ordering else "weights")
    sig = _our_signatures(ours)
    # Arguments: the same, and none built twice.
    their_args = theirs.theory.all_arguments
    assert all(n == 1 for n in Counter(sig.values()).values())
    assert set(sig.values()) == {_their_signature(a) for a in their_args}
    # Attacks, then defeats.
    assert {(sig[a.attacker], sig[a.attacked]) for a in ours.attacks} == {
        (_their_signature(a), _their_signature(b)) for a, b in theirs.theory.all_attacks
    }
    if ordering is None:
        # No preferences: every attack is a defeat. (PyArg's default ordering is
        # last-link elitist, under which an argument without defeasible rules is
        # stronger than one with some, so it is not "no preferences".)
        af = AbstractArgumentationFramework(
            "af", their_args, theirs.theory.recompute_all_defeats(None)
        )
    else:
        their_ordering = theirs.ordering(ordering.principle.value, ordering.comparison.value)
        af = theirs.theory.create_abstract_argumentation_framework("af", their_ordering)
    assert {(sig[a], sig[b]) for a, b in ours.framework.attacks} == {
        (_their_signature(d.from_argument), _their_signature(d.to_argument)) for d in af.defeats
    }
    # Grounded and preferred conclusions.
    grounded = conclusion_statuses(ours, "grounded")
    assert {c for c, s in grounded.statuses.items() if s is Status.IN} == _conclusions(
        get_grounded_extension(af)
    )
    if len(af.arguments) > PYARG_PREFERRED_LIMIT:
        return
    preferred = conclusion_statuses(ours, "preferred")
    extensions = [_conclusions(e) for e in get_preferred_extensions(af)]
    for claim, status in preferred.statuses.items():
        holding = [claim in e for e in extensions]
        expected = (
            Status.SCEPTICAL
            if all(holding)
            else Status.CREDULOUS
            if any(holding)
            else Status.REJECTED
        )
        assert status is expected, claim


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(random_maps())
def test_arguments_attacks_and_conclusions_agree_with_pyarg(m: ArgumentMap) -> None:
    _compare(m)


CHOICES = [
    ArgumentOrdering(principle, comparison, source)  # type: ignore[arg-type]
    for principle, comparison in ORDERINGS
    for source in ("weights", "preferences")
]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(random_maps(preferences=True), st.sampled_from(CHOICES))
def test_defeats_agree_with_pyarg_under_every_ordering(
    m: ArgumentMap, ordering: ArgumentOrdering
) -> None:
    # PyArg compares every pair of arguments under an ordering: a few hundred
    # maps would take minutes, so each map is tried under one of the eight choices.
    _compare(m, ordering)


def test_a_hand_checked_map_agrees_with_pyarg() -> None:
    # Reinstatement through a chain, with a strict step and a contradictory pair.
    m = build(
        ["p", "a", "b", "u", "v", "w"],
        {"s": (["p"], "a"), "t": (["a"], "b")},
        [("undercut", "u", "s"), ("rebut", "v", "u"), ("rebut", "w", "b")],
        strict=["t"],
        contradictory=[1],
    )
    _compare(m)
    theirs = PyArgReading(m)
    assert len(theirs.theory.all_arguments) == len(structured_framework(m).arguments) == 6
