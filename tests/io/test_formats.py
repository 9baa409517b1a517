"""The format registry: which reader and writer a file name (and content) picks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from argmap import corpus
from argmap.cli import main
from argmap.io import dump, load
from argmap.io.formats import FORMATS, reader_for, writer_for
from argmap.model import ArgumentMap, MapValidationError


@pytest.mark.parametrize(
    ("name", "reader", "writer"),
    [
        ("m.yaml", "native", "native"),
        ("M.YML", "native", "native"),
        ("m.json", "native", "native"),
        ("m.aif", "aif", "aif"),
        ("m.aif.json", "aif", "aif"),
        ("m.xaif.json", "xaif", "xaif"),
        ("m.kialo", "kialo", None),
        ("m.graphml", None, "graphml"),
        ("m.docx", None, None),
    ],
)
def test_formats_by_name(name: str, reader: str | None, writer: str | None) -> None:
    assert getattr(reader_for(name), "name", None) == reader
    assert getattr(writer_for(name), "name", None) == writer


def test_every_format_names_its_own_functions(tmp_path: Path) -> None:
    m = ArgumentMap(
        title="Tea?",
        statements=[
            {"id": "tea", "text": {"en": "Drink tea."}},
            {"id": "calm", "text": {"en": "Tea calms."}},
            {"id": "awake", "text": {"en": "Tea keeps you awake."}},
        ],
        supports=[{"id": "s1", "premises": ["calm"], "conclusion": "tea"}],
        attacks=[{"id": "a1", "kind": "rebut", "source": "awake", "target": "tea"}],
    )
    for fmt in FORMATS:
        functions = [f for f in (fmt.reader, fmt.writer) if f]
        loaded = [fmt.load_function()] if fmt.reader else []
        dumped = [fmt.dump_function()] if fmt.writer else []
        assert [f.__name__ for f in loaded + dumped] == functions, fmt.name
        if not (loaded and dumped):
            continue
        path = tmp_path / f"csmo{fmt.suffixes[0]}"
        dumped[0](m, path)
        back = loaded[0](path)
        texts = sorted(s.text["en"] for s in back.statements)
        assert texts == sorted(s.text["en"] for s in m.statements), fmt.name
        assert (len(back.supports), len(back.attacks)) == (1, 1), fmt.name


def test_unknown_formats_get_an_error_that_lists_the_known_ones(tmp_path: Path) -> None:
    m = corpus.load("csmo")
    with pytest.raises(MapValidationError, match=r"cannot write a map in format '\.docx'"):
        dump(m, tmp_path / "m.docx")
    (tmp_path / "m.docx").write_text("x", encoding="utf-8")
    with pytest.raises(MapValidationError) as caught:
        load(tmp_path / "m.docx")
    assert ".aif" in str(caught.value) and ".kialo" in str(caught.value)
    assert "rename" not in str(caught.value)
    (tmp_path / "f.apx").write_text("arg(a).\n", encoding="utf-8")
    with pytest.raises(MapValidationError, match="abstract-framework file"):
        load(tmp_path / "f.apx")


def test_convert_between_every_pair(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    kialo = tmp_path / "zoo.txt"
    kialo.write_text(
        "Discussion Title: Zoos?\n\n1. Zoos should exist.\n1.1. Pro: They protect species.\n"
        "1.1.1. Con: Few are endangered.\n",
        encoding="utf-8",
    )
    assert main(["convert", str(kialo), str(tmp_path / "zoo.aif.json")]) == 0
    assert main(["convert", str(tmp_path / "zoo.aif.json"), str(tmp_path / "zoo.yaml")]) == 0
    assert main(["convert", str(tmp_path / "zoo.yaml"), str(tmp_path / "zoo.graphml")]) == 0
    back = load(tmp_path / "zoo.yaml")
    assert [s.id for s in back.statements] == ["issue", "k1", "k1.1", "k1.1.1"]
    assert b"<graphml" in (tmp_path / "zoo.graphml").read_bytes()
    assert main(["convert", "csmo", str(tmp_path / "csmo.xaif")]) == 0
    data = json.loads((tmp_path / "csmo.xaif").read_text(encoding="utf-8"))
    assert set(data) == {"AIF", "OVA", "text"}
    assert main(["convert", str(tmp_path / "zoo.yaml"), str(tmp_path / "zoo.kialo")]) == 1
    assert "cannot write maps in format '.kialo'" in capsys.readouterr().err
