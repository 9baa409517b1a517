"""AIF in and out: every variant in the wild, noise, errors, and round trips."""

from __future__ import annotations

import json
import warnings
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from argmap import corpus
from argmap.io import dump, load
from argmap.io.aif import AifWarning, detect, dump_aif, dump_xaif, load_aif, loads_aif, to_aif
from argmap.model import ArgumentMap, MapValidationError, Scheme, Stance
from argmap.model.types import localised
from tests.strategies import maps

# -- small files of each variant, written for these tests ---------------------------------

AIFDB = {
    "nodes": [
        {"nodeID": "101", "text": "Bob : tea calms you down", "type": "L", "timestamp": ""},
        {"nodeID": "102", "text": "Asserting", "type": "YA"},
        {"nodeID": "103", "text": "Tea calms you down", "type": "I"},
        {"nodeID": "104", "text": "Ann : so you should drink tea", "type": "L"},
        {"nodeID": "105", "text": "Asserting", "type": "YA"},
        {"nodeID": "106", "text": "You should drink tea", "type": "I"},
        {"nodeID": "107", "text": "Argument From Positive Consequences", "type": "RA"},
        {"nodeID": "108", "text": "Zoe : not if you are already calm", "type": "L"},
        {"nodeID": "109", "text": "Challenging", "type": "YA"},
        {"nodeID": "110", "text": "Calm people gain nothing from tea", "type": "I"},
        {"nodeID": "111", "text": "Default Conflict", "type": "CA"},
        {"nodeID": "112", "text": "Default Transition", "type": "TA"},
    ],
    "edges": [
        {"edgeID": "1", "fromID": "101", "toID": "102"},
        {"edgeID": "2", "fromID": "102", "toID": "103"},
        {"edgeID": "3", "fromID": "104", "toID": "105"},
        {"edgeID": "4", "fromID": "105", "toID": "106"},
        {"edgeID": "5", "fromID": "103", "toID": "107"},
        {"edgeID": "6", "fromID": "107", "toID": "106"},
        {"edgeID": "7", "fromID": "108", "toID": "109"},
        {"edgeID": "8", "fromID": "109", "toID": "110"},
        {"edgeID": "9", "fromID": "110", "toID": "111"},
        {"edgeID": "10", "fromID": "111", "toID": "107"},
        {"edgeID": "11", "fromID": "101", "toID": "112"},
        {"edgeID": "12", "fromID": "112", "toID": "104"},
    ],
    "locutions": [
        {"nodeID": "101", "personID": "7"},
        {"nodeID": "104", "personID": "8"},
        {"nodeID": "108", "personID": "9"},
    ],
}

ARAUCARIA = {
    "nodes": [
        {"nodeID": "1", "text": "Dr Smith says smoking kills", "type": "I"},
        {"nodeID": "2", "text": "Smoking kills", "type": "I", "scheme": "ExpertOpinion"},
        {"nodeID": "3", "text": "", "type": "RA", "scheme": "ArgumentFromExpertOpinion"},
        {"nodeID": "4", "text": "Dr Smith is paid by a rival", "type": "I"},
        {"nodeID": "5", "text": "", "type": "CA"},
        {"nodeID": "6", "text": "Smoking calms", "type": "I"},
        {"nodeID": "7", "text": "", "type": "CA"},
    ],
    "edges": [
        {"edgeID": "1", "fromID": "1", "toID": "3"},
        {"edgeID": "2", "fromID": "3", "toID": "2"},
        {"edgeID": "3", "fromID": "4", "toID": "5"},
        {"edgeID": "4", "fromID": "5", "toID": "1"},
        {"edgeID": "5", "fromID": "6", "toID": "7"},
        {"edgeID": "6", "fromID": "7", "toID": "2"},
    ],
}

