"""The catalogue's counted nouns: plurals in English and French."""

from __future__ import annotations

import pytest

from argmap.i18n import NOUNS, counted


@pytest.mark.parametrize(
    ("n", "language", "expected"),
    [
        (0, "en", "0 extensions"),
        (1, "en", "1 extension"),
        (2, "en", "2 extensions"),
        (0, "fr", "0 extension"),
        (1, "fr", "1 extension"),
        (2, "fr", "2 extensions"),
    ],
)
def test_extension_agrees_with_its_count(n: int, language: str, expected: str) -> None:
    assert counted(n, "extension", language) == expected


def test_irregular_plurals() -> None:
    assert counted(2, "answer_file", "fr") == "2 fichiers de réponses"
    assert counted(1, "answer_file", "fr") == "1 fichier de réponses"
    assert counted(3, "support", "fr") == "3 soutiens"


def test_every_noun_has_four_forms() -> None:
    for key, noun in NOUNS.items():
        forms = (noun.en, noun.en_plural, noun.fr, noun.fr_plural)
        assert all(forms), key
        assert noun.en != noun.en_plural, key
        assert noun.fr != noun.fr_plural, key


def test_unknown_noun_is_a_key_error() -> None:
    with pytest.raises(KeyError):
        counted(1, "elephant")
