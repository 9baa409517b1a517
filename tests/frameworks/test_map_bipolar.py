"""From a map to a bipolar framework and a weighted graph: shape, readings, weights."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from argmap import corpus
from argmap.frameworks.abstract import FrameworkError
from argmap.frameworks.map_bipolar import (
    DEFAULT_WEIGHT,
    InferenceLink,
    LinkRole,
    bipolar_framework,
    weighted_graph,
)
from argmap.frameworks.translation import dung_framework
from argmap.model import ArgumentMap, StatementKind
from argmap.semantics import grounded_extension
from tests.model.test_types import small_map

READINGS = ("deductive", "necessary", "evidential", "general")


def build(
    statements: list[str],
    supports: Sequence[tuple[str, list[str], str]] = (),
    attacks: Sequence[tuple[str, str, str]] = (),
    weights: Mapping[str, float] | None = None,
) -> ArgumentMap:
    """A map from ids: ``supports`` as (id, premises, conclusion), ``attacks`` as
    (kind, source, target)."""
    weights = weights or {}
    data: dict[str, Any] = {
        "title": "t",
        "statements": [
            {"id": s, "text": {"en": s.upper()}, **({"weight": weights[s]} if s in weights else {})}
            for s in statements
        ],
        "supports": [{"id": i, "premises": p, "conclusion": c} for i, p, c in supports],
        "attacks": [
            {"id": f"x{n}", "kind": k, "source": s, "target": t}
            for n, (k, s, t) in enumerate(attacks)
        ],
    }
    return ArgumentMap.model_validate(data)


def grounded(m: ArgumentMap, reading: str) -> set[str]:
    return set(grounded_extension(bipolar_framework(m, reading).framework.flatten()))


def flat_attacks(m: ArgumentMap, reading: str) -> set[tuple[str, str]]:
    return set(bipolar_framework(m, reading).framework.flatten().attacks)


# p supports c through s; u undercuts s.
UNDERCUT = build(["c", "p", "u"], [("s", ["p"], "c")], [("undercut", "u", "s")])


# -- shape ------------------------------------------------------------------------------
@pytest.mark.parametrize("reading", READINGS)
def test_arguments_are_claims_and_inferences_issues_are_left_out(reading: str) -> None:
    mb = bipolar_framework(ArgumentMap.model_validate(small_map()), reading)
    assert mb.framework.arguments == ("tea", "wakes", "coffee", "habit", "s1")
    assert mb.statements() == ("tea", "wakes", "coffee", "habit")
    assert mb.inferences() == ("s1",)
    assert mb.framework.attacks == {("coffee", "tea"), ("tea", "s1"), ("tea", "wakes")}
    assert mb.interpretation.value == reading


@pytest.mark.parametrize("reading", ["necessary", "evidential", "general"])
def test_premises_support_the_inference_which_supports_the_conclusion(reading: str) -> None:
    mb = bipolar_framework(ArgumentMap.model_validate(small_map()), reading)
    assert mb.framework.supports == {("wakes", "s1"), ("habit", "s1"), ("s1", "coffee")}
    assert mb.links[("habit", "s1")] == InferenceLink("s1", LinkRole.PREMISE)
    assert mb.links[("s1", "coffee")] == InferenceLink("s1", LinkRole.CONCLUSION)


def test_deductive_reading_writes_premise_links_from_the_inference() -> None:
    mb = bipolar_framework(ArgumentMap.model_validate(small_map()), "deductive")
    assert mb.framework.supports == {("s1", "wakes"), ("s1", "habit"), ("s1", "coffee")}
    assert mb.links[("s1", "wakes")].role is LinkRole.PREMISE


def test_unknown_reading_is_named() -> None:
    with pytest.raises(FrameworkError, match="unknown support interpretation 'strong'"):
        bipolar_framework(UNDERCUT, "strong")


# -- undercuts ----------------------------------------------------------------------------
def test_undercut_leaves_the_conclusion_standing_in_the_dung_view() -> None:
    assert set(grounded_extension(dung_framework(UNDERCUT).framework)) == {"c", "p", "u"}


def test_deductive_undercut_rejects_the_inference_only() -> None:
    # The inference no longer carries c, but c does not depend on it: c stays in.
    assert flat_attacks(UNDERCUT, "deductive") == {("u", "s")}
    assert grounded(UNDERCUT, "deductive") == {"c", "p", "u"}


def test_deductive_undercut_does_not_reach_the_premises() -> None:
    # Had the premise link been written p ⇒ s, the undercut would attack p (mediated).
    assert ("u", "p") not in flat_attacks(UNDERCUT, "deductive")
    assert "p" in grounded(UNDERCUT, "deductive")


@pytest.mark.parametrize("reading", ["necessary", "evidential", "general"])
def test_undercut_takes_down_the_conclusion_it_was_the_only_support_of(reading: str) -> None:
    assert flat_attacks(UNDERCUT, reading) == {("u", "s"), ("u", "c")}
    assert grounded(UNDERCUT, reading) == {"p", "u"}


TWO_REASONS = build(
    ["c", "p", "q", "u"],
    [("s1", ["p"], "c"), ("s2", ["q"], "c")],
    [("undercut", "u", "s1")],
)


def test_evidential_conclusion_survives_while_another_inference_stands() -> None:
    assert grounded(TWO_REASONS, "evidential") == {"c", "p", "q", "u", "s2"}


def test_necessary_conclusion_needs_every_inference() -> None:
    assert grounded(TWO_REASONS, "necessary") == {"p", "q", "u", "s2"}


def test_deductive_conclusion_keeps_its_other_inference() -> None:
    assert grounded(TWO_REASONS, "deductive") == {"c", "p", "q", "u", "s2"}


# -- undermines and rebuts -------------------------------------------------------------------
UNDERMINE = build(["c", "p", "a"], [("s", ["p"], "c")], [("undermine", "a", "p")])


def test_undermining_a_premise_attacks_the_inference_under_deductive_and_necessary() -> None:
    assert flat_attacks(UNDERMINE, "deductive") == {("a", "p"), ("a", "s")}
    assert flat_attacks(UNDERMINE, "necessary") == {("a", "p"), ("a", "s"), ("a", "c")}
    assert grounded(UNDERMINE, "deductive") == {"a", "c"}
    assert grounded(UNDERMINE, "necessary") == {"a"}


def test_undermining_the_only_premise_removes_the_evidence_for_the_conclusion() -> None:
    assert grounded(UNDERMINE, "evidential") == {"a"}


LINKED = build(["c", "p1", "p2", "a"], [("s", ["p1", "p2"], "c")], [("undermine", "a", "p1")])


def test_linked_premises_are_all_needed_under_the_necessary_reading() -> None:
    assert grounded(LINKED, "necessary") == {"a", "p2"}


def test_linked_premises_under_deductive_reading_reject_the_inference_only() -> None:
    assert grounded(LINKED, "deductive") == {"a", "p2", "c"}


def test_linked_premises_are_alternative_evidence_under_the_evidential_reading() -> None:
    # The documented limit of binary evidential support: p2 alone still carries s.
    assert grounded(LINKED, "evidential") == {"a", "p2", "s", "c"}


REBUT = build(["c", "p", "r"], [("s", ["p"], "c")], [("rebut", "r", "c")])


def test_deductive_rebut_attacks_the_inference_but_not_its_premises() -> None:
    assert flat_attacks(REBUT, "deductive") == {("r", "c"), ("r", "s")}
    assert grounded(REBUT, "deductive") == {"r", "p"}


@pytest.mark.parametrize("reading", ["necessary", "evidential"])
def test_necessary_and_evidential_rebut_attacks_the_conclusion_only(reading: str) -> None:
    assert flat_attacks(REBUT, reading) == {("r", "c")}
    assert grounded(REBUT, reading) == {"r", "p", "s"}


PREMISE_ATTACKS = build(["c", "p", "x"], [("s", ["p"], "c")], [("rebut", "p", "x")])


@pytest.mark.parametrize("reading", ["deductive", "necessary"])
def test_inference_inherits_the_attacks_of_its_premises(reading: str) -> None:
    assert ("s", "x") in flat_attacks(PREMISE_ATTACKS, reading)


def test_conclusion_inherits_the_attacks_of_what_it_needs_under_necessary() -> None:
    assert ("c", "x") in flat_attacks(PREMISE_ATTACKS, "necessary")
    assert ("c", "x") not in flat_attacks(PREMISE_ATTACKS, "deductive")


# -- properties on random maps ----------------------------------------------------------------
@st.composite
def random_maps(draw: st.DrawFn) -> ArgumentMap:
    n = draw(st.integers(2, 5))
    names = [f"a{i}" for i in range(n)]
    supports: list[tuple[str, list[str], str]] = []
    seen: set[tuple[frozenset[str], str]] = set()
    for k in range(draw(st.integers(0, 3))):
        premises = draw(st.lists(st.sampled_from(names), min_size=1, max_size=2, unique=True))
        conclusion = draw(st.sampled_from(names))
        if conclusion in premises or (frozenset(premises), conclusion) in seen:
            continue
        seen.add((frozenset(premises), conclusion))
        supports.append((f"s{k}", premises, conclusion))
    targets = names + [s[0] for s in supports]
    attacks: list[tuple[str, str, str]] = []
    for _ in range(draw(st.integers(0, 4))):
        source, target = draw(st.sampled_from(names)), draw(st.sampled_from(targets))
        if source != target and all((source, target) != (a, b) for _, a, b in attacks):
            attacks.append(("undercut" if target.startswith("s") else "rebut", source, target))
    return build(names, supports, attacks)


@settings(max_examples=60, deadline=None)
@given(random_maps(), st.sampled_from(READINGS))
def test_same_arguments_and_direct_attacks_as_the_dung_view(m: ArgumentMap, reading: str) -> None:
    mb = bipolar_framework(m, reading)
    dung = dung_framework(m).framework
    assert mb.framework.arguments == dung.arguments
    assert mb.framework.attacks == dung.attacks
    assert dict(mb.origin) == dict(dung_framework(m).origin)
    flat = mb.framework.flatten()
    assert {(a, b) for a, b in dung.attacks if a in flat and b in flat} <= flat.attacks
    assert len(mb.framework.supports) == sum(len(set(s.premises)) + 1 for s in m.supports)


@settings(max_examples=60, deadline=None)
@given(random_maps(), st.sampled_from(["deductive", "necessary"]))
def test_an_attack_on_a_premise_is_an_attack_on_the_inference(m: ArgumentMap, reading: str) -> None:
    # The premise link means "the inference needs its premise" under both readings,
    # written s ⇒ p (deductive) or p ⇒ s (necessary).
    expected = {(a.source, s.id) for a in m.attacks for s in m.supports if a.target in s.premises}
    assert expected <= flat_attacks(m, reading)


# -- weighted graphs -----------------------------------------------------------------------
def test_weighted_graph_weights_statements_and_inferences() -> None:
    m = build(
        ["c", "p", "u"],
        [("s", ["p"], "c")],
        [("undercut", "u", "s")],
        weights={"p": 0.9, "u": 0.0},
    )
    g = weighted_graph(m)
    assert dict(g.weights) == {"c": DEFAULT_WEIGHT, "p": 0.9, "u": 0.0, "s": DEFAULT_WEIGHT}
    assert g.supports == {("p", "s"), ("s", "c")}
    assert g.attacks == {("u", "s")}
    assert dict(weighted_graph(m, 0.3, inference_weight=1.0).weights) == {
        "c": 0.3,
        "p": 0.9,
        "u": 0.0,
        "s": 1.0,
    }


def test_weighted_graph_leaves_issues_out() -> None:
    g = weighted_graph(ArgumentMap.model_validate(small_map()))
    assert "q" not in g
    assert g.supports == {("wakes", "s1"), ("habit", "s1"), ("s1", "coffee")}


@pytest.mark.parametrize("options", [{"default_weight": 1.5}, {"inference_weight": -0.1}])
def test_weights_outside_the_unit_interval_are_refused(options: dict[str, float]) -> None:
    with pytest.raises(FrameworkError, match=r"must lie in \[0, 1\]"):
        weighted_graph(UNDERCUT, **options)


def test_a_premise_that_undercuts_its_own_inference_is_refused() -> None:
    m = build(["c", "p"], [("s", ["p"], "c")], [("undercut", "p", "s")])
    with pytest.raises(FrameworkError, match="both an attack and a support"):
        weighted_graph(m)


# -- the corpus with its weights ---------------------------------------------------------------
def test_every_csmo_claim_has_a_base_weight_on_the_documented_scale() -> None:
    m = corpus.load("csmo")  # loading validates the map
    claims = [s for s in m.statements if s.kind is StatementKind.CLAIM]
    assert all(s.weight is not None for s in claims)
    assert all(s.weight is None for s in m.issues)
    assert Counter(s.weight for s in claims) == {0.7: 2, 0.6: 2, 0.5: 35, 0.4: 15}
    assert all(s.weight == 0.4 for s in claims if s.implicit)
    g = weighted_graph(m)
    assert g.weight("negative-signal") == 0.6 and g.weight("s-first-glance") == DEFAULT_WEIGHT
