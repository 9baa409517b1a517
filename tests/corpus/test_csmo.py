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
from argmap.evaluation import Status, evaluate
from argmap.frameworks.structured import structured_framework
from argmap.frameworks.structured.preferences import ArgumentOrdering
from argmap.io import load
from argmap.model import (
    ArgumentMap,
    AttackKind,
    Provenance,
    Scheme,
    Stance,
    Statement,
    StatementKind,
)
from argmap.semantics.structured import conclusion_statuses

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


def quoted(m: ArgumentMap) -> list[tuple[Statement, Provenance]]:
    """The statements that quote the source, with their provenance."""
    return [
        (st, st.provenance)
        for st in m.statements
        if st.provenance is not None and st.provenance.quote is not None
    ]


def test_every_quote_is_verbatim_at_its_span(csmo: ArgumentMap, text: str) -> None:
    assert quoted(csmo)
    for st, prov in quoted(csmo):
        assert prov.span is not None, st.id
        start, end = prov.span
        assert text[start:end] == st.provenance.quote, st.id
        assert st.provenance.quote == st.provenance.quote.strip(), f"{st.id}: untrimmed quote"


def test_quotes_do_not_overlap(csmo: ArgumentMap) -> None:
    spans = sorted((prov.span or (0, 0), st.id) for st, prov in quoted(csmo))
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
    for st, prov in quoted(csmo):
        assert prov.span is not None
        start, end = prov.span
        assert not any(start < e and s < end for s, e in chrome), f"{st.id} quotes page chrome"


def test_speaker_and_part_tag_match_the_section(csmo: ArgumentMap) -> None:
    for st, prov in quoted(csmo):
        assert prov.span is not None
        part = section_at(csmo, *prov.span)
        assert part in PART_OF_SPEAKER[prov.speaker], (st.id, part)
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
    # no sentence states the answer on its own: attributed to the author, without a quote
    assert thesis.provenance is not None and thesis.provenance.speaker == "duperrin"
    assert thesis.provenance.quote is None
    mechanism = csmo.statement("neutralise-by-isolating").provenance
    assert mechanism is not None and mechanism.quote is not None
    assert "neutraliser" in mechanism.quote
    assert "neutralise-by-isolating" in {
        p for sup in csmo.supporters_of("thesis") for p in sup.premises
    }
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
    quote = csmo.statement("martin-manage-in-house").provenance
    assert quote is not None and quote.quote is not None and "Anne Onyme" in quote.quote


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


CONCEDED = {
    "strong-signal",
    "top-head-would-fix",
    "pro-csmo",
    "benefit-coherence",
    "benefit-voice",
    "benefits-settle-it",
}
"""The case for a CSMO the author grants (« ressemble à », « Logiquement », « A première vue »)."""

ANTICIPATED = {"rank-secures-collaboration"}
"""« Vous me direz que… »: the objection the author puts in his readers' mouths."""


def test_stances_follow_the_text(csmo: ArgumentMap) -> None:
    by_stance = {
        stance: {st.id for st in csmo.statements if st.stance is stance} for stance in Stance
    }
    assert by_stance[Stance.CONCEDED] == CONCEDED
    assert by_stance[Stance.ANTICIPATED] == ANTICIPATED
    assert by_stance[Stance.REPORTED] == set()
    for st in csmo.statements:
        assert ("conceded" in st.tags) == (st.stance is Stance.CONCEDED), st.id
        if st.stance is not Stance.ASSERTED:
            assert st.provenance is not None and st.provenance.speaker == "duperrin", st.id


CONNECTIVES = {
    "en": (
        "In other words",
        "So,",
        "So ",
        "Moreover",
        "Anticipated objection",
        "Logically",
        "And,",
        "And ",
        "At first glance",
        "Better ",
        "A priori",
    ),
    "fr": (
        "Autrement dit",
        "Donc",
        "De plus",
        "Objection anticipée",
        "Logiquement",
        "Et,",
        "Et ",
        "À première vue",
        "A première vue",
    ),
}
"""Connectives and role labels: they belong to the relations (and stances), not to the claims."""


def test_paraphrases_state_claims_without_connectives(csmo: ArgumentMap) -> None:
    for st in csmo.statements:
        for language, starts in CONNECTIVES.items():
            assert not st.text[language].startswith(starts), (st.id, st.text[language])
        english = st.text["en"]
        # a claim, not a report of a speech act or of an evidential frame
        for frame in ("disagrees", "tells the author", "the author says", "Martin says"):
            assert frame not in english, (st.id, frame)
        # English slips: false friends, calques
        for slip in ("emulation", "into the wall"):
            assert slip not in english.lower(), (st.id, slip)


def test_every_support_names_its_scheme(csmo: ArgumentMap) -> None:
    for sup in csmo.supports:
        assert (sup.scheme is None) == sup.strict, sup.id  # a restatement follows no scheme
        assert sup.note, sup.id
    assert {s.id for s in csmo.supports if s.strict} == {"s-silo-isolates", "s-in-house"}
    assert csmo.support("s-diagnosis").scheme is Scheme.PRACTICAL_REASONING
    assert csmo.support("s-transversal-dispersed").scheme is Scheme.PRACTICAL_REASONING


