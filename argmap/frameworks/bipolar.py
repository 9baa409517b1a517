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

import functools
import itertools
from collections import deque
from collections.abc import Iterable, Mapping

from argmap.frameworks import support_paths as paths
from argmap.frameworks.abstract import (
    Argument,
    ArgumentationFramework,
    ArgumentIndex,
    Attack,
    FrameworkError,
)
from argmap.frameworks.complex_attacks import (
    SEARCHES,
    ComplexAttack,
    DerivedAttack,
    Link,
    Relation,
    SupportGraph,
    Witness,
    witness_links,
)
from argmap.frameworks.support_readings import (
    FLATTENING_KINDS,
    Flattening,
    SupportInterpretation,
)

Support = tuple[str, str]


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
            for pattern in FLATTENING_KINDS[kind]:
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
        self, kind: ComplexAttack, a: int, b: int, pivots: Witness
    ) -> tuple[Link, ...]:
        """The edges of the witness of ``(a, b)`` through ``pivots`` (see :class:`DerivedAttack`).

        Evidential chains stay inside the e-supported arguments.
        """
        inside = self._evidence()[0] if kind.value.startswith("evidential") else None

        def chain(start: int, end: int) -> list[Link]:
            return self._chain(start, end, inside)

        return witness_links(kind, a, b, pivots, self._attack_link, chain)

    def _witnesses(self, kind: ComplexAttack) -> dict[tuple[int, int], Witness]:
        key = ("witness", kind)
        cached = self._cache.get(key)
        if cached is None:
            cached = {pair: pivots for pair, (_, pivots) in self._search(kind).items()}
            self._cache[key] = cached
        assert isinstance(cached, dict)
        return cached

    def _search(self, kind: ComplexAttack) -> paths.Found:
        """Every pair matching ``kind``, with its best witness (see :mod:`.complex_attacks`)."""
        graph = SupportGraph(
            self._attackers, self._targets, self._supporters, self._supported, self._evidence
        )
        return SEARCHES[kind](graph)

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
        self, pair: tuple[int, int], kind: ComplexAttack, pivots: Witness
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


__all__ = [
    "BipolarFramework",
    "ComplexAttack",
    "DerivedAttack",
    "Flattening",
    "Link",
    "Relation",
    "SupportInterpretation",
]
