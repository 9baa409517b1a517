"""Which statement of a student's map is which statement of the model map.

Students use their own ids and their own words, so statements are aligned by
what they say and where they come from, never by id:

1. **quotes**: two statements quoting the same source text (the same words,
   whatever the source's id) are scored by the overlap of their spans,
   ``|A ∩ B| / |A ∪ B|`` (Jaccard index of the character ranges); two that
   quote the same text in places that do not overlap are different statements;
2. **paraphrases**: otherwise by the similarity of their paraphrases in any
   language both give: the Jaccard index of their sets of content words
   (lower-cased, accents kept, words of three letters or fewer dropped), and
   ``difflib``'s ratio on the whole text (for pairs sharing at least
   :data:`SHARED_WORDS` of their words, or too short to tell by words),
   whichever is higher.

Pairs are then matched greedily, best score first (ties broken by map order),
each statement used once, as long as the score reaches :data:`QUOTE_THRESHOLD`
(quotes) or :data:`TEXT_THRESHOLD` (paraphrases). Issues match issues only.
Deterministic, and quadratic in the maps' sizes (class maps have tens to a few
hundred statements).
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from argmap.model import ArgumentMap, Statement

QUOTE_THRESHOLD = 0.5
"""The least span overlap for two quotes to be the same statement."""

TEXT_THRESHOLD = 0.55
"""The least paraphrase similarity for two statements to be the same."""

SHARED_WORDS = 0.2
"""Paraphrases sharing fewer content words than this (Jaccard) are not compared letter by
letter: they are not one statement reworded."""

_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class Match:
    """A student statement aligned with a model statement: how, and how well."""

    student: str
    model: str
    score: float
    by: str  # "quote" or "text"


def content_words(text: str) -> frozenset[str]:
    """The words of ``text`` that carry meaning (more than three letters), lower-cased.

    >>> sorted(content_words("The CSMO would fix the silo, logically."))
    ['csmo', 'logically', 'silo', 'would']
    """
    return frozenset(w for w in _WORD.findall(text.lower()) if len(w) > 3)


def text_similarity(a: Statement, b: Statement) -> float:
    """The best similarity of the two statements' paraphrases in a language both give."""
    best = 0.0
    for language in sorted(set(a.text) & set(b.text)):
        x, y = (
            " ".join(a.text[language].lower().split()),
            " ".join(b.text[language].lower().split()),
        )
        if x == y:
            return 1.0
        words_x, words_y = content_words(x), content_words(y)
        jaccard = len(words_x & words_y) / len(words_x | words_y) if words_x | words_y else 0.0
        best = max(best, jaccard)
        short = min(len(words_x), len(words_y)) < 3
        if (jaccard < SHARED_WORDS and not short) or best >= TEXT_THRESHOLD:
            continue  # too few words in common to be one statement, or already matched
        matcher = difflib.SequenceMatcher(None, x, y, autojunk=False)
        # quick_ratio bounds ratio from above in linear time: skip hopeless pairs
        if matcher.quick_ratio() > TEXT_THRESHOLD:
            best = max(best, matcher.ratio())
    return best


def _quoted(m: ArgumentMap, s: Statement) -> tuple[str, int, int] | None:
    """(the source's text, start, end) of a quoted statement."""
    prov = s.provenance
    if prov is None or prov.source is None or prov.span is None:
        return None
    text = m.source(prov.source).text
    if text is None:
        return None
    return text, prov.span[0], prov.span[1]


def quote_overlap(student: ArgumentMap, a: Statement, model: ArgumentMap, b: Statement) -> float:
    """The Jaccard index of two quotes' spans when both quote the same text, else 0."""
    x, y = _quoted(student, a), _quoted(model, b)
    if x is None or y is None or x[0] != y[0]:
        return 0.0
    inter = max(0, min(x[2], y[2]) - max(x[1], y[1]))
    union = max(x[2], y[2]) - min(x[1], y[1])
    return inter / union if union else 0.0


def _same_text_apart(student: ArgumentMap, a: Statement, model: ArgumentMap, b: Statement) -> bool:
    x, y = _quoted(student, a), _quoted(model, b)
    return x is not None and y is not None and x[0] == y[0]


def align(student: ArgumentMap, model: ArgumentMap) -> tuple[Match, ...]:
    """The statements of ``student`` matched with those of ``model`` (module docstring).

    Examples
    --------
    >>> model = ArgumentMap(title="m", statements=[
    ...     {"id": "tea", "text": {"en": "People should drink more tea."}},
    ...     {"id": "calm", "text": {"en": "Tea calms the nerves."}}])
    >>> student = ArgumentMap(title="s", statements=[
    ...     {"id": "a", "text": {"en": "Tea calms your nerves"}},
    ...     {"id": "b", "text": {"en": "Coffee is bitter"}}])
    >>> [(m.student, m.model, m.by) for m in align(student, model)]
    [('a', 'calm', 'text')]
    """
    candidates: list[tuple[float, int, int, str, str, str]] = []
    for i, a in enumerate(student.statements):
        for j, b in enumerate(model.statements):
            if a.kind is not b.kind:
                continue
            overlap = quote_overlap(student, a, model, b)
            if overlap >= QUOTE_THRESHOLD:
                candidates.append((-(1.0 + overlap), i, j, a.id, b.id, "quote"))
                continue
            if overlap == 0.0 and _same_text_apart(student, a, model, b):
                continue  # both quote the same text, in different places
            similarity = text_similarity(a, b)
            if similarity >= TEXT_THRESHOLD:
                candidates.append((-similarity, i, j, a.id, b.id, "text"))
    candidates.sort()
    used_student: set[str] = set()
    used_model: set[str] = set()
    matches = []
    for negative, _, _, a_id, b_id, by in candidates:
        if a_id in used_student or b_id in used_model:
            continue
        used_student.add(a_id)
        used_model.add(b_id)
        score = -negative - 1.0 if by == "quote" else -negative
        matches.append(Match(a_id, b_id, round(score, 4), by))
    order = {s.id: n for n, s in enumerate(model.statements)}
    return tuple(sorted(matches, key=lambda m: order[m.model]))
