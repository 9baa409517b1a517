"""The typed proof of an explanation as the tree of steps the report's page shows.

A step is a :class:`Step`: its ``kind``, the ``ids`` it involves and maybe its
``children``. Under the structured reading the steps walk the statement's
arguments (``argument``, ``premise``, ``_defeated`` when rejected), the attacks
on each (``attack_rebut``, ``attack_undermine``, ``attack_undercut``) and how each
ends (``answered``, ``too_weak``, ``attacker_<verdict>``); under the others they
are the Dung proofs. The page words each kind (``step_<kind>`` in the page's messages,
``{0}``, ``{1}``... standing for the ids, ``{rest}`` for the ids after the first
two) and highlights the ids on the map. One visitor, :meth:`_Steps.visit`, walks
every part of a proof; a part it does not handle fails type checking
(``assert_never``) rather than falling through to a default.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NotRequired, TypedDict, assert_never

from argmap.explain import (
    CredulousProof,
    Explanation,
    GroundedExplanation,
    Move,
    ScepticalAcceptance,
    ScepticalRejection,
)
from argmap.explain.admissible import (
    CounterExtension,
    DefenceStep,
    ExcludedEverywhere,
    NoExtension,
    Refutation,
    SelfAttack,
    TooLargeToShow,
)
from argmap.explain.dispute import Cycle, UndecidedReason
from argmap.explain.sceptical import Status
from argmap.explain.structured import AttackOutcome, Carrier
from argmap.model import AttackKind

STEP_LIMIT = 200
"""Steps of an explanation's tree written into the page before it is cut."""

STEP_DEPTH = 60
"""Moves on one line of a dispute tree written into the page before it is cut."""

SET_SHOWN = 12
"""Members of an extension named in a step of an explanation's tree (the defence set
when there is one; a large map's extensions hold hundreds of arguments)."""


class Step(TypedDict):
    """One step of an explanation's tree, as the page's script reads it."""

    kind: str
    """What the step says (``open``, ``proponent``, ``defence``...; ``step_<kind>`` in the
    page's messages)."""
    ids: list[str]
    """The arguments it names, in the order its message uses them (``""`` for a gap)."""
    children: NotRequired[list[Step]]
    """The steps under it, when it has any."""


ProofPart = (
    Explanation
    | GroundedExplanation
    | UndecidedReason
    | Cycle
    | Move
    | CredulousProof
    | DefenceStep
    | CounterExtension
    | SelfAttack
    | Refutation
    | NoExtension
    | ExcludedEverywhere
    | TooLargeToShow
    | ScepticalAcceptance
    | ScepticalRejection
    | Carrier
    | AttackOutcome
)
"""Every part of a typed proof that the page shows as steps."""


def proof_steps(why: Explanation) -> list[Step]:
    """The tree of steps of ``why``'s typed proof, at most :data:`STEP_LIMIT` steps
    (a cut tree ends with a ``more`` step).

    Examples
    --------
    >>> from argmap.explain import explain
    >>> from argmap.model import ArgumentMap
    >>> m = ArgumentMap(title="t", statements=[
    ...     {"id": "a", "text": {"en": "A"}}, {"id": "b", "text": {"en": "B"}}],
    ...     attacks=[{"id": "x", "kind": "rebut", "source": "a", "target": "b"}])
    >>> proof_steps(explain(m, "b", "grounded", reading="abstract"))
    [{'kind': 'open', 'ids': ['b'], 'children': [{'kind': 'opponent', 'ids': ['a', 'b']}]}]

    Under the structured reading, the walk over the statement's arguments: ``b``
    taken as a premise, undermined by ``a``, which is accepted:

    >>> proof_steps(explain(m, "b", "grounded"))  # doctest: +NORMALIZE_WHITESPACE
    [{'kind': 'premise_defeated', 'ids': ['b'], 'children': [{'kind': 'attack_undermine',
      'ids': ['a', 'b'], 'children': [{'kind': 'attacker_accepted', 'ids': ['a']}]}]}]
    """
    return _Steps().visit(why)


def _fate(steps: _Steps, outcome: AttackOutcome) -> Step:
    """How an attack on an argument ends, under the structured reading."""
    if not outcome.defeat:
        return steps.step("too_weak", (outcome.attacker,))
    if outcome.answer is not None:
        return steps.step("answered", (outcome.answer, outcome.attacker))
    return steps.step(f"attacker_{outcome.status.value}", (outcome.attacker,))


