"""Why a statement stands or falls under the structured reading: the walk over its arguments.

Under the structured reading (ASPIC+, :mod:`argmap.frameworks.structured`) a
statement is only as good as the arguments that conclude it. The explanation
walks them:

* accepted — the argument that carries it, told by its reasons (linked or
  not, with their speakers and stances), then why each attack on that
  argument fails: the attacker is itself defeated (and by what), or it is too
  weak to defeat it;
* rejected — each of its arguments and what defeats it: the inference that is
  undercut, the premise that is undermined, the conclusion that is rebutted;
* undecided — what keeps its best argument from being settled.

:class:`ArgumentWalk` computes the typed walk (:class:`Carrier`,
:class:`AttackOutcome`) of a claim or an inference; :func:`render_structured`
tells it in English or French (the sentences of :mod:`argmap.i18n.explanations`).
:func:`argmap.explain.explain` is the one entry point: under the structured
reading it returns an :class:`~argmap.explain.Explanation` whose ``carriers``
hold this walk.

Examples
--------
>>> from argmap.explain import explain
>>> from argmap.model import ArgumentMap
>>> m = ArgumentMap(title="t", statements=[
...     {"id": "c", "text": {"en": "We should hire.", "fr": "Il faut embaucher."}},
...     {"id": "p", "text": {"en": "Work is piling up.", "fr": "Le travail s'accumule."}},
...     {"id": "u", "text": {"en": "Piling up is seasonal.", "fr": "C'est saisonnier."}}],
...     supports=[{"id": "s", "premises": ["p"], "conclusion": "c"}],
...     attacks=[{"id": "x", "kind": "undercut", "source": "u", "target": "s"}])
>>> print(explain(m, "c", "grounded", reading="structured").text)
... # doctest: +NORMALIZE_WHITESPACE
The claim that we should hire is rejected under grounded semantics in the structured
reading: its only argument is defeated. The argument from the reason that work is piling
up is defeated: the objection that piling up is seasonal denies that the reasons given
support it, and nothing defeats that objection in turn.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, assert_never

from argmap.evaluation.structured import carriers as element_carriers
from argmap.evaluation.structured import map_elements
from argmap.explain.narrator import Narrator
from argmap.explain.sceptical import Status, verdict_of
from argmap.frameworks.structured import StructuredFramework
from argmap.i18n import join, of_fr
from argmap.model import ArgumentMap, AttackKind
from argmap.semantics import Semantics
from argmap.semantics.structured import carried_status, conclusion_statuses

if TYPE_CHECKING:
    from argmap.explain.proof import Proof

ARGUMENTS_SHOWN = 3
"""Arguments of a rejected statement told one by one before the others are counted."""


@dataclass(frozen=True)
class AttackOutcome:
    """One attack on an argument, and how it ends.

    ``attacker`` is the attacking argument's conclusion (a statement id);
    ``kind`` says what it hits: ``on`` is the statement it undermines or
    rebuts, or the support it undercuts. ``defeat`` is false when preferences
    stop it; ``status`` is the attacking argument's verdict, and ``answer`` the
    conclusion of an accepted argument that defeats it, when there is one.
    """

    attacker: str
    kind: AttackKind
    on: str
    defeat: bool
    status: Status
    answer: str | None


@dataclass(frozen=True)
class Carrier:
    """One argument for the statement: its last step, its reasons and its fate.

    ``support`` is the map support of its last inference (``None`` when the
    statement is taken as a premise); ``reasons`` the statements that step
    starts from; ``status`` the argument's verdict; ``attacks`` every attack on
    it or on its sub-arguments.
    """

    name: str
    support: str | None
    reasons: tuple[str, ...]
    status: Status
    attacks: tuple[AttackOutcome, ...]


class ArgumentWalk:
    """The walks of a map's claims and inferences under one semantics, sharing the evaluation.

    ``element`` is a claim (its arguments are those concluding it) or an inference
    (those applying it last); its status is the conclusion status of those
    arguments (:func:`~argmap.semantics.structured.conclusion_statuses`).

    Examples
    --------
    >>> from argmap.frameworks.structured import structured_framework
    >>> m = ArgumentMap(title="t", statements=[
    ...     {"id": i, "text": {"en": i}} for i in ("c", "p", "u")],
    ...     supports=[{"id": "s", "premises": ["p"], "conclusion": "c"}],
    ...     attacks=[{"id": "x", "kind": "undercut", "source": "u", "target": "s"}])
    >>> status, (carrier,) = ArgumentWalk(m, structured_framework(m), "grounded").walk("c")
    >>> status.value, carrier.support, carrier.reasons, carrier.attacks[0].kind.value
    ('rejected', 's', ('p',), 'undercut')
    """

    def __init__(
        self,
        m: ArgumentMap,
        sf: StructuredFramework,
        semantics: Semantics | str,
        *,
        engine: str = "auto",
    ) -> None:
        self.sf = sf
        self.origin = map_elements(m)
        self.found = conclusion_statuses(sf, Semantics.parse(semantics), engine=engine)

    def verdict(self, argument: str) -> Status:
        """The verdict on the ASPIC+ argument named ``argument``."""
        return verdict_of(self.found.arguments.status(argument))

    def walk(self, element: str) -> tuple[Status, tuple[Carrier, ...]]:
        """The verdict on the claim or inference ``element``, and its arguments' walk.

        Raises
        ------
        KeyError
            When ``element`` is neither a claim nor an inference of the map.
        """
        if element not in self.origin:
            raise KeyError(f"{element!r} is not a claim or an inference of this map")
        sf = self.sf
        arguments = element_carriers(sf, element, self.origin[element])
        if self.origin[element] == "statement":
            status = verdict_of(self.found.status(element))
        else:
            status = verdict_of(carried_status(self.found, arguments))
        walked = []
        for argument in arguments:
            outcomes = []
            for attack in sf.attacks_on(argument.name):
                on = sf.argument(attack.on)
                target = on.top_rule if attack.kind is AttackKind.UNDERCUT else on.conclusion
                answers = [
                    sf.argument(d.attacker).conclusion
                    for d in sf.attacks_on(attack.attacker)
                    if d.defeat and self.verdict(d.attacker) is Status.ACCEPTED
                ]
                outcomes.append(
                    AttackOutcome(
                        attacker=sf.argument(attack.attacker).conclusion,
                        kind=attack.kind,
                        on=target or on.conclusion,
                        defeat=attack.defeat,
                        status=self.verdict(attack.attacker),
                        answer=answers[0] if answers else None,
                    )
                )
            reasons = tuple(sf.argument(s).conclusion for s in argument.subarguments)
            walked.append(
                Carrier(
                    argument.name,
                    argument.top_rule,
                    reasons,
                    self.verdict(argument.name),
                    tuple(dict.fromkeys(outcomes)),
                )
            )
        return status, tuple(walked)


_RANK = {Status.ACCEPTED: 3, Status.CREDULOUS: 2, Status.UNDECIDED: 1, Status.REJECTED: 0}


def render_structured(why: Proof, carriers: tuple[Carrier, ...], language: str) -> str:
    """The prose of the walk ``carriers`` of the statement ``why`` explains (see the module
    docstring)."""
    narrator = Narrator(why.vocabulary, language)
    sem = narrator.semantics(why.semantics)
    a = why.argument
    verdict = {
        Status.ACCEPTED: "st_accepted",
        Status.CREDULOUS: "st_credulous",
        Status.UNDECIDED: "st_undecided",
        Status.REJECTED: "st_rejected",
    }[why.status]
    if not carriers:
        narrator.add(narrator.say(verdict, A=a, sem=sem) + narrator.say("st_no_argument", A=a))
        return narrator.paragraph()
    best = max(carriers, key=lambda c: _RANK[c.status])
    if why.status in (Status.ACCEPTED, Status.CREDULOUS):
        narrator.add(narrator.say(verdict, A=a, sem=sem) + _carried(narrator, best, a))
        for group in _by_attack(best.attacks):
            narrator.add(_attack(narrator, group[0], a, best) + _fails(narrator, group))
        return narrator.paragraph()
    if why.status is Status.UNDECIDED:
        narrator.add(narrator.say(verdict, A=a, sem=sem) + _carried(narrator, best, a))
        for outcome in best.attacks:
            if outcome.defeat and outcome.status is not Status.REJECTED:
                narrator.add(_attack(narrator, outcome, a, best) + narrator.say("st_open"))
        return narrator.paragraph()
    count = len(carriers)
    narrator.add(
        narrator.say(verdict, A=a, sem=sem)
        + narrator.say(
            "st_all_defeated" if count > 1 else "st_one_defeated", n=narrator.number(count)
        )
    )
    for carrier in carriers[:ARGUMENTS_SHOWN]:
        decisive = [o for o in carrier.attacks if o.defeat and o.status is Status.ACCEPTED]
        shown = decisive[:1] or [o for o in carrier.attacks if o.defeat][:1]
        head = _argument(narrator, carrier, a)
        if not shown:
            narrator.add(head)
            continue
        told = head + narrator.say("st_because") + _attack(narrator, shown[0], a, carrier)
        if shown[0].status is Status.ACCEPTED:
            told += narrator.say("st_stands", B=shown[0].attacker)
        narrator.add(told)
    if count > ARGUMENTS_SHOWN:
        more = narrator.number(count - ARGUMENTS_SHOWN).capitalize()
        narrator.add(narrator.say("st_more_arguments", n=more))
    return narrator.paragraph()


def _carried(narrator: Narrator, carrier: Carrier, statement: str) -> str:
    if carrier.support is None:
        return narrator.say("st_premise", A=statement)
    key = "st_carried_linked" if len(carrier.reasons) > 1 else "st_carried"
    return narrator.say(key, A=statement, L=_reasons(narrator, carrier))


def _argument(narrator: Narrator, carrier: Carrier, statement: str) -> str:
    if carrier.support is None:
        return narrator.say("st_as_premise", A=statement)
    return narrator.say("st_argument_from", L=_reasons(narrator, carrier))


def _reasons(narrator: Narrator, carrier: Carrier) -> str:
    """One reason by its name; linked reasons quoted whole, so the list stays readable.
    French repeats « de » before each reason (« de A et de B »), which its templates
    leave to this list."""
    if len(carrier.reasons) == 1:
        items = [narrator.name(carrier.reasons[0])]
    else:
        items = [narrator.cite(r) for r in carrier.reasons]
    if narrator.language == "fr":
        items = [of_fr(item) for item in items]
    return join(items, narrator.language)


def _attack(narrator: Narrator, outcome: AttackOutcome, statement: str, carrier: Carrier) -> str:
    match outcome.kind:
        case AttackKind.UNDERCUT if outcome.on == carrier.support:
            return narrator.say("st_undercut_step", B=outcome.attacker, A=statement)
        case AttackKind.UNDERCUT:
            return narrator.say("st_undercut", B=outcome.attacker, S=outcome.on)
        case AttackKind.UNDERMINE | AttackKind.REBUT if outcome.on == statement:
            return narrator.say("st_rebut_it", B=outcome.attacker, A=statement)
        case AttackKind.UNDERMINE:
            return narrator.say("st_undermine", B=outcome.attacker, C=outcome.on, A=statement)
        case AttackKind.REBUT:
            return narrator.say("st_rebut", B=outcome.attacker, C=outcome.on)
        case _:
            assert_never(outcome.kind)


def _by_attack(outcomes: tuple[AttackOutcome, ...]) -> list[list[AttackOutcome]]:
    """``outcomes`` grouped by the attack they tell (attacker, kind, target), in order: the
    arguments of one attacker are told in one sentence."""
    groups: dict[tuple[str, AttackKind, str], list[AttackOutcome]] = {}
    for outcome in outcomes:
        groups.setdefault((outcome.attacker, outcome.kind, outcome.on), []).append(outcome)
    return list(groups.values())


def _fails(narrator: Narrator, group: list[AttackOutcome]) -> str:
    """Why the attack told by ``group`` (one outcome per attacking argument) fails."""
    if len(group) > 1 and all(o.defeat and o.answer is not None for o in group):
        answers = list(dict.fromkeys(o.answer for o in group if o.answer is not None))
        if len(answers) > 1:
            n = narrator.number(len(group))
            return narrator.say("st_answered_each", n=n, L=narrator.names(answers))
    outcome = next((o for o in group if o.defeat and o.answer is None), group[0])
    if not outcome.defeat:
        return narrator.say("st_too_weak", B=outcome.attacker)
    if outcome.answer is not None:
        return narrator.say("st_answered", B=outcome.attacker, C=outcome.answer)
    return narrator.say("st_not_accepted", B=outcome.attacker)


__all__ = [
    "ARGUMENTS_SHOWN",
    "ArgumentWalk",
    "AttackOutcome",
    "Carrier",
    "render_structured",
]
