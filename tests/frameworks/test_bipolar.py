"""Bipolar frameworks: construction, complex attacks, flattenings and their reasons."""

from __future__ import annotations

import itertools
import json
import tracemalloc
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from argmap.frameworks.abstract import FrameworkError
from argmap.frameworks.bipolar import (
    BipolarFramework,
    ComplexAttack,
    DerivedAttack,
    Flattening,
    Link,
    Relation,
    SupportInterpretation,
)

REFERENCE = (
    Path(__file__).resolve().parents[2] / ".." / "shared" / "reference" / "bipolar_examples.json"
)
REFERENCE_KEYS = {
    "supported_attacks": ComplexAttack.SUPPORTED,
    "secondary_attacks": ComplexAttack.SECONDARY,
    "mediated_attacks": ComplexAttack.MEDIATED,
    "super_mediated_attacks": ComplexAttack.SUPER_MEDIATED,
    "necessary_extended_attacks_i": ComplexAttack.NECESSARY_SECONDARY,
    "necessary_extended_attacks_ii": ComplexAttack.NECESSARY_EXTENDED,
}


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


def pairs(raw: list[list[str]]) -> frozenset[tuple[str, str]]:
    return frozenset((a, b) for a, b in raw)


# -- construction -----------------------------------------------------------------------
def test_views() -> None:
    bf = BipolarFramework(
        ["a", "b", "c", "d"], attacks=[("d", "c")], supports=[("a", "b"), ("b", "c")]
    )
    assert bf.arguments == ("a", "b", "c", "d")
    assert bf.attackers("c") == {"d"} and bf.targets("d") == {"c"}
    assert bf.supporters("c") == {"b"} and bf.supported("a") == {"b"}
    assert bf.support_closure("a") == {"b", "c"} and bf.support_closure("c") == frozenset()
    assert bf.interpretation is SupportInterpretation.GENERAL
    assert bf.prima_facie == {"a", "d"}
    assert bf.attack_framework().attacks == {("d", "c")}
    assert len(bf) == 4 and "a" in bf and list(bf) == ["a", "b", "c", "d"]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"attacks": [("a", "x")]}, r"attack \('a', 'x'\) names unknown argument 'x'"),
        ({"supports": [("y", "a")]}, r"support \('y', 'a'\) names unknown argument 'y'"),
        ({"prima_facie": ["a", "q"]}, r"prima-facie arguments \['q'\] are not arguments"),
        ({"interpretation": "abductive"}, "unknown support interpretation 'abductive'"),
        ({"attacks": [("a", "b", "c")]}, "is not a pair"),
    ],
)
def test_mistakes_are_named(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(FrameworkError, match=message):
        BipolarFramework(["a", "b"], **kwargs)


def test_duplicates_and_unknown_lookups() -> None:
    with pytest.raises(FrameworkError, match="listed twice"):
        BipolarFramework(["a", "a"])
    with pytest.raises(KeyError, match="'z' is not an argument"):
        BipolarFramework(["a"]).attackers("z")
    with pytest.raises(ValueError, match="unknown flattening 'x'"):
        BipolarFramework(["a"]).flatten("x")


def test_interpretation_chooses_the_default_flattening() -> None:
    edges: dict[str, Any] = {"attacks": [("c", "a")], "supports": [("a", "b")]}
    deductive = BipolarFramework(["a", "b", "c"], **edges, interpretation="deductive")
    necessary = deductive.with_interpretation(SupportInterpretation.NECESSARY)
    assert deductive.flatten().attacks == {("c", "a")}
    assert necessary.flatten().attacks == {("c", "a"), ("c", "b")}
    assert necessary.flatten() == deductive.flatten("necessary")
    assert deductive != necessary
    assert {i.flattening for i in SupportInterpretation} == {
        Flattening.CLS2005_GENERAL,
        Flattening.DEDUCTIVE,
        Flattening.NECESSARY,
        Flattening.EVIDENTIAL,
    }


# -- published patterns -------------------------------------------------------------------
@pytest.mark.parametrize("example", _examples())
def test_complex_attacks_match_the_reference(example: dict[str, Any]) -> None:
    bf = framework_of(example)
    for key, kind in REFERENCE_KEYS.items():
        assert bf.complex_attacks(kind) == pairs(example["expected"]["complex_attacks"][key]), key
    for key, claim in example["published_claims"].items():
        assert pairs(claim["pairs"]) <= bf.complex_attacks(REFERENCE_KEYS[key])


@pytest.mark.parametrize("example", _examples())
def test_flattened_attacks_match_the_reference(example: dict[str, Any]) -> None:
    bf = framework_of(example)
    for name, expected in example["expected"]["flattenings"].items():
        flat = bf.flatten(name)
        assert flat.attacks == pairs(expected["attacks"]), name
        assert flat.arguments == bf.arguments


@pytest.mark.parametrize("example", _examples())
def test_derived_attacks_are_the_added_ones_with_valid_reasons(example: dict[str, Any]) -> None:
    bf = framework_of(example)
    for flattening in Flattening:
        derived = bf.derived_attacks(flattening)
        added = bf.flatten(flattening).attacks - bf.attacks
        assert {(d.source, d.target) for d in derived} == added
        for d in derived:
            assert_valid_witness(bf, d)


# -- witnesses -------------------------------------------------------------------------
def _chain_ok(bf: BipolarFramework, links: list[Any], start: str, end: str) -> bool:
    """``links`` is a support chain start ⇒ … ⇒ end of length ≥ 1."""
    if not links or links[0].source != start or links[-1].target != end:
        return False
    joined = all(x.target == y.source for x, y in itertools.pairwise(links))
    return joined and all(
        link.relation is Relation.SUPPORT and (link.source, link.target) in bf.supports
        for link in links
    )


def assert_valid_witness(bf: BipolarFramework, d: DerivedAttack) -> None:
    """The path has the shape of its kind and every link is an edge of ``bf``."""
    path = list(d.path)
    attacks = [i for i, link in enumerate(path) if link.relation is Relation.ATTACK]
    assert len(attacks) == 1, d
    k = attacks[0]
    attack = path[k]
    assert (attack.source, attack.target) in bf.attacks
    before, after = path[:k], path[k + 1 :]
    a, b, u, x = d.source, d.target, attack.source, attack.target
    kind = d.kind.value.replace("evidential", "necessary")
    if kind == "supported":
        assert _chain_ok(bf, before, a, u) and x == b and not after
    elif kind in ("secondary", "necessary_secondary"):
        assert u == a and not before and _chain_ok(bf, after, x, b)
    elif kind == "mediated":
        assert u == a and _chain_ok(bf, before, b, x) and not after
    elif kind == "super_mediated":
        assert _chain_ok(bf, before, a, u) and _chain_ok(bf, after, b, x)
    elif kind == "necessary_extended":
        assert _chain_ok(bf, before, u, a) and x == b and not after
    elif kind == "necessary_chained":
        assert _chain_ok(bf, before, u, a) and _chain_ok(bf, after, x, b)
    else:  # pragma: no cover
        pytest.fail(f"unexpected kind {d.kind}")
    assert str(d.source) in d.describe() and d.kind.value.replace("_", "-") in d.describe()


def test_witness_text_and_lookup() -> None:
    bf = BipolarFramework(
        ["A", "B", "C", "D", "F"],
        attacks=[("C", "D")],
        supports=[("A", "B"), ("B", "C"), ("F", "D")],
    )
    reasons = {(d.source, d.target): d for d in bf.derived_attacks("deductive")}
    assert reasons["A", "D"].describe() == "supported attack A → D: A ⇒ B ⇒ C → D"
    assert reasons["C", "F"].describe() == "mediated attack C → F: F ⇒ D ; C → D"
    assert reasons["A", "F"].kind is ComplexAttack.SUPER_MEDIATED
    assert reasons["A", "F"].describe() == "super-mediated attack A → F: A ⇒ B ⇒ C → D ; F ⇒ D"
    witness = bf.complex_attack_witness("super_mediated", "B", "F")
    assert witness is not None and str(witness.path[-1]) == "F ⇒ D"
    assert bf.complex_attack_witness("mediated", "A", "B") is None


def test_self_support_creates_patterns_through_itself() -> None:
    bf = BipolarFramework(["a", "b"], attacks=[("b", "a")], supports=[("b", "b")])
    assert bf.support_closure("b") == {"b"}
    assert bf.complex_attacks("supported") == {("b", "a")}
    assert bf.derived_attacks("deductive") == ()  # (b, a) is direct: nothing to add


# -- brute force against the definitions ------------------------------------------------
@st.composite
def bipolar_frameworks(draw: Any, max_size: int = 5) -> BipolarFramework:
    n = draw(st.integers(1, max_size))
    names = [chr(ord("a") + i) for i in range(n)]
    attacks, supports = [], []
    for s, t in itertools.product(names, repeat=2):
        kind = draw(st.sampled_from(["-", "-", "-", "att", "sup"]))
        if kind == "att":
            attacks.append((s, t))
        elif kind == "sup":
            supports.append((s, t))
    return BipolarFramework(names, attacks, supports)


def closure(bf: BipolarFramework, reflexive: bool) -> set[tuple[str, str]]:
    """Warshall: (u, v) iff a support path u ⇒* v (reflexive) or u ⇒⁺ v."""
    reach = set(bf.supports)
    for k, i, j in itertools.product(bf.arguments, repeat=3):
        if (i, k) in reach and (k, j) in reach:
            reach.add((i, j))
    if reflexive:
        reach |= {(a, a) for a in bf.arguments}
    return reach


def by_definition(bf: BipolarFramework) -> dict[str, set[tuple[str, str]]]:
    plus, star = closure(bf, False), closure(bf, True)
    args, att = bf.arguments, set(bf.attacks)
    out: dict[str, set[tuple[str, str]]] = {k: set() for k in ComplexAttack}
    for a, b, u, x in itertools.product(args, repeat=4):
        if (u, x) not in att:
            continue
        if (a, u) in plus and x == b:
            out["supported"].add((a, b))
        if u == a and (x, b) in plus:
            out["secondary"].add((a, b))
            out["necessary_secondary"].add((a, b))
        if u == a and (b, x) in plus:
            out["mediated"].add((a, b))
        if (a, u) in plus and (b, x) in plus:
            out["super_mediated"].add((a, b))
        if (u, a) in plus and x == b:
            out["necessary_extended"].add((a, b))
        if (u, a) in plus and (x, b) in plus:
            out["necessary_chained"].add((a, b))
    flat = {
        "cls2005_general": att | out["supported"] | out["secondary"],
        "deductive": {
            (a, b)
            for a, b, u, x in itertools.product(args, repeat=4)
            if (a, u) in star and (u, x) in att and (b, x) in star
        },
        "deductive_mediated_only": att | out["mediated"],
        "necessary": {
            (a, b)
            for a, b, u, x in itertools.product(args, repeat=4)
            if (u, a) in star and (u, x) in att and (x, b) in star
        },
    }
    return {**out, **flat}


@settings(max_examples=100, deadline=None)
@given(bf=bipolar_frameworks())
def test_patterns_and_flattenings_match_their_definitions(bf: BipolarFramework) -> None:
    expected = by_definition(bf)
    for kind in ComplexAttack:
        if kind.value.startswith("evidential"):
            continue
        assert bf.complex_attacks(kind) == expected[kind.value], kind
    for flattening in ("cls2005_general", "deductive", "deductive_mediated_only", "necessary"):
        assert bf.flatten(flattening).attacks == expected[flattening], flattening
    for each in Flattening:
        for d in bf.derived_attacks(each):
            assert_valid_witness(bf, d)


@settings(max_examples=100, deadline=None)
@given(bf=bipolar_frameworks())
def test_necessary_is_deductive_read_backwards(bf: BipolarFramework) -> None:
    assert bf.flatten("necessary").attacks == bf.reversed_supports().flatten("deductive").attacks


# -- evidential support ---------------------------------------------------------------------
def test_evidence_must_start_at_a_prima_facie_argument() -> None:
    bf = BipolarFramework(
        ["p", "q", "x", "y", "k"],
        attacks=[("x", "q"), ("k", "p")],
        supports=[("p", "q"), ("x", "y"), ("y", "x")],
        interpretation="evidential",
    )
    assert bf.prima_facie == {"p", "k"}
    assert bf.evidentially_supported() == {"p", "q", "k"}
    flat = bf.flatten()
    assert flat.arguments == ("p", "q", "k")  # the x/y circle has no evidence
    assert flat.attacks == {("k", "p"), ("k", "q")}  # x's attack does not count
    (reason,) = bf.derived_attacks()
    assert reason.describe() == "evidential-secondary attack k → q: k → p ⇒ q"


def test_explicit_prima_facie_and_self_support() -> None:
    bf = BipolarFramework(
        ["a", "b"], attacks=[("b", "a")], supports=[("a", "a")], interpretation="evidential"
    )
    assert bf.prima_facie == {"a", "b"}  # a self-support is no evidence but no need either
    only_b = bf.with_interpretation("evidential", prima_facie=["b"])
    assert only_b.evidentially_supported() == {"b"}


def test_only_arguments_on_every_evidence_chain_ground() -> None:
    # c has two independent chains (from p and from q): attacking p alone does not
    # remove c's evidence, so k attacks p and r but not c.
    bf = BipolarFramework(
        ["p", "q", "r", "c", "k"],
        attacks=[("k", "p")],
        supports=[("p", "r"), ("r", "c"), ("q", "c")],
        interpretation="evidential",
    )
    assert bf.flatten().attacks == {("k", "p"), ("k", "r")}
    # With one chain only, the attack reaches c through r.
    single = BipolarFramework(
        ["p", "r", "c", "k"],
        attacks=[("k", "p")],
        supports=[("p", "r"), ("r", "c")],
        interpretation="evidential",
    )
    assert single.flatten().attacks == {("k", "p"), ("k", "r"), ("k", "c")}


@st.composite
def support_forests(
    draw: Any, max_size: int = 6, self_supports: bool = True, attack_odds: int = 5
) -> BipolarFramework:
    """Evidential frameworks where each argument has at most one supporter (itself
    too, when ``self_supports``); each other pair attacks with chance 1/``attack_odds``."""
    n = draw(st.integers(1, max_size))
    names = [chr(ord("a") + i) for i in range(n)]
    supports = []
    for t in names:
        candidates = [x for x in names if self_supports or x != t]
        source = draw(st.sampled_from([None, *candidates]))
        if source is not None:
            supports.append((source, t))
    attacks = [
        (s, t)
        for s, t in itertools.product(names, repeat=2)
        if (s, t) not in supports and draw(st.integers(1, attack_odds)) == 1
    ]
    return BipolarFramework(names, attacks, supports, interpretation="evidential")


@settings(max_examples=100, deadline=None)
@given(bf=support_forests())
def test_evidential_on_a_support_forest_is_necessary_on_the_evidenced_part(
    bf: BipolarFramework,
) -> None:
    kept = bf.evidentially_supported()
    necessary = {(a, b) for a, b in bf.flatten("necessary").attacks if a in kept and b in kept}
    assert bf.flatten("evidential").attacks == necessary
    assert set(bf.flatten("evidential").arguments) == kept


def shortest_plus(bf: BipolarFramework) -> dict[tuple[str, str], int]:
    """Floyd-Warshall: the length of a shortest support path u ⇒⁺ v, for each such pair."""
    far = dict.fromkeys(bf.supports, 1)
    for k, i, j in itertools.product(bf.arguments, repeat=3):
        if (i, k) in far and (k, j) in far:
            through = far[i, k] + far[k, j]
            if through < far.get((i, j), through + 1):
                far[i, j] = through
    return far


@settings(max_examples=100, deadline=None)
@given(bf=bipolar_frameworks())
def test_every_witness_is_a_shortest_one(bf: BipolarFramework) -> None:
    far = shortest_plus(bf)
    none = len(bf.arguments) ** 2

    def d(u: str, v: str) -> int:
        return far.get((u, v), none)

    lengths = {
        "supported": lambda a, b, u, x: d(a, u) + 1 if x == b else none,
        "secondary": lambda a, b, u, x: 1 + d(x, b) if u == a else none,
        "necessary_secondary": lambda a, b, u, x: 1 + d(x, b) if u == a else none,
        "mediated": lambda a, b, u, x: d(b, x) + 1 if u == a else none,
        "super_mediated": lambda a, b, u, x: d(a, u) + 1 + d(b, x),
        "necessary_extended": lambda a, b, u, x: d(u, a) + 1 if x == b else none,
        "necessary_chained": lambda a, b, u, x: d(u, a) + 1 + d(x, b),
    }
    for kind, length in lengths.items():
        for a, b in bf.complex_attacks(kind):
            witness = bf.complex_attack_witness(kind, a, b)
            assert witness is not None
            assert_valid_witness(bf, witness)
            shortest = min(length(a, b, u, x) for u, x in bf.attacks)
            assert len(witness.path) == shortest, witness


def test_necessary_reading_of_a_long_support_chain_takes_linear_memory() -> None:
    # a0 ⇒ a1 ⇒ … ⇒ a(n-1), and z attacks a0: under the necessary reading z attacks
    # every argument, each through a chain as long as the distance from a0. Storing
    # every support path (or every witness written out) takes memory quadratic in n.
    n = 5_000
    names = [f"a{i}" for i in range(n)]
    bf = BipolarFramework(
        [*names, "z"],
        attacks=[("z", "a0")],
        supports=list(itertools.pairwise(names)),
        interpretation="necessary",
    )
    tracemalloc.start()
    try:
        flat = bf.flatten()
        derived = bf.derived_attacks()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert flat.attacks == {("z", a) for a in names}
    assert len(derived) == n - 1
    assert peak < 20 * 2**20, f"{peak / 2**20:.0f} MiB"
    farthest = bf.complex_attack_witness("necessary_secondary", "z", names[-1])
    assert farthest is not None and len(farthest.path) == n
    assert farthest.path[0] == Link("z", "a0", Relation.ATTACK)


def test_derived_attacks_given_a_path_or_rebuilt_are_equal_and_immutable() -> None:
    bf = BipolarFramework(["a", "b", "c"], attacks=[("b", "c")], supports=[("a", "b")])
    (lazy,) = bf.derived_attacks("deductive")
    given_path = DerivedAttack("a", "c", ComplexAttack.SUPPORTED, lazy.path)
    assert lazy == given_path and hash(lazy) == hash(given_path)
    assert repr(lazy) == repr(given_path)
    with pytest.raises(AttributeError, match="immutable"):
        lazy.source = "b"
