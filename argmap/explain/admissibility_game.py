"""The admissibility game: the opponent's winning strategy showing that no admissible
set contains an argument.

The proponent starts with the argument; the opponent plays an attacker of any
proponent argument that the proponent's arguments do not already attack; the
proponent answers with an attacker of that attacker that is compatible with (neither
attacks nor is attacked by) the proponent's arguments and does not attack itself;
whoever cannot move loses (a credulous dialogue game in the style of Vreeswijk &
Prakken 2000 and Modgil & Caminada 2009). The proponent wins exactly when their
arguments end up admissible, so an opponent strategy that wins against *every*
proponent answer (:class:`~argmap.explain.admissible_proofs.Refutation`) shows that no
admissible set contains the argument.

References
----------
.. [1] G. Vreeswijk and H. Prakken, "Credulous and sceptical argument games for
   preferred semantics", JELIA 2000, LNCS 1919, 239-253.
.. [2] S. Modgil and M. Caminada, "Proof theories and algorithms for abstract
   argumentation frameworks", in Argumentation in Artificial Intelligence,
   Springer, 105-129, 2009.
"""

from __future__ import annotations

from collections.abc import Generator
from typing import NamedTuple

from argmap.explain.admissible_proofs import Refutation, SelfAttack
from argmap.explain.dispute import Move, Player
from argmap.frameworks.abstract import ArgumentationFramework
from argmap.semantics import grounded_extension

REFUTATION_BUDGET = 20_000
"""Positions of the admissibility game explored before a refutation is given up as
too large to show (:class:`~argmap.explain.admissible_proofs.TooLargeToShow` is returned
instead)."""


def refutation(
    af: ArgumentationFramework, argument: str, *, budget: int = REFUTATION_BUDGET
) -> Refutation | SelfAttack | None:
    """The opponent's winning strategy showing that no admissible set contains ``argument``.

    Returns ``None`` when some admissible set does contain it (the proponent
    wins), :class:`SelfAttack` when it attacks itself. The opponent picks, at
    each position, an attacker accepted under grounded semantics if there is
    one, else an attack with the fewest legal answers; positions are remembered
    by the proponent's set of arguments.

    Raises
    ------
    RefutationTooLargeError
        When more than ``budget`` positions had to be explored.

    Examples
    --------
    >>> from argmap.frameworks import AF
    >>> af = AF(["a", "b", "c"], [("b", "a"), ("c", "b"), ("a", "c")])
    >>> tree = refutation(af, "a").root
    >>> [(m.player.value, m.argument, m.against) for m in tree.walk()]
    [('proponent', 'a', None), ('opponent', 'b', 'a')]
    """
    if af.attacks_between(argument, argument):
        return SelfAttack(argument)
    game = _AdmissibilityGame(af, budget)
    start = frozenset({argument})
    reply = game.opponent_wins(start)
    if reply is None:
        return None
    root = Move(Player.PROPONENT, argument, None, (reply,))
    involved = {m.argument for m in root.walk()}
    for m in root.walk():
        if m.player is Player.OPPONENT:
            involved.update(af.attackers(m.argument))
    attacks = frozenset((s, t) for t in involved for s in af.attackers(t) if s in involved)
    return Refutation(argument, root, attacks)


class RefutationTooLargeError(RuntimeError):
    """The admissibility game needed more positions than the budget allows."""


class _Position(NamedTuple):
    """A position of the admissibility game: the proponent's arguments so far, and
    what they attack and are attacked by (kept along a line, not recomputed)."""

    held: frozenset[str]
    attacked: frozenset[str]
    attacking: frozenset[str]


class _AdmissibilityGame:
    """Memoised search for the opponent's winning strategy (see the module docstring)."""

    def __init__(self, af: ArgumentationFramework, budget: int) -> None:
        self.af = af
        self.budget = budget
        self.memo: dict[frozenset[str], Move | None] = {}
        self.order = af.index
        self.grounded = grounded_extension(af)
        # Read at every position of every line: looked up once per argument.
        self.attackers = {a: af.attackers(a) for a in af.arguments}
        self.targets = {a: af.targets(a) for a in af.arguments}

    def legal_answers(self, position: _Position, attacker: str) -> list[str]:
        """The proponent's answers to ``attacker``: its attackers in conflict with nothing held."""
        return sorted(
            (
                c
                for c in self.attackers[attacker]
                if c not in position.attacked
                and c not in position.attacking
                and c not in self.attackers[c]
            ),
            key=self.order,
        )

    def _following(self, position: _Position, answer: str) -> _Position:
        return _Position(
            position.held | {answer},
            position.attacked | self.targets[answer],
            position.attacking | self.attackers[answer],
        )

    def opponent_wins(self, held: frozenset[str]) -> Move | None:
        """The opponent's winning move against ``held``, with its subtree, or ``None``.

        The game is searched depth first with an explicit stack of positions (one
        generator per position, sent the outcome of each position it asks about):
        a line of play grows the proponent's set by one argument per move, so it
        can be far longer than Python's recursion limit on a long attack chain.
        """
        af = self.af
        start = _Position(
            held,
            frozenset(t for s in held for t in af.targets(s)),
            frozenset(b for s in held for b in af.attackers(s)),
        )
        stack = [self._position(start)]
        outcome: Move | None = None
        while stack:
            try:
                asked = stack[-1].send(outcome)
            except StopIteration as done:
                stack.pop()
                outcome = done.value
                continue
            stack.append(self._position(asked))
            outcome = None
        return outcome

    def _position(self, position: _Position) -> Generator[_Position, Move | None, Move | None]:
        """Search one position: yields each following position, is sent its outcome."""
        held = position.held
        if held in self.memo:
            return self.memo[held]
        if len(self.memo) >= self.budget:
            raise RefutationTooLargeError(f"more than {self.budget} game positions")
        self.memo[held] = None  # provisional: positions only grow, so no cycle reaches it
        order, attacked = self.order, position.attacked
        # Grounded-accepted attackers first (their refutation is the grounded
        # defence, the most convincing), then the attackers with fewest answers.
        candidates: list[tuple[bool, int, int, str, str]] = []
        for member in sorted(held, key=order):
            for b in self.attackers[member]:
                if b not in attacked:
                    answers = len(self.legal_answers(position, b))
                    candidates.append((b not in self.grounded, answers, order(b), b, member))
        candidates.sort()
        seen: set[str] = set()
        for _, _, _, b, member in candidates:
            if b in seen:
                continue
            seen.add(b)
            replies: list[Move] = []
            for c in self.legal_answers(position, b):
                follow = yield self._following(position, c)
                if follow is None:
                    break
                replies.append(Move(Player.PROPONENT, c, b, (follow,)))
            else:
                move = Move(Player.OPPONENT, b, member, tuple(replies))
                self.memo[held] = move
                return move
        return None
