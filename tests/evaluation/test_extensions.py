"""Evaluating a whole map under one extension-based semantics and one reading."""

from __future__ import annotations

import json

import pytest

from argmap import corpus
from argmap.evaluation import Reading, Status, evaluate, map_view, semantics_name
from argmap.model import ArgumentMap
from argmap.semantics import Semantics
from tests.frameworks.test_map_bipolar import build

UNDERCUT = build(["c", "p", "u"], [("s", ["p"], "c")], [("undercut", "u", "s")])
DUEL = build(["c", "d", "p"], [("s", ["p"], "c")], [("rebut", "c", "d"), ("rebut", "d", "c")])
TRIANGLE = build(
    ["a", "b", "c"], [], [("rebut", "a", "b"), ("rebut", "b", "c"), ("rebut", "c", "a")]
)


def test_abstract_reading_keeps_the_conclusion_of_an_undercut_inference() -> None:
    result = evaluate(UNDERCUT, "grounded", reading="abstract")
    assert result.reading is Reading.ABSTRACT
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
    result = evaluate(UNDERCUT, "grounded", reading=support)
    assert result.reading is Reading(support)
    assert (result.status("c"), result.status("s"), result.status("p")) == (c, s, Status.IN)


def test_multi_extension_statuses_and_the_extensions_holding_each_statement() -> None:
    result = evaluate(DUEL, "preferred", reading="abstract")
    assert not result.unique and result.complete
    assert result.extensions == (("c", "p", "s"), ("d", "p", "s"))
    assert result.status("c") is Status.CREDULOUS
    assert result.status("p") is Status.SCEPTICAL
    assert result.containing("d") == (1,)
    assert result.to_json() == {
        "semantics": "preferred",
        "reading": "abstract",
        "extensions": [["c", "p", "s"], ["d", "p", "s"]],
        "complete": True,
        "arguments": {
            "c": {"status": "credulous", "extensions": [0]},
            "d": {"status": "credulous", "extensions": [1]},
            "p": {"status": "sceptical", "extensions": [0, 1]},
        },
    }


def test_deductive_support_makes_the_inference_share_its_conclusion_s_fate() -> None:
    # d rebuts c, so (mediated) it also attacks s, which concludes c.
    result = evaluate(DUEL, "preferred", reading="deductive")
    assert result.extensions == (("c", "p", "s"), ("d", "p"))
    assert result.status("s") is Status.CREDULOUS


def test_stable_without_extension_gives_every_statement_no_extension() -> None:
    result = evaluate(TRIANGLE, "stable", reading="abstract")
    assert result.extensions == () and result.complete
    assert set(result.statuses.values()) == {Status.NO_EXTENSION}
    assert evaluate(TRIANGLE, "grounded", reading="abstract").status("a") is Status.UNDEC


def test_statements_without_evidence_are_rejected() -> None:
    # a and b support each other and nothing else: no evidence chain reaches them.
    m = build(["a", "b", "c"], [("s1", ["a"], "b"), ("s2", ["b"], "a")])
    view = map_view(m, "evidential")
    assert view.without_evidence == {"a", "b", "s1", "s2"}
    assert view.framework.arguments == ("c",)
    assert evaluate(m, "grounded", reading="evidential").status("a") is Status.OUT
    assert evaluate(m, "preferred", reading="evidential").status("b") is Status.REJECTED
    assert evaluate(m, "preferred", reading="evidential").status("c") is Status.SCEPTICAL


def test_a_cut_enumeration_still_gives_exact_statuses() -> None:
    full = evaluate(DUEL, "conflict-free", reading="abstract", extension_limit=1000)
    cut = evaluate(DUEL, "conflict-free", reading="abstract", extension_limit=2)
    assert full.complete and not cut.complete
    assert len(cut.extensions) == 2
    assert cut.statuses == full.statuses
    # The empty set is conflict-free: nothing is sceptically accepted.
    assert set(full.statuses.values()) == {Status.CREDULOUS}


