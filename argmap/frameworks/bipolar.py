"""Bipolar argumentation frameworks: attacks, supports, and what supports imply.

A bipolar argumentation framework (BAF) is a triple ``(A, R_att, R_sup)``: finite
arguments, an attack relation and a support relation (Cayrol & Lagasquie-Schiex
2005). What a support *means* decides which further attacks it creates; argmap
offers the readings of the literature, chosen with ``interpretation``:

``general``
    Cayrol & Lagasquie-Schiex (2005): an abstract support, with the *supported*
    and *secondary* (there: "indirect") defeats.
``deductive``
    ``a ⇒ b`` reads "if ``a`` is accepted, ``b`` is accepted" (Boella, Gabbay,
    van der Torre & Villata 2010; Cayrol & Lagasquie-Schiex 2013): supported,
    mediated and super-mediated attacks.
``necessary``
    ``a ⇒ b`` reads "``b`` can be accepted only if ``a`` is" (Nouioua & Risch
    2010, 2011): the two Nouioua-Risch extended attacks, closed under chaining.
``evidential``
    ``a ⇒ b`` reads "``a`` is evidence for ``b``" (Oren & Norman 2008): an
    argument can be accepted only if a chain of supports links it to a
    *prima-facie* argument (one that stands on its own evidence); see below.

Write ``a ⇒⁺ x`` for a support path of length ≥ 1 and ``x → b`` for an attack.
The complex attacks (:class:`ComplexAttack`) are:

==========================  ==============================================  ==============
kind                        pattern, yields an attack ``(a, b)``            source
==========================  ==============================================  ==============
``supported``               ``a ⇒⁺ x → b``                                  C&LS 2005/2013
``secondary``               ``a → x ⇒⁺ b``                                  C&LS 2005/2013
``mediated``                ``a → x`` and ``b ⇒⁺ x``                        C&LS 2013
``super_mediated``          ``a ⇒⁺ u → x`` and ``b ⇒⁺ x``                   C&LS 2013
``necessary_secondary``     ``a → x`` and ``x ⇒⁺ b`` (``b`` needs ``x``)    N&R (i)
``necessary_extended``      ``u ⇒⁺ a`` (``a`` needs ``u``) and ``u → b``    N&R (ii)
``necessary_chained``       ``u ⇒⁺ a``, ``u → x`` and ``x ⇒⁺ b``            closure
``evidential_secondary``    ``a → x``, ``x`` on every evidence chain of b   see below
``evidential_extended``     ``u`` on every evidence chain of a, ``u → b``   see below
``evidential_chained``      both of the above through ``u → x``             see below
==========================  ==============================================  ==============

Each flattening (:class:`Flattening`) turns the BAF into a Dung framework, so
every Dung semantics applies:

* ``cls2005_general`` — direct + supported + secondary attacks (the defeat
  relation under which C&LS 2005 define d-/s-/c-admissibility);
* ``deductive`` — ``a`` attacks ``b`` iff ``a ⇒* u → x`` and ``b ⇒* x`` (direct +
  supported + mediated + super-mediated, C&LS 2013);
* ``deductive_mediated_only`` — direct + mediated (Boella et al. 2010);
* ``necessary`` — ``a`` attacks ``b`` iff ``u ⇒* a``, ``u → x`` and ``x ⇒* b``:
  the same as ``deductive`` on the framework with every support reversed;
* ``evidential`` — see below.

Evidential support, exactly as implemented
------------------------------------------
Oren & Norman (2008) add an environment argument ``η``; an argument is
*e-supported* by a set ``S`` when a chain of supports inside ``S`` links it to
``η``, and only e-supported arguments can be accepted or make their attacks
count. argmap reads binary supports this way, with a set ``P`` of prima-facie
arguments (those ``η`` supports directly):

1. ``P`` is the ``prima_facie`` parameter; by default it is every argument that
   has no supporter other than itself, so a framework without supports is
   evaluated exactly as Dung's (an unsupported claim needs no further evidence). An attacked
   argument may be prima facie: attacks defeat it, not a lack of evidence.
2. Arguments that no support chain links to ``P`` (for instance a circle of
   arguments supporting one another) can never be e-supported; they are left
   out of the flattened framework, hence rejected under every semantics, and
   their attacks do not count (:meth:`BipolarFramework.evidentially_supported`
   lists the others).
3. Among the e-supported arguments, ``x`` *grounds* ``b`` (``x ≠ b``) when every
   support chain from ``P`` to ``b`` passes through ``x`` (``x`` is a dominator of
   ``b`` in the support graph rooted at ``η``). Losing ``x`` loses all evidence
   for ``b``, so an attack on ``x`` is an attack on ``b`` (``evidential_secondary``),
   accepting ``a`` commits to every ``u`` that grounds it, so the attacks of
   ``u`` are attacks of ``a`` (``evidential_extended``), and both combine
   (``evidential_chained``).

When each argument has at most one supporter besides itself this is the
``necessary`` flattening restricted to the e-supported arguments, and its
preferred extensions are exactly the maximal e-admissible sets of Oren & Norman
(checked against a brute-force implementation of their definitions in the test
suite). When an argument has several independent evidence chains, only the
arguments common to all of them create binary attacks: defeating the chains one
by one, through different arguments, is a *collective* attack (a SETAF, as
Polberg & Oren 2014 show) and is not represented. With ``p ⇒ b``, ``q ⇒ b`` and
``p``, ``q`` both self-attacking, for instance, the flattening accepts ``b`` while
Oren & Norman reject it (no chain survives); such frameworks are the price of a
Dung framework over the same arguments.

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
.. [6] S. Polberg, N. Oren, "Revisiting support in abstract argumentation
   systems", COMMA 2014.
"""

