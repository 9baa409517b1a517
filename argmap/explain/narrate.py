"""Explanations told as prose: one walk over each kind of proof.

:func:`render_explanation` turns the typed proof of a verdict
(:class:`~argmap.explain.proof.Proof`) into paragraphs. The prose puts the
decisive reason first and the chain of reasons after it, varies its
connectives so that nested defences do not read like a table, and cuts long
chains short: beyond :data:`CHAIN_DEPTH` levels it names only the unattacked
arguments the chain ends on. Each sum type of proofs (a credulous rejection,
a sceptical verdict) is walked by one ``match`` that fails to type-check when a
case is missing.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import assert_never

from argmap.explain.admissible import (
    Conflict,
    CredulousProof,
    CredulousRejection,
    DefenceStep,
    ExcludedEverywhere,
    Exclusion,
    NoExtension,
    Refutation,
    SelfAttack,
    TooLargeToShow,
)
from argmap.explain.dispute import GroundedExplanation, Move, UndecidedReason
from argmap.explain.narrator import Narrator, sentence
from argmap.explain.proof import Proof
from argmap.explain.sceptical import Basis, ScepticalAcceptance, ScepticalRejection, Status
from argmap.explain.structured import render_structured
from argmap.explain.sufficient import Sufficiency
from argmap.i18n import colon, join, separator
from argmap.semantics import Label, Semantics

CHAIN_DEPTH = 3
"""Levels of a defence chain told in full before the rest is summarised."""

STEPS_SHOWN = 6
"""Steps of a defence table told in full before the others are counted."""


def render_explanation(explanation: Proof, language: str) -> str:
    """The text of ``explanation`` in ``language`` (paragraphs separated by blank lines).

    The first paragraph gives the verdict and its decisive reason, then the chain
    of reasons; the second, when computed, what suffices and what is necessary.

    Examples
    --------
    >>> from argmap.explain import explain
    >>> from argmap.frameworks import AF
    >>> why = explain(AF(["a", "b"], [("a", "b")]), "b", sufficiency=False)
    >>> print(render_explanation(why, "fr"))  # doctest: +NORMALIZE_WHITESPACE
    L’argument b est rejeté en sémantique fondée parce que l’argument a est accepté et
    l’attaque, et que rien n’attaque l’argument a à son tour.
    """
    if explanation.carriers is not None:
        return render_structured(explanation, explanation.carriers, language)
    narrator = Narrator(explanation.vocabulary, language)
    paragraphs: list[str] = []
    semantics = explanation.semantics
    argument = explanation.argument
    if explanation.grounded is not None:
        _grounded(narrator, explanation.grounded, semantics)
    elif semantics in (Semantics.IDEAL, Semantics.EAGER):
        _unique(narrator, explanation, semantics)
    elif explanation.acceptance is not None:
        acceptance = explanation.acceptance
        match explanation.sceptical:
            case ScepticalAcceptance() as every:
                _credulous(narrator, acceptance, every=True)
                if acceptance.steps or every.basis is not Basis.GROUNDED:
                    _sceptical_acceptance(narrator, every)
            case ScepticalRejection() as some:
                _credulous(narrator, acceptance)
                _sceptical_rejection(narrator, some)
            case None:
                _credulous(narrator, acceptance)
            case _:
                assert_never(explanation.sceptical)
    elif explanation.rejection is not None:
        _rejection(narrator, argument, semantics, explanation.rejection)
    reasons = _reasons(narrator, argument)
    if reasons:
        narrator.sentences.insert(1, reasons)
    paragraphs.append(narrator.paragraph())
    if explanation.sufficiency is not None:
        _sufficiency(narrator, explanation.sufficiency, explanation.status)
        paragraphs.append(narrator.paragraph())
    return "\n\n".join(p for p in paragraphs if p)


def _reasons(narrator: Narrator, argument: str) -> str:
    """The reasons the map gives for ``argument``, each support with its premises quoted whole.

    Told right after the verdict, whatever the semantics, so that no statement
    that has reasons reads as standing on nothing (empty when it has none).
    """
    reasons = narrator.vocabulary.reasons(argument)
    if not reasons:
        return ""
    told = []
    for premises in reasons:
        cited = [narrator.cite(p) for p in premises]
        if len(cited) == 1:
            told.append(cited[0])
        else:
            told.append(narrator.say("reason_linked", L=join(cited, narrator.language)))
    if len(told) == 1:
        return sentence(narrator.say("reasons_one", A=argument, L=told[0]))
    sep = separator(narrator.language)
    listed = sep.join(told[:-1]) + sep + narrator.word("and") + " " + told[-1]
    n = narrator.number(len(told), feminine=True)
    return sentence(narrator.say("reasons_many", A=argument, L=listed, n=n))


def _grounded(narrator: Narrator, why: GroundedExplanation, semantics: Semantics) -> None:
    sem = narrator.semantics(semantics)
    a = why.argument
    if why.label is Label.UNDEC:
        assert why.undecided is not None
        _undecided(narrator, why.undecided, sem)
        return
    assert why.tree is not None
    root = why.tree.root
    if why.label is Label.IN:
        _defence(narrator, root, sem, opening=True)
        return
    (reply,) = root.children
    c = reply.argument
    key = "out_unattacked" if not reply.children else "out"
    narrator.add(narrator.say(key, A=a, C=c, sem=sem))
    others = why.other_defeaters
    if others:
        listed = [narrator.short(b) for b in others]
        if len(others) == 1:
            narrator.add(narrator.say("out_other", L=listed[0]))
        else:
            narrator.add(
                narrator.say(
                    "out_others",
                    n=narrator.number(len(others)).capitalize(),
                    L=join(listed, narrator.language),
                )
            )
    if reply.children:
        _defence(narrator, reply, sem, opening=False)


def _defence(narrator: Narrator, move: Move, sem: str, *, opening: bool) -> None:
    """Tell why the proponent's ``move`` stands: its attackers and their defeaters."""
    a = move.argument
    explained: set[str] = {a}
    if opening:
        if not move.children:
            narrator.add(narrator.say("in_unattacked", A=a, sem=sem))
            return
        if len(move.children) == 1:
            (attack,) = move.children
            (answer,) = attack.children
            text = narrator.say("in_one", A=a, B=attack.argument, C=answer.argument, sem=sem)
            if not answer.children:
                text += narrator.say("leaf", C=answer.argument)
            narrator.add(text)
            _deeper(narrator, [answer], explained, depth=1)
            return
        narrator.add(narrator.say("in_many", A=a, sem=sem, n=narrator.number(len(move.children))))
    _answers(narrator, move, explained)
    _deeper(narrator, [attack.children[0] for attack in move.children], explained, depth=1)


