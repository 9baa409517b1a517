"""The page's JSON holds exactly the fields declared in argmap.render.html.data, of their types."""

from __future__ import annotations

import types
from collections.abc import Callable
from typing import Any, NotRequired, Union, get_args, get_origin, get_type_hints, is_typeddict

import pytest

from argmap.model import ArgumentMap
from argmap.render.html import report_html
from argmap.render.html.data import PageData, StatementData
from argmap.render.html.steps import Step
from tests.render.conftest import nasty_map, sample_map
from tests.render.html.test_page import Page


def fields(kind: Any) -> tuple[dict[str, Any], set[str]]:
    """The fields of a TypedDict and those of them it requires (``NotRequired`` read from
    the annotations themselves: ``__required_keys__`` misses it under postponed annotations)."""
    hints = get_type_hints(kind, include_extras=True)
    required = {key for key, hint in hints.items() if get_origin(hint) is not NotRequired}
    return {
        key: get_args(hint)[0] if get_origin(hint) is NotRequired else hint
        for key, hint in hints.items()
    }, required


def conforms(value: Any, kind: Any, where: str = "data") -> list[str]:
    """What in ``value`` differs from the declared type ``kind`` (empty when nothing)."""
    origin = get_origin(kind)
    if is_typeddict(kind):
        if not isinstance(value, dict):
            return [f"{where}: {type(value).__name__}, not an object"]
        declared, required = fields(kind)
        problems = [f"{where}.{key}: not declared" for key in sorted(set(value) - set(declared))]
        problems += [f"{where}.{key}: missing" for key in sorted(required - set(value))]
        for key in sorted(set(value) & set(declared)):
            problems += conforms(value[key], declared[key], f"{where}.{key}")
        return problems
    if origin is list:
        if not isinstance(value, list):
            return [f"{where}: {type(value).__name__}, not a list"]
        return [
            p
            for i, item in enumerate(value)
            for p in conforms(item, get_args(kind)[0], f"{where}[{i}]")
        ]
    if origin is dict:
        if not isinstance(value, dict):
            return [f"{where}: {type(value).__name__}, not an object"]
        return [
            p
            for key, item in value.items()
            for p in conforms(item, get_args(kind)[1], f"{where}.{key}")
        ]
    if origin in (Union, types.UnionType):
        options = [conforms(value, option, where) for option in get_args(kind)]
        return [] if any(not found for found in options) else min(options, key=len)
    if kind is type(None):
        return [] if value is None else [f"{where}: {value!r}, not null"]
    if kind is float:
        ok = isinstance(value, int | float) and not isinstance(value, bool)
        return [] if ok else [f"{where}: {value!r}, not a number"]
    if kind in (int, str, bool):
        ok = isinstance(value, kind) and (kind is bool or not isinstance(value, bool))
        return [] if ok else [f"{where}: {value!r}, not {kind.__name__}"]
    raise AssertionError(f"{where}: no check for {kind!r}")


def test_the_checker_finds_what_differs() -> None:
    step: dict[str, Any] = {"kind": "open", "ids": ["a"], "children": [{"kind": "x", "ids": [1]}]}
    assert conforms(step, Step) == ["data.children[0].ids[0]: 1, not str"]
    assert conforms({"kind": "open"}, Step) == ["data.ids: missing"]
    assert conforms({"kind": "o", "ids": [], "extra": 1}, Step) == ["data.extra: not declared"]
    statement = {"kind": "claim", "text": {"en": "A"}, "attackedBy": [["x", "rebut", "b"]]}
    assert conforms(statement, StatementData) == ["data.attackedBy[0]: list, not an object"]


@pytest.fixture(scope="module")
def csmo_data() -> Any:
    from argmap import corpus

    return Page(report_html(corpus.load("csmo"))).data()


@pytest.mark.parametrize("make", [sample_map, nasty_map], ids=["sample", "nasty"])
def test_the_page_data_is_what_the_contract_declares(make: Callable[[], ArgumentMap]) -> None:
    data = Page(report_html(make())).data()
    assert conforms(data, PageData) == []


def test_every_field_of_a_statement_occurs_in_a_real_page(csmo_data: Any) -> None:
    """The pages checked above carry every field a statement may have, so that the
    contract is not checked against absent fields only."""
    pages: list[Any] = [
        Page(report_html(sample_map(), explanations={"ban": "The analyst's word."})).data(),
        csmo_data,
    ]
    declared, required = fields(StatementData)
    seen = {key for data in pages for st in data["statements"].values() for key in st}
    assert seen == set(declared) and required <= seen
    for data in pages:
        assert conforms(data, PageData) == []
