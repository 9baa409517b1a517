"""Graphviz SVG made fit to share a page: ids prefixed, redundant attributes dropped.

A report may hold two diagrams of one map (English and French); Graphviz names
its own elements ``graph0``, ``clust1``... in both, so each diagram's ids get a
prefix of their own. The ids argmap gives nodes and edges already carry it
(:func:`~argmap.render.dot.map_to_dot`'s ``id_prefix``) and are left alone.
"""

from __future__ import annotations

import re

_DEFAULTS = re.compile(r' (?:text-anchor="start"|font-family="Helvetica,sans-Serif")')
_ID = re.compile(r' id="([^"]*)"')


def slim(svg: str) -> str:
    """``svg`` without the attributes the page's style sheet sets anyway (a third of a
    large map's text).

    >>> slim('<text text-anchor="start" x="1">a</text>')
    '<text x="1">a</text>'
    """
    return _DEFAULTS.sub("", svg)


def prefixed_ids(svg: str, prefix: str) -> str:
    """``svg`` with every ``id`` prefixed by ``prefix``, unless it already is.

    Graphviz writes ``-`` in ids as ``&#45;``; an id carrying the prefix in
    either spelling is kept.

    >>> prefixed_ids('<g id="graph0"><g id="fr&#45;st&#45;a"></g></g>', "fr-")
    '<g id="fr&#45;graph0"><g id="fr&#45;st&#45;a"></g></g>'
    """
    escaped = prefix.replace("-", "&#45;")

    def fix(match: re.Match[str]) -> str:
        value = match.group(1)
        if value.startswith((prefix, escaped)):
            return match.group(0)
        return f' id="{escaped}{value}"'

    return _ID.sub(fix, svg)
