"""The networkx view and the way back."""

from __future__ import annotations

import networkx as nx
import pytest

from argmap.model import ArgumentMap, from_networkx, to_networkx
from tests.model.test_types import small_map


def test_typed_nodes_and_edges() -> None:
    m = ArgumentMap.model_validate(small_map())
    g = to_networkx(m)
    assert isinstance(g, nx.MultiDiGraph)
    assert g.nodes["s1"]["type"] == "support"
    assert g.nodes["tea"]["type"] == "statement"
    assert g.nodes["habit"]["implicit"] is True
    edges = {(u, v, d["type"], d.get("kind")) for u, v, d in g.edges(data=True)}
    assert ("wakes", "s1", "premise", None) in edges
    assert ("habit", "s1", "premise", None) in edges  # linked: both premises feed one inference
    assert ("s1", "coffee", "conclusion", None) in edges
    assert ("tea", "s1", "attack", "undercut") in edges  # the undercut points at the inference
    assert ("tea", "q", "answers", None) in edges
    assert g.graph["title"] == "Tea or coffee"


def test_round_trip_through_networkx() -> None:
    m = ArgumentMap.model_validate(small_map())
    assert from_networkx(to_networkx(m)) == m


def test_networkx_algorithms_apply() -> None:
    m = ArgumentMap.model_validate(small_map())
    g = to_networkx(m)
    assert nx.has_path(g, "wakes", "coffee")
    assert nx.is_weakly_connected(g)


def test_from_networkx_rejects_untyped_nodes() -> None:
    g = nx.MultiDiGraph(title="x")
    g.add_node("a", text={"en": "A"})
    with pytest.raises(ValueError, match="node 'a' has type None"):
        from_networkx(g)
