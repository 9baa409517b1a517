"""The native YAML/JSON format: round trips, determinism, and the bad-input catalogue."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from argmap.io import dump, dumps_map, load, loads_map
from argmap.io.native import format_of
from argmap.model import ArgumentMap, MapValidationError

SOURCE_TEXT = "Alice: tea is good. Bob: no, coffee is better because it wakes you up.\n"

GOOD = textwrap.dedent(
    """\
    title: Tea or coffee
    language: en
    sources:
      - id: chat
        title: A chat
        author: Alice
        file: chat.txt
        language: en
        date: 2024-05-01
        sections:
          - {id: all, title: Everything, span: [0, 71]}
    participants:
      - {id: alice, name: Alice, role: author}
      - {id: bob, name: Bob, role: commenter}
    statements:
      - id: q
        kind: issue
        text: {en: "Tea or coffee?", fr: "Thé ou café ?"}
      - id: tea
        text: {en: Tea is good., fr: Le thé est bon.}
        answers: q
        weight: 0.5
        provenance: {source: chat, speaker: alice, quote: tea is good, span: [7, 18]}
      - id: coffee
        text: {en: Coffee is better., fr: Le café est meilleur.}
        answers: q
        provenance: {source: chat, speaker: bob, quote: coffee is better, span: [29, 45]}
      - id: wakes
        text: {en: Coffee wakes you up., fr: Le café réveille.}
        scheme: positive_consequences
        provenance: {source: chat, speaker: bob, quote: it wakes you up, span: [54, 69]}
      - id: same
        implicit: true
        text: {en: Tea wakes you up as well., fr: Le thé réveille aussi.}
    supports:
      - {id: s1, premises: [wakes], conclusion: coffee}
    attacks:
      - {id: a1, kind: rebut, source: coffee, target: tea}
      - {id: a2, kind: undercut, source: same, target: s1}
    """
)


@pytest.fixture
def good_file(tmp_path: Path) -> Path:
    (tmp_path / "chat.txt").write_text(SOURCE_TEXT, encoding="utf-8")
    path = tmp_path / "map.yaml"
    path.write_text(GOOD, encoding="utf-8")
    return path


def test_load_reads_the_source_file_and_keeps_dates_as_strings(good_file: Path) -> None:
    m = load(good_file)
    assert m.source("chat").text == SOURCE_TEXT
    assert m.source("chat").date == "2024-05-01"
    assert m.statement("wakes").scheme is not None
    assert m.statement("wakes").scheme.value == "positive_consequences"
    assert [a.kind.value for a in m.attacks] == ["rebut", "undercut"]


@pytest.mark.parametrize("suffix", [".yaml", ".json"])
def test_load_dump_load_is_lossless(good_file: Path, suffix: str) -> None:
    m = load(good_file)
    out = good_file.with_name("copy" + suffix)
    dump(m, out)
    again = load(out)
    assert again == m
    assert "text" not in json.dumps(_source_entry(out))  # the file reference is kept


def _source_entry(path: Path) -> dict[str, object]:
    import yaml

    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    entry: dict[str, object] = data["sources"][0]
    return entry


def test_dump_is_deterministic_and_stable(good_file: Path) -> None:
    m = load(good_file)
    first = dumps_map(m, "yaml")
    assert dumps_map(load(good_file), "yaml") == first
    assert dumps_map(loads_map(first, "yaml", base_dir=good_file.parent), "yaml") == first
    assert dumps_map(m, "json") == dumps_map(m, "json")
    assert first.index("title:") < first.index("statements:") < first.index("attacks:")


def test_json_and_yaml_give_the_same_map(good_file: Path) -> None:
    m = load(good_file)
    from_json = loads_map(dumps_map(m, "json"), "json", base_dir=good_file.parent)
    assert from_json == m


def test_dump_rebases_source_files(good_file: Path, tmp_path: Path) -> None:
    m = load(good_file)
    out = tmp_path / "elsewhere" / "deeper" / "map.json"
    dump(m, out, source_dir=good_file.parent)
    with pytest.raises(MapValidationError, match="outside the map's folder"):
        load(out)
    again = load(out, allow_outside_sources=True)
    assert again.source("chat").file == "../../chat.txt"
    assert again.source("chat").text == SOURCE_TEXT
    assert again.statements == m.statements


def test_dump_is_atomic_and_leaves_no_temporary_file(good_file: Path) -> None:
    m = load(good_file)
    out = good_file.with_name("out.yaml")
    dump(m, out)
    dump(m, out)
    leftovers = [p.name for p in good_file.parent.iterdir() if p.name.endswith(".tmp")]
    assert leftovers == []


def test_unknown_extension_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(MapValidationError, match=r"unknown map format '\.txt'"):
        format_of(tmp_path / "map.txt")


# -- the catalogue of bad inputs --------------------------------------------------
# Each case: a change to GOOD (text replacement), the message expected, the line.
BAD_CASES: list[tuple[str, str, str, str, bool | None]] = [
    (
        "yaml-syntax",
        "  - {id: s1, premises: [wakes], conclusion: coffee}",
        "  - {id: s1, premises: [wakes, conclusion: coffee}",
        "YAML syntax error",
        None,
    ),
    ("duplicate-id", "id: wakes", "id: tea", "duplicate id 'tea'", True),
    (
        "unknown-premise",
        "premises: [wakes]",
        "premises: [wake]",
        "premise 'wake' does not exist",
        True,
    ),
    (
        "relation-target-missing",
        "source: coffee, target: tea}",
        "source: coffee, target: milk}",
        "target 'milk' does not exist",
        33,
    ),
    (
        "undercut-on-statement",
        "kind: undercut, source: same, target: s1",
        "kind: undercut, source: same, target: coffee",
        "an undercut attacks an inference, but 'coffee' is a statement",
        34,
    ),
    (
        "rebut-on-support",
        "kind: rebut, source: coffee, target: tea",
        "kind: rebut, source: coffee, target: s1",
        "is a support",
        33,
    ),
    (
        "undermine-non-premise",
        "kind: rebut, source: coffee, target: tea",
        "kind: undermine, source: coffee, target: tea",
        "is not a premise of any support",
        33,
    ),
    (
        "quote-not-verbatim",
        "quote: tea is good",
        "quote: Tea is good",
        "quote is not found verbatim at span [7, 18]",
        None,
    ),
    (
        "span-out-of-range",
        "quote: it wakes you up, span: [54, 69]",
        "quote: it wakes you up, span: [54, 690]",
        "span [54, 690] is out of range",
        None,
    ),
    ("weight-out-of-range", "weight: 0.5", "weight: 1.5", "weight 1.5 is outside [0, 1]", True),
    (
        "unknown-field",
        "answers: q\n    weight",
        "answer: q\n    weight",
        "unknown field 'answer'",
        True,
    ),
    ("bad-kind", "kind: issue", "kind: question", "'question' is not a valid kind", True),
    ("bad-attack-kind", "kind: rebut,", "kind: refute,", "'refute' is not a valid kind", True),
    (
        "unknown-speaker",
        "speaker: bob, quote: coffee",
        "speaker: bobby, quote: coffee",
        "speaker 'bobby'",
        None,
    ),
    (
        "unknown-source",
        "{source: chat, speaker: alice",
        "{source: chats, speaker: alice",
        "source 'chats' does not exist",
        None,
    ),
    ("bad-id", "id: wakes", "id: 9wakes", "'9wakes' is not a valid id", True),
    (
        "missing-text",
        "    text: {en: Coffee wakes you up., fr: Le café réveille.}\n",
        "",
        "missing required field 'text'",
        None,
    ),
    (
        "empty-text",
        "text: {en: Tea is good., fr: Le thé est bon.}",
        "text: {}",
        "paraphrase in at least one language",
        True,
    ),
    (
        "implicit-with-quote",
        "implicit: true",
        "implicit: true\n    provenance: {source: chat, speaker: bob, quote: tea, span: [7, 10]}",
        "an implicit premise has a provenance",
        None,
    ),
    (
        "answers-a-claim",
        "    answers: q\n    provenance: {source: chat, speaker: bob",
        "    answers: tea\n    provenance: {source: chat, speaker: bob",
        "which is a claim, not an issue",
        None,
    ),
    ("supports-an-issue", "conclusion: coffee}", "conclusion: q}", "is an issue", True),
    (
        "self-support",
        "premises: [wakes], conclusion: coffee",
        "premises: [coffee], conclusion: coffee",
        "both a premise and the conclusion",
        None,
    ),
    ("missing-source-file", "file: chat.txt", "file: nowhere.txt", "cannot read source file", True),
    ("bad-date", "date: 2024-05-01", "date: May 2024", "is not ISO 8601", None),
    (
        "duplicate-key",
        "    language: en\n    date",
        "    language: en\n    language: fr\n    date",
        "key 'language' appears twice",
        True,
    ),
    (
        "span-reversed",
        "span: [29, 45]",
        "span: [45, 29]",
        "span end 29 is before its start 45",
        None,
    ),
    ("empty-premises", "premises: [wakes]", "premises: []", "premises", True),
    ("not-a-list", "participants:\n", "participants: alice\nunused:\n", "must be a list", None),
]


@pytest.mark.parametrize(
    ("name", "old", "new", "expected", "line"), BAD_CASES, ids=[c[0] for c in BAD_CASES]
)
def test_bad_input_gives_a_clear_located_error(
    good_file: Path, name: str, old: str, new: str, expected: str, line: bool | None
) -> None:
    assert old in GOOD, f"case {name}: the text to replace is not in the good map"
    bad = GOOD.replace(old, new, 1)
    good_file.write_text(bad, encoding="utf-8")
    with pytest.raises(MapValidationError) as info:
        load(good_file)
    problems = info.value.problems
    matching = [p for p in problems if expected in str(p)]
    assert matching, f"{name}: no problem mentions {expected!r}: {[str(p) for p in problems]}"
    problem = matching[0]
    assert problem.file == str(good_file)
    assert problem.line is not None
    if line:
        changed = GOOD[: GOOD.index(old)].count("\n") + 1
        last = changed + new.count("\n")
        assert changed <= problem.line <= last, str(problem)
    assert str(good_file) in str(info.value)


def test_every_problem_of_a_file_is_reported_together(good_file: Path) -> None:
    text = (
        GOOD.replace("weight: 0.5", "weight: 2")
        .replace("premises: [wakes]", "premises: [wake]")
        .replace("target: tea}", "target: milk}")
    )
    good_file.write_text(text, encoding="utf-8")
    with pytest.raises(MapValidationError) as info:
        load(good_file)
    messages = " | ".join(p.message for p in info.value.problems)
    assert "weight 2" in messages
    assert "'wake' does not exist" in messages
    assert "'milk' does not exist" in messages


def test_invalid_json_names_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "m.json"
    path.write_text('{"title": "x",\n "statements": [}\n', encoding="utf-8")
    with pytest.raises(MapValidationError) as info:
        load(path)
    problem = info.value.problems[0]
    assert "invalid JSON" in problem.message
    assert (problem.line, problem.column) == (2, 17)


def test_json_duplicate_keys_are_reported(tmp_path: Path) -> None:
    path = tmp_path / "m.json"
    path.write_text('{"title": "x", "title": "y"}', encoding="utf-8")
    with pytest.raises(MapValidationError, match="'title' appears twice"):
        load(path)


def test_a_document_that_is_not_a_mapping(tmp_path: Path) -> None:
    path = tmp_path / "m.yaml"
    path.write_text("- just\n- a list\n", encoding="utf-8")
    with pytest.raises(MapValidationError, match="not a mapping"):
        load(path)


def test_missing_file_is_reported_with_its_name(tmp_path: Path) -> None:
    with pytest.raises(MapValidationError, match="file not found"):
        load(tmp_path / "absent.yaml")


def test_built_map_equals_its_python_construction(good_file: Path) -> None:
    m = load(good_file)
    rebuilt = ArgumentMap.model_validate(m.model_dump())
    assert rebuilt == m


def test_dump_anywhere_rebases_from_where_the_map_was_loaded(
    good_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    m = load(good_file)
    elsewhere = tmp_path / "other"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    dump(m, "copy.json")  # relative to the working folder, no source_dir given
    # The copy names a file outside its own folder: read only on request.
    with pytest.raises(MapValidationError, match="outside the map's folder"):
        load("copy.json")
    assert load("copy.json", allow_outside_sources=True) == m
    assert load("copy.json", allow_outside_sources=True).source("chat").file == "../chat.txt"


def test_a_missing_source_file_is_said_once(good_file: Path) -> None:
    (good_file.parent / "chat.txt").unlink()
    with pytest.raises(MapValidationError) as info:
        load(good_file)
    (problem,) = info.value.problems
    assert "cannot read source file" in problem.message


def test_an_item_with_a_faulty_field_still_has_its_quote_and_relations_checked(
    good_file: Path,
) -> None:
    text = GOOD.replace("weight: 0.5", "weight: 2\n    colour: red").replace(
        "quote: tea is good, span: [7, 18]", "quote: tea is great"
    )
    good_file.write_text(text, encoding="utf-8")
    with pytest.raises(MapValidationError) as info:
        load(good_file)
    messages = [p.message for p in info.value.problems]
    assert any("weight 2" in m for m in messages)
    assert any("unknown field 'colour'" in m for m in messages)
    assert any("quote is not found" in m and "tea is good" in m for m in messages), messages


def test_spans_are_optional_in_files(good_file: Path) -> None:
    good_file.write_text(GOOD.replace(", span: [29, 45]", ""), encoding="utf-8")
    prov = load(good_file).statement("coffee").provenance
    assert prov is not None and prov.span == (29, 45)


def test_a_group_with_only_comments_under_it_is_empty() -> None:
    m = loads_map("title: Tea\nstatements:\n  # - {id: q, text: {en: Q}}\nsupports:\n", "yaml")
    assert m.statements == () and m.supports == ()


def test_a_mistyped_kind_does_not_make_the_issue_a_claim(good_file: Path) -> None:
    good_file.write_text(GOOD.replace("kind: issue", "kind: isue"), encoding="utf-8")
    with pytest.raises(MapValidationError) as info:
        load(good_file)
    (problem,) = info.value.problems
    assert "'isue' is not a valid kind" in problem.message


def test_preferences_are_read_checked_and_written_back() -> None:
    text = textwrap.dedent(
        """\
        title: Tea or coffee
        statements:
          - {id: tea, text: {en: Tea.}}
          - {id: coffee, text: {en: Coffee.}}
        attacks:
          - {id: a1, kind: rebut, source: coffee, target: tea, contradictory: true}
        preferences:
          - {stronger: tea, weaker: coffee, note: the host prefers tea}
        """
    )
    m = loads_map(text)
    assert [(p.stronger, p.weaker) for p in m.preferences] == [("tea", "coffee")]
    assert loads_map(dumps_map(m)) == m
    with pytest.raises(MapValidationError) as info:
        loads_map(text.replace("weaker: coffee", "weaker: cofee, level: 2"), file="m.yaml")
    assert [str(p).split(" (at")[0] for p in info.value.problems] == [
        "m.yaml:8:36: unknown field 'level'",
        "m.yaml:8:21: [tea>cofee] weaker 'cofee' does not exist",
    ]
