"""Random maps for the exercise tests: quoted claims, implicit premises, schemes, attacks."""

from __future__ import annotations

from typing import Any

from hypothesis import assume
from hypothesis import strategies as st

from argmap.model import ArgumentMap, MapValidationError, Scheme

SCHEMES = [s.value for s in Scheme]


@st.composite
def quoted_maps(draw: st.DrawFn) -> ArgumentMap:
    """Small maps over a source text of sentences, some claims quoting one sentence each,
    some implicit; supports (some with a scheme), rebuts, undermines and undercuts; the
    source cut into sections or into paragraphs."""
    n = draw(st.integers(2, 7))
    ids = [f"s{i}" for i in range(n)]
    implicit = {s for s in ids if draw(st.booleans()) and s != ids[0]}
    sentences = [f"Sentence number {i} says something <b>&amp; more</b>." for i in range(n)]
    paragraphs = draw(st.booleans())
    text = ""
    spans: dict[str, list[int]] = {}
    for position, (sid, sentence) in enumerate(zip(ids, sentences, strict=True)):
        if position:
            text += "\n\n" if paragraphs and position % 2 == 0 else " "
        spans[sid] = [len(text), len(text) + len(sentence)]
        text += sentence
    statements: list[dict[str, Any]] = [{"id": "q", "kind": "issue", "text": {"en": "Q?"}}]
    for sid in ids:
        st_data: dict[str, Any] = {
            "id": sid,
            "text": {"en": f"Claim {sid}.", "fr": f"Thèse {sid}."},
        }
        if sid in implicit:
            st_data["implicit"] = True
        else:
            st_data["provenance"] = {
                "source": "src",
                "speaker": "p",
                "span": spans[sid],
                "quote": sentences[int(sid[1:])],
            }
        if sid == ids[0]:
            st_data["answers"] = "q"
        statements.append(st_data)
    supports: list[dict[str, Any]] = []
    seen = set()
    for k in range(draw(st.integers(0, 4))):
        conclusion = draw(st.sampled_from(ids))
        others = [s for s in ids if s != conclusion]
        premises = draw(st.lists(st.sampled_from(others), min_size=1, max_size=2, unique=True))
        key = (frozenset(premises), conclusion)
        if key in seen:
            continue
        seen.add(key)
        support: dict[str, Any] = {"id": f"p{k}", "premises": premises, "conclusion": conclusion}
        if draw(st.booleans()):
            support["scheme"] = draw(st.sampled_from(SCHEMES))
        supports.append(support)
    premise_ids = sorted({p for s in supports for p in s["premises"]})
    kinds = ["rebut"] + (["undermine"] if premise_ids else []) + (["undercut"] if supports else [])
    attacks = []
    seen_attacks = set()
    for k in range(draw(st.integers(0, 4))):
        kind = draw(st.sampled_from(kinds))
        source = draw(st.sampled_from(ids))
        if kind == "rebut":
            target = draw(st.sampled_from(ids))
        elif kind == "undermine":
            target = draw(st.sampled_from(premise_ids))
        else:
            target = draw(st.sampled_from([s["id"] for s in supports]))
        if (source, target, kind) not in seen_attacks:
            seen_attacks.add((source, target, kind))
            attacks.append({"id": f"x{k}", "kind": kind, "source": source, "target": target})
    source: dict[str, Any] = {"id": "src", "title": "Source", "text": text}
    if not paragraphs:
        middle = spans[ids[n // 2]][0]
        source["sections"] = [
            {"id": "a", "title": {"en": "First", "fr": "Début"}, "span": [0, middle]},
            {"id": "b", "title": "Second", "span": [middle, len(text)]},
        ]
    try:
        return ArgumentMap(
            title="Random",
            sources=[source],
            participants=[{"id": "p", "name": "P"}],
            statements=statements,
            supports=supports,
            attacks=attacks,
        )
    except MapValidationError:
        assume(False)
        raise