def test_json_is_keyed_by_statement_id_in_map_order() -> None:
    result = evaluate(UNDERCUT, "grounded", reading="necessary")
    assert list(result.to_json()["arguments"]) == ["c", "p", "u"]
    assert result.to_json(inferences=True)["arguments"]["s"] == {"status": "out"}
    assert dict(result.statement_statuses()) == {"c": Status.OUT, "p": Status.IN, "u": Status.IN}


def test_unknown_names_are_refused_with_the_choices() -> None:
    with pytest.raises(ValueError, match=r"unknown semantics 'prefered'.*preferred"):
        evaluate(UNDERCUT, "prefered")
    with pytest.raises(ValueError, match=r"unknown reading 'strong'.*necessary"):
        evaluate(UNDERCUT, "grounded", reading="strong")
    with pytest.raises(KeyError, match="'nope' is not a claim or an inference"):
        evaluate(UNDERCUT, "grounded").status("nope")


def test_a_gradual_semantics_gives_no_status_and_statuses_no_strength() -> None:
    with pytest.raises(ValueError, match="df-quad is a gradual semantics"):
        evaluate(UNDERCUT, "df-quad").status("c")
    with pytest.raises(ValueError, match="grounded is an extension-based semantics"):
        evaluate(UNDERCUT, "grounded").strength("c")


# -- the CSMO debate ----------------------------------------------------------------------
@pytest.fixture(scope="module")
def csmo() -> ArgumentMap:
    return corpus.load("csmo")


WINNERS = ("thesis", "alt-dispersed-advisers", "martin-leader-responsible",
           "martin-rotate-influencers")  # fmt: skip
LOSERS = ("pro-csmo", "anne-no-need-in-house", "anne-agency")


@pytest.mark.parametrize("support", ["abstract", "deductive", "necessary", "evidential", "general"])
@pytest.mark.parametrize("semantics", ["grounded", "preferred", "stable", "ideal"])
def test_csmo_positions_are_settled_the_same_way_under_every_reading(
    csmo: ArgumentMap, semantics: str, support: str | None
) -> None:
    result = evaluate(csmo, semantics, reading=support)
    assert len(result.extensions) == 1
    assert all(result.status(p).accepted for p in WINNERS)
    assert all(result.status(p) in (Status.OUT, Status.REJECTED) for p in LOSERS)


def test_csmo_readings_differ_on_the_undercut_benefit_and_on_anne_s_inferences(
    csmo: ArgumentMap,
) -> None:
    dung = evaluate(csmo, "grounded", reading="abstract")
    necessary = evaluate(csmo, "grounded", reading="necessary")
    deductive = evaluate(csmo, "grounded", reading="deductive")
    changed = {a for a in dung.statuses if dung.status(a) is not necessary.status(a)}
    # the claims whose only reasons are undercut or undermined fall with them, and the
    # silo, no longer rejected by the anticipated objection, comes back
    assert changed == {
        "benefit-voice", "top-head-would-fix", "rank-secures-collaboration", "silo",
        "s-diagnosis", "s-fix-so-appoint", "s-first-glance", "s-strong-signal",
        "s-agency-instead",
    }  # fmt: skip
    assert dung.status("benefit-voice") is Status.IN
    assert necessary.status("benefit-voice") is Status.OUT
    assert dung.status("silo") is Status.OUT and necessary.status("silo") is Status.IN
    changed = {a for a in dung.statuses if dung.status(a) is not deductive.status(a)}
    assert changed == {
        "s-fix-so-appoint", "s-first-glance", "s-strong-signal", "s-diagnosis", "s-silo",
        "s-silo-isolates", "s-no-employee", "s-agency-shared", "s-agency-instead",
    }  # fmt: skip


@pytest.mark.parametrize("support", [None, *(r.value for r in Reading)])
@pytest.mark.parametrize("semantics", [semantics_name(s) for s in Semantics])
def test_csmo_evaluates_under_every_semantics_with_deterministic_json(
    csmo: ArgumentMap, semantics: str, support: str | None
) -> None:
    first = json.dumps(evaluate(csmo, semantics, reading=support).to_json())
    again = json.dumps(evaluate(csmo, semantics, reading=support).to_json())
    assert first == again
    claims = [s.id for s in csmo.statements if s.kind.value == "claim"]
    assert list(json.loads(first)["arguments"]) == claims