from __future__ import annotations

import enum
import functools
import itertools
from collections import deque
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from argmap.frameworks import support_paths as paths
from argmap.frameworks.abstract import (
    Argument,
    ArgumentationFramework,
    ArgumentIndex,
    Attack,
    FrameworkError,
)

Support = tuple[str, str]


class SupportInterpretation(str, enum.Enum):
    """What a support ``a ⇒ b`` means; each reading has a default flattening."""

    GENERAL = "general"
    """Abstract support of Cayrol & Lagasquie-Schiex 2005."""
    DEDUCTIVE = "deductive"
    """Accepting ``a`` forces accepting ``b``."""
    NECESSARY = "necessary"
    """``b`` can be accepted only if ``a`` is."""
    EVIDENTIAL = "evidential"
    """``a`` is evidence for ``b``; evidence must start at a prima-facie argument."""

    @property
    def flattening(self) -> Flattening:
        """The flattening this reading uses by default."""
        return _DEFAULT_FLATTENING[self]


class Flattening(str, enum.Enum):
    """The ways of turning a bipolar framework into a Dung framework."""

    CLS2005_GENERAL = "cls2005_general"
    DEDUCTIVE = "deductive"
    DEDUCTIVE_MEDIATED_ONLY = "deductive_mediated_only"
    NECESSARY = "necessary"
    EVIDENTIAL = "evidential"


_DEFAULT_FLATTENING = {
    SupportInterpretation.GENERAL: Flattening.CLS2005_GENERAL,
    SupportInterpretation.DEDUCTIVE: Flattening.DEDUCTIVE,
    SupportInterpretation.NECESSARY: Flattening.NECESSARY,
    SupportInterpretation.EVIDENTIAL: Flattening.EVIDENTIAL,
}


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


_FLATTENING_KINDS: Mapping[Flattening, tuple[ComplexAttack, ...]] = {
    Flattening.CLS2005_GENERAL: (ComplexAttack.SUPPORTED, ComplexAttack.SECONDARY),
    Flattening.DEDUCTIVE: (
        ComplexAttack.SUPPORTED,
        ComplexAttack.MEDIATED,
        ComplexAttack.SUPER_MEDIATED,
    ),
    Flattening.DEDUCTIVE_MEDIATED_ONLY: (ComplexAttack.MEDIATED,),
    Flattening.NECESSARY: (
        ComplexAttack.NECESSARY_SECONDARY,
        ComplexAttack.NECESSARY_EXTENDED,
        ComplexAttack.NECESSARY_CHAINED,
    ),
    Flattening.EVIDENTIAL: (
        ComplexAttack.EVIDENTIAL_SECONDARY,
        ComplexAttack.EVIDENTIAL_EXTENDED,
        ComplexAttack.EVIDENTIAL_CHAINED,
    ),
}


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
        return f"{kind} attack {self.source} → {self.target}: {_render_path(self.path)}"


