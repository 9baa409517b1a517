"""The terminal outline: texts by language, attributed paraphrases, maps deeper than
Python's recursion limit."""

from __future__ import annotations

from typing import Any

from argmap.model import ArgumentMap
from argmap.render.html import report_html
from argmap.render.terminal import MAX_INDENT_LEVELS, outline

BILINGUAL = ArgumentMap.model_validate(
    {
        "title": {"en": "Tea or coffee?", "fr": "Thé ou café ?"},
        "sources": [
            {
                "id": "chat",
                "title": {"en": "A chat", "fr": "Une conversation"},
                "text": "Bob: coffee is better.",
                "sections": [{"id": "b", "title": {"en": "Bob", "fr": "Bob (fr)"}, "span": [0, 9]}],
            }
        ],
        "participants": [{"id": "bob", "name": "Bob", "role": {"en": "guest", "fr": "invité"}}],
        "statements": [
            {"id": "q", "kind": "issue", "text": {"en": "Tea or coffee?"}},
            {
                "id": "coffee",
                "text": {"en": "Coffee."},
                "answers": "q",
                "provenance": {"source": "chat", "speaker": "bob", "quote": "coffee is better"},
            },
            {
                "id": "tea",
                "text": {"en": "Tea is dull."},
                "answers": "q",
                "provenance": {"speaker": "bob"},
            },
        ],
    }
)


def test_outline_picks_the_language_of_title_source_and_role() -> None:
    french = outline(BILINGUAL, language="fr")
    assert french.splitlines()[0] == "Thé ou café ?"
    assert "Source\u00a0: Une conversation" in french
    assert "Intervenants\u00a0: Bob (invité)" in french
    assert "— Bob (paraphrase)" in french
    english = outline(BILINGUAL)
    assert english.splitlines()[0] == "Tea or coffee?"
    assert "Bob (guest)" in english


def test_outline_attributes_a_paraphrase_without_quoting() -> None:
    text = outline(BILINGUAL)
    assert "“coffee is better” — Bob" in text
    assert "— Bob (paraphrased)" in text


def test_report_shows_texts_in_its_language() -> None:
    page = report_html(BILINGUAL, language="fr", semantics=["grounded"])
    assert "<title>Thé ou café ?</title>" in page
    # the page switches language in place: each title in both, the page's language shown
    assert '<span lang="fr" class="tr">Thé ou café ?</span>' in page
    assert '<span lang="en" class="tr">Tea or coffee?</span>' in page
    assert '<span lang="fr" class="tr">invité</span>' in page
    assert '<span lang="fr" class="tr">Une conversation</span>' in page
    assert '<span lang="fr" class="tr">Bob (fr)</span>' in page
    assert '<html lang="fr" data-lang="fr">' in page


DEEP = 2_000


def chain(relation: str, n: int = DEEP) -> ArgumentMap:
    """``s0`` supported (or attacked) by ``s1``, itself by ``s2``, …, down to ``s(n-1)``."""
    data: dict[str, Any] = {
        "title": "Chain",
        "statements": [{"id": f"s{i}", "text": {"en": f"Statement {i}."}} for i in range(n)],
    }
    if relation == "support":
        data["supports"] = [
            {"id": f"p{i}", "premises": [f"s{i + 1}"], "conclusion": f"s{i}"} for i in range(n - 1)
        ]
    else:
        data["attacks"] = [
            {"id": f"x{i}", "kind": "rebut", "source": f"s{i + 1}", "target": f"s{i}"}
            for i in range(n - 1)
        ]
    return ArgumentMap.model_validate(data)


def test_outline_of_a_support_chain_deeper_than_the_recursion_limit() -> None:
    lines = outline(chain("support")).splitlines()
    statements = [line for line in lines if "• [s" in line]
    assert [line.split("[")[1].split("]")[0] for line in statements] == [
        f"s{i}" for i in range(DEEP)
    ]
    # Indentation stops growing; deeper lines say their level instead.
    assert max(len(line) for line in lines) < 100
    assert lines[-1].strip() == f"⋯{2 * (DEEP - 1)} • [s{DEEP - 1}] Statement {DEEP - 1}."
    shallow = next(line for line in lines if "[s1]" in line)
    assert shallow == "      • [s1] Statement 1."


def test_outline_of_an_attack_chain_keeps_the_recursive_order() -> None:
    lines = outline(chain("attack", 40)).splitlines()
    assert lines[1:4] == ["", "", "Not connected to an issue:"]
    assert lines[4:8] == [
        "• [s0] Statement 0.",
        "   − [x0] rebutted by",
        "      • [s1] Statement 1.",
        "         − [x1] rebutted by",
    ]
    deepest = " " * 3 * MAX_INDENT_LEVELS + f"⋯{2 * 39} • [s39] Statement 39."
    assert lines[-1] == deepest


def _with_stances() -> ArgumentMap:
    data = BILINGUAL.model_dump(mode="json", exclude_defaults=True)
    data["statements"][1]["stance"] = "conceded"
    data["statements"][2]["stance"] = "anticipated"
    return ArgumentMap.model_validate(data)


def test_outline_says_how_the_speaker_voices_a_statement() -> None:
    text = outline(_with_stances())
    assert "“coffee is better” — conceded by Bob for the sake of argument" in text
    assert "— an objection anticipated by Bob (paraphrased)" in text
    french = outline(_with_stances(), language="fr")
    assert "— concédé par Bob pour les besoins de la discussion" in french


def test_outline_without_quotes_keeps_the_stance_by_the_id() -> None:
    text = outline(_with_stances(), quotes=False)
    assert "• [coffee] (conceded) Coffee." in text
    assert "• [tea] (anticipated objection) Tea is dull." in text
    assert "(conceded)" not in outline(BILINGUAL, quotes=False)


def test_outline_words_follow_its_language() -> None:
    m = ArgumentMap.model_validate(
        {
            "title": "t",
            "statements": [
                {"id": "q", "kind": "issue", "text": {"en": "Q?"}},
                {"id": "c", "text": {"en": "C."}, "answers": "q"},
                {"id": "p", "text": {"en": "P."}},
                {"id": "r", "text": {"en": "R."}},
                {"id": "u", "text": {"en": "U."}},
                {"id": "v", "text": {"en": "V."}},
                {"id": "lone", "text": {"en": "Lone."}},
            ],
            "supports": [{"id": "s", "premises": ["p"], "conclusion": "c"}],
            "attacks": [
                {"id": "a", "kind": "rebut", "source": "r", "target": "c"},
                {"id": "b", "kind": "undermine", "source": "u", "target": "p"},
                {"id": "d", "kind": "undercut", "source": "v", "target": "s"},
            ],
        }
    )
    english, french = outline(m), outline(m, language="fr")
    for words in (
        ("+ [s] supported by", "+ [s] soutenu par"),
        ("− [a] rebutted by", "− [a] réfuté par"),
        ("− [b] undermined by", "− [b] sapé par"),
        ("− [d] undercut (the inference) by", "− [d] inférence sapée par"),
        ("Not connected to an issue:", "Sans lien avec une question\u00a0:"),
    ):
        assert words[0] in english and words[1] in french
        assert words[0] not in french