XAIF: dict[str, Any] = {
    "AIF": {
        "nodes": [
            {"nodeID": 0, "text": "parties argue", "type": "L"},
            {"nodeID": 1, "text": "the SNP argues", "type": "L"},
            {"nodeID": 2, "text": "Parties argue.", "type": "I"},
            {"nodeID": 3, "text": "Default Illocuting", "type": "YA"},
            {"nodeID": 4, "text": "The SNP argues.", "type": "I"},
            {"nodeID": 5, "text": "Conceding", "type": "YA"},
            {"nodeID": 6, "text": "Default Inference", "type": "RA"},
        ],
        "edges": [
            {"edgeID": 0, "fromID": 0, "toID": 3},
            {"edgeID": 1, "fromID": 3, "toID": 2},
            {"edgeID": 2, "fromID": 1, "toID": 5},
            {"edgeID": 3, "fromID": "5", "toID": "4"},
            {"edgeID": 4, "fromID": 4, "toID": 6},
            {"edgeID": 5, "fromID": 6, "toID": 2},
        ],
        "locutions": [{"nodeID": 0, "personID": 0}, {"nodeID": 1, "personID": 1}],
        "participants": [
            {"participantID": 0, "firstname": "Speaker", "surname": "One"},
            {"participantID": 1, "firstname": "Speaker", "surname": "Two"},
        ],
        "schemefulfillments": None,
        "descriptorfulfillments": None,
    },
    "dialog": True,
    "ova": [],
    "text": {
        "txt": 'Speaker One: <span class="highlighted" id="0">parties argue</span>.<br><br>'
        'Speaker Two: <span class="highlighted" id="1">the SNP argues</span> &amp; more.'
    },
}

OVA2 = {
    "analysis": {"txt": "", "plain_txt": "", "documentTitle": "Old OVA map"},
    "participants": [{"id": 1, "firstname": "Al", "surname": "Gore"}],
    "nodes": [
        {"id": 1, "type": "I", "text": "Warming is real", "x": 0, "y": 0},
        {"id": 2, "type": "I", "text": "Ice melts", "x": 0, "y": 0},
        {"id": 3, "type": "RA", "text": "Argument From Sign", "descriptors": {}},
        {"id": 4, "type": "L", "text": "Al Gore : ice melts", "participantID": 1},
        {"id": 5, "type": "YA", "text": "Asserting"},
        {"id": 6, "type": "MA", "text": "Default Rephrase"},
        {"id": 7, "type": "I", "text": "The ice is melting"},
    ],
    "edges": [
        {"from": {"id": 2}, "to": {"id": 3}},
        {"from": {"id": 3}, "to": {"id": 1}},
        {"from": {"id": 4}, "to": {"id": 5}},
        {"from": {"id": 5}, "to": {"id": 2}},
        {"from": {"id": 7}, "to": {"id": 6}},
        {"from": {"id": 6}, "to": {"id": 2}},
    ],
}


def read(data: Any) -> tuple[ArgumentMap, list[str]]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        m = loads_aif(json.dumps(data), file="x.json")
    return m, [str(w.message) for w in caught if issubclass(w.category, AifWarning)]


@pytest.mark.parametrize(
    ("data", "variant"),
    [(AIFDB, "aifdb"), (ARAUCARIA, "araucaria"), (XAIF, "xaif"), (OVA2, "ova2")],
)
def test_each_variant_is_recognised(data: Any, variant: str) -> None:
    assert detect(data) == variant


def test_aifdb_nodeset_gives_statements_supports_undercuts_and_speakers() -> None:
    m, notes = read(AIFDB)
    assert [s.id for s in m.statements] == ["i103", "i106", "i110"]
    (support,) = m.supports
    assert (support.premises, support.conclusion) == (("i103",), "i106")
    assert support.scheme is Scheme.POSITIVE_CONSEQUENCES
    (attack,) = m.attacks
    assert (attack.kind.value, attack.source, attack.target) == ("undercut", "i110", support.id)
    tea = m.statement("i103")
    assert tea.provenance is not None
    assert tea.provenance.quote == "tea calms you down"
    assert m.participant(tea.provenance.speaker).name == "Bob"
    source = m.source(tea.provenance.source)
    start, end = tea.provenance.span
    assert source.text is not None and source.text[start:end] == "tea calms you down"
    assert source.text.splitlines()[0] == "Bob: tea calms you down"
    assert notes == []


def test_araucaria_export_reads_camelcase_schemes_and_tells_rebut_from_undermine() -> None:
    m, notes = read(ARAUCARIA)
    (support,) = m.supports
    assert support.scheme is Scheme.EXPERT_OPINION
    kinds = {a.source: (a.kind.value, a.target) for a in m.attacks}
    # i1 is only a premise: attacking it undermines; i2 is concluded: attacking it rebuts.
    assert kinds == {"i4": ("undermine", "i1"), "i6": ("rebut", "i2")}
    assert any("carries a scheme" in n for n in notes)


