"""Explanations read as finished French and English on any map: rules checked on random maps.

Each rule is one a reader would notice: a doubled word, an unbalanced quote or
bracket, a line that may break inside « » or before a French colon, a
participle that does not agree with a feminine subject, an identifier in the
prose, two colons in one sentence, a statement with reasons said to stand on
its own, an undecided statement said to be rejected.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from argmap.explain import Status, explain, explain_map
from argmap.i18n import NBSP
from argmap.model import ArgumentMap, StatementKind
from argmap.semantics import Semantics
from tests.strategies import voiced_maps

DOUBLED = re.compile(r"\b(\w+)\s+\1\b", re.IGNORECASE)
QUOTED = re.compile(r"“[^”]*”|«[^»]*»")
IDENTIFIER = re.compile(r"\b(?:st|sup|att|q)-\w+")
FRENCH_SPACE_BEFORE = re.compile(r"(?<!\u00a0)[;:!?](?=\s|$)")
MASCULINE_ON_FEMININE = re.compile(
    r"\b(?:est|pas|même) (?:accepté|rejeté|vaincu|contré|attaqué|indécis|laissé|pris)(?![\w])"
    r"|\blui-même\b"
)


def check_text(text: str, language: str, m: ArgumentMap) -> None:
    assert not DOUBLED.search(text), f"doubled word {DOUBLED.search(text)!r}: {text}"
    for opening, closing in ("“”", "«»", "()", "[]"):
        assert text.count(opening) == text.count(closing), f"unbalanced {opening}{closing}: {text}"
    assert not IDENTIFIER.search(text), f"an id in prose: {text}"
    assert "—:" not in text and "— :" not in text and f"—{NBSP}:" not in text, text
    for sentence in re.split(r"(?<=[.!?])\s+(?=[A-ZÀ-Ý])", QUOTED.sub("“…”", text)):
        assert sentence.count(":") <= 1, f"two colons in one sentence: {sentence}"
    if language == "fr":
        assert "'" not in text, f"a straight apostrophe in French: {text}"
        assert not FRENCH_SPACE_BEFORE.search(text), f"no no-break space before: {text}"
        assert "« " not in text and " »" not in text, f"« » may break across lines: {text}"
        prose = QUOTED.sub("«…»", text)
        for found in MASCULINE_ON_FEMININE.finditer(prose):
            # every statement and inference of a map is feminine in French; « argument »,
            # the only masculine noun, may be the subject
            before = re.split(r"[.:;]", prose[: found.start()])[-1]
            assert "argument" in before, f"agreement: {found.group()!r} in {text}"
    else:
        assert " :" not in text and " ;" not in text, text


@settings(max_examples=150, deadline=None)
@given(
    voiced_maps(),
    st.sampled_from(list(Semantics)),
    st.sampled_from(["en", "fr"]),
    st.sampled_from(["structured", "abstract"]),
)
def test_explanations_of_random_maps_read_well(
    m: ArgumentMap, semantics: Semantics, language: str, reading: str
) -> None:
    supported = {s.conclusion for s in m.supports}
    explained = explain_map(m, semantics, language, reading=reading, sufficiency=True)
    for statement, why in explained.items():
        text = why.text
        check_text(text, language, m)
        if statement in supported:
            assert "stands on its own" not in text and "tient seul" not in text, text
        if why.status is not Status.REJECTED:
            assert "rejected only because" not in text, text
            assert "rejetée que parce" not in text, text


@settings(max_examples=100, deadline=None)
@given(voiced_maps(), st.sampled_from(list(Semantics)), st.sampled_from(["en", "fr"]))
def test_structured_explanations_of_random_maps_read_well(
    m: ArgumentMap, semantics: Semantics, language: str
) -> None:
    claims = [s.id for s in m.statements if s.kind is not StatementKind.ISSUE]
    for element in [*claims, *(s.id for s in m.supports)]:
        why = explain(m, element, semantics, language=language)
        check_text(why.text, language, m)
        if why.carriers and any(c.support for c in why.carriers):
            assert "taken as a premise" not in why.text or why.status is not Status.REJECTED
