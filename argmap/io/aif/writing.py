"""From an argument map to AIF: AIFdb JSON and xAIF (OVA3).

* every statement is an I node (its id is the node id; its paraphrase in the
  chosen language the text);
* every support is an RA node (text: the scheme, in AIF's ``Argument From ...``
  words, or ``Default Inference``) with an edge from each premise and one to the
  conclusion; every attack a CA node (``Default Conflict``) from the attacker to
  the attacked statement, or to the RA node it undercuts; its kind (rebut,
  undermine, undercut) rides in the extra key ``"argmap:kind"``, which AIF does
  not define and other tools ignore;
* a quoted statement also gets its locution: an L node ``Speaker : words`` with
  the speaker's participant, anchored to the I node by a YA node named after the
  statement's stance (:attr:`argmap.model.Stance.illocution`: ``Asserting``,
  ``Conceding``, or IAT's generic ``Default Illocuting`` for a reported view or
  an anticipated objection, whose stance rides in the extra key
  ``"argmap:stance"``). A statement attributed to a speaker without a quote has
  none: AIF anchors speakers to words;
* xAIF also carries the text: the source every quote comes from, as OVA's HTML
  with each locution's words in a ``<span id="nodeL">``, so a reader finds the
  spans again.

Node ids are the map's ids (L and YA nodes add ``.L`` and ``.YA``); edge ids count
from 1. The output is deterministic.
"""

from __future__ import annotations

import html
import json
import os
from typing import Any

from argmap.atomic import write_text_atomic
from argmap.model import ArgumentMap, Scheme, Stance


def aif_scheme_name(scheme: Scheme | None) -> str:
    """AIF's words for a scheme (``Argument From Expert Opinion``)."""
    if scheme is None:
        return "Default Inference"
    words = scheme.value.replace("_", " ").title().replace(" To ", " to ")
    if scheme in (Scheme.PRACTICAL_REASONING, Scheme.VALUES):
        return words
    return f"Argument From {words}"


def to_aif(m: ArgumentMap, *, language: str | None = None) -> dict[str, Any]:
    """The AIFdb nodeset of ``m``: ``nodes``, ``edges``, ``locutions``, ``participants``."""
    lang = language or m.language or "en"
    nodes: list[dict[str, Any]] = []
    edges: list[dict[str, Any]] = []
    locutions: list[dict[str, Any]] = []

    def edge(source: str, target: str) -> None:
        edges.append({"edgeID": str(len(edges) + 1), "fromID": source, "toID": target})

    for statement in m.statements:
        nodes.append({"nodeID": statement.id, "text": statement.paraphrase(lang), "type": "I"})
    for statement in m.statements:
        prov = statement.provenance
        if prov is None or prov.quote is None:
            continue
        speaker = m.get(prov.speaker)
        name = getattr(speaker, "name", prov.speaker)
        lid, yid = f"{statement.id}.L", f"{statement.id}.YA"
        nodes.append({"nodeID": lid, "text": f"{name} : {prov.quote}", "type": "L"})
        illocution = {"nodeID": yid, "text": statement.stance.illocution, "type": "YA"}
        if statement.stance in (Stance.REPORTED, Stance.ANTICIPATED):
            illocution["argmap:stance"] = statement.stance.value
        nodes.append(illocution)
        edge(lid, yid)
        edge(yid, statement.id)
        locutions.append({"nodeID": lid, "personID": prov.speaker})
    for support in m.supports:
        nodes.append({"nodeID": support.id, "text": aif_scheme_name(support.scheme), "type": "RA"})
        for premise in support.premises:
            edge(premise, support.id)
        edge(support.id, support.conclusion)
    for attack in m.attacks:
        nodes.append(
            {
                "nodeID": attack.id,
                "text": "Default Conflict",
                "type": "CA",
                "argmap:kind": attack.kind.value,
            }
        )
        edge(attack.source, attack.id)
        edge(attack.id, attack.target)
    participants = [
        {"participantID": p.id, "firstname": p.name, "surname": ""} for p in m.participants
    ]
    return {"nodes": nodes, "edges": edges, "locutions": locutions, "participants": participants}


def to_xaif(m: ArgumentMap, *, language: str | None = None) -> dict[str, Any]:
    """The xAIF (OVA3) document of ``m``: its AIF, and the quoted text with spans."""
    aif = to_aif(m, language=language)
    aif["schemefulfillments"] = []
    aif["descriptorfulfillments"] = []
    return {
        "AIF": aif,
        "OVA": {"firstname": "", "surname": "", "nodes": [], "edges": []},
        "text": {"txt": _text_html(m)},
    }


def _text_html(m: ArgumentMap) -> str:
    """The quoted source as OVA's HTML, each quote in a span named after its L node.

    Only the most quoted source is written (xAIF carries one text); quotes are
    written in text order, overlapping ones once.
    """
    spans: dict[str, list[tuple[tuple[int, int], str]]] = {}
    for statement in m.statements:
        prov = statement.provenance
        if prov is not None and prov.source is not None and prov.span is not None:
            spans.setdefault(prov.source, []).append((prov.span, statement.id))
    if not spans:
        return ""
    source = m.source(max(sorted(spans), key=lambda s: len(spans[s])))
    text = source.text or ""
    quoted = sorted(spans[source.id])
    parts: list[str] = []
    at = 0
    for (start, end), sid in quoted:
        if start < at or end > len(text):
            continue
        parts.append(html.escape(text[at:start]).replace("\n", "<br>"))
        words = html.escape(text[start:end]).replace("\n", "<br>")
        parts.append(f'<span class="highlighted" id="node{html.escape(sid)}.L">{words}</span>')
        at = end
    parts.append(html.escape(text[at:]).replace("\n", "<br>"))
    return "".join(parts)


def dump_aif(m: ArgumentMap, path: str | os.PathLike[str], *, language: str | None = None) -> None:
    """Write ``m`` as an AIFdb JSON nodeset, atomically."""
    write_text_atomic(path, _json(to_aif(m, language=language)))


def dump_xaif(m: ArgumentMap, path: str | os.PathLike[str], *, language: str | None = None) -> None:
    """Write ``m`` as xAIF (OVA3) JSON, with its text, atomically."""
    write_text_atomic(path, _json(to_xaif(m, language=language)))


def _json(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
