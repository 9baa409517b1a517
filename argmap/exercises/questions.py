"""The questions an exercise sheet asks, their answers and their keys: ids only, no words.

A question names what it is about by the map's ids (statements, supports,
attacks, schemes, critical questions); the page that shows it words it
(:mod:`argmap.render.exercises`). Two shapes:

* :class:`MarkupQuestion` — a passage of the source text in which the student
  selects the ranges that are claims, reasons and objections (:data:`ROLES`);
  the key is the quote of each statement the map takes from the passage;
* :class:`ChoiceQuestion` — one option to pick among several, by id; the key
  is the set of options accepted (one option for every kind but
  ``critical_question``, where any question the map leaves open is accepted).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal, TypeAlias

Role = Literal["claim", "reason", "objection"]
ROLES: tuple[Role, ...] = ("claim", "reason", "objection")
"""How a quoted statement is labelled in a markup exercise.

``claim``: a position on an issue, or a statement that is neither a premise nor
an attacker; ``objection``: a statement that attacks another; ``reason``: the
premise of a support. A statement both a position and an attacker is a claim;
both an attacker and a premise, an objection (it is put forward against
something first).
"""

KINDS = ("markup", "relations", "implicit", "status", "schemes")
"""The kinds of exercise, in the order a sheet lists them."""

ChoiceKind = Literal["relation", "implicit", "status", "scheme", "critical_question"]
"""What the options of a :class:`ChoiceQuestion` are: relation kinds, statements,
statuses, schemes or critical questions."""

RELATION_KINDS = ("support", "rebut", "undermine", "undercut")
"""The options of a relation question, in this order."""

STATUSES = ("in", "out", "undec")
"""The options of a status question: accepted, rejected, undecided (grounded labels)."""


@dataclass(frozen=True, order=True)
class Mark:
    """A labelled range ``[start, end)`` of a passage, in code points from its start."""

    start: int
    end: int
    label: Role


@dataclass(frozen=True)
class Target:
    """A statement whose quote lies in a passage: the mark the key expects for it."""

    statement: str
    mark: Mark


@dataclass(frozen=True)
class MarkupQuestion:
    """Find the claims, reasons and objections in a passage of a source.

    ``span`` is where the passage lies in the source; the marks of the targets
    are relative to the passage's start.
    """

    id: str
    source: str
    span: tuple[int, int]
    text: str
    targets: tuple[Target, ...]

    @property
    def kind(self) -> Literal["markup"]:
        return "markup"

    @property
    def key(self) -> tuple[Mark, ...]:
        """The marks of every target, in the passage's order."""
        return tuple(sorted(t.mark for t in self.targets))


@dataclass(frozen=True)
class ChoiceQuestion:
    """Pick one option. ``subject`` holds the ids the question is about:

    * ``relation`` — the support or attack to classify;
    * ``implicit`` — the support, then the implicit premise it needs (the key);
    * ``status`` — the statement whose status to predict;
    * ``scheme`` and ``critical_question`` — the support whose scheme to name,
      or to question.
    """

    id: str
    kind: ChoiceKind
    subject: tuple[str, ...]
    options: tuple[str, ...]
    key: frozenset[str]


Question: TypeAlias = MarkupQuestion | ChoiceQuestion
Answer: TypeAlias = str | tuple[Mark, ...]
"""A student's answer: an option id, or the marks made in a passage."""


@dataclass(frozen=True)
class ExerciseSheet:
    """The questions a map gives, in the order of :data:`KINDS`.

    ``fingerprint`` identifies the sheet (its questions and keys): an export of
    answers records it, so that answers are scored against the sheet they
    answered. ``reading`` names how the statuses of the key were computed.
    """

    title: str
    kinds: tuple[str, ...]
    questions: tuple[Question, ...]
    fingerprint: str
    reading: str

    def question(self, qid: str) -> Question:
        """The question ``qid`` (``KeyError`` naming it otherwise)."""
        for q in self.questions:
            if q.id == qid:
                return q
        raise KeyError(f"this sheet has no question {qid!r}")

    def of_kind(self, kind: str) -> tuple[Question, ...]:
        """The questions of one exercise kind of :data:`KINDS`."""
        return tuple(q for q in self.questions if kind_of(q) == kind)


def kind_of(question: Question) -> str:
    """The exercise kind (one of :data:`KINDS`) a question belongs to.

    >>> kind_of(ChoiceQuestion("x", "critical_question", ("s",), ("a", "b"), frozenset("a")))
    'schemes'
    """
    if isinstance(question, MarkupQuestion):
        return "markup"
    kinds: Mapping[ChoiceKind, str] = {
        "relation": "relations",
        "implicit": "implicit",
        "status": "status",
        "scheme": "schemes",
        "critical_question": "schemes",
    }
    return kinds[question.kind]
