"""A proof as the page's steps: every part of a proof has a step the page can word."""

from __future__ import annotations

import json

import pytest

from argmap.explain import CredulousProof, Move, ScepticalAcceptance, ScepticalRejection
from argmap.explain.admissible import (
    CounterExtension,
    DefenceStep,
    ExcludedEverywhere,
    Exclusion,
    NoExtension,
    Refutation,
    SelfAttack,
    TooLargeToShow,
)
from argmap.explain.dispute import Cycle, Player, UndecidedReason
from argmap.explain.sceptical import Basis
from argmap.render.html.steps import SET_SHOWN, ProofPart, Step, _Steps
from argmap.render.html.templates import templates_root
from argmap.semantics import Semantics

P = Semantics.PREFERRED
MOVE = Move(Player.PROPONENT, "a", children=(Move(Player.OPPONENT, "b", "a"),))
PROOF = CredulousProof("a", P, frozenset({"a", "c"}), ("a", "c"), (DefenceStep("b", "a", "c"),))
COUNTER = CounterExtension("a", frozenset({"b"}), Exclusion.ATTACKED, "b")

PARTS: list[tuple[ProofPart, str, list[str]]] = [
    (UndecidedReason("a", ("b",), (Cycle(("b", "c"), ("b", "c", "b")),)), "undecided", ["b"]),
    (Cycle(("b", "c"), ("b", "c", "b")), "cycle", ["b", "c"]),
    (MOVE, "open", ["a"]),
    (PROOF, "extension", ["a", "", "a", "c"]),
    (DefenceStep("b", "a", "c"), "defence", ["b", "a", "c"]),
    (COUNTER, "counter_attacked", ["a", "b", "b"]),
    (SelfAttack("a"), "self_attack", ["a"]),
    (Refutation("a", MOVE, frozenset()), "refutation", ["a"]),
    (NoExtension(Semantics.STABLE), "no_extension", []),
    (ExcludedEverywhere("a", P, (COUNTER,), exhaustive=True), "excluded", ["a"]),
    (TooLargeToShow("a", P, ("b", "c")), "too_large", ["a", "", "b", "c"]),
    (ScepticalRejection("a", P, COUNTER), "not_sceptical", ["a"]),
    (
        ScepticalAcceptance("a", P, Basis.EVERY_EXTENSION, core=PROOF),
        "sceptical_every_extension",
        ["a"],
    ),
]


def kinds(steps: list[Step]) -> set[str]:
    return {s["kind"] for s in steps} | {k for s in steps for k in kinds(s.get("children", []))}


@pytest.mark.parametrize(("part", "kind", "ids"), PARTS, ids=[p[1] for p in PARTS])
def test_each_part_of_a_proof_is_a_step_the_page_words(
    part: ProofPart, kind: str, ids: list[str]
) -> None:
    steps = _Steps().visit(part)
    assert (steps[0]["kind"], steps[0]["ids"]) == (kind, ids)
    messages = json.loads((templates_root() / "report-messages.json").read_text("utf-8"))
    for language in ("en", "fr"):
        assert {f"step_{k}" for k in kinds(steps)} <= set(messages[language])


def test_nested_parts_become_children() -> None:
    (step,) = _Steps().visit(ScepticalRejection("a", P, COUNTER))
    assert step["children"] == [{"kind": "counter_attacked", "ids": ["a", "b", "b"]}]
    (tree,) = _Steps().visit(MOVE)
    assert tree["children"] == [{"kind": "opponent", "ids": ["b", "a"]}]
    assert "children" not in _Steps().visit(SelfAttack("a"))[0]


def test_large_sets_are_cut_with_an_ellipsis() -> None:
    members = frozenset(f"m{i:02}" for i in range(SET_SHOWN + 5))
    (step,) = _Steps().visit(CredulousProof("a", P, members, None, ()))
    assert step["ids"][2:] == [*sorted(members)[:SET_SHOWN], "…"]