def test_xaif_reads_the_text_spans_participants_integer_ids_and_concessions() -> None:
    m, notes = read(XAIF)
    parties = m.statement("i2")
    assert parties.provenance is not None
    source = m.source(parties.provenance.source)
    assert source.text == "Speaker One: parties argue.\n\nSpeaker Two: the SNP argues & more."
    start, end = parties.provenance.span
    assert source.text[start:end] == "parties argue"
    assert m.participant(parties.provenance.speaker).name == "Speaker One"
    snp = m.statement("i4")
    assert snp.provenance is not None and snp.provenance.quote == "the SNP argues"
    assert [(s.premises, s.conclusion) for s in m.supports] == [(("i4",), "i2")]
    assert snp.stance is Stance.CONCEDED
    assert parties.stance is Stance.ASSERTED  # "Default Illocuting" alone says nothing more
    assert notes == []


def test_legacy_ova2_reads_nodes_edges_participants_and_rephrases() -> None:
    m, _ = read(OVA2)
    assert m.title == "Old OVA map"
    assert [(s.premises, s.conclusion, s.scheme) for s in m.supports] == [
        (("i2",), "i1", Scheme.SIGN)
    ]
    melts = m.statement("i2")
    assert melts.provenance is not None
    assert m.participant(melts.provenance.speaker).name == "Al Gore"
    assert m.statement("i7").note == "AIF: rephrases i2"


def test_noise_is_reported_not_fatal() -> None:
    data = json.loads(json.dumps(AIFDB))
    data["nodes"].append(dict(data["nodes"][2]))  # the same I node twice
    data["nodes"].append({"nodeID": 103, "text": "Something else", "type": "I"})  # int id
    data["nodes"].append({"nodeID": "200", "text": "Ann : hello", "type": "L"})  # isolated L
    data["nodes"].append({"nodeID": "201", "text": "?", "type": "XX"})  # unknown type
    data["edges"].append({"edgeID": "99", "fromID": "103", "toID": "999"})  # unknown node
    data["locutions"].append({"nodeID": "101", "personID": "7"})  # duplicate locution
    data["locutions"].append({"nodeID": "101", "personID": "8"})  # a second speaker
    m, notes = read(data)
    assert len(m.statements) == 3
    text = "\n".join(notes)
    for expected in (
        "given twice, differently",
        "anchors no statement",
        "type 'XX'",
        "names no node 999",
        "two speakers",
    ):
        assert expected in text
    assert all(n.startswith("x.json: ") for n in notes)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('{"nodes": [1, 2', "x.json:1:"),
        ("[1, 2]", "JSON list, not an object"),
        ('{"title": "native map?"}', "not an AIF document"),
        ('{"nodes": [], "edges": []}', "no I node"),
        ('{"AIF": {"edges": []}}', "`AIF.nodes` is missing"),
        ('{"nodes": {"a": 1}, "edges": []}', "not a list"),
        ("[" * 100_000 + "]" * 100_000, "x.json"),
    ],
)
def test_broken_files_get_a_located_error(text: str, expected: str) -> None:
    with pytest.raises(MapValidationError) as caught:
        loads_aif(text, file="x.json")
    assert expected in str(caught.value)


def test_the_csmo_map_survives_xaif_with_its_quotes_spans_and_attack_kinds() -> None:
    m = corpus.load("csmo")
    back = loads_aif(json.dumps(_xaif(m)))
    assert [s.id for s in back.statements] == [s.id for s in m.statements]
    assert [(s.id, s.premises, s.conclusion) for s in back.supports] == [
        (s.id, s.premises, s.conclusion) for s in m.supports
    ]
    assert [(a.id, a.kind, a.source, a.target) for a in back.attacks] == [
        (a.id, a.kind, a.source, a.target) for a in m.attacks
    ]
    for original in m.statements:
        copy = back.statement(original.id)
        if original.provenance is None or original.provenance.quote is None:
            # AIF anchors speakers to their words: a claim attributed without a quote
            # (the author's thesis) has no locution to carry its speaker
            assert copy.provenance is None
            continue
        assert copy.provenance is not None
        assert copy.provenance.quote == original.provenance.quote
        assert copy.provenance.span == original.provenance.span
        assert copy.provenance.speaker == original.provenance.speaker


def _xaif(m: ArgumentMap) -> Any:
    from argmap.io.aif import to_xaif

    return to_xaif(m)


