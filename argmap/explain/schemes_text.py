"""The schemes of a statement's reasons and their open critical questions, in words.

An explanation says why a statement is accepted or not; a careful reader also
wants to know where its reasons can still be attacked. For each support with a
scheme (Walton, Reed & Macagno 2008) that concludes to the statement, this
module lists the scheme and the critical questions no relation of the map takes
up (:func:`argmap.schemes.open_questions`).
"""

from __future__ import annotations

from dataclasses import dataclass

from argmap.i18n import typeset
from argmap.i18n.critique import ATTACK_VERBS, SCHEME_NOTES
from argmap.model import ArgumentMap
from argmap.schemes import CriticalQuestion, SchemeSpec, catalogue, open_questions


@dataclass(frozen=True)
class SchemedReason:
    """A support with a scheme of the catalogue, and its open critical questions."""

    support: str
    spec: SchemeSpec
    open: tuple[CriticalQuestion, ...]


def schemed_reasons(m: ArgumentMap, element_id: str) -> tuple[SchemedReason, ...]:
    """The supports with a scheme behind ``element_id``, in map order.

    For a support id, the support itself; for a statement, every support whose
    conclusion it is. Supports without a scheme, or with one the catalogue lacks,
    are left out.

    Examples
    --------
    >>> m = ArgumentMap(title="t", statements=[
    ...     {"id": "says", "text": {"en": "Dr A says smoking kills."}},
    ...     {"id": "kills", "text": {"en": "Smoking kills."}}],
    ...     supports=[{"id": "s", "premises": ["says"], "conclusion": "kills",
    ...                "scheme": "expert_opinion"}])
    >>> [(r.support, r.spec.scheme.value, len(r.open)) for r in schemed_reasons(m, "kills")]
    [('s', 'expert_opinion', 6)]
    """
    specs = catalogue()
    supports = [s for s in m.supports if s.id == element_id] or [
        s for s in m.supports if s.conclusion == element_id
    ]
    return tuple(
        SchemedReason(s.id, specs[s.scheme], open_questions(m, s.id))
        for s in supports
        if s.scheme is not None and s.scheme in specs
    )


def question_line(q: CriticalQuestion, language: str) -> str:
    """One open question: the attack that would raise it, its wording and its id."""
    target = f" {q.premise}" if q.premise else ""
    verb = ATTACK_VERBS[q.attack].text(language)
    return f"[{verb}{target}] {q.text(language)} ({q.id})"


def schemes_text(m: ArgumentMap, element_id: str, language: str = "en") -> str:
    """The schemes of ``element_id``'s reasons and their open questions, as text
    (empty when no reason has a scheme).

    Examples
    --------
    >>> m = ArgumentMap(title="t", statements=[
    ...     {"id": "a", "text": {"en": "Cats are like dogs."}},
    ...     {"id": "b", "text": {"en": "Cats need walks."}}],
    ...     supports=[{"id": "s", "premises": ["a"], "conclusion": "b", "scheme": "analogy"}])
    >>> print(schemes_text(m, "b").splitlines()[1])
    Reason s (Argument from analogy), open critical questions:
    """
    reasons = schemed_reasons(m, element_id)
    if not reasons:
        return ""
    lines = [SCHEME_NOTES["heading"].text(language)]
    for reason in reasons:
        head = (
            SCHEME_NOTES["reason"]
            .text(language)
            .format(support=reason.support, scheme=reason.spec.name(language))
        )
        if reason.open:
            lines.append(f"{head}, {SCHEME_NOTES['open'].text(language)}:")
            lines.extend(f"- {question_line(q, language)}" for q in reason.open)
        else:
            lines.append(f"{head}: {SCHEME_NOTES['none_open'].text(language)}.")
    return typeset("\n".join(lines), "fr" if language == "fr" else "en")


TOOLTIP_QUESTIONS = 3
"""Open questions named in a diagram tooltip; the others are counted."""


def scheme_tooltip(m: ArgumentMap, support_id: str, language: str = "en") -> str:
    """What a diagram tooltip adds for a support with a scheme: ``" — "``, the
    scheme's name and its first :data:`TOOLTIP_QUESTIONS` open questions, the
    others counted (empty for a support without a scheme).

    Examples
    --------
    >>> m = ArgumentMap(title="t", statements=[
    ...     {"id": "a", "text": {"en": "Cats are like dogs."}},
    ...     {"id": "b", "text": {"en": "Cats need walks."}}],
    ...     supports=[{"id": "s", "premises": ["a"], "conclusion": "b", "scheme": "analogy"}])
    >>> scheme_tooltip(m, "s").startswith(" — Argument from analogy; open critical questions: ")
    True
    """
    reasons = schemed_reasons(m, support_id)
    if not reasons:
        return ""
    reason = reasons[0]
    text = f" — {reason.spec.name(language)}"
    if not reason.open:
        return typeset(f"{text}; {SCHEME_NOTES['none_open'].text(language)}", language)
    shown = " · ".join(q.text(language) for q in reason.open[:TOOLTIP_QUESTIONS])
    text += f"; {SCHEME_NOTES['open'].text(language)}: {shown}"
    rest = len(reason.open) - TOOLTIP_QUESTIONS
    if rest > 0:
        text += " · " + SCHEME_NOTES["more"].text(language).format(n=rest)
    return typeset(text, language)


def scheme_data(m: ArgumentMap, support_id: str) -> dict[str, object] | None:
    """A support's scheme and open questions for the report's data, in every
    language: ``{"name": {lang: ...}, "open": [{lang: ...}, ...]}`` (``None``
    for a support without a scheme).

    Examples
    --------
    >>> m = ArgumentMap(title="t", statements=[
    ...     {"id": "a", "text": {"en": "Cats are like dogs."}},
    ...     {"id": "b", "text": {"en": "Cats need walks."}}],
    ...     supports=[{"id": "s", "premises": ["a"], "conclusion": "b", "scheme": "analogy"}])
    >>> data = scheme_data(m, "s")
    >>> data["name"]["fr"], len(data["open"]) > 0
    ('Argument par analogie', True)
    """
    reasons = schemed_reasons(m, support_id)
    if not reasons:
        return None
    reason = reasons[0]
    languages = ("en", "fr")
    return {
        "name": {lang: reason.spec.name(lang) for lang in languages},
        "open": [{lang: question_line(q, lang) for lang in languages} for q in reason.open],
    }
