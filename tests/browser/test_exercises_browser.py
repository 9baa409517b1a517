"""The exercise page in a real browser: offline, keyboard, languages, scoring, export, print."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from argmap import corpus
from argmap.exercises import exercise_sheet, read_export, score
from argmap.io import load
from argmap.render.exercises import write_exercises
from tests.browser.conftest import Opener
from tests.render.conftest import XSS, nasty_map, sample_map

pytestmark = pytest.mark.browser

CAR_FREE = Path(__file__).resolve().parents[2] / "docs" / "examples" / "car-free" / "car-free.yaml"
# In the sample debate's article passage (markup:news:article): "Cars should be banned from the
# city centre." is the claim at [61, 104); "Cars pollute the air downtown" a reason at [105, 134).
CLAIM = (61, 104)
REASON = (105, 134)


@pytest.fixture(scope="session")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("exercises")
    written = {
        "sample": folder / "sample.html",
        "teacher": folder / "teacher.html",
        "nasty": folder / "nasty.html",
        "car-free": folder / "car-free.html",
        "csmo": folder / "csmo.html",
    }
    write_exercises(sample_map(), written["sample"])
    write_exercises(sample_map(), written["teacher"], teacher=True)
    write_exercises(nasty_map(), written["nasty"])
    write_exercises(load(CAR_FREE), written["car-free"])
    write_exercises(corpus.load("csmo"), written["csmo"], language="fr")
    return written


def score_line(page: Any) -> tuple[float, int, int]:
    text = page.locator("#score").inner_text()
    found = re.search(r"([\d.]+) / (\d+) \((\d+)", text)
    assert found, text
    return float(found.group(1)), int(found.group(2)), int(found.group(3))


def question(page: Any, qid: str) -> Any:
    return page.locator(f'[data-q="{qid}"]')


def select(page: Any, qid: str, start: int, end: int) -> None:
    question(page, qid).locator("textarea").evaluate(
        "(area, range) => { area.focus(); area.setSelectionRange(range[0], range[1]); }",
        [start, end],
    )


def choose(page: Any, qid: str, option: str) -> None:
    question(page, qid).locator(f'input[value="{option}"]').check()


def test_opens_offline_without_errors(pages: dict[str, Path], open_report: Opener) -> None:
    for name, path in pages.items():
        page, watch = open_report(path)
        assert watch.errors == [] and watch.dialogs == [], name
        assert [m for m in watch.console if m.startswith(("error", "warning"))] == [], name
        assert watch.requests == [path.as_uri()] and watch.blocked == [], name
        assert page.locator(".question").count() == page.evaluate(
            "JSON.parse(document.getElementById('exercise-data').textContent).order.length"
        )


def test_marking_a_passage_scores_it(
    pages: dict[str, Path], open_report: Opener, screenshots: Path
) -> None:
    page, watch = open_report(pages["sample"])
    box = question(page, "markup:news:article")
    box.locator('[data-mark="claim"]').click()  # nothing selected yet
    assert "Select a stretch of the passage first." in box.locator(".feedback").inner_text()
    select(page, "markup:news:article", *CLAIM)
    box.locator('[data-mark="claim"]').click()
    select(
        page, "markup:news:article", REASON[0], REASON[0] + 10
    )  # 10 of 29 characters: too little
    box.locator('[data-mark="reason"]').click()
    select(page, "markup:news:article", 0, 43)  # the question: not a claim, reason or objection
    box.locator('[data-mark="objection"]').click()
    marks = box.locator("ol.marks li")
    assert marks.count() == 3
    assert marks.nth(0).inner_text().startswith("claim")
    assert "Cars should be banned from the city centre." in marks.nth(0).inner_text()
    marks.nth(2).get_by_role("button", name="Remove").click()
    assert marks.count() == 2
    box.locator("button.check").click()
    # 1 of 4 quotes found, 2 marks: 2 x 1 / (4 + 2)
    assert box.locator(".feedback").inner_text() == (
        "1 of 4 quotes found; marks matching none: 1. Score: 0.33."
    )
    assert box.locator("ol.marks li.right").count() == 1
    assert box.locator("ol.marks li.missed").count() == 3
    assert box.locator('[data-mark="claim"]').is_disabled()
    assert score_line(page) == (0.33, 25, 1)
    box.screenshot(path=str(screenshots / "exercises-markup.png"))
    assert watch.errors == []


def test_keyboard_selects_and_marks(pages: dict[str, Path], open_report: Opener) -> None:
    page, _ = open_report(pages["sample"])
    box = question(page, "markup:news:article")
    select(page, "markup:news:article", CLAIM[0], CLAIM[0])
    for _ in range(CLAIM[1] - CLAIM[0]):
        page.keyboard.press("Shift+ArrowRight")
    area = box.locator("textarea")
    before = area.input_value()
    page.keyboard.type("zz")  # typing, deleting or pasting leaves the passage as it is
    page.keyboard.press("Backspace")
    assert area.input_value() == before
    select(page, "markup:news:article", CLAIM[0], CLAIM[0])
    for _ in range(CLAIM[1] - CLAIM[0]):
        page.keyboard.press("Shift+ArrowRight")
    page.keyboard.press("Tab")  # to "Mark as claim"
    assert page.evaluate("document.activeElement.getAttribute('data-mark')") == "claim"
    page.keyboard.press("Enter")
    assert "Cars should be banned from the city centre." in box.locator("ol.marks").inner_text()
    # a choice: Tab into the options, arrows pick, Tab to Check, Enter
    first = page.locator("fieldset.question").first
    first.locator("input[type=radio]").first.focus()
    page.keyboard.press("ArrowDown")
    assert first.locator("input[type=radio]:checked").count() == 1
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "check"
    page.keyboard.press("Enter")
    assert first.locator(".feedback").inner_text() != ""
    assert score_line(page)[2] == 1


def test_choices_score_lock_and_explain(pages: dict[str, Path], open_report: Opener) -> None:
    page, watch = open_report(pages["sample"])
    relation = question(page, "relation:a-else")
    relation.locator("button.check").click()
    assert relation.locator(".feedback").inner_text() == "Choose an answer first."
    choose(page, "relation:a-else", "rebut")
    relation.locator("button.check").click()
    assert relation.locator(".feedback").inner_text() == "Not quite. Expected: undercuts"
    assert relation.locator("input").first.is_disabled()
    assert relation.locator("label.key input").get_attribute("value") == "undercut"
    status = question(page, "status:on-foot")
    explanation = status.locator(".explanation")
    assert not explanation.is_visible()
    choose(page, "status:on-foot", "in")
    status.locator("button.check").click()
    assert status.locator(".feedback").inner_text() == "Correct."
    assert explanation.is_visible()
    assert "accepted under grounded semantics" in explanation.inner_text()
    assert score_line(page) == (1.0, 25, 2)
    assert watch.errors == []


def test_open_critical_questions_are_all_accepted(
    pages: dict[str, Path], open_report: Opener
) -> None:
    page, _ = open_report(pages["car-free"])
    box = question(page, "question:s-shops")
    choose(page, "question:s-shops", "analogy.counter_analogy")
    box.locator("button.check").click()
    feedback = box.locator(".feedback").inner_text()
    assert feedback.startswith("Correct. Also accepted: ")
    assert "Is the case cited" in feedback or "similar" in feedback
    assert box.locator("label.key").count() == 3
    assert "no relation of the map takes it up" in box.locator(".explanation").inner_text()


def test_scores_agree_with_python(
    pages: dict[str, Path], open_report: Opener, tmp_path: Path
) -> None:
    page, _ = open_report(pages["sample"])
    sheet = exercise_sheet(sample_map())
    select(page, "markup:news:article", *CLAIM)
    question(page, "markup:news:article").locator('[data-mark="claim"]').click()
    select(
        page, "markup:news:article", REASON[0] - 1, REASON[1] + 3
    )  # a little more than the quote
    question(page, "markup:news:article").locator('[data-mark="reason"]').click()
    checked = ["markup:news:article"]
    for position, q in enumerate(q for q in sheet.questions if q.kind != "markup"):
        option = q.options[position % len(q.options)]
        choose(page, q.id, option)
        if position % 3:
            checked.append(q.id)
    for qid in checked:
        question(page, qid).locator("button.check").click()
    page.fill("#student", "Ada <b>Lovelace</b>")
    with page.expect_download() as download:
        page.click("#export")
    saved = tmp_path / "ada.json"
    download.value.save_as(saved)
    assert download.value.suggested_filename == "answers-Ada-b-Lovelace-b.json"
    assert "answers-Ada-b-Lovelace-b.json" in page.locator("#export-status").inner_text()
    export = read_export(saved.read_text(encoding="utf-8"), "ada.json", sheet)
    assert export.student == "Ada <b>Lovelace</b>"
    assert len(export.answers) == len(sheet.questions) - 1  # every choice, and the marks
    result = score(sheet, export.answers)
    shown, maximum, count = score_line(page)
    assert maximum == result.maximum and count == len(checked)
    expected = sum(result.scores[qid] for qid in checked)
    assert shown == pytest.approx(round(expected, 2))
    assert result.scores["markup:news:article"] == pytest.approx(2 * 2 / 6)


def test_switching_language(pages: dict[str, Path], open_report: Opener) -> None:
    page, _ = open_report(pages["sample"])
    choose(page, "relation:a-else", "undercut")
    question(page, "relation:a-else").locator("button.check").click()
    page.get_by_role("button", name="Français").click()
    assert page.evaluate("document.documentElement.lang") == "fr"
    assert page.locator("#h-relations").inner_text() == "2. Qualifier chaque relation"
    assert question(page, "relation:a-else").locator(".feedback").inner_text() == "Juste."
    assert "sape l’inférence" in question(page, "relation:a-else").inner_text()
    assert "Il faut interdire les voitures" in question(page, "status:ban").inner_text()
    assert "Cars should be banned" not in question(page, "status:ban").inner_text()
    assert page.locator("#score").inner_text().startswith("Score\u00a0: 1 / 25")
    assert question(page, "markup:news:article").locator('[data-mark="claim"]').inner_text() == (
        "Marquer comme affirmation"
    )
    page.get_by_role("button", name="English").click()
    assert page.locator("#h-relations").inner_text() == "2. Classify each relation"
    assert question(page, "relation:a-else").locator(".feedback").inner_text() == "Correct."


def test_hostile_text_never_runs(pages: dict[str, Path], open_report: Opener) -> None:
    page, watch = open_report(pages["nasty"])
    select(page, "markup:news:article", *CLAIM)
    question(page, "markup:news:article").locator('[data-mark="claim"]').click()
    page.locator("fieldset.question input[type=radio]").first.check()
    page.locator("fieldset.question button.check").first.click()
    page.get_by_role("button", name="Français").click()
    assert watch.dialogs == [] and watch.errors == [] and watch.blocked == []
    assert page.evaluate("document.querySelectorAll('img, iframe, object, svg').length") == 0
    assert page.evaluate("document.scripts.length") == 2
    injected = page.evaluate(
        """[...document.querySelectorAll('*')].filter(e =>
            [...e.attributes].some(a => a.name.startsWith('on'))).length"""
    )
    assert injected == 0
    body = page.locator("body").inner_text()
    for payload in XSS[:4]:
        assert payload in body


def test_narrow_window(pages: dict[str, Path], open_report: Opener, screenshots: Path) -> None:
    for name in ("sample", "csmo"):
        page, _ = open_report(pages[name], width=380, height=800)
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 1, name
    page.locator("fieldset.question").first.scroll_into_view_if_needed()
    page.screenshot(path=str(screenshots / "exercises-narrow.png"))


def test_print_gives_a_handout(pages: dict[str, Path], open_report: Opener) -> None:
    page, _ = open_report(pages["sample"])
    choose(page, "status:on-foot", "in")
    question(page, "status:on-foot").locator("button.check").click()
    page.emulate_media(media="print")
    for hidden in (".controls", "textarea.passage", ".mark-buttons", "#score"):
        assert not page.locator(hidden).first.is_visible(), hidden
    assert not question(page, "status:on-foot").locator(".explanation").is_visible()
    assert page.locator(".passage-print").first.is_visible()
    assert page.locator(".print-boxes .box").first.is_visible()
    assert page.locator(".print-name").is_visible()
    assert page.locator("fieldset.question input[type=radio]").first.is_visible()
    teacher, _ = open_report(pages["teacher"])
    teacher.emulate_media(media="print")
    assert teacher.locator(".key-marks").first.is_visible()
    assert teacher.locator(".explanation").first.is_visible()


def test_teachers_copy_shows_the_key(pages: dict[str, Path], open_report: Opener) -> None:
    page, _ = open_report(pages["teacher"])
    assert page.locator(".kicker").text_content().startswith("Exercises — teacher's copy")
    relation = question(page, "relation:a-else")
    assert relation.locator("label.key input").get_attribute("value") == "undercut"
    key = question(page, "markup:news:article").locator(".key-marks")
    assert key.is_visible() and "Cars pollute the air downtown" in key.inner_text()
    data = json.loads(page.locator("#exercise-data").text_content())
    assert data["teacher"] is True
