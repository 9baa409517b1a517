"""Abstract argumentation frameworks as DOT: arguments, attacks, statuses."""

from __future__ import annotations

from argmap.evaluation import Evaluation
from argmap.frameworks.abstract import ArgumentationFramework
from argmap.i18n import status_name
from argmap.render.dot.escape import escape_dot_string, escape_tooltip
from argmap.render.dot.legend import legend_node
from argmap.render.dot.style import ATTACK_COLOUR, FONT, NODE_DEFAULTS, NodeNames
from argmap.render.dot.syntax import attributes, digraph, quoted
from argmap.render.status import status_colour, status_glyph


def framework_to_dot(
    af: ArgumentationFramework,
    *,
    statuses: Evaluation | None = None,
    language: str = "en",
    legend: bool = True,
    id_prefix: str = "",
) -> str:
    """An abstract framework as a Graphviz DOT digraph: arguments and attacks.

    Arguments are rounded boxes labelled with their names (shown literally,
    whatever they hold); attacks are vermillion edges with a tee arrowhead.
    With ``statuses`` every argument is filled and marked as in
    :func:`~argmap.render.dot.map_to_dot`. Node names are positions (``arg-0``,
    ``arg-1``, ...), so any argument name is safe.

    Examples
    --------
    >>> from argmap.frameworks import AF
    >>> dot = framework_to_dot(AF(["a", 'say "b"'], [("a", 'say "b"')]), legend=False)
    >>> '"arg-0" -> "arg-1"' in dot, r'label="say \\"b\\""' in dot
    (True, True)
    """
    names = NodeNames(id_prefix)
    body = []
    for position, argument in enumerate(af.arguments):
        status = statuses.statuses.get(argument) if statuses is not None else None
        label = f"{status_glyph(status)} {argument}" if status else argument
        attrs = {
            "id": quoted(names.argument(position)),
            "class": '"argument"',
            "label": escape_dot_string(label),
            "tooltip": escape_tooltip(
                argument + (f" ({status_name(status, language)})" if status else "")
            ),
        }
        if status is not None:
            attrs["fillcolor"] = quoted(status_colour(status))
        body.append(f"{quoted(names.argument(position))} {attributes(attrs)};")
    sources, targets = af.attack_positions()
    for source, target in zip(sources, targets, strict=True):
        edge_id = quoted(f"{names.prefix}att-{source}-{target}")
        body.append(
            f"{quoted(names.argument(source))} -> {quoted(names.argument(target))} [id={edge_id}];"
        )
    if legend and statuses is not None:
        body.extend(legend_node(statuses, language, map_rows=False))
    graph = {"rankdir": "BT", "fontname": quoted(FONT), "nodesep": "0.3"}
    edge = {
        "color": quoted(ATTACK_COLOUR),
        "arrowhead": "tee",
        "penwidth": "1.4",
        "class": '"attack"',
    }
    return digraph(graph, NODE_DEFAULTS, edge, body)
