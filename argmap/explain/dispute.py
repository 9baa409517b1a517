"""Why an argument is IN, OUT or UNDEC in the grounded labelling: dispute trees.

The grounded discussion game (Modgil & Caminada 2009, §4.2; Prakken 2005) is
played by a *proponent* and an *opponent*. The proponent opens with the argument
in question; each later move attacks the move before it. The proponent may only
play arguments that are IN in the grounded labelling and may not repeat an
argument on the same line of play; the opponent may play any attacker. Whoever
cannot move loses. An argument is IN iff the proponent has a *winning strategy*
for it: a finite tree in which every opponent move (every attacker) is answered
by a proponent move, and every leaf is a proponent move on an unattacked
argument.

This module builds that strategy as a :class:`DisputeTree` of :class:`Move` s:

* **IN** — the proponent's winning strategy. Each attacker ``b`` of a proponent
  argument ``a`` is answered by the IN attacker of ``b`` that the grounded
  iteration accepted *first* (its :func:`grounded_ranks` rank is the smallest),
  so ranks strictly decrease down every line: the tree is finite and no
  proponent argument repeats on a line.
* **OUT** — the opponent's winning strategy: the opponent answers the opening
  move with an IN attacker (the earliest accepted one), then plays that
  attacker's winning strategy with the roles swapped.
* **UNDEC** — nobody wins (the opponent can keep the game going forever). The
  reason is concrete: the attackers of the argument that are themselves UNDEC
  (none is IN), and the attack *cycles* among UNDEC arguments that feed them,
  with the chain of attacks from each cycle to the argument
  (:class:`UndecidedReason`).

Subtrees are shared: an argument's strategy is built once and reused wherever it
is played, so a tree is linear in the size of the framework in memory even when
its unfolding is not.

References
----------
.. [1] S. Modgil and M. Caminada, "Proof theories and algorithms for abstract
   argumentation frameworks", in I. Rahwan and G. Simari (eds.), Argumentation
   in Artificial Intelligence, Springer, 105-129, 2009.
.. [2] H. Prakken, "Coherence and flexibility in dialogue games for
   argumentation", Journal of Logic and Computation 15(6):1009-1040, 2005.
"""

from __future__ import annotations

import enum
import weakref
from collections import deque
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from types import MappingProxyType

from argmap.frameworks.abstract import ArgumentationFramework
from argmap.semantics import Label, Labelling, grounded_labelling
from argmap.semantics.adjacency import Adjacency
from argmap.semantics.grounded import grounded_rounds
from argmap.semantics.labelling_search import UNDEC
from argmap.semantics.scc import strongly_connected_components

_DEPTHS: weakref.WeakKeyDictionary[Move, int] = weakref.WeakKeyDictionary()
""":meth:`Move.depth` of the moves alive, filled as depths are asked for."""

Neighbours = Callable[[str], list[str]]
"""An argument's attackers, filtered (e.g. to UNDEC ones) and in a fixed order."""


class Player(str, enum.Enum):
    """The two sides of a discussion game."""

    PROPONENT = "proponent"
    """Defends the argument in question."""
    OPPONENT = "opponent"
    """Attacks it."""

    @property
    def other(self) -> Player:
        """The other side."""
        return Player.OPPONENT if self is Player.PROPONENT else Player.PROPONENT


