"""The path searches behind the complex attacks of bipolar frameworks.

Every complex attack of :mod:`argmap.frameworks.bipolar` joins one attack to one
or two *reaches*: the arguments a support path leads to (or comes from), or,
for the evidential reading, the arguments a given one grounds. There are three
shapes:

* :func:`reach_then_attack` — ``r`` in the reach of ``p`` and ``p → t`` give ``(r, t)``
  (supported, necessary-extended, evidential-extended attacks);
* :func:`attack_then_reach` — ``a → x`` and ``r`` in the reach of ``x`` give ``(a, r)``
  (secondary, necessary-secondary, mediated, evidential-secondary attacks);
* :func:`reach_both_ends` — ``u → x``, ``r`` in the reach of ``u`` and ``s`` in the
  reach of ``x`` give ``(r, s)`` (super-mediated, necessary-chained,
  evidential-chained attacks).

Each search starts from the ends of attacks only, one reach at a time, and keeps
for every pair found only its *pivots* (the ends of the attack the witness goes
through) and the witness's length: memory is linear in the number of pairs, the
support chains of a witness are rebuilt when they are asked for
(:func:`shortest_chain`). A long support chain without attacks costs nothing.
Among the witnesses of a pair the shortest is kept, ties going to the smallest
pivots, so the choice does not depend on the order of the search.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Container

Adjacency = tuple[tuple[int, ...], ...]
"""For each argument (by position), the positions of its neighbours, sorted."""
Pair = tuple[int, int]
Pivots = tuple[int, ...]
Reach = Callable[[int], dict[int, int]]
"""``reach(p)``: the arguments reached from ``p`` and how far each is (at least 1)."""
Found = dict[Pair, tuple[int, Pivots]]
"""For each pair, the length of its best witness and the witness's pivots."""


def distances(start: int, adjacency: Adjacency) -> dict[int, int]:
    """Every argument a path of length ≥ 1 leads to from ``start``, with its shortest length.

    ``start`` itself is included only when it lies on a cycle.

    >>> distances(0, ((1,), (2,), (), ()))
    {1: 1, 2: 2}
    >>> distances(0, ((1,), (0,)))
    {1: 1, 0: 2}
    """
    found: dict[int, int] = {}
    queue = deque([(start, 0)])
    while queue:
        node, far = queue.popleft()
        for nxt in adjacency[node]:
            if nxt not in found:
                found[nxt] = far + 1
                queue.append((nxt, far + 1))
    return found


def shortest_chain(
    start: int, end: int, adjacency: Adjacency, inside: Container[int] | None = None
) -> list[int]:
    """The nodes of a shortest path ``start → … → end`` of length ≥ 1.

    Breadth first, each node taking the first neighbour that reached it; with
    ``inside``, only through (and to) nodes it contains.

    Raises
    ------
    ValueError
        When no such path exists.

    >>> shortest_chain(0, 2, ((1, 2), (2,), ()))
    [0, 2]
    >>> shortest_chain(1, 1, ((1,), (0,)))
    [1, 0, 1]
    """
    parent: dict[int, int] = {}
    queue = deque([start])
    while queue and end not in parent:
        node = queue.popleft()
        for nxt in adjacency[node]:
            if nxt not in parent and (inside is None or nxt in inside):
                parent[nxt] = node
                if nxt == end:
                    break
                queue.append(nxt)
    if end not in parent:
        raise ValueError(f"no path from {start} to {end}")
    nodes = [end]
    node = parent[end]
    while node != start:
        nodes.append(node)
        node = parent[node]
    nodes.append(start)
    nodes.reverse()
    return nodes


def _offer(found: Found, pair: Pair, length: int, pivots: Pivots) -> None:
    best = found.get(pair)
    if best is None or (length, pivots) < best:
        found[pair] = (length, pivots)


def reach_then_attack(targets: Adjacency, reach: Reach) -> Found:
    """``(r, t)`` for every ``p → t`` and ``r`` in ``reach(p)``; pivot ``p``.

    >>> targets = ((), (), (3,), ())      # 2 attacks 3
    >>> back = ((), (0,), (1,), ())       # 0 ⇒ 1 ⇒ 2, read backwards
    >>> reach_then_attack(targets, lambda p: distances(p, back))
    {(1, 3): (2, (2,)), (0, 3): (3, (2,))}
    """
    found: Found = {}
    for p, attacked in enumerate(targets):
        if not attacked:
            continue
        for r, far in reach(p).items():
            for t in attacked:
                _offer(found, (r, t), far + 1, (p,))
    return found


def attack_then_reach(attackers: Adjacency, reach: Reach) -> Found:
    """``(a, r)`` for every ``a → x`` and ``r`` in ``reach(x)``; pivot ``x``.

    >>> attackers = ((), (0,), ())        # 0 attacks 1
    >>> forward = ((), (2,), ())          # 1 ⇒ 2
    >>> attack_then_reach(attackers, lambda x: distances(x, forward))
    {(0, 2): (2, (1,))}
    """
    found: Found = {}
    for x, attacking in enumerate(attackers):
        if not attacking:
            continue
        for r, far in reach(x).items():
            for a in attacking:
                _offer(found, (a, r), far + 1, (x,))
    return found


def reach_both_ends(targets: Adjacency, reach: Reach) -> Found:
    """``(r, s)`` for every ``u → x``, ``r`` in ``reach(u)`` and ``s`` in ``reach(x)``;
    pivots ``(u, x)``.

    >>> targets = ((), (3,), (), ())      # 1 attacks 3
    >>> back = ((), (0,), (), (2,))       # 0 ⇒ 1 and 2 ⇒ 3, read backwards
    >>> reach_both_ends(targets, lambda p: distances(p, back))
    {(0, 2): (3, (1, 3))}
    """
    found: Found = {}
    for u, attacked in enumerate(targets):
        if not attacked:
            continue
        from_u = reach(u)
        if not from_u:
            continue
        for x in attacked:
            from_x = reach(x)
            for r, near in from_u.items():
                for s, far in from_x.items():
                    _offer(found, (r, s), near + 1 + far, (u, x))
    return found


class DominatorTree:
    """The dominator tree of a graph from a root: who every path from the root passes through.

    Built from the immediate dominators (``idom[v]``, the root mapping to
    itself); :meth:`dominated` lists the nodes ``v`` strictly dominates, each
    with its distance below ``v`` in the tree (1 for the nodes ``v`` immediately
    dominates), found by a walk of the subtree, not stored.

    >>> tree = DominatorTree({9: 9, 0: 9, 1: 0, 2: 1, 3: 0}, root=9)
    >>> tree.dominated(0)
    {1: 1, 3: 1, 2: 2}
    """

    def __init__(self, idom: dict[int, int], root: int) -> None:
        self.root = root
        self.idom = idom
        children: dict[int, list[int]] = {}
        for node in sorted(idom):
            if node != root:
                children.setdefault(idom[node], []).append(node)
        self.children = children

    def dominated(self, node: int) -> dict[int, int]:
        """The nodes ``node`` strictly dominates, with their distance below it."""
        found: dict[int, int] = {}
        queue = deque([(node, 0)])
        while queue:
            current, far = queue.popleft()
            for child in self.children.get(current, ()):
                found[child] = far + 1
                queue.append((child, far + 1))
        return found
