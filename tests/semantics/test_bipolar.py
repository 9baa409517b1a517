"""Bipolar semantics: Dung semantics of flattenings, C&LS 2005 admissibility, coalitions."""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from argmap.frameworks.bipolar import BipolarFramework
from argmap.semantics import bipolar
from argmap.semantics import extensions as dung_extensions
from tests.frameworks.test_bipolar import support_forests

REFERENCE = (
    Path(__file__).resolve().parents[2] / ".." / "shared" / "reference" / "bipolar_examples.json"
)


def _examples() -> list[Any]:
    if not REFERENCE.is_file():
        reason = f"{REFERENCE} is absent: published reference material missing"
        return [pytest.param(None, marks=pytest.mark.skip(reason=reason), id="reference-absent")]
    data = json.loads(REFERENCE.read_text(encoding="utf-8"))
    return [pytest.param(e, id=e["name"]) for e in data["examples"]]


def framework_of(example: dict[str, Any]) -> BipolarFramework:
    return BipolarFramework(
        example["args"],
        [tuple(p) for p in example["attacks"]],
        [tuple(p) for p in example["supports"]],
    )


def family(sets: Iterable[Iterable[str]]) -> set[frozenset[str]]:
    return {frozenset(s) for s in sets}


@pytest.mark.parametrize("example", _examples())
def test_dung_semantics_of_each_flattening(example: dict[str, Any]) -> None:
    bf = framework_of(example)
    for name, expected in example["expected"]["flattenings"].items():
        for semantics in ("grounded", "preferred", "stable", "complete"):
            got = family(bipolar.extensions(bf, semantics, flattening=name))
            assert got == family(expected[semantics]), (name, semantics)


@pytest.mark.parametrize("example", _examples())
def test_cls2005_admissibility(example: dict[str, Any]) -> None:
    bf = framework_of(example)
    expected = example["expected"]["cls2005_admissibility"]
    computed = {
        "d_admissible": bipolar.d_admissible_sets(bf),
        "s_admissible": bipolar.s_admissible_sets(bf),
        "c_admissible": bipolar.c_admissible_sets(bf),
        "d_preferred": bipolar.d_preferred_extensions(bf),
        "s_preferred": bipolar.s_preferred_extensions(bf),
        "c_preferred": bipolar.c_preferred_extensions(bf),
        "stable": bipolar.stable_extensions(bf),
    }
    for key, sets in computed.items():
        assert family(sets) == family(expected[key]), key


@pytest.mark.parametrize("example", _examples())
def test_coalitions(example: dict[str, Any]) -> None:
    bf = framework_of(example)
    expected = example["expected"]["coalitions_cls2010"]
    assert family(bipolar.coalitions(bf)) == family(expected["coalitions"])
    meta = bipolar.coalition_framework(bf)
    assert meta.framework.attacks == {(a, b) for a, b in expected["meta_attacks"]}
    preferred = family(dung_extensions(meta.framework, "preferred"))
    assert preferred == family(expected["meta_preferred"])
    for extension in preferred:
        assert meta.members(extension) == {a for name in extension for a in meta.coalitions[name]}


def test_third_party_assertions() -> None:
    """The assertions two public test suites make on the C&LS 2005 examples."""
    example2 = BipolarFramework(
        ["A", "B", "C", "D", "E", "G", "H"],
        attacks=[("C", "D"), ("E", "C"), ("G", "A"), ("H", "B")],
        supports=[("A", "B"), ("B", "C")],
    )
    assert bipolar.set_supports(example2, {"A"}, "B")
    assert bipolar.set_supports(example2, {"A"}, "C")
    assert bipolar.set_defeats(example2, {"B"}, "D")  # supported defeat B ⇒ C → D
    assert bipolar.set_defeats(example2, {"H"}, "C")  # indirect defeat H → B ⇒ C
    assert not bipolar.set_defeats(example2, {"E"}, "A")  # mediated, not a 2005 defeat
    safety = BipolarFramework(
        ["A", "B", "C", "D", "F"],
        attacks=[("C", "D")],
        supports=[("A", "B"), ("B", "C"), ("F", "D")],
    )
    assert bipolar.is_conflict_free(safety, {"B", "F"})
    assert bipolar.is_d_admissible(safety, {"B", "F"})
    assert not bipolar.is_safe(safety, {"B", "F"})
    assert not bipolar.is_s_admissible(safety, {"B", "F"})
    assert not bipolar.is_c_admissible(safety, {"B", "F"})
    assert bipolar.is_c_admissible(safety, {"A", "B", "C"})
    with pytest.raises(KeyError, match=r"\['Z'\]"):
        bipolar.is_safe(safety, {"A", "Z"})


