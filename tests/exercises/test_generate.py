"""The questions a map gives, with their keys."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings

from argmap import corpus
from argmap.exercises import (
    KINDS,
    RELATION_KINDS,
    STATUSES,
    ChoiceQuestion,
    Mark,
    MarkupQuestion,
    exercise_sheet,
    kind_of,
    roles,
    score,
)
from argmap.exercises.generate import passages
from argmap.io import load
from argmap.model import ArgumentMap
from argmap.schemes import catalogue
from tests.render.conftest import sample_map
from tests.strategies import quoted_maps

CAR_FREE = Path(__file__).resolve().parents[2] / "docs" / "examples" / "car-free" / "car-free.yaml"


def test_sample_map_questions_and_keys() -> None:
    sheet = exercise_sheet(sample_map())
    assert sheet.kinds == KINDS
    counts = Counter(kind_of(q) for q in sheet.questions)
    # 3 supports + 7 attacks; 1 implicit premise (harm-rule; keep is a position, not a premise)
    assert counts == {"markup": 2, "relations": 10, "implicit": 1, "status": 12}
    relations = {q.subject[0]: sorted(q.key) for q in sheet.of_kind("relations")}
    assert relations["s-health"] == ["support"] and relations["a-foot"] == ["undermine"]
    assert relations["a-else"] == ["undercut"] and relations["a-ban"] == ["rebut"]
    statuses = {q.subject[0]: sorted(q.key) for q in sheet.of_kind("status")}
    assert statuses["on-foot"] == ["in"] and statuses["by-car"] == ["out"]
    # the map's default reading is the structured one: keep's only argument is undermined
    # and undercut, so its rebuttal of ban fails and ban is in (abstract: undec)
    assert statuses["ban"] == ["in"] and statuses["elsewhere"] == ["in"]
    (implicit,) = sheet.of_kind("implicit")
    assert isinstance(implicit, ChoiceQuestion)
    assert implicit.subject == ("s-health", "harm-rule") and implicit.key == {"harm-rule"}
    assert len(implicit.options) == 4 and "keep" in implicit.options  # the other implicit one


def test_markup_passages_are_sections_and_targets_are_quotes() -> None:
    m = sample_map()
    sheet = exercise_sheet(m, ["markup"])
    article, comments = sheet.questions
    assert isinstance(article, MarkupQuestion) and isinstance(comments, MarkupQuestion)
    assert article.text.startswith("Should cars be banned") and "Bob:" in comments.text
    labels = {t.statement: t.mark.label for q in (article, comments) for t in q.targets}
    assert labels == {
        "ban": "claim",
        "pollute": "reason",
        "health": "reason",
        "safer": "reason",
        "shops": "reason",
        "by-car": "reason",
        "elsewhere": "objection",
        "on-foot": "objection",
    }
    for q in (article, comments):
        for t in q.targets:
            assert q.text[t.mark.start : t.mark.end] == m.statement(t.statement).provenance.quote


def test_roles() -> None:
    assert roles(sample_map())["keep"] == "claim"  # a position that also rebuts
    assert roles(load(CAR_FREE))["car-park"] == "objection"  # an attacker that is also a premise


def test_paragraphs_when_no_sections() -> None:
    m = ArgumentMap(title="t", sources=[{"id": "s", "title": "S", "text": "A b.\n\n  \n\nC d.\n"}])
    assert passages(m.sources[0]) == (("1", (0, 4)), ("2", (10, 14)))


def test_schemes_and_open_questions() -> None:
    m = load(CAR_FREE)
    sheet = exercise_sheet(m, ["schemes"])
    by_id = {q.id: q for q in sheet.questions}
    assert set(by_id) == {
        "scheme:s-shops",
        "question:s-shops",
        "scheme:s-ring-road",
        "question:s-ring-road",
    }
    # s-ring-road has no scheme of its own: its premise ring-road argues from consequences
    assert by_id["scheme:s-ring-road"].key == {"negative_consequences"}
    question = by_id["question:s-shops"]
    assert isinstance(question, ChoiceQuestion)
    analogy = {q.id for q in catalogue()[m.support("s-shops").scheme].questions}  # type: ignore[index]
    assert question.key == analogy  # no relation of the map takes any of them up
    foreign = [o for o in question.options if o not in analogy]
    assert len(foreign) == 2


def test_a_question_taken_up_is_not_accepted() -> None:
    m = ArgumentMap(
        title="t",
        statements=[
            {"id": "says", "text": {"en": "Dr A says smoking kills."}},
            {"id": "kills", "text": {"en": "Smoking kills."}},
            {"id": "paid", "text": {"en": "Dr A is paid by a rival."}},
        ],
        supports=[
            {"id": "s", "premises": ["says"], "conclusion": "kills", "scheme": "expert_opinion"}
        ],
        attacks=[
            {
                "id": "x",
                "kind": "undercut",
                "source": "paid",
                "target": "s",
                "question": "expert_opinion.trustworthiness",
            }
        ],
    )
    q = exercise_sheet(m, ["schemes"]).question("question:s")
    assert isinstance(q, ChoiceQuestion)
    assert "expert_opinion.trustworthiness" in q.options
    assert "expert_opinion.trustworthiness" not in q.key and "expert_opinion.field" in q.key


def test_same_map_same_sheet_and_kinds_filter() -> None:
    m = corpus.load("csmo")
    first, second = exercise_sheet(m), exercise_sheet(corpus.load("csmo"))
    assert first == second and first.fingerprint == second.fingerprint
    only = exercise_sheet(m, ["status", "relations"])
    assert only.kinds == ("relations", "status")  # the order of KINDS, whatever was asked
    assert {kind_of(q) for q in only.questions} == {"relations", "status"}
    assert only.fingerprint != first.fingerprint
    with pytest.raises(ValueError, match="unknown exercise kind 'stat'"):
        exercise_sheet(m, ["stat"])
    with pytest.raises(ValueError, match="at least one"):
        exercise_sheet(m, [])


def test_csmo_sheet() -> None:
    m = corpus.load("csmo")
    sheet = exercise_sheet(m)
    counts = Counter(kind_of(q) for q in sheet.questions)
    assert counts["relations"] == len(m.supports) + len(m.attacks)
    assert counts["status"] == sum(1 for s in m.statements if s.kind.value != "issue")
    assert counts["markup"] == 5  # summary, body-1, body-2, comment-1, comment-2
    quoted = sum(
        1 for q in sheet.of_kind("markup") if isinstance(q, MarkupQuestion) for _ in q.targets
    )
    assert quoted == sum(
        1 for s in m.statements if s.provenance and s.provenance.span and s.kind.value != "issue"
    )


def _check_keys(m: ArgumentMap) -> None:
    sheet = exercise_sheet(m)
    key_answers = {}
    for q in sheet.questions:
        if isinstance(q, MarkupQuestion):
            assert q.targets
            key_answers[q.id] = q.key
            assert score(sheet, {q.id: q.key}).scores[q.id] == 1.0
            assert score(sheet, {q.id: ()}).scores[q.id] == 0.0
            wrong = tuple(
                Mark(k.start, k.end, "objection" if k.label != "objection" else "claim")
                for k in q.key
            )
            assert score(sheet, {q.id: wrong}).scores[q.id] == 0.0
            continue
        assert q.key <= set(q.options) and len(set(q.options)) == len(q.options) >= 2
        if q.kind != "critical_question":
            assert len(q.key) == 1
        else:
            assert q.key and len(q.key) < len(q.options)
        if q.kind == "relation":
            assert q.options == RELATION_KINDS
        if q.kind == "status":
            assert q.options == STATUSES
        for option in q.options:
            expected = 1.0 if option in q.key else 0.0
            assert score(sheet, {q.id: option}).scores[q.id] == expected
        key_answers[q.id] = sorted(q.key)[0]
    result = score(sheet, key_answers)
    assert result.total == result.maximum == len(sheet.questions)


@settings(max_examples=60, deadline=None)
@given(quoted_maps())
def test_every_question_has_a_key_the_scorer_accepts(m: ArgumentMap) -> None:
    _check_keys(m)
    assert exercise_sheet(m) == exercise_sheet(m)


def test_keys_of_the_real_maps() -> None:
    _check_keys(corpus.load("csmo"))
    _check_keys(load(CAR_FREE))
