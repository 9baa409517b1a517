"""Students' answers exported from the page, read back and merged into a class CSV.

The page exports a student's answers as JSON (:data:`EXPORT_FORMAT`)::

    {"format": "argmap-exercises", "version": 1, "sheet": "<fingerprint>",
     "title": "...", "student": "Ada",
     "answers": {"relation:x": "rebut",
                 "markup:news:2": [{"start": 0, "end": 41, "label": "claim"}]}}

:func:`read_export` checks an export against the sheet it answers and says, for
anything wrong, the file and the field (and the line and column of a JSON
syntax error). :func:`class_csv` scores every export again (the scores the page
showed are not trusted) and writes one row per student.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from argmap.exercises.questions import (
    ROLES,
    Answer,
    ChoiceQuestion,
    ExerciseSheet,
    Mark,
    MarkupQuestion,
)
from argmap.exercises.scoring import score

EXPORT_FORMAT = "argmap-exercises"
EXPORT_VERSION = 1
MAX_MARKS = 500
"""Marks read per markup answer: more is not a student's work."""


class ExportError(ValueError):
    """An export that cannot be read: the message names the file and the field."""


@dataclass(frozen=True)
class Export:
    """One student's answers."""

    student: str
    sheet: str
    answers: Mapping[str, Answer]


def read_export(text: str, name: str, sheet: ExerciseSheet) -> Export:
    """The answers in the export ``text`` (read from the file ``name``) to ``sheet``.

    Raises
    ------
    ExportError
        When the text is not JSON, not an export, answers another sheet, or holds
        an answer the sheet cannot take.

    Examples
    --------
    >>> q = ChoiceQuestion("relation:x", "relation", ("x",), ("support", "rebut"),
    ...                    frozenset({"rebut"}))
    >>> sheet = ExerciseSheet("t", ("relations",), (q,), "f00d", "grounded")
    >>> read_export('{"format": "argmap-exercises", "version": 1, "sheet": "f00d", '
    ...     '"student": "Ada", "answers": {"relation:x": "rebut"}}', "ada.json", sheet).answers
    {'relation:x': 'rebut'}
    >>> read_export('{"format": "argmap-exercises", "version": 1, "sheet": "f00d", '
    ...     '"student": "Ada", "answers": {"relation:x": "kick"}}', "ada.json", sheet)
    ... # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    argmap.exercises.collect.ExportError: ada.json: answers["relation:x"]: 'kick' is not an ...
    """
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ExportError(
            f"{name}:{exc.lineno}:{exc.colno}: not JSON ({exc.msg}); "
            "export the answers again from the exercise page"
        ) from None
    if not isinstance(data, dict):
        raise ExportError(f"{name}: not an exercise export (expected a JSON object)")
    if data.get("format") != EXPORT_FORMAT:
        raise ExportError(
            f"{name}: format: expected {EXPORT_FORMAT!r}, found {data.get('format')!r}; "
            "is this an answers file exported from an argmap exercise page?"
        )
    if data.get("version") != EXPORT_VERSION:
        raise ExportError(
            f"{name}: version: expected {EXPORT_VERSION}, found {data.get('version')!r}"
        )
    student = data.get("student")
    if not isinstance(student, str):
        raise ExportError(f"{name}: student: expected the student's name as a string")
    if data.get("sheet") != sheet.fingerprint:
        raise ExportError(
            f"{name}: sheet: these answers are to sheet {data.get('sheet')!r}, not to "
            f"{sheet.fingerprint!r}; collect them with the map and --kinds the page was made from"
        )
    raw = data.get("answers")
    if not isinstance(raw, dict):
        raise ExportError(f"{name}: answers: expected an object of answers by question id")
    answers: dict[str, Answer] = {}
    for qid, value in raw.items():
        where = f"{name}: answers[{json.dumps(qid, ensure_ascii=False)}]"
        try:
            question = sheet.question(qid)
        except KeyError:
            raise ExportError(f"{where}: this sheet has no such question") from None
        if isinstance(question, MarkupQuestion):
            answers[qid] = _marks(value, question, where)
        else:
            answers[qid] = _option(value, question, where)
    return Export(student.strip(), sheet.fingerprint, answers)


def _option(value: Any, question: ChoiceQuestion, where: str) -> str:
    if not isinstance(value, str) or value not in question.options:
        shown = repr(value) if isinstance(value, str | int | float | bool) else "this value"
        raise ExportError(
            f"{where}: {shown} is not an option; expected one of: {', '.join(question.options)}"
        )
    return value


def _marks(value: Any, question: MarkupQuestion, where: str) -> tuple[Mark, ...]:
    if not isinstance(value, list):
        raise ExportError(f"{where}: expected a list of marks {{start, end, label}}")
    if len(value) > MAX_MARKS:
        raise ExportError(f"{where}: {len(value)} marks; at most {MAX_MARKS} are read")
    marks = []
    length = len(question.text)
    for position, item in enumerate(value):
        here = f"{where}[{position}]"
        if not isinstance(item, dict):
            raise ExportError(f"{here}: expected a mark {{start, end, label}}")
        start, end, label = item.get("start"), item.get("end"), item.get("label")
        for field, number in (("start", start), ("end", end)):
            if not isinstance(number, int) or isinstance(number, bool):
                raise ExportError(f"{here}.{field}: expected a whole number")
        assert isinstance(start, int) and isinstance(end, int)
        if not 0 <= start < end <= length:
            raise ExportError(
                f"{here}: range [{start}, {end}) is not a range of the passage "
                f"(0 to {length}, start before end)"
            )
        if label not in ROLES:
            raise ExportError(f"{here}.label: expected one of: {', '.join(ROLES)}")
        marks.append(Mark(start, end, label))
    return tuple(marks)


def _cell(text: str) -> str:
    """A text cell a spreadsheet will not read as a formula."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def class_csv(sheet: ExerciseSheet, exports: Sequence[tuple[str, Export]]) -> str:
    """One CSV row per export (file name, export), scored again against ``sheet``.

    Columns: ``student``, ``file``, ``score``, ``maximum``, ``percent``, then
    one per question (its id), each score with two decimals.

    >>> q = ChoiceQuestion("relation:x", "relation", ("x",), ("support", "rebut"),
    ...                    frozenset({"rebut"}))
    >>> sheet = ExerciseSheet("t", ("relations",), (q,), "f00d", "grounded")
    >>> print(class_csv(sheet, [("ada.json", Export("Ada", "f00d", {"relation:x": "rebut"}))]))
    student,file,score,maximum,percent,relation:x
    Ada,ada.json,1.00,1,100.0,1.00
    <BLANKLINE>
    """
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(
        ["student", "file", "score", "maximum", "percent", *(q.id for q in sheet.questions)]
    )
    for name, export in exports:
        result = score(sheet, export.answers)
        percent = 100 * result.total / result.maximum if result.maximum else 0.0
        writer.writerow(
            [
                _cell(export.student),
                _cell(name),
                f"{result.total:.2f}",
                result.maximum,
                f"{percent:.1f}",
                *(f"{value:.2f}" for value in result.scores.values()),
            ]
        )
    return out.getvalue()