def _render_path(path: tuple[Link, ...]) -> str:
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


# A witness: the ends of the attack that yields one derived pair (see DerivedAttack).
_Witness = tuple[int, ...]


class BipolarFramework(ArgumentIndex):
    """An immutable bipolar argumentation framework ``(A, R_att, R_sup)``.

    Parameters
    ----------
    arguments : iterable of str
        The arguments, in a fixed order. Duplicates are an error.
    attacks : iterable of (str, str)
        ``(a, b)``: ``a`` attacks ``b``.
    supports : iterable of (str, str)
        ``(a, b)``: ``a`` supports ``b``. Cayrol & Lagasquie-Schiex do not require
        the two relations to be disjoint, and neither does argmap (reversing the
        supports of a framework may make them overlap). Self-supports are allowed.
    interpretation : SupportInterpretation or str
        The reading of supports (``general``, ``deductive``, ``necessary`` or
        ``evidential``); it chooses the default :meth:`flatten`.
    prima_facie : iterable of str, optional
        For the evidential reading: the arguments that stand on their own
        evidence. Default: the arguments with no supporter other than themselves.

    Raises
    ------
    FrameworkError
        When an attack, support or prima-facie argument names an unknown
        argument, or an argument is listed twice.

    Examples
    --------
    >>> bf = BipolarFramework(["a", "b", "c"], attacks=[("c", "b")], supports=[("a", "b")],
    ...                       interpretation="deductive")
    >>> sorted(bf.complex_attacks("mediated"))
    [('c', 'a')]
    >>> bf.flatten().sorted_attacks()
    [('c', 'a'), ('c', 'b')]
    >>> try:
    ...     BipolarFramework(["a"], supports=[("a", "z")])
    ... except FrameworkError as error:
    ...     print(error)
    support ('a', 'z') names unknown argument 'z'; add it to the arguments or remove the support
    """

    __slots__ = (
        "_arguments",
        "_attackers",
        "_attacks",
        "_cache",
        "_index",
        "_interpretation",
        "_prima_facie",
        "_supported",
        "_supporters",
        "_supports",
        "_targets",
    )

    def __init__(
        self,
        arguments: Iterable[Argument],
        attacks: Iterable[Attack] = (),
        supports: Iterable[Support] = (),
        *,
        interpretation: SupportInterpretation | str = SupportInterpretation.GENERAL,
        prima_facie: Iterable[Argument] | None = None,
    ) -> None:
        args = tuple(arguments)
        index: dict[str, int] = {}
        for position, name in enumerate(args):
            if not isinstance(name, str):
                raise FrameworkError(
                    f"argument {name!r} is a {type(name).__name__}; arguments are named by strings"
                )
            if name in index:
                raise FrameworkError(f"argument {name!r} is listed twice; list each argument once")
            index[name] = position
        attack_pairs = _checked_pairs("attack", attacks, index)
        support_pairs = _checked_pairs("support", supports, index)
        n = len(args)
        attackers: list[list[int]] = [[] for _ in range(n)]
        targets: list[list[int]] = [[] for _ in range(n)]
        supporters: list[list[int]] = [[] for _ in range(n)]
        supported: list[list[int]] = [[] for _ in range(n)]
        for s, t in attack_pairs:
            attackers[index[t]].append(index[s])
            targets[index[s]].append(index[t])
        for s, t in support_pairs:
            supporters[index[t]].append(index[s])
            supported[index[s]].append(index[t])
        self._arguments = args
        self._index = index
        self._attacks = frozenset(attack_pairs)
        self._supports = frozenset(support_pairs)
        self._attackers = tuple(tuple(sorted(x)) for x in attackers)
        self._targets = tuple(tuple(sorted(x)) for x in targets)
        self._supporters = tuple(tuple(sorted(x)) for x in supporters)
        self._supported = tuple(tuple(sorted(x)) for x in supported)
        try:
            self._interpretation = SupportInterpretation(interpretation)
        except ValueError:
            known = ", ".join(i.value for i in SupportInterpretation)
            raise FrameworkError(
                f"unknown support interpretation {interpretation!r}; choose one of: {known}"
            ) from None
        if prima_facie is None:
            pf = frozenset(a for i, a in enumerate(args) if not set(supporters[i]) - {i})
        else:
            pf = frozenset(prima_facie)
            unknown = sorted(pf - set(index))
            if unknown:
                raise FrameworkError(
                    f"prima-facie arguments {unknown!r} are not arguments of the framework"
                )
        self._prima_facie = pf
        self._cache: dict[object, object] = {}

    # -- the set view ---------------------------------------------------------
    @property
    def attacks(self) -> frozenset[Attack]:
        """The direct attacks ``R_att``."""
        return self._attacks

    @property
    def supports(self) -> frozenset[Support]:
        """The direct supports ``R_sup``."""
        return self._supports

    @property
    def interpretation(self) -> SupportInterpretation:
        """The reading of supports chosen when the framework was built."""
        return self._interpretation

    @property
    def prima_facie(self) -> frozenset[Argument]:
        """The prima-facie arguments of the evidential reading."""
        return self._prima_facie

    def attackers(self, argument: Argument) -> frozenset[Argument]:
        """The direct attackers of ``argument``."""
        return self._names(self._attackers[self.index(argument)])

    def targets(self, argument: Argument) -> frozenset[Argument]:
        """The arguments ``argument`` attacks directly."""
        return self._names(self._targets[self.index(argument)])

    def supporters(self, argument: Argument) -> frozenset[Argument]:
        """The direct supporters of ``argument``."""
        return self._names(self._supporters[self.index(argument)])

    def supported(self, argument: Argument) -> frozenset[Argument]:
        """The arguments ``argument`` supports directly."""
        return self._names(self._supported[self.index(argument)])

    def support_closure(self, argument: Argument) -> frozenset[Argument]:
        """Every ``x`` with a support path ``argument ⇒⁺ x`` (length ≥ 1).

        >>> bf = BipolarFramework(["a", "b", "c"], supports=[("a", "b"), ("b", "c")])
        >>> sorted(bf.support_closure("a"))
        ['b', 'c']
        """
        return self._names(paths.distances(self.index(argument), self._supported))

    def sorted_attacks(self) -> list[Attack]:
        """The direct attacks ordered by (attacker, attacked) position."""
        return sorted(self._attacks, key=self._edge_key)

    def sorted_supports(self) -> list[Support]:
        """The supports ordered by (supporter, supported) position."""
        return sorted(self._supports, key=self._edge_key)

    # -- derived frameworks ------------------------------------------------------
    def with_interpretation(
        self,
        interpretation: SupportInterpretation | str,
        prima_facie: Iterable[Argument] | None = None,
    ) -> BipolarFramework:
        """The same graph read with another interpretation (a new framework)."""
        return BipolarFramework(
            self._arguments,
            self.sorted_attacks(),
            self.sorted_supports(),
            interpretation=interpretation,
            prima_facie=prima_facie,
        )

    def reversed_supports(self) -> BipolarFramework:
        """The framework with every support ``a ⇒ b`` turned into ``b ⇒ a``.

        Necessary support is deductive support read backwards: the ``necessary``
        flattening of a framework is the ``deductive`` flattening of this one.
        """
        return BipolarFramework(
            self._arguments,
            self.sorted_attacks(),
            [(b, a) for a, b in self.sorted_supports()],
            interpretation=self._interpretation,
        )

    def attack_framework(self) -> ArgumentationFramework:
        """The Dung framework of the direct attacks only (supports ignored)."""
        return ArgumentationFramework(self._arguments, self.sorted_attacks())

    # -- complex attacks and flattenings ------------------------------------------
    def complex_attacks(self, kind: ComplexAttack | str) -> frozenset[Attack]:
        """Every pair ``(a, b)`` matching the pattern ``kind`` (see the module table).

        A pair that is also a direct attack is included when it matches.
        """
        found = self._witnesses(ComplexAttack(kind))
        return frozenset((self._arguments[a], self._arguments[b]) for a, b in found)

    def complex_attack_witness(
        self, kind: ComplexAttack | str, source: Argument, target: Argument
    ) -> DerivedAttack | None:
        """Why ``(source, target)`` is a complex attack of ``kind``, or ``None`` if it is not."""
        key = (self.index(source), self.index(target))
        pivots = self._witnesses(ComplexAttack(kind)).get(key)
        if pivots is None:
            return None
        return self._derived(key, ComplexAttack(kind), pivots)

    def flatten(self, flattening: Flattening | str | None = None) -> ArgumentationFramework:
        """The Dung framework of this bipolar framework under ``flattening``.

        Parameters
        ----------
        flattening : Flattening or str, optional
            ``cls2005_general``, ``deductive``, ``deductive_mediated_only``,
            ``necessary`` or ``evidential``; default: the one of
            :attr:`interpretation`.

        Returns
        -------
        ArgumentationFramework
            Same arguments (for ``evidential``: the e-supported ones only), the
            direct attacks plus the complex attacks of the flattening.

        Examples
        --------
        >>> bf = BipolarFramework(["a", "b", "c"], attacks=[("c", "a")], supports=[("a", "b")])
        >>> bf.flatten("necessary").sorted_attacks()
        [('c', 'a'), ('c', 'b')]
        >>> bf.flatten("deductive").sorted_attacks()
        [('c', 'a')]
        """
        kind = self._flattening(flattening)
        key = ("flat", kind)
        cached = self._cache.get(key)
        if cached is None:
            keep = self._kept_arguments(kind)
            pairs = {
                (a, b)
                for a, b in self._attacks
                if self._index[a] in keep and self._index[b] in keep
            }
            for derived in self.derived_attacks(kind):
                pairs.add((derived.source, derived.target))
            args = [a for i, a in enumerate(self._arguments) if i in keep]
            cached = ArgumentationFramework(args, sorted(pairs, key=self._edge_key))
            self._cache[key] = cached
        assert isinstance(cached, ArgumentationFramework)
        return cached

    def derived_attacks(
        self, flattening: Flattening | str | None = None
    ) -> tuple[DerivedAttack, ...]:
        """The attacks ``flattening`` adds to the direct ones, each with its reason.

        A pair matching several patterns is reported once, with the first kind in
        the flattening's order (e.g. supported before mediated before
        super-mediated) and a shortest witness. Ordered by (source, target).
        """
        kind = self._flattening(flattening)
        key = ("derived", kind)
        cached = self._cache.get(key)
        if cached is None:
            direct = {(self._index[a], self._index[b]) for a, b in self._attacks}
            chosen: dict[tuple[int, int], DerivedAttack] = {}
            for pattern in _FLATTENING_KINDS[kind]:
                for (a, b), pivots in self._witnesses(pattern).items():
                    if (a, b) in direct or (a, b) in chosen:
                        continue
                    chosen[(a, b)] = self._derived((a, b), pattern, pivots)
            cached = tuple(chosen[pair] for pair in sorted(chosen))
            self._cache[key] = cached
        assert isinstance(cached, tuple)
        return cached

    def evidentially_supported(self) -> frozenset[Argument]:
        """The arguments some support chain links to a prima-facie argument.

        Only these can be accepted under the evidential reading.

        >>> bf = BipolarFramework(["p", "q", "x", "y"],
        ...                       supports=[("p", "q"), ("x", "y"), ("y", "x")])
        >>> sorted(bf.evidentially_supported())
        ['p', 'q']
        """
        return self._names(sorted(self._evidence()[0]))

    # -- the search behind the patterns ---------------------------------------
    def _flattening(self, flattening: Flattening | str | None) -> Flattening:
        if flattening is None:
            return self._interpretation.flattening
        try:
            return Flattening(flattening)
        except ValueError:
            known = ", ".join(f.value for f in Flattening)
            raise ValueError(f"unknown flattening {flattening!r}; choose one of: {known}") from None

    def _kept_arguments(self, flattening: Flattening) -> frozenset[int]:
        if flattening is Flattening.EVIDENTIAL:
            return self._evidence()[0]
        return frozenset(range(len(self._arguments)))

    def _chain(self, start: int, end: int, inside: frozenset[int] | None = None) -> list[Link]:
        """A shortest support chain ``start ⇒ … ⇒ end`` (inside ``inside`` if given)."""
        nodes = paths.shortest_chain(start, end, self._supported, inside)
        names = self._arguments
        return [Link(names[u], names[v], Relation.SUPPORT) for u, v in itertools.pairwise(nodes)]

    def _attack_link(self, source: int, target: int) -> Link:
        return Link(self._arguments[source], self._arguments[target], Relation.ATTACK)

    def _witness_path(
        self, kind: ComplexAttack, a: int, b: int, pivots: tuple[int, ...]
    ) -> tuple[Link, ...]:
        """The edges of the witness of ``(a, b)`` through ``pivots`` (see :class:`DerivedAttack`).

        Evidential chains stay inside the e-supported arguments.
        """
        attack = self._attack_link
        inside = self._evidence()[0] if kind.value.startswith("evidential") else None

        def chain(start: int, end: int) -> list[Link]:
            return self._chain(start, end, inside)

        if kind is ComplexAttack.SUPPORTED:
            (x,) = pivots
            return (*chain(a, x), attack(x, b))
        if kind in (
            ComplexAttack.SECONDARY,
            ComplexAttack.NECESSARY_SECONDARY,
            ComplexAttack.EVIDENTIAL_SECONDARY,
        ):
            (x,) = pivots
            return (attack(a, x), *chain(x, b))
        if kind is ComplexAttack.MEDIATED:
            (x,) = pivots
            return (*chain(b, x), attack(a, x))
        if kind is ComplexAttack.SUPER_MEDIATED:
            u, x = pivots
            return (*chain(a, u), attack(u, x), *chain(b, x))
        if kind in (ComplexAttack.NECESSARY_EXTENDED, ComplexAttack.EVIDENTIAL_EXTENDED):
            (u,) = pivots
            return (*chain(u, a), attack(u, b))
        u, x = pivots  # the chained kinds
        return (*chain(u, a), attack(u, x), *chain(x, b))

    def _witnesses(self, kind: ComplexAttack) -> dict[tuple[int, int], _Witness]:
        key = ("witness", kind)
        cached = self._cache.get(key)
        if cached is None:
            cached = {pair: pivots for pair, (_, pivots) in self._search(kind).items()}
            self._cache[key] = cached
        assert isinstance(cached, dict)
        return cached

    def _search(self, kind: ComplexAttack) -> paths.Found:
        """Every pair matching ``kind``, with its best witness (see :mod:`.support_paths`)."""
        supported, supporters = self._supported, self._supporters

        def forward(p: int) -> dict[int, int]:
            return paths.distances(p, supported)

        def backward(p: int) -> dict[int, int]:
            return paths.distances(p, supporters)

        if kind is ComplexAttack.SUPPORTED:  # a ⇒⁺ x → b
            return paths.reach_then_attack(self._targets, backward)
        if kind in (ComplexAttack.SECONDARY, ComplexAttack.NECESSARY_SECONDARY):  # a → x ⇒⁺ b
            return paths.attack_then_reach(self._attackers, forward)
        if kind is ComplexAttack.MEDIATED:  # a → x, b ⇒⁺ x
            return paths.attack_then_reach(self._attackers, backward)
        if kind is ComplexAttack.SUPER_MEDIATED:  # a ⇒⁺ u → x, b ⇒⁺ x
            return paths.reach_both_ends(self._targets, backward)
        if kind is ComplexAttack.NECESSARY_EXTENDED:  # u ⇒⁺ a, u → b
            return paths.reach_then_attack(self._targets, forward)
        if kind is ComplexAttack.NECESSARY_CHAINED:  # u ⇒⁺ a, u → x, x ⇒⁺ b
            return paths.reach_both_ends(self._targets, forward)
        kept, tree = self._evidence()

        def grounded(p: int) -> dict[int, int]:
            return tree.dominated(p) if p in kept else {}

        def only_kept(adjacency: paths.Adjacency) -> paths.Adjacency:
            return tuple(tuple(v for v in row if v in kept) for row in adjacency)

        if kind is ComplexAttack.EVIDENTIAL_SECONDARY:  # a → x, x grounds b
            return paths.attack_then_reach(only_kept(self._attackers), grounded)
        if kind is ComplexAttack.EVIDENTIAL_EXTENDED:  # u grounds a, u → b
            return paths.reach_then_attack(only_kept(self._targets), grounded)
        if kind is ComplexAttack.EVIDENTIAL_CHAINED:  # u grounds a, u → x, x grounds b
            return paths.reach_both_ends(self._targets, grounded)
        raise AssertionError(kind)  # pragma: no cover - every kind is handled above

    # -- evidential support ------------------------------------------------------
    def _evidence(self) -> tuple[frozenset[int], paths.DominatorTree]:
        """E-supported arguments and the dominator tree of the support graph among them.

        The tree is rooted at a virtual environment argument linked to every
        prima-facie argument: ``x`` grounds ``b`` when ``x`` strictly dominates
        ``b`` there.
        """
        cached = self._cache.get("evidence")
        if cached is None:
            import networkx as nx

            n = len(self._arguments)
            root = n
            reached: set[int] = set()
            queue = deque(self._index[a] for a in self._prima_facie)
            reached.update(queue)
            while queue:
                node = queue.popleft()
                for nxt in self._supported[node]:
                    if nxt not in reached:
                        reached.add(nxt)
                        queue.append(nxt)
            graph = nx.DiGraph()
            graph.add_node(root)
            graph.add_edges_from((root, self._index[p]) for p in self._prima_facie)
            graph.add_edges_from((u, v) for u in reached for v in self._supported[u] if v != u)
            idom = nx.immediate_dominators(graph, root)
            cached = (frozenset(reached), paths.DominatorTree(idom, root))
            self._cache["evidence"] = cached
        assert isinstance(cached, tuple)
        return cached

    # -- helpers ----------------------------------------------------------------
    def _names(self, indices: Iterable[int]) -> frozenset[Argument]:
        args = self._arguments
        return frozenset(args[i] for i in indices)

    def _derived(
        self, pair: tuple[int, int], kind: ComplexAttack, pivots: _Witness
    ) -> DerivedAttack:
        a, b = pair
        rebuild = functools.partial(self._witness_path, kind, a, b, pivots)
        return DerivedAttack(self._arguments[a], self._arguments[b], kind, rebuild=rebuild)

    # -- dunder protocol ----------------------------------------------------------
    def __eq__(self, other: object) -> bool:
        if not isinstance(other, BipolarFramework):
            return NotImplemented
        return (
            set(self._arguments) == set(other._arguments)
            and self._attacks == other._attacks
            and self._supports == other._supports
            and self._interpretation is other._interpretation
            and self._prima_facie == other._prima_facie
        )

    def __hash__(self) -> int:
        return hash((frozenset(self._arguments), self._attacks, self._supports))

    def __repr__(self) -> str:
        return (
            f"BipolarFramework({len(self._arguments)} arguments, {len(self._attacks)} attacks, "
            f"{len(self._supports)} supports, interpretation={self._interpretation.value!r})"
        )


def _checked_pairs(
    relation: str, edges: Iterable[tuple[str, str]], index: Mapping[str, int]
) -> set[tuple[str, str]]:
    pairs: set[tuple[str, str]] = set()
    for pair in edges:
        try:
            source, target = pair
        except (TypeError, ValueError):
            raise FrameworkError(f"{relation} {pair!r} is not a pair (source, target)") from None
        for end in (source, target):
            if end not in index:
                raise FrameworkError(
                    f"{relation} ({source!r}, {target!r}) names unknown argument {end!r}; "
                    f"add it to the arguments or remove the {relation}"
                )
        pairs.add((source, target))
    return pairs
