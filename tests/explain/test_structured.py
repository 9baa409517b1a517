"""The structured walk: hand-checked maps, read as ASPIC+ arguments (the default reading)."""

from __future__ import annotations

from argmap.explain import Status, explain
from argmap.model import ArgumentMap


def claims(*ids: str) -> list[dict[str, object]]:
    return [
        {"id": i, "text": {"en": f"Claim {i} holds.", "fr": f"La thèse {i} tient."}} for i in ids
    ]


def test_an_undercut_reason_leaves_its_conclusion_without_argument() -> None:
    m = ArgumentMap(
        title="t",
        statements=claims("c", "p", "u"),
        supports=[{"id": "s", "premises": ["p"], "conclusion": "c"}],
        attacks=[{"id": "x", "kind": "undercut", "source": "u", "target": "s"}],
    )
    why = explain(m, "c", "grounded")
    assert why.status is Status.REJECTED
    assert why.carriers is not None
    (carrier,) = why.carriers
    assert carrier.support == "s" and carrier.reasons == ("p",)
    assert why.text == (
        "The claim that claim c holds is rejected under grounded semantics in the structured "
        "reading: its only argument is defeated. The argument from the reason that claim p "
        "holds is defeated: the objection that claim u holds denies that the reasons given "
        "support it, and nothing defeats that objection in turn."
    )
    french = why.render("fr")
    assert "conteste que les raisons données la soutiennent" in french


def test_an_accepted_conclusion_names_its_linked_reasons_and_why_each_attack_fails() -> None:
    m = ArgumentMap(
        title="t",
        statements=claims("c", "p", "q", "r", "d"),
        supports=[{"id": "s", "premises": ["p", "q"], "conclusion": "c"}],
        attacks=[
            {"id": "x", "kind": "undermine", "source": "r", "target": "p"},
            {"id": "y", "kind": "rebut", "source": "d", "target": "r"},
        ],
    )
    why = explain(m, "c", "grounded")
    assert why.status is Status.ACCEPTED
    text = why.text
    assert "it follows from “Claim p holds” and “Claim q holds” together" in text
    assert "undermines the reason that claim p holds, on which it rests" in text
    assert "but is itself defeated by the objection that claim d holds" in text


def test_a_rebutter_whose_own_reason_is_undercut_fails_and_the_target_is_reinstated() -> None:
    m = ArgumentMap(
        title="t",
        statements=claims("c", "b", "p", "u"),
        supports=[{"id": "s", "premises": ["p"], "conclusion": "b"}],
        attacks=[
            {"id": "x", "kind": "rebut", "source": "b", "target": "c"},
            {"id": "y", "kind": "undercut", "source": "u", "target": "s"},
        ],
    )
    why = explain(m, "c", "preferred")
    assert why.status is Status.ACCEPTED
    assert why.carriers is not None
    (outcome,) = why.carriers[0].attacks
    assert outcome.attacker == "b" and outcome.status is Status.REJECTED
    assert "nothing supports it, so it is taken as a premise" in why.text
    assert (
        "claim b holds contradicts it, but is itself defeated by the objection that claim u"
        in why.text
    )


def test_a_claim_resting_only_on_itself_has_no_argument() -> None:
    m = ArgumentMap(
        title="t",
        statements=claims("a", "b"),
        supports=[
            {"id": "s1", "premises": ["a"], "conclusion": "b"},
            {"id": "s2", "premises": ["b"], "conclusion": "a"},
        ],
    )
    why = explain(m, "a", "grounded", language="fr")
    assert why.carriers == ()
    assert why.status is Status.REJECTED
    assert "aucun argument ne l’établit" in why.text
