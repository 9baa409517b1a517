"""The HTML report in a real browser: offline, linked both ways, switchable, safe."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from argmap.evaluation import evaluate, status_table
from argmap.render.html import GRADUAL_SEMANTICS
from tests.browser.conftest import Opener
from tests.render.conftest import XSS, sample_map

pytestmark = pytest.mark.browser


def glyph(page: Any, node_id: str) -> str:
    text: str = page.locator(f"#{node_id} text").first.text_content()
    return text


def node_class(page: Any, node_id: str) -> str:
    value: str = page.locator(f"#{node_id}").get_attribute("class")
    return value


def in_view(page: Any, container: str, element: str) -> bool:
    """Whether ``element`` is inside the visible box of the scrolling ``container``."""
    inside: bool = page.evaluate(
        """([container, element]) => {
            const outer = document.querySelector(container).getBoundingClientRect();
            const inner = document.querySelector(element).getBoundingClientRect();
            return inner.top >= outer.top - 1 && inner.bottom <= outer.bottom + 1;
        }""",
        [container, element],
    )
    return inside


def test_opens_offline_without_errors(reports: dict[str, Path], open_report: Opener) -> None:
    for name in ("sample", "nasty", "csmo"):
        if name not in reports:
            continue
        page, watch = open_report(reports[name])
        assert watch.errors == [] and watch.dialogs == []
        assert [m for m in watch.console if m.startswith(("error", "warning"))] == []
        assert watch.requests == [reports[name].as_uri()] and watch.blocked == []
        assert page.locator("g.node[data-element]").count() > 5


def test_clicking_a_node_shows_details_and_passage(
    reports: dict[str, Path], open_report: Opener, screenshots: Path
) -> None:
    page, watch = open_report(reports["sample"])
    page.locator("#en-st-health").click()
    details = page.locator("#details-body")
    assert details.is_visible()
    text = details.inner_text()
    assert "Air pollution harms the residents' health." in text
    assert "La pollution nuit à la santé des habitants." in text
    assert "air pollution harms the health of residents" in text  # the quote
    assert "Alice Martin" in text and "under grounded semantics" in text  # the explanation
    active = page.locator("mark.quote.active")
    assert active.count() == 1
    assert active.text_content() == "air pollution harms the health of residents"
    assert in_view(page, "#source-scroll", "mark.quote.active")
    assert "selected" in node_class(page, "en-st-health")
    page.screenshot(path=str(screenshots / "report-details.png"))
    assert watch.errors == []


def test_clicking_a_passage_selects_its_node(reports: dict[str, Path], open_report: Opener) -> None:
    page, _ = open_report(reports["sample"])
    page.locator("mark.quote", has_text="most customers downtown come on foot").click()
    assert "Most downtown customers come on foot." in page.locator("#details-body").inner_text()
    assert "selected" in node_class(page, "en-st-on-foot")
    assert page.locator("g.node.selected").count() == 2  # the node in both language maps
    assert "selected" in (page.locator('tr[data-row="on-foot"]').get_attribute("class") or "")


def test_links_in_details_open_other_statements(
    reports: dict[str, Path], open_report: Opener
) -> None:
    page, _ = open_report(reports["sample"])
    page.locator("#en-inf-s-shops").click()
    body = page.locator("#details-body")
    assert "undercut by" in body.inner_text()
    body.locator('button[data-open="elsewhere"]').click()
    assert "Shops in pedestrian zones elsewhere did fine." in body.inner_text()
    assert page.locator("mark.quote.active").text_content() == (
        "Shops in pedestrian zones elsewhere did fine."
    )


def test_switching_semantics_restyles_map_and_details(
    reports: dict[str, Path], open_report: Opener, screenshots: Path
) -> None:
    page, watch = open_report(reports["sample"])
    assert glyph(page, "en-st-ban") == "?" and "status-undec" in node_class(page, "en-st-ban")
    assert glyph(page, "en-st-can-act") == "?"
    assert glyph(page, "en-inf-s-shops") == "✗"
    page.locator("#en-st-can-act").click()
    assert "undecided" in page.locator("#details-body .status-line").inner_text()

    page.select_option("#semantics-select", "preferred")
    assert glyph(page, "en-st-ban") == "~" and "status-credulous" in node_class(page, "en-st-ban")
    assert "status-undec" not in node_class(page, "en-st-ban")
    assert glyph(page, "en-st-can-act") == "✓"  # floating acceptance
    assert glyph(page, "en-st-no-option") == "✗"
    assert glyph(page, "fr-st-ban") == "~"  # the other language's map follows
    assert glyph(page, "en-st-pollute") == "✓" and glyph(page, "en-inf-s-shops") == "✗"
    status_line = page.locator("#details-body .status-line").inner_text()
    assert "sceptically accepted" in status_line and "preferred" in status_line
    assert page.locator('.status-legend[data-kind="multiple"]').is_visible()
    assert not page.locator('.status-legend[data-kind="unique"]').is_visible()
    current = page.locator("#status-table thead th.current")
    assert current.count() == 1 and current.get_attribute("data-sem") == "preferred"
    fill = page.evaluate("getComputedStyle(document.querySelector('#en-st-ban path')).fill")
    assert fill == "rgb(187, 225, 246)"  # the credulous colour, #bbe1f6
    page.screenshot(path=str(screenshots / "report-preferred.png"))

    page.select_option("#semantics-select", "grounded")
    assert glyph(page, "en-st-ban") == "?" and "status-undec" in node_class(page, "en-st-ban")
    assert watch.errors == []


def test_switching_reading_restyles_map_table_legend_and_extensions(
    reports: dict[str, Path], open_report: Opener
) -> None:
    page, watch = open_report(reports["sample"])
    page.select_option("#reading-select", "abstract")
    page.select_option("#semantics-select", "grounded")
    abstract = status_table(sample_map(), ["grounded"], reading="abstract")["grounded"]
    necessary = status_table(sample_map(), ["grounded"], reading="necessary")["grounded"]
    # the undermine of by-car takes s-shops down under the necessary reading, and keep with it
    assert abstract.status("keep").value != "out" and necessary.status("keep").value == "out"
    assert glyph(page, "en-st-keep") != "✗"
    keep_cell = page.locator('#status-table tr[data-row="keep"] td').first
    assert f"status-{abstract.status('keep').value}" in (keep_cell.get_attribute("class") or "")
    legend = page.locator(".current-reading-name").first
    assert legend.text_content() == "abstract reading"

    page.select_option("#reading-select", "necessary")
    assert glyph(page, "en-st-keep") == "✗" and "status-out" in node_class(page, "en-st-keep")
    assert glyph(page, "fr-st-keep") == "✗"  # the other language's map follows
    assert (
        "status-out" in (keep_cell.get_attribute("class") or "") and keep_cell.inner_text() == "✗"
    )
    assert legend.text_content() == "necessary reading"
    shown = page.locator('.extensions[data-reading="necessary"]')
    assert shown.count() > 0 and shown.first.is_visible()
    assert not page.locator('.extensions[data-reading="abstract"]').first.is_visible()
    # every argument of the map and every table row follow the reading's statuses
    for argument, status in necessary.statuses.items():
        node = (
            f"en-inf-{argument}" if necessary.origin[argument] == "support" else f"en-st-{argument}"
        )
        assert f"status-{status.value}" in node_class(page, node), argument
    page.locator("#en-st-keep").click()
    explanation = page.locator("#details-body .explanation").first.inner_text()
    assert "under the abstract reading only" in explanation

    page.locator("[data-set-lang=fr]").click()
    assert legend.text_content() == "lecture nécessaire"
    assert page.locator("#reading-select option[value=necessary]").text_content() == "nécessaire"
    page.select_option("#reading-select", "abstract")
    assert glyph(page, "en-st-keep") != "✗"
    assert watch.errors == []


def test_switching_language(reports: dict[str, Path], open_report: Opener) -> None:
    page, _ = open_report(reports["sample"])
    page.locator("#en-st-ban").click()
    page.get_by_role("button", name="Français").click()
    assert page.evaluate("document.documentElement.lang") == "fr"
    assert page.locator("#map-heading").inner_text() == "Carte argumentative"
    assert page.locator('.map[data-map="fr"]').is_visible()
    assert not page.locator('.map[data-map="en"]').is_visible()
    assert "Il faut interdire les voitures" in page.locator("#fr-st-ban").text_content()
    assert "Citation" in page.locator("#details-body").inner_text()
    assert page.locator("#semantics-select option[value=grounded]").text_content() == "fondée"
    page.locator("#table-filter").click()  # every row: at first only disagreements are shown
    assert page.locator("#table-filter").inner_text() == "Montrer seulement les désaccords"
    row = page.locator('tr[data-row="ban"] th')
    assert "Il faut interdire" in row.inner_text() and "Cars should" not in row.inner_text()
    page.get_by_role("button", name="English").click()
    assert page.locator("#map-heading").inner_text() == "Argument map"
    assert "Cars should be banned" in row.inner_text()


def test_keyboard_opens_and_escape_closes(reports: dict[str, Path], open_report: Opener) -> None:
    page, _ = open_report(reports["sample"])
    node = page.locator("#en-st-safer")
    assert node.get_attribute("tabindex") == "0" and node.get_attribute("role") == "button"
    assert "Cycling lanes would become safer." in (node.get_attribute("aria-label") or "")
    node.focus()
    page.keyboard.press("Enter")
    assert page.locator("#details-body").is_visible()
    assert "Cycling lanes would become safer." in page.locator("#details-body").inner_text()
    page.keyboard.press("Escape")
    assert not page.locator("#details-body").is_visible()
    assert page.evaluate("document.activeElement.id") == "en-st-safer"
    # the table's buttons open details too (every row shown: at first only disagreements are)
    assert not page.locator('tr[data-row="shops"]').is_visible()
    page.locator("#table-filter").click()
    page.locator('tr[data-row="shops"] button').focus()
    page.keyboard.press("Enter")
    assert "Banning cars would kill local shops." in page.locator("#details-body").inner_text()


def test_hostile_text_never_runs(reports: dict[str, Path], open_report: Opener) -> None:
    page, watch = open_report(reports["nasty"])
    page.locator("g.node[data-element]").first.click()
    page.locator("mark.quote").first.click()
    page.get_by_role("button", name="Français").click()
    page.select_option("#semantics-select", "stable")
    assert watch.dialogs == [] and watch.errors == [] and watch.blocked == []
    assert page.evaluate("document.querySelectorAll('img, iframe, textarea, object').length") == 0
    assert page.evaluate("document.scripts.length") == 2
    injected = page.evaluate(
        """[...document.querySelectorAll('*')].filter(e =>
            [...e.attributes].some(a => a.name.startsWith('on'))).length"""
    )
    assert injected == 0
    assert page.locator("a[href^='javascript']").count() == 0
    body = page.locator("body").inner_text()
    for payload in XSS[:4]:
        assert payload in body
    assert "javascript:alert(1)" in body  # shown, not linked


def test_narrow_window(reports: dict[str, Path], open_report: Opener, screenshots: Path) -> None:
    page, _ = open_report(reports["sample"], width=420, height=800)
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 1
    page.locator("#en-st-ban").click()
    assert page.locator("#details-body").is_visible()
    page.screenshot(path=str(screenshots / "report-narrow.png"), full_page=False)


def test_print_style_hides_the_controls(reports: dict[str, Path], open_report: Opener) -> None:
    page, _ = open_report(reports["sample"])
    page.emulate_media(media="print")
    assert not page.locator(".controls").is_visible()
    assert page.locator("#status-table").is_visible()
    assert page.locator(".map[data-map=en] svg").is_visible()


def test_screenshot_of_the_built_in_debate(
    reports: dict[str, Path], open_report: Opener, screenshots: Path
) -> None:
    name = "csmo" if "csmo" in reports else "sample"
    page, watch = open_report(reports[name], width=1440, height=1000)
    page.select_option("#semantics-select", "preferred")
    page.locator(".legend summary").click()  # fold the legend: more room for the map
    claim = page.locator(".map:not([hidden]) g.node.claim[data-element]").nth(3)
    statement = claim.get_attribute("data-element") or ""
    claim.click()
    assert statement in page.locator("#details-body").inner_text()
    assert page.locator("mark.quote.active").count() >= 1
    page.evaluate("document.getElementById('map-pane').scrollIntoView()")
    page.screenshot(path=str(screenshots / "report.png"))
    assert watch.errors == []


def test_explanation_tree_highlights_the_steps_on_the_map(
    reports: dict[str, Path], open_report: Opener
) -> None:
    page, watch = open_report(reports["sample"])
    page.locator("#en-st-by-car").click()
    body = page.locator("#details-body")
    prose = body.locator(".explanation[data-explanation=by-car]").inner_text()
    assert "rejected under grounded semantics" in prose and "Carol" in prose
    proof = body.locator("details.proof")
    assert proof.get_attribute("open") is None
    proof.locator("> summary").click()
    assert proof.get_attribute("open") == ""
    step = proof.locator("button.step").nth(1)  # the challenge: on-foot attacks by-car
    assert step.is_visible()  # worded with paraphrases, not ids
    assert step.inner_text() == (
        "Challenger attacks “Customers come by car.” with “Most downtown customers come on foot.”"
    )
    ids = (step.get_attribute("data-highlight") or "").split()
    assert ids == ["on-foot", "by-car"]
    step.click()
    assert "active" in (step.get_attribute("class") or "")
    highlighted = page.eval_on_selector_all(
        ".map:not([hidden]) g.node.explained", "nodes => nodes.map(n => n.dataset.element)"
    )
    assert sorted(highlighted) == sorted(ids)
    step.click()  # a second click clears it
    assert page.locator("g.node.explained").count() == 0
    page.get_by_role("button", name="Français").click()
    french = body.locator(".explanation[data-explanation=by-car]").inner_text()
    assert "sémantique fondée" in french
    assert watch.errors == []


def test_what_if_list_follows_the_semantics(reports: dict[str, Path], open_report: Opener) -> None:
    page, watch = open_report(reports["sample"])
    page.locator("#en-st-ban").click()
    section = page.locator("#details-body .what-if")
    assert "Robustness" in section.inner_text()
    robustness = float(section.locator(".robustness").get_attribute("data-robustness") or "-1")
    assert 0.0 <= robustness < 1.0
    edits = section.locator(".what-if-list button.step")
    assert edits.count() >= 1
    edits.first.click()
    touched = (edits.first.get_attribute("data-highlight") or "").split()
    assert page.locator(".map:not([hidden]) g.node.explained").count() == len(touched)
    page.select_option("#semantics-select", "preferred")
    assert "preferred" in page.locator("#details-body .what-if-head").inner_text()
    page.select_option("#semantics-select", "stable")  # not embedded by default
    assert "only" in page.locator("#details-body").inner_text()
    assert watch.errors == []


def shown_strengths(page: Any) -> dict[str, dict[str, float]]:
    cells: list[list[str]] = page.eval_on_selector_all(
        "#status-table td.strength[data-value]",
        "cells => cells.map(c => [c.dataset.gradual, c.parentNode.dataset.row, c.dataset.value])",
    )
    shown: dict[str, dict[str, float]] = {}
    for name, row, value in cells:
        shown.setdefault(name, {})[row] = float(value)
    return shown


def test_page_strengths_equal_argmap_and_follow_the_slider(
    reports: dict[str, Path], open_report: Opener
) -> None:
    page, watch = open_report(reports["sample"])
    shown = shown_strengths(page)
    m = sample_map()
    for name in GRADUAL_SEMANTICS:
        result = evaluate(m, name, reading="abstract")
        assert set(shown[name]) == set(result.strengths)
        for argument, value in result.strengths.items():
            assert shown[name][argument] == pytest.approx(value, abs=1e-6), (name, argument)
    # raising an attacker's weight lowers its target's DF-QuAD strength
    before = shown["df-quad"]["ban"]
    page.locator("#en-st-keep").click()
    slider = page.locator("#weight-input")
    slider.fill("1")
    after = shown_strengths(page)
    assert after["df-quad"]["ban"] < before
    assert after["df-quad"]["keep"] > shown["df-quad"]["keep"]
    bar = page.locator('#details-body .strength-row[data-gradual="df-quad"] .value')
    assert float(bar.get_attribute("data-value") or "0") == pytest.approx(after["df-quad"]["keep"])
    assert page.locator("#strength-note").is_visible()
    page.locator("#details-body [data-reset-weight]").click()
    assert shown_strengths(page)["df-quad"]["ban"] == pytest.approx(before)
    assert watch.errors == []


def test_screenshot_of_an_explanation(
    reports: dict[str, Path], open_report: Opener, screenshots: Path
) -> None:
    name = "csmo" if "csmo" in reports else "sample"
    page, watch = open_report(reports[name], width=1440, height=1000)
    page.locator(".legend summary").click()
    richest = page.evaluate(
        """() => {
            const data = JSON.parse(document.getElementById('argmap-data').textContent);
            const explained = data.explanations.grounded;
            const size = id => JSON.stringify(explained[id].steps).length;
            return Object.keys(explained).sort((a, b) => size(b) - size(a))[0];
        }"""
    )
    page.locator(f'.map:not([hidden]) g.node[data-element="{richest}"]').click()
    proof = page.locator("#details-body details.proof")
    proof.locator("> summary").click()
    proof.locator("button.step").last.click()
    assert page.locator("g.node.explained").count() >= 1
    # steps are worded with the statements' paraphrases, not their ids
    labels = proof.locator("button.step").all_inner_texts()
    assert labels and all("“" in label for label in labels)
    assert richest not in " ".join(labels)
    page.locator("#details-body .explanation").scroll_into_view_if_needed()
    page.screenshot(path=str(screenshots / "report-explanation.png"))
    assert watch.errors == []


def test_details_say_who_voices_a_conceded_statement(
    reports: dict[str, Path], open_report: Opener
) -> None:
    if "csmo" not in reports:
        pytest.skip("the built-in CSMO debate is not available")
    page, watch = open_report(reports["csmo"])
    page.locator("#en-st-pro-csmo").click()
    text = page.locator("#details-body").inner_text()
    assert "conceded by Bertrand Duperrin for the sake of argument" in text
    assert "said by" not in text
    page.get_by_role("button", name="Français").click()
    page.locator("#fr-st-rank-secures-collaboration").click()
    text = page.locator("#details-body").inner_text()
    assert "objection anticipée par Bertrand Duperrin" in text
    assert watch.errors == []


def test_inference_details_show_its_scheme_and_open_questions(
    reports: dict[str, Path], open_report: Opener
) -> None:
    from argmap import corpus
    from argmap.schemes import open_questions

    if "csmo" not in reports:
        pytest.skip("the built-in CSMO debate is not available")
    page, watch = open_report(reports["csmo"])
    page.evaluate("document.getElementById('en-inf-s-operational-approach').scrollIntoView()")
    page.locator("#en-inf-s-operational-approach").click()
    body = page.locator("#details-body")
    assert "Practical reasoning (goal and means)" in body.locator(".scheme").inner_text()
    shown = body.locator("li.open-question").all_inner_texts()
    expected = open_questions(corpus.load("csmo"), "s-operational-approach")
    assert len(shown) == len(expected) > 0
    assert all(f"({q.id})" in line for q, line in zip(expected, shown, strict=True))
    assert watch.errors == []
