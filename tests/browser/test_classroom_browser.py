"""The report's classroom view in a real Chromium: what a class sees on a projector."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from argmap import corpus
from argmap.evaluation import evaluate
from argmap.i18n import VERDICTS
from argmap.model import ArgumentMap
from argmap.render.html import text_order, write_report
from tests.browser.conftest import Opener, Watch

pytestmark = pytest.mark.browser

PROJECTOR = {"width": 1366, "height": 900}
PLAIN = {"in": "accepted", "out": "rejected", "undec": "undecided"}


@pytest.fixture(scope="module")
def csmo() -> ArgumentMap:
    return corpus.load("csmo")


@pytest.fixture(scope="module")
def lesson(csmo: ArgumentMap, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The CSMO report as ``argmap report --classroom`` writes it."""
    path = tmp_path_factory.mktemp("classroom") / "csmo.html"
    write_report(csmo, path, classroom=True)
    return path


def open_lesson(open_report: Opener, path: Path) -> tuple[Any, Watch]:
    return open_report(path, **PROJECTOR)


def position_ids(m: ArgumentMap) -> list[str]:
    return [st.id for st in m.statements if st.answers is not None]


def font_px(page: Any, selector: str) -> float:
    size: str = page.eval_on_selector(selector, "n => getComputedStyle(n).fontSize")
    return float(size.removesuffix("px"))


def clean(watch: Watch, path: Path) -> None:
    assert watch.errors == [] and watch.dialogs == []
    assert [c for c in watch.console if c.startswith(("error", "warning"))] == []
    assert watch.blocked == [] and set(watch.requests) == {path.as_uri()}


def test_opens_on_the_issue_readable_from_the_back_of_the_room(
    csmo: ArgumentMap, lesson: Path, open_report: Opener
) -> None:
    page, watch = open_lesson(open_report, lesson)
    assert page.locator("#classroom").is_visible()
    assert not page.locator(".layout").is_visible()  # the full report steps aside
    heading = page.locator("#cr-issue-heading")
    assert heading.inner_text() == csmo.issues[0].text["en"]
    box = heading.bounding_box()
    assert box is not None and box["y"] >= 0 and box["y"] + box["height"] < PROJECTOR["height"]
    assert font_px(page, "#cr-issue-heading") >= 18
    cards = page.locator("#cr-map .cr-position > .cr-card")
    assert cards.count() == len(position_ids(csmo))
    first = cards.first.bounding_box()
    assert first is not None and first["y"] + first["height"] < PROJECTOR["height"]
    assert font_px(page, "#cr-map .cr-position > .cr-card .cr-text") >= 18
    assert font_px(page, "#cr-map .cr-position .cr-status") >= 18
    # the rest is folded: positions only, their reasons and objections one click away
    assert page.locator("#cr-map .cr-position .cr-children").count() == 0
    clean(watch, lesson)


def test_a_click_unfolds_a_position_into_its_reasons_and_objections(
    csmo: ArgumentMap, lesson: Path, open_report: Opener
) -> None:
    page, watch = open_lesson(open_report, lesson)
    target = "pro-csmo"
    reasons = {p for s in csmo.supports if s.conclusion == target for p in s.premises}
    objections = {a.source for a in csmo.attacks if a.target == target}
    objections |= {
        a.source
        for s in csmo.supports
        if s.conclusion == target
        for a in csmo.attacks
        if a.target == s.id
    }
    toggle = page.locator(f'#cr-map [data-cr-toggle="{target}"]')
    assert toggle.get_attribute("aria-expanded") == "false"
    toggle.click()
    toggle = page.locator(f'#cr-map [data-cr-toggle="{target}"]')
    assert toggle.get_attribute("aria-expanded") == "true"
    node = page.locator(f'#cr-map .cr-position[data-id="{target}"]')
    shown = set(
        node.locator(":scope > .cr-children > .cr-node").evaluate_all(
            "nodes => nodes.map(n => n.dataset.id || n.dataset.ref)"
        )
    )
    assert shown == (reasons | objections) - {target}
    kinds = node.locator(":scope > .cr-children > .cr-objection").count()
    assert kinds >= 1 and node.locator(":scope > .cr-children > .cr-reason").count() >= 1
    # focus + context: the other positions stay, stepped back
    other = page.locator('#cr-map .cr-position[data-id="thesis"] > .cr-card')
    assert other.is_visible()
    assert float(other.evaluate("n => getComputedStyle(n).opacity")) < 1
    toggle.click()
    assert page.locator(f'#cr-map .cr-position[data-id="{target}"] .cr-children').count() == 0
    clean(watch, lesson)


