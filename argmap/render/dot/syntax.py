"""DOT's syntax as argmap writes it: attribute lists and the one header of every digraph.

Values reach :func:`attributes` already quoted (``"..."``, through
:mod:`argmap.render.dot.escape`) or as HTML-like labels (``<...>``); bare words
(``box``, ``true``, numbers) are written as they are. Map diagrams and framework
diagrams open with the same :func:`digraph` header, each with its own defaults.
"""

from __future__ import annotations

from collections.abc import Mapping

from argmap.render.dot.escape import escape_dot_string


def quoted(name: str) -> str:
    r"""A node name, id or plain attribute value as a DOT quoted string.

    >>> print(quoted('st-a"b'))
    "st-a\"b"
    """
    return escape_dot_string(name)


def attributes(pairs: Mapping[str, str]) -> str:
    """``[k=v, ...]`` where values already carry their quoting (``"..."`` or ``<...>``).

    >>> attributes({"shape": "box", "label": escape_dot_string("a")})
    '[shape=box, label="a"]'
    """
    return "[" + ", ".join(f"{key}={value}" for key, value in pairs.items()) + "]"


def digraph(
    graph: Mapping[str, str],
    node: Mapping[str, str],
    edge: Mapping[str, str],
    body: list[str],
) -> str:
    """A whole ``digraph argmap``: the default ``graph``, ``node`` and ``edge``
    attributes, then the ``body`` lines (statements, already escaped), indented.

    >>> print(digraph({"rankdir": "BT"}, {}, {"arrowhead": "tee"}, ['"a" -> "b";']), end="")
    digraph argmap {
      graph [rankdir=BT];
      node [];
      edge [arrowhead=tee];
      "a" -> "b";
    }
    """
    lines = ["digraph argmap {"]
    lines.extend(
        f"  {kind} {attributes(values)};"
        for kind, values in (("graph", graph), ("node", node), ("edge", edge))
    )
    lines.extend("  " + line for line in body)
    lines.append("}")
    return "\n".join(lines) + "\n"