@dataclass(frozen=True, eq=False)
class Move:
    """A move of a discussion game and the replies a strategy has to it.

    Attributes
    ----------
    player : Player
        Who plays the argument.
    argument : str
        The argument played.
    against : str or None
        The argument this move attacks (``None`` for the opening move).
    children : tuple of Move
        The replies. Under a move of the side whose strategy the tree is, the
        replies are *every* attacker the other side may play; under a move of the
        other side, the single answer of the strategy.
    """

    player: Player
    argument: str
    against: str | None = None
    children: tuple[Move, ...] = ()

    def __repr__(self) -> str:
        # Shallow: the dataclass's own repr recurses through every reply.
        replies = len(self.children)
        return (
            f"Move({self.player.value} {self.argument!r} against {self.against!r}, "
            f"{replies} repl{'y' if replies == 1 else 'ies'})"
        )

    def walk(self) -> Iterator[Move]:
        """This move and every move below it, depth first (shared subtrees repeated)."""
        stack = [self]
        while stack:
            move = stack.pop()
            yield move
            stack.extend(reversed(move.children))

    def depth(self) -> int:
        """The number of moves on the longest line from this move (1 for a leaf).

        Computed without recursion, once per move for as long as the move lives
        (subtrees are shared between the trees of one framework), so a line of
        play as long as the framework (an attack chain) costs linear time and no
        stack, however many explanations ask.
        """
        found = _DEPTHS
        stack = [self]
        while stack:
            move = stack[-1]
            if move in found:
                stack.pop()
                continue
            waiting = [child for child in move.children if child not in found]
            if waiting:
                stack.extend(waiting)
                continue
            found[move] = 1 + max((found[c] for c in move.children), default=0)
            stack.pop()
        return found[self]

    def leaves(self) -> tuple[str, ...]:
        """The arguments played at the leaves, each once, in depth-first order."""
        seen: dict[str, None] = {}
        for move in self.walk():
            if not move.children:
                seen.setdefault(move.argument)
        return tuple(seen)


@dataclass(frozen=True)
class DisputeTree:
    """A winning strategy in the grounded game, rooted at the proponent's opening move.

    ``winner`` is the side the strategy wins for: the proponent when the argument
    is IN, the opponent when it is OUT.
    """

    root: Move
    winner: Player

    @property
    def argument(self) -> str:
        """The argument in question (the opening move)."""
        return self.root.argument

    def moves(self) -> Iterator[Move]:
        """Every move of the tree, depth first."""
        return self.root.walk()

    def depth(self) -> int:
        """The number of moves on the longest line of play."""
        return self.root.depth()


@dataclass(frozen=True)
class Cycle:
    """An attack cycle among UNDEC arguments, and how it reaches the argument in question.

    ``members[i]`` attacks ``members[i + 1]`` and the last attacks the first (a
    single member attacks itself). ``path`` is a shortest chain of attacks from
    a member of the cycle to the argument in question, through UNDEC arguments:
    ``path[0]`` is in the cycle, ``path[-1]`` is the argument (``path`` is just
    ``(argument,)`` when the argument is on the cycle).
    """

    members: tuple[str, ...]
    path: tuple[str, ...]

    @property
    def odd(self) -> bool:
        """Whether the cycle has odd length (then no complete labelling settles it)."""
        return len(self.members) % 2 == 1


@dataclass(frozen=True)
class UndecidedReason:
    """Why an argument is UNDEC in the grounded labelling.

    No attacker of ``argument`` is IN (it would be OUT), and some attacker is not
    OUT (it would be IN): ``undecided_attackers`` lists the attackers that are
    UNDEC. Following UNDEC attackers backwards always ends in a cycle of attacks
    (a finite framework has no infinite chain); ``cycles`` lists, for each
    strongly connected group of UNDEC arguments upstream of ``argument`` (with a
    cycle), one concrete cycle and its path to the argument, nearest first.
    """

    argument: str
    undecided_attackers: tuple[str, ...]
    cycles: tuple[Cycle, ...]


@dataclass(frozen=True)
class GroundedExplanation:
    """Why ``argument`` has ``label`` in the grounded labelling.

    ``tree`` is the winning strategy (proponent's for IN, opponent's for OUT);
    ``undecided`` the reason for UNDEC. ``rank`` is the round of the grounded
    iteration in which the label was settled (``None`` for UNDEC): 1 for an
    unattacked argument, and see :func:`grounded_ranks`. For OUT,
    ``other_defeaters`` are the IN attackers besides the one the tree plays.
    """

    argument: str
    label: Label
    tree: DisputeTree | None
    undecided: UndecidedReason | None
    rank: int | None
    other_defeaters: tuple[str, ...] = ()


