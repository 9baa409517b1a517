"""Small maps written compactly, and random ones, for the structured reading's tests."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from hypothesis import strategies as st

from argmap.model import ArgumentMap


def build(
    claims: Iterable[str],
    supports: Mapping[str, tuple[Iterable[str], str]] | None = None,
    attacks: Iterable[tuple[str, str, str]] = (),
    *,
    strict: Iterable[str] = (),
    premise: Iterable[str] = (),
    contradictory: Iterable[int] = (),
    weights: Mapping[str, float] | None = None,
    preferences: Iterable[tuple[str, str]] = (),
) -> ArgumentMap:
    """A map: ``supports`` as ``{id: (premises, conclusion)}``, ``attacks`` as
    ``(kind, source, target)`` (ids ``x0, x1, ...``; ``contradictory`` lists the
    positions of the contradictory ones), ``preferences`` as ``(stronger, weaker)``."""
    weights = weights or {}
    marked = set(premise)
    statements: list[dict[str, Any]] = []
    for c in claims:
        st: dict[str, Any] = {"id": c, "text": {"en": c}}
        if c in weights:
            st["weight"] = weights[c]
        if c in marked:
            st["premise"] = True
        statements.append(st)
    strict_ids = set(strict)
    both = set(contradictory)
    return ArgumentMap(
        title="t",
        statements=statements,
        supports=[
            {"id": s, "premises": list(ps), "conclusion": c, "strict": s in strict_ids}
            for s, (ps, c) in (supports or {}).items()
        ],
        attacks=[
            {"id": f"x{i}", "kind": k, "source": a, "target": b, "contradictory": i in both}
            for i, (k, a, b) in enumerate(attacks)
        ],
        preferences=[{"stronger": a, "weaker": b} for a, b in preferences],
    )


@st.composite
def random_maps(draw: st.DrawFn, *, preferences: bool = False, strict: bool = True) -> ArgumentMap:
    """A random valid map of 2-7 claims, up to 6 supports (linked or not, strict or
    defeasible, cycles allowed) and 6 attacks of every kind, one-way or contradictory;
    with ``preferences``, random weights and acyclic preferences between supports and
    between statements."""
    n = draw(st.integers(2, 7))
    claims = [f"c{i}" for i in range(n)]
    supports: dict[str, tuple[list[str], str]] = {}
    strict_ids: list[str] = []
    used: set[tuple[frozenset[str], str]] = set()
    for k in range(draw(st.integers(0, 6))):
        conclusion = draw(st.sampled_from(claims))
        others = [c for c in claims if c != conclusion]
        premises = draw(st.lists(st.sampled_from(others), min_size=1, max_size=3, unique=True))
        if (frozenset(premises), conclusion) in used:
            continue
        used.add((frozenset(premises), conclusion))
        supports[f"s{k}"] = (premises, conclusion)
        if strict and draw(st.integers(0, 3)) == 0:
            strict_ids.append(f"s{k}")
    in_premises = {p for ps, _ in supports.values() for p in ps}
    defeasible = [s for s in supports if s not in strict_ids]
    attacks: list[tuple[str, str, str]] = []
    both: list[int] = []
    seen: set[tuple[str, str, str]] = set()
    for _ in range(draw(st.integers(0, 6))):
        kind = draw(st.sampled_from(["rebut", "undermine", "undercut"]))
        source = draw(st.sampled_from(claims))
        if kind == "undercut":
            if not defeasible:
                continue
            target = draw(st.sampled_from(defeasible))
        else:
            target = draw(st.sampled_from([c for c in claims if c != source]))
            if kind == "undermine" and target not in in_premises:
                kind = "rebut"
        if (kind, source, target) in seen:
            continue
        seen.add((kind, source, target))
        if kind != "undercut" and draw(st.booleans()):
            both.append(len(attacks))
        attacks.append((kind, source, target))
    marked = draw(st.lists(st.sampled_from(claims), max_size=2, unique=True))
    weights: dict[str, float] = {}
    prefs: list[tuple[str, str]] = []
    if preferences:
        for c in claims:
            w = draw(st.sampled_from([None, 0.2, 0.5, 0.8]))
            if w is not None:
                weights[c] = w
        for pool in (claims, list(supports)):
            if len(pool) < 2:
                continue
            rank = draw(st.permutations(pool))
            for _ in range(draw(st.integers(0, 3))):
                i, j = draw(st.tuples(st.integers(0, len(pool) - 1), st.integers(0, len(pool) - 1)))
                if i < j and (rank[j], rank[i]) not in prefs:
                    prefs.append((rank[j], rank[i]))
    return build(
        claims,
        supports,
        attacks,
        strict=strict_ids,
        premise=marked,
        contradictory=both,
        weights=weights,
        preferences=prefs,
    )
