"""From a map to a Dung framework: what becomes an argument, what becomes an attack."""

from __future__ import annotations

from argmap.frameworks.translation import dung_framework
from argmap.model import ArgumentMap
from tests.model.test_types import small_map


def test_claims_and_inferences_become_arguments_issues_do_not() -> None:
    mf = dung_framework(ArgumentMap.model_validate(small_map()))
    assert mf.statements() == ("tea", "wakes", "coffee", "habit")
    assert mf.inferences() == ("s1",)
    assert "q" not in mf.framework


def test_attack_kinds_map_to_attacks_and_undercuts_hit_the_inference() -> None:
    mf = dung_framework(ArgumentMap.model_validate(small_map()))
    assert mf.framework.attacks == {("coffee", "tea"), ("tea", "s1"), ("tea", "wakes")}
    assert mf.framework.attackers("s1") == {"tea"}


def test_without_inferences_supports_and_undercuts_are_left_out() -> None:
    mf = dung_framework(ArgumentMap.model_validate(small_map()), inferences=False)
    assert mf.inferences() == ()
    assert mf.framework.attacks == {("coffee", "tea"), ("tea", "wakes")}
