"""The scheme catalogue: complete, bilingual, typed questions; open questions; warnings."""

from __future__ import annotations

import re

import pytest

from argmap import corpus
from argmap.model import ArgumentMap, Scheme
from argmap.schemes import catalogue, open_questions, question, scheme_warnings, taken_up

REQUIRED = {
    "expert_opinion",
    "position_to_know",
    "witness_testimony",
    "popular_opinion",
    "analogy",
    "example",
    "verbal_classification",
    "cause_to_effect",
    "sign",
    "positive_consequences",
    "negative_consequences",
    "practical_reasoning",
    "alternatives",
    "ad_hominem",
}


def test_every_scheme_of_the_model_and_of_the_brief_is_in_the_catalogue() -> None:
    names = {s.value for s in catalogue()}
    assert names == {s.value for s in Scheme}
    assert names >= REQUIRED


def test_the_csmo_map_uses_only_catalogued_schemes() -> None:
    m = corpus.load("csmo")
    used = {s.scheme for s in m.supports if s.scheme} | {s.scheme for s in m.statements if s.scheme}
    assert used and used <= set(catalogue())


@pytest.mark.parametrize("scheme", list(Scheme), ids=lambda s: s.value)
def test_each_scheme_is_whole_in_both_languages(scheme: Scheme) -> None:
    spec = catalogue()[scheme]
    assert re.search(r"\d{4}", spec.source), "cite the source"
    assert spec.premises and spec.questions
    texts = [spec.name, spec.conclusion, *(p.text for p in spec.premises)]
    texts += [q.text for q in spec.questions]
    for text in texts:
        assert text("en").strip() and text("fr").strip()
        assert text("en") != text("fr") or len(text("en")) <= 3  # translated, not copied
    for q in spec.questions:
        assert q.id.startswith(f"{scheme.value}.")
        assert q.attack in ("undermine", "undercut", "rebut")
        assert (q.premise is not None) == (q.attack == "undermine")
        assert q.premise is None or q.premise in spec.roles
        assert q.text("en").endswith("?") and q.text("fr").endswith(" ?")
    assert len({q.id for q in spec.questions}) == len(spec.questions)


def test_question_lookup() -> None:
    assert question("expert_opinion.field").text("fr").startswith("E est-il expert")
    with pytest.raises(KeyError, match="no scheme 'expertise'"):
        question("expertise.field")
    with pytest.raises(KeyError, match="has no critical question 'colour'"):
        question("analogy.colour")


def smoking(**attack: str) -> ArgumentMap:
    return ArgumentMap(
        title="t",
        statements=[
            {"id": "says", "text": {"en": "Dr A says smoking kills."}},
            {"id": "expert", "text": {"en": "Dr A is an oncologist."}, "implicit": True},
            {"id": "kills", "text": {"en": "Smoking kills."}},
            {"id": "paid", "text": {"en": "Dr A is paid by a rival."}},
            {"id": "study", "text": {"en": "Dr A cites a cohort study."}},
        ],
        supports=[
            {
                "id": "s",
                "premises": ["expert", "says"],
                "conclusion": "kills",
                "scheme": "expert_opinion",
                "roles": {"expert": "major", "says": "minor"},
            },
            {
                "id": "b",
                "premises": ["study"],
                "conclusion": "kills",
                "question": "expert_opinion.backup_evidence",
            },
        ],
        attacks=[{"id": "x", "kind": "undercut", "source": "paid", "target": "s", **attack}],
    )


def test_open_questions_leave_out_those_the_map_takes_up() -> None:
    m = smoking(question="expert_opinion.trustworthiness")
    assert taken_up(m, m.support("s")) == {
        "expert_opinion.trustworthiness": ["x"],
        "expert_opinion.backup_evidence": ["b"],
    }
    assert [q.id for q in open_questions(m, "s")] == [
        "expert_opinion.expertise",
        "expert_opinion.field",
        "expert_opinion.opinion",
        "expert_opinion.consistency",
    ]
    assert open_questions(m, "b") == ()
    assert scheme_warnings(m) == []


def test_scheme_warnings() -> None:
    m = smoking(question="analogy.differences")
    (warning,) = scheme_warnings(m)
    assert warning.id == "x" and "belongs to no analogy argument" in warning.message
    bare = ArgumentMap(
        title="t",
        statements=[{"id": "a", "text": {"en": "A"}}, {"id": "c", "text": {"en": "C"}}],
        supports=[{"id": "s", "premises": ["a"], "conclusion": "c", "scheme": "analogy"}],
        attacks=[
            {
                "id": "x",
                "kind": "undercut",
                "source": "a",
                "target": "s",
                "question": "analogy.colours",
            }
        ],
    )
    messages = [(w.id, w.message) for w in scheme_warnings(bare)]
    assert messages[0] == (
        "s",
        "the argument from analogy has 2 premises (similarity, base); this support gives 1",
    )
    assert messages[1][0] == "x" and "no critical question 'colours'" in messages[1][1]
    roles = ArgumentMap(
        title="t",
        statements=[{"id": "a", "text": {"en": "A"}}, {"id": "c", "text": {"en": "C"}}],
        supports=[
            {
                "id": "s",
                "premises": ["a"],
                "conclusion": "c",
                "scheme": "analogy",
                "roles": {"a": "likeness"},
            }
        ],
    )
    assert [w.message.split(" (")[0] for w in scheme_warnings(roles)] == [
        "the argument from analogy has no premise in the role 'similarity'",
        "the argument from analogy has no premise in the role 'base'",
        "role 'likeness' of 'a' is not a role of the argument from analogy",
    ]
