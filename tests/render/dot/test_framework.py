"""The DOT of abstract frameworks: arguments by position, attacks, statuses."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from argmap.evaluation import evaluate
from argmap.frameworks import AF
from argmap.render.dot import framework_to_dot
from argmap.render.svg import render_svg
from tests.render.dot.parse import SVG, edges, nodes


def test_framework_dot() -> None:
    af = AF(["a", "b", "c"], [("a", "b"), ("b", "c"), ("c", "c")])
    dot = framework_to_dot(af, statuses=evaluate(af, "grounded"))
    assert [(t, h) for t, h, _ in edges(dot)] == [
        ("arg-0", "arg-1"),
        ("arg-1", "arg-2"),
        ("arg-2", "arg-2"),
    ]
    table = nodes(dot)
    assert 'label="✓ a"' in table["arg-0"] and 'label="✗ b"' in table["arg-1"]
    assert "Status under grounded" in table["legend"]
    svg = render_svg(dot)
    texts = [t.text for t in ET.fromstring(svg).iter(f"{SVG}text")]
    assert "✓ a" in texts and "? c" in texts


def test_framework_names_are_shown_literally_and_its_legend_speaks_french() -> None:
    af = AF(['say "x"', "b\\N"], [('say "x"', "b\\N")])
    dot = framework_to_dot(af, statuses=evaluate(af, "preferred"), language="fr", id_prefix="p-")
    table = nodes(dot)
    assert table["p-arg-0"].count('label="✓ say \\"x\\""') == 1
    assert 'label="✗ b\\\\N"' in table["p-arg-1"]
    assert 'tooltip="b\\\\\\\\N (rejeté)"' in table["p-arg-1"]
    assert "Statut selon la sémantique préférée" in table["legend"]
    assert [(t, h) for t, h, _ in edges(dot)] == [("p-arg-0", "p-arg-1")]