def test_analogies_go_from_a_base_case_and_a_similarity_to_the_conclusion(
    csmo: ArgumentMap,
) -> None:
    analogies = [s for s in csmo.supports if s.scheme is Scheme.ANALOGY]
    assert {s.id for s in analogies} == {"s-hr-analogy", "s-trucks"}
    for sup in analogies:
        roles = {role: premise for premise, role in sup.roles.items()}
        assert set(roles) == {"base", "similarity"}, sup.id
        base = csmo.statement(roles["base"])
        assert base.provenance is not None and base.provenance.quote, sup.id  # the case said
        assert csmo.statement(roles["similarity"]).implicit, sup.id  # the likeness, unstated
    assert csmo.support("s-trucks").conclusion == "thesis"


def test_the_commenters_sense_of_social_media_is_noted(csmo: ArgumentMap) -> None:
    for sid in ("new-operational-approach", "martin-part-of-whole", "anne-no-need-in-house"):
        note = csmo.statement(sid).note
        assert note is not None and "external communication" in note, sid
    (anne_vs_pro,) = [a for a in csmo.attacks if a.id == "a-anne-vs-pro"]
    assert "external communication" in (anne_vs_pro.note or "")


def test_the_counts_in_the_corpus_readme_are_the_maps(csmo: ArgumentMap) -> None:
    readme = (CORPUS.parent / "README.md").read_text(encoding="utf-8")
    implicit = sum(st.implicit for st in csmo.statements)
    quoted_claims = sum(
        st.kind is StatementKind.CLAIM
        and st.provenance is not None
        and st.provenance.quote is not None
        for st in csmo.statements
    )
    attributed = sum(
        st.provenance is not None and st.provenance.quote is None for st in csmo.statements
    )
    line = (
        f"{len(csmo.statements)} statements (1 issue, {quoted_claims} quoted claims, "
        f"{attributed} attributed without a quote, {implicit} implicit ones), "
        f"{len(csmo.supports)} supports, {len(csmo.attacks)} attacks"
    )
    assert line in readme


ACCEPTED = {"thesis", "alt-dispersed-advisers", "martin-leader-responsible",
            "martin-rotate-influencers", "neutralise-by-isolating", "silo", "negative-signal",
            "fifth-wheel", "csmo-nothing-alone"}  # fmt: skip
"""What a careful reading accepts: the author's answer and alternative, with the reasons the
body gives for them, and Martin's positions, which nobody answers."""

NOT_ACCEPTED = CONCEDED | ANTICIPATED | {"top-level-provides"}
"""The conceded case for a CSMO, its « Logiquement » and benefit steps, and the objection
the author answers."""

STANDOFF = {"anne-no-need-in-house", "anne-agency", "martin-manage-in-house",
            "martin-do-not-outsource"}  # fmt: skip
"""The commenters contradict each other and neither answers the other's reasons."""


@pytest.mark.parametrize("semantics", ["grounded", "ideal", "eager"])
def test_the_structured_reading_agrees_with_a_careful_reading(
    csmo: ArgumentMap, semantics: str
) -> None:
    statuses = conclusion_statuses(structured_framework(csmo), semantics).statuses
    assert {c for c, s in statuses.items() if s is Status.IN} >= ACCEPTED
    assert {c for c, s in statuses.items() if s is Status.OUT} >= NOT_ACCEPTED
    assert {c for c, s in statuses.items() if s is Status.UNDEC} == STANDOFF


@pytest.mark.parametrize("semantics", ["preferred", "stable", "semi-stable", "cf2", "stage"])
def test_the_structured_reading_under_multiple_status_semantics(
    csmo: ArgumentMap, semantics: str
) -> None:
    statuses = conclusion_statuses(structured_framework(csmo), semantics).statuses
    assert all(statuses[c] is Status.SCEPTICAL for c in ACCEPTED)
    assert all(statuses[c] is Status.REJECTED for c in NOT_ACCEPTED)
    assert all(statuses[c] is Status.CREDULOUS for c in STANDOFF)


@pytest.mark.parametrize("principle", ["last-link", "weakest-link"])
@pytest.mark.parametrize("comparison", ["elitist", "democratic"])
def test_preferences_from_the_weights_leave_the_verdicts_alone(
    csmo: ArgumentMap, principle: str, comparison: str
) -> None:
    ordering = ArgumentOrdering(principle, comparison)  # type: ignore[arg-type]
    plain = conclusion_statuses(structured_framework(csmo), "grounded").statuses
    weighed = conclusion_statuses(structured_framework(csmo, ordering=ordering), "grounded")
    assert weighed.statuses == plain


def test_the_structured_reading_needs_the_revisions(csmo: ArgumentMap) -> None:
    """Each revision matters: undo it and a careful reading's verdict is lost."""
    data = csmo.model_dump(mode="json", exclude_defaults=True)
    for attack in data["attacks"]:
        if attack["id"] == "a-oui-mais":  # the earlier undercut of the first-glance step
            attack.update(kind="undercut", target="s-first-glance")
    data["attacks"] = [
        a for a in data["attacks"] if a["id"] not in ("a-fifth-wheel-logically",
                                                        "a-transversal-logically")
    ]  # fmt: skip
    earlier = ArgumentMap.model_validate(data).with_origin(csmo.origin)
    statuses = conclusion_statuses(structured_framework(earlier), "grounded").statuses
    assert statuses["benefits-settle-it"] is Status.IN  # what « mais » denies, accepted
    assert statuses["top-head-would-fix"] is Status.IN  # « Logiquement », unanswered


def test_the_necessary_reading_agrees_with_the_structured_one_on_the_author(
    csmo: ArgumentMap,
) -> None:
    result = evaluate(csmo, "grounded", reading="necessary")
    assert all(result.status(c) is Status.IN for c in ACCEPTED)
    assert all(result.status(c) is Status.OUT for c in NOT_ACCEPTED)
