"""Scoring: choices by their key, marks by overlap with the quotes (Jaccard >= 0.5), F1."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from argmap.exercises import (
    JACCARD_THRESHOLD,
    ChoiceQuestion,
    ExerciseSheet,
    Mark,
    MarkupQuestion,
    Target,
    jaccard,
    score,
)
from argmap.exercises.scoring import matches, score_markup, score_question, trimmed

TEXT = "We should act now. Prices rise fast. Some say wait."
# "We should act now" [0, 17); "Prices rise fast" [19, 35); "Some say wait" [37, 50)
PASSAGE = MarkupQuestion(
    "markup:s:1",
    "s",
    (0, len(TEXT)),
    TEXT,
    (
        Target("act", Mark(0, 17, "claim")),
        Target("prices", Mark(19, 35, "reason")),
        Target("wait", Mark(37, 50, "objection")),
    ),
)


def test_threshold() -> None:
    assert JACCARD_THRESHOLD == 0.5


def test_partial_overlap_is_tolerated_up_to_half() -> None:
    # 9 of the 16 characters of "Prices rise fast": 9/16 >= 0.5
    assert score_markup(PASSAGE, [Mark(19, 28, "reason")]) == pytest.approx(2 / 4)
    # 7 of 16: below the threshold, found nothing
    assert score_markup(PASSAGE, [Mark(19, 26, "reason")]) == 0.0
    # the whole sentence with its full stop and the space after it: 16/18
    assert score_markup(PASSAGE, [Mark(19, 37, "reason")]) == pytest.approx(2 / 4)


def test_whitespace_at_the_ends_does_not_count() -> None:
    assert trimmed(TEXT, Mark(18, 21, "claim")) == Mark(19, 21, "claim")
    # " Prices rise fast " counted as "Prices rise fast"
    assert [pair for pair in matches(PASSAGE, [Mark(18, 36, "reason")])] == [(1, 0)]


def test_labels_must_agree_and_pairs_are_one_to_one() -> None:
    assert score_markup(PASSAGE, [Mark(0, 17, "reason")]) == 0.0
    # two marks on one quote: one finds it, the other is extra
    twice = [Mark(0, 17, "claim"), Mark(0, 16, "claim")]
    assert matches(PASSAGE, twice) == ((0, 0),)
    assert score_markup(PASSAGE, twice) == pytest.approx(2 * 1 / 5)
    # everything found, nothing extra
    assert score_markup(PASSAGE, PASSAGE.key) == 1.0


def test_best_overlap_wins() -> None:
    q = MarkupQuestion(
        "m",
        "s",
        (0, 20),
        "aaaaaaaaaabbbbbbbbbb",
        (Target("x", Mark(0, 10, "claim")), Target("y", Mark(2, 12, "claim"))),
    )
    # the mark [2, 12) overlaps y entirely and x by 8/12: it goes to y, and [0, 9) to x
    assert matches(q, [Mark(0, 9, "claim"), Mark(2, 12, "claim")]) == ((0, 0), (1, 1))


def test_choices_and_the_sheet() -> None:
    relation = ChoiceQuestion(
        "relation:a", "relation", ("a",), ("support", "rebut"), frozenset({"rebut"})
    )
    sheet = ExerciseSheet("t", ("markup", "relations"), (PASSAGE, relation), "f", "grounded")
    result = score(sheet, {"relation:a": "rebut", "markup:s:1": (Mark(0, 17, "claim"),)})
    assert dict(result.scores) == {"markup:s:1": 0.5, "relation:a": 1.0}
    assert result.total == 1.5 and result.maximum == 2
    assert score_question(relation, None) == 0.0
    with pytest.raises(KeyError, match="no question 'status:x'"):
        score(sheet, {"status:x": "in"})
    with pytest.raises(TypeError):
        score_question(relation, (Mark(0, 1, "claim"),))
    with pytest.raises(TypeError):
        score_question(PASSAGE, "rebut")


spans = st.tuples(st.integers(0, 60), st.integers(0, 60)).map(sorted)


@given(spans, spans)
def test_jaccard_is_symmetric_and_bounded(a: list[int], b: list[int]) -> None:
    left, right = Mark(a[0], a[1], "claim"), Mark(b[0], b[1], "claim")
    value = jaccard(left, right)
    assert value == jaccard(right, left) and 0.0 <= value <= 1.0
    if a == b and a[1] > a[0]:
        assert value == 1.0


@given(st.lists(st.tuples(spans, st.sampled_from(["claim", "reason", "objection"])), max_size=8))
def test_markup_score_is_f1_in_range(raw: list[tuple[list[int], str]]) -> None:
    marks = [Mark(a, b, label) for (a, b), label in raw]  # type: ignore[arg-type]
    value = score_markup(PASSAGE, marks)
    assert 0.0 <= value <= 1.0
    found = len(matches(PASSAGE, marks))
    assert found <= min(len(marks), len(PASSAGE.targets))
    assert value == pytest.approx(2 * found / (len(marks) + 3))