def _members(members: Sequence[str]) -> list[str]:
    """The first :data:`SET_SHOWN` members of a set, then ``"…"`` when there are more."""
    if len(members) <= SET_SHOWN:
        return list(members)
    return [*members[:SET_SHOWN], "…"]


class _Steps:
    """A visitor writing the parts of one proof as steps, counting what it has written."""

    def __init__(self) -> None:
        self.left = STEP_LIMIT

    def step(self, kind: str, ids: Sequence[str], children: Sequence[Step] = ()) -> Step:
        self.left -= 1
        step: Step = {"kind": kind, "ids": list(ids)}
        if children:
            step["children"] = list(children)
        return step

    def one(self, part: ProofPart) -> Step:
        """The single step ``part`` makes (every part but a whole explanation makes one
        or more; the first is the part's own)."""
        return self.visit(part)[0]

    def visit(self, part: ProofPart, depth: int = 0) -> list[Step]:
        match part:
            case Explanation():
                steps: list[Step] = []
                for carrier in part.carriers or ():
                    if self.left <= 0:
                        steps.append(self.step("more", ()))
                        break
                    steps += self.visit(carrier)
                if part.grounded is not None:
                    steps += self.visit(part.grounded)
                for proof in (part.acceptance, part.rejection, part.sceptical):
                    if proof is not None:
                        steps += self.visit(proof)
                return steps
            case GroundedExplanation():
                steps = []
                if part.tree is not None:
                    steps += self.visit(part.tree.root)
                if part.undecided is not None:
                    steps += self.visit(part.undecided)
                if part.other_defeaters:
                    steps.append(self.step("others", part.other_defeaters))
                return steps
            case UndecidedReason():
                cycles = [self.one(cycle) for cycle in part.cycles]
                return [self.step("undecided", part.undecided_attackers, cycles)]
            case Cycle():
                return [self.step("cycle", part.members)]
            case Move():
                return [self.move(part, depth)]
            case CredulousProof():
                defences = [self.one(s) for s in part.steps[: max(self.left, 1)]]
                members = part.defence_set or sorted(part.extension)
                return [self.step("extension", (part.argument, "", *_members(members)), defences)]
            case DefenceStep():
                return [self.step("defence", (part.attacker, part.defended, part.defender))]
            case CounterExtension():
                ids = (part.argument, part.witness, *_members(sorted(part.extension)))
                return [self.step(f"counter_{part.exclusion.value}", ids)]
            case SelfAttack():
                return [self.step("self_attack", (part.argument,))]
            case Refutation():
                return [self.step("refutation", (part.argument,), [self.one(part.root)])]
            case NoExtension():
                return [self.step("no_extension", ())]
            case ExcludedEverywhere():
                counters = [self.one(c) for c in part.counters]
                return [self.step("excluded", (part.argument,), counters)]
            case TooLargeToShow():
                return [self.step("too_large", (part.argument, "", *part.attackers))]
            case ScepticalRejection():
                counter = [self.one(part.counter)]
                return [self.step("not_sceptical", (part.argument,), counter)]
            case ScepticalAcceptance():
                basis: list[Step] = []
                if part.grounded is not None:
                    basis += self.visit(part.grounded)
                if part.core is not None:
                    basis += self.visit(part.core)
                return [self.step(f"sceptical_{part.basis.value}", (part.argument,), basis)]
            case Carrier():
                defeated = "_defeated" if part.status is Status.REJECTED else ""
                attacks = [self.one(outcome) for outcome in part.attacks[: max(self.left, 1)]]
                if part.support is None:
                    return [self.step(f"premise{defeated}", (part.name,), attacks)]
                return [self.step(f"argument{defeated}", part.reasons, attacks)]
            case AttackOutcome():
                on = "" if part.kind is AttackKind.UNDERCUT else part.on
                return [
                    self.step(f"attack_{part.kind.value}", (part.attacker, on), [_fate(self, part)])
                ]
            case _:
                assert_never(part)

    def move(self, move: Move, depth: int) -> Step:
        """A move of a dispute tree and the replies to it, cut at :data:`STEP_DEPTH`
        moves deep and when the steps run out."""
        if self.left <= 0 or depth > STEP_DEPTH:
            return self.step("more", ())
        opening = move.against is None
        kind = "open" if opening else move.player.value
        ids = [move.argument] if opening else [move.argument, move.against or ""]
        children: list[Step] = []
        for child in move.children:
            if self.left <= 0:
                children.append(self.step("more", ()))
                break
            children.append(self.move(child, depth + 1))
        return self.step(kind, ids, children)
