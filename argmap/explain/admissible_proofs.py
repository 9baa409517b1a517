"""The proofs of credulous acceptance and rejection that :mod:`argmap.explain.admissible`
gives: defence tables, refutations of the admissibility game, counter-extensions and the
reasons no extension contains an argument."""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass

from argmap.explain.dispute import Move
from argmap.semantics import Semantics

EXTENSIONS_SHOWN = 8
"""How many extensions an :class:`ExcludedEverywhere` lists at most."""


@dataclass(frozen=True)
class DefenceStep:
    """``defender`` answers ``attacker``'s attack on ``defended`` (all but ``attacker`` IN)."""

    attacker: str
    defended: str
    defender: str


@dataclass(frozen=True)
class CredulousProof:
    """A set containing ``argument`` that shows it can be accepted under ``semantics``.

    Attributes
    ----------
    argument, semantics
        What is explained.
    extension : frozenset of str
        An extension of ``semantics`` that contains the argument.
    defence_set : tuple of str or None
        An admissible subset of ``extension`` holding the argument (first) and
        what it takes to defend it, in the order the defence reaches them;
        ``None`` for semantics whose extensions need not be admissible (naive,
        stage, cf2, stage2, conflict-free).
    steps : tuple of DefenceStep
        For every attack on a member of ``defence_set``, the member that answers
        it. Empty when nothing attacks the defence set.
    """

    argument: str
    semantics: Semantics
    extension: frozenset[str]
    defence_set: tuple[str, ...] | None
    steps: tuple[DefenceStep, ...]


class Exclusion(str, enum.Enum):
    """Why an extension leaves an argument out."""

    ATTACKED = "attacked"
    """A member of the extension attacks it (it is OUT)."""
    UNDEFENDED = "undefended"
    """It is not attacked, but the extension does not defend it against ``witness``."""
    ATTACKS_MEMBER = "attacks_member"
    """It attacks a member of the extension (conflict-free based semantics)."""
    SELF_ATTACK = "self_attack"
    """It attacks itself."""


@dataclass(frozen=True)
class CounterExtension:
    """An extension without ``argument``, and why it leaves it out.

    ``witness`` is the member attacking it (``ATTACKED``), the attacker the
    extension does not counter (``UNDEFENDED``), the member it attacks
    (``ATTACKS_MEMBER``), or the argument itself (``SELF_ATTACK``).
    """

    argument: str
    extension: frozenset[str]
    exclusion: Exclusion
    witness: str


@dataclass(frozen=True)
class SelfAttack:
    """The argument attacks itself: no conflict-free set contains it."""

    argument: str


@dataclass(frozen=True)
class Refutation:
    """The opponent's winning strategy in the admissibility game (see the module docstring).

    ``root`` is the proponent's opening move on ``argument``. Under a proponent
    move the strategy has one opponent move (its ``against`` is the proponent
    argument attacked, which may be an earlier one); under an opponent move,
    *every* legal proponent answer; an opponent move without children is an
    attack the proponent cannot answer. ``attacks`` are the attacks the proof
    rests on: those among the arguments of the tree and the attackers of its
    opponent moves (enough to check it, and to say why each dead end is one).
    """

    argument: str
    root: Move
    attacks: frozenset[tuple[str, str]]

    def dead_end_reasons(self, attacker: str, held: Iterable[str]) -> tuple[Blocked, ...]:
        """Why each attacker of ``attacker`` cannot be played against it, given ``held``.

        ``held`` are the proponent's arguments on the line of play. Empty when
        nothing attacks ``attacker``.

        Examples
        --------
        >>> from argmap.explain.admissibility_game import refutation
        >>> from argmap.frameworks import AF
        >>> af = AF(["a", "b", "c", "d"], [("b", "a"), ("c", "b"), ("c", "a"), ("d", "b"),
        ...                                ("d", "d"), ("a", "c")])
        >>> proof = refutation(af, "a")
        >>> [(b.argument, b.conflict.value) for b in proof.dead_end_reasons("b", ["a"])]
        [('c', 'attacks_proponent'), ('d', 'self_attack')]
        """
        attacks = self.attacks
        held = tuple(held)
        counters = sorted({s for s, t in attacks if t == attacker})
        reasons: list[Blocked] = []
        for c in counters:
            if (c, c) in attacks:
                reasons.append(Blocked(c, Conflict.SELF_ATTACK, c))
                continue
            hit = next((s for s in held if (c, s) in attacks), None)
            if hit is not None:
                reasons.append(Blocked(c, Conflict.ATTACKS_PROPONENT, hit))
                continue
            by = next((s for s in held if (s, c) in attacks), None)
            if by is not None:
                reasons.append(Blocked(c, Conflict.ATTACKED_BY_PROPONENT, by))
        return tuple(reasons)


class Conflict(str, enum.Enum):
    """Why the proponent cannot play an argument."""

    SELF_ATTACK = "self_attack"
    ATTACKS_PROPONENT = "attacks_proponent"
    """It attacks one of the proponent's own arguments."""
    ATTACKED_BY_PROPONENT = "attacked_by_proponent"
    """One of the proponent's arguments attacks it."""


@dataclass(frozen=True)
class Blocked:
    """``argument`` cannot be played by the proponent: ``conflict`` with ``other``."""

    argument: str
    conflict: Conflict
    other: str


@dataclass(frozen=True)
class NoExtension:
    """The semantics has no extension at all (stable semantics only)."""

    semantics: Semantics


@dataclass(frozen=True)
class ExcludedEverywhere:
    """Every extension leaves the argument out; ``counters`` shows why for each listed one.

    ``exhaustive`` is true when ``counters`` covers every extension.
    """

    argument: str
    semantics: Semantics
    counters: tuple[CounterExtension, ...]
    exhaustive: bool
    admissible: CredulousProof | None = None
    """For stable semantics: an admissible set that does contain the argument, when one exists."""


@dataclass(frozen=True)
class TooLargeToShow:
    """Rejected (by the solver), but the refutation is too large to show in full.

    ``attackers`` are the argument's attackers; the opponent's strategy was cut
    after :data:`REFUTATION_BUDGET` game positions.
    """

    argument: str
    semantics: Semantics
    attackers: tuple[str, ...]


CredulousRejection = SelfAttack | Refutation | NoExtension | ExcludedEverywhere | TooLargeToShow
"""Why no extension of the semantics contains the argument."""
