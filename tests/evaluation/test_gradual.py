"""Evaluating a whole map under any named semantics, gradual ones included."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from argmap import corpus
from argmap.evaluation import (
    ATTACK_ONLY,
    Evaluation,
    Reading,
    Status,
    evaluate,
    parse_semantics,
    semantics_names,
)
from argmap.gradual.types import GradualSemantics, Method
from argmap.model import ArgumentMap
from argmap.semantics import Semantics
from tests.frameworks.test_map_bipolar import build

# p (0.8) supports c through s; u (0.6) undercuts s.
UNDERCUT = build(
    ["c", "p", "u"],
    [("s", ["p"], "c")],
    [("undercut", "u", "s")],
    weights={"p": 0.8, "u": 0.6},
)


def strengths(result: Evaluation) -> dict[str, float]:
    assert result.gradual and not result.statuses
    return {a: round(v, 9) for a, v in result.strengths.items()}


def test_df_quad_on_the_map_as_it_stands() -> None:
    # s: base 0.5, support 0.8 > attack 0.6: 0.5 + 0.5 * (0.8 - 0.6) = 0.6;
    # c: base 0.5, support 0.6: 0.5 + 0.5 * 0.6 = 0.8.
    result = evaluate(UNDERCUT, "df-quad", reading="abstract")
    assert strengths(result) == {"c": 0.8, "p": 0.8, "u": 0.6, "s": 0.6}
    assert result.supports_read and result.reading is Reading.ABSTRACT
    assert result.converged and result.method is Method.FORWARD
    assert dict(result.base) == {"c": 0.5, "p": 0.8, "u": 0.6, "s": 0.5}


def test_quadratic_energy_on_the_map_as_it_stands() -> None:
    # s: energy 0.8 - 0.6 = 0.2, h(0.2) = 0.04 / 1.04; c: energy s(s).
    def h(x: float) -> float:
        return x * x / (1 + x * x)

    s = 0.5 + 0.5 * h(0.2)
    result = evaluate(UNDERCUT, "quadratic-energy", reading="abstract")
    assert strengths(result)["s"] == round(s, 9)
    assert strengths(result)["c"] == round(0.5 + 0.5 * h(s), 9)


def test_attack_only_semantics_ignore_supports() -> None:
    result = evaluate(UNDERCUT, "weighted-h-categorizer", reading="abstract")
    assert not result.supports_read
    # s: 0.5 / (1 + 0.6); c has no attacker: its base.
    assert strengths(result) == {"c": 0.5, "p": 0.8, "u": 0.6, "s": round(0.5 / 1.6, 9)}


def test_a_reading_of_support_is_flattened_into_attacks_first() -> None:
    # Necessary: u also attacks c, whose strength drops below its base.
    result = evaluate(UNDERCUT, "weighted-h-categorizer", reading="necessary")
    assert strengths(result)["c"] == round(0.5 / 1.6, 9)
    assert strengths(evaluate(UNDERCUT, "weighted-h-categorizer", reading="deductive"))["c"] == 0.5
    flat = evaluate(UNDERCUT, "df-quad", reading="necessary")
    assert not flat.supports_read
    assert strengths(flat)["c"] == round(0.5 - 0.5 * 0.6, 9)  # supports no longer add


def test_arguments_without_evidence_have_strength_zero() -> None:
    m = build(["a", "b", "c"], [("s1", ["a"], "b"), ("s2", ["b"], "a")])
    result = evaluate(m, "quadratic-energy", reading="evidential")
    assert result.without_evidence == {"a", "b", "s1", "s2"}
    assert result.to_json()["arguments"] == {
        "a": {"strength": 0.0, "base": 0.5},
        "b": {"strength": 0.0, "base": 0.5},
        "c": {"strength": 0.5, "base": 0.5},
    }


def test_default_weight_applies_to_unweighted_statements_and_inferences() -> None:
    result = evaluate(UNDERCUT, "df-quad", reading="abstract", default_weight=0.2)
    assert result.base["c"] == 0.2 and result.base["s"] == 0.2 and result.base["p"] == 0.8


def test_extension_names_give_statuses_in_the_same_result_type() -> None:
    result = evaluate(UNDERCUT, "grounded", reading="necessary")
    assert not result.gradual and not result.strengths and result.computation is None
    assert result.status("c") is Status.OUT


def test_a_default_weight_outside_the_unit_interval_is_refused() -> None:
    with pytest.raises(ValueError, match=r"default weight must lie in \[0, 1\], got 1.5"):
        evaluate(UNDERCUT, "df-quad", default_weight=1.5)


def test_every_name_is_listed_and_parsed() -> None:
    names = semantics_names()
    assert len(names) == len(set(names)) == len(Semantics) + len(GradualSemantics)
    assert {"grounded", "semi-stable", "conflict-free", "df-quad", "h-categorizer"} <= set(names)
    assert all(parse_semantics(n) is not None for n in names)
    assert parse_semantics("dfquad") is GradualSemantics.DF_QUAD
    assert parse_semantics("semi_stable") is Semantics.SEMI_STABLE
    assert all("_" not in n for n in names)
    with pytest.raises(ValueError, match=r"unknown semantics 'dfquack'; choose one of: .*mlp"):
        parse_semantics("dfquack")


# -- the CSMO debate ----------------------------------------------------------------------
@pytest.fixture(scope="module")
def csmo() -> ArgumentMap:
    return corpus.load("csmo")


SUPPORTS = [None, *(r.value for r in Reading)]


@pytest.mark.parametrize("support", SUPPORTS)
@pytest.mark.parametrize("name", semantics_names())
def test_csmo_evaluates_under_every_name_and_reading(
    csmo: ArgumentMap, name: str, support: str | None
) -> None:
    result = evaluate(csmo, name, reading=support)
    first = json.dumps(result.to_json(inferences=True))
    assert first == json.dumps(evaluate(csmo, name, reading=support).to_json(inferences=True))
    whole = json.loads(first)
    assert whole["semantics"] == name and whole["reading"] == result.reading.value
    data = whole["arguments"]
    assert list(data)[:3] == ["thesis", "strong-signal", "neutralise-by-isolating"]
    assert "issue" not in data and "s-first-glance" in data
    if result.gradual:
        assert result.converged
        assert all(0.0 <= v["strength"] <= 1.0 for v in data.values())
        assert data["negative-signal"]["base"] == 0.6


def position_strengths(m: ArgumentMap, name: str) -> dict[str, float]:
    result = evaluate(m, name, reading="abstract")
    return {p.id: result.strength(p.id) for p in m.positions_on("issue")}


def test_csmo_gradual_verdicts(csmo: ArgumentMap) -> None:
    # The figures reported in docs/semantics.md.
    qe = position_strengths(csmo, "quadratic-energy")
    assert max(qe, key=qe.__getitem__) == "thesis"  # five inferences, no attacker
    assert min(qe, key=qe.__getitem__) == "pro-csmo"
    assert round(qe["pro-csmo"], 3) == 0.364 and round(qe["thesis"], 3) == 0.960
    df = position_strengths(csmo, "df-quad")
    # DF-QuAD's aggregation saturates: three rebuttals and three strong inferences cancel
    # out, leaving pro-csmo at its base score.
    assert abs(df["pro-csmo"] - 0.4) < 0.005
    assert df["thesis"] > 0.99 and df["martin-rotate-influencers"] > 0.99
    hc = position_strengths(csmo, "h-categorizer")
    assert round(hc["pro-csmo"], 3) == 0.286  # 1 / (1 + 2.5): three attackers, one weakened
    assert hc["anne-no-need-in-house"] == 0.5 == hc["anne-agency"]
    winners = ("thesis", "alt-dispersed-advisers", "martin-rotate-influencers")
    assert all(hc[p] == 1.0 for p in winners)


def test_attack_only_names_are_the_four_of_the_literature() -> None:
    assert {s.value for s in ATTACK_ONLY} == {
        "h-categorizer",
        "weighted-h-categorizer",
        "max-based",
        "card-based",
    }


def test_the_csmo_table_of_docs_semantics_md_is_what_evaluate_gives(csmo: ArgumentMap) -> None:
    page = Path(__file__).resolve().parents[2] / "docs" / "semantics.md"
    text = page.read_text(encoding="utf-8")
    section = text[text.index("| position | DF-QuAD | quadratic energy | h-categorizer |") :]
    rows = [line for line in section.splitlines()[2:] if line.startswith("| `")][:7]
    names = ("df-quad", "quadratic-energy", "h-categorizer")
    computed = {name: position_strengths(csmo, name) for name in names}
    for row in rows:
        cells = [cell.strip().strip("*`") for cell in row.strip("|").split("|")]
        for name, shown in zip(names, cells[1:], strict=True):
            assert shown == f"{computed[name][cells[0]]:.3f}", (cells[0], name)
    assert len(rows) == 7
