"""Statuses under several semantics at once: labels, acceptance, extensions, disagreements."""

from __future__ import annotations

import hypothesis.strategies as st
import pytest
from hypothesis import given, settings

from argmap.evaluation import (
    DEFAULT_SEMANTICS,
    Reading,
    Status,
    evaluate,
    is_unique_status,
    status_table,
)
from argmap.frameworks import AF, ArgumentationFramework
from argmap.model import ArgumentMap
from argmap.semantics import Semantics, SolverTimeout, extensions, statuses


def test_unique_status_semantics_give_labels() -> None:
    table = status_table(AF(["a", "b", "c"], [("a", "b"), ("b", "c")]), ["grounded", "ideal"])
    assert [s.value for s in table.row("a")] == ["in", "in"]
    assert [s.value for s in table.row("b")] == ["out", "out"]
    assert [s.value for s in table.row("c")] == ["in", "in"]
    assert table["grounded"].extensions == (("a", "c"),)
    assert table["grounded"].unique and table["grounded"].complete


def test_multi_extension_semantics_give_acceptance() -> None:
    # a <-> b, both attack c, c attacks d: d is sceptically accepted by preferred
    # (floating acceptance) but undecided in the grounded labelling.
    af = AF(["a", "b", "c", "d"], [("a", "b"), ("b", "a"), ("a", "c"), ("b", "c"), ("c", "d")])
    table = status_table(af, ["grounded", "preferred", "stable"])
    assert table["preferred"].status("a") is Status.CREDULOUS
    assert table["preferred"].status("c") is Status.REJECTED
    assert table["preferred"].status("d") is Status.SCEPTICAL
    assert table["grounded"].status("d") is Status.UNDEC
    assert table["preferred"].extensions == (("a", "d"), ("b", "d"))
    assert not table["preferred"].unique
    assert table.disagreements() == ("c", "d")


def test_no_extension_is_its_own_status() -> None:
    odd = AF(["a", "b", "c"], [("a", "b"), ("b", "c"), ("c", "a")])
    stable = evaluate(odd, "stable")
    assert set(stable.statuses.values()) == {Status.NO_EXTENSION}
    assert stable.extensions == () and stable.complete
    assert status_table(odd, ["grounded", "stable"]).disagreements() == ()


def test_map_arguments_are_claims_and_inferences(sample: ArgumentMap) -> None:
    table = status_table(sample, ["grounded"], reading="abstract")
    assert "q" not in table.arguments  # the issue is a question, not an argument
    assert table.origin["s-shops"] == "support" and table.origin["ban"] == "statement"
    grounded = table["grounded"]
    assert grounded.status("s-shops") is Status.OUT  # undercut by an unattacked claim
    assert grounded.status("by-car") is Status.OUT  # undermined
    assert grounded.status("ban") is Status.UNDEC  # mutual rebuttal
    with pytest.raises(KeyError, match="'q' is not a claim or an inference"):
        grounded.status("q")


def test_semantics_are_kept_in_order_once() -> None:
    table = status_table(AF(["a"], []), ["preferred", "grounded", "PR", "semi-stable"])
    assert table.semantics == (Semantics.PREFERRED, Semantics.GROUNDED, Semantics.SEMI_STABLE)
    with pytest.raises(KeyError, match="'stable' is not in this table"):
        table["stable"]


def test_default_semantics_cover_the_report_columns() -> None:
    assert DEFAULT_SEMANTICS[0] is Semantics.GROUNDED
    assert {Semantics.PREFERRED, Semantics.STABLE, Semantics.CF2} <= set(DEFAULT_SEMANTICS)
    assert [is_unique_status(s) for s in ("grounded", "ideal", "eager", "complete")] == [
        True,
        True,
        True,
        False,
    ]


def test_cut_enumeration_still_gives_exact_statuses() -> None:
    # Four independent mutual attacks: 16 preferred extensions, listing stops at 3.
    names = [f"{side}{i}" for i in range(4) for side in "xy"]
    attacks = [(f"x{i}", f"y{i}") for i in range(4)] + [(f"y{i}", f"x{i}") for i in range(4)]
    af = AF([*names, "z"], [*attacks, ("x0", "z")])
    cut = evaluate(af, "preferred", extension_limit=3)
    full = evaluate(af, "preferred")
    assert len(cut.extensions) == 3 and not cut.complete
    assert len(full.extensions) == 16 and full.complete
    assert dict(cut.statuses) == dict(full.statuses)
    assert cut.status("z") is Status.CREDULOUS


def test_undecided_in_time_is_unknown(monkeypatch: pytest.MonkeyPatch) -> None:
    def too_slow(*args: object, **kwargs: object) -> bool:
        raise SolverTimeout("no time left")

    monkeypatch.setattr(statuses, "credulously_accepted", too_slow)
    monkeypatch.setattr(statuses, "sceptically_accepted", too_slow)
    af = AF(["a", "b", "c"], [("a", "b"), ("b", "a")])
    result = evaluate(af, "preferred", extension_limit=0)
    assert set(result.statuses.values()) == {Status.UNKNOWN}
    assert not result.complete


def test_json_view() -> None:
    table = status_table(AF(["<b>&", "x"], [("<b>&", "x")]), ["grounded", "stable"])
    data = table.to_json()
    assert data["reading"] == "abstract" and data["arguments"] == ["<b>&", "x"]
    assert data["semantics"][1] == {
        "id": "stable",
        "unique": False,
        "complete": True,
        "statuses": {"<b>&": "sceptical", "x": "rejected"},
        "extensions": [["<b>&"]],
    }


@st.composite
def frameworks(draw: st.DrawFn) -> ArgumentationFramework:
    n = draw(st.integers(min_value=1, max_value=6))
    names = [f"a{i}" for i in range(n)]
    attacks = draw(
        st.sets(st.tuples(st.sampled_from(names), st.sampled_from(names)), max_size=2 * n)
    )
    return AF(names, sorted(attacks))


@settings(max_examples=40, deadline=None)
@given(frameworks(), st.sampled_from(["preferred", "stable", "complete", "stage", "cf2"]))
def test_statuses_follow_the_definitions(af: ArgumentationFramework, name: str) -> None:
    found = [frozenset(e) for e in extensions(af, name)]
    for limit in (1, 64):
        result = evaluate(af, name, extension_limit=limit)
        for argument in af.arguments:
            inside = [argument in e for e in found]
            if not found:
                expected = Status.NO_EXTENSION
            elif all(inside):
                expected = Status.SCEPTICAL
            elif any(inside):
                expected = Status.CREDULOUS
            else:
                expected = Status.REJECTED
            assert result.status(argument) is expected, (argument, limit)


def test_a_table_is_under_one_reading_and_refuses_gradual_semantics(sample: ArgumentMap) -> None:
    table = status_table(sample, ["grounded", "preferred"], reading="necessary")
    assert table.reading is Reading.NECESSARY
    assert all(r.reading is Reading.NECESSARY for r in table.results)
    with pytest.raises(ValueError, match="df-quad is a gradual semantics"):
        status_table(sample, ["grounded", "df-quad"])
    with pytest.raises(ValueError, match="only the abstract reading applies"):
        status_table(AF(["a"], []), ["grounded"], reading="deductive")
