"""The structured reading of a map: its ASPIC+ arguments, attacks and defeats,
and the Dung framework they induce.

:func:`structured_framework` instantiates ASPIC+ from a map
(:mod:`~argmap.frameworks.structured.theory`), builds its arguments
(:mod:`~argmap.frameworks.structured.arguments`), their attacks and defeats
(:mod:`~argmap.frameworks.structured.attacks`, with the argument orderings of
:mod:`~argmap.frameworks.structured.preferences` when preferences are on), and
the abstract framework ``(A, defeats)`` (Modgil & Prakken 2013, Definition 12)
on which every Dung semantics of argmap applies unchanged.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from argmap.frameworks.abstract import ArgumentationFramework
from argmap.frameworks.structured.arguments import (
    DEFAULT_MAX_ARGUMENTS,
    StructuredArgument,
    iter_arguments,
)
from argmap.frameworks.structured.attacks import StructuredAttack, Weaker, structured_attacks
from argmap.frameworks.structured.preferences import (
    ArgumentOrdering,
    base_order,
    strictly_weaker,
)
from argmap.frameworks.structured.theory import ArgumentationTheory, argumentation_theory
from argmap.model import ArgumentMap


@dataclass(frozen=True)
class StructuredFramework:
    """A map's ASPIC+ arguments, attacks and defeats, and their Dung framework.

    Attributes
    ----------
    theory : ArgumentationTheory
        The map read as an argumentation theory.
    arguments : tuple of StructuredArgument
        Every argument, sub-arguments first.
    attacks : tuple of StructuredAttack
        Every attack, each with the sub-argument it hits and whether it is a defeat.
    framework : ArgumentationFramework
        The arguments (by name, in the same order) and the defeats.
    ordering : ArgumentOrdering or None
        The preferences used; ``None`` when off (every attack is a defeat).

    Examples
    --------
    ``u`` undercuts the only reason ``s`` for ``c``:

    >>> m = ArgumentMap(title="t", statements=[
    ...     {"id": i, "text": {"en": i}} for i in ("c", "p", "u")],
    ...     supports=[{"id": "s", "premises": ["p"], "conclusion": "c"}],
    ...     attacks=[{"id": "x", "kind": "undercut", "source": "u", "target": "s"}])
    >>> sf = structured_framework(m)
    >>> [a.name for a in sf.arguments], sf.framework.sorted_attacks()
    (['p', 'u', 'c:s'], [('u', 'c:s')])
    >>> [(a.kind.value, a.relation) for a in sf.attacks]
    [('undercut', 'x')]
    """

    theory: ArgumentationTheory
    arguments: tuple[StructuredArgument, ...]
    attacks: tuple[StructuredAttack, ...]
    framework: ArgumentationFramework
    ordering: ArgumentOrdering | None
    _by_name: Mapping[str, StructuredArgument] = field(repr=False, compare=False)
    _by_conclusion: Mapping[str, tuple[StructuredArgument, ...]] = field(repr=False, compare=False)
    _sub: tuple[frozenset[int], ...] = field(repr=False, compare=False)

    def __repr__(self) -> str:
        """A one-line summary: the numbers of arguments, attacks and defeats."""
        counts = (
            (len(self.arguments), "argument"),
            (len(self.attacks), "attack"),
            (self.framework.number_of_attacks(), "defeat"),
        )
        return (
            "<StructuredFramework "
            + ", ".join(f"{n} {name}{'' if n == 1 else 's'}" for n, name in counts)
            + ">"
        )

    def argument(self, name: str) -> StructuredArgument:
        """The argument called ``name`` (``KeyError`` naming it otherwise)."""
        try:
            return self._by_name[name]
        except KeyError:
            raise KeyError(f"{name!r} is not an argument of this structured framework") from None

    def arguments_for(self, statement: str) -> tuple[StructuredArgument, ...]:
        """The arguments concluding ``statement`` (none for an issue, or a claim
        whose every reason goes round in a circle)."""
        return self._by_conclusion.get(statement, ())

    def subarguments(self, name: str) -> frozenset[str]:
        """``Sub(A)``: the names of every sub-argument of ``name``, itself included."""
        self.argument(name)
        names = self.framework.arguments
        return frozenset(names[j] for j in self._sub[self.framework.index(name)])

    @property
    def defeats(self) -> tuple[StructuredAttack, ...]:
        """The attacks that succeed as defeats."""
        return tuple(a for a in self.attacks if a.defeat)

    def attacks_on(self, name: str) -> tuple[StructuredAttack, ...]:
        """The attacks on the argument ``name`` (on it or on its sub-arguments)."""
        self.argument(name)
        return tuple(a for a in self.attacks if a.attacked == name)


def structured_framework(
    m: ArgumentMap,
    *,
    ordering: ArgumentOrdering | None = None,
    max_arguments: int = DEFAULT_MAX_ARGUMENTS,
) -> StructuredFramework:
    """The structured (ASPIC+) reading of ``m``.

    Parameters
    ----------
    m : ArgumentMap
    ordering : ArgumentOrdering, optional
        Switch preferences on: attacks that the ordering stops are not defeats.
        ``None`` (default): every attack is a defeat.
    max_arguments : int
        Give up with :class:`~argmap.frameworks.structured.ArgumentLimitError`
        rather than build more arguments.

    Returns
    -------
    StructuredFramework

    Examples
    --------
    Two rival positions excluding each other, written once (``contradictory``);
    ``b`` has a reason, ``a`` is asserted on its own:

    >>> m = ArgumentMap(title="t", statements=[
    ...     {"id": i, "text": {"en": i}} for i in ("a", "b", "r")],
    ...     supports=[{"id": "s", "premises": ["r"], "conclusion": "b"}],
    ...     attacks=[{"id": "x", "kind": "rebut", "source": "a", "target": "b",
    ...               "contradictory": True}])
    >>> sorted(structured_framework(m).framework.sorted_attacks())
    [('a', 'b:s'), ('b:s', 'a')]
    """
    theory = argumentation_theory(m)
    arguments = tuple(iter_arguments(theory, max_arguments=max_arguments))
    weaker: Weaker | None = None
    if ordering is not None:
        order = base_order(m, ordering.source)
        chosen = ordering

        def weaker(a: StructuredArgument, b: StructuredArgument) -> bool:
            return strictly_weaker(a, b, order, chosen)

    attacks, sub = structured_attacks(arguments, theory, weaker)
    position = {a.name: i for i, a in enumerate(arguments)}
    defeats = sorted({(position[a.attacker], position[a.attacked]) for a in attacks if a.defeat})
    framework = ArgumentationFramework.from_indices(
        [a.name for a in arguments], [s for s, _ in defeats], [t for _, t in defeats]
    )
    by_conclusion: dict[str, list[StructuredArgument]] = {}
    for a in arguments:
        by_conclusion.setdefault(a.conclusion, []).append(a)
    return StructuredFramework(
        theory=theory,
        arguments=arguments,
        attacks=attacks,
        framework=framework,
        ordering=ordering,
        _by_name=MappingProxyType({a.name: a for a in arguments}),
        _by_conclusion=MappingProxyType({k: tuple(v) for k, v in by_conclusion.items()}),
        _sub=sub,
    )
