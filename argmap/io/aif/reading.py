"""From an AIF graph (:mod:`argmap.io.aif.variants`) to an argument map.

What becomes what:

* an **I node** is a statement; its paraphrase is the node's text;
* an **RA node** is a support: the I nodes with an edge into it are its (linked)
  premises, the I node it points to its conclusion. Its scheme (the node's
  ``scheme`` field, else its text) becomes the support's scheme when argmap knows
  it (``Argument From Expert Opinion``, ``ExpertOpinion`` and ``expert opinion``
  are one scheme), and is kept in the support's note otherwise;
* a **CA node** is an attack from the I node before it on what it points to: an
  RA node (an **undercut**), an I node that some RA concludes (a **rebut**), or an
  I node that is only a premise (an **undermine**). AIF does not tell rebut from
  undermine: the position of the target does;
* **MA** (rephrase) and **PA** (preference) nodes are kept in the notes of the
  statements they relate (argmap's model has no such relations);
* **L nodes** anchored to an I node through a **YA** (illocution) give the
  statement's provenance: the speaker (the locution's participant, or the name
  before `` : `` in the L node's text, AIFdb's convention) and the verbatim
  words. The illocution ``Conceding`` marks a conceded statement, argmap's own
  ``argmap:stance`` key on the YA node a reported or anticipated one
  (:class:`~argmap.model.Stance`); any other illocution is read as asserting;
* the text: OVA's analysed text when the file has it (each L node's span is where
  OVA highlighted it); otherwise a transcript rebuilt from the L nodes in file
  order, one ``Speaker: words`` line each, so that every quote has a place;
* **TA** nodes (transitions between locutions) are the dialogue's order, already
  followed by the transcript; they are not kept otherwise.
"""

from __future__ import annotations

import hashlib
import re
from typing import Any

from argmap.io.aif.variants import AifGraph
from argmap.model import Scheme
from argmap.model.types import MAX_ID_LENGTH, is_identifier

_SPEAKER = re.compile(r"^(?P<name>[^:\n]{1,80}?)\s+:\s+(?P<words>.+)$", re.DOTALL)
_SCHEME_PREFIX = re.compile(r"^(argumentfrom|argumentby|argfrom|from)")

SOURCE_ID = "text"
_LONGEST_BASE = MAX_ID_LENGTH - 8
"""Room is left after an id for a ``_n`` suffix that tells apart ids made equal."""
"""The id of the source a read AIF map quotes (the analysed text or the transcript)."""

ILLOCUTION_STANCES = {"conceding": "conceded"}
"""YA illocutions that give a statement a stance other than asserted."""


def scheme_of(name: str | None) -> Scheme | None:
    """argmap's scheme for an AIF scheme name, or ``None``.

    >>> scheme_of("Argument From Expert Opinion"), scheme_of("CauseToEffect")
    (<Scheme.EXPERT_OPINION: 'expert_opinion'>, <Scheme.CAUSE_TO_EFFECT: 'cause_to_effect'>)
    >>> scheme_of("Default Inference") is None
    True
    """
    if not name:
        return None
    key = _SCHEME_PREFIX.sub("", re.sub(r"[^a-z]", "", name.lower()))
    for scheme in Scheme:
        if scheme.value.replace("_", "") == key:
            return scheme
    return None


class _Ids:
    """argmap ids for AIF node ids: the node id itself when it is a valid, unused
    argmap id, else a prefixed one (``i12``, ``ra12``, ...)."""

    def __init__(self) -> None:
        self.used: set[str] = {SOURCE_ID}
        self.of: dict[tuple[str, str], str] = {}

    def get(self, kind: str, nid: str) -> str:
        key = (kind, nid)
        if key in self.of:
            return self.of[key]
        candidate = nid if is_identifier(nid) else f"{kind}{re.sub(r'[^A-Za-z0-9_.-]', '_', nid)}"
        if len(candidate) > _LONGEST_BASE:
            # a long node id keeps its start and a digest of the whole, so that two
            # long ids sharing their start stay apart and the id stays valid
            digest = hashlib.sha256(nid.encode("utf-8", "surrogatepass")).hexdigest()[:12]
            candidate = f"{candidate[: _LONGEST_BASE - 13]}_{digest}"
        base, n = candidate, 1
        while candidate in self.used:
            n += 1
            candidate = f"{base}_{n}"
        self.used.add(candidate)
        self.of[key] = candidate
        return candidate


