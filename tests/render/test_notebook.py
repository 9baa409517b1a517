"""Jupyter display: formatters registered with IPython by class name, HTML for results.

The formatters are those of a real IPython (:class:`DisplayFormatter`), so a
test here formats an object exactly as a notebook would.
"""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
import types
from typing import Any

import pytest

from argmap.evaluation import evaluate, status_table
from argmap.explain import explain, what_if
from argmap.frameworks import AF
from argmap.frameworks.bipolar import BipolarFramework
from argmap.frameworks.structured import structured_framework
from argmap.frameworks.weighted import WeightedBipolarGraph
from argmap.model import ArgumentMap
from argmap.render import notebook, notebook_html
from argmap.render.notebook import DISPLAYS, register_notebook_display

DisplayFormatter = pytest.importorskip(
    "IPython.core.formatters", reason="IPython comes with the test extra: pip install -e '.[test]'"
).DisplayFormatter


@pytest.fixture
def formatter() -> DisplayFormatter:
    """IPython's display formatter with argmap's formatters registered."""
    display = DisplayFormatter()
    notebook.load_ipython_extension(types.SimpleNamespace(display_formatter=display))
    return display


def shown(formatter: DisplayFormatter, value: object) -> dict[str, Any]:
    data, _ = formatter.format(value)
    return dict(data)


HOSTILE = ArgumentMap(
    title="<script>alert(1)</script>",
    statements=[
        {"id": "tea", "text": {"en": "Tea <b>&</b> “calm”.", "fr": "Le thé <i>calme</i>."}},
        {"id": "no", "text": {"en": "Tea is bitter </details><script>x</script>."}},
    ],
    attacks=[{"id": "x", "kind": "rebut", "source": "no", "target": "tea"}],
)


def test_not_in_ipython(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(sys.modules, "IPython", raising=False)
    assert register_notebook_display() is False
    module = types.ModuleType("IPython")
    module.get_ipython = lambda: None  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "IPython", module)
    assert register_notebook_display() is False


def test_a_running_shell_gets_every_formatter(monkeypatch: pytest.MonkeyPatch) -> None:
    display = DisplayFormatter()
    module = types.ModuleType("IPython")
    shell = types.SimpleNamespace(display_formatter=display)
    module.get_ipython = lambda: shell  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "IPython", module)
    assert register_notebook_display() is True
    assert "text/html" in shown(display, evaluate(AF(["a"], []), "grounded"))


@pytest.mark.parametrize(("mime", "module", "name", "function"), DISPLAYS)
def test_every_registered_class_and_function_exists(
    mime: str, module: str, name: str, function: str
) -> None:
    """Formatters are registered by name: a class moved elsewhere would silently lose
    its display."""
    kind = getattr(importlib.import_module(module), name)
    assert isinstance(kind, type) and kind.__module__ == module  # defined there, not re-exported
    assert callable(getattr(notebook_html, function))
    assert mime in ("text/html", "image/svg+xml")


def test_a_map_shows_as_its_diagram(formatter: DisplayFormatter, sample: ArgumentMap) -> None:
    data = shown(formatter, sample)
    assert data["image/svg+xml"].startswith("<?xml") and 'id="st&#45;ban"' in data["image/svg+xml"]
    assert data["text/plain"].startswith(f"<ArgumentMap {sample.title!r}: ")


def test_a_map_without_graphviz_falls_back_to_its_text(
    monkeypatch: pytest.MonkeyPatch, formatter: DisplayFormatter, sample: ArgumentMap
) -> None:
    from argmap.render.svg import RenderError

    def missing(dot: str) -> str:
        raise RenderError("no dot")

    monkeypatch.setattr(notebook_html, "render_svg", missing)
    assert notebook_html.map_svg(sample) is None
    assert "image/svg+xml" not in shown(formatter, sample)


def test_an_evaluation_is_a_coloured_status_table(formatter: DisplayFormatter) -> None:
    result = evaluate(HOSTILE, "grounded")
    data = shown(formatter, result)
    page = data["text/html"]
    assert "<caption>grounded semantics, structured reading</caption>" in page
    assert page.count("<tr>") == 3
    assert '<td style="background:#a6ddce" title="in">✓ in</td>' in page
    assert '<td style="background:#f0c7a6" title="out">✗ out</td>' in page
    assert data["text/plain"] == (
        "<Evaluation grounded, structured reading: 2 arguments; out 1, in 1>"
    )


def test_a_gradual_evaluation_shows_strengths_with_bars(formatter: DisplayFormatter) -> None:
    page = shown(formatter, evaluate(HOSTILE, "df-quad"))["text/html"]
    assert "<caption>df-quad semantics, structured reading</caption>" in page
    assert "<th>base score</th><th>strength</th>" in page
    assert "#009e73 50%" in page and "0.500" in page  # the unattacked statement keeps its base
    assert "#009e73 25%" in page and "0.250" in page  # DF-QuAD: 0.5 × (1 − 0.5)


