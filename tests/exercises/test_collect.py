"""Exports of students' answers read back, with errors naming the file and the field; the CSV."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import pytest

from argmap.exercises import (
    EXPORT_FORMAT,
    Export,
    ExportError,
    class_csv,
    exercise_sheet,
    read_export,
)
from tests.render.conftest import sample_map

SHEET = exercise_sheet(sample_map())


def export(**changes: Any) -> str:
    data: dict[str, Any] = {
        "format": EXPORT_FORMAT,
        "version": 1,
        "sheet": SHEET.fingerprint,
        "title": SHEET.title,
        "student": "Ada",
        "answers": {
            "relation:a-else": "undercut",
            "status:ban": "in",
            "markup:news:article": [{"start": 61, "end": 104, "label": "claim"}],
        },
    }
    data.update(changes)
    return json.dumps(data)


def test_reads_an_export() -> None:
    read = read_export(export(), "ada.json", SHEET)
    assert read.student == "Ada" and read.sheet == SHEET.fingerprint
    assert read.answers["relation:a-else"] == "undercut"
    (mark,) = read.answers["markup:news:article"]  # type: ignore[misc]
    assert (mark.start, mark.end, mark.label) == (61, 104, "claim")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"format": ', "ada.json:1:12: not JSON"),
        ("[1]", "ada.json: not an exercise export"),
        (export(format="other"), "ada.json: format: expected 'argmap-exercises'"),
        (export(version=2), "ada.json: version: expected 1, found 2"),
        (export(student=3), "ada.json: student: expected the student's name"),
        (export(sheet="0000"), "ada.json: sheet: these answers are to sheet '0000'"),
        (export(answers=[]), "ada.json: answers: expected an object"),
        (
            export(answers={"status:nope": "in"}),
            'ada.json: answers["status:nope"]: this sheet has no',
        ),
        (
            export(answers={"status:ban": "maybe"}),
            "'maybe' is not an option; expected one of: in, out, undec",
        ),
        (
            export(answers={"status:ban": ["in"]}),
            'answers["status:ban"]: this value is not an option',
        ),
        (export(answers={"markup:news:article": "claim"}), "expected a list of marks"),
        (
            export(answers={"markup:news:article": [3]}),
            'answers["markup:news:article"][0]: expected a mark',
        ),
        (
            export(answers={"markup:news:article": [{"start": "0", "end": 4, "label": "claim"}]}),
            'answers["markup:news:article"][0].start: expected a whole number',
        ),
        (
            export(answers={"markup:news:article": [{"start": 5, "end": 4, "label": "claim"}]}),
            "range [5, 4) is not a range of the passage",
        ),
        (
            export(answers={"markup:news:article": [{"start": 0, "end": 10**6, "label": "claim"}]}),
            "is not a range of the passage",
        ),
        (
            export(answers={"markup:news:article": [{"start": 0, "end": 4, "label": "thesis"}]}),
            "[0].label: expected one of: claim, reason, objection",
        ),
        (
            export(
                answers={"markup:news:article": [{"start": 0, "end": 4, "label": "claim"}] * 501}
            ),
            "501 marks; at most 500",
        ),
    ],
)
def test_malformed_exports_name_the_file_and_field(text: str, message: str) -> None:
    with pytest.raises(ExportError) as raised:
        read_export(text, "ada.json", SHEET)
    assert message in str(raised.value)
    assert str(raised.value).startswith("ada.json")


def test_class_csv_scores_again_and_escapes_formulas() -> None:
    ada = read_export(export(), "ada.json", SHEET)
    eve = Export("=HYPERLINK(1)", SHEET.fingerprint, {"relation:a-else": "rebut"})
    text = class_csv(SHEET, [("ada.json", ada), ("eve.json", eve)])
    rows = list(csv.reader(io.StringIO(text)))
    header = rows[0]
    assert header[:5] == ["student", "file", "score", "maximum", "percent"]
    assert header[5:] == [q.id for q in SHEET.questions]
    ada_row = dict(zip(header, rows[1], strict=True))
    # ban is in under the structured reading: the only argument for keeping cars is
    # undermined (on-foot) and undercut (elsewhere), so its rebuttal of ban fails
    assert ada_row["relation:a-else"] == "1.00" and ada_row["status:ban"] == "1.00"
    # "Cars should be banned from the city centre.": 1 of the article's 4 quotes, 1 mark
    assert ada_row["markup:news:article"] == "0.40"
    assert ada_row["score"] == "2.40"
    assert ada_row["maximum"] == str(len(SHEET.questions))
    assert rows[2][0] == "'=HYPERLINK(1)" and rows[2][2] == "0.00"
    assert class_csv(SHEET, [("ada.json", ada)]) == class_csv(SHEET, [("ada.json", ada)])
