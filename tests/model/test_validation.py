"""Whole-map checks stay fast on hostile maps."""

from __future__ import annotations

import time

from argmap.model import ArgumentMap, check_map
from argmap.model.types import Attack, Statement
from argmap.model.validation import HINT_LIMIT


def test_did_you_mean_hints_are_bounded_for_thousands_of_misspelled_references() -> None:
    count = 4000
    statements = [Statement(id=f"claim_{i}", text={"en": f"Claim {i}."}) for i in range(count)]
    attacks = [
        Attack(id=f"a{i}", kind="rebut", source=f"claim_{i}", target=f"clam_{i}")
        for i in range(count)
    ]
    m = ArgumentMap.model_construct(title="t", statements=statements, attacks=attacks)
    started = time.monotonic()
    problems = check_map(m)
    assert time.monotonic() - started < 10
    unknown = [p for p in problems if "does not exist" in p.message]
    assert len(unknown) == count
    hinted = [p for p in unknown if p.hint and "did you mean" in p.hint]
    assert len(hinted) == HINT_LIMIT
    assert "did you mean 'claim_0'?" in (unknown[0].hint or "")
