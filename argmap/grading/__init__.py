"""Grading a student's map against a model map: what matches, what is missing, a score.

:func:`compare` aligns the two maps' statements (:mod:`argmap.grading.align`:
by quoted spans, then by paraphrase, never by id), then compares

* **statements**: matched, missed (in the model only), extra (the student's own);
* **relations**: each model support and attack is found right, found with the
  wrong kind (a rebut where the model undercuts, a support where it attacks...),
  found the wrong way round, found with its premises grouped differently (linked
  where the model has separate reasons, or the reverse), or missed; the
  student's other relations are extra;
* **implicit premises**: the model's found or missed, the student's invented;
* **speakers and stances** of the matched statements;
* **outcomes**: the status of each matched statement under grounded semantics in
  both maps (a student's map can be right statement by statement and still
  reach another verdict).

The score is a weighted mean of one figure per part (:data:`RUBRIC`; weights
are a parameter): an F1 measure for statements and relations (a relation with
the wrong kind, direction or grouping earns half), the share of the model's
implicit premises found less those invented, and the share of matched
statements whose speaker and stance, and whose outcome, agree.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from argmap.grading.align import Match, align
from argmap.model import ArgumentMap

RUBRIC: Mapping[str, float] = {
    "statements": 0.30,
    "relations": 0.35,
    "implicit": 0.10,
    "speakers": 0.10,
    "outcomes": 0.15,
}
"""Default weights of the parts of the score."""

PARTIAL_CREDIT = 0.5
"""What a relation found with the wrong kind, direction or grouping earns."""


@dataclass(frozen=True)
class RelationCheck:
    """How one relation of either map fares: ``verdict`` is ``right``, ``wrong-kind``,
    ``wrong-direction``, ``regrouped``, ``missed`` (model only) or ``extra`` (student only)."""

    verdict: str
    model: str | None
    student: str | None
    detail: str = ""


@dataclass(frozen=True)
class Comparison:
    """The comparison of a student's map with a model map."""

    matches: tuple[Match, ...]
    missed: tuple[str, ...]
    extra: tuple[str, ...]
    relations: tuple[RelationCheck, ...]
    implicit_found: tuple[str, ...]
    implicit_missed: tuple[str, ...]
    implicit_invented: tuple[str, ...]
    speakers: tuple[tuple[str, str, str, str], ...]
    """Matched statements whose speaker or stance differ: model id, student id, the model's
    speaker and stance, the student's."""
    outcomes: tuple[tuple[str, str, str, str], ...]
    """Matched statements whose status differs: model id, student id, model's, student's."""
    parts: Mapping[str, float] = field(default_factory=dict)
    rubric: Mapping[str, float] = field(default_factory=dict)

    @property
    def score(self) -> float:
        """The weighted score, 0 to 100."""
        total = sum(self.rubric.values())
        if not total:
            return 0.0
        return round(100 * sum(self.parts[k] * w for k, w in self.rubric.items()) / total, 1)

    def student_of(self, model_id: str) -> str | None:
        """The student's statement matched with ``model_id``."""
        return next((m.student for m in self.matches if m.model == model_id), None)

    def to_json(self) -> dict[str, Any]:
        """Plain data, for a gradebook."""
        return {
            "score": self.score,
            "parts": {k: round(v, 4) for k, v in self.parts.items()},
            "rubric": dict(self.rubric),
            "statements": {
                "matched": [
                    {"model": m.model, "student": m.student, "by": m.by, "score": m.score}
                    for m in self.matches
                ],
                "missed": list(self.missed),
                "extra": list(self.extra),
            },
            "relations": [
                {"verdict": r.verdict, "model": r.model, "student": r.student, "detail": r.detail}
                for r in self.relations
            ],
            "implicit": {
                "found": list(self.implicit_found),
                "missed": list(self.implicit_missed),
                "invented": list(self.implicit_invented),
            },
            "speakers": [
                {"model": a, "student": b, "expected": c, "given": d}
                for a, b, c, d in self.speakers
            ],
            "outcomes": [
                {"model": a, "student": b, "expected": c, "given": d}
                for a, b, c, d in self.outcomes
            ],
        }