def to_map_data(graph: AifGraph, *, title: str, language: str) -> dict[str, Any]:
    """The data of an argument map (for :class:`~argmap.model.ArgumentMap`) of ``graph``.

    Problems that do not stop the reading are appended to ``graph.warnings``.
    """
    ids = _Ids()
    nodes = graph.nodes
    inodes = [n for n in nodes.values() if n.type == "I"]
    statements: dict[str, dict[str, Any]] = {}
    for node in inodes:
        text = " ".join(node.text.split()) or f"(node {node.id} has no text)"
        statements[node.id] = {"id": ids.get("i", node.id), "text": {language: text}}
    notes: dict[str, list[str]] = {}

    def note(nid: str, text: str) -> None:
        notes.setdefault(nid, []).append(text)

    supports: list[dict[str, Any]] = []
    attacks: list[dict[str, Any]] = []
    concluded: set[str] = set()
    premises_of: set[str] = set()
    support_of: dict[str, str] = {}
    for node in nodes.values():
        if node.type != "RA":
            continue
        before = [p for p in graph.predecessors(node.id) if nodes[p].type == "I"]
        after = [s for s in graph.successors(node.id) if nodes[s].type == "I"]
        if not before or not after:
            graph.warnings.append(
                f"{node.path}: inference {node.id} has "
                f"{'no premise' if not before else 'no conclusion'}; left out"
            )
            continue
        if len(after) > 1:
            graph.warnings.append(
                f"{node.path}: inference {node.id} has {len(after)} conclusions; one support each"
            )
        name = node.scheme or node.text
        scheme = scheme_of(name)
        for k, conclusion in enumerate(after):
            if conclusion in before:
                graph.warnings.append(
                    f"{node.path}: inference {node.id} concludes one of its premises; left out"
                )
                continue
            sid = ids.get("ra", node.id if k == 0 else f"{node.id}-{k + 1}")
            support: dict[str, Any] = {
                "id": sid,
                "premises": [statements[p]["id"] for p in before],
                "conclusion": statements[conclusion]["id"],
            }
            if scheme is not None:
                support["scheme"] = scheme.value
            elif name and name.strip().lower() not in ("default inference", "inference"):
                support["note"] = f"AIF scheme: {name.strip()}"
            supports.append(support)
            concluded.add(conclusion)
            premises_of.update(before)
            support_of.setdefault(node.id, sid)
    for node in nodes.values():
        if node.type != "CA":
            continue
        before = [p for p in graph.predecessors(node.id) if nodes[p].type == "I"]
        after = [s for s in graph.successors(node.id) if nodes[s].type in ("I", "RA")]
        if not before or len(after) != 1:
            graph.warnings.append(
                f"{node.path}: conflict {node.id} needs one attacker and one target; "
                f"it has {len(before)} and {len(after)}; left out"
            )
            continue
        target = after[0]
        if len(before) > 1:
            graph.warnings.append(
                f"{node.path}: conflict {node.id} has {len(before)} attackers together; "
                "argmap attacks come from one statement: one attack each"
            )
        for k, attacker in enumerate(before):
            aid = ids.get("ca", node.id if k == 0 else f"{node.id}-{k + 1}")
            if nodes[target].type == "RA":
                if target not in support_of:
                    graph.warnings.append(
                        f"{node.path}: conflict {node.id} undercuts inference {target}, "
                        "which was left out; left out"
                    )
                    continue
                kind, goal = "undercut", support_of[target]
            else:
                if target == attacker:
                    graph.warnings.append(
                        f"{node.path}: conflict {node.id} attacks its own attacker; left out"
                    )
                    continue
                undermine = target in premises_of and target not in concluded
                kind = "undermine" if undermine else "rebut"
                if node.attack_kind in ("rebut", "undermine"):
                    kind = node.attack_kind
                goal = statements[target]["id"]
            attacks.append(
                {"id": aid, "kind": kind, "source": statements[attacker]["id"], "target": goal}
            )
    for node in nodes.values():
        if node.type not in ("MA", "PA"):
            continue
        before = [p for p in graph.predecessors(node.id) if nodes[p].type == "I"]
        after = [s for s in graph.successors(node.id) if nodes[s].type == "I"]
        if len(before) != 1 or len(after) != 1:
            graph.warnings.append(
                f"{node.path}: {node.type} node {node.id} does not relate two statements; left out"
            )
            continue
        a, b = statements[before[0]]["id"], statements[after[0]]["id"]
        if node.type == "MA":
            note(before[0], f"AIF: rephrases {b}")
        else:
            note(before[0], f"AIF: preferred to {b}")
            note(after[0], f"AIF: {a} is preferred to it")
    participants, sources, provenance = _dialogue(graph, statements, ids)
    for nid, data in statements.items():
        if nid in provenance:
            data.update(provenance[nid])
        if nid in notes:
            data["note"] = "; ".join(notes[nid])
    return {
        "title": title,
        "language": language,
        "sources": sources,
        "participants": participants,
        "statements": list(statements.values()),
        "supports": supports,
        "attacks": attacks,
    }


