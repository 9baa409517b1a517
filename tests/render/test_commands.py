"""The `argmap render` and `argmap report` commands: outputs, exit codes, messages."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import argmap.cli
from argmap.cli import main
from argmap.evaluation import DEFAULT_READING, evaluate
from argmap.frameworks import AF
from argmap.io import dump, dump_framework
from argmap.model import ArgumentMap
from argmap.render.dot import format_strength, map_derived_attacks


@pytest.fixture(autouse=True)
def commands(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make sure both commands are registered (whatever the command list holds)."""
    names = tuple(argmap.cli.SUBCOMMANDS)
    missing = tuple(n for n in ("render", "report") if n not in names)
    monkeypatch.setattr(argmap.cli, "SUBCOMMANDS", names + missing)


@pytest.fixture
def map_file(sample: ArgumentMap, tmp_path: Path) -> Path:
    path = tmp_path / "map.yaml"
    dump(sample, path)
    return path


@pytest.mark.parametrize(
    ("suffix", "magic"), [("svg", b"<?xml"), ("png", b"\x89PNG"), ("pdf", b"%PDF"), ("dot", b"di")]
)
def test_render_writes_each_format(
    map_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], suffix: str, magic: bytes
) -> None:
    out = tmp_path / f"out.{suffix}"
    argv = ["render", str(map_file), "-o", str(out), "--semantics", "semi-stable"]
    assert main([*argv, "--cluster", "speaker", "--lang", "fr"]) == 0
    assert out.read_bytes().startswith(magic)
    assert capsys.readouterr().err == f"wrote {out}\n"


def test_render_with_status_and_clusters(map_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.dot"
    assert main(["render", str(map_file), "-o", str(out), "--semantics", "preferred"]) == 0
    dot = out.read_text(encoding="utf-8")
    assert "<B>~</B>" in dot and "Status under preferred" in dot
    assert main(["render", str(map_file), "-o", str(out), "--cluster", "section"]) == 0
    assert "cluster_section-article" in out.read_text(encoding="utf-8")
    assert main(["render", str(map_file), "-o", str(out), "--no-legend", "--max-lines", "1"]) == 0
    assert "legend" not in out.read_text(encoding="utf-8")


def test_render_a_framework_file(tmp_path: Path) -> None:
    source = tmp_path / "af.apx"
    dump_framework(AF(["a", "b"], [("a", "b")]), source)
    out = tmp_path / "af.svg"
    assert main(["render", str(source), "-o", str(out), "--semantics", "grounded"]) == 0
    text = out.read_text(encoding="utf-8")
    assert "✓ a" in text and "✗ b" in text


def test_render_unknown_extension_exits_1(
    map_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["render", str(map_file), "-o", str(tmp_path / "out.jpeg")]) == 1
    err = capsys.readouterr().err
    assert "unknown diagram format '.jpeg'" in err and "Traceback" not in err
    assert not (tmp_path / "out.jpeg").exists()


def test_invalid_map_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "title: t\nstatements:\n  - {id: a, text: {en: A}}\n"
        "attacks:\n  - {id: x, kind: rebut, source: a, target: nowhere}\n",
        encoding="utf-8",
    )
    for command, out in (("render", "out.svg"), ("report", "out.html")):
        assert main([command, str(bad), "-o", str(tmp_path / out)]) == 1
        err = capsys.readouterr().err
        assert "'nowhere' does not exist" in err and f"{bad}:" in err
        assert not (tmp_path / out).exists()


