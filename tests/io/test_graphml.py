"""GraphML export: what yEd, Gephi and networkx read back."""

from __future__ import annotations

import io
from pathlib import Path

import networkx as nx
import pytest
from hypothesis import HealthCheck, given, settings

from argmap import corpus
from argmap.io import dump
from argmap.io.graphml import dump_graphml, dumps_graphml
from argmap.model import ArgumentMap
from tests.strategies import maps


def read_back(document: bytes) -> nx.MultiDiGraph:
    graph = nx.read_graphml(io.BytesIO(document), force_multigraph=True)
    assert isinstance(graph, nx.MultiDiGraph)
    return graph


def test_csmo_nodes_edges_and_data_keys() -> None:
    m = corpus.load("csmo")
    statuses = {"thesis": "accepted", "pro-csmo": "rejected"}
    document = dumps_graphml(m, statuses=statuses, strengths={"thesis": 0.75}, language="en")
    graph = read_back(document)
    assert graph.number_of_nodes() == len(m.statements) + len(m.supports)
    thesis = graph.nodes["thesis"]
    assert thesis["type"] == "statement" and thesis["kind"] == "claim"
    assert thesis["label"] == m.statement("thesis").paraphrase("en")
    assert thesis["text_fr"] == m.statement("thesis").paraphrase("fr")
    assert thesis["speaker"] == "Bertrand Duperrin"
    assert thesis["status"] == "accepted" and thesis["strength"] == 0.75
    assert graph.nodes["pro-csmo"]["status"] == "rejected"
    kinds = sorted(d["kind"] for _, _, d in graph.edges(data=True) if d["type"] == "attack")
    assert kinds == sorted(a.kind.value for a in m.attacks)
    for support in m.supports:
        assert graph.nodes[support.id]["type"] == "support"
        assert graph.has_edge(support.id, support.conclusion)
    assert b">false</data>" in document and b">False<" not in document


def test_same_map_same_bytes_and_hostile_text_is_escaped(tmp_path: Path) -> None:
    m = ArgumentMap(
        title="<script>&\x00",
        statements=[
            {"id": "a", "text": {"en": "</data><script>alert(1)</script>\x1b[31m"}},
            {"id": "b", "text": {"en": "B \"quoted\" & 'single'"}},
        ],
        attacks=[{"id": "x", "kind": "rebut", "source": "a", "target": "b"}],
    )
    dump(m, tmp_path / "one.graphml")
    dump_graphml(m, tmp_path / "two.graphml")
    document = (tmp_path / "one.graphml").read_bytes()
    assert document == (tmp_path / "two.graphml").read_bytes()
    assert b"<script>" not in document
    graph = read_back(document)
    assert graph.nodes["a"]["label"] == "</data><script>alert(1)</script>\ufffd[31m"
    assert graph.graph["title"] == "<script>&\ufffd"


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
@given(maps())
def test_every_relation_is_an_edge(m: ArgumentMap) -> None:
    graph = read_back(dumps_graphml(m))
    attacks = {(u, v, d["kind"]) for u, v, d in graph.edges(data=True) if d["type"] == "attack"}
    assert attacks == {(a.source, a.target, a.kind.value) for a in m.attacks}
    premises = {(u, v) for u, v, d in graph.edges(data=True) if d["type"] == "premise"}
    assert premises == {(p, s.id) for s in m.supports for p in s.premises}


def test_convert_adds_statuses_or_strengths(tmp_path: Path) -> None:
    from argmap.cli import main
    from argmap.evaluation import evaluate

    m = corpus.load("csmo")
    assert main(["convert", "csmo", str(tmp_path / "g.graphml"), "-s", "grounded"]) == 0
    graph = read_back((tmp_path / "g.graphml").read_bytes())
    expected = evaluate(m, "grounded").statement_statuses()
    assert {n: graph.nodes[n]["status"] for n in expected} == {
        n: s.value for n, s in expected.items()
    }
    assert main(["convert", "csmo", str(tmp_path / "s.graphml"), "-s", "df-quad"]) == 0
    strengths = read_back((tmp_path / "s.graphml").read_bytes())
    assert 0.0 <= strengths.nodes["thesis"]["strength"] <= 1.0
    assert main(["convert", "csmo", str(tmp_path / "x.yaml"), "-s", "grounded"]) == 1
    with pytest.raises(SystemExit) as exited:  # an unknown semantics is a usage error
        main(["convert", "csmo", str(tmp_path / "y.graphml"), "-s", "nonsense"])
    assert exited.value.code == 2
    assert not (tmp_path / "y.graphml").exists()
