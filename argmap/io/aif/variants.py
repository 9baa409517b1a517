"""The AIF variants found in the wild, read into one graph.

AIF (the Argument Interchange Format; Chesñevar et al. 2006, Rahwan et al. 2007)
is a graph of information nodes (``I``: what is claimed) and scheme nodes
(``RA`` inference, ``CA`` conflict, ``MA`` rephrase, ``PA`` preference). Its
dialogue extension (Inference Anchoring Theory; Budzynska & Reed 2011) adds
locutions (``L``: who said what), transitions between them (``TA``) and
illocutionary connections (``YA``: asserting, conceding, ...).

The JSON files of the field differ in their envelope, not in that graph:

==========================  ==============================================================
variant                     how it is recognised
==========================  ==============================================================
xAIF / OVA3                 a top-level ``AIF`` object (``nodes``, ``edges``, ``locutions``,
                            ``participants``, ``schemefulfillments``), with the analysed
                            text under ``text`` (``{"txt": html}`` or a string)
AIFdb nodeset               top-level ``nodes``, ``edges`` and ``locutions`` (``nodeID``,
                            ``fromID``/``toID``, ``personID``)
AraucariaDB export          as AIFdb, without ``locutions``, schemes in CamelCase
DialAM                      as AIFdb or xAIF, ids given as integers
OVA2 (legacy)               top-level ``analysis``; nodes with ``id``, edges with
                            ``from``/``to`` objects
==========================  ==============================================================

:func:`read_graph` turns any of them into an :class:`AifGraph`, warning (never
failing) on the noise real files carry: duplicate nodes and locutions, isolated
L nodes, edges to unknown nodes, ids given both as strings and as integers.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any

NODE_TYPES = frozenset({"I", "L", "RA", "CA", "MA", "PA", "YA", "TA"})
"""The node types argmap reads; others are reported and left out."""


class AifFormatError(ValueError):
    """A JSON document that is not AIF in any known variant; ``path`` says where."""

    def __init__(self, message: str, path: str = "", hint: str | None = None) -> None:
        super().__init__(message)
        self.path = path
        self.hint = hint


@dataclass
class AifNode:
    """One node: its id (as a string), type, text and scheme name."""

    id: str
    type: str
    text: str
    scheme: str | None
    path: str
    attack_kind: str | None = None
    """argmap's own ``argmap:kind`` key on a CA node: rebut, undermine or undercut."""
    stance: str | None = None
    """argmap's own ``argmap:stance`` key on a YA node: reported or anticipated."""


@dataclass
class AifGraph:
    """An AIF graph, whatever file it came from."""

    variant: str
    nodes: dict[str, AifNode] = field(default_factory=dict)
    edges: list[tuple[str, str]] = field(default_factory=list)
    speakers: dict[str, str] = field(default_factory=dict)
    """L node id → participant id."""
    participants: dict[str, str] = field(default_factory=dict)
    """Participant id → name."""
    text: str | None = None
    """The analysed text, when the file carries it."""
    spans: dict[str, tuple[int, int]] = field(default_factory=dict)
    """Node id → [start, end) of its words in :attr:`text`."""
    warnings: list[str] = field(default_factory=list)

    def predecessors(self, node: str) -> list[str]:
        """The nodes with an edge into ``node``, in file order."""
        return [u for u, v in self.edges if v == node]

    def successors(self, node: str) -> list[str]:
        """The nodes ``node`` has an edge to, in file order."""
        return [v for u, v in self.edges if u == node]


def detect(data: Any) -> str:
    """The variant of a parsed JSON document (see the module docstring)."""
    if not isinstance(data, Mapping):
        raise AifFormatError(
            f"the document is a JSON {type(data).__name__}, not an object",
            hint="an AIF file is an object with `nodes` and `edges` (or an `AIF` object)",
        )
    keys = {k.lower(): k for k in data if isinstance(k, str)}
    if "aif" in keys and isinstance(data[keys["aif"]], Mapping):
        return "xaif"
    if "analysis" in keys and "nodes" in keys:
        return "ova2"
    if "nodes" in keys and "edges" in keys:
        nodes = data[keys["nodes"]]
        if isinstance(nodes, list) and any(
            isinstance(n, Mapping) and "id" in n and "nodeID" not in n for n in nodes
        ):
            return "ova2"
        return "aifdb" if "locutions" in keys else "araucaria"
    raise AifFormatError(
        "not an AIF document: no `nodes` and `edges`, no `AIF` object",
        hint="export the analysis from AIFdb or OVA as JSON",
    )


