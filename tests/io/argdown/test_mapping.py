"""Argdown onto the model: what becomes what, and the differences from Argdown's own
reading, each pinned with its reason."""

from __future__ import annotations

import pytest

from argmap.io.argdown import loads_argdown
from argmap.model import MapValidationError


def test_pcs_becomes_linked_supports_and_intermediate_conclusions_chain() -> None:
    m = loads_argdown(
        "<Arg>: The argument.\n\n(1) [P1]: p1\n(2) [P2]: p2\n-- expert opinion --\n(3) [C1]: c1\n"
        "(4) [P3]: p3\n----\n(5) [C]: c\n"
    )
    got = [(s.id, s.premises, s.conclusion) for s in m.supports]
    assert got == [("Arg.3", ("P1", "P2"), "C1"), ("Arg", ("C1", "P3"), "C")]
    assert m.support("Arg.3").linked
    assert m.support("Arg.3").scheme is not None
    assert m.support("Arg.3").scheme.value == "expert_opinion"
    assert m.support("Arg").note == "The argument."


def test_uses_names_the_premises_of_an_inference() -> None:
    m = loads_argdown("(1) [A]: a\n(2) [B]: b\n-- Modus ponens {uses: [2]} --\n(3) [C]: c\n")
    (support,) = m.supports
    assert support.premises == ("B",)
    assert support.note == "Inference rule: Modus ponens"


def test_undercut_stays_an_undercut_of_the_inference() -> None:
    m = loads_argdown(
        "<Arg>\n\n(1) [P]: p\n----\n(2) [C]: c\n\n<Arg>\n    <_ [U]: The premise is irrelevant.\n"
    )
    (attack,) = m.attacks
    assert (attack.kind.value, attack.source, attack.target) == ("undercut", "U", "Arg")
    assert [s.id for s in m.supports] == ["Arg"]  # no support was made of the undercut


def test_undercut_of_an_argument_without_pcs_targets_its_one_support() -> None:
    m = loads_argdown("<Arg>: Tea calms.\n    <_ [U]: Not always.\n    +> [Tea]: Drink tea.\n")
    (support,) = m.supports
    assert support.premises == ("Arg",)
    assert m.attacks[0].target == support.id


def test_attack_kinds_follow_the_target() -> None:
    m = loads_argdown(
        "[C]: c\n    + [P]: p\n        - [X]: attacks a premise\n"
        "    - [Y]: attacks the conclusion\n"
    )
    kinds = {(a.source, a.target): a.kind.value for a in m.attacks}
    assert kinds == {("X", "P"): "undermine", ("Y", "C"): "rebut"}


def test_strict_relations_and_contradictions() -> None:
    m = loads_argdown(
        "===\ntitle: T\nmodel: {mode: strict}\n===\n\n"
        "[A]: a\n    + [B]: b\n    - [C]: c\n    >< [D]: d\n"
    )
    assert [(s.premises, s.conclusion, s.strict) for s in m.supports] == [(("B",), "A", True)]
    got = [(a.kind.value, a.source, a.target, a.contradictory) for a in m.attacks]
    assert got == [("rebut", "C", "A", False), ("rebut", "A", "D", True)]


def test_data_becomes_provenance_and_fields() -> None:
    m = loads_argdown(
        "===\ntitle: Chat\nsources:\n"
        "  - {id: chat, title: Chat, text: 'Ann: tea calms me.'}\n===\n\n"
        "[Q]: Tea or coffee? {kind: issue}\n\n"
        "[Tea]: Drink tea. {answers: Q, weight: 0.7, text: {fr: Buvez du thé.}}\n"
        "    + [Calm]: Tea calms. {speaker: Ann, quote: tea calms me}\n"
    )
    calm = m.statement("Calm")
    assert calm.provenance is not None
    assert (calm.provenance.speaker, calm.provenance.source, calm.provenance.span) == (
        "Ann",
        "chat",
        (5, 17),
    )
    assert [(p.id, p.name) for p in m.participants] == [("Ann", "Ann")]
    assert m.statement("Q").kind.value == "issue"
    tea = m.statement("Tea")
    assert (tea.answers, tea.weight, tea.paraphrase("fr")) == ("Q", 0.7, "Buvez du thé.")


def test_tags_sections_and_descriptions_are_kept() -> None:
    m = loads_argdown("# Health\n\n[Tea]: Tea calms. #pro\n\n<Arg>: Tea is good.\n    +> [Tea]\n")
    assert m.statement("Tea").tags == ("pro", "section:Health")
    assert m.statement("Arg").text == {"en": "Tea is good."}
    assert m.title == "Health"


def test_titles_that_are_not_ids_become_slugs() -> None:
    m = loads_argdown("[Tea is good]: x\n    - [Tea_is_good]: y\n    + [2 cups]: z\n")
    assert [s.id for s in m.statements] == ["Tea_is_good", "Tea_is_good-2", "n2_cups"]


# -- intended differences from Argdown ---------------------------------------------