def grounded_ranks(af: ArgumentationFramework) -> Mapping[str, int]:
    """The round of the grounded iteration in which each IN or OUT argument is settled.

    Dung's characteristic function ``F(S) = {a | S defends a}`` is iterated from
    the empty set: ``F¹(∅)`` are the unattacked arguments, ``F²(∅)`` adds those
    whose attackers ``F¹(∅)`` all attacks, and so on up to the grounded
    extension. An IN argument has rank ``i`` when it first appears in ``Fⁱ(∅)``;
    an OUT argument has the smallest rank of its IN attackers (it is defeated in
    that round). Equivalently ``rank(a) = 1 + max(rank of a's attackers)`` for IN
    ``a`` (1 when unattacked) and ``rank(b) = min(rank of b's IN attackers)`` for
    OUT ``b``. UNDEC arguments have no rank.

    The rounds are those the grounded fixpoint records as it runs
    (:func:`argmap.semantics.grounded.grounded_rounds`).

    Parameters
    ----------
    af : ArgumentationFramework

    Returns
    -------
    Mapping[str, int]
        Read-only ``{argument: rank}`` for the IN and OUT arguments.

    Examples
    --------
    >>> from argmap.frameworks import AF
    >>> af = AF(["a", "b", "c", "d"], [("a", "b"), ("b", "c"), ("d", "d")])
    >>> dict(grounded_ranks(af))
    {'a': 1, 'b': 1, 'c': 2}

    References
    ----------
    .. [1] P. M. Dung, "On the acceptability of arguments and its fundamental role
       in nonmonotonic reasoning, logic programming and n-person games",
       Artificial Intelligence 77(2):321-357, 1995. (Definition 16.)
    """
    labels, rounds = grounded_rounds(Adjacency.of(af))
    names = af.arguments
    settled = (i for i, label in enumerate(labels) if label != UNDEC)
    return MappingProxyType({names[i]: rounds[i] for i in settled})


def explain_grounded(
    af: ArgumentationFramework, argument: str, labelling: Labelling | None = None
) -> GroundedExplanation:
    """Why ``argument`` is IN, OUT or UNDEC in the grounded labelling of ``af``.

    See the module docstring for the game and the trees. The tree answers each
    attack with the attacker's earliest-accepted IN attacker (ties broken by the
    framework's argument order), so it is deterministic.

    Parameters
    ----------
    af : ArgumentationFramework
    argument : str
        An argument of ``af``.
    labelling : Labelling, optional
        The grounded labelling of ``af`` if already computed.

    Returns
    -------
    GroundedExplanation

    Raises
    ------
    KeyError
        When ``argument`` is not an argument of ``af``.

    Examples
    --------
    >>> from argmap.frameworks import AF
    >>> af = AF(["a", "b", "c"], [("a", "b"), ("b", "c")])
    >>> why = explain_grounded(af, "c")
    >>> why.label.value, why.tree.winner.value
    ('in', 'proponent')
    >>> [(m.player.value, m.argument) for m in why.tree.moves()]
    [('proponent', 'c'), ('opponent', 'b'), ('proponent', 'a')]
    >>> explain_grounded(af, "b").tree.root.children[0].argument
    'a'
    >>> loop = AF(["x", "y"], [("x", "y"), ("y", "x")])
    >>> explain_grounded(loop, "y").undecided.cycles[0].members
    ('y', 'x')

    References
    ----------
    .. [1] S. Modgil and M. Caminada, "Proof theories and algorithms for abstract
       argumentation frameworks", in Argumentation in Artificial Intelligence,
       Springer, 105-129, 2009. (§4.2, the grounded game.)
    """
    af.index(argument)
    if labelling is None:
        labelling = grounded_labelling(af)
    label = labelling.label(argument)
    if label is Label.UNDEC:
        return GroundedExplanation(
            argument, label, None, undecided_reason(af, argument, labelling), None
        )
    builder = _builder(af, labelling)
    ranks = builder.ranks
    if label is Label.IN:
        tree = DisputeTree(builder.strategy(argument, Player.PROPONENT, None), Player.PROPONENT)
    else:
        defeater = builder.earliest_in_attacker(argument)
        answer = builder.strategy(defeater, Player.OPPONENT, argument)
        tree = DisputeTree(Move(Player.PROPONENT, argument, None, (answer,)), Player.OPPONENT)
        others = tuple(
            b
            for b in sorted(af.attackers(argument), key=af.index)
            if b in labelling.in_ and b != defeater
        )
        return GroundedExplanation(argument, label, tree, None, ranks[argument], others)
    return GroundedExplanation(argument, label, tree, None, ranks[argument])


