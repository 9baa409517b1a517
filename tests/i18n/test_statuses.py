"""The names of statuses and semantics: one catalogue, both languages, one spelling."""

from __future__ import annotations

import pytest

from argmap.evaluation import Status, parse_semantics
from argmap.gradual import GradualSemantics
from argmap.i18n import (
    LANGUAGES,
    STATUS_DESCRIPTIONS,
    STATUS_NAMES,
    semantics_name,
    status_description,
    status_name,
)
from argmap.semantics import Semantics


def test_every_status_has_a_name_and_a_description_in_each_language() -> None:
    assert set(STATUS_NAMES) == set(STATUS_DESCRIPTIONS) == {s.value for s in Status}
    for status in Status:
        for language in LANGUAGES:
            assert status_name(status, language) and status_description(status, language)
    # Statuses that mean different things never share an English name.
    assert len({status_name(s) for s in Status}) == len(Status)
    assert status_name(Status.UNDEC, "fr") == "indécis"


@pytest.mark.parametrize("semantics", [*Semantics, *GradualSemantics])
def test_the_english_name_is_the_canonical_spelling_and_parses_back(
    semantics: Semantics | GradualSemantics,
) -> None:
    name = semantics_name(semantics)
    assert name == semantics.value.replace("_", "-")
    assert parse_semantics(name) is semantics
    assert semantics_name(name, "fr") == semantics_name(semantics.value, "fr")


def test_diagrams_and_explanations_share_one_french_name() -> None:
    # The legend once said "eager" where explanations said « avide ».
    assert semantics_name(Semantics.EAGER, "fr") == "avide"
    assert semantics_name("grounded", "fr") == "fondée"


def test_an_unknown_semantics_lists_the_known_ones() -> None:
    with pytest.raises(ValueError, match="unknown semantics 'best'; choose one of: conflict-free"):
        semantics_name("best")