def _same_content(m: ArgumentMap, back: ArgumentMap) -> None:
    """What AIF keeps: statements, relations, schemes, speakers and quotes."""
    lang = m.language or "en"
    assert [(s.id, s.paraphrase(lang)) for s in back.statements] == [
        (s.id, s.paraphrase(lang)) for s in m.statements
    ]
    assert [(s.id, s.premises, s.conclusion, s.scheme) for s in back.supports] == [
        (s.id, s.premises, s.conclusion, s.scheme) for s in m.supports
    ]
    assert [(a.id, a.kind, a.source, a.target) for a in back.attacks] == [
        (a.id, a.kind, a.source, a.target) for a in m.attacks
    ]
    for original in m.statements:
        copy = back.statement(original.id)
        assert (copy.provenance is None) == (original.provenance is None)
        if original.provenance is not None and copy.provenance is not None:
            assert copy.provenance.quote == original.provenance.quote
            assert copy.provenance.speaker == original.provenance.speaker
            assert (
                back.participant(copy.provenance.speaker).name
                == m.participant(original.provenance.speaker).name
            )


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
@given(maps())
def test_aifdb_round_trip_keeps_statements_relations_schemes_speakers_quotes(
    m: ArgumentMap,
) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", AifWarning)
        back = loads_aif(json.dumps(to_aif(m)))
    _same_content(m, back)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
@given(maps())
def test_xaif_round_trip_also_keeps_the_text_and_spans(m: ArgumentMap) -> None:
    back = loads_aif(json.dumps(_xaif(m)))
    _same_content(m, back)
    for original in m.statements:
        if original.provenance is not None:
            copy = back.statement(original.id).provenance
            assert copy is not None and copy.span == original.provenance.span


@pytest.mark.parametrize("stance", list(Stance))
def test_every_stance_survives_aif_and_names_its_illocution(stance: Stance) -> None:
    data = corpus.load().model_dump(mode="json", exclude_defaults=True)
    (index,) = [i for i, st in enumerate(data["statements"]) if st["id"] == "lack-vision"]
    data["statements"][index]["stance"] = stance.value
    m = ArgumentMap.model_validate(data)
    voiced = m.statements[index]
    aif = to_aif(m)
    (ya,) = [n for n in aif["nodes"] if n["nodeID"] == f"{voiced.id}.YA"]
    assert ya["text"] == stance.illocution
    assert ya.get("argmap:stance") == (
        stance.value if stance in (Stance.REPORTED, Stance.ANTICIPATED) else None
    )
    back, _ = read(aif)
    assert back.statement(voiced.id).stance is stance


def test_files_by_name_and_content(tmp_path: Path) -> None:
    m = corpus.load("csmo")
    for name in ("m.aif", "m.aif.json", "m.xaif", "m.xaif.json"):
        dump(m, tmp_path / name)
        assert [s.id for s in load(tmp_path / name).statements] == [s.id for s in m.statements]
    # A plain .json file holding AIF is read as AIF.
    (tmp_path / "nodeset.json").write_text(json.dumps(AIFDB), encoding="utf-8")
    assert [s.id for s in load(tmp_path / "nodeset.json").statements] == ["i103", "i106", "i110"]
    # The writers are deterministic.
    dump_aif(m, tmp_path / "a.aif")
    dump_xaif(m, tmp_path / "a.xaif")
    first = (tmp_path / "a.aif").read_bytes(), (tmp_path / "a.xaif").read_bytes()
    dump_aif(m, tmp_path / "a.aif")
    dump_xaif(m, tmp_path / "a.xaif")
    assert ((tmp_path / "a.aif").read_bytes(), (tmp_path / "a.xaif").read_bytes()) == first


def test_load_aif_names_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(MapValidationError, match="file not found"):
        load_aif(tmp_path / "absent.aif")


def test_long_node_ids_become_valid_distinct_statement_ids() -> None:
    # Two I-node ids longer than a map's longest id, sharing their first 200 characters:
    # each becomes a valid id of its own (they once raised a pydantic error).
    data = json.loads(json.dumps(AIFDB))
    long_a, long_b = "x" * 200 + "a", "x" * 200 + "b"
    renamed = {"103": long_a, "106": long_b}
    for node in data["nodes"]:
        node["nodeID"] = renamed.get(node["nodeID"], node["nodeID"])
    for edge in data["edges"]:
        edge["fromID"] = renamed.get(edge["fromID"], edge["fromID"])
        edge["toID"] = renamed.get(edge["toID"], edge["toID"])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", AifWarning)
        m = loads_aif(json.dumps(data))
    by_text = {localised(s.text): s.id for s in m.statements}
    ids = {by_text["Tea calms you down"], by_text["You should drink tea"]}
    assert len(ids) == 2
    assert all(len(i) <= 128 and i.startswith("ixxx") for i in ids)
