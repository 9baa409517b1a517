"""Evaluating a whole map under one extension-based semantics: statuses per statement."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from argmap import corpus
from argmap.frameworks import AF, ArgumentationFramework
from argmap.frameworks.bipolar import SupportInterpretation
from argmap.model import ArgumentMap
from argmap.semantics import Semantics, SolverTimeout, evaluation, extensions
from argmap.semantics.evaluation import (
    Status,
    argument_status,
    dung_view,
    evaluate,
    framework_statuses,
    is_unique_status,
    parse_support,
    semantics_name,
)
from argmap.semantics.types import Labelling
from tests.frameworks.test_map_bipolar import build
from tests.semantics.conftest import frameworks

UNDERCUT = build(["c", "p", "u"], [("s", ["p"], "c")], [("undercut", "u", "s")])
DUEL = build(["c", "d", "p"], [("s", ["p"], "c")], [("rebut", "c", "d"), ("rebut", "d", "c")])
TRIANGLE = build(
    ["a", "b", "c"], [], [("rebut", "a", "b"), ("rebut", "b", "c"), ("rebut", "c", "a")]
)


def test_dung_view_keeps_the_conclusion_of_an_undercut_inference() -> None:
    result = evaluate(UNDERCUT, "grounded")
    assert result.support is None
    assert dict(result.statuses) == {
        "c": Status.IN,
        "p": Status.IN,
        "u": Status.IN,
        "s": Status.OUT,
    }
    assert result.unique and result.extensions == (("c", "p", "u"),)


@pytest.mark.parametrize(
    ("support", "c", "s"),
    [
        ("deductive", Status.IN, Status.OUT),
        ("necessary", Status.OUT, Status.OUT),
        ("evidential", Status.OUT, Status.OUT),
        ("general", Status.OUT, Status.OUT),
    ],
)
def test_each_reading_of_an_undercut(support: str, c: Status, s: Status) -> None:
    result = evaluate(UNDERCUT, "grounded", support=support)
    assert result.support is SupportInterpretation(support)
    assert (result.status("c"), result.status("s"), result.status("p")) == (c, s, Status.IN)


def test_multi_extension_statuses_and_the_extensions_holding_each_statement() -> None:
    result = evaluate(DUEL, "preferred")
    assert not result.unique and result.complete
    assert result.extensions == (("c", "p", "s"), ("d", "p", "s"))
    assert result.status("c") is Status.CREDULOUS
    assert result.status("p") is Status.SCEPTICAL
    assert result.containing("d") == (1,)
    assert result.to_json() == {
        "c": {"status": "credulous", "extensions": [0]},
        "d": {"status": "credulous", "extensions": [1]},
        "p": {"status": "sceptical", "extensions": [0, 1]},
    }


def test_deductive_support_makes_the_inference_share_its_conclusion_s_fate() -> None:
    # d rebuts c, so (mediated) it also attacks s, which concludes c.
    result = evaluate(DUEL, "preferred", support="deductive")
    assert result.extensions == (("c", "p", "s"), ("d", "p"))
    assert result.status("s") is Status.CREDULOUS


def test_stable_without_extension_gives_every_statement_no_extension() -> None:
    result = evaluate(TRIANGLE, "stable")
    assert result.extensions == () and result.complete
    assert set(result.statuses.values()) == {Status.NO_EXTENSION}
    assert evaluate(TRIANGLE, "grounded").status("a") is Status.UNDEC


def test_statements_without_evidence_are_rejected() -> None:
    # a and b support each other and nothing else: no evidence chain reaches them.
    m = build(["a", "b", "c"], [("s1", ["a"], "b"), ("s2", ["b"], "a")])
    view = dung_view(m, "evidential")
    assert view.without_evidence == {"a", "b", "s1", "s2"}
    assert view.framework.arguments == ("c",)
    assert evaluate(m, "grounded", support="evidential").status("a") is Status.OUT
    assert evaluate(m, "preferred", support="evidential").status("b") is Status.REJECTED
    assert evaluate(m, "preferred", support="evidential").status("c") is Status.SCEPTICAL


def test_a_cut_enumeration_still_gives_exact_statuses() -> None:
    full = evaluate(DUEL, "conflict-free", extension_limit=1000)
    cut = evaluate(DUEL, "conflict-free", extension_limit=2)
    assert full.complete and not cut.complete
    assert len(cut.extensions) == 2
    assert cut.statuses == full.statuses
    # The empty set is conflict-free: nothing is sceptically accepted.
    assert set(full.statuses.values()) == {Status.CREDULOUS}


def test_framework_statuses_on_an_abstract_framework() -> None:
    af = AF(["a", "b", "c"], [("a", "b"), ("b", "c")])
    found = framework_statuses(af, "complete")
    assert [s.value for s in found.statuses.values()] == ["sceptical", "rejected", "sceptical"]
    assert found.extensions == (("a", "c"),)


def test_framework_statuses_answer_for_one_argument_and_name_strangers() -> None:
    found = framework_statuses(AF(["a", "b"], [("a", "b")]), "preferred")
    assert not found.unique and "a" in found and "z" not in found
    assert found.status("b") is Status.REJECTED
    with pytest.raises(KeyError, match="'z' is not an argument"):
        found.status("z")
    assert framework_statuses(AF(["a"], []), "eager").unique
    assert [is_unique_status(s) for s in ("grounded", "ideal", "eager", "cf2")] == [
        True,
        True,
        True,
        False,
    ]


def expected_status(af: ArgumentationFramework, semantics: Semantics, argument: str) -> Status:
    """The status of ``argument`` read off every extension, from the definitions."""
    found = [frozenset(e) for e in extensions(af, semantics)]
    if is_unique_status(semantics):
        (extension,) = found
        return Status(Labelling.from_extension(af, extension).label(argument).value)
    inside = [argument in e for e in found]
    if not found:
        return Status.NO_EXTENSION
    if all(inside):
        return Status.SCEPTICAL
    return Status.CREDULOUS if any(inside) else Status.REJECTED


@settings(max_examples=60, deadline=None)
@given(frameworks(max_arguments=6), st.sampled_from(list(Semantics)))
def test_every_way_of_computing_a_status_agrees(
    af: ArgumentationFramework, semantics: Semantics
) -> None:
    expected = {a: expected_status(af, semantics, a) for a in af.arguments}
    for limit in (0, 1, 64):
        assert dict(framework_statuses(af, semantics, extension_limit=limit).statuses) == expected
    assert {a: argument_status(af, a, semantics) for a in af.arguments} == expected


def test_one_argument_status_without_an_extension_or_a_stranger() -> None:
    odd = AF(["a", "b", "c"], [("a", "b"), ("b", "c"), ("c", "a")])
    assert argument_status(odd, "a", "stable") is Status.NO_EXTENSION
    assert argument_status(odd, "a", "preferred") is Status.REJECTED
    with pytest.raises(KeyError, match="'z' is not an argument"):
        argument_status(odd, "z", "grounded")
    with pytest.raises(ValueError, match="timeout must be a number of seconds >= 0"):
        argument_status(odd, "a", "preferred", timeout=-1)
    with pytest.raises(ValueError, match="timeout must be a number of seconds >= 0"):
        framework_statuses(odd, "preferred", timeout=-1)


def out_of_time(*args: object, **kwargs: object) -> bool:
    raise SolverTimeout("no time left")


def test_no_time_for_the_one_extension_leaves_every_argument_unknown(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(evaluation, "some_extension", out_of_time)
    af = AF(["a", "b"], [("a", "b")])
    found = framework_statuses(af, "grounded", timeout=1.0)
    assert dict(found.statuses) == {"a": Status.UNKNOWN, "b": Status.UNKNOWN}
    assert found.extensions == () and not found.complete
    assert argument_status(af, "b", "ideal", timeout=1.0) is Status.UNKNOWN


def test_no_time_for_the_open_arguments_leaves_only_those_unknown(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(evaluation, "credulously_accepted", out_of_time)
    monkeypatch.setattr(evaluation, "sceptically_accepted", out_of_time)
    # Three independent mutual attacks: 8 preferred extensions, listing stops at 2.
    names = [f"{side}{i}" for i in range(3) for side in "xy"]
    attacks = [(f"x{i}", f"y{i}") for i in range(3)] + [(f"y{i}", f"x{i}") for i in range(3)]
    af = AF(names, attacks)
    found = framework_statuses(af, "preferred", extension_limit=2, timeout=1.0)
    assert not found.complete and len(found.extensions) == 2
    first, second = (set(e) for e in found.extensions)
    for argument in names:
        settled = argument in first ^ second  # in some listed extension, not all
        assert found.status(argument) is (Status.CREDULOUS if settled else Status.UNKNOWN)
    assert argument_status(af, "x0", "preferred", timeout=1.0) is Status.UNKNOWN


def test_json_is_keyed_by_statement_id_in_map_order() -> None:
    result = evaluate(UNDERCUT, "grounded", support="necessary")
    assert list(result.to_json()) == ["c", "p", "u"]
    assert result.to_json(inferences=True)["s"] == {"status": "out"}
    assert dict(result.statement_statuses()) == {"c": Status.OUT, "p": Status.IN, "u": Status.IN}


def test_unknown_names_are_refused_with_the_choices() -> None:
    with pytest.raises(ValueError, match=r"unknown semantics 'prefered'.*preferred"):
        evaluate(UNDERCUT, "prefered")
    with pytest.raises(ValueError, match=r"unknown support interpretation 'strong'.*necessary"):
        evaluate(UNDERCUT, "grounded", support="strong")
    with pytest.raises(KeyError, match="'nope' is not a claim or an inference"):
        evaluate(UNDERCUT, "grounded").status("nope")


def test_names_and_parsing() -> None:
    assert semantics_name(Semantics.CONFLICT_FREE) == "conflict-free"
    assert parse_support(None) is None
    assert parse_support(" Evidential ") is SupportInterpretation.EVIDENTIAL
    assert Status.IN.accepted and not Status.UNDEC.accepted


# -- the CSMO debate ----------------------------------------------------------------------
@pytest.fixture(scope="module")
def csmo() -> ArgumentMap:
    return corpus.load("csmo")


WINNERS = ("thesis", "alt-dispersed-advisers", "martin-leader-responsible",
           "martin-rotate-influencers")  # fmt: skip
LOSERS = ("pro-csmo", "anne-no-need-in-house", "anne-agency")


@pytest.mark.parametrize("support", [None, "deductive", "necessary", "evidential", "general"])
@pytest.mark.parametrize("semantics", ["grounded", "preferred", "stable", "ideal"])
def test_csmo_positions_are_settled_the_same_way_under_every_reading(
    csmo: ArgumentMap, semantics: str, support: str | None
) -> None:
    result = evaluate(csmo, semantics, support=support)
    assert len(result.extensions) == 1
    assert all(result.status(p).accepted for p in WINNERS)
    assert all(result.status(p) in (Status.OUT, Status.REJECTED) for p in LOSERS)


def test_csmo_readings_differ_on_the_undercut_benefit_and_on_anne_s_inferences(
    csmo: ArgumentMap,
) -> None:
    dung = evaluate(csmo, "grounded")
    necessary = evaluate(csmo, "grounded", support="necessary")
    deductive = evaluate(csmo, "grounded", support="deductive")
    changed = {a for a in dung.statuses if dung.status(a) is not necessary.status(a)}
    assert changed == {"benefit-voice", "s-agency-instead"}
    assert dung.status("benefit-voice") is Status.IN
    assert necessary.status("benefit-voice") is Status.OUT
    changed = {a for a in dung.statuses if dung.status(a) is not deductive.status(a)}
    assert changed == {"s-fix-so-appoint", "s-no-employee", "s-agency-shared", "s-agency-instead"}


@pytest.mark.parametrize("support", [None, "deductive", "necessary", "evidential", "general"])
@pytest.mark.parametrize("semantics", [semantics_name(s) for s in Semantics])
def test_csmo_evaluates_under_every_semantics_with_deterministic_json(
    csmo: ArgumentMap, semantics: str, support: str | None
) -> None:
    first = json.dumps(evaluate(csmo, semantics, support=support).to_json())
    again = json.dumps(evaluate(csmo, semantics, support=support).to_json())
    assert first == again
    claims = [s.id for s in csmo.statements if s.kind.value == "claim"]
    assert list(json.loads(first)) == claims
