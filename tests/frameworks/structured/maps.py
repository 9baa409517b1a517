"""Small maps written compactly, for the structured reading's tests."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

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