def read_graph(data: Any) -> AifGraph:
    """The AIF graph of a parsed JSON document of any variant."""
    variant = detect(data)
    keys = {k.lower(): k for k in data if isinstance(k, str)}
    graph = AifGraph(variant)
    if variant == "ova2":
        _read_ova2(data, keys, graph)
        return graph
    body: Mapping[str, Any] = data
    prefix = ""
    if variant == "xaif":
        body = data[keys["aif"]]
        prefix = f"{keys['aif']}."
    inner = {k.lower(): k for k in body if isinstance(k, str)}
    _read_nodes(_list(body, inner, "nodes", prefix), prefix + inner.get("nodes", "nodes"), graph)
    for index, edge in enumerate(_list(body, inner, "edges", prefix)):
        where = f"{prefix}edges[{index}]"
        if not isinstance(edge, Mapping):
            graph.warnings.append(f"{where}: not an object; left out")
            continue
        _add_edge(graph, _id(edge.get("fromID")), _id(edge.get("toID")), where)
    for index, locution in enumerate(_list(body, inner, "locutions", prefix, required=False)):
        where = f"{prefix}locutions[{index}]"
        if not isinstance(locution, Mapping):
            graph.warnings.append(f"{where}: not an object; left out")
            continue
        _add_locution(graph, _id(locution.get("nodeID")), _id(locution.get("personID")), where)
    for index, person in enumerate(_list(body, inner, "participants", prefix, required=False)):
        if isinstance(person, Mapping):
            pid = _id(person.get("participantID", person.get("id")))
            if pid:
                graph.participants.setdefault(pid, _person_name(person, pid))
        else:
            graph.warnings.append(f"{prefix}participants[{index}]: not an object; left out")
    if variant == "xaif":
        text = data.get(keys["text"]) if "text" in keys else None
        if isinstance(text, Mapping):
            text = text.get("txt")
        if isinstance(text, str) and text.strip():
            _read_text(text, graph)
    return graph


# -- the parts --------------------------------------------------------------------------
def _list(
    body: Mapping[str, Any], keys: Mapping[str, str], name: str, prefix: str, required: bool = True
) -> list[Any]:
    if name not in keys:
        if required:
            raise AifFormatError(f"`{prefix}{name}` is missing", path=prefix + name)
        return []
    value = body[keys[name]]
    if value is None and not required:
        return []
    if not isinstance(value, list):
        raise AifFormatError(
            f"`{prefix}{keys[name]}` is a {type(value).__name__}, not a list",
            path=prefix + keys[name],
        )
    return value


def _id(value: Any) -> str:
    """Ids as strings: 12, "12" and 12.0 are one id."""
    if isinstance(value, bool) or value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _text(value: Any) -> str:
    return value if isinstance(value, str) else "" if value is None else str(value)


def _read_nodes(nodes: list[Any], where: str, graph: AifGraph) -> None:
    for index, raw in enumerate(nodes):
        path = f"{where}[{index}]"
        if not isinstance(raw, Mapping):
            graph.warnings.append(f"{path}: not an object; left out")
            continue
        _add_node(graph, _id(raw.get("nodeID")), raw, path)


def _add_node(graph: AifGraph, nid: str, raw: Mapping[str, Any], path: str) -> None:
    kind = _text(raw.get("type")).strip().upper()
    if not nid:
        graph.warnings.append(f"{path}: a node without an id; left out")
        return
    if kind not in NODE_TYPES:
        graph.warnings.append(f"{path}: node {nid} has type {kind or '(none)'!r}; left out")
        return
    scheme = raw.get("scheme")
    node = AifNode(
        nid, kind, _text(raw.get("text")), _text(scheme) if scheme not in (None, "") else None, path
    )
    hint = raw.get("argmap:kind")
    if kind == "CA" and hint in ("rebut", "undermine", "undercut"):
        node.attack_kind = hint
    stance = raw.get("argmap:stance")
    if kind == "YA" and stance in ("reported", "anticipated"):
        node.stance = stance
    if nid in graph.nodes:
        previous = graph.nodes[nid]
        if (previous.type, previous.text) != (node.type, node.text):
            graph.warnings.append(
                f"{path}: node {nid} is given twice, differently; the first one is kept"
            )
        return
    if kind == "I" and node.scheme is not None:
        graph.warnings.append(f"{path}: I node {nid} carries a scheme ({node.scheme}); ignored")
        node.scheme = None
    graph.nodes[nid] = node