_recent: tuple[ArgumentationFramework, Labelling, _StrategyBuilder] | None = None


def _builder(af: ArgumentationFramework, labelling: Labelling) -> _StrategyBuilder:
    """The strategy builder of ``af`` and ``labelling``: the last one if it is the same pair.

    Explaining every argument of a framework, one after the other, then shares
    the ranks and the strategies: on an attack chain, each explanation would
    otherwise rebuild the whole chain below its argument (quadratic in all).
    """
    global _recent
    recent = _recent
    if recent is not None and recent[0] is af and recent[1] is labelling:
        return recent[2]
    builder = _StrategyBuilder(af, labelling, grounded_ranks(af))
    _recent = (af, labelling, builder)
    return builder


class _StrategyBuilder:
    """Builds winning strategies, one shared subtree per (argument, player)."""

    def __init__(
        self, af: ArgumentationFramework, labelling: Labelling, ranks: Mapping[str, int]
    ) -> None:
        self.af = af
        self.labelling = labelling
        self.ranks = ranks
        self.memo: dict[tuple[str, Player, str | None], Move] = {}

    def earliest_in_attacker(self, argument: str) -> str:
        af, ranks = self.af, self.ranks
        candidates = [b for b in af.attackers(argument) if b in self.labelling.in_]
        return min(candidates, key=lambda b: (ranks[b], af.index(b)))

    def strategy(self, argument: str, player: Player, against: str | None) -> Move:
        """The winning strategy of ``player`` from their move of the IN ``argument``.

        Built bottom-up with an explicit stack rather than by recursion: a line of
        play is as long as the longest attack chain (thousands of moves on a long
        chain), far beyond Python's recursion limit. Ranks strictly decrease down
        a line, so the stack never meets a position it is still building.
        """
        memo = self.memo
        stack = [(argument, player, against)]
        while stack:
            key = stack[-1]
            if key in memo:
                stack.pop()
                continue
            here, side, _ = key
            answers = [
                (attacker, self.earliest_in_attacker(attacker))
                for attacker in self._attackers(here)
            ]
            waiting = [
                (answer, side, attacker)
                for attacker, answer in answers
                if (answer, side, attacker) not in memo
            ]
            if waiting:
                stack.extend(reversed(waiting))
                continue
            replies = tuple(
                Move(side.other, attacker, here, (memo[(answer, side, attacker)],))
                for attacker, answer in answers
            )
            memo[key] = Move(side, here, key[2], replies)
            stack.pop()
        return memo[(argument, player, against)]

    def _attackers(self, argument: str) -> list[str]:
        af = self.af
        return sorted(af.attackers(argument), key=af.index)