def test_pinned_undercut_of_a_statement_is_refused() -> None:
    """Argdown accepts ``_`` below a statement; argmap's undercut attacks an
    inference (Pollock 1987), and a statement is none: the user is told where."""
    with pytest.raises(MapValidationError) as caught:
        loads_argdown("[A]: a\n    _ [U]: u\n", file="u.argdown")
    assert "u.argdown:2:5: an undercut attacks an inference, but [A] is a statement" in str(
        caught.value
    )


def test_pinned_attack_on_an_argument_with_several_premises_is_refused() -> None:
    """Argdown reads an attack on a reconstructed argument as an attack on one of its
    premises, without saying which; argmap needs the premise attacked."""
    text = "<A>\n\n(1) [P]: p\n(2) [Q]: q\n----\n(3) [C]: c\n\n<A>\n    <- [X]: x\n"
    with pytest.raises(
        MapValidationError, match=r"9:5: this attack is on <A>, which has 2 premises"
    ):
        loads_argdown(text)
    one = loads_argdown("<A>\n\n(1) [P]: p\n----\n(2) [C]: c\n\n<A>\n    <- [X]: x\n")
    assert [(a.kind.value, a.target) for a in one.attacks] == [("undermine", "P")]


def test_loose_support_is_defeasible_and_contradiction_is_written_once() -> None:
    m = loads_argdown("[A]: a\n    >< [B]: b\n    + [C]: c\n")
    assert [(a.source, a.target, a.contradictory) for a in m.attacks] == [("A", "B", True)]
    assert not m.supports[0].strict


def test_pinned_trailing_tags_leave_the_text() -> None:
    """Argdown keeps ``#tags`` in a statement's text; argmap keeps them as tags only."""
    m = loads_argdown("[A]: Tea calms. #health\n")
    assert m.statement("A").text == {"en": "Tea calms."}
    assert m.statement("A").tags == ("health",)


def test_model_problems_name_the_argdown_line() -> None:
    with pytest.raises(MapValidationError) as caught:
        loads_argdown("[A]: a {weight: 3}\n\n[B]: b {weight: -1}\n", file="w.argdown")
    text = str(caught.value)
    assert "w.argdown:1:1: Input should be less than or equal to 1" in text
    assert "w.argdown:3:1: Input should be greater than or equal to 0" in text
    with pytest.raises(MapValidationError, match=r"w.argdown:3:1: \[B\] `answers` names 'A'"):
        loads_argdown("[A]: a\n\n[B]: b {answers: A}\n", file="w.argdown")


ONE_PASS = """===
title: Tea
sources:
  - {id: s, title: Chat, text: "Tea is good. Tea is good. Coffee wins."}
participants:
  - {id: ann, name: Ann}
===

- [Orphan]: nothing to attack.

[Tea]: Tea is good. {speaker: ann, quote: "Tea is good", source: s}
  + [Warm]: Tea is warm.
"""


def test_syntax_and_map_problems_are_reported_in_one_pass() -> None:
    with pytest.raises(MapValidationError) as caught:
        loads_argdown(ONE_PASS, file="tea.argdown")
    found = [(p.line, p.column, p.message) for p in caught.value.problems]
    assert [(line, column) for line, column, _ in found] == [(9, 1), (11, 1)]
    assert "the relation '-' has nothing to relate to" in found[0][2]
    assert "the quote occurs 2 times in the source" in found[1][2]


def test_a_map_problem_alone_is_reported_once() -> None:
    text = ONE_PASS.replace("- [Orphan]: nothing to attack.\n", "")
    with pytest.raises(MapValidationError) as caught:
        loads_argdown(text, file="tea.argdown")
    assert len(caught.value.problems) == 1


def test_a_relation_on_an_inference_of_a_broken_pcs_is_a_located_problem() -> None:
    # The PCS ends on its inference line, so it is not kept; the undercut written
    # below that line has no inference to attack (it once raised IndexError).
    with pytest.raises(MapValidationError) as caught:
        loads_argdown("<A>: an argument\n\n(1) [P]: p\n----\n  <_ [U]: u\n", file="a.argdown")
    found = [(p.line, p.column, p.message) for p in caught.value.problems]
    assert found[-1][:2] == (5, 3)
    assert "structure was not kept" in found[-1][2]


def test_uses_naming_a_step_without_a_statement_or_not_a_number_is_a_problem() -> None:
    text = "(1) [A]{{\n(2) [B]: b\n-- {uses: [1, 2, [3]]} --\n(3) [C]: c\n"
    with pytest.raises(MapValidationError) as caught:
        loads_argdown(text, file="u.argdown")
    messages = [p.message for p in caught.value.problems]
    assert any("a PCS step must be a statement" in m for m in messages)
    assert any("`uses` names steps [[3]]" in m for m in messages)


def test_a_step_number_too_long_to_be_one_is_not_read_as_a_step() -> None:
    with pytest.raises(MapValidationError) as caught:
        loads_argdown("(" + "9" * 5000 + ") [A]: a\n----\n(2) [C]: c\n", file="n.argdown")
    assert caught.value.problems
