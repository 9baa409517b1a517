"""Graphviz output: formats by extension, deterministic SVG, clear errors."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from argmap.evaluation import evaluate
from argmap.model import ArgumentMap
from argmap.render.dot import map_to_dot
from argmap.render.svg import (
    RenderError,
    format_for,
    inline_svg,
    normalise_pdf,
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
    monkeypatch.setenv("PATH", "/nonexistent")
    with pytest.raises(RenderError, match="`dot` program was not found: install Graphviz"):
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


# -- byte-identical output ------------------------------------------------------------------
def test_pdf_is_dated_by_source_date_epoch_not_by_the_clock(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    first = render("digraph { a -> b }", "pdf")
    assert b"/CreationDate (D:19700101000000" in first
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    dated = render("digraph { a -> b }", "pdf")
    assert b"/CreationDate (D:20231114221320" in dated
    assert len(dated) == len(first)  # the date is replaced in place: offsets stay right
    assert (
        normalise_pdf(b"/CreationDate (D:20261203103347Z)") == b"/CreationDate (D:20231114221320Z)"
    )


def _run_argmap(arguments: list[str], seed: str, env: dict[str, str] | None = None) -> None:
    environment = {**os.environ, "PYTHONHASHSEED": seed, **(env or {})}
    done = subprocess.run(
        [sys.executable, "-m", "argmap.cli", *arguments],
        env=environment,
        capture_output=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr.decode()


@pytest.mark.slow
def test_dot_svg_pdf_and_html_are_byte_identical_across_runs_and_hash_seeds(
    tmp_path: Path,
) -> None:
    outputs = ["map.dot", "map.svg", "map.pdf", "report.html"]
    runs = []
    for run, seed in enumerate(["0", "12345"]):
        folder = tmp_path / f"run{run}"
        folder.mkdir()
        for name in outputs[:3]:
            _run_argmap(["render", "-o", str(folder / name), "--semantics", "preferred"], seed)
        _run_argmap(["report", "-o", str(folder / "report.html"), "--semantics", "grounded"], seed)
        runs.append({name: (folder / name).read_bytes() for name in outputs})
        time.sleep(1.1)  # a PDF dated by the clock would differ by now
    assert runs[0] == runs[1]
