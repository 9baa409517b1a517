"""The networkx view of an argument map, and the way back.

:func:`to_networkx` gives a :class:`networkx.MultiDiGraph` in which

* every statement is a node with ``type="statement"``;
* every support (inference) is a node with ``type="support"``, so that an undercut
  can point to it: premise →(``type="premise"``)→ support →(``type="conclusion"``)→
  conclusion;
* every attack is an edge attacker → target with ``type="attack"``, ``kind`` (rebut,
  undermine, undercut), ``id`` and ``order`` (its position in the map), the target
  being a support node for an undercut;
* a position on an issue has an edge position → issue with ``type="answers"``.

Node and edge attributes hold the fields of the model (as JSON-ready values), and
the graph attributes hold the map's title, sources and participants, so that
:func:`from_networkx` rebuilds an equal map.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from argmap.model.types import ArgumentMap, Attack, Statement, Support

if TYPE_CHECKING:
    import networkx as nx


def to_networkx(m: ArgumentMap) -> nx.MultiDiGraph:
    """The map as a typed :class:`networkx.MultiDiGraph` (see the module docstring).

    Examples
    --------
    >>> m = ArgumentMap(title="t", statements=[
    ...     {"id": "a", "text": {"en": "A"}}, {"id": "b", "text": {"en": "B"}}],
    ...     attacks=[{"id": "x", "kind": "rebut", "source": "a", "target": "b"}])
    >>> g = to_networkx(m)
    >>> sorted(g.nodes(data="type"))
    [('a', 'statement'), ('b', 'statement')]
    >>> list(g.edges(keys=True, data="kind"))
    [('a', 'b', 'x', 'rebut')]
    """
    import networkx as nx  # imported here: it costs a noticeable share of the CLI's start-up

    graph = nx.MultiDiGraph()
    header = m.model_dump(
        mode="json", exclude={"statements", "supports", "attacks"}, exclude_defaults=True
    )
    graph.graph.update(header)
    for st in m.statements:
        graph.add_node(st.id, type="statement", **_fields(st))
    for sup in m.supports:
        graph.add_node(sup.id, type="support", **_fields(sup))
        for position, premise in enumerate(sup.premises):
            graph.add_edge(
                premise,
                sup.id,
                key=f"{sup.id}:premise:{position}",
                type="premise",
                position=position,
            )
        graph.add_edge(sup.id, sup.conclusion, key=f"{sup.id}:conclusion", type="conclusion")
    for st in m.statements:
        if st.answers is not None:
            graph.add_edge(st.id, st.answers, key=f"{st.id}:answers", type="answers")
    for order, att in enumerate(m.attacks):
        graph.add_edge(
            att.source, att.target, key=att.id, type="attack", order=order, **_fields(att)
        )
    return graph


def from_networkx(graph: nx.MultiDiGraph) -> ArgumentMap:
    """Rebuild a map from a graph shaped like :func:`to_networkx`'s output.

    Node order gives statement and support order; attack edges are taken in edge
    order. The map is validated as usual.
    """
    statements: list[dict[str, Any]] = []
    supports: list[dict[str, Any]] = []
    for node, data in graph.nodes(data=True):
        kind = data.get("type")
        fields = {k: v for k, v in data.items() if k != "type"}
        fields.setdefault("id", node)
        if kind == "statement":
            statements.append(fields)
        elif kind == "support":
            supports.append(fields)
        else:
            raise ValueError(f"node {node!r} has type {kind!r}; expected 'statement' or 'support'")
    edges = [data for _, _, data in graph.edges(data=True) if data.get("type") == "attack"]
    edges.sort(key=lambda data: data.get("order", len(edges)))
    attacks = [{k: v for k, v in data.items() if k not in ("type", "order")} for data in edges]
    return ArgumentMap.model_validate(
        {**graph.graph, "statements": statements, "supports": supports, "attacks": attacks}
    )


def _fields(item: Statement | Support | Attack) -> dict[str, Any]:
    return item.model_dump(mode="json", exclude_defaults=True)
