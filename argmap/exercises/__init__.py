"""Exercises from any map: which questions it gives, their keys, and how answers score.

A teacher turns a map into an exercise sheet (:func:`exercise_sheet`): find the
claims, reasons and objections in the source text; classify each relation;
pick the implicit premise an argument needs; predict each claim's status
before the evaluation is revealed; name an argument's scheme and pick a
critical question that would hurt it. The sheet holds ids and keys only;
:mod:`argmap.render.exercises` words it as a page. Answers score one point a
question (:func:`score`; partial credit for markup, see
:mod:`argmap.exercises.scoring`), and the answers students export from the page
merge into a class CSV (:func:`class_csv`).

Examples
--------
>>> from argmap.model import ArgumentMap
>>> m = ArgumentMap(title="Tea?", statements=[
...     {"id": "tea", "text": {"en": "Tea."}}, {"id": "calm", "text": {"en": "Calms."}}],
...     supports=[{"id": "s", "premises": ["calm"], "conclusion": "tea"}])
>>> sheet = exercise_sheet(m, ["relations", "status"])
>>> [q.id for q in sheet.questions]
['relation:s', 'status:tea', 'status:calm']
>>> score(sheet, {"relation:s": "support", "status:tea": "out"}).total
1.0
"""

from argmap.exercises.collect import (
    EXPORT_FORMAT,
    EXPORT_VERSION,
    Export,
    ExportError,
    class_csv,
    read_export,
)
from argmap.exercises.generate import READING, argument_scheme, exercise_sheet, roles
from argmap.exercises.questions import (
    KINDS,
    RELATION_KINDS,
    ROLES,
    STATUSES,
    Answer,
    ChoiceQuestion,
    ExerciseSheet,
    Mark,
    MarkupQuestion,
    Question,
    Target,
    kind_of,
)
from argmap.exercises.scoring import JACCARD_THRESHOLD, SheetScore, jaccard, score

__all__ = [
    "EXPORT_FORMAT",
    "EXPORT_VERSION",
    "JACCARD_THRESHOLD",
    "KINDS",
    "READING",
    "RELATION_KINDS",
    "ROLES",
    "STATUSES",
    "Answer",
    "ChoiceQuestion",
    "ExerciseSheet",
    "Export",
    "ExportError",
    "Mark",
    "MarkupQuestion",
    "Question",
    "SheetScore",
    "Target",
    "argument_scheme",
    "class_csv",
    "exercise_sheet",
    "jaccard",
    "kind_of",
    "read_export",
    "roles",
    "score",
]