def compare(
    student: ArgumentMap,
    model: ArgumentMap,
    *,
    rubric: Mapping[str, float] | None = None,
    semantics: str = "grounded",
) -> Comparison:
    """Compare ``student`` with ``model`` (see the module docstring).

    Parameters
    ----------
    student, model : ArgumentMap
    rubric : mapping, optional
        Weights of the parts (keys of :data:`RUBRIC`; missing keys weigh 0).
    semantics : str
        The semantics under which outcomes are compared.

    Raises
    ------
    ValueError
        For a rubric with an unknown part or a negative weight.

    Examples
    --------
    >>> model = ArgumentMap(title="m", statements=[
    ...     {"id": "tea", "text": {"en": "People should drink tea."}},
    ...     {"id": "calm", "text": {"en": "Tea calms the nerves."}}],
    ...     supports=[{"id": "s", "premises": ["calm"], "conclusion": "tea"}])
    >>> student = ArgumentMap(title="s", statements=[
    ...     {"id": "a", "text": {"en": "people should drink tea"}},
    ...     {"id": "b", "text": {"en": "Tea calms your nerves"}}],
    ...     attacks=[{"id": "x", "kind": "rebut", "source": "b", "target": "a"}])
    >>> result = compare(student, model)
    >>> [(r.verdict, r.model, r.student) for r in result.relations]
    [('wrong-kind', 's', 'x')]
    >>> result.parts["statements"], result.parts["relations"]
    (1.0, 0.5)
    """
    weights = dict(RUBRIC if rubric is None else rubric)
    unknown = sorted(set(weights) - set(RUBRIC))
    if unknown or any(w < 0 for w in weights.values()):
        raise ValueError(
            f"a rubric weighs {', '.join(RUBRIC)} with non-negative numbers"
            + (f"; unknown: {', '.join(unknown)}" if unknown else "")
        )
    from argmap.grading.relations import check_relations

    matches = align(student, model)
    to_model = {m.student: m.model for m in matches}
    to_student = {m.model: m.student for m in matches}
    missed = tuple(s.id for s in model.statements if s.id not in to_student)
    extra = tuple(s.id for s in student.statements if s.id not in to_model)
    relations = check_relations(student, model, to_model)
    implicit = [s.id for s in model.statements if s.implicit]
    found = tuple(i for i in implicit if i in to_student)
    implicit_missed = tuple(i for i in implicit if i not in to_student)
    invented = tuple(s.id for s in student.statements if s.implicit and s.id not in to_model)
    speakers = _speakers(student, model, matches)
    outcomes = _outcomes(student, model, matches, semantics)
    parts = {
        "statements": _f1(len(matches), len(student.statements), len(model.statements)),
        "relations": _relation_score(relations),
        "implicit": _implicit_score(len(found), len(implicit), len(invented)),
        "speakers": _agreement(len(speakers), sum(1 for m in matches if _quoted(model, m.model))),
        "outcomes": _agreement(len(outcomes), len(matches)),
    }
    return Comparison(
        matches,
        missed,
        extra,
        relations,
        found,
        implicit_missed,
        invented,
        speakers,
        outcomes,
        parts,
        {k: weights.get(k, 0.0) for k in RUBRIC},
    )


def _f1(hits: float, given: int, expected: int) -> float:
    if not given and not expected:
        return 1.0
    if not hits:
        return 0.0
    precision, recall = hits / given, hits / expected
    return 2 * precision * recall / (precision + recall)


def _relation_score(relations: tuple[RelationCheck, ...]) -> float:
    credit = sum(
        1.0 if r.verdict == "right" else PARTIAL_CREDIT
        for r in relations
        if r.verdict not in ("missed", "extra")
    )
    given = sum(1 for r in relations if r.student is not None)
    expected = sum(1 for r in relations if r.model is not None)
    return _f1(credit, given, expected)


def _implicit_score(found: int, expected: int, invented: int) -> float:
    if not expected:
        return 1.0 if not invented else max(0.0, 1.0 - 0.25 * invented)
    return max(0.0, (found - 0.25 * invented) / expected)


def _agreement(differing: int, compared: int) -> float:
    return 1.0 if not compared else max(0.0, 1.0 - differing / compared)


def _quoted(m: ArgumentMap, sid: str) -> bool:
    prov = m.statement(sid).provenance
    return prov is not None


def _speaker_and_stance(m: ArgumentMap, sid: str) -> str:
    statement = m.statement(sid)
    prov = statement.provenance
    name = ""
    if prov is not None:
        person = m.get(prov.speaker)
        name = " ".join(str(getattr(person, "name", prov.speaker)).lower().split())
    stance = getattr(statement, "stance", None)
    stance_value = str(getattr(stance, "value", stance or "asserted"))
    return f"{name} ({stance_value})" if name else f"({stance_value})"


def _speakers(
    student: ArgumentMap, model: ArgumentMap, matches: tuple[Match, ...]
) -> tuple[tuple[str, str, str, str], ...]:
    differing = []
    for match in matches:
        if not _quoted(model, match.model):
            continue
        expected = _speaker_and_stance(model, match.model)
        given = _speaker_and_stance(student, match.student)
        if expected != given:
            differing.append((match.model, match.student, expected, given))
    return tuple(differing)


def _outcomes(
    student: ArgumentMap, model: ArgumentMap, matches: tuple[Match, ...], semantics: str
) -> tuple[tuple[str, str, str, str], ...]:
    from argmap.evaluation import evaluate

    expected = evaluate(model, semantics).to_json()["arguments"]
    given = evaluate(student, semantics).to_json()["arguments"]
    differing = []
    for match in matches:
        a = expected.get(match.model, {}).get("status")
        b = given.get(match.student, {}).get("status")
        if a is not None and b is not None and a != b:
            differing.append((match.model, match.student, str(a), str(b)))
    return tuple(differing)


__all__ = ["RUBRIC", "Comparison", "Match", "RelationCheck", "align", "compare"]
