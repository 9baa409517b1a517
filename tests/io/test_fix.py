"""``fix_spans`` writes the spans of quotes found once, and changes nothing else."""

from __future__ import annotations

import json
import re
import shutil
import textwrap
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from argmap.io import load
from argmap.io.fix import SpanFix, fix_spans
from argmap.model import MapValidationError

TEXT = "Ann: tea is good. Bob: coffee is better, coffee is better. It wakes you up.\n"

MAP = textwrap.dedent(
    """\
    # a comment that must stay
    title: Tea or coffee   # and this one
    sources:
      - {id: chat, title: Chat, file: chat.txt}
    participants:
      - {id: ann, name: Ann}
      - {id: bob, name: Bob}
    statements:
      - id: tea
        text: {en: "Tea."}
        provenance:
          source: chat
          speaker: ann
          quote: 'tea is good'   # single-quoted on purpose
          # a comment between keys
      - id: wakes
        text: {en: "It wakes."}
        provenance: {source: chat, speaker: bob, quote: "It wakes\\u0020you up"}
      - id: folded
        text: {en: "Coffee."}
        provenance:
          source: chat
          speaker: bob
          quote: >-
            Bob: coffee
      - id: wrong
        text: {en: "Ann."}
        provenance: {source: chat, speaker: ann, span: [0, 2], quote: "Ann:"}
    """
)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "chat.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "map.yaml").write_text(MAP, encoding="utf-8")
    return tmp_path


def test_spans_are_inserted_and_nothing_else_changes(folder: Path) -> None:
    result = fix_spans(folder / "map.yaml")
    assert result.problems == ()
    assert result.fixes == (
        SpanFix("tea", (5, 16)),
        SpanFix("wakes", (59, 74)),
        SpanFix("folded", (18, 29)),
        SpanFix("wrong", (0, 4), replaced=(0, 2)),
    )
    fixed = (folder / "map.yaml").read_text(encoding="utf-8")
    expected = (
        MAP.replace(
            "quote: 'tea is good'   # single-quoted on purpose\n",
            "quote: 'tea is good'   # single-quoted on purpose\n      span: [5, 16]\n",
        )
        .replace('you up"}', 'you up", span: [59, 74]}')
        .replace("Bob: coffee\n", "Bob: coffee\n      span: [18, 29]\n")
        .replace("span: [0, 2]", "span: [0, 4]")
    )
    assert fixed == expected
    m = load(folder / "map.yaml")
    assert m.statement("wakes").provenance is not None
    assert m.statement("wakes").provenance.span == (59, 74)


def test_a_second_run_changes_nothing(folder: Path) -> None:
    fix_spans(folder / "map.yaml")
    before = (folder / "map.yaml").read_bytes()
    assert fix_spans(folder / "map.yaml").fixes == ()
    assert (folder / "map.yaml").read_bytes() == before


def test_ambiguous_and_missing_quotes_are_left_and_reported(folder: Path) -> None:
    text = MAP.replace("quote: 'tea is good'", "quote: 'coffee is better'").replace(
        "It wakes\\u0020you up", "It wakes you"
    )
    (folder / "map.yaml").write_text(text.replace('you"}', 'you"}'), encoding="utf-8")
    (folder / "map.yaml").write_text(text.replace("It wakes you", "It woke you"), encoding="utf-8")
    result = fix_spans(folder / "map.yaml")
    assert [f.statement for f in result.fixes] == ["folded", "wrong"]
    messages = [p.message for p in result.problems]
    assert any("occurs 2 times" in m for m in messages), messages
    assert any("not found" in m and "closest passage" in m for m in messages), messages
    assert all(p.file == str(folder / "map.yaml") and p.line for p in result.problems)


def test_json_maps_are_fixed_in_place(folder: Path) -> None:
    data = {
        "title": "Tea",
        "sources": [{"id": "chat", "title": "Chat", "file": "chat.txt"}],
        "participants": [{"id": "ann", "name": "Ann"}],
        "statements": [
            {
                "id": "tea",
                "text": {"en": "Tea."},
                "provenance": {"source": "chat", "speaker": "ann", "quote": "tea is good"},
            },
            {
                "id": "ann-says",
                "text": {"en": "Ann."},
                "provenance": {"quote": "Ann:", "source": "chat", "speaker": "ann"},
            },
        ],
    }
    path = folder / "map.json"
    path.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    result = fix_spans(path)
    assert result.problems == () and len(result.fixes) == 2
    fixed = json.loads(path.read_text(encoding="utf-8"))
    assert fixed["statements"][0]["provenance"]["span"] == [5, 16]
    assert fixed["statements"][1]["provenance"]["span"] == [0, 4]
    assert list(fixed["statements"][1]["provenance"]) == ["quote", "span", "source", "speaker"]


