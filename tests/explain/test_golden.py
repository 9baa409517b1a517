"""The explanations of key CSMO statements, frozen as text after being read by hand.

The files in ``tests/explain/golden/`` are the exact texts of the explanations
(and of one what-if analysis) of a few statements of the built-in CSMO debate,
in English and French, under grounded and preferred semantics: under the
default (structured) reading, the walk over each statement's arguments
(``STATEMENT.SEMANTICS.LANG.txt``), and under the abstract reading, the Dung
proofs (``STATEMENT.SEMANTICS.abstract.LANG.txt``). A change to the
map, to the explanation algorithms or to their wording shows up here. When the
change is intended, read the new texts, then regenerate the files with::

    ARGMAP_REGENERATE_GOLDEN=1 pytest tests/explain/test_golden.py

and review the diff before committing it.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from argmap import corpus
from argmap.explain import explain, what_if
from argmap.model import ArgumentMap

GOLDEN = Path(__file__).resolve().parent / "golden"
REGENERATE = os.environ.get("ARGMAP_REGENERATE_GOLDEN") == "1"
HOW = "ARGMAP_REGENERATE_GOLDEN=1 pytest tests/explain/test_golden.py"

STATEMENTS = (
    "thesis",
    "pro-csmo",
    "benefit-voice",
    "top-head-would-fix",
    "rank-secures-collaboration",
    "anne-no-need-in-house",
    "alt-dispersed-advisers",
    "martin-leader-responsible",
)
"""Statements whose structured explanations are frozen: the thesis, the conceded case and
its « Logiquement » and benefit steps, the anticipated objection, the alternative, and one
position of each commenter."""
ABSTRACT_STATEMENTS = (
    "thesis",
    "pro-csmo",
    "silo",
    "rank-secures-collaboration",
    "anne-no-need-in-house",
    "alt-dispersed-advisers",
)
"""Statements whose explanations under the abstract reading are frozen."""
SEMANTICS = ("grounded", "preferred")
LANGUAGES = ("en", "fr")
CASES = [(st, sem, lang) for st in STATEMENTS for sem in SEMANTICS for lang in LANGUAGES]
ABSTRACT_CASES = [
    (st, sem, lang) for st in ABSTRACT_STATEMENTS for sem in SEMANTICS for lang in LANGUAGES
]


@pytest.fixture(scope="module")
def csmo() -> ArgumentMap:
    if "csmo" not in corpus.names():
        pytest.skip("the built-in CSMO debate is not available")
    return corpus.load("csmo")


def compare(path: Path, text: str) -> None:
    if REGENERATE:
        path.write_text(text, encoding="utf-8")
    assert path.exists(), f"{path.name} is missing; create it with `{HOW}` and read it"
    expected = path.read_text(encoding="utf-8")
    assert text == expected, (
        f"the text of {path.name} changed. If the change is intended (the map or the wording "
        f"changed), read the new text, regenerate the golden files with `{HOW}` and review "
        "the diff."
    )


@pytest.mark.parametrize(("statement", "semantics", "language"), CASES)
def test_explanation_matches_golden_text(
    csmo: ArgumentMap, statement: str, semantics: str, language: str
) -> None:
    text = explain(csmo, statement, semantics, language=language).text + "\n"
    compare(GOLDEN / f"{statement}.{semantics}.{language}.txt", text)


@pytest.mark.parametrize(("statement", "semantics", "language"), ABSTRACT_CASES)
def test_abstract_explanation_matches_golden_text(
    csmo: ArgumentMap, statement: str, semantics: str, language: str
) -> None:
    why = explain(csmo, statement, semantics, reading="abstract", language=language)
    compare(GOLDEN / f"{statement}.{semantics}.abstract.{language}.txt", why.text + "\n")


@pytest.mark.parametrize("language", ["en", "fr"])
def test_what_if_matches_golden_text(csmo: ArgumentMap, language: str) -> None:
    text = what_if(csmo, "anne-no-need-in-house", "grounded").text(language) + "\n"
    compare(GOLDEN / f"whatif.anne-no-need-in-house.grounded.{language}.txt", text)