def split_speaker(text: str) -> tuple[str | None, str]:
    """AIFdb's ``Name : words`` L-node text as ``(name, words)``.

    >>> split_speaker("Bob : I disagree")
    ('Bob', 'I disagree')
    >>> split_speaker("No speaker here")
    (None, 'No speaker here')
    """
    match = _SPEAKER.match(text.strip())
    if match:
        return match.group("name").strip(), match.group("words").strip()
    return None, text.strip()


def _dialogue(
    graph: AifGraph, statements: dict[str, dict[str, Any]], ids: _Ids
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], dict[str, dict[str, Any]]]:
    nodes = graph.nodes
    lnodes = [n for n in nodes.values() if n.type == "L"]
    if not lnodes:
        return [], [], {}
    names: dict[str, str] = {}
    words: dict[str, str] = {}
    person_of: dict[str, str] = {}
    for node in lnodes:
        name, said = split_speaker(node.text)
        words[node.id] = said
        person = graph.speakers.get(node.id)
        if person is not None:
            person_of[node.id] = person
            names.setdefault(person, graph.participants.get(person) or name or person)
        elif name:
            key = f"name:{name}"
            person_of[node.id] = key
            names.setdefault(key, name)
    text, spans = _quotable_text(graph, lnodes, words, person_of, names)
    participant_ids = {key: ids.get("p", key.removeprefix("name:")) for key in names}
    participants = [{"id": participant_ids[k], "name": names[k]} for k in names]
    title = "Analysed text" if graph.text is not None else "Transcript rebuilt from the locutions"
    sources = [{"id": SOURCE_ID, "title": title, "text": text}]
    provenance: dict[str, dict[str, Any]] = {}
    anchored: set[str] = set()
    for inode in statements:
        for ya in graph.predecessors(inode):
            if nodes[ya].type != "YA":
                continue
            for lnode in graph.predecessors(ya):
                if nodes[lnode].type != "L":
                    continue
                anchored.add(lnode)
                if inode in provenance or lnode not in person_of:
                    continue
                speaker = participant_ids[person_of[lnode]]
                entry: dict[str, Any] = {"provenance": {"speaker": speaker}}
                if lnode in spans:
                    start, end = spans[lnode]
                    entry["provenance"].update(
                        source=SOURCE_ID, quote=text[start:end], span=[start, end]
                    )
                stance = nodes[ya].stance or ILLOCUTION_STANCES.get(nodes[ya].text.strip().lower())
                if stance is not None:
                    entry["stance"] = stance
                provenance[inode] = entry
    for node in lnodes:
        if node.id not in anchored:
            graph.warnings.append(f"{node.path}: locution {node.id} anchors no statement")
    return participants, sources, provenance


def _quotable_text(
    graph: AifGraph,
    lnodes: list[Any],
    words: dict[str, str],
    person_of: dict[str, str],
    names: dict[str, str],
) -> tuple[str, dict[str, tuple[int, int]]]:
    if graph.text is not None:
        spans: dict[str, tuple[int, int]] = {}
        for node in lnodes:
            span = graph.spans.get(node.id)
            if span is not None and span[1] > span[0] and graph.text[span[0] : span[1]].strip():
                start, end = span
                while start < end and graph.text[start].isspace():
                    start += 1
                while end > start and graph.text[end - 1].isspace():
                    end -= 1
                spans[node.id] = (start, end)
                continue
            said = words[node.id]
            at = graph.text.find(said) if said else -1
            if at >= 0 and graph.text.find(said, at + 1) < 0:
                spans[node.id] = (at, at + len(said))
            else:
                graph.warnings.append(
                    f"{node.path}: the words of locution {node.id} are not found once in the "
                    "analysed text; its statement keeps its speaker, not the quote"
                )
        return graph.text, spans
    parts: list[str] = []
    length = 0
    spans = {}
    for node in lnodes:
        said = " ".join(words[node.id].split())
        if not said:
            continue
        speaker = names.get(person_of.get(node.id, ""), "")
        head = f"{speaker}: " if speaker else ""
        start = length + len(head)
        line = f"{head}{said}\n"
        parts.append(line)
        spans[node.id] = (start, start + len(said))
        length += len(line)
    return "".join(parts), spans