def test_keyboard_unfolds_and_folds(lesson: Path, open_report: Opener) -> None:
    page, watch = open_lesson(open_report, lesson)
    page.locator('#cr-map [data-cr-toggle="thesis"]').focus()
    page.keyboard.press("Enter")
    assert page.locator('#cr-map .cr-position[data-id="thesis"] .cr-children').count() == 1
    focused = page.evaluate("document.activeElement.getAttribute('data-cr-toggle')")
    assert focused == "thesis"  # focus stays on the position, so Space folds it again
    page.keyboard.press(" ")
    assert page.locator('#cr-map .cr-position[data-id="thesis"] .cr-children').count() == 0
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.getAttribute('data-cr-toggle')") in position_ids(
        corpus.load("csmo")
    )
    clean(watch, lesson)


def marked(page: Any, cls: str) -> set[str]:
    ids: list[str] = page.locator(f"#cr-step-source mark.cr-quote.{cls}").evaluate_all(
        "marks => marks.map(m => m.dataset.statements)"
    )
    return {i for group in ids for i in group.split()}


def test_step_by_step_follows_the_text(
    csmo: ArgumentMap, lesson: Path, open_report: Opener
) -> None:
    page, watch = open_lesson(open_report, lesson)
    order = text_order(csmo)
    page.locator('[data-cr-view="steps"]').click()
    count = page.locator("#cr-step-count")
    assert count.inner_text() == f"Passage 0 of {len(order)}"
    assert page.locator('[data-cr-step="-1"]').is_disabled()
    assert page.locator("#cr-step-map .cr-card").count() == 0
    for step in range(1, 4):
        page.locator('[data-cr-step="1"]').click()
        assert count.inner_text() == f"Passage {step} of {len(order)}"
        fresh = set(
            page.locator("#cr-step-map .cr-fresh").evaluate_all(
                "nodes => nodes.map(n => n.dataset.id)"
            )
        )
        said = {s for ids in order[:step] for s in ids}
        quoted = {
            s
            for s in order[step - 1]
            if (p := csmo.statement(s).provenance) is not None and p.span is not None
        }
        assert fresh <= set(order[step - 1]) and quoted <= marked(page, "cr-current")
        assert marked(page, "cr-current") <= set(order[step - 1]) | said
        shown = set(
            page.locator("#cr-step-map .cr-node[data-id]").evaluate_all(
                "nodes => nodes.map(n => n.dataset.id)"
            )
        )
        assert shown <= said  # nothing from passages not reached yet
    current = page.locator("#cr-step-source mark.cr-current").first
    pane = page.locator("#cr-step-source").bounding_box()
    box = current.bounding_box()
    assert pane and box and pane["y"] <= box["y"] <= pane["y"] + pane["height"]
    # the arrow keys move as the buttons do
    page.keyboard.press("ArrowRight")
    assert count.inner_text() == f"Passage 4 of {len(order)}"
    page.keyboard.press("ArrowLeft")
    page.keyboard.press("ArrowLeft")
    assert count.inner_text() == f"Passage 2 of {len(order)}"
    page.locator('[data-cr-step="-1"]').click()
    assert count.inner_text() == f"Passage 1 of {len(order)}"
    for _ in order:
        page.keyboard.press("ArrowRight")
    assert count.inner_text() == f"Passage {len(order)} of {len(order)}"
    assert page.locator('[data-cr-step="1"]').is_disabled()
    every = set(
        page.locator("#cr-step-map .cr-node[data-id]").evaluate_all(
            "nodes => nodes.map(n => n.dataset.id)"
        )
    )
    assert every == {st.id for st in csmo.statements}
    clean(watch, lesson)


def test_simple_words_then_every_semantics(
    csmo: ArgumentMap, lesson: Path, open_report: Opener
) -> None:
    page, watch = open_lesson(open_report, lesson)
    grounded = evaluate(csmo, "grounded")
    for position in position_ids(csmo):
        status = grounded.statuses[position].value
        chip = page.locator(f'#cr-map .cr-position[data-id="{position}"] > .cr-card .cr-status')
        assert chip.get_attribute("data-status") == status
        assert chip.inner_text().endswith(VERDICTS[PLAIN[status]].text("en"))
    assert not page.locator("#cr-semantics").is_visible()
    assert (
        page.locator("#cr-map .cr-strip").count() == 0
        or not page.locator("#cr-map .cr-strip").first.is_visible()
    )
    page.locator('[data-cr-mode="expert"]').click()
    assert page.locator("#cr-semantics").is_visible() and page.locator("#cr-reading").is_visible()
    page.select_option("#cr-semantics", "preferred")
    preferred = evaluate(csmo, "preferred")
    strip = page.locator('#cr-map .cr-position[data-id="thesis"] > .cr-card .cr-strip-cell')
    semantics = page.locator("#cr-semantics option").count()
    assert strip.count() == semantics >= 2
    for position in position_ids(csmo):
        chip = page.locator(f'#cr-map .cr-position[data-id="{position}"] > .cr-card .cr-status')
        assert chip.get_attribute("data-status") == preferred.statuses[position].value
    page.locator('[data-cr-mode="simple"]').click()
    assert not page.locator("#cr-semantics").is_visible()
    clean(watch, lesson)


