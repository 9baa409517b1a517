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

from argmap.explain import Status, explain_map
from argmap.explain.structured import explain_structured
from argmap.frameworks.structured import structured_framework
from argmap.i18n import NBSP
from argmap.model import ArgumentMap
from argmap.semantics import Semantics

SPEAKERS = (("ann", "Anne Onyme"), ("mar", "Martin"), ("eve", "Ève"))
SENTENCES = (
    ("Tea is the better drink.", "Le thé est la meilleure boisson."),
    ("So, coffee keeps you awake.", "Donc, le café tient éveillé."),
    ("Better pay an outside agency.", "Mieux vaut payer une agence extérieure."),
    ("Why not hire an intern?", "Pourquoi ne pas embaucher un stagiaire ?"),
    ("Ask HR: they know the rules.", "Demandez aux RH : ils connaissent les règles."),
    (
        "Sitting on the board does not help: he is the fifth wheel.",
        "Siéger au comité ne l'aide pas : il est la cinquième roue du carrosse.",
    ),
    ("Martin's team has the budget.", "L'équipe de Martin a le budget."),
    ("The « social media » agenda gets isolated.", "Le discours « médias sociaux » s'isole."),
    ("Costs rise; quality falls.", "Les coûts montent ; la qualité baisse."),
    ("Experience says it will fail.", "L'expérience dit que cela échouera."),
)
IDS = tuple(f"st-{i}" for i in range(6))


@st.composite
def maps(draw: st.DrawFn) -> ArgumentMap:
    """Small maps with speakers, stances, an issue, implicit premises, supports and attacks."""
    n = draw(st.integers(2, 6))
    ids = IDS[:n]
    texts = draw(st.permutations(SENTENCES))
    statements: list[dict[str, object]] = [
        {"id": "q-issue", "kind": "issue", "text": {"en": "Tea?"}}
    ]
    for i, sid in enumerate(ids):
        en, fr = texts[i]
        statement: dict[str, object] = {"id": sid, "text": {"en": en, "fr": fr}}
        if draw(st.booleans()) and i > 0:
            statement["implicit"] = True
        else:
            speaker = draw(st.sampled_from(SPEAKERS))[0]
            statement["provenance"] = {"speaker": speaker}
            statement["stance"] = draw(
                st.sampled_from(["asserted", "asserted", "conceded", "anticipated", "reported"])
            )
        if i < 2 and draw(st.booleans()):
            statement["answers"] = "q-issue"
        statements.append(statement)
    supports = []
    for k in range(draw(st.integers(0, 3))):
        conclusion = draw(st.sampled_from(ids))
        others = [s for s in ids if s != conclusion]
        premises = draw(st.lists(st.sampled_from(others), min_size=1, max_size=3, unique=True))
        if all(set(premises) != set(s["premises"]) for s in supports):
            supports.append({"id": f"sup-{k}", "premises": premises, "conclusion": conclusion})
    attacks = []
    for k in range(draw(st.integers(0, 6))):
        source = draw(st.sampled_from(ids))
        if supports and draw(st.booleans()):
            target = draw(st.sampled_from([s["id"] for s in supports]))
            kind = "undercut"
        else:
            target = draw(st.sampled_from(ids))
            kind = "rebut"
        if all((a["source"], a["target"]) != (source, target) for a in attacks):
            attacks.append({"id": f"att-{k}", "kind": kind, "source": source, "target": target})
    participants = [{"id": pid, "name": name} for pid, name in SPEAKERS]
    return ArgumentMap.model_validate(
        {
            "title": "Tea",
            "participants": participants,
            "statements": statements,
            "supports": supports,
            "attacks": attacks,
        }
    )


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
@given(maps(), st.sampled_from(list(Semantics)), st.sampled_from(["en", "fr"]))
def test_explanations_of_random_maps_read_well(
    m: ArgumentMap, semantics: Semantics, language: str
) -> None:
    supported = {s.conclusion for s in m.supports}
    for statement, why in explain_map(m, semantics, language, sufficiency=True).items():
        text = why.text
        check_text(text, language, m)
        if statement in supported:
            assert "stands on its own" not in text and "tient seul" not in text, text
        if why.status is not Status.REJECTED:
            assert "rejected only because" not in text, text
            assert "rejetée que parce" not in text, text


@settings(max_examples=100, deadline=None)
@given(maps(), st.sampled_from(list(Semantics)), st.sampled_from(["en", "fr"]))
def test_structured_explanations_of_random_maps_read_well(
    m: ArgumentMap, semantics: Semantics, language: str
) -> None:
    sf = structured_framework(m)
    for claim in sf.theory.language:
        why = explain_structured(m, claim, semantics, language=language, structured=sf)
        check_text(why.text, language, m)
        if why.carriers and any(c.support for c in why.carriers):
            assert "taken as a premise" not in why.text or why.status is not Status.REJECTED
