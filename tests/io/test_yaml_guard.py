"""Hostile YAML and JSON maps: a clear located error, never a traceback or a hang."""

from __future__ import annotations

import time

import pytest
import yaml

from argmap.io import loads_map
from argmap.io.limits import Limits
from argmap.io.yaml_guard import check_nodes
from argmap.io.yaml_loader import plain_tag
from argmap.model import MapValidationError


def _problems(text: str, fmt: str = "yaml", limits: Limits | None = None) -> list[str]:
    with pytest.raises(MapValidationError) as info:
        loads_map(text, fmt, file="m", limits=limits)  # type: ignore[arg-type]
    return [str(p) for p in info.value.problems]


@pytest.mark.parametrize(
    ("text", "where", "message"),
    [
        ("title: !foo t\n", "m:1:8", "tag '!foo' is not allowed"),
        ("title: !!int x\n", "m:1:8", "tag '!!int' is not allowed"),
        ("title: !!float x\n", "m:1:8", "tag '!!float' is not allowed"),
        ("title: !!timestamp x\n", "m:1:8", "tag '!!timestamp' is not allowed"),
        ("!!bool title: t\n", "m:1:1", "tag '!!bool' is not allowed"),
        ("title: t\nsources: !!set {a}\n", "m:2:10", "tag '!!set' is not allowed"),
        ("title: !!binary aGk=\n", "m:1:8", "tag '!!binary' is not allowed"),
        ("? [a, b]\n: c\ntitle: t\n", "m:1:3", "a list or a mapping is used as a key"),
        ("a: &x {b: 1}\ntitle: t\nc:\n  <<: *x\n", "m:4:3", "merge keys (<<) are not allowed"),
    ],
)
def test_yaml_tags_and_complex_keys_are_clear_errors(text: str, where: str, message: str) -> None:
    problems = _problems(text)
    assert any(p.startswith(f"{where}: {message}") for p in problems), problems


def test_harmless_explicit_tags_are_accepted() -> None:
    m = loads_map("title: !!str 2024\nlanguage: !!str en\n")
    assert m.title == "2024"


def test_recursive_alias_is_a_clear_error() -> None:
    problems = _problems("title: t\nstatements: &a [*a]\n")
    assert problems == [
        "m:2:13: an alias refers to the value that holds it (a recursive alias)\n"
        "    fix: replace the alias with the values it stands for"
    ]


def _laughs(levels: int) -> str:
    lines = ["title: t", "a0: &a0 [lol,lol,lol,lol,lol,lol,lol,lol,lol]"]
    for i in range(1, levels):
        lines.append(f"a{i}: &a{i} [" + ",".join([f"*a{i - 1}"] * 9) + "]")
    return "\n".join(lines) + "\n"


def test_billion_laughs_is_refused_quickly() -> None:
    text = _laughs(9)
    assert len(text) < 450
    started = time.monotonic()
    problems = _problems(text)
    assert time.monotonic() - started < 2
    assert "aliases expand the document by more than 10000 values" in problems[0]
    assert "ARGMAP_ALIAS_BUDGET" in problems[0]
    bigger = _laughs(30)
    started = time.monotonic()
    assert "aliases expand" in _problems(bigger)[0]
    assert time.monotonic() - started < 2


def test_a_few_aliases_within_the_budget_are_allowed() -> None:
    text = (
        "title: t\nstatements:\n"
        "  - {id: a, text: &same {en: Same words, fr: Mêmes mots}}\n"
        "  - {id: b, text: *same}\n"
    )
    m = loads_map(text)
    assert m.statements[0].text == m.statements[1].text
    assert "aliases expand" in _problems(text, limits=Limits(alias_budget=1))[0]


def test_deep_block_nesting_is_a_clear_error() -> None:
    text = "title: t\nx:\n" + "".join("  " * i + f"- k{i}:\n" for i in range(1, 120))
    problems = _problems(text)
    assert "values nest more than 64 levels deep" in problems[0]


def test_json_nested_1000_deep_is_a_clear_error() -> None:
    problems = _problems('{"title": ' + "[" * 1000 + "]" * 1000 + "}", "json")
    assert problems[0].startswith("m:1:74: [ nests values 65 levels deep")


@pytest.mark.parametrize("fmt", ["yaml", "json"])
def test_integers_over_4300_digits_are_clear_errors(fmt: str) -> None:
    number = "7" * 4301
    text = f'{{"title": "t", "n": {number}}}' if fmt == "json" else f"title: t\nn: {number}\n"
    problems = _problems(text, fmt)
    assert "a number of 4,301 characters, over the limit of 100" in problems[0]


@pytest.mark.parametrize("fmt", ["yaml", "json"])
def test_utf8_byte_order_mark_is_accepted(fmt: str) -> None:
    text = '\ufeff{"title": "t"}' if fmt == "json" else "\ufefftitle: t\n"
    assert loads_map(text, fmt).title == "t"  # type: ignore[arg-type]


def test_too_many_statements_are_refused_before_validation() -> None:
    items = "".join(f"  - {{id: s{i}, text: {{en: x}}}}\n" for i in range(4))
    problems = _problems("title: t\nstatements:\n" + items, limits=Limits(max_items=3))
    assert problems[0].startswith("m:2:1: 4 statements, over the limit of 3")


def test_check_nodes_reports_every_tag_problem() -> None:
    loader = yaml.SafeLoader("a: !x 1\nb: !y 2\n")
    root = loader.get_single_node()
    messages = [p.message for p in check_nodes(root, plain_tag, Limits())]
    assert messages == ["tag '!x' is not allowed in a map", "tag '!y' is not allowed in a map"]
