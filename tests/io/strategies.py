"""Random argument maps for the format round-trip tests (hypothesis).

The maps have what the exchange formats carry: statements with English (and
sometimes French) paraphrases, quotes by named speakers from one inline source,
supports (single and linked) with or without a scheme, and every kind of attack.
"""

from __future__ import annotations

from typing import Any

from hypothesis import assume
from hypothesis import strategies as st

from argmap.model import ArgumentMap, MapValidationError, Scheme

WORDS = st.sampled_from(
    [
        "tea",
        "coffee",
        "calm",
        "sleep",
        "price",
        "taste",
        "habit",
        "health",
        "Zoé",
        "café",
        "l'été",
        "«oui»",
        "<b>",
        "&amp;",
        "a:b",
        "x] y",
        "naïve",
    ]
)


@st.composite
def sentences(draw: st.DrawFn) -> str:
    words = draw(st.lists(WORDS, min_size=1, max_size=6))
    return " ".join(words).capitalize() + "."


@st.composite
def maps(draw: st.DrawFn, *, quotes: bool = True) -> ArgumentMap:
    """A valid map of 2–7 statements, some quoted, with supports and attacks."""
    n = draw(st.integers(2, 7))
    ids = [f"c{i}" for i in range(n)]
    speakers = draw(
        st.lists(st.sampled_from(["ann", "bob", "zoe"]), min_size=1, max_size=3, unique=True)
    )
    names = {"ann": "Ann Onyme", "bob": "Bob", "zoe": "Zoé Martin"}
    lines: list[str] = []
    statements: list[dict[str, Any]] = []
    for k, sid in enumerate(ids):
        text = {"en": f"{draw(sentences())} ({k})"}
        if draw(st.booleans()):
            text["fr"] = f"{draw(sentences())} [{k}]"
        statement: dict[str, Any] = {"id": sid, "text": text}
        if quotes and draw(st.booleans()):
            said = f"{draw(sentences())} #{k}"
            speaker = draw(st.sampled_from(speakers))
            start = sum(len(line) + 1 for line in lines) + len(names[speaker]) + 2
            lines.append(f"{names[speaker]}: {said}")
            statement["provenance"] = {
                "source": "talk",
                "speaker": speaker,
                "quote": said,
                "span": [start, start + len(said)],
            }
        statements.append(statement)
    supports: list[dict[str, Any]] = []
    seen: set[tuple[frozenset[str], str]] = set()
    for k in range(draw(st.integers(0, 4))):
        conclusion = draw(st.sampled_from(ids))
        others = [s for s in ids if s != conclusion]
        premises = draw(st.lists(st.sampled_from(others), min_size=1, max_size=3, unique=True))
        key = (frozenset(premises), conclusion)
        if key in seen:
            continue
        seen.add(key)
        support: dict[str, Any] = {"id": f"s{k}", "premises": premises, "conclusion": conclusion}
        scheme = draw(st.none() | st.sampled_from(list(Scheme)))
        if scheme is not None:
            support["scheme"] = scheme.value
        supports.append(support)
    premise_ids = sorted({p for s in supports for p in s["premises"]})
    kinds = ["rebut"] + (["undermine"] if premise_ids else []) + (["undercut"] if supports else [])
    attacks: list[dict[str, Any]] = []
    seen_attacks: set[tuple[str, str]] = set()
    for k in range(draw(st.integers(0, 5))):
        kind = draw(st.sampled_from(kinds))
        source = draw(st.sampled_from(ids))
        if kind == "rebut":
            target = draw(st.sampled_from(ids))
        elif kind == "undermine":
            target = draw(st.sampled_from(premise_ids))
        else:
            target = draw(st.sampled_from([s["id"] for s in supports]))
        if source == target or (source, target) in seen_attacks:
            continue
        seen_attacks.add((source, target))
        attacks.append({"id": f"x{k}", "kind": kind, "source": source, "target": target})
    data: dict[str, Any] = {
        "title": "Random debate",
        "language": "en",
        "statements": statements,
        "supports": supports,
        "attacks": attacks,
    }
    if lines:
        data["sources"] = [{"id": "talk", "title": "Talk", "text": "\n".join(lines) + "\n"}]
        data["participants"] = [{"id": s, "name": names[s]} for s in speakers]
    try:
        return ArgumentMap.model_validate(data)
    except MapValidationError:
        assume(False)
        raise
