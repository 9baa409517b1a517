"""The YAML pitfalls of hand-written maps get a hint in the words of the fix."""

from __future__ import annotations

import textwrap

import pytest

from argmap.io import loads_map
from argmap.model import MapValidationError


def problems_of(text: str) -> list[str]:
    with pytest.raises(MapValidationError) as caught:
        loads_map(textwrap.dedent(text), "yaml", file="m.yaml")
    return [str(p) for p in caught.value.problems]


def test_a_comma_in_an_unquoted_flow_text_is_told_once_with_the_fix() -> None:
    found = problems_of(
        """\
        title: Tea
        statements:
          - {id: q, kind: issue, text: {en: Tea, or coffee?, fr: Thé ou café ?}}
          - {id: c, text: {en: Coffee.}, answers: nope}
        """
    )
    assert len(found) == 2, found
    split, missing = found
    assert split.startswith("m.yaml:3:42: ")  # at "or coffee?"
    assert "`en: Tea, or coffee?` is read as two keys: the comma split the text" in split
    assert 'fix: quote this text: a comma split it; write en: "Tea, or coffee?"' in split
    assert "pattern" not in split and "unknown field" not in " ".join(found)
    assert "'nope' does not exist" in missing  # the rest of the map is still checked


def test_a_quoted_flow_text_and_a_block_mapping_are_not_flagged() -> None:
    m = loads_map(
        'title: Tea\nstatements:\n  - {id: q, text: {en: "Tea, or coffee?"}}\n'
        "  - id: r\n    text:\n      en: Tea, or coffee\n",
        "yaml",
    )
    assert m.statement("q").paraphrase() == "Tea, or coffee?"
    assert m.statement("r").paraphrase() == "Tea, or coffee"


def test_a_tab_in_the_indentation_says_use_spaces() -> None:
    (problem,) = problems_of("title: Tea\nstatements:\n\t- {id: a, text: {en: A}}\n")
    assert problem.startswith("m.yaml:3:1: a tab in the indentation of line 3")
    assert "fix: use spaces, not tabs" in problem


def test_a_tab_inside_a_quoted_text_is_not_an_indentation_problem() -> None:
    m = loads_map('title: "Tea\tor coffee"\n', "yaml")
    assert m.title == "Tea\tor coffee"


def test_an_unknown_top_level_key_gets_did_you_mean() -> None:
    (problem,) = problems_of("title: Tea\nstatement:\n  - {id: a, text: {en: A}}\n")
    assert "unknown field 'statement'" in problem
    assert "did you mean 'statements'?" in problem
