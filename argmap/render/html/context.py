"""What a report's template and script are given: the template's variables and the page's data.

:class:`PageContext` gathers every relation of every statement in one pass over
the map, then writes the variables the template prints (:meth:`PageContext.variables`)
and the JSON the script reads (:meth:`PageContext.data`, declared in
:mod:`argmap.render.html.data`).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, cast

from markupsafe import Markup

from argmap.evaluation import Reading, Status, StatusTable
from argmap.explain.schemes_text import scheme_data
from argmap.i18n import LANGUAGES, VERDICTS
from argmap.model import (
    ArgumentMap,
    Attack,
    Source,
    Stance,
    Statement,
    Support,
    localised,
    stance_label,
    voiced_by,
)
from argmap.render.dot import PARTICIPANT_COLOURS, NodeNames
from argmap.render.html.analyses import GRADUAL_SEMANTICS, WHAT_IF_MAP_LIMIT
from argmap.render.html.data import (
    STATUS_CODES,
    AttackedBy,
    ExplanationData,
    GradualData,
    InferenceData,
    PageData,
    SchemeData,
    StanceData,
    StatementData,
    WhatIfData,
    status_codes,
)
from argmap.render.html.maps import SHARED_MAP, map_prefixes
from argmap.render.html.source import safe_url, source_blocks, text_order
from argmap.render.html.templates import localised_texts, paraphrases
from argmap.render.status import (
    MULTIPLE_STATUSES,
    UNIQUE_STATUSES,
    reading_description,
    reading_name,
    semantics_name,
    status_description,
    status_glyph,
    status_name,
)

EXTENSIONS_SHOWN = 10
"""Extensions listed per semantics in the report."""

EDGE_LEGEND: Sequence[tuple[str, str]] = (
    ("support", "edge_support"),
    ("rebut", "edge_rebut"),
    ("undermine", "edge_undermine"),
    ("undercut", "edge_undercut"),
    ("answers", "edge_answers"),
)
"""The kinds of arrows the legend explains, each with its message key."""

PLAIN_VERDICTS: Mapping[Status, str] = {
    Status.IN: "accepted",
    Status.OUT: "rejected",
    Status.UNDEC: "undecided",
}
"""The plain word (a key of :data:`argmap.i18n.VERDICTS`) the classroom's simple mode
gives each status of a single-extension semantics."""


@dataclass(frozen=True)
class Computed:
    """Explanations and what-if lists per semantics, and gradual strengths, for the page."""

    explanations: Mapping[str, Mapping[str, ExplanationData]]
    what_if: Mapping[str, Mapping[str, WhatIfData]]
    gradual: GradualData | None


class PageContext:
    """Everything the template and the page's script need, from the map and its statuses."""

    def __init__(
        self,
        m: ArgumentMap,
        tables: Mapping[Reading, StatusTable],
        reading: Reading,
        language: str,
        explanations: Mapping[str, str],
        messages: Mapping[str, Mapping[str, str]],
        maps: Mapping[str, str],
        map_languages: Sequence[str],
        computed: Computed,
        classroom: bool = False,
    ) -> None:
        self.m = m
        self.classroom = classroom
        self.computed = computed
        gradual = computed.gradual
        self.strengths: dict[str, list[float]] = {}
        if gradual is not None:
            for position, argument in enumerate(gradual["arguments"]):
                self.strengths[argument] = [
                    gradual["strengths"][name][position] for name in GRADUAL_SEMANTICS
                ]
        self.map_languages = map_languages
        self.tables = tables
        self.reading = reading
        table = self.table = tables[reading]
        self.language = language
        self.explanations = explanations
        self.messages = messages
        self.maps = maps
        self.arguments = set(table.arguments)
        self.disagree = set(table.disagreements())
        # every relation of every statement, gathered in one pass over the map
        self.supported_by: dict[str, list[Support]] = defaultdict(list)
        self.premise_of: dict[str, list[Support]] = defaultdict(list)
        self.attacked_by: dict[str, list[Attack]] = defaultdict(list)
        self.attacks_from: dict[str, list[Attack]] = defaultdict(list)
        self.positions: dict[str, list[str]] = defaultdict(list)
        self.spoken: Counter[str] = Counter()
        for support in m.supports:
            self.supported_by[support.conclusion].append(support)
            for premise in support.premises:
                self.premise_of[premise].append(support)
        for attack in m.attacks:
            self.attacked_by[attack.target].append(attack)
            self.attacks_from[attack.source].append(attack)
        for st in m.statements:
            if st.answers is not None:
                self.positions[st.answers].append(st.id)
            if st.provenance is not None:
                self.spoken[st.provenance.speaker] += 1

    # -- the template's variables ----------------------------------------------------------

    def variables(self) -> dict[str, Any]:
        """The variables ``report.html.j2`` prints (``data`` is the page's JSON)."""
        m = self.m
        first = self.table.results[0]
        return {
            "lang": self.language,
            "m": m,
            "t": self.messages[self.language],
            "issues": m.issues,
            "sources": [self._source(s) for s in m.sources],
            "participants": [
                {
                    "id": p.id,
                    "name": p.name,
                    "role": localised_texts(p.role) if p.role else None,
                    "css": f"pc-{position % len(PARTICIPANT_COLOURS)}",
                    "count": self.spoken[p.id],
                }
                for position, p in enumerate(m.participants)
            ],
            "issue_texts": {issue.id: paraphrases(issue.text) for issue in m.issues},
            "title_texts": localised_texts(m.title),
            "description_texts": localised_texts(m.description) if m.description else None,
            "classroom": self.classroom,
            "one_language_map": not self.map_languages
            and len({lang for st in m.statements for lang in st.text} & set(LANGUAGES)) > 1,
            "maps": [
                {"key": key, "svg": Markup(svg), "hidden": key not in (SHARED_MAP, self.language)}
                for key, svg in self.maps.items()
            ],
            "semantics": [
                {
                    "id": r.semantics.value,
                    "name": semantics_name(r.semantics, self.language),
                    "unique": r.unique,
                    "selected": r is first,
                }
                for r in self.table.results
            ],
            "readings": [
                {
                    "id": r.value,
                    "name": reading_name(r, self.language),
                    "description": reading_description(r, self.language),
                    "selected": r is self.reading,
                }
                for r in self.tables
            ],
            "reading": {
                "id": self.reading.value,
                "name": reading_name(self.reading, self.language),
            },
            "rows": self._rows(),
            "extensions": self._extensions(),
            "unique_statuses": [self._status_info(s) for s in UNIQUE_STATUSES],
            "multiple_statuses": [self._status_info(s) for s in MULTIPLE_STATUSES],
            "first_unique": first.unique,
            "gradual": list(GRADUAL_SEMANTICS) if self.computed.gradual is not None else [],
            "edge_legend": EDGE_LEGEND,
            "data": self.data(),
        }

    def _status_info(self, status: Status) -> dict[str, str]:
        return {
            "id": status.value,
            "glyph": status_glyph(status),
            "name": status_name(status, self.language),
            "description": status_description(status, self.language),
        }

    def _source(self, source: Source) -> dict[str, Any]:
        return {
            "id": source.id,
            "title": localised(source.title, self.language),
            "titles": localised_texts(source.title),
            "section_titles": {sec.id: localised_texts(sec.title) for sec in source.sections},
            "author": source.author,
            "publisher": source.publisher,
            "date": source.date,
            "url": source.url,
            "link": safe_url(source.url),
            "blocks": source_blocks(source, self.m.statements, self.language)
            if source.text
            else (),
        }

    def _rows(self) -> list[dict[str, Any]]:
        rows = [self._row(st.id, "statement", st.text) for st in self.m.statements]
        for support in self.m.supports:
            text = {"en": f"{' + '.join(support.premises)} → {support.conclusion}"}
            rows.append(self._row(support.id, "inference", text))
        return rows

    def _row(self, element: str, kind: str, text: Mapping[str, str]) -> dict[str, Any]:
        cells = []
        if element in self.arguments:
            for result in self.table.results:
                status = result.statuses[element]
                cells.append((status.value, status_glyph(status)))
        return {
            "id": element,
            "kind": kind,
            "texts": paraphrases(text),
            "cells": cells,
            "strengths": [f"{value:.2f}" for value in self.strengths.get(element, ())],
            "disagree": element in self.disagree,
        }

    def _extensions(self) -> list[dict[str, Any]]:
        return [
            {
                "semantics": r.semantics.value,
                "reading": reading.value,
                "hidden": reading is not self.reading,
                "name": semantics_name(r.semantics, self.language),
                "count": len(r.extensions),
                "complete": r.complete,
                "listed": [", ".join(e) for e in r.extensions[:EXTENSIONS_SHOWN]],
                "more": len(r.extensions) > EXTENSIONS_SHOWN or not r.complete,
            }
            for reading, table in self.tables.items()
            for r in table.results
        ]

    # -- the page's data -------------------------------------------------------------------

    def data(self) -> PageData:
        """The JSON the page's script reads (:class:`~argmap.render.html.data.PageData`)."""
        m = self.m
        arguments = self.table.arguments
        return {
            "lang": self.language,
            "mapPrefix": map_prefixes(self.map_languages),
            "names": {
                "statement": NodeNames().statement(""),
                "inference": NodeNames().inference(""),
            },
            "messages": {lang: dict(words) for lang, words in self.messages.items()},
            "statuses": {
                s.value: {
                    "code": STATUS_CODES[s],
                    "glyph": status_glyph(s),
                    "name": {lang: status_name(s, lang) for lang in LANGUAGES},
                    "description": {lang: status_description(s, lang) for lang in LANGUAGES},
                }
                for s in Status
            },
            "arguments": list(arguments),
            "semantics": [
                {
                    "id": r.semantics.value,
                    "name": {lang: semantics_name(r.semantics, lang) for lang in LANGUAGES},
                    "unique": r.unique,
                    "codes": status_codes(r, arguments),
                }
                for r in self.table.results
            ],
            "reading": self.reading.value,
            "readings": [
                {
                    "id": reading.value,
                    "name": {lang: reading_name(reading, lang) for lang in LANGUAGES},
                    "codes": {r.semantics.value: status_codes(r, arguments) for r in table.results},
                    "disagree": list(table.disagreements()),
                }
                for reading, table in self.tables.items()
            ],
            "statements": {st.id: self._statement(st) for st in m.statements},
            "inferences": {s.id: self._inference(s) for s in m.supports},
            "speakers": {p.id: p.name for p in m.participants},
            "sources": {s.id: localised(s.title, self.language) for s in m.sources},
            "explanations": {s: dict(e) for s, e in self.computed.explanations.items()},
            "explainedReading": self.reading.value,
            "whatIf": {s: dict(w) for s, w in self.computed.what_if.items()},
            "whatIfLarge": len(m.statements) > WHAT_IF_MAP_LIMIT,
            "gradual": self.computed.gradual,
            "textOrder": [list(step) for step in text_order(m)],
            "title": {lang: localised(m.title, lang) for lang in LANGUAGES},
            "classroom": self.classroom,
            "plainWords": {
                status.value: {lang: VERDICTS[verdict].text(lang) for lang in LANGUAGES}
                for status, verdict in PLAIN_VERDICTS.items()
            },
        }

    def _attackers(self, target: str) -> list[AttackedBy]:
        return [
            {"attack": a.id, "kind": a.kind.value, "source": a.source}
            for a in self.attacked_by.get(target, ())
        ]

    def _inference(self, support: Support) -> InferenceData:
        data: InferenceData = {"premises": list(support.premises), "conclusion": support.conclusion}
        scheme = scheme_data(self.m, support.id)
        if scheme is not None:
            data["scheme"] = cast(SchemeData, scheme)
        attackers = self._attackers(support.id)
        if attackers:
            data["attackedBy"] = attackers
        explanation = self.explanations.get(support.id)
        if explanation is not None:
            data["explanation"] = explanation
        return data

    def _stance(self, st: Statement) -> StanceData | None:
        """How the speaker voices a statement they do not hold: its stance's name and
        who voices it, by language (``None`` for an asserted statement)."""
        if st.stance is Stance.ASSERTED or st.provenance is None:
            return None
        speaker = self.m.get(st.provenance.speaker)
        name = getattr(speaker, "name", st.provenance.speaker)
        return {
            "name": {lang: stance_label(st.stance, lang) for lang in LANGUAGES},
            "voicedBy": {lang: voiced_by(st.stance, name, lang) for lang in LANGUAGES},
        }

    def _statement(self, st: Statement) -> StatementData:
        data: StatementData = {
            "kind": "implicit" if st.implicit else st.kind.value,
            "text": dict(st.text),
        }
        provenance = st.provenance
        stance = self._stance(st)
        if provenance is not None:
            data["speaker"] = provenance.speaker
            if provenance.quote is not None:
                data["quote"] = provenance.quote
            if provenance.source is not None:
                data["source"] = provenance.source
        if stance is not None:
            data["stance"] = stance
        if st.answers is not None:
            data["answers"] = st.answers
        positions = self.positions.get(st.id)
        if positions:
            data["positions"] = list(positions)
        supported_by = self.supported_by.get(st.id)
        if supported_by:
            data["supportedBy"] = [
                {"inference": s.id, "premises": list(s.premises)} for s in supported_by
            ]
        attacked_by = self._attackers(st.id)
        if attacked_by:
            data["attackedBy"] = attacked_by
        premise_of = self.premise_of.get(st.id)
        if premise_of:
            data["supports"] = [{"inference": s.id, "conclusion": s.conclusion} for s in premise_of]
        attacks = self.attacks_from.get(st.id)
        if attacks:
            data["attacks"] = [
                {"attack": a.id, "kind": a.kind.value, "target": a.target} for a in attacks
            ]
        if st.note is not None:
            data["note"] = st.note
        if st.id in self.arguments:
            data["argument"] = True
        explanation = self.explanations.get(st.id)
        if explanation is not None:
            data["explanation"] = explanation
        return data