def test_an_explanation_shows_its_text_and_folds_its_proof(formatter: DisplayFormatter) -> None:
    why = explain(HOSTILE, "tea", "grounded")
    data = shown(formatter, why)
    page = data["text/html"]
    assert "✗ rejected</span>" in page
    assert page.count("<details>") == 1
    assert page.index("<details>") > page.index("<p>The claim that tea")
    assert "<b>carriers</b>" in page.split("<details>")[1]  # the structured walk
    assert "<script>" not in page and "&lt;/details&gt;&lt;script&gt;" in page
    assert "&lt;b&gt;&amp;&lt;/b&gt;" in page
    assert data["text/plain"] == "<Explanation 'tea' is rejected under grounded (en)>"


def test_an_explanation_in_french_is_french_throughout(formatter: DisplayFormatter) -> None:
    page = shown(formatter, explain(HOSTILE, "tea", "grounded", language="fr"))["text/html"]
    assert "sémantique fondée" in page and "✗ rejeté</span>" in page
    assert "<summary>la preuve</summary>" in page
    assert "&lt;i&gt;calme&lt;/i&gt;" in page


def test_a_what_if_is_a_list_of_edits(formatter: DisplayFormatter) -> None:
    result = what_if(HOSTILE, "tea", "grounded")
    data = shown(formatter, result)
    page = data["text/html"]
    assert page.count("<li>") == len(result.flips) == 3
    assert "robustness 0.00" in page and "✗ rejected" in page
    assert "<li>Removing the attack of the objection" in page
    assert "<script>" not in page and "&lt;/details&gt;&lt;script&gt;" in page
    assert data["text/plain"] == (
        "<WhatIf 'tea' under grounded: rejected; 3 of 3 single edits change it>"
    )


def test_frameworks_show_their_size_and_relations(formatter: DisplayFormatter) -> None:
    af = shown(formatter, AF(["a", "<b>"], [("a", "<b>")]))["text/html"]
    assert "<caption>arguments: 2 · attacks: 1</caption>" in af
    assert "<tr><th>&lt;b&gt;</th><td>a</td></tr>" in af
    bipolar = BipolarFramework(["a", "b", "c"], [("a", "b")], [("c", "b")])
    page = shown(formatter, bipolar)["text/html"]
    assert "supports: 1" in page and "<tr><th>b</th><td>a</td><td>c</td></tr>" in page
    weighted = WeightedBipolarGraph({"a": 0.5, "b": 0.25}, [("a", "b")], [])
    assert (
        "<tr><th>b</th><td>0.250</td><td>a</td><td></td></tr>"
        in shown(formatter, weighted)["text/html"]
    )
    sf = structured_framework(HOSTILE)
    data = shown(formatter, sf)
    assert "ASPIC+ arguments: 2 · attacks: 1 · defeats: 1" in data["text/html"]
    assert data["text/plain"] == "<StructuredFramework 2 arguments, 1 attack, 1 defeat>"


def test_a_status_table_escapes_names_and_names_the_reading(formatter: DisplayFormatter) -> None:
    table = status_table(AF(["<b>&", "x"], [("<b>&", "x")]), ["grounded", "stable"])
    page = shown(formatter, table)["text/html"]
    assert "&lt;b&gt;&amp;" in page and "<b>&" not in page
    assert page.count("<tr>") == 3
    assert "<caption>abstract reading</caption>" in page


def test_large_tables_are_cut_and_say_so(formatter: DisplayFormatter) -> None:
    names = [f"a{i}" for i in range(notebook_html.ROWS_SHOWN + 15)]
    page = shown(formatter, evaluate(AF(names, []), "grounded"))["text/html"]
    assert page.count("<tr>") == notebook_html.ROWS_SHOWN + 2
    assert "… 15 more not shown" in page


def test_import_argmap_in_ipython_loads_only_the_registration() -> None:
    """``import argmap`` in a kernel registers the display without importing argmap's
    layers; they are imported when a result is first displayed."""
    code = """
import json, sys
import IPython
from IPython.core.interactiveshell import InteractiveShell
shell = InteractiveShell.instance()
before = set(sys.modules)
import argmap
loaded = sorted(m for m in set(sys.modules) - before if m.startswith("argmap"))
from argmap.frameworks import AF
from argmap.evaluation import evaluate
data, _ = shell.display_formatter.format(evaluate(AF(["a"], []), "grounded"))
print(json.dumps({"loaded": loaded, "html": "text/html" in data,
                  "builders": "argmap.render.notebook_html" in sys.modules}))
"""
    run = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    result = json.loads(run.stdout.strip().splitlines()[-1])
    assert result == {
        "loaded": ["argmap", "argmap.render", "argmap.render.notebook"],
        "html": True,
        "builders": True,
    }