# -- brute force against the definitions --------------------------------------------------
@st.composite
def bipolar_frameworks(draw: Any) -> BipolarFramework:
    n = draw(st.integers(1, 5))
    names = [chr(ord("a") + i) for i in range(n)]
    attacks, supports = [], []
    for s, t in itertools.product(names, repeat=2):
        kind = draw(st.sampled_from(["-", "-", "-", "att", "sup"]))
        if kind == "att":
            attacks.append((s, t))
        elif kind == "sup":
            supports.append((s, t))
    return BipolarFramework(names, attacks, supports)


def subsets(items: Iterable[str]) -> Iterable[frozenset[str]]:
    items = list(items)
    for r in range(len(items) + 1):
        for combo in itertools.combinations(items, r):
            yield frozenset(combo)


class Oracle:
    """C&LS 2005 from the paper's definitions, with support paths by Warshall."""

    def __init__(self, bf: BipolarFramework) -> None:
        self.args = bf.arguments
        plus = set(bf.supports)
        for k, i, j in itertools.product(bf.arguments, repeat=3):
            if (i, k) in plus and (k, j) in plus:
                plus.add((i, j))
        self.support_path = plus
        att = bf.attacks
        self.defeat = set(att)
        for a, b, x in itertools.product(self.args, repeat=3):
            if ((a, x) in plus and (x, b) in att) or ((a, x) in att and (x, b) in plus):
                self.defeat.add((a, b))
        self.supports = bf.supports

    def set_defeats(self, s: frozenset[str], b: str) -> bool:
        return any((a, b) in self.defeat for a in s)

    def conflict_free(self, s: frozenset[str]) -> bool:
        return not any(self.set_defeats(s, b) for b in s)

    def defends(self, s: frozenset[str], a: str) -> bool:
        return all(self.set_defeats(s, b) for b in self.args if self.set_defeats(frozenset({b}), a))

    def safe(self, s: frozenset[str]) -> bool:
        return not any(
            self.set_defeats(s, b) and (b in s or any((a, b) in self.support_path for a in s))
            for b in self.args
        )

    def closed(self, s: frozenset[str]) -> bool:
        return all(b in s for a, b in self.supports if a in s)

    def d(self, s: frozenset[str]) -> bool:
        return self.conflict_free(s) and all(self.defends(s, a) for a in s)

    def s(self, s: frozenset[str]) -> bool:
        return self.safe(s) and all(self.defends(s, a) for a in s)

    def c(self, s: frozenset[str]) -> bool:
        return self.closed(s) and self.d(s)

    def stable(self, s: frozenset[str]) -> bool:
        rest = [b for b in self.args if b not in s]
        return self.conflict_free(s) and all(self.set_defeats(s, b) for b in rest)


def maximal(sets: set[frozenset[str]]) -> set[frozenset[str]]:
    return {s for s in sets if not any(s < t for t in sets)}


