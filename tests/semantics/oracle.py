"""Brute-force Dung semantics, written from the textbook definitions.

An oracle for the tests: every subset of the arguments is checked against the
definition of each semantics (Dung 1995; Caminada 2006; Verheij 1996; Dung,
Mancarella & Toni 2007; Caminada 2007; Baroni, Giacomin & Guida 2005; Dvořák &
Gaggl 2016; as surveyed by Baroni, Caminada & Giacomin 2011). It shares no code
with :mod:`argmap.semantics` and is exponential: frameworks of up to ~10
arguments only.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from itertools import chain, combinations

Extension = frozenset[str]


class Oracle:
    """The semantics of one framework ``(arguments, attacks)`` by exhaustive search."""

    def __init__(self, arguments: Iterable[str], attacks: Iterable[tuple[str, str]]) -> None:
        self.arguments = frozenset(arguments)
        self.attacks = frozenset(attacks)

    # -- the basic notions ------------------------------------------------------
    def subsets(self) -> list[Extension]:
        args = sorted(self.arguments)
        return [
            frozenset(c)
            for c in chain.from_iterable(combinations(args, k) for k in range(len(args) + 1))
        ]

    def attacked_by(self, s: Extension) -> Extension:
        """``S⁺``: the arguments some member of ``S`` attacks."""
        return frozenset(b for a, b in self.attacks if a in s)

    def is_conflict_free(self, s: Extension) -> bool:
        return not any(a in s and b in s for a, b in self.attacks)

    def defends(self, s: Extension, a: str) -> bool:
        """Every attacker of ``a`` is attacked by some member of ``s``."""
        return all(any((c, b) in self.attacks for c in s) for b, x in self.attacks if x == a)

    def characteristic(self, s: Extension) -> Extension:
        """Dung's characteristic function ``F(S)``: the arguments ``S`` defends."""
        return frozenset(a for a in self.arguments if self.defends(s, a))

    def is_admissible(self, s: Extension) -> bool:
        return self.is_conflict_free(s) and all(self.defends(s, a) for a in s)

    def is_complete(self, s: Extension) -> bool:
        return self.is_admissible(s) and self.characteristic(s) <= s

    def is_stable(self, s: Extension) -> bool:
        return self.is_conflict_free(s) and s | self.attacked_by(s) == self.arguments

    def range(self, s: Extension) -> Extension:
        return s | self.attacked_by(s)

    # -- the semantics ----------------------------------------------------------
    def extensions(self, semantics: str) -> set[Extension]:
        """The extensions under ``semantics`` (a canonical name such as ``"semi_stable"``)."""
        compute: Callable[[], set[Extension]] = getattr(self, semantics)
        return compute()

    def conflict_free(self) -> set[Extension]:
        return {s for s in self.subsets() if self.is_conflict_free(s)}

    def naive(self) -> set[Extension]:
        return _maximal(self.conflict_free(), lambda s: s)

    def admissible(self) -> set[Extension]:
        return {s for s in self.subsets() if self.is_admissible(s)}

    def complete(self) -> set[Extension]:
        return {s for s in self.subsets() if self.is_complete(s)}

    def grounded(self) -> set[Extension]:
        s: Extension = frozenset()
        while self.characteristic(s) != s:
            s = self.characteristic(s)
        return {s}

    def preferred(self) -> set[Extension]:
        return _maximal(self.admissible(), lambda s: s)

    def stable(self) -> set[Extension]:
        return {s for s in self.subsets() if self.is_stable(s)}

    def semi_stable(self) -> set[Extension]:
        return _maximal(self.admissible(), self.range)

    def stage(self) -> set[Extension]:
        return _maximal(self.conflict_free(), self.range)

    def ideal(self) -> set[Extension]:
        return {self._largest_admissible_within(self.preferred())}

    def eager(self) -> set[Extension]:
        return {self._largest_admissible_within(self.semi_stable())}

    def cf2(self) -> set[Extension]:
        schema = _SccRecursive(self, Oracle.naive)
        return {s for s in self.subsets() if schema.holds(self.arguments, s)}

    def stage2(self) -> set[Extension]:
        schema = _SccRecursive(self, Oracle.stage)
        return {s for s in self.subsets() if schema.holds(self.arguments, s)}

    def _largest_admissible_within(self, extensions: set[Extension]) -> Extension:
        common = frozenset.intersection(*extensions)
        candidates = [s for s in self.admissible() if s <= common]
        largest = _maximal(set(candidates), lambda s: s)
        assert len(largest) == 1, "the largest admissible subset must be unique"
        return next(iter(largest))

    def restrict(self, keep: Extension) -> Oracle:
        return Oracle(keep, ((a, b) for a, b in self.attacks if a in keep and b in keep))

    def components(self) -> list[Extension]:
        """Strongly connected components (mutual reachability), in no particular order."""
        reach = {a: {a} for a in self.arguments}
        changed = True
        while changed:
            changed = False
            for a, b in self.attacks:
                for x in self.arguments:
                    if a in reach[x] and b not in reach[x]:
                        reach[x].add(b)
                        changed = True
        return list({frozenset(b for b in reach[a] if a in reach[b]) for a in self.arguments})


def oracle_extensions(
    arguments: Iterable[str], attacks: Iterable[tuple[str, str]], semantics: str
) -> set[Extension]:
    """The extensions of ``(arguments, attacks)`` under ``semantics`` (its canonical name)."""
    return Oracle(arguments, attacks).extensions(semantics)


def _maximal(
    candidates: set[Extension], measure: Callable[[Extension], Extension]
) -> set[Extension]:
    """The candidates whose measured set is not strictly inside another's."""
    return {s for s in candidates if not any(measure(s) < measure(t) for t in candidates)}


class _SccRecursive:
    """Baroni, Giacomin & Guida (2005): membership in an SCC-recursive semantics.

    ``e`` is an extension of ``F`` iff ``F`` has at most one SCC and ``e`` is a
    base extension of ``F``, or for every SCC ``S`` of ``F``, ``e ∩ S`` is an
    extension of ``F↓UP(S, e)``, ``UP(S, e) = {a ∈ S | no b ∈ e \\ S attacks a}``.
    Sub-frameworks are induced by their argument sets, so their SCCs and base
    extensions are remembered per argument set.
    """

    def __init__(self, framework: Oracle, base: Callable[[Oracle], set[Extension]]) -> None:
        self.framework = framework
        self.base = base
        self.seen: dict[Extension, tuple[list[Extension], set[Extension] | None]] = {}

    def holds(self, arguments: Extension, e: Extension) -> bool:
        if not e <= arguments:
            return False
        if arguments not in self.seen:
            sub = self.framework.restrict(arguments)
            components = sub.components()
            self.seen[arguments] = (components, self.base(sub) if len(components) <= 1 else None)
        components, base = self.seen[arguments]
        if base is not None:
            return e in base
        attacks = self.framework.attacks
        for s in components:
            up = frozenset(a for a in s if not any((b, a) in attacks for b in e - s))
            if not self.holds(up, e & s):
                return False
        return True