def undecided_reason(
    af: ArgumentationFramework, argument: str, labelling: Labelling | None = None
) -> UndecidedReason:
    """The UNDEC attackers of ``argument`` and the attack cycles that keep them undecided.

    Let ``U`` be the UNDEC arguments and ``G`` the attacks among them. Every
    argument of ``U`` has an attacker in ``U`` (with only OUT attackers it would
    be IN), so walking backwards in ``G`` from ``argument`` reaches at least one
    cycle. For each strongly connected component of ``G`` upstream of
    ``argument`` that holds a cycle (two or more members, or a self-attack), one
    cycle through it is reported, with a shortest attack path from the cycle to
    ``argument``; components nearer the argument come first.

    Parameters
    ----------
    af : ArgumentationFramework
    argument : str
        An argument labelled UNDEC by ``labelling``.
    labelling : Labelling, optional
        The grounded labelling (computed if not given).

    Returns
    -------
    UndecidedReason

    Raises
    ------
    ValueError
        When ``argument`` is not UNDEC.

    Examples
    --------
    >>> from argmap.frameworks import AF
    >>> af = AF(["a", "b", "c", "d"], [("a", "b"), ("b", "c"), ("c", "a"), ("c", "d")])
    >>> reason = undecided_reason(af, "d")
    >>> reason.undecided_attackers, reason.cycles[0].members, reason.cycles[0].path
    (('c',), ('c', 'a', 'b'), ('c', 'd'))
    """
    if labelling is None:
        labelling = grounded_labelling(af)
    if labelling.label(argument) is not Label.UNDEC:
        raise ValueError(
            f"{argument!r} is {labelling.label(argument).value.upper()}, not UNDEC, "
            "in the grounded labelling; explain it with explain_grounded"
        )
    undec = labelling.undec
    order = af.index
    names = af.arguments

    def undecided_attackers_of(x: str) -> list[str]:
        return sorted((b for b in af.attackers(x) if b in undec), key=order)

    # Distances from each upstream UNDEC argument to `argument`, and the next step.
    distance = {argument: 0}
    towards: dict[str, str] = {}
    queue = deque([argument])
    while queue:
        x = queue.popleft()
        for b in undecided_attackers_of(x):
            if b not in distance:
                distance[b] = distance[x] + 1
                towards[b] = x
                queue.append(b)
    upstream = Adjacency.of(af).induced(af.index(x) for x in distance)
    components = [
        [names[upstream.members[i]] for i in component]
        for component in strongly_connected_components(upstream)
    ]
    cycles: list[Cycle] = []
    for component in components:
        members = set(component)
        first = min(component, key=lambda x: (distance[x], order(x)))
        if len(component) == 1 and first not in af.attackers(first):
            continue
        cycle = _cycle_through(first, members, undecided_attackers_of)
        entry = min(cycle, key=lambda x: (distance[x], order(x)))
        path = [entry]
        while path[-1] != argument:
            path.append(towards[path[-1]])
        start = cycle.index(entry)
        rotated = cycle[start:] + cycle[:start]
        cycles.append(Cycle(tuple(rotated), tuple(path)))
    cycles.sort(key=lambda c: (len(c.path), order(c.path[0])))
    return UndecidedReason(argument, tuple(undecided_attackers_of(argument)), tuple(cycles))


def _cycle_through(start: str, members: set[str], predecessors: Neighbours) -> list[str]:
    """A shortest attack cycle through ``start`` inside ``members``, in attack order."""
    if start in predecessors(start):
        return [start]
    # Breadth-first backwards from `start`: parent[b] = x records that b attacks x,
    # so following parents leads back to `start` along attacks.
    parent: dict[str, str] = {}
    queue = deque([start])
    while queue:
        x = queue.popleft()
        for b in predecessors(x):
            if b not in members:
                continue
            if b == start:
                chain = [x]
                while chain[-1] != start:
                    chain.append(parent[chain[-1]])
                return [start, *chain[:-1]]
            if b not in parent:
                parent[b] = x
                queue.append(b)
    raise AssertionError(f"{start!r} is on no cycle inside its component")
