"""argmap → Argdown → argmap: equal maps, on the CSMO map and on random maps."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from argmap.io import dump, load
from argmap.io.argdown import dumps_argdown, loads_argdown
from argmap.io.argdown.writer import escape, quoted
from argmap.model import ArgumentMap, MapValidationError, Scheme
from tests.strategies import maps

IDS = st.from_regex(r"[A-Za-z_][A-Za-z0-9_.\-]{0,6}", fullmatch=True)
TEXTS = st.text(min_size=1, max_size=24)
LANGUAGES = st.sampled_from(["en", "fr", "de"])


@st.composite
def argdown_maps(draw: st.DrawFn) -> ArgumentMap:
    """Maps with any text in any field Argdown carries (line breaks, Argdown syntax,
    control characters), several languages, tags, notes, issues and every attack."""
    ids = draw(st.lists(IDS, min_size=2, max_size=6, unique=True))
    issue = ids[0] if draw(st.booleans()) else None
    claims = [i for i in ids if i != issue]
    statements: list[dict[str, Any]] = []
    for sid in ids:
        text = draw(st.dictionaries(LANGUAGES, TEXTS, min_size=1, max_size=2))
        statement: dict[str, Any] = {"id": sid, "text": text}
        if sid == issue:
            statement["kind"] = "issue"
        elif issue and draw(st.booleans()):
            statement["answers"] = issue
        if draw(st.booleans()):
            statement["tags"] = draw(st.lists(st.text(max_size=10), max_size=3))
        if draw(st.booleans()):
            statement["note"] = draw(TEXTS)
        if draw(st.booleans()):
            statement["weight"] = draw(st.floats(0, 1))
        statement["implicit"] = draw(st.booleans())
        statement["premise"] = sid != issue and draw(st.booleans())
        if draw(st.booleans()):
            statement["scheme"] = draw(st.sampled_from(list(Scheme))).value
        statements.append(statement)
    supports: list[dict[str, Any]] = []
    for _ in range(draw(st.integers(0, 3))):
        conclusion = draw(st.sampled_from(claims))
        others = [c for c in claims if c != conclusion]
        if not others:
            break
        support: dict[str, Any] = {
            "id": draw(IDS.filter(lambda i: i not in ids)),
            "premises": draw(
                st.lists(st.sampled_from(others), min_size=1, max_size=3, unique=True)
            ),
            "conclusion": conclusion,
        }
        if draw(st.booleans()):
            support["scheme"] = draw(st.sampled_from(list(Scheme))).value
        if draw(st.booleans()):
            support["note"] = draw(TEXTS)
        support["strict"] = draw(st.booleans())
        supports.append(support)
    premises = sorted({p for s in supports for p in s["premises"]})
    attacks: list[dict[str, Any]] = []
    for _ in range(draw(st.integers(0, 4))):
        kind = draw(st.sampled_from(["rebut", "undermine", "undercut"]))
        source = draw(st.sampled_from(claims))
        if kind == "undercut":
            if not supports:
                continue
            target = draw(st.sampled_from([s["id"] for s in supports]))
        elif kind == "undermine":
            if not premises:
                continue
            target = draw(st.sampled_from(premises))
        else:
            target = draw(st.sampled_from(claims))
        attack = {"id": draw(IDS), "kind": kind, "source": source, "target": target}
        if kind != "undercut":
            attack["contradictory"] = draw(st.booleans())
        if draw(st.booleans()):
            attack["note"] = draw(TEXTS)
        attacks.append(attack)
    data = {
        "title": draw(TEXTS),
        "language": draw(st.none() | LANGUAGES),
        "statements": statements,
        "supports": supports,
        "attacks": attacks,
    }
    if draw(st.booleans()):
        data["description"] = draw(st.dictionaries(LANGUAGES, TEXTS, min_size=1))
    if len(claims) > 1 and draw(st.booleans()):
        data["preferences"] = [{"stronger": claims[0], "weaker": claims[1], "note": draw(TEXTS)}]
    try:
        return ArgumentMap.model_validate(data)
    except MapValidationError:
        assume(False)
        raise


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(argdown_maps())
def test_round_trip_of_anything_argdown_carries(m: ArgumentMap) -> None:
    text = dumps_argdown(m)
    back = loads_argdown(text)
    assert back == m
    assert dumps_argdown(back) == text


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(maps())
def test_round_trip_of_quoted_maps(m: ArgumentMap) -> None:
    assert loads_argdown(dumps_argdown(m)) == m


def test_csmo_round_trip_through_a_file(repo_root: Path, tmp_path: Path) -> None:
    m = load(repo_root / "corpus" / "csmo" / "csmo.yaml")
    dump(m, tmp_path / "out" / "csmo.argdown")
    written = (tmp_path / "out" / "csmo.argdown").read_text(encoding="utf-8")
    assert "file: ../../" in written  # the source text stays in its file, found from here
    assert load(tmp_path / "out" / "csmo.argdown", allow_outside_sources=True) == m
    with pytest.raises(MapValidationError, match="outside the map's folder"):
        load(tmp_path / "out" / "csmo.argdown")
    assert loads_argdown(dumps_argdown(m)) == m  # in memory, the text is inline


def test_what_the_text_looks_like() -> None:
    m = ArgumentMap(
        title="Tea?",
        statements=[
            {"id": "tea", "text": {"en": "Drink tea #1 [now]."}, "tags": ["pro", "two words"]},
            {"id": "calm", "text": {"en": "Tea calms.", "fr": "Le thé calme."}},
            {"id": "awake", "text": {"en": "Tea keeps you\nawake."}},
        ],
        supports=[{"id": "s1", "premises": ["calm"], "conclusion": "tea", "scheme": "example"}],
        attacks=[
            {"id": "a1", "kind": "undercut", "source": "awake", "target": "s1"},
            {"id": "x", "kind": "undermine", "source": "awake", "target": "calm"},
        ],
    )
    text = dumps_argdown(m)
    assert r"[tea]: Drink tea \#1 \[now\]. #pro #(two words)" in text
    assert '[calm]: Tea calms. {"text": {"fr": "Le thé calme."}}' in text
    assert '[awake]: {"text": {"en": "Tea keeps you\\x0aawake."}}' in text
    assert "<s1>\n\n(1) [calm]\n-- example --\n(2) [tea]" in text
    assert "<s1>\n    <_ [awake]" in text
    assert "[calm]\n    <- [awake]" in text
    assert "argmap:\n  attacks:\n  - source: awake\n    target: calm\n    id: x\n===" in text
    assert loads_argdown(text) == m


def test_escape_and_quote() -> None:
    assert escape("a // b / c <!-- d /*") == r"a \// b / c \<!-- d \/\*"
    assert quoted("{x}") == r'"\x7bx\x7d"'