def _answers(narrator: Narrator, move: Move, explained: set[str]) -> None:
    for attack in move.children:
        (answer,) = attack.children
        text = narrator.say("defeat", B=attack.argument, X=move.argument, C=answer.argument)
        if not answer.children:
            text += narrator.say("leaf", C=answer.argument)
        elif answer.argument in explained:
            text += narrator.say("seen")
        narrator.add(text)


def _deeper(narrator: Narrator, answers: list[Move], explained: set[str], depth: int) -> None:
    """Tell why each non-leaf answer stands, level by level, up to :data:`CHAIN_DEPTH`."""
    pending = [m for m in answers if m.children and m.argument not in explained]
    if not pending:
        return
    if depth >= CHAIN_DEPTH:
        leaves: dict[str, None] = {}
        levels = 0
        for m in pending:
            leaves.update(dict.fromkeys(m.leaves()))
            levels = max(levels, (m.depth() - 1) // 2)
        narrator.add(
            narrator.say(
                "summary",
                n=narrator.number(levels),
                L=narrator.names(list(leaves)),
            )
        )
        return
    following: list[Move] = []
    for m in pending:
        if m.argument in explained:
            continue
        explained.add(m.argument)
        if len(m.children) == 1:
            (attack,) = m.children
            (answer,) = attack.children
            text = narrator.say("in_turn", X=m.argument) + narrator.say(
                "in_turn_one", B=attack.argument, C=answer.argument
            )
            if not answer.children:
                text += narrator.say("leaf", C=answer.argument)
            narrator.add(text)
        else:
            narrator.add(narrator.say("in_turn", X=m.argument))
            _answers(narrator, m, explained)
        following.extend(attack.children[0] for attack in m.children)
    _deeper(narrator, following, explained, depth + 1)


def _undecided(narrator: Narrator, reason: UndecidedReason, sem: str) -> None:
    a = reason.argument
    attackers = list(reason.undecided_attackers)
    on_cycle = any(len(c.path) == 1 for c in reason.cycles)
    if on_cycle and attackers == [a]:
        attackers = []
    if len(attackers) == 1:
        narrator.add(narrator.say("undec", A=a, sem=sem, B=attackers[0]))
    elif attackers:
        narrator.add(narrator.say("undec_plural", A=a, sem=sem, L=narrator.names(attackers)))
    else:
        narrator.add(narrator.say("undec_self", A=a, sem=sem))
    if not reason.cycles:
        return
    nearest = reason.cycles[0]
    _cycle(narrator, nearest.members)
    if len(nearest.path) == 1:
        narrator.add(narrator.say("on_cycle", A=a))
    elif len(nearest.path) > 2 or nearest.path[0] not in attackers:
        chain = " → ".join(narrator.short(x) for x in nearest.path)
        narrator.add(narrator.say("reaches", A=a, P=chain))
    more = len(reason.cycles) - 1
    if more == 1:
        narrator.add(narrator.say("more_cycle"))
    elif more > 1:
        narrator.add(narrator.say("more_cycles", n=narrator.number(more).capitalize()))


def _cycle(narrator: Narrator, members: tuple[str, ...]) -> None:
    narrator.last = None  # "that position and Bob's position": name each in full
    if len(members) == 1:
        narrator.add(narrator.say("cycle_self", X=members[0]))
    elif len(members) == 2:
        narrator.add(narrator.say("cycle_two", X=members[0], Y=members[1]))
    else:
        names = narrator.names(list(members))
        ring = " → ".join(narrator.short(x) for x in (*members, members[0]))
        narrator.add(narrator.say("cycle_many", L=names, R=ring))


def _credulous(narrator: Narrator, proof: CredulousProof, *, every: bool = False) -> None:
    """Why the argument can be accepted; ``every``: it is accepted in every extension."""
    sem = narrator.semantics(proof.semantics)
    a = proof.argument
    verdict = narrator.say("is_every" if every else "can_be", A=a, sem=sem)
    if proof.defence_set is None:
        others = sorted(proof.extension - {a})
        if not others:
            narrator.add(verdict + narrator.say("plain_alone", A=a, sem=sem))
            return
        listed = narrator.shorts(others)
        narrator.add(verdict + narrator.say("plain", A=a, sem=sem, L=listed))
        return
    if not proof.steps:
        narrator.add(verdict + narrator.say("unattacked", A=a))
    elif len(proof.defence_set) == 1:
        attackers = list(dict.fromkeys(step.attacker for step in proof.steps))
        narrator.add(verdict + narrator.say("self_defence", A=a, L=narrator.names(attackers)))
    else:
        members = narrator.names(proof.defence_set[1:])
        narrator.add(verdict + narrator.say("together", A=a, L=members))
        _steps(narrator, proof.steps)


def _steps(narrator: Narrator, steps: Sequence[DefenceStep]) -> None:
    """The defence table, the first :data:`STEPS_SHOWN` steps in full, then a count."""
    for step in steps[:STEPS_SHOWN]:
        narrator.add(_step(narrator, step))
    more = len(steps) - STEPS_SHOWN
    if more == 1:
        narrator.add(narrator.say("steps_more_one"))
    elif more > 1:
        narrator.add(narrator.say("steps_more", n=narrator.number(more).capitalize()))


def _step(narrator: Narrator, step: DefenceStep) -> str:
    if step.defender == step.defended:
        return narrator.say("step_self", X=step.defended, B=step.attacker)
    return narrator.say("step", B=step.attacker, X=step.defended, C=step.defender)


def _sceptical_acceptance(narrator: Narrator, why: ScepticalAcceptance) -> None:
    sem = narrator.semantics(why.semantics)
    sems = narrator.semantics(why.semantics, plural=True)
    a = why.argument
    if why.basis is Basis.GROUNDED:
        narrator.add(narrator.say("every_grounded", A=a, sem=sem, sems=sems))
    elif why.basis in (Basis.IDEAL, Basis.EAGER):
        core = narrator.semantics(Semantics.IDEAL if why.basis is Basis.IDEAL else Semantics.EAGER)
        narrator.add(narrator.say("every_ideal", A=a, sem=sem, sems=sems, core=core))
    elif why.basis is Basis.NO_EXTENSION:
        narrator.add(narrator.say("every_vacuous", A=a, sem=sem))
    else:
        count = why.extension_count or 0
        key = "every_count_one" if count == 1 else "every_count"
        n = narrator.number(count, feminine=True)
        narrator.add(narrator.say(key, A=a, sem=sem, sems=sems, n=n))


def _sceptical_rejection(narrator: Narrator, why: ScepticalRejection) -> None:
    sem = narrator.semantics(why.semantics)
    sems = narrator.semantics(why.semantics, plural=True)
    counter = why.counter
    key = {
        Exclusion.ATTACKED: "not_every_attacked",
        Exclusion.UNDEFENDED: "not_every_undefended",
        Exclusion.ATTACKS_MEMBER: "not_every_conflict",
        Exclusion.SELF_ATTACK: "not_every_self",
    }[counter.exclusion]
    narrator.add(narrator.say(key, A=why.argument, sem=sem, sems=sems, B=counter.witness))


def _unique(narrator: Narrator, explanation: Proof, semantics: Semantics) -> None:
    sem = narrator.semantics(semantics)
    a = explanation.argument
    proof = explanation.acceptance
    if proof is not None:
        narrator.add(narrator.say("unique_in", A=a, sem=sem))
        _steps(narrator, proof.steps)
        return
    sceptical = explanation.sceptical
    if not isinstance(sceptical, ScepticalRejection):
        raise TypeError("an ideal or eager rejection is explained by the extension leaving it out")
    counter = sceptical.counter
    key = {
        Exclusion.ATTACKED: "unique_out",
        Exclusion.UNDEFENDED: "unique_undec",
        Exclusion.ATTACKS_MEMBER: "unique_conflict",
        Exclusion.SELF_ATTACK: "unique_self",
    }[counter.exclusion]
    narrator.add(narrator.say(key, A=a, sem=sem, B=counter.witness))


def _rejection(
    narrator: Narrator, argument: str, semantics: Semantics, rejection: CredulousRejection
) -> None:
    sem = narrator.semantics(semantics)
    sems = narrator.semantics(semantics, plural=True)
    a = argument
    match rejection:
        case SelfAttack():
            narrator.add(narrator.say("cannot_self", A=a, sem=sem))
        case NoExtension():
            narrator.add(narrator.say("cannot_none", A=a, sem=sem))
        case TooLargeToShow(attackers=attackers):
            narrator.add(
                narrator.say("cannot_too_large", A=a, sem=sem, L=narrator.names(attackers))
            )
        case Refutation():
            narrator.add(narrator.say("cannot", A=a, sem=sem))
            _refutation(narrator, rejection)
        case ExcludedEverywhere():
            _excluded(narrator, a, sem, sems, rejection)
        case _:
            assert_never(rejection)


def _excluded(
    narrator: Narrator, a: str, sem: str, sems: str, rejection: ExcludedEverywhere
) -> None:
    if rejection.admissible is not None:
        attackers = list(
            dict.fromkeys(
                c.witness for c in rejection.counters if c.exclusion is Exclusion.ATTACKED
            )
        )
        either = narrator.names(attackers, "or")
        narrator.add(narrator.say("excluded_stable", A=a, sem=sem, L=either))
        return
    if rejection.exhaustive and len(rejection.counters) == 1:
        (only,) = rejection.counters
        if only.exclusion is not Exclusion.SELF_ATTACK:
            key = {
                Exclusion.ATTACKED: "excluded_only_attacked",
                Exclusion.UNDEFENDED: "excluded_only_undefended",
                Exclusion.ATTACKS_MEMBER: "excluded_only_conflict",
            }[only.exclusion]
            narrator.add(narrator.say(key, A=a, sem=sem, B=only.witness))
            return
    if rejection.exhaustive:
        count = len(rejection.counters)
        head = narrator.say(
            "excluded_count", A=a, sem=sem, sems=sems, n=narrator.number(count, feminine=True)
        )
    else:
        head = narrator.say("excluded", A=a, sem=sem)
    groups: dict[tuple[Exclusion, str], int] = {}
    for counter in rejection.counters:
        group = (counter.exclusion, counter.witness)
        groups[group] = groups.get(group, 0) + 1
    parts: list[str] = []
    for (exclusion, witness), count in groups.items():
        if exclusion is Exclusion.SELF_ATTACK:
            parts.append(narrator.say("excluded_self", A=a))
            continue
        base = {
            Exclusion.ATTACKED: "excluded_attacked",
            Exclusion.UNDEFENDED: "excluded_undefended",
            Exclusion.ATTACKS_MEMBER: "excluded_conflict",
        }[exclusion]
        if count == 1:
            parts.append(narrator.say(base + "_one", A=a, B=witness))
        else:
            n = narrator.number(count, feminine=True)
            parts.append(narrator.say(base, A=a, B=witness, n=n))
    text = head + colon(narrator.language) + separator(narrator.language).join(parts)
    if not rejection.exhaustive:
        text += " " + narrator.say("excluded_more", n=len(rejection.counters))
    narrator.add(text)


def _refutation(narrator: Narrator, refutation: Refutation) -> None:
    """The decisive attack first, then why each possible answer to it fails."""
    (attack,) = refutation.root.children
    held = [refutation.argument]
    if not attack.children:
        reasons = _blocked(narrator, refutation, attack.argument, held)
        if reasons:
            narrator.add(narrator.say("stuck", B=attack.argument, R=reasons))
        else:
            narrator.add(narrator.say("stuck_none", B=attack.argument))
        return
    options = [reply.argument for reply in attack.children]
    if len(options) == 1:
        narrator.add(narrator.say("options_one", B=attack.argument, C=options[0]))
    else:
        either = narrator.names(options, narrator.word("options_join"))
        narrator.add(narrator.say("options_many", B=attack.argument, L=either))
    for reply in attack.children:
        narrator.add(_failure(narrator, refutation, reply, held, depth=1))


def _failure(
    narrator: Narrator, refutation: Refutation, reply: Move, held: list[str], depth: int
) -> str:
    """Why the proponent's answer ``reply`` fails: the opponent's next attack under it."""
    held = [*held, reply.argument]
    (attack,) = reply.children
    target = attack.against or reply.argument
    if depth >= CHAIN_DEPTH:
        reason = narrator.say("refutation_cut")
    elif not attack.children:
        reasons = _blocked(narrator, refutation, attack.argument, held)
        if reasons:
            reason = narrator.say("then_stuck", B=attack.argument, X=target, R=reasons)
        else:
            reason = narrator.say("then_stuck_none", B=attack.argument, X=target)
    else:
        inner = separator(narrator.language).join(
            _failure(narrator, refutation, r, held, depth + 1) for r in attack.children
        )
        reason = narrator.say("then_options", B=attack.argument, X=target, R=inner)
    return narrator.say("option_fails", C=reply.argument, B=reply.against or "", R=reason)


def _blocked(narrator: Narrator, refutation: Refutation, attacker: str, held: list[str]) -> str:
    """Why no attacker of ``attacker`` can answer it (empty when nothing attacks it)."""
    reasons: list[str] = []
    for blocked in refutation.dead_end_reasons(attacker, held):
        if blocked.conflict is Conflict.SELF_ATTACK:
            reasons.append(narrator.say("unusable_self", C=blocked.argument))
        elif blocked.conflict is Conflict.ATTACKS_PROPONENT:
            reasons.append(narrator.say("unusable_attacks", C=blocked.argument, S=blocked.other))
        else:
            reasons.append(narrator.say("unusable_attacked", C=blocked.argument, S=blocked.other))
    return join(reasons, narrator.language)


def _sufficiency(narrator: Narrator, why: Sufficiency, status: Status) -> None:
    a = why.argument
    if why.accepted and why.minimal == ((),):
        reasons = narrator.vocabulary.reasons(a)
        narrator.add(narrator.say("suff_empty_reasons" if reasons else "suff_empty", A=a))
        return
    if not why.minimal:
        if why.accepted:
            key = "suff_none"
        elif status is Status.REJECTED:
            key = "suff_none_reject"
        else:
            key = "suff_none_open"
        narrator.add(narrator.say(key, A=a))
        return
    suffix = "" if why.accepted else "_reject"
    if len(why.minimal) == 1:
        (only,) = why.minimal
        if only == (a,):
            narrator.add(narrator.say("suff_itself" + suffix, A=a))
        elif len(only) == 1:
            narrator.add(narrator.say("suff_single" + suffix, A=a, X=only[0]))
        else:
            listed = narrator.shorts(only)
            narrator.add(narrator.say("suff_together" + suffix, A=a, L=listed))
        return
    if all(len(chosen) == 1 for chosen in why.minimal):
        listed = narrator.shorts([x for (x,) in why.minimal], "or")
        narrator.add(narrator.say("suff_any" + suffix, A=a, L=listed))
        return
    options = [narrator.shorts(chosen) for chosen in why.minimal]
    word = narrator.word("suff_or")
    listed = f"; {word} ".join(options)
    narrator.add(narrator.say("suff_sets" + suffix, A=a, L=listed))
    if len(why.necessary) == 1:
        (needed,) = why.necessary
        them = (
            narrator.word("necessary_one_them")
            if narrator.language == "en"
            else ("la" if narrator.feminine(needed) else "le")
        )
        narrator.add(narrator.say("necessary", L=narrator.short(needed), them=them))
    elif why.necessary:
        listed = narrator.shorts(why.necessary)
        them = narrator.word("necessary_many_them")
        narrator.add(narrator.say("necessary", L=listed, them=them))
    else:
        narrator.add(narrator.say("nothing_necessary"))


__all__ = ["CHAIN_DEPTH", "STEPS_SHOWN", "render_explanation"]