def test_french_throughout(csmo: ArgumentMap, lesson: Path, open_report: Opener) -> None:
    page, watch = open_lesson(open_report, lesson)
    page.locator('#classroom [data-cr-lang="fr"]').click()
    assert page.locator("#cr-issue-heading").inner_text() == csmo.issues[0].text["fr"]
    assert page.title() == csmo.title["fr"]  # type: ignore[index]
    assert page.locator('[data-cr-view="steps"]').inner_text() == "Pas à pas"
    chip = page.locator('#cr-map .cr-position[data-id="thesis"] > .cr-card .cr-status')
    assert chip.inner_text().endswith(VERDICTS["accepted"].text("fr"))
    page.locator("[data-cr-exit]").click()
    assert page.locator(".layout").is_visible()
    shown = page.locator(".page-header").inner_text()
    assert "auteur" in shown and "commentateur" in shown and "author" not in shown
    assert csmo.description["fr"][:40] in shown  # type: ignore[index]
    sections = page.locator("#source-scroll .block:not(.chrome) h4").all_inner_texts()
    assert "Corps de l’article, premier paragraphe" in sections
    assert not any("Article body" in s for s in sections)
    page.locator('.controls [data-set-lang="en"]').click()
    assert page.title() == csmo.title["en"]  # type: ignore[index]
    clean(watch, lesson)


def test_any_report_reaches_the_classroom_view_and_back(
    reports: dict[str, Path], open_report: Opener
) -> None:
    page, watch = open_report(reports["sample"], **PROJECTOR)
    assert not page.locator("#classroom").is_visible()
    page.locator("[data-cr-enter]").click()
    assert page.locator("#classroom").is_visible()
    assert (
        page.locator("#cr-issue-heading").inner_text()
        == "Should cars be banned from the city centre?"
    )
    page.locator("[data-cr-exit]").click()
    assert page.locator("#map-pane").is_visible()
    clean(watch, reports["sample"])


def test_the_table_shows_where_semantics_differ_with_a_visible_scrollbar(
    reports: dict[str, Path], open_report: Opener
) -> None:
    page, watch = open_report(reports["sample"], width=1000, height=900)
    rows = page.locator("#status-table tbody tr[data-row]")
    differ = page.locator("#status-table tbody tr[data-row].disagree")
    assert 0 < differ.count() < rows.count()
    visible = [rows.nth(i).is_visible() for i in range(rows.count())]
    assert sum(visible) == differ.count()
    note = page.locator("#table-filter-note").inner_text()
    assert note == f"{differ.count()} of {rows.count()} rows, where the semantics differ."
    page.locator("#table-filter").click()
    assert all(rows.nth(i).is_visible() for i in range(rows.count()))
    page.locator("#table-filter").click()
    assert sum(rows.nth(i).is_visible() for i in range(rows.count())) == differ.count()
    clean(watch, reports["sample"])


def test_the_table_columns_scroll_with_a_visible_scrollbar(
    browser: Any, reports: dict[str, Path]
) -> None:
    """Headless Chromium hides scrollbars unless asked not to: this browser shows them, as a
    desktop one does."""
    from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS

    shown = browser.browser_type.launch(
        executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, ignore_default_args=["--hide-scrollbars"]
    )
    try:
        page = shown.new_page(viewport={"width": 1000, "height": 900})
        page.route(
            "**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort()
        )
        page.goto(reports["sample"].as_uri())
        page.wait_for_function("document.documentElement.classList.contains('ready')")
        sizes = page.locator(".table-scroll").evaluate(
            "n => [n.scrollWidth, n.clientWidth, n.offsetHeight - n.clientHeight - n.clientTop * 2]"
        )
        assert sizes[0] > sizes[1]  # more columns than fit...
        assert sizes[2] >= 10  # ...and a scrollbar that takes room and says so
    finally:
        shown.close()


def test_the_handout_prints_on_one_page(lesson: Path, open_report: Opener) -> None:
    page, _ = open_lesson(open_report, lesson)
    pdf: bytes = page.pdf(format="A4", print_background=True, prefer_css_page_size=True)
    assert len(re.findall(rb"/Type\s*/Page[^s]", pdf)) == 1


def test_the_page_is_the_same_bytes_each_time(csmo: ArgumentMap, tmp_path: Path) -> None:
    first, second = tmp_path / "a.html", tmp_path / "b.html"
    write_report(csmo, first, classroom=True)
    write_report(csmo, second, classroom=True)
    assert first.read_bytes() == second.read_bytes()


def test_screenshots_of_the_projector_view(
    lesson: Path, open_report: Opener, screenshots: Path
) -> None:
    page, watch = open_lesson(open_report, lesson)
    page.screenshot(path=str(screenshots / "classroom.png"))
    page.locator('#cr-map [data-cr-toggle="pro-csmo"]').click()
    page.screenshot(path=str(screenshots / "classroom-unfolded.png"))
    page.locator('[data-cr-view="steps"]').click()
    for _ in range(6):
        page.keyboard.press("ArrowRight")
    page.screenshot(path=str(screenshots / "classroom-steps.png"))
    clean(watch, lesson)
