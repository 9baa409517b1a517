"""The terminal outline: texts by language, attributed paraphrases."""

from __future__ import annotations

from argmap.model import ArgumentMap
from argmap.render.html import report_html
from argmap.render.terminal import outline

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
    assert "Source: Une conversation" in french
    assert "Participants: Bob (invité)" in french
    english = outline(BILINGUAL)
    assert english.splitlines()[0] == "Tea or coffee?"
    assert "Bob (guest)" in english


def test_outline_attributes_a_paraphrase_without_quoting() -> None:
    text = outline(BILINGUAL)
    assert "“coffee is better” — Bob" in text
    assert "— Bob (paraphrased)" in text


def test_report_shows_texts_in_its_language() -> None:
    page = report_html(BILINGUAL, language="fr", semantics=["grounded"])
    assert "<h1>Thé ou café ?</h1>" in page
    assert "(invité)" in page and "Une conversation" in page and "Bob (fr)" in page
