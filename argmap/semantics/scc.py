"""Strongly connected components of the attack graph, in attack order.

SCC-recursive semantics (Baroni, Giacomin & Guida 2005) evaluate a framework one
strongly connected component at a time, each after the components that attack it.
:func:`strongly_connected_components` gives the components in that order.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from argmap.semantics.adjacency import Adjacency


def strongly_connected_components(adjacency: Adjacency) -> list[list[int]]:
    """The strongly connected components, attackers' components first.

    Tarjan's algorithm, iterative (no recursion limit on long chains), linear in
    the number of arguments and attacks. Components are lists of argument
    numbers in increasing order; if an argument of component ``C`` attacks one of
    component ``D != C`` then ``C`` comes before ``D``.

    Parameters
    ----------
    adjacency : Adjacency
        The attack graph.

    Returns
    -------
    list of list of int

    Examples
    --------
    >>> from argmap.frameworks.abstract import AF
    >>> af = AF(["a", "b", "c", "d"], [("c", "a"), ("a", "b"), ("b", "a"), ("d", "d")])
    >>> strongly_connected_components(Adjacency.of(af))
    [[3], [2], [0, 1]]

    References
    ----------
    .. [1] R. Tarjan, "Depth-first search and linear graph algorithms",
       SIAM Journal on Computing 1(2):146-160, 1972.
    """
    targets = adjacency.targets
    n = adjacency.size
    number = [-1] * n
    low = [0] * n
    on_stack = [False] * n
    stack: list[int] = []
    components: list[list[int]] = []
    counter = 0
    for root in range(n):
        if number[root] != -1:
            continue
        number[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack[root] = True
        work = [(root, 0)]
        while work:
            node, edge = work[-1]
            row = targets[node]
            if edge < len(row):
                work[-1] = (node, edge + 1)
                child = row[edge]
                if number[child] == -1:
                    number[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack[child] = True
                    work.append((child, 0))
                elif on_stack[child] and number[child] < low[node]:
                    low[node] = number[child]
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                if low[node] < low[parent]:
                    low[parent] = low[node]
            if low[node] == number[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack[member] = False
                    component.append(member)
                    if member == node:
                        break
                component.sort()
                components.append(component)
    # Tarjan finishes a component after every component it reaches: reverse for attack order.
    components.reverse()
    return components


BaseSemantics = Callable[[Adjacency, float | None], Iterator[frozenset[int]]]
"""The extensions of a framework with at most one SCC (the base case of the schema)."""


def scc_recursive_extensions(
    adjacency: Adjacency, base: BaseSemantics, deadline: float | None = None
) -> Iterator[frozenset[int]]:
    """The extensions of the SCC-recursive semantics with base function ``base``, lazily.

    Baroni, Giacomin & Guida's schema for semantics of the naive family: ``E`` is
    an extension of ``F`` iff

    * ``F`` has at most one SCC and ``E`` is a ``base`` extension of ``F``; or
    * for every SCC ``S`` of ``F``, ``E ∩ S`` is an extension (recursively) of
      ``F↓UP(S, E)``, where ``UP(S, E) = {a ∈ S | no b ∈ E \\ S attacks a}`` are
      the arguments of ``S`` not defeated from earlier components.

    The components are visited in attack order; for each choice made in the
    earlier ones, the undefeated part of the next component is solved
    recursively and each of its extensions extends the choice.

    References
    ----------
    .. [1] P. Baroni, M. Giacomin and G. Guida, "SCC-recursiveness: a general schema
       for argumentation semantics", Artificial Intelligence 168(1-2):162-210, 2005.
    """
    components = strongly_connected_components(adjacency)
    if len(components) <= 1:
        yield from base(adjacency, deadline)
        return
    attackers = adjacency.attackers

    def extend(position: int, chosen: frozenset[int]) -> Iterator[frozenset[int]]:
        undefeated = [a for a in components[position] if chosen.isdisjoint(attackers[a])]
        part = adjacency.induced(undefeated)
        for extension in scc_recursive_extensions(part, base, deadline):
            yield chosen.union(undefeated[a] for a in extension)

    # Depth-first over the components without recursion (there may be thousands).
    pending = [extend(0, frozenset())]
    while pending:
        chosen = next(pending[-1], None)
        if chosen is None:
            pending.pop()
        elif len(pending) == len(components):
            yield chosen
        else:
            pending.append(extend(len(pending), chosen))
