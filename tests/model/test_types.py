"""The model's types: construction, lookups, validation from Python, immutability."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from argmap.model import (
    ArgumentMap,
    AttackKind,
    MapValidationError,
    Stance,
    StatementKind,
    stance_label,
    voiced_by,
)


def small_map(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "title": "Tea or coffee",
        "sources": [{"id": "src", "title": "Chat", "text": "tea is good; coffee wakes"}],
        "participants": [{"id": "al", "name": "Al"}],
        "statements": [
            {"id": "q", "kind": "issue", "text": {"en": "Tea or coffee?"}},
            {
                "id": "tea",
                "text": {"fr": "Le thé est bon.", "en": "Tea is good."},
                "answers": "q",
                "provenance": {
                    "source": "src",
                    "speaker": "al",
                    "quote": "tea is good",
                    "span": [0, 11],
                },
            },
            {"id": "wakes", "text": {"en": "Coffee wakes you."}},
            {"id": "coffee", "text": {"en": "Coffee."}, "answers": "q"},
            {"id": "habit", "text": {"en": "Only out of habit."}, "implicit": True},
        ],
        "supports": [{"id": "s1", "premises": ["wakes", "habit"], "conclusion": "coffee"}],
        "attacks": [
            {"id": "a1", "kind": "rebut", "source": "coffee", "target": "tea"},
            {"id": "a2", "kind": "undercut", "source": "tea", "target": "s1"},
            {"id": "a3", "kind": "undermine", "source": "tea", "target": "wakes"},
        ],
    }
    data.update(changes)
    return data


def test_lookups_and_views() -> None:
    m = ArgumentMap.model_validate(small_map())
    assert [s.id for s in m.issues] == ["q"]
    assert [s.id for s in m.positions_on("q")] == ["tea", "coffee"]
    assert m.support("s1").linked
    assert [a.id for a in m.attacks_on("s1")] == ["a2"]
    assert m.attacks[1].kind is AttackKind.UNDERCUT
    assert m.statement("q").kind is StatementKind.ISSUE
    assert list(m.statement("tea").text) == ["en", "fr"]  # sorted: deterministic output
    assert m.statement("tea").paraphrase("fr") == "Le thé est bon."
    assert m.statement("q").paraphrase("fr") == "Tea or coffee?"  # falls back to English
    with pytest.raises(KeyError, match="no statement with id 'nope'"):
        m.statement("nope")
    with pytest.raises(KeyError, match="no support"):
        m.support("tea")


def test_models_are_frozen() -> None:
    m = ArgumentMap.model_validate(small_map())
    with pytest.raises(ValidationError):
        m.statements[0].id = "x"  # type: ignore[misc]
    with pytest.raises(ValidationError):
        m.title = "other"  # type: ignore[misc]


def test_construction_reports_all_cross_reference_problems() -> None:
    data = small_map()
    data["attacks"] = [
        {"id": "a1", "kind": "rebut", "source": "coffe", "target": "tea"},
        {"id": "a2", "kind": "undercut", "source": "tea", "target": "coffee"},
    ]
    with pytest.raises(MapValidationError) as info:
        ArgumentMap.model_validate(data)
    messages = [p.message for p in info.value.problems]
    assert len(messages) == 2
    assert "attacker 'coffe' does not exist" in messages[0]
    assert "did you mean 'coffee'" in (info.value.problems[0].hint or "")
    assert "undercut attacks an inference" in messages[1]
    assert info.value.problems[1].path == ("attacks", 1, "target")


def test_quote_checked_against_inline_source_text() -> None:
    data = small_map()
    data["statements"][1]["provenance"]["span"] = [1, 12]
    with pytest.raises(MapValidationError, match=r"found at \[0, 11\]"):
        ArgumentMap.model_validate(data)


def test_quote_in_chrome_section_is_rejected() -> None:
    data = small_map()
    data["sources"][0]["sections"] = [{"id": "ad", "title": "Ad", "span": [0, 4], "chrome": True}]
    with pytest.raises(MapValidationError, match="page chrome"):
        ArgumentMap.model_validate(data)


def test_unloaded_source_text_is_reported() -> None:
    data = small_map()
    data["sources"][0] = {"id": "src", "title": "Chat", "file": "chat.txt"}
    with pytest.raises(MapValidationError, match="text of source 'src' is not loaded"):
        ArgumentMap.model_validate(data)


@pytest.mark.parametrize("weight", [-0.1, 1.01])
def test_weights_outside_unit_interval(weight: float) -> None:
    data = small_map()
    data["statements"][2]["weight"] = weight
    with pytest.raises(ValidationError):
        ArgumentMap.model_validate(data)


def test_duplicate_attacks_and_supports_are_reported() -> None:
    data = small_map()
    data["supports"].append({"id": "s2", "premises": ["habit", "wakes"], "conclusion": "coffee"})
    data["attacks"].append({"id": "a4", "kind": "rebut", "source": "coffee", "target": "tea"})
    with pytest.raises(MapValidationError) as info:
        ArgumentMap.model_validate(data)
    assert [p.id for p in info.value.problems] == ["s2", "a4"]


def test_stance_defaults_to_asserted_and_only_asserted_commits() -> None:
    m = ArgumentMap.model_validate(small_map())
    assert m.statement("tea").stance is Stance.ASSERTED
    assert [s for s in Stance if s.committed] == [Stance.ASSERTED]
    assert Stance.CONCEDED.illocution == "Conceding"
    assert Stance.ASSERTED.illocution == "Asserting"


@pytest.mark.parametrize("stance", ["conceded", "reported", "anticipated"])
def test_a_voiced_stance_is_kept(stance: str) -> None:
    data = small_map()
    data["statements"][1]["stance"] = stance
    m = ArgumentMap.model_validate(data)
    assert m.statement("tea").stance is Stance(stance)
    assert m.statement("coffee").stance is Stance.ASSERTED


@pytest.mark.parametrize(
    ("index", "message"),
    [
        (0, "an issue cannot be conceded"),
        (2, "a conceded statement needs the speaker who voices it"),
        (4, "an implicit premise cannot be conceded"),
    ],
)
def test_a_stance_needs_a_speaker(index: int, message: str) -> None:
    data = small_map()
    data["statements"][index]["stance"] = "conceded"
    with pytest.raises(MapValidationError) as info:
        ArgumentMap.model_validate(data)
    (problem,) = info.value.problems
    assert problem.message.startswith(message)
    assert problem.path == ("statements", index, "stance")
    assert problem.hint is not None and "stance" in problem.hint


def test_an_unknown_stance_is_refused() -> None:
    data = small_map()
    data["statements"][1]["stance"] = "believed"
    with pytest.raises(ValidationError, match="asserted"):
        ArgumentMap.model_validate(data)


def test_stance_words_in_both_languages() -> None:
    assert stance_label(Stance.REPORTED) == "reported"
    assert stance_label(Stance.CONCEDED, "fr") == "concédé"
    assert voiced_by(Stance.ASSERTED, "Al") == "said by Al"
    assert voiced_by(Stance.ANTICIPATED, "Al", "fr") == "objection anticipée par Al"
    for stance in Stance:
        assert "Al" in voiced_by(stance, "Al", "en")
        assert "Al" in voiced_by(stance, "Al", "fr")


def _structured_map(**changes: object) -> dict[str, object]:
    data: dict[str, object] = {
        "title": "t",
        "statements": [
            {"id": "q", "kind": "issue", "text": {"en": "?"}},
            {"id": "a", "text": {"en": "A"}, "answers": "q"},
            {"id": "p", "text": {"en": "P"}},
            {"id": "u", "text": {"en": "U"}},
        ],
        "supports": [{"id": "s", "premises": ["p"], "conclusion": "a"}],
        "attacks": [],
    }
    data.update(changes)
    return data


def test_structured_markers_default_to_off() -> None:
    m = ArgumentMap.model_validate(_structured_map())
    assert not m.statement("a").premise and not m.support("s").strict
    assert m.preferences == ()


def test_a_strict_support_cannot_be_undercut() -> None:
    data = _structured_map(
        supports=[{"id": "s", "premises": ["p"], "conclusion": "a", "strict": True}],
        attacks=[{"id": "x", "kind": "undercut", "source": "u", "target": "s"}],
    )
    with pytest.raises(MapValidationError) as info:
        ArgumentMap.model_validate(data)
    (problem,) = info.value.problems
    assert problem.id == "x" and "strict inference" in problem.message
    assert problem.hint is not None and "strict: true" in problem.hint


def test_an_undercut_cannot_be_contradictory() -> None:
    data = _structured_map(
        attacks=[
            {"id": "x", "kind": "undercut", "source": "u", "target": "s", "contradictory": True}
        ]
    )
    with pytest.raises(MapValidationError, match="cannot be `contradictory`"):
        ArgumentMap.model_validate(data)


def test_an_issue_cannot_be_a_premise() -> None:
    data = _structured_map()
    data["statements"][0]["premise"] = True  # type: ignore[index]
    with pytest.raises(MapValidationError, match="a question is not asserted"):
        ArgumentMap.model_validate(data)


def test_preferences_are_checked() -> None:
    data = _structured_map(
        preferences=[
            {"stronger": "a", "weaker": "p"},
            {"stronger": "p", "weaker": "u"},
            {"stronger": "u", "weaker": "a"},
            {"stronger": "s", "weaker": "p"},
            {"stronger": "zz", "weaker": "p"},
        ]
    )
    with pytest.raises(MapValidationError) as info:
        ArgumentMap.model_validate(data)
    messages = [p.message for p in info.value.problems]
    assert messages[0] == "the preferences go round in a circle: u > a > p > u"
    assert "'s' is a support but 'p' is a statement" in messages[1]
    assert "stronger 'zz' does not exist" in messages[2]
    assert [p.path for p in info.value.problems] == [
        ("preferences", 2),
        ("preferences", 3),
        ("preferences", 4, "stronger"),
    ]
