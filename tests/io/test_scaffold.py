"""``scaffold_map``: a valid map skeleton from a source text."""

from __future__ import annotations

from pathlib import Path

import pytest

from argmap.io import load
from argmap.io.scaffold import paragraphs, scaffold_map
from argmap.model import MapValidationError

TRANSCRIPT = (
    "Tea or coffee?\n\n"
    "Élise: Tea is better.\nIt calms.\n\n"
    "Bob: Coffee wakes you up.\n\n"
    "Élise: So does tea.\n"
)


def test_a_transcript_gives_participants_and_a_section_per_turn(tmp_path: Path) -> None:
    (tmp_path / "texts").mkdir()
    source = tmp_path / "texts" / "chat.txt"
    source.write_text(TRANSCRIPT, encoding="utf-8")
    scaffold_map(source, tmp_path / "map.yaml")
    m = load(tmp_path / "map.yaml")
    assert m.title == "Tea or coffee?"
    assert [(p.id, p.name) for p in m.participants] == [("elise", "Élise"), ("bob", "Bob")]
    (src,) = m.sources
    assert src.file == "texts/chat.txt" and src.text == TRANSCRIPT
    titles = [s.title for s in src.sections]
    assert titles == ["Title", "Élise, paragraph 2", "Bob, paragraph 3", "Élise, paragraph 4"]
    spans = [s.span for s in src.sections]
    assert [TRANSCRIPT[a:b] for a, b in spans][1] == "Élise: Tea is better.\nIt calms."
    assert m.statements == ()


def test_a_text_without_speakers_has_paragraph_sections_only(tmp_path: Path) -> None:
    source = tmp_path / "essay.txt"
    source.write_text(
        "Note: a long first paragraph\nthat wraps.\n\nA second one.", encoding="utf-8"
    )
    scaffold_map(source, tmp_path / "essay.yaml", title="An essay")
    m = load(tmp_path / "essay.yaml")
    assert m.title == "An essay" and m.participants == ()
    assert [s.title for s in m.sources[0].sections] == ["Paragraph 1", "Paragraph 2"]


def test_an_existing_map_is_never_overwritten_without_force(tmp_path: Path) -> None:
    source = tmp_path / "chat.txt"
    source.write_text(TRANSCRIPT, encoding="utf-8")
    target = tmp_path / "map.yaml"
    target.write_text("mine", encoding="utf-8")
    with pytest.raises(MapValidationError, match="the file exists") as caught:
        scaffold_map(source, target)
    assert "--force" in str(caught.value)
    assert target.read_text(encoding="utf-8") == "mine"
    scaffold_map(source, target, force=True)
    assert load(target).participants


def test_bad_inputs_are_clear_errors(tmp_path: Path) -> None:
    with pytest.raises(MapValidationError, match="cannot read"):
        scaffold_map(tmp_path / "absent.txt", tmp_path / "map.yaml")
    (tmp_path / "latin1.txt").write_bytes("caf\xe9".encode("latin-1"))
    with pytest.raises(MapValidationError, match="not UTF-8"):
        scaffold_map(tmp_path / "latin1.txt", tmp_path / "map.yaml")
    with pytest.raises(MapValidationError, match=r"ending in \.yaml"):
        scaffold_map(tmp_path / "latin1.txt", tmp_path / "map.json")


def test_paragraphs_cover_the_text_without_blank_lines() -> None:
    found = paragraphs("\n\n  A: x\n   \n\tB: y  \n")
    assert [(p.speaker, p.start, p.end) for p in found] == [("A", 4, 8), ("B", 14, 18)]
