"""Rationality postulates (Caminada & Amgoud 2007) of the structured reading.

Checked on every complete extension (so under grounded, preferred, stable, ideal,
eager and semi-stable, whose extensions are complete) of random maps:

* **sub-argument closure** holds on every map, with or without preferences: a
  defeat on a sub-argument is a defeat on the argument;
* **closure under strict rules** holds on every map: an argument whose top rule is
  strict has exactly the defeaters of its sub-arguments (restricted rebut, no
  undercut of a strict rule);
* **direct and indirect consistency** hold on maps without strict rules, with or
  without preferences (the argument orderings are strict, so one side of a
  contradictory pair always defeats the other). With strict rules they need the
  strict rules closed under transposition, which a map's language, without
  negation, cannot express: the last test shows the failure (docs/semantics.md).

The postulates are about admissibility-based semantics; the last-but-one test
shows sub-argument closure failing under naive semantics, which is not one.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from argmap.frameworks.structured import (
    ArgumentOrdering,
    Comparison,
    Principle,
    StructuredFramework,
    structured_framework,
)
from argmap.model import ArgumentMap
from argmap.semantics.reasoning import enumerate_extensions
from tests.frameworks.structured.maps import build, random_maps

ORDERINGS = st.one_of(
    st.none(),
    st.builds(ArgumentOrdering, st.sampled_from(Principle), st.sampled_from(Comparison)),
)
SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _complete_extensions(sf: StructuredFramework) -> list[frozenset[str]]:
    found = enumerate_extensions(sf.framework, "complete")
    assert found.complete
    return list(found.extensions)


def _conclusions(sf: StructuredFramework, extension: frozenset[str]) -> set[str]:
    return {sf.argument(a).conclusion for a in extension}


@SETTINGS
@given(random_maps(preferences=True), ORDERINGS)
def test_sub_argument_closure(m: ArgumentMap, ordering: ArgumentOrdering | None) -> None:
    sf = structured_framework(m, ordering=ordering)
    for extension in _complete_extensions(sf):
        for name in extension:
            assert sf.subarguments(name) <= extension


@SETTINGS
@given(random_maps(preferences=True), ORDERINGS)
def test_closure_under_strict_rules(m: ArgumentMap, ordering: ArgumentOrdering | None) -> None:
    sf = structured_framework(m, ordering=ordering)
    strict = [r for r in sf.theory.rules if r.strict]
    for extension in _complete_extensions(sf):
        concluded = _conclusions(sf, extension)
        for rule in strict:
            if set(rule.antecedents) <= concluded:
                assert rule.consequent in concluded, rule


@SETTINGS
@given(random_maps(preferences=True, strict=False), ORDERINGS)
def test_consistency_without_strict_rules(
    m: ArgumentMap, ordering: ArgumentOrdering | None
) -> None:
    sf = structured_framework(m, ordering=ordering)
    for extension in _complete_extensions(sf):
        concluded = _conclusions(sf, extension)
        for claim in concluded:
            assert not (sf.theory.contraries.get(claim, frozenset()) & concluded), claim


def test_naive_semantics_is_not_closed_under_sub_arguments() -> None:
    # p is a one-way contrary of c; a rests on p. {c, a:s} is conflict-free and
    # maximal, yet leaves out a:s's sub-argument p.
    m = build(["p", "a", "c"], {"s": (["p"], "a")}, [("rebut", "p", "c")])
    sf = structured_framework(m)
    naive = enumerate_extensions(sf.framework, "naive").extensions
    assert frozenset({"c", "a:s"}) in naive
    assert not sf.subarguments("a:s") <= frozenset({"c", "a:s"})


def test_strict_rules_without_transposition_can_be_inconsistent() -> None:
    m = build(["p", "c", "x"], {"s": (["p"], "c")}, [("rebut", "x", "c")], strict=["s"])
    sf = structured_framework(m)
    (grounded,) = enumerate_extensions(sf.framework, "grounded").extensions
    assert _conclusions(sf, grounded) == {"p", "c", "x"}  # x is a contrary of c
