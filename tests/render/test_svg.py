"""Graphviz output: formats by extension, deterministic SVG, clear errors."""

from __future__ import annotations

from pathlib import Path

import graphviz
import pytest

from argmap.evaluation import evaluate
from argmap.model import ArgumentMap
from argmap.render.dot import map_to_dot
from argmap.render.svg import (
    RenderError,
    format_for,
    inline_svg,
    normalise_svg,
    render,
    render_svg,
    write_diagram,
)
from tests.render.conftest import sample_map


def test_same_map_same_bytes(sample: ArgumentMap) -> None:
    statuses = evaluate(sample, "preferred")
    first_dot = map_to_dot(sample, statuses=statuses, cluster="speaker")
    again = sample_map()  # rebuilt from scratch
    second_dot = map_to_dot(again, statuses=evaluate(again, "preferred"), cluster="speaker")
    assert first_dot == second_dot
    first, second = render(first_dot, "svg"), render(second_dot, "svg")
    assert first == second
    text = first.decode("utf-8")
    assert "<!--" not in text and "graphviz version" not in text


@pytest.mark.parametrize(
    ("suffix", "magic"),
    [(".svg", b"<?xml"), (".png", b"\x89PNG"), (".pdf", b"%PDF"), (".dot", b"digraph argmap")],
)
def test_write_each_format(sample: ArgumentMap, tmp_path: Path, suffix: str, magic: bytes) -> None:
    target = tmp_path / f"map{suffix}"
    dot = map_to_dot(sample)
    assert write_diagram(dot, target) == suffix[1:]
    assert target.read_bytes().startswith(magic)
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temporary left


def test_unknown_format_is_refused(tmp_path: Path) -> None:
    with pytest.raises(RenderError, match=r"unknown diagram format '\.jpeg'; use \.svg"):
        write_diagram("digraph {}", tmp_path / "map.jpeg")
    with pytest.raises(RenderError, match="unknown diagram format '\\(none\\)'"):
        format_for("map")
    with pytest.raises(RenderError, match="unknown diagram format 'gif'"):
        render("digraph {}", "gif")
    assert not list(tmp_path.iterdir())


def test_missing_graphviz_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    def missing(*args: object, **kwargs: object) -> bytes:
        raise graphviz.ExecutableNotFound(["dot"])

    monkeypatch.setattr(graphviz, "pipe", missing)
    with pytest.raises(RenderError, match="install Graphviz"):
        render_svg("digraph {}")


def test_graphviz_failure_is_reported() -> None:
    with pytest.raises(RenderError, match="Graphviz could not lay the diagram out"):
        render_svg("digraph { a -> }")


def test_inline_svg_has_no_prolog(sample: ArgumentMap) -> None:
    svg = render_svg(map_to_dot(sample))
    assert svg.startswith("<?xml")
    inline = inline_svg(svg)
    assert inline.startswith("<svg") and "<!DOCTYPE" not in inline
    assert normalise_svg(inline) == inline
