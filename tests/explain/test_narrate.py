"""Rendering: every explanation reads as finished prose, in English and French."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from argmap.explain import MAX_TREE_DEPTH, Status, explain, explain_map, what_if
from argmap.explain.names import Vocabulary, _clause
from argmap.explain.narrate import CHAIN_DEPTH
from argmap.frameworks import AF, ArgumentationFramework
from argmap.model import ArgumentMap
from argmap.semantics import Semantics
from tests.explain import frameworks

LEFTOVERS = re.compile(r"[{}]|— ?[,.;:]|\s[,.]\s|  |\.\.(?!\.)|\bNone\b|argument argument")


def check_prose(text: str) -> None:
    assert text.strip() == text and text, "no empty text, no stray whitespace"
    assert not LEFTOVERS.search(text), f"unfinished text: {LEFTOVERS.search(text)!r} in {text!r}"
    for paragraph in text.split("\n\n"):
        assert paragraph[0].isupper(), paragraph
        assert paragraph[-1] in ".:»”)", paragraph


@settings(max_examples=120, deadline=None)
@given(frameworks(max_arguments=6), st.sampled_from(list(Semantics)), st.sampled_from(["en", "fr"]))
def test_every_explanation_renders(
    af: ArgumentationFramework, semantics: Semantics, language: str
) -> None:
    for a in af.arguments:
        why = explain(af, a, semantics, language=language)
        check_prose(why.text)
        assert f"argument {a}" in why.text.lower()
        json.dumps(why.to_dict())
        assert why.render("en" if language == "fr" else "fr") != why.text


@settings(max_examples=40, deadline=None)
@given(frameworks(max_arguments=5), st.sampled_from(["en", "fr"]))
def test_what_if_text_renders(af: ArgumentationFramework, language: str) -> None:
    for a in af.arguments:
        result = what_if(af, a, "grounded")
        text = result.text(language)
        assert text.count("\n") == min(len(result.flips), 12)
        for line in text.splitlines():
            assert not LEFTOVERS.search(line), line


def test_clause_conversion() -> None:
    proper = frozenset({"Martin", "Gary"})
    assert _clause("So the function must stay in-house.", proper) == (
        "the function must stay in-house"
    )
    assert _clause("No: a CSMO isolates the subject.", proper) == "a CSMO isolates the subject"
    assert _clause("No one is better placed.", proper) == "no one is better placed"
    assert _clause("Martin disagrees.", proper) == "Martin disagrees"
    assert _clause("Gary Vaynerchuk speaks of a CCO.", proper) == "Gary Vaynerchuk speaks of a CCO"
    assert _clause("CSMO stands for Chief Social Media Officer.", proper) == (
        "CSMO stands for Chief Social Media Officer"
    )
    assert _clause("Ask HR: they know.", proper) is None
    assert _clause("Who better to defend it?", proper) is None
    assert _clause("Donc, la fonction reste interne.", proper) == "la fonction reste interne"


def small_map() -> ArgumentMap:
    return ArgumentMap(
        title="Outsource social media?",
        participants=[{"id": "anne", "name": "Anne"}, {"id": "martin", "name": "Martin"}],
        sources=[{"id": "c", "title": "Comments", "text": "Use an agency. Never outsource."}],
        statements=[
            {"id": "q", "kind": "issue", "text": {"en": "Outsource?", "fr": "Externaliser ?"}},
            {
                "id": "agency",
                "answers": "q",
                "text": {
                    "en": "An agency should manage social media.",
                    "fr": "Une agence devrait gérer les médias sociaux.",
                },
                "provenance": {
                    "source": "c",
                    "speaker": "anne",
                    "quote": "Use an agency.",
                    "span": [0, 14],
                },
            },
            {
                "id": "keep",
                "text": {
                    "en": "So reputation must not be outsourced.",
                    "fr": "Donc la réputation ne doit pas être sous-traitée.",
                },
                "provenance": {
                    "source": "c",
                    "speaker": "martin",
                    "quote": "Never outsource.",
                    "span": [15, 31],
                },
            },
            {
                "id": "duty",
                "implicit": True,
                "text": {
                    "en": "Reputation is the leader's duty.",
                    "fr": "La réputation est le devoir du dirigeant.",
                },
            },
        ],
        supports=[{"id": "s-duty", "premises": ["duty"], "conclusion": "keep"}],
        attacks=[{"id": "x", "kind": "rebut", "source": "keep", "target": "agency"}],
    )


def test_map_explanations_use_speakers_roles_and_paraphrases() -> None:
    why = explain_map(small_map(), "grounded", "en", reading="abstract")  # the Dung prose
    assert set(why) == {"agency", "keep", "duty"}
    text = why["agency"].text
    assert text.startswith(
        "Anne's position — that an agency should manage social media — is rejected under "
        "grounded semantics because Martin's objection — that reputation must not be "
        "outsourced — is accepted and attacks it, and nothing attacks that objection in turn."
    )
    french = explain_map(small_map(), "grounded", "fr", reading="abstract")["agency"].text
    assert french.startswith(
        "La position d’Anne — selon laquelle une agence devrait gérer les médias sociaux — est "
        "rejetée en sémantique fondée parce que l’objection de Martin — selon laquelle la "
        "réputation ne doit pas être sous-traitée — est acceptée et l’attaque"
    )
    assert why["duty"].status is Status.ACCEPTED
    assert why["duty"].text.startswith("The unstated premise that reputation is the leader's duty")


def test_masculine_agreement_for_bare_frameworks() -> None:
    af = AF(["a", "b"], [("b", "a")])
    text = explain(af, "a", "grounded", language="fr").text
    assert text.startswith("L’argument a est rejeté en sémantique fondée")
    assert "acceptée" not in text


def test_deep_chains_are_summarised_and_connectives_vary() -> None:
    names = [f"x{i}" for i in range(13)]
    af = AF(names, [(names[i + 1], names[i]) for i in range(12)])
    why = explain(af, "x0", "grounded", sufficiency=False)
    text = why.text
    assert why.status is Status.ACCEPTED
    assert "goes three levels deeper and rests in the end on argument x12" in text
    assert text.count("in turn stands") <= 1 and "for its part" in text
    assert len(re.findall(r"\. ", text)) <= CHAIN_DEPTH + 2


def test_undecided_text_names_the_cycle() -> None:
    af = AF(["a", "b", "c", "d"], [("a", "b"), ("b", "c"), ("c", "a"), ("c", "d")])
    text = explain(af, "d", "grounded", sufficiency=False).text
    assert "argument c is not defeated either" in text
    assert "Argument c, argument a and argument b attack one another in a cycle" in text
    loop = AF(["x", "y"], [("x", "y"), ("y", "x")])
    text = explain(loop, "y", "grounded", language="fr", sufficiency=False).text
    assert "L’argument y et l’argument x s’attaquent mutuellement" in text
    assert "fait lui-même partie de ce conflit" in text


def test_refutation_text_follows_each_answer() -> None:
    af = AF(
        ["a", "b", "c", "d", "x", "y"],
        [("b", "a"), ("c", "b"), ("d", "b"), ("x", "c"), ("y", "d")],
    )
    text = explain(af, "a", "preferred", sufficiency=False).text
    assert "can only be answered by argument c or argument d, and each of them fails" in text
    assert "argument x attacks argument c, and nothing attacks argument x" in text


def test_vocabulary_falls_back_to_names() -> None:
    words = Vocabulary.of_map(small_map())
    assert words.phrase("s-duty", "en").full.startswith("the inference from the unstated premise")
    assert words.phrase("unknown", "fr").full == "l'argument unknown"
    with pytest.raises(ValueError, match="writes in en, fr"):
        explain(AF(["a"], []), "a", language="de")
    with pytest.raises(ValueError, match="writes in en, fr"):
        explain(AF(["a"], []), "a").render("it")


def test_json_of_a_tree_deeper_than_the_recursion_limit_is_cut_and_encodes() -> None:
    n = 2_000
    names = [f"a{i}" for i in range(n)]
    af = AF(names, [(names[i + 1], names[i]) for i in range(n - 1)])
    data = explain(af, "a0").to_dict()
    encoded = json.loads(json.dumps(data, indent=2))
    move, depth = encoded["grounded"]["tree"]["root"], 1
    while "children" in move:
        (move,) = move["children"]
        depth += 1
        assert move["argument"] == f"a{depth - 1}"
    assert depth == MAX_TREE_DEPTH
    assert move["truncated"] is True
