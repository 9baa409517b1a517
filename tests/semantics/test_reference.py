"""Published examples: ../shared/reference/dung_examples.json and the probo examples."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from argmap.frameworks import ArgumentationFramework
from argmap.semantics import (
    credulously_accepted,
    extensions,
    grounded_extension,
    labellings,
    sceptically_accepted,
)
from tests.semantics.conftest import SEMANTICS, SHARED, load_apx

REFERENCE = SHARED / "reference" / "dung_examples.json"
PROBO = SHARED / "bench" / "iccma" / "probo_examples"


def _examples() -> list[dict[str, Any]]:
    if not REFERENCE.is_file():
        return []
    examples: list[dict[str, Any]] = json.loads(REFERENCE.read_text())["examples"]
    return examples


EXAMPLES = _examples()
needs_reference = pytest.mark.skipif(
    not EXAMPLES, reason=f"{REFERENCE} is absent: published reference examples not available"
)


def _framework(example: dict[str, Any]) -> ArgumentationFramework:
    return ArgumentationFramework(example["args"], [tuple(pair) for pair in example["attacks"]])


def _as_sets(listed: list[list[str]]) -> set[frozenset[str]]:
    return {frozenset(extension) for extension in listed}


@needs_reference
@pytest.mark.parametrize("engine", ["python", "auto"])
@pytest.mark.parametrize("semantics", SEMANTICS)
@pytest.mark.parametrize("example", EXAMPLES, ids=lambda e: e["name"])
def test_extensions_match_the_reference(
    example: dict[str, Any], semantics: str, engine: str
) -> None:
    expected = example["expected"][semantics]
    found = list(extensions(_framework(example), semantics, engine=engine))
    assert len(found) == len(expected)
    assert set(found) == _as_sets(expected)


@needs_reference
@pytest.mark.parametrize("example", EXAMPLES, ids=lambda e: e["name"])
def test_labellings_match_the_reference(example: dict[str, Any]) -> None:
    af = _framework(example)
    assert example["expected_labellings"], "every example lists labellings"
    for semantics, expected in example["expected_labellings"].items():
        found = [
            {a: label.value for a, label in labelling.as_mapping().items()}
            for labelling in labellings(af, semantics, engine="python")
        ]
        assert sorted(found, key=_items) == sorted(expected, key=_items), semantics


def _items(labelling: dict[str, str]) -> list[tuple[str, str]]:
    return sorted(labelling.items())


PUBLIC_TESTS = [(example, test) for example in EXAMPLES for test in example["public_tests"]]


@needs_reference
@pytest.mark.parametrize(
    ("example", "test"),
    PUBLIC_TESTS,
    ids=[f"{e['name']}-{t['semantics']}" for e, t in PUBLIC_TESTS],
)
def test_public_acceptance_assertions(example: dict[str, Any], test: dict[str, Any]) -> None:
    af = _framework(example)
    semantics = test["semantics"]
    checked = 0
    for argument, expected in test.get("credulous", {}).items():
        assert credulously_accepted(af, argument, semantics) is expected, argument
        checked += 1
    for argument, expected in test.get("skeptical", {}).items():
        assert sceptically_accepted(af, argument, semantics) is expected, argument
        checked += 1
    if "assertion" in test:
        checked += _check_assertion(af, semantics, test["assertion"])
    assert checked, f"nothing checked for {test}"


def _check_assertion(af: ArgumentationFramework, semantics: str, assertion: str) -> int:
    """The free-text assertions of the reference file, two patterns of them."""
    computed = next(extensions(af, semantics))
    size = re.fullmatch(r"a computed \S+ extension has exactly (\d+) argument", assertion)
    if size:
        assert len(computed) == int(size.group(1))
        return 1
    members = re.fullmatch(r"the computed \S+ extension contains (\S+) and not (\S+)", assertion)
    assert members, f"unrecognised assertion {assertion!r}"
    # The suites number arguments a0, a1, ...; the examples name them (a0..a4 = A..E).
    inside = [_positional(af, name) for name in members.group(1).split(",")]
    outside = [_positional(af, name) for name in members.group(2).split(",")]
    assert set(inside) <= computed
    assert not set(outside) & computed
    return 1


def _positional(af: ArgumentationFramework, name: str) -> str:
    if name in af:
        return name
    number = re.fullmatch(r"a(\d+)", name)
    assert number, f"unknown argument {name!r}"
    return af.arguments[int(number.group(1))]


# -- probo (ICCMA 2015/2017) examples with their EE-CO/GR/PR/ST solutions --------
_TASKS = {"EE-CO": "complete", "EE-GR": "grounded", "EE-PR": "preferred", "EE-ST": "stable"}


def _probo_cases() -> list[tuple[Path, str]]:
    if not PROBO.is_dir():
        return []
    return [
        (path, task)
        for path in sorted(PROBO.glob("*.apx"))
        for task in _TASKS
        if (PROBO / "solutions" / f"{path.name}.{task}").is_file()
    ]


PROBO_CASES = _probo_cases()


def _solution(path: Path) -> set[frozenset[str]]:
    """A probo solution file: ``[[a1,a2],[],...]`` (a count may follow on later lines)."""
    text = path.read_text().strip().splitlines()[0]
    assert text.startswith("[") and text.endswith("]"), path
    return {
        frozenset(name for name in inner.split(",") if name)
        for inner in re.findall(r"\[([^\[\]]*)\]", text[1:-1])
    }


@pytest.mark.skipif(not PROBO_CASES, reason=f"{PROBO} is absent: probo examples not available")
@pytest.mark.parametrize(("path", "task"), PROBO_CASES, ids=lambda v: getattr(v, "name", v))
def test_probo_examples(path: Path, task: str) -> None:
    af = load_apx(path)
    expected = _solution(PROBO / "solutions" / f"{path.name}.{task}")
    found = list(extensions(af, _TASKS[task]))
    assert len(found) == len(expected)
    assert set(found) == expected


# -- an ICCMA 2019 instance with the competition's reference answers ---------------
MEDIUM = SHARED / "bench" / "iccma" / "iccma19_probo2"
MEDIUM_APX = MEDIUM / "Medium-result-b1.apx"
needs_medium = pytest.mark.skipif(
    not MEDIUM_APX.is_file(), reason=f"{MEDIUM_APX} is absent: ICCMA instance not available"
)


@pytest.fixture(scope="module")
def medium() -> ArgumentationFramework:
    return load_apx(MEDIUM_APX)


def _answer(task: str) -> str:
    return (MEDIUM / f"iccma-2019-Medium-result-b1.apx-{task}.out").read_text().split()[0]


@needs_medium
def test_iccma_medium_instance_decision_tasks(medium: ArgumentationFramework) -> None:
    argument = (MEDIUM / "Medium-result-b1.arg").read_text().strip()
    assert _answer("SE-CO") == "[]" and grounded_extension(medium) == frozenset()
    for task, query, semantics in [
        ("DC-CO", credulously_accepted, "complete"),
        ("DS-CO", sceptically_accepted, "complete"),
        ("DC-GR", credulously_accepted, "grounded"),
    ]:
        expected = {"YES": True, "NO": False}[_answer(task)]
        assert query(medium, argument, semantics, engine="python") is expected, task


@needs_medium
def test_iccma_medium_instance_stable_extensions(medium: ArgumentationFramework) -> None:
    expected = _solution(MEDIUM / "iccma-2019-Medium-result-b1.apx-EE-ST.out")
    assert len(expected) == 15
    found = list(extensions(medium, "stable", engine="python"))
    assert len(found) == 15
    assert set(found) == expected
