"""Graphviz within a time budget: the faster engine, the caption, the caps, the CLI."""

from __future__ import annotations

import json
import random
import re
import time
from pathlib import Path

import pytest

from argmap.cli import main
from argmap.frameworks import AF
from argmap.model import ArgumentMap
from argmap.render.dot import MAX_QUOTED_CHARS, escape_dot_string, escape_tooltip, map_to_dot
from argmap.render.layout import (
    DOT_EDGE_LIMIT,
    MAX_DRAWN_ATTACKS,
    LayoutTimeoutError,
    capped_framework,
    lay_out,
    with_caption,
)


def tangle(nodes: int, edges: int, seed: int = 7) -> str:
    """A random digraph that ``dot`` needs many seconds to lay out (crossings)."""
    pick = random.Random(seed)
    pairs = sorted({(pick.randrange(nodes), pick.randrange(nodes)) for _ in range(edges)})
    lines = [f"  n{a} -> n{b};" for a, b in pairs]
    return "digraph argmap {\n" + "\n".join(lines) + "\n}\n"


def test_layout_past_its_time_limit_is_killed_and_redone_by_sfdp_with_a_note() -> None:
    dot = tangle(100, DOT_EDGE_LIMIT - 20)
    started = time.monotonic()
    laid = lay_out(dot, "svg", timeout=0.5)
    assert time.monotonic() - started < 30
    assert laid.engine == "sfdp"
    assert laid.note is not None and "took longer than 0.5 s" in laid.note
    assert b"Laid out by sfdp with straight edges" in laid.data


def test_too_many_edges_go_straight_to_the_faster_engine() -> None:
    laid = lay_out(tangle(60, DOT_EDGE_LIMIT + 200), "svg", timeout=30)
    assert laid.engine == "sfdp"
    assert laid.note is not None and "edges are too many for the layered layout" in laid.note


def test_layout_no_engine_finishes_in_time_is_a_clear_error() -> None:
    with pytest.raises(LayoutTimeoutError, match=r"within 0\.001 s .*--layout-timeout"):
        lay_out(tangle(100, DOT_EDGE_LIMIT + 200), "svg", timeout=0.001)


def test_small_graph_keeps_the_layered_layout() -> None:
    laid = lay_out("digraph argmap {\n  a -> b;\n}\n", "svg", timeout=30)
    assert laid.engine == "dot" and laid.note is None


def test_captions_accumulate() -> None:
    dot = with_caption(with_caption("digraph argmap {\n}\n", ["first"]), ['"second"'])
    assert (
        dot.splitlines()[1]
        == '  graph [label="first\\l\\"second\\"\\l", labelloc="t", fontsize="10"];'
    )
    assert with_caption(dot, []) == dot


def test_framework_with_more_attacks_than_drawn_says_what_was_left_out() -> None:
    names = [f"a{i}" for i in range(50)]
    attacks = [(a, b) for a in names for b in names][: MAX_DRAWN_ATTACKS + 5]
    drawn, note = capped_framework(AF(names, attacks))
    assert drawn.arguments == tuple(names)
    assert (
        drawn.sorted_attacks()
        == sorted(attacks, key=lambda p: (names.index(p[0]), names.index(p[1])))[:MAX_DRAWN_ATTACKS]
    )
    total = f"{MAX_DRAWN_ATTACKS + 5:,}"
    assert note == f"Drawn: {MAX_DRAWN_ATTACKS:,} of {total} attacks; 5 left out of the picture."
    _, french = capped_framework(AF(names, attacks), language="fr")
    assert french == "Dessin : 1\u00a0000 attaques sur 1\u00a0005 ; 5 laissées de côté."


def test_the_faster_engine_says_why_in_the_diagram_language() -> None:
    laid = lay_out(tangle(60, DOT_EDGE_LIMIT + 200), "svg", timeout=30, language="fr")
    assert laid.note is not None and laid.note.startswith("Disposé par sfdp en lignes droites")
    assert re.search(r"\d arêtes, c'est trop pour la disposition en couches\.$", laid.note)
    assert "Disposé par sfdp" in laid.data.decode("utf-8")