def test_unknown_semantics_is_a_usage_error_listing_the_known_ones(
    map_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.svg"
    with pytest.raises(SystemExit) as exited:
        main(["render", str(map_file), "-o", str(out), "-s", "best"])
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("usage: argmap render")
    assert "unknown semantics 'best'" in err and "df-quad" in err and "grounded" in err
    assert "Traceback" not in err and not out.exists()
    for flag in ("--reading", "--support"):  # an unknown reading is a usage error
        with pytest.raises(SystemExit) as info:
            main(["render", str(map_file), "-o", str(out), flag, "sideways"])
        assert info.value.code == 2
        assert "unknown reading 'sideways'" in capsys.readouterr().err


@pytest.mark.parametrize("support", [None, "deductive", "necessary", "evidential"])
def test_render_gradual_strengths(
    sample: ArgumentMap, map_file: Path, tmp_path: Path, support: str | None
) -> None:
    out = tmp_path / "out.dot"
    argv = ["render", str(map_file), "-o", str(out), "--semantics", "DF-QuAD"]
    assert main(argv + (["--reading", support] if support else [])) == 0
    dot = out.read_text(encoding="utf-8")
    result = evaluate(sample, "df-quad", reading=support)
    for statement, value in result.statement_strengths().items():
        line = next(x for x in dot.splitlines() if x.startswith(f'  "st-{statement}" ['))
        assert f">{format_strength(value)}</FONT>" in line
    heading = f"Strength under df-quad · {support or DEFAULT_READING.value} reading"
    assert heading in dot and "Status under" not in dot
    assert ("derived-attack" in dot) is (support is not None)
    assert main([*argv, "--support", "necessary", "--no-derived", "-o", str(out)]) == 0
    assert "derived-attack" not in out.read_text(encoding="utf-8")


def test_render_statuses_under_a_reading_of_support(
    sample: ArgumentMap, map_file: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out.dot"
    argv = ["render", str(map_file), "-o", str(out), "--semantics", "grounded"]
    assert main([*argv, "--reading", "necessary", "--derived"]) == 0
    dot = out.read_text(encoding="utf-8")
    assert "Status under grounded · necessary reading" in dot
    assert main([*argv, "--support", "necessary", "--derived"]) == 0  # the old spelling
    assert out.read_text(encoding="utf-8") == dot
    # the undermine of by-car takes s-shops down, and keep with it
    keep = next(x for x in dot.splitlines() if x.startswith('  "st-keep" ['))
    assert "<B>✗</B>" in keep
    drawn = re.findall(r'"([^"]+)" -> "([^"]+)" \[id="der-', dot)
    inferences = {support.id for support in sample.supports}

    def node(argument: str) -> str:
        return f"inf-{argument}" if argument in inferences else f"st-{argument}"

    expected = [(node(d.source), node(d.target)) for d in map_derived_attacks(sample, "necessary")]
    assert drawn == expected and len(drawn) == 3
    plain = tmp_path / "plain.dot"
    argv = ["render", str(map_file), "-o", str(plain), "--semantics", "grounded"]
    assert main([*argv, "--reading", "abstract"]) == 0
    assert "Status under grounded · abstract reading" in plain.read_text(encoding="utf-8")
    assert "<B>✗</B>" not in next(
        x for x in plain.read_text(encoding="utf-8").splitlines() if x.startswith('  "st-keep" [')
    )


def test_render_options_that_do_not_apply_exit_1(
    map_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.svg"
    assert main(["render", str(map_file), "-o", str(out), "--derived"]) == 1
    assert (
        main(["render", str(map_file), "-o", str(out), "--reading", "abstract", "--derived"]) == 1
    )
    assert "--derived needs a bipolar --reading" in capsys.readouterr().err
    source = tmp_path / "af.apx"
    dump_framework(AF(["a", "b"], [("a", "b")]), source)
    for extra in (["--semantics", "df-quad"], ["--reading", "deductive"], ["--derived"]):
        assert main(["render", str(source), "-o", str(out), *extra]) == 1
        assert "is an abstract framework" in capsys.readouterr().err
    assert not out.exists()


def test_render_with_strengths_is_byte_identical(map_file: Path, tmp_path: Path) -> None:
    outputs = []
    for name in ("one.svg", "two.svg"):
        out = tmp_path / name
        argv = ["render", str(map_file), "-o", str(out), "--semantics", "quadratic-energy"]
        assert main([*argv, "--support", "deductive"]) == 0
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1] and b"derived&#45;attack" in outputs[0]


def test_report_writes_a_page(
    map_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "deep" / "report.html"
    argv = ["report", str(map_file), "-o", str(out), "--lang", "fr"]
    assert main([*argv, "--semantics", "preferred,grounded", "--semantics", "stable"]) == 0
    text = out.read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>") and '<html lang="fr"' in text
    assert text.index('value="preferred" selected') < text.index('value="grounded"')
    assert 'value="stable"' in text and 'value="cf2"' not in text
    assert capsys.readouterr().err == f"wrote {out}\n"


def test_report_for_a_class_opens_in_the_classroom_view(map_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "lesson.html"
    assert main(["report", str(map_file), "-o", str(out), "--classroom"]) == 0
    text = out.read_text(encoding="utf-8")
    assert '<html lang="en" data-lang="en" class="in-classroom">' in text
    assert '<section id="classroom" class="classroom"' in text
    assert '"classroom": true' in text
    plain = tmp_path / "report.html"
    assert main(["report", str(map_file), "-o", str(plain)]) == 0
    assert '"classroom": false' in plain.read_text(encoding="utf-8")


def test_report_refuses_other_outputs_and_frameworks(
    map_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["report", str(map_file), "-o", str(tmp_path / "r.svg")]) == 1
    assert "a report is an HTML file" in capsys.readouterr().err
    source = tmp_path / "af.apx"
    dump_framework(AF(["a"], []), source)
    assert main(["report", str(source), "-o", str(tmp_path / "r.html")]) == 1
    assert "needs a map" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exited:
        main(["report", str(map_file), "-o", str(tmp_path / "r.html"), "--timeout", "0"])
    assert exited.value.code == 2
    assert "expected a positive number of seconds, got '0'" in capsys.readouterr().err
    assert main(["report", str(map_file), "-o", str(tmp_path / "r.html"), "-s", "euler"]) == 1
    assert "the report shows the strengths of df-quad" in capsys.readouterr().err
    assert not (tmp_path / "r.html").exists()


def test_report_takes_the_gradual_semantics_it_shows(
    map_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "r.html"
    assert main(["report", str(map_file), "-o", str(out), "-s", "df_quad,preferred"]) == 0
    text = out.read_text(encoding="utf-8")
    assert 'value="preferred" selected' in text and 'value="grounded"' not in text
    assert 'data-gradual="df-quad"' in text


def test_defaults_to_the_built_in_debate(tmp_path: Path) -> None:
    from argmap import corpus

    if corpus.DEFAULT not in corpus.names():
        pytest.skip(f"the built-in {corpus.DEFAULT!r} debate is not in this checkout yet")
    assert main(["render", "-o", str(tmp_path / "map.svg"), "--semantics", "grounded"]) == 0
    assert main(["report", "-o", str(tmp_path / "report.html")]) == 0
    assert (tmp_path / "report.html").stat().st_size > 10_000


def test_report_explains_the_semantics_asked_for(map_file: Path, tmp_path: Path) -> None:
    import json
    import re

    out = tmp_path / "report.html"
    argv = ["report", str(map_file), "-o", str(out), "--semantics", "grounded,stable"]
    assert main([*argv, "--explain", "stable"]) == 0
    blobs = re.findall(
        r'<script type="application/json"[^>]*>(.*?)</script>',
        out.read_text(encoding="utf-8"),
        re.S,
    )
    explained = set()
    for blob in blobs:
        data = json.loads(blob)
        if isinstance(data, dict) and "explanations" in data:
            explained |= set(data["explanations"])
    assert explained == {"stable"}
