"""GraphML export: the map for yEd, Gephi, Cytoscape and networkx.

The graph is the map's networkx view (:func:`argmap.model.to_networkx`) with
flat, typed attributes, since GraphML data keys hold strings, numbers and
booleans only:

=============  ======================================================================
node key       value
=============  ======================================================================
``type``       ``statement`` or ``support`` (an inference: premises point to it, it
               points to its conclusion, undercuts end on it)
``kind``       ``issue`` or ``claim`` (statements); ``linked`` or ``single`` (supports)
``label``      the paraphrase in the chosen language (supports: the scheme, if any)
``text_en``…   every paraphrase, one key per language
``speaker``    the speaker's name (quoted statements)
``quote``      the verbatim words
``stance``     the statement's stance towards its speaker: ``asserted``, ``conceded``…
``implicit``   whether the analyst added the statement
``status``     ``accepted`` / ``rejected`` / ``undecided``…, when statuses are given
``strength``   the gradual strength, when strengths are given
=============  ======================================================================

Edges carry ``type`` (``premise``, ``conclusion``, ``attack``, ``answers``) and,
for attacks, ``kind`` (``rebut``, ``undermine``, ``undercut``). Node and edge
order follow the map, and so does the file: the same map gives the same bytes.
"""

from __future__ import annotations

import io
import os
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from argmap.atomic import write_bytes_atomic
from argmap.model import ArgumentMap
from argmap.model.types import localised

if TYPE_CHECKING:
    import networkx as nx


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def _xml_text(value: str) -> str:
    """``value`` without the characters XML 1.0 cannot hold (each becomes U+FFFD)."""
    return _NOT_XML.sub("\ufffd", value)


def graphml_graph(
    m: ArgumentMap,
    *,
    language: str | None = None,
    statuses: Mapping[str, str] | None = None,
    strengths: Mapping[str, float] | None = None,
) -> nx.MultiDiGraph:
    """The flat-attribute graph written by :func:`dump_graphml`."""
    import networkx as nx

    lang = language or m.language or "en"
    languages = sorted({code for s in m.statements for code in s.text})
    graph = nx.MultiDiGraph()
    for statement in m.statements:
        data: dict[str, Any] = {
            "type": "statement",
            "kind": statement.kind.value,
            "label": statement.paraphrase(lang),
            "implicit": statement.implicit,
        }
        for code in languages:
            if code in statement.text:
                data[f"text_{code}"] = statement.text[code]
        prov = statement.provenance
        if prov is not None:
            speaker = m.get(prov.speaker)
            data["speaker"] = getattr(speaker, "name", prov.speaker)
            if prov.quote is not None:
                data["quote"] = prov.quote
        data["stance"] = statement.stance.value
        if statement.scheme is not None:
            data["scheme"] = statement.scheme.value
        if statuses is not None and statement.id in statuses:
            data["status"] = str(statuses[statement.id])
        if strengths is not None and statement.id in strengths:
            data["strength"] = float(strengths[statement.id])
        graph.add_node(statement.id, **data)
    for support in m.supports:
        data = {
            "type": "support",
            "kind": "linked" if support.linked else "single",
            "label": support.scheme.value.replace("_", " ") if support.scheme else "",
        }
        if support.scheme is not None:
            data["scheme"] = support.scheme.value
        if statuses is not None and support.id in statuses:
            data["status"] = str(statuses[support.id])
        graph.add_node(support.id, **data)
        for premise in support.premises:
            graph.add_edge(premise, support.id, key=f"{support.id}:{premise}", type="premise")
        graph.add_edge(support.id, support.conclusion, key=support.id, type="conclusion")
    for statement in m.statements:
        if statement.answers is not None:
            graph.add_edge(
                statement.id, statement.answers, key=f"{statement.id}:answers", type="answers"
            )
    for attack in m.attacks:
        graph.add_edge(
            attack.source, attack.target, key=attack.id, type="attack", kind=attack.kind.value
        )
    for _, data in graph.nodes(data=True):
        for key, value in data.items():
            if isinstance(value, str):
                data[key] = _xml_text(value)
    graph.graph["title"] = _xml_text(localised(m.title, lang))
    return graph


def dumps_graphml(
    m: ArgumentMap,
    *,
    language: str | None = None,
    statuses: Mapping[str, str] | None = None,
    strengths: Mapping[str, float] | None = None,
) -> bytes:
    """The GraphML document of ``m`` (UTF-8 bytes), deterministic.

    Examples
    --------
    >>> m = ArgumentMap(title="t", statements=[
    ...     {"id": "a", "text": {"en": "A"}}, {"id": "b", "text": {"en": "B"}}],
    ...     attacks=[{"id": "x", "kind": "rebut", "source": "a", "target": "b"}])
    >>> document = dumps_graphml(m)
    >>> document.count(b"<node "), document.count(b"<edge "), b">rebut</data>" in document
    (2, 1, True)
    """
    import networkx as nx

    graph = graphml_graph(m, language=language, statuses=statuses, strengths=strengths)
    buffer = io.BytesIO()
    nx.write_graphml_xml(graph, buffer, encoding="utf-8", prettyprint=True)
    return _xml_booleans(buffer.getvalue())


def _xml_booleans(document: bytes) -> bytes:
    """networkx writes booleans as Python does (``True``); GraphML's are XML Schema
    booleans (``true``), which is what yEd and Gephi expect."""
    keys = re.findall(rb'<key id="([^"]+)"[^>]*attr\.type="boolean"', document)
    for key in keys:
        for word in (b"True", b"False"):
            document = document.replace(
                b'<data key="' + key + b'">' + word + b"</data>",
                b'<data key="' + key + b'">' + word.lower() + b"</data>",
            )
    return document


def dump_graphml(
    m: ArgumentMap,
    path: str | os.PathLike[str],
    *,
    language: str | None = None,
    statuses: Mapping[str, str] | None = None,
    strengths: Mapping[str, float] | None = None,
) -> None:
    """Write ``m`` as GraphML, atomically (see the module docstring)."""
    data = dumps_graphml(m, language=language, statuses=statuses, strengths=strengths)
    write_bytes_atomic(path, data)
