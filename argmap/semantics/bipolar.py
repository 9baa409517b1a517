"""Semantics of bipolar frameworks: C&LS 2005 admissibility, flattenings, coalitions.

Three families, all computed on top of the Dung semantics of
:mod:`argmap.semantics`:

* **Dung semantics of a flattening** — :func:`extensions` evaluates the Dung
  framework :meth:`BipolarFramework.flatten` produces (deductive, necessary,
  evidential, ... readings of support).
* **Cayrol & Lagasquie-Schiex (2005)** — with the *set-defeat* relation (``S``
  set-defeats ``b`` iff some member of ``S`` defeats ``b`` directly, by a
  supported defeat ``a ⇒⁺ x → b`` or by a secondary ("indirect") defeat
  ``a → x ⇒⁺ b``; the ``cls2005_general`` flattening) and *set-support* (some
  member of ``S`` has a support path to ``b``), a set ``S`` is

  - *+conflict-free* iff no member set-defeats a member;
  - *safe* iff no ``b`` is both set-defeated by ``S`` and either set-supported
    by ``S`` or in ``S``;
  - *closed under support* iff every argument a member supports is a member;
  - *d-admissible* iff +conflict-free and it defends (with set-defeat) each
    member; *s-admissible* iff safe and defends each member; *c-admissible*
    iff +conflict-free, closed under support and defends each member.

  d-/s-/c-preferred are the ⊆-maximal d-/s-/c-admissible sets; a *stable*
  extension is +conflict-free and set-defeats every argument outside it. The
  defeat used is the ``cls2005_general`` one whatever the framework's
  interpretation, as in the paper.
* **Coalitions (Cayrol & Lagasquie-Schiex 2010)** — maximal sets that are
  conflict-free for the direct attacks and connected by supports; a coalition
  attacks another iff one of its members directly attacks a member of the
  other. :func:`coalition_framework` gives this meta-framework, to which every
  Dung semantics applies.

Enumerating admissible-type sets is exponential in the worst case; these
functions are meant for argument maps (tens to hundreds of arguments).

References
----------
.. [1] C. Cayrol, M.-C. Lagasquie-Schiex, "On the acceptability of arguments in
   bipolar argumentation frameworks", ECSQARU 2005, LNAI 3571, 378-389.
.. [2] C. Cayrol, M.-C. Lagasquie-Schiex, "Coalitions of arguments: a tool for
   handling bipolar argumentation frameworks", International Journal of
   Intelligent Systems 25(1):83-109, 2010.
.. [3] C. Cayrol, M.-C. Lagasquie-Schiex, "Bipolarity in argumentation graphs:
   Towards a better understanding", IJAR 54(7):876-899, 2013.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from types import MappingProxyType

from argmap.frameworks.abstract import Argument, ArgumentationFramework
from argmap.frameworks.bipolar import BipolarFramework, Flattening
from argmap.semantics import admissible_sets
from argmap.semantics import extensions as dung_extensions
from argmap.semantics import preferred_extensions as dung_preferred_extensions
from argmap.semantics import stable_extensions as dung_stable_extensions
from argmap.semantics.adjacency import Adjacency
from argmap.semantics.conflict_free import naive_indices
from argmap.semantics.types import Extension, Semantics

_GENERAL = Flattening.CLS2005_GENERAL


def extensions(
    framework: BipolarFramework,
    semantics: Semantics | str,
    *,
    flattening: Flattening | str | None = None,
) -> Iterator[Extension]:
    """The Dung extensions of ``framework`` flattened by ``flattening``.

    Parameters
    ----------
    framework : BipolarFramework
    semantics : Semantics or str
        Any Dung semantics (``grounded``, ``preferred``, ``stable``, ...).
    flattening : Flattening or str, optional
        Default: the one of the framework's interpretation.

    Returns
    -------
    iterator of frozenset of str
        Lazily, as :func:`argmap.semantics.extensions`. Under the ``evidential``
        flattening no extension contains an argument without evidence.

    Examples
    --------
    >>> bf = BipolarFramework(["a", "b", "c"], attacks=[("c", "a")], supports=[("a", "b")])
    >>> [sorted(e) for e in extensions(bf, "grounded", flattening="necessary")]
    [['c']]
    >>> [sorted(e) for e in extensions(bf, "grounded", flattening="deductive")]
    [['b', 'c']]
    """
    return dung_extensions(framework.flatten(flattening), semantics)


# -- C&LS 2005: the building blocks ---------------------------------------------
def _members(framework: BipolarFramework, subset: Iterable[Argument]) -> frozenset[Argument]:
    members = frozenset(subset)
    unknown = sorted(a for a in members if a not in framework)
    if unknown:
        raise KeyError(f"not arguments of this framework: {unknown!r}")
    return members


def set_defeats(
    framework: BipolarFramework, subset: Iterable[Argument], argument: Argument
) -> bool:
    """Whether ``subset`` set-defeats ``argument`` (C&LS 2005).

    Some member attacks it directly, by a supported defeat ``a ⇒⁺ x → b`` or by
    a secondary defeat ``a → x ⇒⁺ b``.

    >>> bf = BipolarFramework(["a", "b", "c"], attacks=[("b", "c")], supports=[("a", "b")])
    >>> set_defeats(bf, {"a"}, "c")
    True
    """
    defeaters = framework.flatten(_GENERAL).attackers(argument)
    return not defeaters.isdisjoint(_members(framework, subset))


def set_supports(
    framework: BipolarFramework, subset: Iterable[Argument], argument: Argument
) -> bool:
    """Whether some member of ``subset`` has a support path to ``argument`` (C&LS 2005)."""
    return any(argument in framework.support_closure(a) for a in _members(framework, subset))


def is_conflict_free(framework: BipolarFramework, subset: Iterable[Argument]) -> bool:
    """Whether no member of ``subset`` set-defeats a member (+conflict-free, C&LS 2005)."""
    members = _members(framework, subset)
    defeat = framework.flatten(_GENERAL)
    return all(defeat.targets(a).isdisjoint(members) for a in members)


def defends(framework: BipolarFramework, subset: Iterable[Argument], argument: Argument) -> bool:
    """Whether ``subset`` set-defeats every argument that set-defeats ``argument``."""
    members = _members(framework, subset)
    defeat = framework.flatten(_GENERAL)
    return all(not defeat.attackers(b).isdisjoint(members) for b in defeat.attackers(argument))


def is_safe(framework: BipolarFramework, subset: Iterable[Argument]) -> bool:
    """Whether no argument is both set-defeated by ``subset`` and set-supported by it or in it.

    >>> bf = BipolarFramework(["a", "b", "c"], attacks=[("c", "b")], supports=[("a", "b")])
    >>> is_safe(bf, {"a", "c"}), is_safe(bf, {"a"})
    (False, True)
    """
    members = _members(framework, subset)
    defeat = framework.flatten(_GENERAL)
    defeated = frozenset(b for a in members for b in defeat.targets(a))
    supported = frozenset(b for a in members for b in framework.support_closure(a))
    return defeated.isdisjoint(members | supported)


def is_closed_under_support(framework: BipolarFramework, subset: Iterable[Argument]) -> bool:
    """Whether every argument a member of ``subset`` supports is a member."""
    members = _members(framework, subset)
    return all(framework.supported(a) <= members for a in members)


def is_d_admissible(framework: BipolarFramework, subset: Iterable[Argument]) -> bool:
    """+conflict-free and defends each member (C&LS 2005)."""
    members = _members(framework, subset)
    return is_conflict_free(framework, members) and all(
        defends(framework, members, a) for a in members
    )


def is_s_admissible(framework: BipolarFramework, subset: Iterable[Argument]) -> bool:
    """Safe and defends each member (C&LS 2005)."""
    members = _members(framework, subset)
    return is_safe(framework, members) and all(defends(framework, members, a) for a in members)


def is_c_admissible(framework: BipolarFramework, subset: Iterable[Argument]) -> bool:
    """+conflict-free, closed under support and defends each member (C&LS 2005)."""
    members = _members(framework, subset)
    return is_closed_under_support(framework, members) and is_d_admissible(framework, members)


# -- C&LS 2005: enumeration --------------------------------------------------------
def d_admissible_sets(framework: BipolarFramework) -> Iterator[Extension]:
    """Every d-admissible set, lazily: the admissible sets of the ``cls2005_general``
    flattening.

    >>> bf = BipolarFramework(["a", "b", "c"], attacks=[("c", "b")], supports=[("a", "b")])
    >>> sorted(sorted(s) for s in d_admissible_sets(bf))
    [[], ['a'], ['a', 'c'], ['c']]
    """
    return admissible_sets(framework.flatten(_GENERAL))


def s_admissible_sets(framework: BipolarFramework) -> Iterator[Extension]:
    """Every s-admissible set, lazily (the safe d-admissible sets: safe implies +conflict-free).

    >>> bf = BipolarFramework(["a", "b", "c"], attacks=[("c", "b")], supports=[("a", "b")])
    >>> sorted(sorted(s) for s in s_admissible_sets(bf))
    [[], ['a'], ['c']]
    """
    return (s for s in d_admissible_sets(framework) if is_safe(framework, s))


def c_admissible_sets(framework: BipolarFramework) -> Iterator[Extension]:
    """Every c-admissible set, lazily (the d-admissible sets closed under support).

    >>> bf = BipolarFramework(["a", "b", "c"], attacks=[("c", "b")], supports=[("a", "b")])
    >>> sorted(sorted(s) for s in c_admissible_sets(bf))
    [[], ['c']]
    """
    return (s for s in d_admissible_sets(framework) if is_closed_under_support(framework, s))


def d_preferred_extensions(framework: BipolarFramework) -> Iterator[Extension]:
    """The ⊆-maximal d-admissible sets: the preferred extensions of ``cls2005_general``."""
    return dung_preferred_extensions(framework.flatten(_GENERAL))


def s_preferred_extensions(framework: BipolarFramework) -> tuple[Extension, ...]:
    """The ⊆-maximal s-admissible sets.

    >>> bf = BipolarFramework(["a", "b", "c"], attacks=[("c", "b")], supports=[("a", "b")])
    >>> sorted(sorted(s) for s in s_preferred_extensions(bf))
    [['a'], ['c']]
    """
    return _maximal(s_admissible_sets(framework))


def c_preferred_extensions(framework: BipolarFramework) -> tuple[Extension, ...]:
    """The ⊆-maximal c-admissible sets."""
    return _maximal(c_admissible_sets(framework))


def stable_extensions(framework: BipolarFramework) -> Iterator[Extension]:
    """C&LS 2005 stable extensions: +conflict-free sets that set-defeat every other
    argument, i.e. the stable extensions of ``cls2005_general``.

    >>> bf = BipolarFramework(["a", "b", "c"], attacks=[("c", "b")], supports=[("a", "b")])
    >>> [sorted(s) for s in stable_extensions(bf)]
    [['a', 'c']]
    """
    return dung_stable_extensions(framework.flatten(_GENERAL))


def _maximal(sets: Iterable[Extension]) -> tuple[Extension, ...]:
    found = sorted(set(sets), key=len, reverse=True)
    kept: list[Extension] = []
    for candidate in found:
        if not any(candidate < other for other in kept):
            kept.append(candidate)
    return tuple(sorted(kept, key=lambda s: (len(s), sorted(s))))


# -- coalitions (C&LS 2010) -----------------------------------------------------------
@dataclass(frozen=True)
class CoalitionFramework:
    """The meta-framework of coalitions (C&LS 2010).

    Attributes
    ----------
    coalitions : Mapping[str, frozenset of str]
        Each coalition under its name ``"{a,b,...}"`` (members sorted by name).
    framework : ArgumentationFramework
        Meta-arguments are the coalition names; ``C1`` attacks ``C2`` iff a member
        of ``C1`` directly attacks a member of ``C2``.
    """

    coalitions: Mapping[str, Extension]
    framework: ArgumentationFramework

    def members(self, extension: Iterable[str]) -> Extension:
        """The arguments of the coalitions named in ``extension`` (a meta-extension)."""
        return frozenset(a for name in extension for a in self.coalitions[name])


def coalitions(framework: BipolarFramework) -> tuple[Extension, ...]:
    """The coalitions: ⊆-maximal sets, conflict-free for the direct attacks, whose
    members are connected by supports (either direction).

    Every coalition is a support-connected component of some maximal
    conflict-free subset of its support component, so they are found from the
    naive extensions of each support component's attack framework (the maximal
    independent sets of its conflict graph, by
    :func:`~argmap.semantics.conflict_free.naive_indices`). Self-attacking
    arguments belong to no coalition.

    >>> bf = BipolarFramework(["a", "b", "c"], attacks=[("c", "b")], supports=[("a", "b")])
    >>> [sorted(c) for c in coalitions(bf)]
    [['c'], ['a', 'b']]

    References
    ----------
    .. [1] C. Cayrol and M.-C. Lagasquie-Schiex, "Coalitions of arguments: a tool
       for handling bipolar argumentation frameworks", International Journal of
       Intelligent Systems 25(1):83-109, 2010.
    """
    import networkx as nx

    args = [a for a in framework.arguments if a not in framework.targets(a)]
    support_graph = nx.Graph()
    support_graph.add_nodes_from(args)
    support_graph.add_edges_from(
        (a, b)
        for a, b in framework.sorted_supports()
        if a != b and a in support_graph and b in support_graph
    )
    attacks = Adjacency.of(framework.attack_framework())
    found: list[Extension] = []
    for component in nx.connected_components(support_graph):
        part = attacks.induced(framework.index(a) for a in component)
        if not any(part.attackers):
            found.append(frozenset(component))
            continue
        candidates: set[Extension] = set()
        for independent in naive_indices(part):
            members = support_graph.subgraph(
                framework.arguments[part.members[i]] for i in independent
            )
            candidates.update(frozenset(c) for c in nx.connected_components(members))
        found.extend(c for c in candidates if not any(c < other for other in candidates))
    order = {a: i for i, a in enumerate(framework.arguments)}
    return tuple(sorted(found, key=lambda c: (len(c), sorted(order[a] for a in c))))


def coalition_name(coalition: Iterable[str]) -> str:
    """The name of a coalition's meta-argument: ``"{a,b}"`` with members sorted.

    >>> coalition_name({"b", "a"})
    '{a,b}'
    """
    return "{" + ",".join(sorted(coalition)) + "}"


def coalition_framework(framework: BipolarFramework) -> CoalitionFramework:
    """The meta-framework of coalitions, to which every Dung semantics applies.

    >>> from argmap.semantics import preferred_extensions
    >>> bf = BipolarFramework(["a", "b", "c"], attacks=[("c", "b")], supports=[("a", "b")])
    >>> meta = coalition_framework(bf)
    >>> meta.framework.sorted_attacks()
    [('{c}', '{a,b}')]
    >>> [sorted(e) for e in preferred_extensions(meta.framework)]
    [['{c}']]
    """
    found = coalitions(framework)
    named = {coalition_name(c): c for c in found}
    attacks = [
        (n1, n2)
        for n1, c1 in named.items()
        for n2, c2 in named.items()
        if any(not framework.targets(a).isdisjoint(c2) for a in c1)
    ]
    return CoalitionFramework(
        coalitions=MappingProxyType(named),
        framework=ArgumentationFramework(list(named), attacks),
    )


__all__ = [
    "CoalitionFramework",
    "c_admissible_sets",
    "c_preferred_extensions",
    "coalition_framework",
    "coalition_name",
    "coalitions",
    "d_admissible_sets",
    "d_preferred_extensions",
    "defends",
    "extensions",
    "is_c_admissible",
    "is_closed_under_support",
    "is_conflict_free",
    "is_d_admissible",
    "is_s_admissible",
    "is_safe",
    "s_admissible_sets",
    "s_preferred_extensions",
    "set_defeats",
    "set_supports",
    "stable_extensions",
]
