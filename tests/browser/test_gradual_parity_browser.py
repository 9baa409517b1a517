"""The report's strengths in Chromium, after the weight slider moves, equal argmap.gradual's.

The map has a mutual attack between two claims of weight 1, on which the plain
iteration of DF-QuAD oscillates and argmap follows the continuous model instead,
and a support from the cycle to a third claim. tests/render/test_gradual_js.py
compares the script itself on many graphs; this checks the page wires it to the
slider and shows what it computes.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from argmap.frameworks.map_bipolar import weighted_graph
from argmap.frameworks.weighted import WeightedBipolarGraph
from argmap.gradual import Method, strengths
from argmap.model import ArgumentMap
from argmap.render.html import GRADUAL_SEMANTICS, write_report
from tests.browser.conftest import Opener
from tests.browser.test_report_browser import shown_strengths

pytestmark = pytest.mark.browser

SHOWN = 1e-8
"""The page writes each strength with eight decimals (``data-value``)."""


def cyclic_map() -> ArgumentMap:
    def claim(id_: str, text: str, weight: float) -> dict[str, Any]:
        return {"id": id_, "text": {"en": text}, "weight": weight}

    return ArgumentMap.model_validate(
        {
            "title": "A cycle",
            "language": "en",
            "statements": [
                claim("tax", "Tax the fuel.", 1.0),
                claim("free", "Leave the fuel untaxed.", 1.0),
                claim("buses", "Run more buses.", 0.6),
                claim("cost", "Buses cost too much.", 0.4),
            ],
            "attacks": [
                {"id": "x1", "kind": "rebut", "source": "tax", "target": "free"},
                {"id": "x2", "kind": "rebut", "source": "free", "target": "tax"},
                {"id": "x3", "kind": "rebut", "source": "cost", "target": "buses"},
            ],
            "supports": [{"id": "s1", "premises": ["tax"], "conclusion": "buses"}],
        }
    )


def argmap_strengths(m: ArgumentMap, weights: dict[str, float]) -> dict[str, dict[str, float]]:
    """argmap.gradual's strengths of the map's graph with ``weights`` changed, as the
    report reads it (the attack-only h-categorizer without the supports)."""
    graph = weighted_graph(m)
    changed = {a: weights.get(a, graph.weight(a)) for a in graph.arguments}
    found: dict[str, dict[str, float]] = {}
    for name in GRADUAL_SEMANTICS:
        supports = [] if name == "h-categorizer" else graph.sorted_supports()
        result = strengths(WeightedBipolarGraph(changed, graph.sorted_attacks(), supports), name)
        assert result.converged, name
        found[name] = dict(result.strengths)
    return found


def test_strengths_follow_the_slider_on_a_cycle(tmp_path: Path, open_report: Opener) -> None:
    m = cyclic_map()
    graph = weighted_graph(m)
    oscillating = strengths(graph, "df-quad")
    assert oscillating.method is Method.CONTINUOUS  # the case the page once got wrong
    path = tmp_path / "cycle.html"
    write_report(m, path)
    page, watch = open_report(path)
    weights: dict[str, float] = {}
    moves = [("tax", 0.3), ("tax", 1.0), ("free", 0.55), ("tax", 0.0), ("buses", 0.95)]
    for argument, value in moves:
        page.locator(f"#m-st-{argument}").click()
        page.locator("#weight-input").fill(str(value))
        weights[argument] = value
        shown = shown_strengths(page)
        expected = argmap_strengths(m, weights)
        for name in GRADUAL_SEMANTICS:
            assert shown[name], name
            for row, value_shown in shown[name].items():
                assert value_shown == pytest.approx(expected[name][row], abs=SHOWN), (
                    name,
                    row,
                    weights,
                )
        assert page.locator("#status-table td.strength.not-converged").count() == 0
    # both claims of the cycle at weight 1 again: DF-QuAD gives each 1/2, as argmap does
    page.locator("#m-st-tax").click()
    page.locator("#weight-input").fill("1")
    page.locator("#m-st-free").click()
    page.locator("#weight-input").fill("1")
    shown = shown_strengths(page)
    assert shown["df-quad"]["tax"] == pytest.approx(0.5, abs=SHOWN)
    assert shown["df-quad"]["free"] == pytest.approx(0.5, abs=SHOWN)
    assert watch.errors == []
