"""Grading: student maps derived from the model by known edits; compare must find them."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from argmap import corpus
from argmap.cli import main
from argmap.grading import compare
from argmap.model import ArgumentMap
from argmap.render.comparison import comparison_html
from tests.strategies import maps

MODEL = corpus.load("csmo")


def data() -> dict[str, Any]:
    return copy.deepcopy(MODEL.model_dump(mode="json", exclude_defaults=True))


def renamed(d: dict[str, Any], prefix: str = "st-") -> dict[str, Any]:
    """Every statement, support and attack id changed, as a student would."""
    ids = {x["id"] for group in ("statements", "supports", "attacks") for x in d.get(group, [])}

    def r(i: str) -> str:
        return prefix + i if i in ids else i

    for s in d["statements"]:
        s["id"] = r(s["id"])
        if "answers" in s:
            s["answers"] = r(s["answers"])
    for s in d.get("supports", []):
        s.update(
            id=r(s["id"]), premises=[r(p) for p in s["premises"]], conclusion=r(s["conclusion"])
        )
        if "roles" in s:
            s["roles"] = {r(k): v for k, v in s["roles"].items()}
    for a in d.get("attacks", []):
        a.update(id=r(a["id"]), source=r(a["source"]), target=r(a["target"]))
    return d


def build(d: dict[str, Any]) -> ArgumentMap:
    return ArgumentMap.model_validate(d)


def test_the_model_against_itself_renamed_scores_full() -> None:
    result = compare(build(renamed(data())), MODEL)
    assert result.score == 100.0
    assert {m.model: m.student for m in result.matches} == {
        s.id: "st-" + s.id for s in MODEL.statements
    }
    assert {r.verdict for r in result.relations} == {"right"}


def test_a_dropped_statement_and_its_relations_are_missed() -> None:
    d = renamed(data())
    gone = "st-fifth-wheel"
    d["statements"] = [s for s in d["statements"] if s["id"] != gone]
    d["attacks"] = [a for a in d["attacks"] if gone not in (a["source"], a["target"])]
    d["supports"] = [s for s in d["supports"] if gone not in (*s["premises"], s["conclusion"])]
    result = compare(build(d), MODEL)
    assert result.missed == ("fifth-wheel",) and result.extra == ()
    missed = {r.model for r in result.relations if r.verdict == "missed"}
    touching = {a.id for a in MODEL.attacks if "fifth-wheel" in (a.source, a.target)}
    touching |= {s.id for s in MODEL.supports if "fifth-wheel" in (*s.premises, s.conclusion)}
    assert missed == touching and touching
    assert {r.verdict for r in result.relations} == {"right", "missed"}
    assert 0 < result.score < 100


def test_a_retyped_attack_and_a_reversed_support_are_found() -> None:
    d = renamed(data())
    undercut = next(a for a in MODEL.attacks if a.kind.value == "undercut")
    support = MODEL.support(undercut.target)
    for a in d["attacks"]:
        if a["id"] == "st-" + undercut.id:  # rebut the conclusion instead of undercutting
            a.update(kind="rebut", target="st-" + support.conclusion)
    single = next(
        s
        for s in MODEL.supports
        if not s.linked
        and not MODEL.attacks_on(s.id)
        and MODEL.statement(s.conclusion).answers is None
    )
    for s in d["supports"]:
        if s["id"] == "st-" + single.id:
            s.update(premises=["st-" + single.conclusion], conclusion="st-" + single.premises[0])
    result = compare(build(d), MODEL)
    verdicts = {r.model: (r.verdict, r.student) for r in result.relations if r.verdict != "right"}
    assert verdicts == {
        undercut.id: ("wrong-kind", "st-" + undercut.id),
        single.id: ("wrong-direction", "st-" + single.id),
    }


def test_an_added_claim_and_relation_are_extra_and_a_changed_speaker_is_seen() -> None:
    d = renamed(data())
    d["statements"].append({"id": "mine", "text": {"en": "Bananas are yellow and curved."}})
    d["attacks"].append({"id": "mine-x", "kind": "rebut", "source": "mine", "target": "st-thesis"})
    quoted = next(s for s in d["statements"] if s.get("provenance", {}).get("speaker") == "martin")
    other = next(p["id"] for p in d["participants"] if p["id"] != "martin")
    quoted["provenance"]["speaker"] = other
    result = compare(build(d), MODEL)
    assert result.extra == ("mine",)
    assert [r.student for r in result.relations if r.verdict == "extra"] == ["mine-x"]
    assert [(a, b) for a, b, _, _ in result.speakers] == [
        (quoted["id"].removeprefix("st-"), quoted["id"])
    ]
    assert result.outcomes, "the thesis is now attacked by an unanswered objection"


def test_alignment_by_paraphrase_when_there_are_no_quotes() -> None:
    d = renamed(data())
    for s in d["statements"]:
        s.pop("provenance", None)
        s.pop("stance", None)  # a stance needs the speaker the provenance gave
        s["text"] = {"en": s["text"]["en"].upper()}
    result = compare(build(d), MODEL)
    assert len(result.matches) == len(MODEL.statements)
    assert {m.by for m in result.matches} == {"text"}
    assert len(result.speakers) == sum(1 for s in MODEL.statements if s.provenance)


def test_rubric() -> None:
    result = compare(build(renamed(data())), MODEL, rubric={"relations": 1})
    assert result.rubric["statements"] == 0 and result.score == 100.0
    with pytest.raises(ValueError, match="unknown: style"):
        compare(MODEL, MODEL, rubric={"style": 1})


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
@given(maps())
def test_any_map_renamed_is_matched_whole(m: ArgumentMap) -> None:
    d = copy.deepcopy(m.model_dump(mode="json", exclude_defaults=True))
    result = compare(build(renamed(d, "z")), m)
    assert not result.missed and not result.extra
    assert {r.verdict for r in result.relations} <= {"right"}


def test_report_and_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    d = renamed(data())
    d["statements"].append({"id": "evil", "text": {"en": "<script>alert(1)</script>"}})
    for source in d["sources"]:
        source.pop("file", None)  # the text inline: the file is written elsewhere
    student_path = tmp_path / "student.json"
    student_path.write_text(json.dumps(d), encoding="utf-8")
    student = build(d)
    page = comparison_html(compare(student, MODEL), student, MODEL, language="fr")
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert page == comparison_html(compare(student, MODEL), student, MODEL, language="fr")
    assert "Carte de l’élève" in page
    out = tmp_path / "cmp.html"
    code = main(
        [
            "compare",
            str(student_path),
            "csmo",
            "-o",
            str(out),
            "--json",
            "-",
            "--rubric",
            "statements=1,relations=1",
        ]
    )
    assert code == 0
    captured = capsys.readouterr()
    report = json.loads(captured.out)
    assert report["statements"]["extra"] == ["evil"]
    assert captured.err.startswith("score ")
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert main(["compare", str(student_path), "csmo", "--rubric", "colour=2"]) == 1
    assert "--rubric 'colour=2'" in capsys.readouterr().err


CAR_FREE = Path(__file__).resolve().parents[2] / "docs" / "examples" / "car-free"


def test_the_documented_student_map_shows_each_kind_of_mistake() -> None:
    # docs/examples/car-free/student.yaml, the map of docs/images/comparison*.png
    from argmap.io import load

    result = compare(load(CAR_FREE / "student.yaml"), load(CAR_FREE / "car-free.yaml"))
    verdicts = {(r.model, r.student): r.verdict for r in result.relations}
    assert verdicts[("a-rain", "x2")] == "wrong-kind"
    assert verdicts[("s-ring-road", "r4")] == "regrouped"
    assert verdicts[("a-shuttle", None)] == "missed"
    assert list(result.implicit_missed) == ["parking-is-enough"]
    assert 0 < result.score < 100
