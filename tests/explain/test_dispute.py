"""Grounded dispute trees are winning strategies; UNDEC reasons name real cycles."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings

from argmap.explain.dispute import (
    DisputeTree,
    Move,
    Player,
    explain_grounded,
    grounded_ranks,
    undecided_reason,
)
from argmap.frameworks import AF, ArgumentationFramework
from argmap.semantics import Label, grounded_labelling
from tests.explain import frameworks, grounded_labels


def check_winning_strategy(
    af: ArgumentationFramework, tree: DisputeTree, labels: dict[str, str]
) -> None:
    """The winner's moves are IN, every attack on them is answered, leaves are unattacked."""
    winner = tree.winner

    def walk(move: Move, line: tuple[str, ...]) -> None:
        if move.player is winner:
            assert labels[move.argument] == "in", f"{move.argument} played by the winner"
            assert move.argument not in line, f"{move.argument} repeated on a line"
            attackers = sorted(af.attackers(move.argument))
            assert sorted(child.argument for child in move.children) == attackers
            for child in move.children:
                assert child.player is winner.other
                assert child.against == move.argument
                walk(child, (*line, move.argument))
            if not move.children:
                assert not af.attackers(move.argument)
        else:
            assert len(move.children) == 1, "each attack answered exactly once"
            (answer,) = move.children
            assert answer.player is winner
            assert af.attacks_between(answer.argument, move.argument)
            assert answer.against == move.argument
            walk(answer, line)

    root = tree.root
    assert root.player is Player.PROPONENT and root.against is None
    if winner is Player.PROPONENT:
        walk(root, ())
    else:
        assert len(root.children) == 1
        (opening,) = root.children
        assert opening.player is Player.OPPONENT
        assert af.attacks_between(opening.argument, root.argument)
        walk(opening, ())


@settings(max_examples=300, deadline=None)
@given(frameworks(max_arguments=7))
def test_grounded_explanations_are_valid_proofs(af: ArgumentationFramework) -> None:
    labels = grounded_labels(af)
    for a in af.arguments:
        why = explain_grounded(af, a)
        assert why.label.value == labels[a]
        if why.label is Label.IN:
            assert why.tree is not None and why.tree.winner is Player.PROPONENT
            check_winning_strategy(af, why.tree, labels)
        elif why.label is Label.OUT:
            assert why.tree is not None and why.tree.winner is Player.OPPONENT
            check_winning_strategy(af, why.tree, labels)
            played = why.tree.root.children[0].argument
            in_attackers = {b for b in af.attackers(a) if labels[b] == "in"}
            assert set(why.other_defeaters) == in_attackers - {played}
        else:
            assert why.tree is None and why.undecided is not None
            check_undecided(af, a, labels)


def check_undecided(af: ArgumentationFramework, a: str, labels: dict[str, str]) -> None:
    reason = undecided_reason(af, a)
    attackers = set(af.attackers(a))
    assert not any(labels[b] == "in" for b in attackers)
    assert set(reason.undecided_attackers) == {b for b in attackers if labels[b] == "undec"}
    assert reason.undecided_attackers, "an UNDEC argument has an UNDEC attacker"
    assert reason.cycles, "following UNDEC attackers always reaches a cycle"
    for cycle in reason.cycles:
        members = cycle.members
        assert len(set(members)) == len(members)
        for x, y in zip(members, (*members[1:], members[0]), strict=True):
            assert af.attacks_between(x, y), f"{x} does not attack {y}"
        assert all(labels[x] == "undec" for x in (*members, *cycle.path))
        assert cycle.path[0] in members and cycle.path[-1] == a
        for x, y in zip(cycle.path, cycle.path[1:], strict=False):
            assert af.attacks_between(x, y)


@settings(max_examples=200, deadline=None)
@given(frameworks(max_arguments=7))
def test_ranks_follow_the_characteristic_function(af: ArgumentationFramework) -> None:
    labels = grounded_labels(af)
    ranks = grounded_ranks(af)
    accepted: set[str] = set()
    round_number = 0
    while True:
        defended = {
            a
            for a in af.arguments
            if all(any(af.attacks_between(c, b) for c in accepted) for b in af.attackers(a))
        }
        if defended == accepted:
            break
        round_number += 1
        for a in defended - accepted:
            assert ranks[a] == round_number, a
        accepted = defended
    for a, label in labels.items():
        if label == "out":
            assert ranks[a] == min(ranks[b] for b in af.attackers(a) if labels[b] == "in")
        elif label == "undec":
            assert a not in ranks


def test_reinstatement_chain() -> None:
    af = AF(["a", "b", "c", "d", "e"], [("a", "b"), ("b", "c"), ("c", "d"), ("d", "e")])
    tree = explain_grounded(af, "e").tree
    assert tree is not None
    assert [m.argument for m in tree.moves()] == ["e", "d", "c", "b", "a"]
    assert tree.depth() == 5
    assert tree.root.leaves() == ("a",)


def test_out_tree_uses_the_earliest_defeater() -> None:
    af = AF(["a", "b", "c", "x"], [("a", "b"), ("b", "c"), ("c", "x"), ("a", "x")])
    why = explain_grounded(af, "x")
    assert why.label is Label.OUT and why.tree is not None
    assert why.tree.root.children[0].argument == "a"  # rank 1, not c (rank 2)
    assert why.other_defeaters == ("c",)


