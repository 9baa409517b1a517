"""The report's own gradual computation (templates/gradual.js) agrees with argmap.gradual.

The page recomputes DF-QuAD, quadratic energy and the h-categorizer when the reader
moves a base weight. Here the script runs under node, on the built-in debate with
several weight settings and on random graphs with cycles and self-loops, and its
strengths are compared with :func:`argmap.gradual.strengths` on the same weights.
Both iterate to ``max |f(s) - s| <= 1e-10`` (``DEFAULT_TOLERANCE``) by the same steps,
so they must agree far closer than the six decimals the page writes, and say alike
when they did not converge (the page then marks the strength as not converged).
"""

from __future__ import annotations

import json
import random
import shutil
import subprocess
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from argmap import corpus
from argmap.frameworks.map_bipolar import weighted_graph
from argmap.frameworks.weighted import WeightedBipolarGraph
from argmap.gradual import Method, strengths
from argmap.gradual.types import DEFAULT_TOLERANCE
from argmap.render.html import GRADUAL_SEMANTICS, gradual_data, templates_root

AGREEMENT = 1e-9
"""How far the page's strengths may lie from argmap's: ten times the tolerance both
iterate to (argmap's ``DEFAULT_TOLERANCE``); the forward propagation on acyclic
graphs agrees to rounding."""

ATTACK_ONLY = frozenset({"h-categorizer"})
"""The page's semantics that read no supports (as ``argmap.evaluation`` gives them)."""

RUNNER = """
const fs = require("fs");
const vm = require("vm");
const context = {};
vm.createContext(context);
vm.runInContext(fs.readFileSync(process.argv[1], "utf8"), context, { filename: "gradual.js" });
const gradual = context.argmapGradual;
const cases = JSON.parse(fs.readFileSync(0, "utf8"));
const answers = cases.map((c) => {
  const graph = gradual.graph(c.size, c.attacks, c.supports);
  return c.settings.map((weights) => {
    const found = {};
    for (const name of c.semantics) {
      found[name] = gradual.strengths(graph, name, weights);
    }
    return found;
  });
});
process.stdout.write(JSON.stringify(answers));
"""

Case = dict[str, Any]


