"""The phrasebooks of explanations: the same sentences, with the same slots, in each language."""

from __future__ import annotations

import string

import pytest

from argmap.i18n.explanations import EXPLANATIONS, Template

ARGUMENT_SLOTS = {"A", "B", "C", "X", "Y", "S"}


def slots(template: Template) -> set[str]:
    """The arguments a template names, and the values it takes (agreement suffixes dropped)."""
    found: set[str] = set()
    for text in (template,) if isinstance(template, str) else template:
        for _, name, _, _ in string.Formatter().parse(text):
            if name:
                found.add(name.partition("_")[0] if name[0] in ARGUMENT_SLOTS else name)
    return found


def test_the_phrasebooks_have_the_same_entries() -> None:
    en, fr = EXPLANATIONS["en"], EXPLANATIONS["fr"]
    assert set(en) == set(fr)
    for key in en:
        assert isinstance(en[key], str) == isinstance(fr[key], str), key


@pytest.mark.parametrize("key", sorted(EXPLANATIONS["en"]))
def test_each_sentence_fills_the_same_slots_in_both_languages(key: str) -> None:
    en, fr = EXPLANATIONS["en"][key], EXPLANATIONS["fr"][key]
    # French names the argument again where English uses a pronoun: French may have more.
    assert slots(en) - {"sems"} <= slots(fr) | {"sem"}, key