@settings(max_examples=80, deadline=None)
@given(bf=bipolar_frameworks())
def test_admissibility_matches_the_definitions(bf: BipolarFramework) -> None:
    oracle = Oracle(bf)
    every = list(subsets(bf.arguments))
    for name, test, enumerate_, preferred in (
        ("d", oracle.d, bipolar.d_admissible_sets, bipolar.d_preferred_extensions),
        ("s", oracle.s, bipolar.s_admissible_sets, bipolar.s_preferred_extensions),
        ("c", oracle.c, bipolar.c_admissible_sets, bipolar.c_preferred_extensions),
    ):
        expected = {s for s in every if test(s)}
        assert family(enumerate_(bf)) == expected, name
        assert family(preferred(bf)) == maximal(expected), name
    assert family(bipolar.stable_extensions(bf)) == {s for s in every if oracle.stable(s)}
    for s in every:
        assert bipolar.is_d_admissible(bf, s) == oracle.d(s)
        assert bipolar.is_s_admissible(bf, s) == oracle.s(s)
        assert bipolar.is_c_admissible(bf, s) == oracle.c(s)


def connected_by_support(bf: BipolarFramework, s: frozenset[str]) -> bool:
    if not s:
        return False
    seen, stack = set(), [next(iter(s))]
    while stack:
        a = stack.pop()
        if a in seen:
            continue
        seen.add(a)
        stack += [b for b in s if (a, b) in bf.supports or (b, a) in bf.supports]
    return seen == s


@settings(max_examples=80, deadline=None)
@given(bf=bipolar_frameworks())
def test_coalitions_match_the_definition(bf: BipolarFramework) -> None:
    candidates = {
        s
        for s in subsets(bf.arguments)
        if connected_by_support(bf, s) and not any((a, b) in bf.attacks for a in s for b in s)
    }
    assert family(bipolar.coalitions(bf)) == maximal(candidates)


# -- evidential semantics against Oren & Norman's definitions ----------------------------
def evidence_chains(bf: BipolarFramework, end: str) -> list[frozenset[str]]:
    """Every simple support chain from a prima-facie argument to ``end`` (its nodes)."""
    chains: list[frozenset[str]] = []

    def walk(node: str, path: list[str]) -> None:
        if node in bf.prima_facie:
            chains.append(frozenset(path))
        for p in bf.supporters(node):
            if p not in path:
                walk(p, [*path, p])

    walk(end, [end])
    return chains


def e_admissible(bf: BipolarFramework, s: frozenset[str]) -> bool:
    """Oren & Norman 2008 with binary supports: every member has an evidence chain
    inside ``s``, ``s`` is conflict-free, and ``s`` e-supported-attacks some member of
    every minimal e-supported attack (a chain ending at an attacker) on a member."""

    def e_supported(a: str, within: frozenset[str]) -> bool:
        return any(chain <= within for chain in evidence_chains(bf, a))

    def attacks_with_evidence(x: str) -> bool:
        return any(e_supported(y, s) and x in bf.targets(y) for y in s)

    if any(b in bf.targets(a) for a in s for b in s):
        return False
    for a in s:
        if not e_supported(a, s):
            return False
        for attacker in bf.attackers(a):
            for chain in evidence_chains(bf, attacker):
                if not any(attacks_with_evidence(x) for x in chain):
                    return False
    return True


@settings(max_examples=100, deadline=None)
@given(bf=support_forests(max_size=5, self_supports=False, attack_odds=4))
def test_evidential_preferred_matches_oren_norman_on_support_forests(
    bf: BipolarFramework,
) -> None:
    admissible = {s for s in subsets(bf.arguments) if e_admissible(bf, s)}
    assert family(bipolar.extensions(bf, "preferred")) == maximal(admissible)


def test_evidential_collective_defeat_is_not_represented() -> None:
    """The documented limit: b's two evidence chains die through different arguments."""
    bf = BipolarFramework(
        ["p", "q", "b"],
        attacks=[("p", "p"), ("q", "q")],
        supports=[("p", "b"), ("q", "b")],
        interpretation="evidential",
    )
    assert family(bipolar.extensions(bf, "preferred")) == {frozenset({"b"})}
    admissible = {s for s in subsets(bf.arguments) if e_admissible(bf, s)}
    assert maximal(admissible) == {frozenset()}
