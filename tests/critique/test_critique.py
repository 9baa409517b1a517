"""The structural critique: each kind of finding on a small map made to show it."""

from __future__ import annotations

import json
from typing import Any

import pytest

from argmap import corpus
from argmap.cli import main
from argmap.critique import KINDS, critique
from argmap.critique.text import critique_text
from argmap.model import ArgumentMap


def build(**parts: Any) -> ArgumentMap:
    statements = parts.pop("statements")
    return ArgumentMap(
        title="t",
        statements=[
            s
            if isinstance(s, dict)
            else {"id": s, "text": {"en": f"Claim {s}.", "fr": f"Énoncé {s}."}}
            for s in statements
        ],
        **parts,
    )


def kinds(m: ArgumentMap) -> list[tuple[str, tuple[str, ...]]]:
    return [(f.kind, f.ids) for f in critique(m)]


def test_positions_without_reasons_and_outside_the_debate() -> None:
    m = build(
        statements=[
            {"id": "q", "kind": "issue", "text": {"en": "Q?"}},
            {"id": "p1", "text": {"en": "P1."}, "answers": "q"},
            {"id": "p2", "text": {"en": "P2."}, "answers": "q"},
            {"id": "p3", "text": {"en": "P3."}, "answers": "q"},
            "r",
            "o",
        ],
        supports=[{"id": "s", "premises": ["r"], "conclusion": "p3"}],
        attacks=[
            {"id": "x", "kind": "rebut", "source": "o", "target": "p1"},
            {"id": "y", "kind": "rebut", "source": "p3", "target": "o"},
        ],
    )
    found = kinds(m)
    assert ("position-without-reason", ("p1",)) in found
    assert ("position-untouched", ("p2",)) in found
    assert not any("p3" in ids for kind, ids in found if kind.startswith("position"))


def test_unanswered_objections_and_answered_ones() -> None:
    m = build(
        statements=["c", "p", "o1", "o2", "a"],
        supports=[{"id": "s", "premises": ["p"], "conclusion": "c"}],
        attacks=[
            {"id": "x1", "kind": "undercut", "source": "o1", "target": "s"},
            {"id": "x2", "kind": "rebut", "source": "o2", "target": "c"},
            {"id": "x3", "kind": "rebut", "source": "a", "target": "o2"},
        ],
    )
    found = critique(m)
    objections = [f for f in found if f.kind == "unanswered-objection"]
    assert [f.ids for f in objections] == [("o1", "s"), ("a", "o2")]
    assert objections[0].message() == "Nobody answers the objection “Claim o1.” to “Claim c.”"


def test_circular_support_is_found_once_per_circle() -> None:
    m = build(
        statements=["a", "b", "c", "d"],
        supports=[
            {"id": "s1", "premises": ["a"], "conclusion": "b"},
            {"id": "s2", "premises": ["b"], "conclusion": "c"},
            {"id": "s3", "premises": ["c"], "conclusion": "a"},
            {"id": "s4", "premises": ["c"], "conclusion": "d"},
        ],
    )
    circles = [f for f in critique(m) if f.kind == "circular-support"]
    assert [f.ids for f in circles] == [("a", "b", "c")]
    assert circles[0].message() == (
        "These statements support each other in a circle: Claim a. → Claim b. → Claim c."
    )


def test_linked_and_convergent_premises_and_missing_ones() -> None:
    m = build(
        statements=["c", "a", "b", "d", "e"],
        supports=[
            {"id": "linked", "premises": ["a", "b"], "conclusion": "c"},
            {"id": "alone", "premises": ["a"], "conclusion": "c"},
            {"id": "half1", "premises": ["d"], "conclusion": "e", "scheme": "analogy"},
            {"id": "half2", "premises": ["a"], "conclusion": "e", "scheme": "analogy"},
        ],
    )
    found = kinds(m)
    assert ("linked-not-needed", ("linked", "a")) in found
    assert ("missing-premise", ("half1",)) in found and ("missing-premise", ("half2",)) in found
    assert ("convergent-needs-link", ("half1", "half2")) in found
    missing = next(f for f in critique(m, language="fr") if f.kind == "missing-premise")
    assert missing.message("fr") == (
        "L’argument par analogie en faveur de «\u00a0Énoncé e.\u00a0» a 1 prémisse(s) sur les 2 "
        "requises (similarity, base)"
    )


def test_self_attack_and_overlapping_quotes() -> None:
    text = "Alice: tea is good for you, really.\n"
    m = build(
        statements=[
            {
                "id": "q1",
                "text": {"en": "Tea is good."},
                "provenance": {"source": "t", "speaker": "al", "quote": "tea is good"},
            },
            {
                "id": "q2",
                "text": {"en": "It is good for you."},
                "provenance": {"source": "t", "speaker": "al", "quote": "good for you"},
            },
            {
                "id": "q3",
                "text": {"en": "Really."},
                "provenance": {"source": "t", "speaker": "al", "quote": "really"},
            },
            "s",
        ],
        sources=[{"id": "t", "title": "T", "text": text}],
        participants=[{"id": "al", "name": "Alice"}],
        attacks=[{"id": "x", "kind": "rebut", "source": "s", "target": "s"}],
    )
    found = kinds(m)
    assert ("self-attack", ("s",)) in found
    assert [ids for kind, ids in found if kind == "overlapping-quotes"] == [("q1", "q2")]


def test_open_questions_come_from_the_scheme_and_close_when_taken_up() -> None:
    m = build(
        statements=["says", "kills", "paid"],
        supports=[
            {"id": "s", "premises": ["says"], "conclusion": "kills", "scheme": "position_to_know"}
        ],
        attacks=[
            {
                "id": "x",
                "kind": "undercut",
                "source": "paid",
                "target": "s",
                "question": "position_to_know.honesty",
            }
        ],
    )
    questions = [f for f in critique(m) if f.kind == "open-question"]
    assert [f.to_json()["message"].split(": ", 1)[1] for f in questions] == [
        "Is a in a position to know whether A is true (false)?",
        "Did a assert that A is true (false)?",
    ]
    assert "`question: position_to_know.position`" in questions[0].action()


def test_the_csmo_map() -> None:
    found = critique(corpus.load("csmo"))
    assert {f.kind for f in found} <= set(KINDS)
    assert any(f.kind == "unanswered-objection" for f in found)
    text = critique_text(found, "fr")
    assert text.startswith(f"{len(found)} points à examiner.")
    for line in text.splitlines():
        assert len(line) <= 100
    assert " :" not in text and " ;" not in text and "« " not in text


def test_cli(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["critique", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data and set(data[0]) == {"kind", "ids", "message", "why", "action"}
    assert main(["critique", "-l", "fr", "--width", "60"]) == 0
    out = capsys.readouterr().out
    assert "Objections sans réponse" in out
    assert max(len(line) for line in out.splitlines()) <= 60


def test_a_clean_map_says_so() -> None:
    m = build(statements=["a"])
    assert critique(m) == ()
    assert critique_text((), "en") == "Nothing to question in this map's structure."


def test_one_point_is_singular_in_both_languages() -> None:
    m = ArgumentMap.model_validate(
        {
            "title": "t",
            "statements": [
                {"id": "q", "kind": "issue", "text": {"en": "Tea?"}},
                {"id": "tea", "text": {"en": "Drink tea."}, "answers": "q"},
            ],
        }
    )
    found = critique(m)
    assert len(found) == 1, found
    assert critique_text(found, "en").startswith("1 point to question.")
    assert critique_text(found, "fr").startswith("1 point à examiner.")