def test_odd_cycle_and_self_attack() -> None:
    af = AF(
        ["a", "b", "c", "d", "s", "t"],
        [("a", "b"), ("b", "c"), ("c", "a"), ("c", "d"), ("s", "s"), ("s", "t")],
    )
    reason = undecided_reason(af, "d")
    assert reason.cycles[0].members == ("c", "a", "b") and reason.cycles[0].odd
    assert reason.cycles[0].path == ("c", "d")
    assert undecided_reason(af, "t").cycles[0].members == ("s",)
    with pytest.raises(ValueError, match="not UNDEC"):
        undecided_reason(AF(["a"], []), "a")


def test_cycles_upstream_are_all_reported_nearest_first() -> None:
    af = AF(
        ["p", "q", "r", "s", "x"],
        [("p", "q"), ("q", "p"), ("q", "x"), ("r", "s"), ("s", "r"), ("s", "p")],
    )
    reason = undecided_reason(af, "x")
    assert [set(c.members) for c in reason.cycles] == [{"p", "q"}, {"r", "s"}]
    assert [len(c.path) for c in reason.cycles] == [2, 4]


def test_shared_subtrees_keep_trees_small() -> None:
    # A ladder: each level attacked by both arguments of the previous one; the
    # unfolded tree doubles at each level, the shared one does not.
    names = [f"{side}{level}" for level in range(12) for side in "lr"]
    attacks = [
        (f"{s}{level}", f"{t}{level + 1}") for level in range(11) for s in "lr" for t in "lr"
    ]
    af = AF(names, attacks)
    why = explain_grounded(af, "l11")
    assert why.tree is not None
    distinct = {id(m) for m in why.tree.moves()}
    assert len(distinct) < 200


def test_published_grounded_extensions(shared_dir: Path) -> None:
    examples = json.loads((shared_dir / "reference" / "dung_examples.json").read_text())
    for example in examples["examples"]:
        af = AF(example["args"], [tuple(p) for p in example["attacks"]])
        (grounded,) = example["expected"]["grounded"]
        labels = grounded_labels(af)
        for a in af.arguments:
            why = explain_grounded(af, a)
            assert (why.label is Label.IN) == (a in grounded), (example["name"], a)
            if why.tree is not None:
                check_winning_strategy(af, why.tree, labels)


# -- long chains: far deeper than Python's recursion limit ------------------------------
CHAIN = 2_000


def attack_chain(n: int) -> ArgumentationFramework:
    """``a0 ← a1 ← … ← a(n-1)``: each argument attacks the one before it."""
    names = [f"a{i}" for i in range(n)]
    return AF(names, [(names[i + 1], names[i]) for i in range(n - 1)])


@pytest.mark.parametrize("argument", ["a0", "a1"])
def test_dispute_tree_of_a_long_attack_chain_is_built_without_recursion(argument: str) -> None:
    af = attack_chain(CHAIN)
    why = explain_grounded(af, argument)
    assert why.tree is not None
    moves = list(why.tree.moves())
    # The line of play runs the whole chain down to the unattacked last argument.
    assert [m.argument for m in moves] == [f"a{i}" for i in range(int(argument[1:]), CHAIN)]
    assert why.tree.depth() == len(moves)
    assert why.tree.root.leaves() == (f"a{CHAIN - 1}",)
    expected = Label.IN if argument == "a1" else Label.OUT  # a1999 is IN, so odd ones are
    assert why.label is expected
    assert why.rank == (CHAIN - 1 - int(argument[1:])) // 2 + 1


def test_depth_counts_shared_subtrees_once() -> None:
    leaf = Move(Player.PROPONENT, "c")
    shared = Move(Player.OPPONENT, "b", "a", (leaf,))
    root = Move(Player.PROPONENT, "a", None, (shared, shared, Move(Player.OPPONENT, "d", "a")))
    assert root.depth() == 3
    assert leaf.depth() == 1


def test_explaining_every_argument_of_a_chain_shares_one_strategy() -> None:
    # Explaining a0, a1, … in turn (as a report does) would rebuild the chain below
    # each argument, quadratic in all; with one labelling the subtrees are shared.
    af = attack_chain(CHAIN)
    labelling = grounded_labelling(af)
    trees = [explain_grounded(af, f"a{i}", labelling).tree for i in range(CHAIN)]
    assert all(tree is not None for tree in trees)
    first, second = trees[1], trees[3]
    assert first is not None and second is not None
    # a1 (IN) is attacked by a2 and defended by a3; a3 is attacked by a4 and
    # defended by a5, whose strategy is the very one a3's own tree plays.
    defence = first.root.children[0].children[0]
    assert defence.argument == "a3"
    assert defence.children[0].children[0] is second.root.children[0].children[0]
    assert repr(defence) == "Move(proponent 'a3' against 'a2', 1 reply)"
    assert [tree.depth() for tree in trees if tree is not None][:3] == [CHAIN, CHAIN - 1, CHAIN - 2]
