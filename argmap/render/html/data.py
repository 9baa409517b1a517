"""The data contract between a report and its script: every field of the page's JSON.

The report embeds one JSON object (:class:`PageData`, in
``<script type="application/json" id="argmap-data">``) that ``report.js`` reads by
these names; each field is declared here once. Words meant for readers come in
every interface language (:data:`Texts`, ``{"en": ..., "fr": ...}``). Optional
fields (``NotRequired``) are left out when empty: the script reads a missing
list as empty. ``tests/render/html/test_data.py`` checks the JSON of real pages
against these declarations.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import NotRequired, TypedDict

from argmap.evaluation import Evaluation, Status
from argmap.render.html.steps import Step

Texts = dict[str, str]
"""A text in each interface language (``{"en": ..., "fr": ...}``), or a statement's
paraphrases in the languages it has."""

STATUS_CODES: Mapping[Status, str] = {
    Status.IN: "i",
    Status.OUT: "o",
    Status.UNDEC: "u",
    Status.SCEPTICAL: "s",
    Status.CREDULOUS: "c",
    Status.REJECTED: "r",
    Status.NO_EXTENSION: "n",
    Status.UNKNOWN: "k",
}
"""One letter per status: the page's data holds each semantics' statuses as one string."""


def status_codes(result: Evaluation, arguments: Iterable[str]) -> str:
    """The statuses of ``arguments`` in ``result`` as one string of :data:`STATUS_CODES`."""
    return "".join(STATUS_CODES[result.statuses[a]] for a in arguments)


class StatusData(TypedDict):
    """A status: its letter in the codes, its glyph, and its name and meaning."""

    code: str
    glyph: str
    name: Texts
    description: Texts


class SemanticsData(TypedDict):
    """A semantics the page compares, with its statuses under the opening reading."""

    id: str
    name: Texts
    unique: bool
    """Whether it has exactly one extension (statuses in/out/undec, else sceptical...)."""
    codes: str
    """The status of each of :attr:`PageData.arguments`, one letter each."""


class ReadingData(TypedDict):
    """A reading of the map, with the statuses of every semantics under it."""

    id: str
    name: Texts
    codes: dict[str, str]
    """By semantics id, as :attr:`SemanticsData.codes`."""
    disagree: list[str]
    """The arguments on which the semantics do not all agree under this reading."""


class StanceData(TypedDict):
    """How a speaker voices a statement they do not hold (conceded, reported...)."""

    name: Texts
    voicedBy: Texts


class SupportedBy(TypedDict):
    """An inference concluding in a statement: its id and premises."""

    inference: str
    premises: list[str]


class PremiseOf(TypedDict):
    """An inference a statement is a premise of: its id and conclusion."""

    inference: str
    conclusion: str


class AttackedBy(TypedDict):
    """An attack on a statement or an inference: its id, kind and attacker."""

    attack: str
    kind: str
    source: str


class AttackOn(TypedDict):
    """An attack a statement makes: its id, kind and target."""

    attack: str
    kind: str
    target: str


class StatementData(TypedDict):
    """A statement of the map, as its details panel and the classroom views show it."""

    kind: str
    """Its kind (issue, claim...), or ``implicit`` for an implicit premise."""
    text: Texts
    speaker: NotRequired[str]
    stance: NotRequired[StanceData]
    quote: NotRequired[str]
    source: NotRequired[str]
    answers: NotRequired[str]
    """The issue it is a position on."""
    positions: NotRequired[list[str]]
    """The positions on it, when it is an issue."""
    supportedBy: NotRequired[list[SupportedBy]]
    attackedBy: NotRequired[list[AttackedBy]]
    supports: NotRequired[list[PremiseOf]]
    attacks: NotRequired[list[AttackOn]]
    note: NotRequired[str]
    argument: NotRequired[bool]
    """Whether it is an argument of the evaluation (has statuses)."""
    explanation: NotRequired[str]
    """The analyst's own note on why it has its status."""


class SchemeData(TypedDict):
    """An inference's argument scheme and the critical questions left open."""

    name: Texts
    open: list[Texts]


class InferenceData(TypedDict):
    """A support of the map (an inference from premises to a conclusion)."""

    premises: list[str]
    conclusion: str
    scheme: NotRequired[SchemeData]
    attackedBy: NotRequired[list[AttackedBy]]
    explanation: NotRequired[str]


class ExplanationData(TypedDict):
    """Why an argument has its status: the prose and the typed proof's steps."""

    text: Texts
    steps: list[Step]


class FlipData(TypedDict):
    """A single edit of the map that changes an argument's status."""

    ids: list[str]
    """The statements and inference it touches."""
    after: str
    """The status after the edit."""
    text: Texts


class WhatIfData(TypedDict):
    """What would change an argument's status."""

    robustness: float
    considered: int
    """Edits tried."""
    head: Texts
    flips: list[FlipData]
    more: int
    """Flipping edits not listed."""


class Edge(TypedDict):
    """An attack or a support of the weighted graph, by positions in its arguments."""

    source: int
    target: int


class GradualData(TypedDict):
    """The weighted graph of the map and its strengths, which the page recomputes."""

    semantics: list[str]
    arguments: list[str]
    weights: list[float]
    attacks: list[Edge]
    supports: list[Edge]
    strengths: dict[str, list[float]]
    """By semantics, the strength of each argument (in :attr:`arguments`' order)."""
    converged: dict[str, bool]


class NodeNameData(TypedDict):
    """The prefixes of the diagram's node ids, after the diagram's own prefix."""

    statement: str
    inference: str


class PageData(TypedDict):
    """Everything ``report.js`` reads: the JSON embedded in the report."""

    lang: str
    """The language the page opens in."""
    mapPrefix: dict[str, str]
    """By interface language, the id prefix of the diagram shown in it."""
    names: NodeNameData
    messages: dict[str, dict[str, str]]
    """The words of the interface, by language then key."""
    statuses: dict[str, StatusData]
    arguments: list[str]
    semantics: list[SemanticsData]
    reading: str
    """The reading the page opens with."""
    readings: list[ReadingData]
    statements: dict[str, StatementData]
    inferences: dict[str, InferenceData]
    speakers: dict[str, str]
    sources: dict[str, str]
    explanations: dict[str, dict[str, ExplanationData]]
    """By semantics then argument."""
    explainedReading: str
    whatIf: dict[str, dict[str, WhatIfData]]
    """By semantics then argument."""
    whatIfLarge: bool
    """Whether the map was too large for what-if lists."""
    gradual: GradualData | None
    textOrder: list[list[str]]
    """The statements in the order the text says them, passage by passage
    (:func:`~argmap.render.html.source.text_order`)."""
    title: Texts
    """The map's title in each interface language (the page's title follows the language)."""
    classroom: bool
    """Whether the page opens in its classroom view."""
    plainWords: dict[str, Texts]
    """The plain verdicts of the classroom's simple mode, by status (in, out, undec)."""
