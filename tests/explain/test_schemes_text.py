"""The schemes of a statement's reasons and their open critical questions, in words."""

from __future__ import annotations

from argmap.explain.schemes_text import (
    TOOLTIP_QUESTIONS,
    scheme_tooltip,
    schemed_reasons,
    schemes_text,
)
from argmap.model import ArgumentMap
from argmap.schemes import catalogue, open_questions


def expert_map(taken_up: bool) -> ArgumentMap:
    attacks = (
        [
            {
                "id": "x",
                "kind": "undercut",
                "source": "paid",
                "target": "s",
                "question": "expert_opinion.trustworthiness",
            }
        ]
        if taken_up
        else []
    )
    return ArgumentMap.model_validate(
        {
            "title": "t",
            "statements": [
                {"id": "says", "text": {"en": "Dr A says smoking kills.", "fr": "Dr A le dit."}},
                {"id": "kills", "text": {"en": "Smoking kills.", "fr": "Fumer tue."}},
                {"id": "paid", "text": {"en": "Dr A is paid by a rival.", "fr": "Dr A est payé."}},
                {"id": "plain", "text": {"en": "A plain reason."}},
            ],
            "supports": [
                {
                    "id": "s",
                    "premises": ["says"],
                    "conclusion": "kills",
                    "scheme": "expert_opinion",
                },
                {"id": "t", "premises": ["plain"], "conclusion": "kills"},
            ],
            "attacks": attacks,
        }
    )


def test_reasons_of_a_statement_skip_supports_without_a_scheme() -> None:
    reasons = schemed_reasons(expert_map(False), "kills")
    assert [r.support for r in reasons] == ["s"]
    assert schemed_reasons(expert_map(False), "t") == ()
    assert schemed_reasons(expert_map(False), "says") == ()


def test_a_question_taken_up_is_not_open() -> None:
    spec = catalogue()[expert_map(False).support("s").scheme]  # type: ignore[index]
    every = [q.id for q in spec.questions]
    open_now = [q.id for q in schemed_reasons(expert_map(True), "s")[0].open]
    assert "expert_opinion.trustworthiness" in every
    assert open_now == [q for q in every if q != "expert_opinion.trustworthiness"]
    text = schemes_text(expert_map(True), "kills")
    assert "trustworthiness" not in text
    for qid in open_now:
        assert f"({qid})" in text


def test_text_in_french_names_the_scheme_in_french() -> None:
    text = schemes_text(expert_map(False), "kills", "fr")
    name = catalogue()[expert_map(False).support("s").scheme].name("fr")  # type: ignore[index]
    assert text.splitlines()[0] == "Schémas et questions critiques ouvertes"
    assert name in text
    assert "\u00a0:" in text  # French typography


def test_no_text_without_schemes() -> None:
    assert schemes_text(expert_map(False), "paid") == ""
    assert scheme_tooltip(expert_map(False), "t") == ""


def test_tooltip_counts_the_questions_it_does_not_name() -> None:
    m = expert_map(False)
    questions = open_questions(m, "s")
    tip = scheme_tooltip(m, "s")
    assert len(questions) > TOOLTIP_QUESTIONS
    for q in questions[:TOOLTIP_QUESTIONS]:
        assert q.text("en") in tip
    assert questions[TOOLTIP_QUESTIONS].text("en") not in tip
    assert tip.endswith(f"and {len(questions) - TOOLTIP_QUESTIONS} more")
