"""The complex attacks of a bipolar framework: each kind, its definition and its search.

A support path turns into further attacks in the ways the literature defines
(the table in :mod:`argmap.frameworks.bipolar`). Each kind is one function here,
with its definition and paper, written as a traversal of the support graph (see
:mod:`argmap.frameworks.support_paths`): it finds every pair ``(a, b)`` the
pattern yields, with the ends of the attack of its shortest witness.
:func:`witness_links` turns those ends back into the edges of the witness.

Write ``a ⇒⁺ x`` for a support path of length ≥ 1 and ``x → b`` for an attack.

References
----------
.. [1] C. Cayrol, M.-C. Lagasquie-Schiex, "On the acceptability of arguments in
   bipolar argumentation frameworks", ECSQARU 2005, LNAI 3571, 378-389.
.. [2] C. Cayrol, M.-C. Lagasquie-Schiex, "Bipolarity in argumentation graphs:
   Towards a better understanding", IJAR 54(7):876-899, 2013.
.. [3] G. Boella, D. M. Gabbay, L. van der Torre, S. Villata, "Support in
   abstract argumentation", COMMA 2010.
.. [4] F. Nouioua, V. Risch, "Bipolar argumentation frameworks with specialized
   supports", ICTAI 2010; "Argumentation frameworks with necessities",
   SUM 2011.
.. [5] N. Oren, T. J. Norman, "Semantics for evidence-based argumentation",
   COMMA 2008.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import assert_never

from argmap.frameworks import support_paths as paths
from argmap.frameworks.abstract import Argument


class ComplexAttack(str, enum.Enum):
    """The kinds of attack a support path creates (see the module table)."""

    SUPPORTED = "supported"
    SECONDARY = "secondary"
    MEDIATED = "mediated"
    SUPER_MEDIATED = "super_mediated"
    NECESSARY_SECONDARY = "necessary_secondary"
    NECESSARY_EXTENDED = "necessary_extended"
    NECESSARY_CHAINED = "necessary_chained"
    EVIDENTIAL_SECONDARY = "evidential_secondary"
    EVIDENTIAL_EXTENDED = "evidential_extended"
    EVIDENTIAL_CHAINED = "evidential_chained"


class Relation(str, enum.Enum):
    """The two relations of a bipolar framework."""

    ATTACK = "attack"
    SUPPORT = "support"


@dataclass(frozen=True)
class Link:
    """One edge of a derivation: ``source`` attacks or supports ``target``."""

    source: Argument
    target: Argument
    relation: Relation

    def __str__(self) -> str:
        arrow = "→" if self.relation is Relation.ATTACK else "⇒"
        return f"{self.source} {arrow} {self.target}"


class DerivedAttack:
    """An attack a flattening adds, with the reason it was derived.

    ``path`` lists the edges of the pattern that yields it, in this order:

    * ``supported``: the support chain ``a ⇒ … ⇒ x``, then ``x → b``;
    * ``secondary``, ``necessary_secondary``: ``a → x``, then the chain ``x ⇒ … ⇒ b``;
    * ``mediated``: the chain ``b ⇒ … ⇒ x``, then ``a → x``;
    * ``super_mediated``: the chain ``a ⇒ … ⇒ u``, ``u → x``, the chain ``b ⇒ … ⇒ x``;
    * ``necessary_extended``: the chain ``u ⇒ … ⇒ a``, then ``u → b``;
    * ``necessary_chained``: the chain ``u ⇒ … ⇒ a``, ``u → x``, the chain ``x ⇒ … ⇒ b``;
    * ``evidential_*``: as the ``necessary_*`` kind of the same name; a chain
      ``x ⇒ … ⇒ b`` shown there is one evidence chain of ``b`` through ``x``, and
      every evidence chain of ``b`` passes through ``x``.

    Every support chain shown is a shortest one, and the witness is a shortest
    one (for the evidential kinds: through the nearest grounding arguments).
    The attacks a framework derives are *lazy*: they keep the ends of the attack
    their witness goes through and ``rebuild`` the chains when ``path`` is read,
    so many derived attacks along long chains take memory linear in their number.
    Immutable; equal when source, target, kind and path are.

    Examples
    --------
    >>> from argmap.frameworks.bipolar import BipolarFramework
    >>> bf = BipolarFramework(["a", "b", "c"], attacks=[("b", "c")], supports=[("a", "b")])
    >>> (d,) = bf.derived_attacks("deductive")
    >>> d.source, d.target, d.kind.value
    ('a', 'c', 'supported')
    >>> d.describe()
    'supported attack a → c: a ⇒ b → c'
    """

    __slots__ = ("_path", "_rebuild", "kind", "source", "target")

    source: Argument
    target: Argument
    kind: ComplexAttack
    _path: tuple[Link, ...]
    _rebuild: Callable[[], tuple[Link, ...]] | None

    def __init__(
        self,
        source: Argument,
        target: Argument,
        kind: ComplexAttack,
        path: tuple[Link, ...] = (),
        *,
        rebuild: Callable[[], tuple[Link, ...]] | None = None,
    ) -> None:
        for name, value in (
            ("source", source),
            ("target", target),
            ("kind", kind),
            ("_path", tuple(path)),
            ("_rebuild", rebuild),
        ):
            object.__setattr__(self, name, value)

    @property
    def path(self) -> tuple[Link, ...]:
        """The edges of the witness, in the order above (rebuilt at each read when lazy)."""
        return self._path if self._rebuild is None else self._rebuild()

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"DerivedAttack is immutable; cannot set {name!r}")

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, DerivedAttack):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self) -> int:
        return hash((self.source, self.target, self.kind))

    def __repr__(self) -> str:
        return (
            f"DerivedAttack(source={self.source!r}, target={self.target!r}, "
            f"kind={self.kind!r}, path={self.path!r})"
        )

    def _key(self) -> tuple[Argument, Argument, ComplexAttack, tuple[Link, ...]]:
        return (self.source, self.target, self.kind, self.path)

    def describe(self) -> str:
        """A one-line human-readable reason, e.g. ``supported attack a → c: a ⇒ b → c``."""
        kind = self.kind.value.replace("_", "-")
        return f"{kind} attack {self.source} → {self.target}: {render_path(self.path)}"


def render_path(path: tuple[Link, ...]) -> str:
    """The edges of a witness as one line, chains joined: ``a ⇒ b → c``."""
    parts: list[str] = []
    for link in path:
        arrow = "→" if link.relation is Relation.ATTACK else "⇒"
        if parts and parts[-1] == link.source:
            parts += [arrow, link.target]
        else:
            if parts:
                parts.append(";")
            parts += [link.source, arrow, link.target]
    return " ".join(parts)


Witness = tuple[int, ...]
"""The ends of the attack that yields one derived pair (see :class:`DerivedAttack`)."""


@dataclass(frozen=True)
class SupportGraph:
    """The integer view of a bipolar framework that the searches read.

    Attributes
    ----------
    attackers, targets, supporters, supported : tuple of tuple of int
        Row ``i``: the attackers of argument ``i``, the arguments it attacks, its
        supporters, the arguments it supports (increasing order).
    evidence : callable
        The e-supported arguments and the dominator tree of the support graph
        among them (computed on demand: only the evidential kinds need it).
    """

    attackers: paths.Adjacency
    targets: paths.Adjacency
    supporters: paths.Adjacency
    supported: paths.Adjacency
    evidence: Callable[[], tuple[frozenset[int], paths.DominatorTree]]

    def forward(self, start: int) -> dict[int, int]:
        """Support distances from ``start`` along supports (``start ⇒⁺ x``)."""
        return paths.distances(start, self.supported)

    def backward(self, start: int) -> dict[int, int]:
        """Support distances from ``start`` against supports (``x ⇒⁺ start``)."""
        return paths.distances(start, self.supporters)

    def grounded(self, start: int) -> dict[int, int]:
        """The e-supported arguments ``start`` grounds (it is on all their evidence chains)."""
        kept, tree = self.evidence()
        return tree.dominated(start) if start in kept else {}

    def kept_rows(self, rows: paths.Adjacency) -> paths.Adjacency:
        """``rows`` restricted to the e-supported arguments."""
        kept = self.evidence()[0]
        return tuple(tuple(v for v in row if v in kept) for row in rows)


def supported_attacks(graph: SupportGraph) -> paths.Found:
    """Supported attacks: ``a ⇒⁺ x → b`` yields ``(a, b)``.

    Cayrol & Lagasquie-Schiex 2005 ("supported defeat") and 2013: an argument
    attacks what the arguments it supports attack.
    """
    return paths.reach_then_attack(graph.targets, graph.backward)


def secondary_attacks(graph: SupportGraph) -> paths.Found:
    """Secondary attacks: ``a → x ⇒⁺ b`` yields ``(a, b)``.

    Cayrol & Lagasquie-Schiex 2005 ("indirect defeat") and 2013: attacking an
    argument attacks what it supports.
    """
    return paths.attack_then_reach(graph.attackers, graph.forward)


def mediated_attacks(graph: SupportGraph) -> paths.Found:
    """Mediated attacks: ``a → x`` and ``b ⇒⁺ x`` yield ``(a, b)``.

    Boella, Gabbay, van der Torre & Villata 2010; Cayrol & Lagasquie-Schiex 2013:
    under deductive support, accepting ``b`` would force accepting the ``x``
    that ``a`` attacks.
    """
    return paths.attack_then_reach(graph.attackers, graph.backward)


def super_mediated_attacks(graph: SupportGraph) -> paths.Found:
    """Super-mediated attacks: ``a ⇒⁺ u → x`` and ``b ⇒⁺ x`` yield ``(a, b)``.

    Cayrol & Lagasquie-Schiex 2013: a supported attack on an argument that ``b``
    supports, mediated back to ``b``.
    """
    return paths.reach_both_ends(graph.targets, graph.backward)


def necessary_secondary_attacks(graph: SupportGraph) -> paths.Found:
    """Nouioua & Risch's first extended attack: ``a → x`` and ``x ⇒⁺ b`` yield ``(a, b)``.

    Under necessary support ``b`` needs ``x`` (Nouioua & Risch 2010, 2011,
    extended attack (i)): attacking ``x`` attacks everything that needs it. The
    pattern is the secondary attack's, read with necessary supports.
    """
    return paths.attack_then_reach(graph.attackers, graph.forward)


def necessary_extended_attacks(graph: SupportGraph) -> paths.Found:
    """Nouioua & Risch's second extended attack: ``u ⇒⁺ a`` and ``u → b`` yield ``(a, b)``.

    ``a`` needs ``u`` (Nouioua & Risch 2010, 2011, extended attack (ii)): accepting
    ``a`` commits to ``u``, so ``u``'s attacks are ``a``'s.
    """
    return paths.reach_then_attack(graph.targets, graph.forward)


def necessary_chained_attacks(graph: SupportGraph) -> paths.Found:
    """Both extended attacks chained: ``u ⇒⁺ a``, ``u → x`` and ``x ⇒⁺ b`` yield ``(a, b)``.

    The closure of Nouioua & Risch's two extended attacks under composition;
    necessary support is deductive support reversed (Cayrol & Lagasquie-Schiex
    2013), and this is the super-mediated pattern read that way.
    """
    return paths.reach_both_ends(graph.targets, graph.forward)


def evidential_secondary_attacks(graph: SupportGraph) -> paths.Found:
    """``a → x`` where ``x`` is on every evidence chain of ``b`` yields ``(a, b)``.

    Oren & Norman 2008 read through binary attacks: defeating ``x`` leaves ``b``
    without evidence (``x`` dominates ``b`` in the support graph rooted at the
    environment; see :mod:`argmap.frameworks.bipolar`).
    """
    return paths.attack_then_reach(graph.kept_rows(graph.attackers), graph.grounded)


def evidential_extended_attacks(graph: SupportGraph) -> paths.Found:
    """``u`` on every evidence chain of ``a`` and ``u → b`` yield ``(a, b)``.

    Oren & Norman 2008: accepting ``a`` accepts its evidence, so the attacks of
    every argument grounding ``a`` are ``a``'s.
    """
    return paths.reach_then_attack(graph.kept_rows(graph.targets), graph.grounded)


def evidential_chained_attacks(graph: SupportGraph) -> paths.Found:
    """``u`` grounds ``a``, ``u → x`` and ``x`` grounds ``b`` yield ``(a, b)``.

    The two evidential patterns above composed through one attack (Oren & Norman
    2008, read through binary attacks).
    """
    return paths.reach_both_ends(graph.targets, graph.grounded)


SEARCHES: Mapping[ComplexAttack, Callable[[SupportGraph], paths.Found]] = MappingProxyType(
    {
        ComplexAttack.SUPPORTED: supported_attacks,
        ComplexAttack.SECONDARY: secondary_attacks,
        ComplexAttack.MEDIATED: mediated_attacks,
        ComplexAttack.SUPER_MEDIATED: super_mediated_attacks,
        ComplexAttack.NECESSARY_SECONDARY: necessary_secondary_attacks,
        ComplexAttack.NECESSARY_EXTENDED: necessary_extended_attacks,
        ComplexAttack.NECESSARY_CHAINED: necessary_chained_attacks,
        ComplexAttack.EVIDENTIAL_SECONDARY: evidential_secondary_attacks,
        ComplexAttack.EVIDENTIAL_EXTENDED: evidential_extended_attacks,
        ComplexAttack.EVIDENTIAL_CHAINED: evidential_chained_attacks,
    }
)
"""The search of each kind of complex attack."""


def witness_links(
    kind: ComplexAttack,
    a: int,
    b: int,
    pivots: Witness,
    attack: Callable[[int, int], Link],
    chain: Callable[[int, int], list[Link]],
) -> tuple[Link, ...]:
    """The edges of the witness of ``(a, b)`` through ``pivots``, in :class:`DerivedAttack` order.

    ``attack(u, v)`` is the link of the attack ``u → v`` and ``chain(u, v)`` a
    shortest support chain ``u ⇒ … ⇒ v``.
    """
    match kind:
        case ComplexAttack.SUPPORTED:
            (x,) = pivots
            return (*chain(a, x), attack(x, b))
        case (
            ComplexAttack.SECONDARY
            | ComplexAttack.NECESSARY_SECONDARY
            | ComplexAttack.EVIDENTIAL_SECONDARY
        ):
            (x,) = pivots
            return (attack(a, x), *chain(x, b))
        case ComplexAttack.MEDIATED:
            (x,) = pivots
            return (*chain(b, x), attack(a, x))
        case ComplexAttack.SUPER_MEDIATED:
            u, x = pivots
            return (*chain(a, u), attack(u, x), *chain(b, x))
        case ComplexAttack.NECESSARY_EXTENDED | ComplexAttack.EVIDENTIAL_EXTENDED:
            (u,) = pivots
            return (*chain(u, a), attack(u, b))
        case ComplexAttack.NECESSARY_CHAINED | ComplexAttack.EVIDENTIAL_CHAINED:
            u, x = pivots
            return (*chain(u, a), attack(u, x), *chain(x, b))
        case _:
            assert_never(kind)


__all__ = [
    "SEARCHES",
    "ComplexAttack",
    "DerivedAttack",
    "Link",
    "Relation",
    "SupportGraph",
    "Witness",
    "render_path",
    "witness_links",
]
