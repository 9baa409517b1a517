"""How answers are scored: one point per question, partial credit for markup.

* A choice question scores 1 when the option picked is in its key, else 0.
* A markup question compares the student's marks with the key's (the quotes of
  the passage): a mark **finds** a target when both have the same label and
  their ranges overlap with a Jaccard index (shared characters over characters
  in either) of at least :data:`JACCARD_THRESHOLD`, whitespace at either end of
  a range not counted. Marks and targets are paired one to one, best overlaps
  first (ties: earlier target, then earlier mark). The score is the F1 measure
  ``2 × found / (targets + marks)``: finding every quote scores 1, and marking
  more than the quotes costs as much as missing them.

The page scores the same way in its script (``templates/exercises.js``); the
browser tests check that both agree.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType

from argmap.exercises.questions import (
    Answer,
    ExerciseSheet,
    Mark,
    MarkupQuestion,
    Question,
)

JACCARD_THRESHOLD = 0.5
"""The least overlap (Jaccard index of the two ranges) for a mark to find a quote."""


def trimmed(text: str, mark: Mark) -> Mark:
    """``mark`` without the whitespace at either end of its range of ``text``.

    >>> trimmed("  ab  ", Mark(0, 6, "claim"))
    Mark(start=2, end=4, label='claim')
    """
    start, end = max(0, mark.start), min(len(text), mark.end)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Mark(start, end, mark.label)


def jaccard(a: Mark, b: Mark) -> float:
    """Characters in both ranges over characters in either (0 when both are empty).

    >>> jaccard(Mark(0, 10, "claim"), Mark(5, 15, "claim"))
    0.3333333333333333
    """
    shared = max(0, min(a.end, b.end) - max(a.start, b.start))
    either = (a.end - a.start) + (b.end - b.start) - shared
    return shared / either if either > 0 else 0.0


def matches(question: MarkupQuestion, marks: Sequence[Mark]) -> tuple[tuple[int, int], ...]:
    """The (target, mark) index pairs that find each other (see the module docstring)."""
    text = question.text
    targets = [trimmed(text, t.mark) for t in question.targets]
    given = [trimmed(text, mark) for mark in marks]
    pairs = []
    for i, target in enumerate(targets):
        for j, mark in enumerate(given):
            if mark.label != target.label:
                continue
            overlap = jaccard(target, mark)
            if overlap >= JACCARD_THRESHOLD:
                pairs.append((-overlap, i, j))
    pairs.sort()
    used_targets: set[int] = set()
    used_marks: set[int] = set()
    found = []
    for _, i, j in pairs:
        if i in used_targets or j in used_marks:
            continue
        used_targets.add(i)
        used_marks.add(j)
        found.append((i, j))
    return tuple(sorted(found))


def score_markup(question: MarkupQuestion, marks: Sequence[Mark]) -> float:
    """The F1 score of ``marks`` against the question's targets.

    >>> from argmap.exercises.questions import Target
    >>> q = MarkupQuestion("m", "s", (0, 9), "Tea. Yes.", (Target("t", Mark(0, 4, "claim")),))
    >>> score_markup(q, [Mark(0, 3, "claim")]), score_markup(q, [Mark(0, 4, "reason")])
    (1.0, 0.0)
    >>> score_markup(q, [Mark(0, 4, "claim"), Mark(5, 9, "claim")])
    0.6666666666666666
    """
    total = len(question.targets) + len(marks)
    return 2 * len(matches(question, marks)) / total if total else 1.0


def score_question(question: Question, answer: Answer | None) -> float:
    """The score of one answer (``None``: not answered, 0) in ``[0, 1]``."""
    if answer is None:
        return 0.0
    if isinstance(question, MarkupQuestion):
        if isinstance(answer, str):
            raise TypeError(f"{question.id} is answered by marks, not by an option")
        return score_markup(question, answer)
    if not isinstance(answer, str):
        raise TypeError(f"{question.id} is answered by an option, not by marks")
    return 1.0 if answer in question.key else 0.0


@dataclass(frozen=True)
class SheetScore:
    """The score of each question of a sheet (by id, in the sheet's order) and the total."""

    scores: Mapping[str, float]

    @property
    def total(self) -> float:
        return sum(self.scores.values())

    @property
    def maximum(self) -> int:
        """One point per question."""
        return len(self.scores)


def score(sheet: ExerciseSheet, answers: Mapping[str, Answer]) -> SheetScore:
    """Score every question of ``sheet`` (one left unanswered scores 0).

    Raises
    ------
    KeyError
        For an answer to a question the sheet does not have.

    Examples
    --------
    >>> from argmap.exercises.questions import ChoiceQuestion
    >>> q = ChoiceQuestion("relation:x", "relation", ("x",), ("support", "rebut"),
    ...                    frozenset({"rebut"}))
    >>> sheet = ExerciseSheet("t", ("relations",), (q,), "0", "grounded")
    >>> score(sheet, {"relation:x": "rebut"}).total, score(sheet, {}).total
    (1.0, 0.0)
    """
    for qid in answers:
        sheet.question(qid)
    return SheetScore(
        MappingProxyType({q.id: score_question(q, answers.get(q.id)) for q in sheet.questions})
    )


__all__ = [
    "JACCARD_THRESHOLD",
    "SheetScore",
    "jaccard",
    "matches",
    "score",
    "score_markup",
    "score_question",
    "trimmed",
]
