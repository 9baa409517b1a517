"""Reading back the DOT argmap writes: one node or edge statement a line."""

from __future__ import annotations

import re

EDGE = re.compile(r'^\s*"(?P<tail>[^"]+)" -> "(?P<head>[^"]+)" \[(?P<attrs>.*)\];$')
NODE = re.compile(r'^\s*"(?P<name>[^"]+)" \[(?P<attrs>.*)\];$')
SVG = "{http://www.w3.org/2000/svg}"


def edges(dot: str) -> list[tuple[str, str, str]]:
    """Each edge of ``dot``: tail, head, attributes."""
    return [
        (m["tail"], m["head"], m["attrs"]) for line in dot.splitlines() if (m := EDGE.match(line))
    ]


def nodes(dot: str) -> dict[str, str]:
    """The attributes of each node of ``dot``, by name."""
    return {m["name"]: m["attrs"] for line in dot.splitlines() if (m := NODE.match(line))}
