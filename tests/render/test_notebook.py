"""Jupyter display: formatters registered with a running IPython, nothing otherwise."""

from __future__ import annotations

import sys
import types
from collections.abc import Callable
from typing import Any

import pytest

from argmap.evaluation import StatusTable, status_table
from argmap.frameworks import AF
from argmap.model import ArgumentMap
from argmap.render import notebook
from argmap.render.notebook import map_svg, register_notebook_display


class Formatter:
    def __init__(self) -> None:
        self.types: dict[type, Callable[[Any], Any]] = {}

    def for_type(self, kind: type, function: Callable[[Any], Any]) -> None:
        self.types[kind] = function


def fake_ipython(running: bool) -> tuple[types.ModuleType, dict[str, Formatter]]:
    formatters = {"image/svg+xml": Formatter(), "text/html": Formatter()}
    shell = types.SimpleNamespace(display_formatter=types.SimpleNamespace(formatters=formatters))
    module = types.ModuleType("IPython")
    module.get_ipython = lambda: shell if running else None  # type: ignore[attr-defined]
    return module, formatters


def test_not_in_ipython(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(sys.modules, "IPython", raising=False)
    assert register_notebook_display() is False
    module, formatters = fake_ipython(running=False)
    monkeypatch.setitem(sys.modules, "IPython", module)
    assert register_notebook_display() is False
    assert formatters["image/svg+xml"].types == {}


def test_registers_svg_for_maps_and_html_for_statuses(
    monkeypatch: pytest.MonkeyPatch, sample: ArgumentMap
) -> None:
    module, formatters = fake_ipython(running=True)
    monkeypatch.setitem(sys.modules, "IPython", module)
    assert register_notebook_display() is True
    svg = formatters["image/svg+xml"].types[ArgumentMap](sample)
    assert svg.startswith("<?xml") and 'id="st&#45;ban"' in svg
    table = status_table(AF(["a"], []), ["grounded"])
    html = formatters["text/html"].types[StatusTable](table)
    assert html.startswith('<table class="argmap-statuses">') and "✓" in html


def test_map_without_graphviz_falls_back(
    monkeypatch: pytest.MonkeyPatch, sample: ArgumentMap
) -> None:
    from argmap.render.svg import RenderError

    def missing(dot: str) -> str:
        raise RenderError("no dot")

    monkeypatch.setattr(notebook, "render_svg", missing)
    assert map_svg(sample) is None


def test_ipython_extension_registers_with_the_given_shell() -> None:
    module, formatters = fake_ipython(running=True)
    notebook.load_ipython_extension(module.get_ipython())
    assert ArgumentMap in formatters["image/svg+xml"].types
    assert StatusTable in formatters["text/html"].types


def test_the_status_table_html_escapes_names_and_names_the_reading() -> None:
    table = status_table(AF(["<b>&", "x"], [("<b>&", "x")]), ["grounded", "stable"])
    page = notebook.status_table_html(table)
    assert "&lt;b&gt;&amp;" in page and "<b>&" not in page
    assert page.count("<tr>") == 3
    assert "<caption>abstract reading</caption>" in page
