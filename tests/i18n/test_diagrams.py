"""The words of diagrams: every entry in both languages, with the same slots."""

from __future__ import annotations

import string

import pytest

from argmap.i18n import DIAGRAM, diagram_word


def slots(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


@pytest.mark.parametrize("key", sorted(DIAGRAM))
def test_each_word_has_both_languages_with_the_same_slots(key: str) -> None:
    word = DIAGRAM[key]
    assert word.en.strip() and word.fr.strip()
    assert slots(word.en) == slots(word.fr), key
    assert word.en != word.fr, key  # nothing was left untranslated


def test_diagram_word_fills_named_slots() -> None:
    assert diagram_word("derived", "fr", reading="nécessaire").startswith(
        "attaque déduite du support nécessaire"
    )
    assert diagram_word("premise_of", inference="s", premises="a, b", conclusion="c") == (
        "inference s: a, b → c"
    )
    with pytest.raises(KeyError):
        diagram_word("status", "en", reading="x")
