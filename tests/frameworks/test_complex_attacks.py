"""The complex attacks: one search per kind, and the witness each one gives."""

from __future__ import annotations

import pytest

from argmap.frameworks.bipolar import BipolarFramework
from argmap.frameworks.complex_attacks import SEARCHES, ComplexAttack, render_path
from argmap.frameworks.support_readings import FLATTENING_KINDS, Flattening

# a ⇒ b → c ⇒ d, and e ⇒ c: every pattern has one instance or none.
CHAIN = BipolarFramework(
    ["a", "b", "c", "d", "e"], attacks=[("b", "c")], supports=[("a", "b"), ("c", "d"), ("e", "c")]
)

EXPECTED = {
    ComplexAttack.SUPPORTED: {("a", "c"): "a ⇒ b → c"},
    ComplexAttack.SECONDARY: {("b", "d"): "b → c ⇒ d"},
    ComplexAttack.MEDIATED: {("b", "e"): "e ⇒ c ; b → c"},
    ComplexAttack.SUPER_MEDIATED: {("a", "e"): "a ⇒ b → c ; e ⇒ c"},
    ComplexAttack.NECESSARY_SECONDARY: {("b", "d"): "b → c ⇒ d"},
    ComplexAttack.NECESSARY_EXTENDED: {},
    ComplexAttack.NECESSARY_CHAINED: {},
    # the prima-facie arguments are a and e; c is on the only evidence chain of d
    ComplexAttack.EVIDENTIAL_SECONDARY: {("b", "d"): "b → c ⇒ d"},
    ComplexAttack.EVIDENTIAL_EXTENDED: {},
    ComplexAttack.EVIDENTIAL_CHAINED: {},
}


def test_every_kind_has_one_search_and_belongs_to_a_flattening() -> None:
    assert set(SEARCHES) == set(ComplexAttack)
    used = {kind for flattening in Flattening for kind in FLATTENING_KINDS[flattening]}
    assert used == set(ComplexAttack)


@pytest.mark.parametrize("kind", list(ComplexAttack), ids=lambda k: k.value)
def test_each_kind_finds_its_pattern_with_its_witness(kind: ComplexAttack) -> None:
    found = CHAIN.complex_attacks(kind)
    assert found == set(EXPECTED[kind])
    for (source, target), text in EXPECTED[kind].items():
        witness = CHAIN.complex_attack_witness(kind, source, target)
        assert witness is not None
        assert render_path(witness.path) == text


def test_evidence_is_lost_through_the_only_chain() -> None:
    # p ⇒ q ⇒ r with p and s prima facie: s → q leaves r without evidence.
    bf = BipolarFramework(
        ["p", "q", "r", "s"], attacks=[("s", "q")], supports=[("p", "q"), ("q", "r")]
    )
    assert bf.complex_attacks(ComplexAttack.EVIDENTIAL_SECONDARY) == {("s", "r")}
    witness = bf.complex_attack_witness(ComplexAttack.EVIDENTIAL_SECONDARY, "s", "r")
    assert (
        witness is not None and witness.describe() == "evidential-secondary attack s → r: s → q ⇒ r"
    )
    # q is grounded by p: q's attacks would be p's; here q attacks nothing.
    assert bf.complex_attacks(ComplexAttack.EVIDENTIAL_EXTENDED) == set()
