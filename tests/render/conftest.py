"""Maps the rendering tests draw: a small bilingual debate and one full of hostile text."""

from __future__ import annotations

from typing import Any

import pytest

from argmap.model import ArgumentMap

BANNER = "CITYNEWS — Subscribe for 1 € · Weather · Log in\n\n"
ARTICLE = (
    "Should cars be banned from the city centre?\nBy Alice Martin\n\n"
    "Cars should be banned from the city centre. Cars pollute the air downtown, and air "
    "pollution harms the health of residents. Cycling lanes would also become safer.\n\n"
)
COMMENTS = (
    "Comments\n\nBob: Banning cars would kill local shops, since customers come by car.\n\n"
    "Carol: Shops in pedestrian zones elsewhere did fine. Besides, most customers downtown "
    "come on foot.\n\n"
)
FOOTER = "Back to top · © CityNews"
SOURCE_TEXT = BANNER + ARTICLE + COMMENTS + FOOTER


def _span(text: str, quote: str) -> list[int]:
    start = text.index(quote)
    return [start, start + len(quote)]


def _said(speaker: str, quote: str, text: str = SOURCE_TEXT) -> dict[str, Any]:
    return {"source": "news", "speaker": speaker, "quote": quote, "span": _span(text, quote)}


def _sections() -> list[dict[str, Any]]:
    bounds = []
    start = 0
    for section_id, title, part, chrome in (
        ("banner", "Site banner", BANNER, True),
        ("article", "Article", ARTICLE, False),
        ("comments", "Comments", COMMENTS, False),
        ("footer", "Footer", FOOTER, True),
    ):
        bounds.append(
            {"id": section_id, "title": title, "span": [start, start + len(part)], "chrome": chrome}
        )
        start += len(part)
    return bounds


def sample_map_data() -> dict[str, Any]:
    """A small debate: an issue, two opposed positions, linked premises, an undercut."""
    return {
        "title": "Cars in the city centre",
        "language": "en",
        "sources": [
            {
                "id": "news",
                "title": "Should cars be banned from the city centre?",
                "author": "Alice Martin",
                "publisher": "CityNews",
                "url": "https://example.org/cars",
                "date": "2024-05-01",
                "text": SOURCE_TEXT,
                "sections": _sections(),
            }
        ],
        "participants": [
            {"id": "alice", "name": "Alice Martin", "role": "author"},
            {"id": "bob", "name": "Bob", "role": "commenter"},
            {"id": "carol", "name": "Carol", "role": "commenter"},
        ],
        "statements": [
            {
                "id": "q",
                "kind": "issue",
                "text": {
                    "en": "Should cars be banned from the city centre?",
                    "fr": "Faut-il interdire les voitures en centre-ville ?",
                },
                "provenance": _said("alice", "Should cars be banned from the city centre?"),
            },
            {
                "id": "ban",
                "answers": "q",
                "text": {
                    "en": "Cars should be banned from the city centre.",
                    "fr": "Il faut interdire les voitures en centre-ville.",
                },
                "provenance": _said("alice", "Cars should be banned from the city centre."),
            },
            {
                "id": "keep",
                "answers": "q",
                "implicit": True,
                "text": {
                    "en": "Cars should stay allowed in the city centre.",
                    "fr": "Les voitures doivent rester autorisées en centre-ville.",
                },
            },
            {
                "id": "pollute",
                "text": {"en": "Cars pollute the air downtown.", "fr": "Les voitures polluent."},
                "provenance": _said("alice", "Cars pollute the air downtown"),
            },
            {
                "id": "health",
                "text": {
                    "en": "Air pollution harms the residents' health.",
                    "fr": "La pollution nuit à la santé des habitants.",
                },
                "provenance": _said("alice", "air pollution harms the health of residents"),
            },
            {
                "id": "harm-rule",
                "implicit": True,
                "text": {
                    "en": "What harms the residents' health should be removed from the centre.",
                    "fr": "Ce qui nuit à la santé des habitants doit quitter le centre.",
                },
            },
            {
                "id": "safer",
                "text": {
                    "en": "Cycling lanes would become safer.",
                    "fr": "Les pistes cyclables seraient plus sûres.",
                },
                "provenance": _said("alice", "Cycling lanes would also become safer"),
            },
            {
                "id": "shops",
                "text": {
                    "en": "Banning cars would kill local shops.",
                    "fr": "Interdire les voitures tuerait les commerces.",
                },
                "provenance": _said("bob", "Banning cars would kill local shops"),
            },
            {
                "id": "by-car",
                "text": {"en": "Customers come by car.", "fr": "Les clients viennent en voiture."},
                "provenance": _said("bob", "customers come by car"),
            },
            {
                "id": "elsewhere",
                "text": {
                    "en": "Shops in pedestrian zones elsewhere did fine.",
                    "fr": "Ailleurs, les commerces des zones piétonnes se portent bien.",
                },
                "provenance": _said("carol", "Shops in pedestrian zones elsewhere did fine."),
            },
            {
                "id": "on-foot",
                "text": {
                    "en": "Most downtown customers come on foot.",
                    "fr": "La plupart des clients du centre viennent à pied.",
                },
                "provenance": _said("carol", "most customers downtown come on foot"),
            },
            {
                "id": "no-option",
                "text": {
                    "en": "The council has no option at all.",
                    "fr": "Le conseil n'a aucune option.",
                },
            },
            {
                "id": "can-act",
                "text": {
                    "en": "The council can act on the centre.",
                    "fr": "Le conseil peut agir sur le centre.",
                },
            },
        ],
        "supports": [
            {"id": "s-health", "premises": ["pollute", "health", "harm-rule"], "conclusion": "ban"},
            {"id": "s-safer", "premises": ["safer"], "conclusion": "ban"},
            {"id": "s-shops", "premises": ["shops", "by-car"], "conclusion": "keep"},
        ],
        "attacks": [
            {"id": "a-ban", "kind": "rebut", "source": "ban", "target": "keep"},
            {"id": "a-keep", "kind": "rebut", "source": "keep", "target": "ban"},
            {"id": "a-foot", "kind": "undermine", "source": "on-foot", "target": "by-car"},
            {"id": "a-else", "kind": "undercut", "source": "elsewhere", "target": "s-shops"},
            {"id": "a-opt1", "kind": "rebut", "source": "ban", "target": "no-option"},
            {"id": "a-opt2", "kind": "rebut", "source": "keep", "target": "no-option"},
            {"id": "a-act", "kind": "rebut", "source": "no-option", "target": "can-act"},
        ],
    }


