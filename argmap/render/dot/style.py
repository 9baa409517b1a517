"""The look of argmap's diagrams: colours, fonts, sizes, line styles, and node names.

Colours come from the Okabe–Ito palette (edges, statuses) and Paul Tol's "muted"
scheme (participants), both safe for the common colour-vision deficiencies; every
distinction drawn in colour is also drawn by line style, arrowhead or glyph.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Literal

from argmap.model import ArgumentMap, AttackKind

ClusterBy = Literal["none", "speaker", "section"]
"""How statements are grouped in boxes: not at all, by speaker, by source section."""

CLUSTER_CHOICES: tuple[ClusterBy, ...] = ("none", "speaker", "section")

SUPPORT_COLOUR = "#0072B2"
"""Okabe–Ito blue: support edges."""
ATTACK_COLOUR = "#D55E00"
"""Okabe–Ito vermillion: attack edges."""
ANSWER_COLOUR = "#777777"
"""Grey: a position answering an issue."""
NEUTRAL_BORDER = "#555555"
"""The border of statements nobody in the map said (implicit premises, no provenance)."""
DERIVED_COLOUR = "#8E7CA8"
"""Grey-purple: attacks derived by a bipolar reading of support (not in the map)."""
STRENGTH_COLOUR = "#444444"
"""Dark grey: the filled part of a statement's strength bar."""
STRENGTH_TRACK = "#E4E4E4"
"""Light grey: the unfilled part of a strength bar."""
STRENGTH_FILL = (0x9C, 0xC9, 0xE6)
"""The fill of an inference of strength 1 (light blue, black text stays readable);
strength 0 is white, values in between are mixed linearly."""
BAR_WIDTH = 60
"""Length, in points, of a strength bar at strength 1."""
BAR_HEIGHT = 7
"""Height, in points, of a strength bar."""

PARTICIPANT_COLOURS: tuple[str, ...] = (
    "#332288",
    "#882255",
    "#117733",
    "#AA4499",
    "#44AA99",
    "#999933",
    "#CC6677",
    "#88CCEE",
    "#DDCC77",
)
"""Paul Tol's "muted" qualitative scheme, for participants' borders (in map order)."""

FONT = "Helvetica"
"""The font of every diagram."""
NODE_DEFAULTS: Mapping[str, str] = MappingProxyType(
    {
        "fontname": f'"{FONT}"',
        "fontsize": "11",
        "shape": "box",
        "style": '"rounded,filled"',
        "fillcolor": '"white"',
    }
)
"""The DOT node defaults of every diagram (values written as DOT): rounded boxes
filled white, in :data:`FONT`."""
WRAP = 30
"""Characters per line of a statement's label."""
MAX_LINES = 6
"""Lines of paraphrase shown before the label is cut (maps of up to 200 statements)."""
MAX_LINES_LARGE = 3
"""Lines shown on maps of more than 200 statements."""

EDGE_STYLES: Mapping[AttackKind, str] = MappingProxyType(
    {
        AttackKind.REBUT: "solid",
        AttackKind.UNDERMINE: "dashed",
        AttackKind.UNDERCUT: "dotted",
    }
)
"""The line of each kind of attack edge (all end in a tee)."""


@dataclass(frozen=True)
class NodeNames:
    """How map elements are named in DOT and SVG (``id`` attributes).

    A statement ``x`` is node ``{prefix}st-x``, a support (inference) ``s`` is node
    ``{prefix}inf-s``; an attack ``a`` is edge ``{prefix}att-a``. ``prefix`` keeps
    ids unique when several diagrams share a page.
    """

    prefix: str = ""

    def statement(self, statement_id: str) -> str:
        """The node name (and SVG id) of a statement."""
        return f"{self.prefix}st-{statement_id}"

    def inference(self, support_id: str) -> str:
        """The node name (and SVG id) of a support's inference node."""
        return f"{self.prefix}inf-{support_id}"

    def attack(self, attack_id: str) -> str:
        """The SVG id of an attack edge."""
        return f"{self.prefix}att-{attack_id}"

    def argument(self, position: int) -> str:
        """The node name of the argument at ``position`` of an abstract framework."""
        return f"{self.prefix}arg-{position}"


def participant_colours(m: ArgumentMap) -> dict[str, str]:
    """The border colour of each participant, in map order (the palette repeats).

    >>> m = ArgumentMap(title="t", participants=[{"id": "ann", "name": "Ann"}])
    >>> participant_colours(m)
    {'ann': '#332288'}
    """
    return {
        p.id: PARTICIPANT_COLOURS[i % len(PARTICIPANT_COLOURS)]
        for i, p in enumerate(m.participants)
    }
