"""Explanations as plain English and French text, from the map's own paraphrases.

Every explanation of :mod:`argmap.explain` is typed data first; this module
turns it into prose. The words come from the map: an argument is named by its
speaker and its role in the debate (a *position* on the issue, an *objection*,
a *reason*, an *unstated premise*), followed at its first mention by the
speaker's point as a clause — "Martin's objection — that the function must not
be outsourced —" — and by the short name alone after that. On a bare framework,
arguments are named by their names ("argument b").

The prose puts the decisive reason first and the chain of reasons after it,
varies its connectives so that nested defences do not read like a table, and
cuts long chains short: beyond :data:`CHAIN_DEPTH` levels it names only the
unattacked arguments the chain ends on.

Only English (``"en"``) and French (``"fr"``) are written; French agreement
follows the grammatical gender of the role nouns (all feminine for map
statements, masculine for "argument").
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import TYPE_CHECKING

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
from argmap.explain.sceptical import Basis, ScepticalAcceptance, ScepticalRejection, Status
from argmap.explain.sufficient import Sufficiency
from argmap.frameworks.abstract import ArgumentationFramework
from argmap.model import ArgumentMap, StatementKind
from argmap.semantics import Label, Semantics

if TYPE_CHECKING:
    from argmap.explain import Explanation
    from argmap.explain.gradual import Attribution
    from argmap.explain.whatif import WhatIf

LANGUAGES = ("en", "fr")
"""The languages the explanations are written in."""

CHAIN_DEPTH = 3
"""Levels of a defence chain told in full before the rest is summarised."""

STEPS_SHOWN = 6
"""Steps of a defence table told in full before the others are counted."""

HINT_WORDS = 6
"""Words of a paraphrase quoted to tell apart two statements with the same short name."""


# -- naming arguments ------------------------------------------------------------------------


@dataclass(frozen=True)
class Phrase:
    """How an argument is named in one language.

    ``full`` is used at its first mention in a text, ``short`` after that, and
    ``anaphor`` (when set) when it is named again right after being named;
    ``feminine`` drives French agreement ("acceptée" / "accepté").
    """

    full: str
    short: str
    feminine: bool = False
    anaphor: str | None = None
    """"that objection" / "cette objection": names it right after its last mention."""


class Vocabulary:
    """The names of a framework's arguments in each language.

    Build it with :meth:`of_map` (named from the map's paraphrases and speakers)
    or :meth:`of_framework` (named by the arguments' names).

    Examples
    --------
    >>> m = ArgumentMap(title="t", participants=[{"id": "mar", "name": "Martin"}],
    ...     sources=[{"id": "src", "title": "Blog", "text": "No outsourcing. Hire."}],
    ...     statements=[
    ...     {"id": "keep", "text": {"en": "So the function must not be outsourced.",
    ...                              "fr": "Donc la fonction ne doit pas être sous-traitée."},
    ...      "provenance": {"source": "src", "speaker": "mar", "quote": "No outsourcing.",
    ...                     "span": [0, 15]}},
    ...     {"id": "agency", "text": {"en": "Why not hire an agency?"}}],
    ...     attacks=[{"id": "x", "kind": "rebut", "source": "keep", "target": "agency"}])
    >>> words = Vocabulary.of_map(m)
    >>> words.phrase("keep", "en").full
    "Martin's objection — that the function must not be outsourced —"
    >>> words.phrase("keep", "fr").full
    "l'objection de Martin — selon laquelle la fonction ne doit pas être sous-traitée —"
    >>> words.phrase("agency", "en").full
    'the claim “Why not hire an agency?”'
    >>> Vocabulary.of_framework(["a"]).phrase("a", "fr").full
    "l'argument a"
    """

    def __init__(self, phrases: Mapping[str, Mapping[str, Phrase]]) -> None:
        self._phrases = MappingProxyType({k: MappingProxyType(dict(v)) for k, v in phrases.items()})

    @classmethod
    def of_framework(cls, af: ArgumentationFramework | Iterable[str]) -> Vocabulary:
        """Names for a bare framework: "argument a" / "l'argument a"."""
        names = af.arguments if isinstance(af, ArgumentationFramework) else tuple(af)
        return cls(
            {
                a: {
                    "en": Phrase(f"argument {a}", f"argument {a}"),
                    "fr": Phrase(f"l'argument {a}", f"l'argument {a}"),
                }
                for a in names
            }
        )

    @classmethod
    def of_map(cls, m: ArgumentMap) -> Vocabulary:
        """Names for the statements and inferences of ``m`` (see the module docstring)."""
        return cls(_MapNamer(m).phrases())

    def phrase(self, argument: str, language: str) -> Phrase:
        """How ``argument`` is named in ``language`` (a bare name if it is unknown)."""
        found = self._phrases.get(argument)
        if found is None:
            return Vocabulary.of_framework([argument]).phrase(argument, language)
        return found.get(language) or found["en"]


_ROLES = {
    "en": {
        "unstated": "unstated premise",
        "position": "position",
        "objection": "objection",
        "reason": "reason",
        "claim": "claim",
    },
    "fr": {
        "unstated": "prémisse implicite",
        "position": "position",
        "objection": "objection",
        "reason": "raison",
        "claim": "affirmation",
    },
}
_MARKERS = (
    "no",
    "yes",
    "so",
    "thus",
    "hence",
    "therefore",
    "moreover",
    "and",
    "in other words",
    "in short",
    "anticipated objection",
    "non",
    "oui",
    "donc",
    "ainsi",
    "de plus",
    "en outre",
    "et",
    "autrement dit",
    "bref",
    "objection anticipée",
)
_CONNECTIVES = ("so", "thus", "hence", "therefore", "and", "donc", "ainsi", "et")
_MARKER_RE = re.compile(
    r"^(?:(?:" + "|".join(re.escape(w) for w in sorted(_MARKERS, key=len, reverse=True)) + r")"
    r"\s*[,:]|(?:" + "|".join(_CONNECTIVES) + r"))\s+",
    re.IGNORECASE,
)
_VOWELS = "AEIOUYÀÂÄÉÈÊËÎÏÔÖÙÛÜaeiouyàâäéèêëîïôöùûü"


class _MapNamer:
    """Works out the role, speaker and clause of every statement of a map."""

    def __init__(self, m: ArgumentMap) -> None:
        self.m = m
        self.names = {p.id: p.name for p in m.participants}
        self.attacking = {a.source for a in m.attacks}
        self.premises = {p for s in m.supports for p in s.premises}
        self.proper = _proper_words(m)

    def role(self, statement_id: str) -> str:
        s = self.m.statement(statement_id)
        if s.implicit:
            return "unstated"
        if s.answers is not None:
            return "position"
        if s.id in self.attacking:
            return "objection"
        if s.id in self.premises:
            return "reason"
        return "claim"

    def speaker(self, statement_id: str) -> str | None:
        s = self.m.statement(statement_id)
        if s.provenance is None:
            return None
        return self.names.get(s.provenance.speaker, s.provenance.speaker)

    def heads(self, statement_id: str, language: str) -> str:
        """The role with its speaker: "Martin's objection", "l'objection de Martin"."""
        role = _ROLES[language][self.role(statement_id)]
        speaker = self.speaker(statement_id)
        if language == "fr":
            article = "l'" if role[0] in _VOWELS else "la "
            if speaker is None:
                return f"{article}{role}"
            of = "d'" if speaker[0] in _VOWELS else "de "
            return f"{article}{role} {of}{speaker}"
        if speaker is None:
            return f"the {role}"
        return f"{speaker}'s {role}"

    def phrases(self) -> dict[str, dict[str, Phrase]]:
        statements = [s for s in self.m.statements if s.kind is not StatementKind.ISSUE]
        result: dict[str, dict[str, Phrase]] = {}
        for language in LANGUAGES:
            heads = {s.id: self.heads(s.id, language) for s in statements}
            counts: dict[str, int] = {}
            for head in heads.values():
                counts[head] = counts.get(head, 0) + 1
            opening, closing = ("« ", " »") if language == "fr" else ("“", "”")
            for s in statements:
                text = s.paraphrase(language)
                clause = _clause(text, self.proper)
                head = heads[s.id]
                hint = _hint(clause if clause is not None else text)
                short = head if counts[head] == 1 else f"{head} {opening}{hint}{closing}"
                role = _ROLES[language][self.role(s.id)]
                anaphor = f"cette {role}" if language == "fr" else f"that {role}"
                if clause is None:
                    full = f"{head} {opening}{text.strip()}{closing}"
                elif self.speaker(s.id) is None:
                    joiner = "selon laquelle" if language == "fr" else "that"
                    full = f"{head} {joiner} {clause}"
                else:
                    joiner = "selon laquelle " if language == "fr" else "that "
                    full = f"{head} — {joiner}{clause} —"
                result.setdefault(s.id, {})[language] = Phrase(
                    full, short, feminine=True, anaphor=anaphor
                )
        for support in self.m.supports:
            for language in LANGUAGES:
                conclusion = result[support.conclusion][language].short
                premises = [result[p][language].short for p in support.premises]
                if len(premises) > 2:
                    others = len(premises) - 1
                    if language == "fr":
                        premises = [
                            f"{premises[0]} et {_number(others, 'fr', True)} autres prémisses"
                        ]
                    else:
                        premises = [f"{premises[0]} and {_number(others, 'en')} other premises"]
                listed = _join(premises, language)
                if language == "fr":
                    full = f"l'inférence de {listed} à {conclusion}"
                    short = f"l'inférence qui mène à {conclusion}"
                else:
                    full = f"the inference from {listed} to {conclusion}"
                    short = f"the inference to {conclusion}"
                anaphor = "cette inférence" if language == "fr" else "that inference"
                result.setdefault(support.id, {})[language] = Phrase(
                    full, short, feminine=True, anaphor=anaphor
                )
        return result


def _proper_words(m: ArgumentMap) -> frozenset[str]:
    """Words written with a capital in the middle of a sentence somewhere in the map."""
    words: set[str] = set()
    for p in m.participants:
        words.update(p.name.split())
    for s in m.statements:
        for text in s.text.values():
            for match in re.finditer(r"(?<=[a-zà-ÿ,;] )([A-ZÀ-Ý][\w’'-]*)", text):
                words.add(match.group(1))
    return frozenset(words)


def _clause(text: str, proper: frozenset[str]) -> str | None:
    """The paraphrase as a subordinate clause, or ``None`` when it does not read as one.

    Leading discourse markers ("So,", "No:", "Donc,") are dropped, the first
    letter lowered unless it starts a name, and the final full stop removed.
    Questions, exclamations and texts opening with a short label and a colon
    ("Ask HR: ...") are quoted instead.
    """
    clause = text.strip()
    while True:
        stripped = _MARKER_RE.sub("", clause, count=1)
        if stripped == clause:
            break
        clause = stripped
    if not clause or clause[-1] in "?!":
        return None
    head = clause.split(":", 1)[0]
    if ":" in clause and len(head.split()) <= 3:
        return None
    clause = clause.rstrip(" .")
    words = clause.split()
    first = words[0].strip("“”«»\"'(") if words else ""
    second = words[1] if len(words) > 1 else ""
    keeps_capital = (
        not first
        or first in proper
        or (len(first) > 1 and first.isupper())
        or any(ch.isupper() for ch in first[1:])
        or (second[:1].isupper() and not second.isupper())
    )
    if keeps_capital:
        return clause
    position = clause.find(first[0])
    return clause[:position] + clause[position].lower() + clause[position + 1 :]


def _hint(text: str) -> str:
    words = text.split()
    cut = " ".join(words[:HINT_WORDS]).rstrip(",;:.")
    return cut + ("…" if len(words) > HINT_WORDS else "")


# -- small words -----------------------------------------------------------------------------

_NUMBERS = {
    "en": ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"],
    "fr": ["aucun", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix"],
}


def _number(n: int, language: str, feminine: bool = False) -> str:
    if 0 <= n < len(_NUMBERS[language]):
        word = _NUMBERS[language][n]
        if language == "fr" and feminine and n in (0, 1):
            word = {0: "aucune", 1: "une"}[n]
        return word
    return str(n)


def _join(items: Sequence[str], language: str, conjunction: str | None = None) -> str:
    word = conjunction or ("et" if language == "fr" else "and")
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    return f"{', '.join(items[:-1])} {word} {items[-1]}"


_DASH_PUNCTUATION = re.compile(r" —(?=\s?[,.;:!?])")
_DASH_COMMA = re.compile(r" —,")


def _sentence(text: str) -> str:
    """``text`` as a sentence: capital first, full stop last, no dash before punctuation.

    A closing em dash takes the place of a comma ("X — that Y — which ..."), and
    is left out before a full stop, as typographers do.
    """
    text = text.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    if text[-1] not in ".!?…":
        text += "."
    text = _DASH_COMMA.sub(" —", text)
    return _DASH_PUNCTUATION.sub("", text)


SEMANTICS_NAMES = {
    "en": {
        Semantics.CONFLICT_FREE: "conflict-free",
        Semantics.NAIVE: "naive",
        Semantics.ADMISSIBLE: "admissible",
        Semantics.COMPLETE: "complete",
        Semantics.GROUNDED: "grounded",
        Semantics.PREFERRED: "preferred",
        Semantics.STABLE: "stable",
        Semantics.SEMI_STABLE: "semi-stable",
        Semantics.STAGE: "stage",
        Semantics.IDEAL: "ideal",
        Semantics.EAGER: "eager",
        Semantics.CF2: "cf2",
        Semantics.STAGE2: "stage2",
    },
    "fr": {
        Semantics.CONFLICT_FREE: "sans conflit",
        Semantics.NAIVE: "naïve",
        Semantics.ADMISSIBLE: "admissible",
        Semantics.COMPLETE: "complète",
        Semantics.GROUNDED: "fondée",
        Semantics.PREFERRED: "préférée",
        Semantics.STABLE: "stable",
        Semantics.SEMI_STABLE: "semi-stable",
        Semantics.STAGE: "stage",
        Semantics.IDEAL: "idéale",
        Semantics.EAGER: "avide",
        Semantics.CF2: "cf2",
        Semantics.STAGE2: "stage2",
    },
}
"""The adjective naming each semantics, by language."""


# -- the phrasebook ----------------------------------------------------------------------------
#
# A template names its arguments as {A}, {B}, ... (expanded to their full name at
# first mention, their short name after). {A_e} is "e" when A is feminine (French
# agreement), {A_il} "elle"/"il". A list of templates is a choice: the narrator
# takes them in turn, so repeated steps do not repeat the same words.

_EN: dict[str, str | list[str]] = {
    # grounded, IN
    "in_unattacked": "{A} is accepted under {sem} semantics: nothing attacks it",
    "in_one": "{A} is accepted under {sem} semantics because its only attacker, {B}, is "
    "itself defeated by {C}",
    "in_many": "{A} is accepted under {sem} semantics because each of its {n} attackers is "
    "defeated by an accepted argument",
    "defeat": [
        "{B} attacks {X} but is defeated by {C}",
        "{B} challenges {X}, and {C} answers it",
        "{B} is countered by {C}",
        "{B} falls to {C}",
    ],
    "leaf": [", which nothing attacks", ", which stands unchallenged", ", itself unattacked"],
    "seen": [", which stands, as shown above", " (see above)"],
    "in_turn": [
        "{X} in turn stands",
        "{X}, for its part, survives",
        "{X} holds as well",
    ],
    "in_turn_one": " because its attacker {B} falls to {C}",
    "summary": "The chain of defences goes {n} levels deeper and rests in the end on {L}, "
    "which nothing attacks",
    # grounded, OUT
    "out_unattacked": "{A} is rejected under {sem} semantics because {C} is accepted and "
    "attacks it, and nothing attacks {C} in turn",
    "out": "{A} is rejected under {sem} semantics because {C} is accepted and attacks it, "
    "and nothing that attacks {C} survives",
    "out_others": "{n} other accepted arguments attack it as well: {L}",
    "out_other": "Another accepted argument attacks it as well: {L}",
    # grounded, UNDEC
    "undec": "{A} is left undecided under {sem} semantics: no accepted argument attacks it, "
    "but {L} is not defeated either",
    "undec_plural": "{A} is left undecided under {sem} semantics: no accepted argument attacks "
    "it, but its attackers {L} are not defeated either",
    "cycle_self": "{X} attacks itself, so it can be neither accepted nor rejected",
    "cycle_two": "{X} and {Y} attack each other, and nothing outside settles their conflict",
    "cycle_many": "{L} attack one another in a cycle ({R}), and nothing outside breaks it",
    "on_cycle": "{A} is itself part of this conflict",
    "reaches": "The conflict reaches {A} through {P}",
    "more_cycles": "{n} further cycles upstream feed the same uncertainty",
    "more_cycle": "One further cycle upstream feeds the same uncertainty",
    # credulous
    "can_be": "{A} can be accepted under {sem} semantics",
    "is_every": "{A} is accepted under {sem} semantics, in every extension",
    "unattacked": ": nothing attacks it",
    "self_defence": ": it defends itself, since it attacks back {L}",
    "together": ": together with {L}, it forms a consistent whole that answers every attack on it",
    "plain": ": it belongs to a {sem} extension together with {L}",
    "plain_alone": ": on its own, it forms a {sem} extension",
    "step": [
        "{B} attacks {X} and is answered by {C}",
        "{C} answers the attack of {B} on {X}",
        "{B}'s attack on {X} is met by {C}",
    ],
    "step_self": ["{X} defends itself against {B}", "{X} attacks {B} back"],
    "steps_more": "{n} further attacks, on the defenders themselves, are answered within the "
    "same set",
    "steps_more_one": "One further attack, on a defender, is answered within the same set",
    # sceptical
    "every_grounded": "Its acceptance holds even under grounded semantics, so no {sem} "
    "extension can leave it out",
    "every_ideal": "This holds in every {sem} extension: {A} belongs to the {core} "
    "extension, which every {sem} extension contains",
    "every_count": "This holds in every {sem} extension: each of the {n} contains {A}",
    "every_count_one": "This holds in every {sem} extension: the only one there is contains {A}",
    "every_vacuous": "There is no {sem} extension at all, so it is accepted in every one "
    "only vacuously",
    "not_every_attacked": "But {A} is not accepted in every {sem} extension: in one of "
    "them, {B} is accepted and attacks it",
    "not_every_undefended": "But {A} is not accepted in every {sem} extension: one of them "
    "leaves it out, since {B} attacks it and nothing in that extension answers {B}",
    "not_every_conflict": "But {A} is not accepted in every {sem} extension: one of them "
    "accepts {B}, which it attacks",
    "not_every_self": "But {A} is not accepted in every {sem} extension: it attacks itself",
    # credulous rejection
    "cannot_self": "{A} cannot be accepted under {sem} semantics: it attacks itself, so no "
    "consistent position can include it",
    "cannot_none": "{A} cannot be accepted under {sem} semantics, because there is no {sem} "
    "extension at all: an odd cycle of attacks cannot be settled",
    "cannot": "{A} cannot be accepted under {sem} semantics: no consistent set of arguments "
    "that includes it can answer every attack",
    "cannot_too_large": "{A} cannot be accepted under {sem} semantics: no consistent set of "
    "arguments that includes it can answer every attack (the full refutation is too large "
    "to show); its attackers are {L}",
    "stuck_none": "Nothing can answer its attacker, {B}: nothing attacks {B}",
    "stuck": "Nothing can answer its attacker, {B}: {R}",
    "then_stuck_none": [
        "{B} attacks {X}, and nothing attacks {B}",
        "{B} attacks {X} in turn, and nothing at all attacks {B}",
    ],
    "then_stuck": ["{B} attacks {X} and cannot be answered: {R}"],
    "then_options": "{B} attacks {X}, and every answer to it fails in turn ({R})",
    "unusable_self": "{C} attacks itself",
    "unusable_attacks": "{C} attacks {S} as well",
    "unusable_attacked": "{C} is attacked by {S}",
    "options_one": "Its attacker, {B}, can only be answered by {C}, and that fails",
    "options_many": "Its attacker, {B}, can only be answered by {L}, and each of them fails",
    "options_join": "or",
    "option_fails": ["if {C} answers {B}, {R}", "answering {B} with {C} fails, as {R}"],
    "or": "or",
    "refutation_cut": "the refutation goes deeper from there",
    "excluded_stable": "{A} belongs to a consistent set that answers every attack on it, but "
    "no {sem} extension contains it: each of them accepts one of its attackers ({L})",
    "excluded": "No {sem} extension contains {A}",
    "excluded_count": "{A} cannot be accepted under {sem} semantics: it is in none of the {n} "
    "{sem} extensions",
    "excluded_only_attacked": "{A} cannot be accepted under {sem} semantics: the only {sem} "
    "extension accepts {B}, which attacks it",
    "excluded_only_undefended": "{A} cannot be accepted under {sem} semantics: the only "
    "{sem} extension leaves it undefended against {B}",
    "excluded_only_conflict": "{A} cannot be accepted under {sem} semantics: the only {sem} "
    "extension accepts {B}, which it attacks",
    "excluded_attacked": "{n} of them accept {B}, which attacks it",
    "excluded_attacked_one": "one of them accepts {B}, which attacks it",
    "excluded_undefended": "{n} of them leave it undefended against {B}",
    "excluded_undefended_one": "one of them leaves it undefended against {B}",
    "excluded_conflict": "{n} of them accept {B}, which it attacks",
    "excluded_conflict_one": "one of them accepts {B}, which it attacks",
    "excluded_self": "it attacks itself",
    "excluded_more": "(only the first {n} extensions were examined)",
    # unique-status semantics (ideal, eager)
    "unique_in": "{A} is accepted under {sem} semantics: it belongs to the {sem} extension",
    "unique_out": "{A} is rejected under {sem} semantics: {B} belongs to the {sem} extension "
    "and attacks it",
    "unique_undec": "{A} is left undecided under {sem} semantics: the {sem} extension does "
    "not answer the attack of {B} on it",
    "unique_conflict": "{A} is left out under {sem} semantics: it attacks {B}, which belongs "
    "to the {sem} extension",
    "unique_self": "{A} is left out under {sem} semantics: it attacks itself",
    # sufficiency
    "suff_empty": "Nothing else is needed for it: it stands on its own",
    "suff_sets": "What suffices to accept it, together: {L}",
    "suff_sets_reject": "What suffices to reject it, together: {L}",
    "suff_none_reject": "No accepted argument suffices to reject it: it is rejected only "
    "because it is caught in unresolved conflicts",
    "suff_none": "No set of arguments suffices to accept it",
    "suff_or": "or",
    "suff_any": "Any one of these would suffice on its own to accept it: {L}",
    "suff_any_reject": "Any one of these would suffice on its own to reject it: {L}",
    "necessary": "Necessary: {L}, since every such set includes {them}",
    "necessary_one_them": "it",
    "necessary_many_them": "them",
    "suff_single": "{X} alone suffices to accept it, and nothing could replace {X}",
    "suff_single_reject": "{X} alone suffices to reject it, and nothing else would",
    "suff_together": "Together, {L} suffice to accept it, and each of them is necessary",
    "suff_together_reject": "Together, {L} suffice to reject it, and each of them is necessary",
    "nothing_necessary": "No single argument is necessary",
}

_FR: dict[str, str | list[str]] = {
    "in_unattacked": "{A} est accepté{A_e} en sémantique {sem} : rien ne l'attaque",
    "in_one": "{A} est accepté{A_e} en sémantique {sem} parce que son seul attaquant, {B}, "
    "est lui-même vaincu par {C}",
    "in_many": "{A} est accepté{A_e} en sémantique {sem} parce que chacun de ses {n} "
    "attaquants est vaincu par un argument accepté",
    "defeat": [
        "{B} attaque {X} mais est vaincu{B_e} par {C}",
        "{B} conteste {X}, et {C} lui répond",
        "{B} est contré{B_e} par {C}",
        "{B} tombe devant {C}",
    ],
    "leaf": [", que rien n'attaque", ", qui n'est pas contesté{C_e}", ", elle-même inattaquée"],
    "seen": [", qui tient, comme on l'a vu", " (voir plus haut)"],
    "in_turn": [
        "{X} tient à son tour",
        "{X}, de son côté, résiste",
        "{X} tient aussi",
    ],
    "in_turn_one": " parce que son attaquant {B} tombe devant {C}",
    "summary": "La chaîne des défenses descend encore de {n} niveaux et repose en fin de "
    "compte sur {L}, que rien n'attaque",
    "out_unattacked": "{A} est rejeté{A_e} en sémantique {sem} parce que {C} est accepté{C_e} "
    "et l'attaque, et que rien n'attaque {C} à son tour",
    "out": "{A} est rejeté{A_e} en sémantique {sem} parce que {C} est accepté{C_e} et "
    "l'attaque, et que rien de ce qui attaque {C} ne tient",
    "out_others": "{n} autres arguments acceptés l'attaquent aussi : {L}",
    "out_other": "Un autre argument accepté l'attaque aussi : {L}",
    "undec": "{A} reste indécis{A_e} en sémantique {sem} : aucun argument accepté ne "
    "l'attaque, mais {L} n'est pas vaincu non plus",
    "undec_plural": "{A} reste indécis{A_e} en sémantique {sem} : aucun argument accepté ne "
    "l'attaque, mais ses attaquants {L} ne sont pas vaincus non plus",
    "cycle_self": "{X} s'attaque {X_lui}-même, et ne peut donc être ni accepté{X_e} ni rejeté{X_e}",
    "cycle_two": "{X} et {Y} s'attaquent mutuellement, et rien d'extérieur ne tranche leur conflit",
    "cycle_many": "{L} s'attaquent en cycle ({R}), et rien d'extérieur ne brise ce cycle",
    "on_cycle": "{A} fait {A_lui}-même partie de ce conflit",
    "reaches": "Le conflit atteint {A} par {P}",
    "more_cycles": "{n} autres cycles en amont nourrissent la même incertitude",
    "more_cycle": "Un autre cycle en amont nourrit la même incertitude",
    "can_be": "{A} peut être accepté{A_e} en sémantique {sem}",
    "is_every": "{A} est accepté{A_e} en sémantique {sem}, dans toutes les extensions",
    "unattacked": " : rien ne l'attaque",
    "self_defence": " : {A_il} se défend {A_lui}-même, puisqu'{A_il} attaque en retour {L}",
    "together": " : avec {L}, {A_il} forme un tout cohérent qui répond à toutes les attaques "
    "qu'il subit",
    "plain": " : {A_il} appartient à une extension {sem} avec {L}",
    "plain_alone": " : {A_il} forme à {A_lui} seul{A_e} une extension {sem}",
    "step": [
        "{B} attaque {X} et {C} lui répond",
        "{C} répond à l'attaque de {B} contre {X}",
        "l'attaque de {B} contre {X} trouve sa réponse dans {C}",
    ],
    "step_self": ["{X} se défend {X_lui}-même contre {B}", "{X} attaque {B} en retour"],
    "steps_more": "{n} autres attaques, contre les défenseurs eux-mêmes, trouvent leur "
    "réponse dans le même ensemble",
    "steps_more_one": "Une autre attaque, contre un défenseur, trouve sa réponse dans le même "
    "ensemble",
    "every_grounded": "Son acceptation tient même en sémantique fondée, si bien qu'aucune "
    "extension {sem} ne peut l'écarter",
    "every_ideal": "Cela vaut dans toutes les extensions {sems} : {A} appartient à "
    "l'extension {core}, que toute extension {sem} contient",
    "every_count": "Cela vaut dans toutes les extensions {sems} : chacune des {n} contient {A}",
    "every_count_one": "Cela vaut dans toutes les extensions {sems} : la seule qui existe "
    "contient {A}",
    "every_vacuous": "Il n'existe aucune extension {sem}, si bien qu'{A_il} n'est accepté{A_e} "
    "dans toutes que de manière vide",
    "not_every_attacked": "Mais {A} n'est pas accepté{A_e} dans toutes les extensions {sems} "
    ": dans l'une d'elles, {B} est accepté{B_e} et l'attaque",
    "not_every_undefended": "Mais {A} n'est pas accepté{A_e} dans toutes les extensions "
    "{sems} : l'une d'elles {A_le} laisse de côté, car {B} l'attaque et rien dans cette "
    "extension ne répond à {B}",
    "not_every_conflict": "Mais {A} n'est pas accepté{A_e} dans toutes les extensions {sems} "
    ": l'une d'elles accepte {B}, qu'{A_il} attaque",
    "not_every_self": "Mais {A} n'est pas accepté{A_e} dans toutes les extensions {sems} : "
    "{A_il} s'attaque {A_lui}-même",
    "cannot_self": "{A} ne peut pas être accepté{A_e} en sémantique {sem} : {A_il} s'attaque "
    "{A_lui}-même, et aucune position cohérente ne peut l'inclure",
    "cannot_none": "{A} ne peut pas être accepté{A_e} en sémantique {sem}, car il n'existe "
    "aucune extension {sem} : un cycle impair d'attaques ne peut être tranché",
    "cannot": "{A} ne peut pas être accepté{A_e} en sémantique {sem} : aucun ensemble "
    "cohérent d'arguments qui l'inclut ne peut répondre à toutes les attaques",
    "cannot_too_large": "{A} ne peut pas être accepté{A_e} en sémantique {sem} : aucun "
    "ensemble cohérent d'arguments qui l'inclut ne peut répondre à toutes les attaques (la "
    "réfutation complète est trop longue pour être montrée) ; ses attaquants sont {L}",
    "stuck_none": "Rien ne peut répondre à son attaquant, {B} : rien n'attaque {B}",
    "stuck": "Rien ne peut répondre à son attaquant, {B} : {R}",
    "then_stuck_none": [
        "{B} attaque {X}, et rien n'attaque {B}",
        "{B} attaque {X} à son tour, et rien du tout n'attaque {B}",
    ],
    "then_stuck": ["{B} attaque {X} et reste sans réponse : {R}"],
    "then_options": "{B} attaque {X}, et chaque réponse possible échoue à son tour ({R})",
    "unusable_self": "{C} s'attaque {C_lui}-même",
    "unusable_attacks": "{C} attaque aussi {S}",
    "unusable_attacked": "{C} est attaqué{C_e} par {S}",
    "options_one": "Seul{C_e} {C} pourrait répondre à son attaquant, {B}, et cela échoue",
    "options_many": "Seuls {L} pourraient répondre à son attaquant, {B}, et chacun échoue",
    "options_join": "et",
    "option_fails": ["si {C} répond à {B}, {R}", "répondre à {B} par {C} échoue, car {R}"],
    "or": "ou",
    "refutation_cut": "la réfutation se poursuit plus loin",
    "excluded_stable": "{A} appartient à un ensemble cohérent qui répond à toutes les "
    "attaques qu'il subit, mais aucune extension {sem} ne l'inclut : chacune accepte l'un "
    "de ses attaquants ({L})",
    "excluded": "Aucune extension {sem} ne contient {A}",
    "excluded_count": "{A} ne peut pas être accepté{A_e} en sémantique {sem} : {A_il} "
    "n'appartient à aucune des {n} extensions {sems}",
    "excluded_only_attacked": "{A} ne peut pas être accepté{A_e} en sémantique {sem} : la "
    "seule extension {sem} accepte {B}, qui l'attaque",
    "excluded_only_undefended": "{A} ne peut pas être accepté{A_e} en sémantique {sem} : la "
    "seule extension {sem} {A_le} laisse sans défense contre {B}",
    "excluded_only_conflict": "{A} ne peut pas être accepté{A_e} en sémantique {sem} : la "
    "seule extension {sem} accepte {B}, qu'{A_il} attaque",
    "excluded_attacked": "{n} d'entre elles acceptent {B}, qui l'attaque",
    "excluded_attacked_one": "l'une d'elles accepte {B}, qui l'attaque",
    "excluded_undefended": "{n} d'entre elles {A_le} laissent sans défense contre {B}",
    "excluded_undefended_one": "l'une d'elles {A_le} laisse sans défense contre {B}",
    "excluded_conflict": "{n} d'entre elles acceptent {B}, qu'{A_il} attaque",
    "excluded_conflict_one": "l'une d'elles accepte {B}, qu'{A_il} attaque",
    "excluded_self": "{A_il} s'attaque {A_lui}-même",
    "excluded_more": "(seules les {n} premières extensions ont été examinées)",
    "unique_in": "{A} est accepté{A_e} en sémantique {sem} : {A_il} appartient à l'extension {sem}",
    "unique_out": "{A} est rejeté{A_e} en sémantique {sem} : {B} appartient à l'extension "
    "{sem} et l'attaque",
    "unique_undec": "{A} reste indécis{A_e} en sémantique {sem} : l'extension {sem} ne répond "
    "pas à l'attaque de {B} contre {A_lui}",
    "unique_conflict": "{A} est laissé{A_e} de côté en sémantique {sem} : {A_il} attaque {B}, "
    "qui appartient à l'extension {sem}",
    "unique_self": "{A} est laissé{A_e} de côté en sémantique {sem} : {A_il} s'attaque "
    "{A_lui}-même",
    "suff_empty": "Rien d'autre ne lui est nécessaire : {A_il} tient seul{A_e}",
    "suff_sets": "Ce qui suffit à {A_le} faire accepter, ensemble : {L}",
    "suff_sets_reject": "Ce qui suffit à {A_le} faire rejeter, ensemble : {L}",
    "suff_none_reject": "Aucun argument accepté ne suffit à {A_le} rejeter : {A_il} n'est "
    "rejeté{A_e} que parce qu'{A_il} est pris{A_e} dans des conflits non résolus",
    "suff_none": "Aucun ensemble d'arguments ne suffit à l'accepter",
    "suff_or": "ou",
    "suff_any": "N'importe lequel de ces arguments suffirait à lui seul à {A_le} faire "
    "accepter : {L}",
    "suff_any_reject": "N'importe lequel de ces arguments suffirait à lui seul à {A_le} "
    "faire rejeter : {L}",
    "necessary": "Nécessaire : {L}, puisque chacun de ces ensembles {them} contient",
    "necessary_one_them": "le",
    "necessary_many_them": "les",
    "suff_single": "{X} suffit à {A_le} faire accepter à {X_lui} seul{X_e}, et rien ne "
    "pourrait {X_le} remplacer",
    "suff_single_reject": "{X} suffit à {A_le} faire rejeter à {X_lui} seul{X_e}, et rien "
    "d'autre n'y suffirait",
    "suff_together": "Ensemble, {L} suffisent à {A_le} faire accepter, et chacun est nécessaire",
    "suff_together_reject": "Ensemble, {L} suffisent à {A_le} faire rejeter, et chacun est "
    "nécessaire",
    "nothing_necessary": "Aucun argument n'est nécessaire à lui seul",
}

_PHRASEBOOKS = {"en": _EN, "fr": _FR}


class Narrator:
    """Writes the sentences of one text: mentions, choices of words, language.

    An argument is named in full at its first mention and by its short name
    after that; each list of alternative wordings is used in turn.
    """

    def __init__(self, vocabulary: Vocabulary, language: str) -> None:
        if language not in LANGUAGES:
            known = ", ".join(LANGUAGES)
            raise ValueError(f"explanations are written in {known}; not in {language!r}")
        self.vocabulary = vocabulary
        self.language = language
        self.book = _PHRASEBOOKS[language]
        self.mentioned: set[str] = set()
        self.last: str | None = None
        self.turns: dict[str, int] = {}
        self.sentences: list[str] = []

    # -- names ---------------------------------------------------------------------------
    def name(self, argument: str) -> str:
        """The argument's full name at its first mention, its short name after."""
        phrase = self.vocabulary.phrase(argument, self.language)
        previous, self.last = self.last, argument
        if argument in self.mentioned:
            if argument == previous and phrase.anaphor is not None:
                return phrase.anaphor
            return phrase.short
        self.mentioned.add(argument)
        return phrase.full

    def short(self, argument: str) -> str:
        """The short name (not a mention: the next name of it is not "that ...")."""
        return self.vocabulary.phrase(argument, self.language).short

    def names(self, arguments: Sequence[str], conjunction: str | None = None) -> str:
        """The names of ``arguments`` as a list ("a, b and c")."""
        return _join([self.name(a) for a in arguments], self.language, conjunction)

    def feminine(self, argument: str) -> bool:
        return self.vocabulary.phrase(argument, self.language).feminine

    def semantics(self, semantics: Semantics, plural: bool = False) -> str:
        word = SEMANTICS_NAMES[self.language][semantics]
        if plural and self.language == "fr" and not word.endswith("s") and word[-1].isalpha():
            return word + "s"
        return word

    def number(self, n: int, feminine: bool = False) -> str:
        return _number(n, self.language, feminine)

    # -- sentences -------------------------------------------------------------------------
    def say(self, key: str, **slots: object) -> str:
        """The template ``key`` filled in (see the phrasebooks); not yet a sentence.

        Slots are filled in the order they appear in the text, so an argument
        named twice is named in full the first time only.
        """
        template = self.book[key]
        if isinstance(template, list):
            turn = self.turns.get(key, 0)
            self.turns[key] = turn + 1
            template = template[turn % len(template)]
        return self.fill(template, **slots)

    def fill(self, template: str, **slots: object) -> str:
        """``template`` with its slots filled, in the order they appear in it."""
        pieces: list[str] = []
        for literal, field_name, _, _ in string.Formatter().parse(template):
            pieces.append(literal)
            if field_name is not None:
                pieces.append(self._slot(field_name, slots))
        return "".join(pieces)

    def _slot(self, field: str, slots: Mapping[str, object]) -> str:
        base, _, suffix = field.partition("_")
        if suffix:
            argument = slots[base]
            if not isinstance(argument, str):
                raise TypeError(f"slot {base} must name an argument")
            feminine = self.feminine(argument)
            forms = {
                "e": ("e", ""),
                "il": ("elle", "il"),
                "lui": ("elle", "lui"),
                "le": ("la", "le"),
                "il_cap": ("Elle", "Il"),
            }
            return forms[suffix][0] if feminine else forms[suffix][1]
        value = slots[field]
        if field in ("A", "B", "C", "X", "Y", "S") and isinstance(value, str):
            return self.name(value)
        return str(value)

    def add(self, text: str) -> None:
        """Append ``text`` as a sentence."""
        if text:
            self.sentences.append(_sentence(text))

    def paragraph(self) -> str:
        """The sentences added so far, as one paragraph (and start a new one)."""
        text = " ".join(self.sentences)
        self.sentences = []
        self.last = None
        return text


# -- rendering explanations ------------------------------------------------------------------


def render_explanation(explanation: Explanation, language: str) -> str:
    """The text of ``explanation`` in ``language`` (paragraphs separated by blank lines).

    The first paragraph gives the verdict and its decisive reason, then the chain
    of reasons; the second, when computed, what suffices and what is necessary.

    Examples
    --------
    >>> from argmap.explain import explain
    >>> from argmap.frameworks import AF
    >>> why = explain(AF(["a", "b"], [("a", "b")]), "b", sufficiency=False)
    >>> print(render_explanation(why, "fr"))  # doctest: +NORMALIZE_WHITESPACE
    L'argument b est rejeté en sémantique fondée parce que l'argument a est accepté et
    l'attaque, et que rien n'attaque l'argument a à son tour.
    """
    narrator = Narrator(explanation.vocabulary, language)
    paragraphs: list[str] = []
    semantics = explanation.semantics
    argument = explanation.argument
    if explanation.grounded is not None:
        _grounded(narrator, explanation.grounded, semantics)
    elif semantics in (Semantics.IDEAL, Semantics.EAGER):
        _unique(narrator, explanation, semantics)
    else:
        if explanation.acceptance is not None:
            every = isinstance(explanation.sceptical, ScepticalAcceptance)
            _credulous(narrator, explanation.acceptance, every=every)
            if isinstance(explanation.sceptical, ScepticalAcceptance):
                if (
                    explanation.acceptance.steps
                    or explanation.sceptical.basis is not Basis.GROUNDED
                ):
                    _sceptical_acceptance(narrator, explanation.sceptical)
            elif isinstance(explanation.sceptical, ScepticalRejection):
                _sceptical_rejection(narrator, explanation.sceptical)
        elif explanation.rejection is not None:
            _rejection(narrator, argument, semantics, explanation.rejection)
    paragraphs.append(narrator.paragraph())
    if explanation.sufficiency is not None:
        _sufficiency(narrator, explanation.sufficiency)
        paragraphs.append(narrator.paragraph())
    return "\n\n".join(p for p in paragraphs if p)


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
                    L=_join(listed, narrator.language),
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
                L=_join([narrator.name(x) for x in leaves], narrator.language),
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
    if attackers:
        key = "undec" if len(attackers) == 1 else "undec_plural"
        narrator.add(narrator.say(key, A=a, sem=sem, L=narrator.names(attackers)))
    else:
        narrator.add(narrator.say("undec", A=a, sem=sem, L=narrator.name(a)))
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
        listed = _join([narrator.short(x) for x in others], narrator.language)
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


def _unique(narrator: Narrator, explanation: Explanation, semantics: Semantics) -> None:
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
    if isinstance(rejection, SelfAttack):
        narrator.add(narrator.say("cannot_self", A=a, sem=sem))
    elif isinstance(rejection, NoExtension):
        narrator.add(narrator.say("cannot_none", A=a, sem=sem))
    elif isinstance(rejection, TooLargeToShow):
        narrator.add(
            narrator.say("cannot_too_large", A=a, sem=sem, L=narrator.names(rejection.attackers))
        )
    elif isinstance(rejection, Refutation):
        narrator.add(narrator.say("cannot", A=a, sem=sem))
        _refutation(narrator, rejection)
    else:
        _excluded(narrator, a, sem, sems, rejection)


def _excluded(
    narrator: Narrator, a: str, sem: str, sems: str, rejection: ExcludedEverywhere
) -> None:
    if rejection.admissible is not None:
        attackers = list(
            dict.fromkeys(
                c.witness for c in rejection.counters if c.exclusion is Exclusion.ATTACKED
            )
        )
        either = narrator.names(attackers, str(narrator.book["or"]))
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
    text = head + (": " if narrator.language == "en" else " : ") + "; ".join(parts)
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
        either = narrator.names(options, str(narrator.book["options_join"]))
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
        separator = "; " if narrator.language == "en" else " ; "
        inner = separator.join(
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
    return _join(reasons, narrator.language)


def _sufficiency(narrator: Narrator, why: Sufficiency) -> None:
    a = why.argument
    if why.accepted and why.minimal == ((),):
        narrator.add(narrator.say("suff_empty", A=a))
        return
    if not why.minimal:
        narrator.add(narrator.say("suff_none" if why.accepted else "suff_none_reject", A=a))
        return
    suffix = "" if why.accepted else "_reject"
    if len(why.minimal) == 1:
        (only,) = why.minimal
        if len(only) == 1:
            narrator.add(narrator.say("suff_single" + suffix, A=a, X=only[0]))
        else:
            listed = _join([narrator.short(x) for x in only], narrator.language)
            narrator.add(narrator.say("suff_together" + suffix, A=a, L=listed))
        return
    if all(len(chosen) == 1 for chosen in why.minimal):
        listed = _join(
            [narrator.short(x) for (x,) in why.minimal],
            narrator.language,
            str(narrator.book["suff_or"]),
        )
        narrator.add(narrator.say("suff_any" + suffix, A=a, L=listed))
        return
    options = [
        _join([narrator.short(x) for x in chosen], narrator.language) for chosen in why.minimal
    ]
    word = str(narrator.book["suff_or"])
    listed = f"; {word} ".join(options)
    narrator.add(narrator.say("suff_sets" + suffix, A=a, L=listed))
    if len(why.necessary) == 1:
        (needed,) = why.necessary
        them = (
            str(narrator.book["necessary_one_them"])
            if narrator.language == "en"
            else ("la" if narrator.feminine(needed) else "le")
        )
        narrator.add(narrator.say("necessary", L=narrator.short(needed), them=them))
    elif why.necessary:
        listed = _join([narrator.short(x) for x in why.necessary], narrator.language)
        them = str(narrator.book["necessary_many_them"])
        narrator.add(narrator.say("necessary", L=listed, them=them))
    else:
        narrator.add(narrator.say("nothing_necessary"))


_STATUS_WORDS = {
    "en": {
        Status.ACCEPTED: ("accepted", "accepted"),
        Status.CREDULOUS: ("accepted in some extensions only", "accepted in some extensions only"),
        Status.UNDECIDED: ("undecided", "undecided"),
        Status.REJECTED: ("rejected", "rejected"),
    },
    "fr": {
        Status.ACCEPTED: ("acceptée", "accepté"),
        Status.CREDULOUS: (
            "acceptée dans certaines extensions seulement",
            "accepté dans certaines extensions seulement",
        ),
        Status.UNDECIDED: ("indécise", "indécis"),
        Status.REJECTED: ("rejetée", "rejeté"),
    },
}

_WHAT_IF = {
    "en": {
        "head": "{A} is {status} under {sem} semantics.",
        "none": "No single edit changes that: it survives removing any one statement or "
        "relation and flipping any one relation ({n} edits tried).",
        "one": "One single edit out of {n} would change that:",
        "some": "{k} single edits out of {n} would change that, the smallest first:",
        "remove_attack": "removing the attack of {B} on {C}",
        "remove_support": "removing the support of {C} by {P}",
        "flip_attack": "turning the attack of {B} on {C} into a support",
        "flip_support": "turning the support of {C} by {P} into an attack",
        "remove_statement": "removing {B}",
        "result": "it would become {status}",
        "shown": "(showing the first {k})",
    },
    "fr": {
        "head": "{A} est {status} en sémantique {sem}.",
        "none": "Aucune modification isolée ne change ce verdict : {A_il} résiste à la "
        "suppression de n'importe quel énoncé ou relation et à l'inversion de n'importe "
        "quelle relation ({n} modifications essayées).",
        "one": "Une seule modification isolée sur {n} changerait ce verdict :",
        "some": "{k} modifications isolées sur {n} changeraient ce verdict, de la plus petite "
        "à la plus grande :",
        "remove_attack": "supprimer l'attaque de {B} contre {C}",
        "remove_support": "supprimer le soutien de {P} à {C}",
        "flip_attack": "transformer l'attaque de {B} contre {C} en soutien",
        "flip_support": "transformer le soutien de {P} à {C} en attaque",
        "remove_statement": "supprimer {B}",
        "result": "{A_il} deviendrait {status}",
        "shown": "(les {k} premières sont montrées)",
    },
}

WHAT_IF_SHOWN = 12
"""Edits listed in a what-if text at most (the data holds all of them)."""


def render_what_if(result: WhatIf, language: str) -> str:
    """The text of a what-if analysis (see :mod:`argmap.explain.whatif`).

    A first sentence with the verdict, then one numbered line per edit that
    changes it (at most :data:`WHAT_IF_SHOWN`), with the verdict it would give.

    Examples
    --------
    >>> from argmap.explain import what_if
    >>> from argmap.frameworks import AF
    >>> result = what_if(AF(["a", "b"], [("a", "b")]), "b")
    >>> print(render_what_if(result, "en"))  # doctest: +NORMALIZE_WHITESPACE
    Argument b is rejected under grounded semantics. Two single edits out of 2 would
    change that, the smallest first:
    1. Removing the attack of argument a on argument b: it would become accepted.
    2. Removing argument a: it would become accepted.
    """
    narrator = Narrator(result.vocabulary, language)
    book = _WHAT_IF[language]
    a = result.target

    def status_word(status: Status) -> str:
        feminine, masculine = _STATUS_WORDS[language][status]
        return feminine if narrator.feminine(a) else masculine

    sem = narrator.semantics(result.semantics)
    head = narrator.fill(book["head"], A=a, status=status_word(result.status), sem=sem)
    lines = [head[0].upper() + head[1:]]
    n = result.considered
    if not result.flips:
        lines[0] += " " + narrator.fill(book["none"], A=a, n=n)
        return lines[0]
    k = len(result.flips)
    intro = book["one"] if k == 1 else book["some"]
    lines[0] += " " + narrator.fill(intro, k=narrator.number(k).capitalize(), n=n)
    for position, flip in enumerate(result.flips[:WHAT_IF_SHOWN], start=1):
        narrator.last = None  # each line stands on its own: no "that ..." across lines
        edit = flip.edit
        if edit.kind.value == "remove_statement":
            change = narrator.fill(book["remove_statement"], B=edit.ends[0])
        else:
            verb = "remove" if edit.kind.value == "remove_relation" else "flip"
            key = f"{verb}_{edit.relation}"
            *sources, target = edit.ends
            premises = _join([narrator.short(p) for p in sources], language)
            change = narrator.fill(book[key], B=sources[0], C=target, P=premises)
        after = narrator.fill(book["result"], A=a, status=status_word(flip.after))
        separator = ": " if language == "en" else " : "
        lines.append(f"{position}. {change[0].upper()}{change[1:]}{separator}{after}.")
    if k > WHAT_IF_SHOWN:
        lines.append(narrator.fill(book["shown"], k=WHAT_IF_SHOWN))
    return "\n".join(lines)


_ATTRIBUTION = {
    "en": {
        "head": "{A} has strength {s} under {sem} (base score {w}).",
        "none": "Nothing attacks or supports it, so it keeps its base score.",
        "down": "{B} pulls it down by {d}",
        "up": "{B} lifts it by {d}",
        "down_far": "the attack of {B} on {C} lowers it by {d}",
        "up_far": "the support of {B} for {C} raises it by {d}",
        "down_far_support": "the support of {B} for {C} lowers it by {d}",
        "up_far_attack": "the attack of {B} on {C} raises it by {d}",
        "flat": "{B} makes no difference",
        "flat_far": "the link from {B} to {C} makes no difference",
        "shapley": " (Shapley share {p})",
        "without": "Without any attack or support it would be {v}.",
        "unconverged": "The computation did not fully converge: these numbers are indicative.",
    },
    "fr": {
        "head": "{A} a une force de {s} en {sem} (score de base {w}).",
        "none": "Rien ne l'attaque ni ne {A_le} soutient : {A_il} garde son score de base.",
        "down": "{B} {A_le} fait baisser de {d}",
        "up": "{B} {A_le} fait monter de {d}",
        "down_far": "l'attaque de {B} contre {C} {A_le} fait baisser de {d}",
        "up_far": "le soutien de {B} à {C} {A_le} fait monter de {d}",
        "down_far_support": "le soutien de {B} à {C} {A_le} fait baisser de {d}",
        "up_far_attack": "l'attaque de {B} contre {C} {A_le} fait monter de {d}",
        "flat": "{B} ne change rien",
        "flat_far": "le lien de {B} à {C} ne change rien",
        "shapley": " (part de Shapley {p})",
        "without": "Sans attaque ni soutien, {A_il} vaudrait {v}.",
        "unconverged": "Le calcul n'a pas complètement convergé : ces nombres sont indicatifs.",
    },
}


def render_attribution(result: Attribution, language: str) -> str:
    """The text of a gradual attribution (see :mod:`argmap.explain.gradual`).

    The strength first, then each edge from the largest effect down: how much
    removing it would change the strength, and its Shapley share.

    Examples
    --------
    >>> from argmap.explain import attribution
    >>> from argmap.frameworks import AF
    >>> why = attribution(AF(["a", "b"], [("a", "b")]), "b")
    >>> print(render_attribution(why, "en"))  # doctest: +NORMALIZE_WHITESPACE
    Argument b has strength 0.000 under df-quad (base score 1.000). Argument a pulls it
    down by 1.000 (Shapley share -1.000). Without any attack or support it would be 1.000.
    """
    narrator = Narrator(result.vocabulary, language)
    book = _ATTRIBUTION[language]

    def number(x: float, signed: bool = False) -> str:
        text = f"{x:+.3f}" if signed else f"{abs(x):.3f}"
        return text.replace(".", ",") if language == "fr" else text

    a = result.argument
    head = narrator.fill(
        book["head"],
        A=a,
        s=number(result.strength),
        sem=result.semantics.value,
        w=number(result.base),
    )
    sentences = [head[0].upper() + head[1:]]
    if not result.contributions:
        sentences.append(narrator.fill(book["none"], A=a))
        return " ".join(sentences)
    parts = []
    for c in result.contributions:
        effect = c.removal
        near = c.target == a
        if abs(effect) < 5e-4:
            key = "flat" if near else "flat_far"
        elif near:
            key = "down" if effect < 0 else "up"
        elif effect < 0:
            key = "down_far" if c.relation == "attack" else "down_far_support"
        else:
            key = "up_far" if c.relation == "support" else "up_far_attack"
        part = narrator.fill(book[key], A=a, B=c.source, C=c.target, d=number(effect))
        if c.shapley is not None:
            part += narrator.fill(book["shapley"], p=number(c.shapley, signed=True))
        parts.append(part)
    separator = "; " if language == "en" else " ; "
    sentences.append(_sentence(separator.join(parts)))
    if result.exact_shapley:
        sentences.append(narrator.fill(book["without"], A=a, v=number(result.unattached)))
    if not result.converged:
        sentences.append(book["unconverged"])
    return " ".join(sentences)


__all__ = [
    "CHAIN_DEPTH",
    "LANGUAGES",
    "SEMANTICS_NAMES",
    "STEPS_SHOWN",
    "WHAT_IF_SHOWN",
    "Narrator",
    "Phrase",
    "Vocabulary",
    "render_attribution",
    "render_explanation",
    "render_what_if",
]