def sample_map() -> ArgumentMap:
    """:func:`sample_map_data` as a map."""
    return ArgumentMap.model_validate(sample_map_data())


XSS = (
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "</textarea><svg onload=alert(1)>",
    "</script><script>alert(1)</script>",
    "<!-- x --> ]]> &amp; &lt;b&gt; {a|b} back\\slash \\N \\G \\l",
)
"""Hostile text: each must show literally and never run or create an element."""


def nasty_map_data() -> dict[str, Any]:
    """The sample debate with hostile text in statements, speakers and the source."""
    data = sample_map_data()
    text = SOURCE_TEXT
    data["title"] = XSS[0] + " title"
    data["description"] = XSS[2]
    source = data["sources"][0]
    source["title"] = XSS[1]
    source["url"] = "javascript:alert(1)"
    source["author"] = XSS[3]
    data["participants"][1]["name"] = XSS[1] + " Bob"
    data["participants"][2]["name"] = XSS[3]
    statements = data["statements"]
    for position, statement in enumerate(statements[1:]):
        payload = XSS[position % len(XSS)]
        statement["text"] = {"en": f"{payload} en {position}", "fr": f"{payload} fr {position}"}
    statements.append(
        {
            "id": "odd.id-1",
            "text": {"en": "Ünïcødé 中文 עברית العربية 🙂 \"quoted\" 'single'"},
            "note": XSS[0],
        }
    )
    assert source["text"] == text
    return data


def nasty_map() -> ArgumentMap:
    """:func:`nasty_map_data` as a map."""
    return ArgumentMap.model_validate(nasty_map_data())


@pytest.fixture
def sample() -> ArgumentMap:
    """The small bilingual debate."""
    return sample_map()


@pytest.fixture
def nasty() -> ArgumentMap:
    """The debate full of hostile text."""
    return nasty_map()