def test_render_cli_caps_a_dense_framework_and_notes_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    names = [f"a{i}" for i in range(40)]
    path = tmp_path / "dense.apx"
    path.write_text(
        "".join(f"arg({a}).\n" for a in names)
        + "".join(f"att({a},{b}).\n" for a in names for b in names if a != b),
        encoding="utf-8",
    )
    output = tmp_path / "dense.svg"
    assert main(["render", str(path), "-o", str(output), "--layout-timeout", "60"]) == 0
    err = capsys.readouterr().err
    assert "note: Drawn: 1,000 of 1,560 attacks; 560 left out of the picture." in err
    assert "note: Laid out by sfdp" in err
    svg = output.read_text(encoding="utf-8")
    assert "Drawn: 1,000 of 1,560 attacks" in svg and svg.count('class="edge') == MAX_DRAWN_ATTACKS


@pytest.mark.parametrize("value", ["0", "-1", "nan", "inf", "soon"])
def test_layout_timeout_must_be_a_positive_number(
    value: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as info:
        main(["render", "-o", "x.svg", "--layout-timeout", value])
    assert info.value.code == 2
    assert "expected a positive number of seconds" in capsys.readouterr().err


def test_report_timeout_also_bounds_the_layout(tmp_path: Path) -> None:
    pick = random.Random(3)
    statements = [{"id": f"s{i}", "text": {"en": f"S{i}"}} for i in range(90)]
    pairs = sorted({(pick.randrange(90), pick.randrange(90)) for _ in range(DOT_EDGE_LIMIT - 40)})
    attacks = [
        {"id": f"x{k}", "kind": "rebut", "source": f"s{a}", "target": f"s{b}"}
        for k, (a, b) in enumerate(pairs)
        if a != b
    ]
    path = tmp_path / "tangle.yaml"
    path.write_text(json.dumps({"title": "t", "statements": statements, "attacks": attacks}))
    output = tmp_path / "report.html"
    started = time.monotonic()
    arguments = ["report", str(path), "-o", str(output), "--semantics", "grounded"]
    # dot needs minutes on this tangle, sfdp a fraction of a second on an idle machine:
    # 2 s lets sfdp finish on a loaded one, and still kills dot.
    assert main([*arguments, "--explain", "grounded", "--timeout", "2"]) == 0
    assert time.monotonic() - started < 60
    assert "Laid out by sfdp with straight edges" in output.read_text(encoding="utf-8")


# -- long text ------------------------------------------------------------------------------
@pytest.mark.parametrize("unit", ["a", "&", "\\", '"', "é", "𝄞", 'a&\\"'])
def test_render_statement_longer_than_graphviz_quoted_string_limit(unit: str) -> None:
    text = unit * (20_000 // len(unit))
    for escaped in (escape_dot_string(text), escape_tooltip(text)):
        assert len(escaped.encode("utf-8")) < 16_384
        assert escaped.endswith('…"')
        # Cut before escaping: the backslashes before the cut come in whole escapes.
        slashes = len(escaped[:-2]) - len(escaped[:-2].rstrip("\\"))
        assert slashes % 2 == 0
    m = ArgumentMap.model_validate(
        {
            "title": "t",
            "statements": [{"id": "a", "text": {"en": text}}, {"id": "b", "text": {"en": "B"}}],
            "attacks": [{"id": "x", "kind": "rebut", "source": "b", "target": "a"}],
        }
    )
    svg = lay_out(map_to_dot(m), "svg", timeout=60).data.decode("utf-8")
    assert svg.count("…") >= 1 and len(svg) < 200_000
    assert len(escape_tooltip("x" * MAX_QUOTED_CHARS)) == MAX_QUOTED_CHARS + 2


def test_large_sparse_graph_keeps_the_layered_layout() -> None:
    n = DOT_EDGE_LIMIT + 100
    nodes = "".join(f'  "n{i}" [label="{i}"];\n' for i in range(n))
    edges = "".join(f'  "n{i + 1}" -> "n{i}";\n' for i in range(n - 1))
    laid = lay_out(f"digraph argmap {{\n{nodes}{edges}}}\n", "svg", timeout=60)
    assert laid.engine == "dot" and laid.note is None