def test_output_leaves_the_input_alone(folder: Path) -> None:
    result = fix_spans(folder / "map.yaml", output=folder / "fixed.yaml")
    assert len(result.fixes) == 4
    assert (folder / "map.yaml").read_text(encoding="utf-8") == MAP
    assert load(folder / "fixed.yaml").statement("tea").provenance is not None


def test_a_syntax_error_is_reported_and_nothing_written(folder: Path) -> None:
    (folder / "map.yaml").write_text("title: [unclosed\n", encoding="utf-8")
    with pytest.raises(MapValidationError, match="YAML syntax error"):
        fix_spans(folder / "map.yaml")
    assert (folder / "map.yaml").read_text(encoding="utf-8") == "title: [unclosed\n"


@pytest.mark.parametrize(
    ("folder_name", "map_name"),
    [("corpus/csmo", "csmo.yaml"), ("docs/examples/car-free", "car-free.yaml")],
)
def test_shipped_maps_get_back_every_span_byte_for_byte(
    repo_root: Path, tmp_path: Path, folder_name: str, map_name: str
) -> None:
    shutil.copytree(repo_root / folder_name, tmp_path / "m")
    path = tmp_path / "m" / map_name
    original = path.read_text(encoding="utf-8")
    quote_spans = re.compile(r"(quote: [^\n]*?), span: \[\d+, \d+\]|\n +span: \[\d+, \d+\](?=\n)")
    stripped = quote_spans.sub(lambda m: m.group(1) or "", original)
    assert stripped.count("span:") < original.count("span:")
    path.write_text(stripped, encoding="utf-8")
    result = fix_spans(path)
    assert result.problems == ()
    assert path.read_text(encoding="utf-8") == original


WORDS = ["tea", "coffee", "is", "good", "bad", "l’eau", "café", "wakes", "you", "up", "\n"]


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    words=st.lists(st.sampled_from(WORDS), min_size=3, max_size=40),
    picks=st.lists(st.tuples(st.integers(0, 39), st.integers(1, 5), st.booleans()), max_size=6),
)
def test_fix_writes_the_span_of_every_unique_quote(
    tmp_path: Path, words: list[str], picks: list[tuple[int, int, bool]]
) -> None:
    text = " ".join(words)
    tokens = text.split(" ")
    lines = ["title: T", "sources:", "  - id: s", "    title: S", "    text: " + json.dumps(text)]
    lines += ["participants:", "  - {id: p, name: P}", "statements:"]
    expected: dict[str, tuple[int, int]] = {}
    for number, (start, length, flow) in enumerate(picks):
        quote = " ".join(tokens[start % len(tokens) :][:length]).strip()
        # str.count skips overlapping occurrences ("tea tea" in "tea tea tea"): count them all.
        if not quote or sum(text.startswith(quote, i) for i in range(len(text))) != 1:
            continue
        sid = f"q{number}"
        expected[sid] = (text.index(quote), text.index(quote) + len(quote))
        provenance = f"{{source: s, speaker: p, quote: {json.dumps(quote)}}}"
        if flow:
            lines += [f"  - {{id: {sid}, text: {{en: X}}, provenance: {provenance}}}"]
        else:
            lines += [f"  - id: {sid}", "    text: {en: X}  # comment", "    provenance:"]
            lines += ["      source: s", "      speaker: p", f"      quote: {json.dumps(quote)}"]
    path = tmp_path / "m.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = fix_spans(path)
    assert result.problems == ()
    assert {f.statement: f.span for f in result.fixes} == expected
    fixed = path.read_text(encoding="utf-8")
    assert fixed.count("# comment") == "\n".join(lines).count("# comment")
    m = load(path)
    for sid, span in expected.items():
        prov = m.statement(sid).provenance
        assert prov is not None and prov.span == span