def run_page_script(cases: list[Case]) -> list[list[dict[str, dict[str, Any]]]]:
    """What templates/gradual.js computes for each case, under node."""
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed (make test installs it: scripts/ensure-node-tools.sh)")
    done = subprocess.run(
        [node, "-e", RUNNER, str(templates_root() / "gradual.js")],
        input=json.dumps(cases),
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    answers: list[list[dict[str, dict[str, Any]]]] = json.loads(done.stdout)
    return answers


def edges(pairs: list[tuple[int, int]]) -> list[dict[str, int]]:
    """Attacks or supports as the page's data holds them (``Edge``)."""
    return [{"source": source, "target": target} for source, target in pairs]


def names(size: int) -> list[str]:
    return [f"a{i:03d}" for i in range(size)]


def argmap_strengths(case: Case, name: str, weights: list[float]) -> tuple[list[float], Any]:
    """argmap.gradual's strengths for the case's graph with ``weights`` (index order)."""
    labels = names(case["size"])
    attacks = [(labels[e["source"]], labels[e["target"]]) for e in case["attacks"]]
    supports = [(labels[e["source"]], labels[e["target"]]) for e in case["supports"]]
    if name in ATTACK_ONLY:
        supports = []
    graph = WeightedBipolarGraph(dict(zip(labels, weights, strict=True)), attacks, supports)
    result = strengths(graph, name)
    return [result.strengths[a] for a in labels], result


def compare(cases: list[Case]) -> list[Any]:
    """Assert the page and argmap agree on every case; return argmap's results."""
    answers = run_page_script(cases)
    results = []
    for case, per_setting in zip(cases, answers, strict=True):
        for weights, found in zip(case["settings"], per_setting, strict=True):
            for name in case["semantics"]:
                expected, result = argmap_strengths(case, name, weights)
                page = found[name]
                where = (name, case["size"], case["attacks"], case["supports"], weights)
                assert page["converged"] is result.converged, where
                if result.converged:
                    assert page["values"] == pytest.approx(expected, abs=AGREEMENT, rel=0), where
                # else both say so, and where each gave up is rounding noise: a self-support
                # of weight 1e-9 moves by 1e-18 per step, below what exp and log1p resolve
                results.append(result)
    return results


def test_the_tolerance_is_argmaps() -> None:
    source = (templates_root() / "gradual.js").read_text(encoding="utf-8")
    assert "var TOLERANCE = 1e-10;" in source
    assert DEFAULT_TOLERANCE == 1e-10
    assert AGREEMENT == 10 * DEFAULT_TOLERANCE


def test_the_page_computes_the_semantics_the_report_shows() -> None:
    (answer,) = run_page_script(
        [{"size": 1, "attacks": [], "supports": [], "settings": [[0.5]], "semantics": []}]
    )
    assert answer == [{}]
    done = run_page_script(
        [
            {
                "size": 1,
                "attacks": [],
                "supports": [],
                "settings": [[0.5]],
                "semantics": [*GRADUAL_SEMANTICS, "euler"],
            }
        ]
    )
    found = done[0][0]
    assert found["euler"] is None  # the page does not compute what the report does not show
    assert {name: found[name]["values"] for name in GRADUAL_SEMANTICS} == {
        "df-quad": [0.5],
        "quadratic-energy": [0.5],
        "h-categorizer": [1.0],
    }


def test_the_built_in_debate_after_the_sliders_move() -> None:
    m = corpus.load("csmo")
    data = gradual_data(m)
    assert data is not None
    size = len(data["arguments"])
    initial = list(data["weights"])
    rng = random.Random(15)
    settings_ = [
        initial,
        [1.0] * size,
        [0.0] * size,
        [round(rng.random(), 2) for _ in range(size)],
        [round(rng.random(), 2) for _ in range(size)],
    ]
    for i in range(0, size, max(1, size // 6)):  # one slider at a time, to each end
        for value in (0.0, 1.0):
            moved = list(initial)
            moved[i] = value
            settings_.append(moved)
    case = {
        "size": size,
        "attacks": data["attacks"],
        "supports": data["supports"],
        "settings": settings_,
        "semantics": list(GRADUAL_SEMANTICS),
    }
    assert weighted_graph(m).arguments == tuple(data["arguments"])
    compare([case])
    # at the initial weights, the page's numbers are the ones argmap wrote into it
    (per_setting,) = run_page_script([{**case, "settings": [initial]}])
    for name in GRADUAL_SEMANTICS:
        assert per_setting[0][name]["values"] == pytest.approx(data["strengths"][name], abs=1e-6)


def test_a_mutual_attack_where_the_iteration_oscillates() -> None:
    # DF-QuAD on a <-> b with both weights 1: s <- f(s) jumps between (1, 1) and (0, 0);
    # argmap gives up on it and follows the continuous model to (1/2, 1/2).
    case = {
        "size": 2,
        "attacks": edges([(0, 1), (1, 0)]),
        "supports": [],
        "settings": [[1.0, 1.0], [0.9, 1.0]],
        "semantics": list(GRADUAL_SEMANTICS),
    }
    results = compare([case])
    (answers,) = run_page_script([case])
    assert answers[0]["df-quad"]["values"] == pytest.approx([0.5, 0.5], abs=1e-9)
    assert answers[0]["df-quad"]["converged"] is True
    assert any(r.method is Method.CONTINUOUS for r in results)


def test_a_cycle_upstream_of_a_chain_and_a_self_attack() -> None:
    # 0 <-> 1 attack each other, 1 supports 2, 2 attacks 3, 4 attacks itself and 3
    case = {
        "size": 5,
        "attacks": edges([(0, 1), (1, 0), (2, 3), (4, 4), (4, 3)]),
        "supports": edges([(1, 2)]),
        "settings": [[0.5] * 5, [1.0, 0.2, 0.7, 0.9, 1.0], [0.0, 1.0, 0.3, 0.6, 0.4]],
        "semantics": list(GRADUAL_SEMANTICS),
    }
    results = compare([case])
    assert {r.method for r in results} >= {Method.DISCRETE}


@st.composite
def graphs(draw: st.DrawFn) -> Case:
    """A small weighted bipolar graph (cycles and self-loops allowed, no pair both
    attacking and supporting) with two weight settings."""
    size = draw(st.integers(min_value=1, max_value=7))
    pairs = st.tuples(st.integers(0, size - 1), st.integers(0, size - 1))
    attacks = draw(st.lists(pairs, max_size=2 * size, unique=True))
    supports = draw(st.lists(pairs.filter(lambda p: p not in attacks), max_size=size, unique=True))
    weight = st.integers(0, 100).map(lambda k: k / 100)  # the slider's steps
    settings_ = draw(
        st.lists(st.lists(weight, min_size=size, max_size=size), min_size=2, max_size=2)
    )
    return {
        "size": size,
        "attacks": edges(sorted(attacks)),
        "supports": edges(sorted(supports)),
        "settings": settings_,
        "semantics": list(GRADUAL_SEMANTICS),
    }


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(graphs(), min_size=1, max_size=5))
def test_random_graphs_agree(cases: list[Case]) -> None:
    compare(cases)
