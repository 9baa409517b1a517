"""Random argument maps for the property tests (hypothesis), shared by every area.

* :func:`maps`: what the exchange formats carry: statements with English (and
  sometimes French) paraphrases, quotes by named speakers from one inline source,
  supports (single and linked) with or without a scheme, and every kind of attack;
* :func:`quoted_maps`: claims quoting one sentence each of a source cut into
  sections or paragraphs, implicit premises, an issue (the exercises);
* :func:`plain_maps`: statements with supports and attacks only (what-if analyses);
* :func:`voiced_maps`: speakers, stances, an issue and implicit premises, with
  sentences in both languages that trip explanations up (the prose checks).

:func:`relations` draws the supports and attacks they share.
"""

from __future__ import annotations

from typing import Any

from hypothesis import assume
from hypothesis import strategies as st

from argmap.model import ArgumentMap, MapValidationError, Scheme

SCHEMES = [s.value for s in Scheme]

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
def relations(
    draw: st.DrawFn,
    ids: list[str],
    *,
    supports: int = 4,
    premises: int = 3,
    attacks: int = 5,
    support_id: str = "s",
    schemes: bool = False,
    self_attacks: bool = True,
    distinct_pairs: bool = False,
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Supports and attacks between the statements ``ids``, as a map's data.

    Up to ``supports`` supports (ids ``<support_id>0``, ...) of 1..``premises`` premises
    each, no two with the same premises and conclusion, some with a scheme when
    ``schemes``; up to ``attacks`` attacks (ids ``x0``, ...): rebuts on statements,
    undermines on premises, undercuts on supports, none repeated (nor a statement's
    attack on itself unless ``self_attacks``; with ``distinct_pairs``, at most one
    attack, of whatever kind, from one element on another).
    """
    drawn_supports: list[dict[str, Any]] = []
    seen: set[tuple[frozenset[str], str]] = set()
    for k in range(draw(st.integers(0, supports))):
        conclusion = draw(st.sampled_from(ids))
        others = [s for s in ids if s != conclusion]
        chosen = draw(st.lists(st.sampled_from(others), min_size=1, max_size=premises, unique=True))
        key = (frozenset(chosen), conclusion)
        if key in seen:
            continue
        seen.add(key)
        support: dict[str, Any] = {
            "id": f"{support_id}{k}",
            "premises": chosen,
            "conclusion": conclusion,
        }
        if schemes and draw(st.booleans()):
            support["scheme"] = draw(st.sampled_from(SCHEMES))
        drawn_supports.append(support)
    premise_ids = sorted({p for s in drawn_supports for p in s["premises"]})
    kinds = (
        ["rebut"]
        + (["undermine"] if premise_ids else [])
        + (["undercut"] if drawn_supports else [])
    )
    drawn_attacks: list[dict[str, Any]] = []
    seen_attacks: set[tuple[str, ...]] = set()
    for k in range(draw(st.integers(0, attacks))):
        kind = draw(st.sampled_from(kinds))
        source = draw(st.sampled_from(ids))
        if kind == "rebut":
            target = draw(st.sampled_from(ids))
        elif kind == "undermine":
            target = draw(st.sampled_from(premise_ids))
        else:
            target = draw(st.sampled_from([s["id"] for s in drawn_supports]))
        key = (source, target) if distinct_pairs else (source, target, kind)
        if key in seen_attacks or (source == target and not self_attacks):
            continue
        seen_attacks.add(key)
        drawn_attacks.append({"id": f"x{k}", "kind": kind, "source": source, "target": target})
    return drawn_supports, drawn_attacks


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
    supports, attacks = draw(relations(ids, schemes=True, self_attacks=False, distinct_pairs=True))
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
    supports, attacks = draw(relations(ids, premises=2, attacks=4, support_id="p", schemes=True))
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


@st.composite
def plain_maps(draw: st.DrawFn) -> ArgumentMap:
    """Small random maps with supports (linked or not), rebuts, undermines and undercuts."""
    n = draw(st.integers(2, 5))
    ids = [f"s{i}" for i in range(n)]
    statements = [{"id": s, "text": {"en": f"Claim {s}."}} for s in ids]
    supports, attacks = draw(relations(ids, supports=3, premises=2, support_id="p"))
    try:
        return ArgumentMap(title="t", statements=statements, supports=supports, attacks=attacks)
    except MapValidationError:
        assume(False)
        raise


SPEAKERS = (("ann", "Anne Onyme"), ("mar", "Martin"), ("eve", "Ève"))
SENTENCES = (
    ("Tea is the better drink.", "Le thé est la meilleure boisson."),
    ("So, coffee keeps you awake.", "Donc, le café tient éveillé."),
    ("Better pay an outside agency.", "Mieux vaut payer une agence extérieure."),
    ("Why not hire an intern?", "Pourquoi ne pas embaucher un stagiaire ?"),
    ("Ask HR: they know the rules.", "Demandez aux RH : ils connaissent les règles."),
    (
        "Sitting on the board does not help: he is the fifth wheel.",
        "Siéger au comité ne l'aide pas : il est la cinquième roue du carrosse.",
    ),
    ("Martin's team has the budget.", "L'équipe de Martin a le budget."),
    ("The « social media » agenda gets isolated.", "Le discours « médias sociaux » s'isole."),
    ("Costs rise; quality falls.", "Les coûts montent ; la qualité baisse."),
    ("Experience says it will fail.", "L'expérience dit que cela échouera."),
)
IDS = tuple(f"st-{i}" for i in range(6))


@st.composite
def voiced_maps(draw: st.DrawFn) -> ArgumentMap:
    """Small maps with speakers, stances, an issue, implicit premises, supports and attacks."""
    n = draw(st.integers(2, 6))
    ids = IDS[:n]
    texts = draw(st.permutations(SENTENCES))
    statements: list[dict[str, object]] = [
        {"id": "q-issue", "kind": "issue", "text": {"en": "Tea?"}}
    ]
    for i, sid in enumerate(ids):
        en, fr = texts[i]
        statement: dict[str, object] = {"id": sid, "text": {"en": en, "fr": fr}}
        if draw(st.booleans()) and i > 0:
            statement["implicit"] = True
        else:
            speaker = draw(st.sampled_from(SPEAKERS))[0]
            statement["provenance"] = {"speaker": speaker}
            statement["stance"] = draw(
                st.sampled_from(["asserted", "asserted", "conceded", "anticipated", "reported"])
            )
        if i < 2 and draw(st.booleans()):
            statement["answers"] = "q-issue"
        statements.append(statement)
    supports = []
    for k in range(draw(st.integers(0, 3))):
        conclusion = draw(st.sampled_from(ids))
        others = [s for s in ids if s != conclusion]
        premises = draw(st.lists(st.sampled_from(others), min_size=1, max_size=3, unique=True))
        if all(set(premises) != set(s["premises"]) for s in supports):
            supports.append({"id": f"sup-{k}", "premises": premises, "conclusion": conclusion})
    attacks = []
    for k in range(draw(st.integers(0, 6))):
        source = draw(st.sampled_from(ids))
        if supports and draw(st.booleans()):
            target = draw(st.sampled_from([s["id"] for s in supports]))
            kind = "undercut"
        else:
            target = draw(st.sampled_from(ids))
            kind = "rebut"
        if all((a["source"], a["target"]) != (source, target) for a in attacks):
            attacks.append({"id": f"att-{k}", "kind": kind, "source": source, "target": target})
    participants = [{"id": pid, "name": name} for pid, name in SPEAKERS]
    return ArgumentMap.model_validate(
        {
            "title": "Tea",
            "participants": participants,
            "statements": statements,
            "supports": supports,
            "attacks": attacks,
        }
    )
