"""The CSMO debate: the map loads, every quote is verbatim where it says, the reading holds.

These checks read ``corpus/csmo/source.txt`` themselves, independently of the
validator, so that a validator bug cannot hide a misplaced quote.
"""

from __future__ import annotations

import re
from itertools import pairwise
from pathlib import Path

import pytest

from argmap import corpus
from argmap.io import load
from argmap.model import ArgumentMap, AttackKind, StatementKind

CORPUS = Path(__file__).resolve().parents[2] / "corpus" / "csmo"
MAP_FILE = CORPUS / "csmo.yaml"
SOURCE_FILE = CORPUS / "source.txt"
SEED = "seeds/000_55b8354e7922b070.txt"

CHROME_MARKERS = (
    "Data Room",
    "DATAROOM",
    "Suivez nous",
    "CATHAY INNOVATION",
    "Venture Capital",
    "DECOUVRIR",
    "2 commentaires",
    "Bouton retour en haut de la page",
    "Share This",
)
"""Page furniture of the FrenchWeb page: every occurrence must lie in a chrome section."""

PART_OF_SPEAKER = {
    "duperrin": {"summary", "body-1", "body-2"},
    "anne-onyme": {"comment-1"},
    "martin": {"comment-2"},
}


@pytest.fixture(scope="module")
def csmo() -> ArgumentMap:
    return load(MAP_FILE)


@pytest.fixture(scope="module")
def text() -> str:
    return SOURCE_FILE.read_text(encoding="utf-8")


def section_at(m: ArgumentMap, start: int, end: int) -> str:
    """The id of the one section that holds ``[start, end)``."""
    (source,) = m.sources
    holding = [s.id for s in source.sections if s.span[0] <= start and end <= s.span[1]]
    assert len(holding) == 1, f"[{start}, {end}) lies in sections {holding}"
    return holding[0]


def test_loads_with_its_parts(csmo: ArgumentMap) -> None:
    assert 40 <= len(csmo.statements) <= 60
    assert [p.id for p in csmo.participants] == ["duperrin", "anne-onyme", "martin"]
    (source,) = csmo.sources
    assert source.id == "duperrin-csmo"
    assert source.author == "Bertrand Duperrin"
    assert source.publisher == "FrenchWeb"
    assert source.language == "fr"
    assert source.url is None and source.date is None  # not in the seed: not invented


def test_built_in_corpus_is_this_map(csmo: ArgumentMap) -> None:
    assert "csmo" in corpus.names()
    assert corpus.path("csmo").resolve() == MAP_FILE.resolve()
    assert corpus.load("csmo") == csmo


def test_source_is_a_byte_copy_of_the_seed(shared_dir: Path) -> None:
    seed = shared_dir / SEED
    if not seed.is_file():
        pytest.skip(f"{seed} is absent")
    assert SOURCE_FILE.read_bytes() == seed.read_bytes()


def test_source_text_is_the_loaded_text(csmo: ArgumentMap, text: str) -> None:
    assert csmo.sources[0].text == text


def test_every_quote_is_verbatim_at_its_span(csmo: ArgumentMap, text: str) -> None:
    quoted = [s for s in csmo.statements if s.provenance is not None]
    assert quoted
    for st in quoted:
        assert st.provenance is not None
        start, end = st.provenance.span
        assert text[start:end] == st.provenance.quote, st.id
        assert st.provenance.quote == st.provenance.quote.strip(), f"{st.id}: untrimmed quote"


def test_quotes_do_not_overlap(csmo: ArgumentMap) -> None:
    spans = sorted((s.provenance.span, s.id) for s in csmo.statements if s.provenance is not None)
    for (first, a), (second, b) in pairwise(spans):
        assert first[1] <= second[0], f"{a} and {b} overlap"


def test_sections_tile_the_whole_source(csmo: ArgumentMap, text: str) -> None:
    sections = sorted(csmo.sources[0].sections, key=lambda s: s.span)
    assert sections[0].span[0] == 0
    assert sections[-1].span[1] == len(text)
    for before, after in pairwise(sections):
        assert before.span[1] == after.span[0], f"gap or overlap between {before.id} and {after.id}"
    debate = {s.id for s in sections if not s.chrome}
    assert {"summary", "comment-1", "comment-2"} <= debate
    assert any(s.startswith("body") for s in debate)


def test_chrome_is_in_chrome_sections(csmo: ArgumentMap, text: str) -> None:
    chrome = [s.span for s in csmo.sources[0].sections if s.chrome]
    for marker in CHROME_MARKERS:
        hits = [m.start() for m in re.finditer(re.escape(marker), text)]
        assert hits, f"{marker!r} not in the source"
        for at in hits:
            end = at + len(marker)
            assert any(s <= at and end <= e for s, e in chrome), f"{marker!r} at {at} is not chrome"