def _add_edge(graph: AifGraph, source: str, target: str, where: str) -> None:
    missing = [n for n in (source, target) if n not in graph.nodes]
    if missing:
        graph.warnings.append(
            f"{where}: edge {source or '?'} → {target or '?'} names no node "
            f"{', '.join(m or '(empty)' for m in missing)}; left out"
        )
        return
    if (source, target) not in graph.edges:
        graph.edges.append((source, target))


def _add_locution(graph: AifGraph, node: str, person: str, where: str) -> None:
    if node not in graph.nodes:
        graph.warnings.append(f"{where}: locution of unknown node {node or '(none)'}; left out")
        return
    if not person:
        return
    if node in graph.speakers and graph.speakers[node] != person:
        graph.warnings.append(
            f"{where}: node {node} is given to two speakers; the first one is kept"
        )
        return
    graph.speakers[node] = person


def _person_name(person: Mapping[str, Any], pid: str) -> str:
    parts = [_text(person.get(k)).strip() for k in ("firstname", "surname")]
    name = " ".join(p for p in parts if p) or _text(person.get("name")).strip()
    return name or f"Participant {pid}"


def _read_ova2(data: Mapping[str, Any], keys: Mapping[str, str], graph: AifGraph) -> None:
    nodes = data[keys["nodes"]]
    if not isinstance(nodes, list):
        raise AifFormatError("`nodes` is not a list", path="nodes")
    for index, raw in enumerate(nodes):
        path = f"nodes[{index}]"
        if not isinstance(raw, Mapping):
            graph.warnings.append(f"{path}: not an object; left out")
            continue
        nid = _id(raw.get("id", raw.get("nodeID")))
        _add_node(graph, nid, raw, path)
        person = _id(raw.get("participantID"))
        if nid in graph.nodes and graph.nodes[nid].type == "L" and person and person != "0":
            _add_locution(graph, nid, person, path)
    edges = data.get(keys.get("edges", "edges"), [])
    for index, edge in enumerate(edges if isinstance(edges, list) else []):
        where = f"edges[{index}]"
        if not isinstance(edge, Mapping):
            graph.warnings.append(f"{where}: not an object; left out")
            continue
        source, target = edge.get("from"), edge.get("to")
        source = source.get("id") if isinstance(source, Mapping) else source
        target = target.get("id") if isinstance(target, Mapping) else target
        _add_edge(graph, _id(source), _id(target), where)
    people = data.get(keys.get("participants", "participants"), [])
    for person in people if isinstance(people, list) else []:
        if isinstance(person, Mapping):
            pid = _id(person.get("id", person.get("participantID")))
            if pid:
                graph.participants.setdefault(pid, _person_name(person, pid))
    analysis = data.get(keys["analysis"])
    if isinstance(analysis, Mapping):
        html = analysis.get("txt")
        if isinstance(html, str) and html.strip():
            _read_text(html, graph)
        elif isinstance(analysis.get("plain_txt"), str) and analysis["plain_txt"].strip():
            graph.text = analysis["plain_txt"]


# -- the analysed text ------------------------------------------------------------------
_SPAN_ID = re.compile(r"(?:node)?_?(?P<id>[A-Za-z0-9\-]+?)(?:_\d+)?$")


class _TextReader(HTMLParser):
    """OVA's HTML text: plain text out, and where each highlighted span stands."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.length = 0
        self.open: list[tuple[str | None, int]] = []
        self.spans: dict[str, tuple[int, int]] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br" or (tag in ("p", "div") and self.length):
            self._add("\n")
        elif tag == "span":
            span = dict(attrs).get("id")
            self.open.append((span, self.length))

    def handle_endtag(self, tag: str) -> None:
        if tag == "span" and self.open:
            span, start = self.open.pop()
            if span:
                self.spans.setdefault(span, (start, self.length))

    def handle_data(self, data: str) -> None:
        self._add(data)

    def _add(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)


def _read_text(html: str, graph: AifGraph) -> None:
    reader = _TextReader()
    reader.feed(html)
    reader.close()
    graph.text = "".join(reader.parts)
    for span, where in reader.spans.items():
        match = _SPAN_ID.match(span)
        for candidate in (span, span.removeprefix("node"), match.group("id") if match else span):
            if candidate in graph.nodes:
                graph.spans.setdefault(candidate, where)
                break