def test_no_quote_touches_chrome(csmo: ArgumentMap) -> None:
    chrome = [s.span for s in csmo.sources[0].sections if s.chrome]
    for st in csmo.statements:
        if st.provenance is None:
            continue
        start, end = st.provenance.span
        assert not any(start < e and s < end for s, e in chrome), f"{st.id} quotes page chrome"


def test_speaker_and_part_tag_match_the_section(csmo: ArgumentMap) -> None:
    for st in csmo.statements:
        if st.provenance is None:
            continue
        part = section_at(csmo, *st.provenance.span)
        assert part in PART_OF_SPEAKER[st.provenance.speaker], (st.id, part)
        assert ("body" if part.startswith("body") else part) in st.tags, (st.id, st.tags)


def test_every_statement_is_bilingual(csmo: ArgumentMap) -> None:
    for st in csmo.statements:
        assert set(st.text) == {"en", "fr"}, st.id
        assert all(t.strip() for t in st.text.values()), st.id


def test_provenance_exactly_when_explicit(csmo: ArgumentMap) -> None:
    implicit = [s for s in csmo.statements if s.implicit]
    assert implicit, "the reading adds implicit premises"
    for st in csmo.statements:
        assert (st.provenance is None) == st.implicit, st.id
    for st in implicit:
        assert st.note, f"{st.id}: an implicit statement says why it is needed"


def test_implicit_statements_take_part_in_an_inference(csmo: ArgumentMap) -> None:
    used = {p for sup in csmo.supports for p in sup.premises}
    used |= {sup.conclusion for sup in csmo.supports}
    for st in csmo.statements:
        if st.implicit:
            assert st.id in used, st.id


def test_every_claim_is_related(csmo: ArgumentMap) -> None:
    related = {a.source for a in csmo.attacks} | {a.target for a in csmo.attacks}
    for sup in csmo.supports:
        related |= {*sup.premises, sup.conclusion}
    for st in csmo.statements:
        if st.kind is StatementKind.CLAIM:
            assert st.id in related or st.answers, f"{st.id} stands alone"


def test_each_participant_speaks(csmo: ArgumentMap) -> None:
    speakers = {s.provenance.speaker for s in csmo.statements if s.provenance is not None}
    assert speakers == {p.id for p in csmo.participants}


def test_author_thesis_answers_the_issue(csmo: ArgumentMap) -> None:
    (issue,) = csmo.issues
    assert issue.provenance is not None and issue.provenance.speaker == "duperrin"
    assert "plus haut niveau" in issue.provenance.quote
    thesis = csmo.statement("thesis")
    assert thesis.answers == issue.id
    assert thesis.provenance is not None and thesis.provenance.speaker == "duperrin"
    assert "neutraliser" in thesis.provenance.quote
    positions = {s.id for s in csmo.positions_on(issue.id)}
    assert {"thesis", "pro-csmo", "alt-dispersed-advisers"} <= positions
    rebuts = {(a.source, a.target) for a in csmo.attacks if a.kind is AttackKind.REBUT}
    assert ("thesis", "pro-csmo") in rebuts


def test_martin_attacks_anne_onyme(csmo: ArgumentMap) -> None:
    def speaker(statement_id: str) -> str | None:
        prov = csmo.statement(statement_id).provenance
        return prov.speaker if prov else None

    anne_positions = {
        s.id
        for s in csmo.statements
        if s.answers and s.provenance and s.provenance.speaker == "anne-onyme"
    }
    assert anne_positions
    martin_on_anne = [
        a for a in csmo.attacks if speaker(a.source) == "martin" and a.target in anne_positions
    ]
    assert martin_on_anne
    assert all(a.kind is AttackKind.REBUT for a in martin_on_anne)
    quote = csmo.statement("martin-disagrees").provenance
    assert quote is not None and "Anne Onyme" in quote.quote


def test_undercuts_target_inferences(csmo: ArgumentMap) -> None:
    undercuts = [a for a in csmo.attacks if a.kind is AttackKind.UNDERCUT]
    assert undercuts
    support_ids = {s.id for s in csmo.supports}
    for attack in undercuts:
        assert attack.target in support_ids, attack.id
    # the author's reply undercuts the step from rank to voice
    assert any(
        a.source == "fifth-wheel" and csmo.support(a.target).premises == ("csmo-peer-of-directors",)
        for a in undercuts
    )


def test_undermines_target_premises(csmo: ArgumentMap) -> None:
    premises = {p for sup in csmo.supports for p in sup.premises}
    undermines = [a for a in csmo.attacks if a.kind is AttackKind.UNDERMINE]
    assert undermines
    for attack in undermines:
        assert attack.target in premises, attack.id


def test_every_relation_is_explained(csmo: ArgumentMap) -> None:
    for attack in csmo.attacks:
        assert attack.note, attack.id
    for sup in csmo.supports:
        if sup.linked:
            assert sup.note, f"{sup.id}: a linked support says why its premises go together"
