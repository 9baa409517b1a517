"""The exercise page: self-contained, escaped, deterministic, with the key only where asked."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, get_type_hints

from hypothesis import HealthCheck, given, settings

from argmap import corpus
from argmap.exercises import exercise_sheet
from argmap.model import ArgumentMap
from argmap.render.exercises import (
    MarkData,
    PageData,
    QuestionData,
    exercises_html,
    write_exercises,
)
from tests.render.conftest import XSS, nasty_map, sample_map
from tests.strategies import quoted_maps

HOSTILE_SOURCE = "Intro. " + XSS[2] + " is a claim. " + XSS[3] + " objects."


class Page(HTMLParser):
    """Start tags with their attributes, scripts and styles with their text, and the rest."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.raw: list[tuple[str, dict[str, str | None], str]] = []
        self.text: list[str] = []
        self._inside = False
        self.feed(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag in ("script", "style"):
            self._inside = True
            self.raw.append((tag, dict(attrs), ""))

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._inside = False

    def handle_data(self, data: str) -> None:
        if self._inside:
            tag, attrs, text = self.raw[-1]
            self.raw[-1] = (tag, attrs, text + data)
        else:
            self.text.append(data)

    def inline(self, tag: str) -> list[str]:
        """The text of the scripts (not the JSON data) or styles."""
        return [text for t, attrs, text in self.raw if t == tag and "type" not in attrs]


def hostile_map() -> ArgumentMap:
    claim = XSS[2] + " is a claim"
    objection = XSS[3] + " objects"
    return ArgumentMap(
        title=XSS[0],
        sources=[
            {"id": "s", "title": XSS[1], "text": HOSTILE_SOURCE, "url": "javascript:alert(1)"}
        ],
        participants=[{"id": "p", "name": XSS[1]}],
        statements=[
            {
                "id": "c",
                "text": {"en": XSS[0], "fr": XSS[1]},
                "provenance": {"source": "s", "speaker": "p", "quote": claim},
            },
            {
                "id": "o",
                "text": {"en": XSS[3]},
                "provenance": {"source": "s", "speaker": "p", "quote": objection},
            },
        ],
        attacks=[{"id": "x", "kind": "rebut", "source": "o", "target": "c"}],
    )


def data_of(page: str) -> dict[str, Any]:
    (script,) = [
        s
        for s in re.findall(
            r'<script type="application/json" id="exercise-data">(.*?)</script>', page, re.S
        )
    ]
    data: dict[str, Any] = json.loads(script)
    return data


def test_self_contained_with_csp_hashes() -> None:
    page = exercises_html(sample_map())
    parsed = Page(page)
    (policy,) = [
        a["content"]
        for t, a in parsed.tags
        if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"
    ]
    assert policy is not None and "default-src 'none'" in policy
    (style,) = parsed.inline("style")
    (script,) = parsed.inline("script")
    for kind, text in (("script", script), ("style", style)):
        digest = base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()
        assert f"{kind}-src 'sha256-{digest}'" in policy
    for tag, attrs in parsed.tags:
        assert "src" not in attrs and not any(name.startswith("on") for name in attrs)
        if tag == "link":
            raise AssertionError("the page links to nothing")
    assert "http://" not in script and "https://" not in script


def test_hostile_text_is_escaped_everywhere() -> None:
    for m in (hostile_map(), nasty_map()):
        for teacher in (False, True):
            page = exercises_html(m, teacher=teacher)
            parsed = Page(page)
            assert len([r for r in parsed.raw if r[0] == "script"]) == 2
            assert [t for t, _ in parsed.tags].count("svg") == 0
            assert not any(t in ("img", "iframe", "object") for t, _ in parsed.tags)
            assert not any(a.get("href", "").startswith("javascript") for _, a in parsed.tags)  # type: ignore[union-attr]
            visible = "".join(parsed.text)
            assert XSS[0] in visible
    page = exercises_html(hostile_map(), teacher=True)
    assert "</textarea><svg" not in page and "&lt;/textarea&gt;&lt;svg onload=alert(1)&gt;" in page
    data = data_of(page)
    assert data["questions"]["markup:s:1"]["text"] == HOSTILE_SOURCE


def test_the_data_has_the_declared_fields() -> None:
    page = exercises_html(sample_map())
    data = data_of(page)
    assert set(data) == set(get_type_hints(PageData))
    for question in data["questions"].values():
        assert set(question) == set(get_type_hints(QuestionData))
        for target in question["targets"]:
            assert set(target) == set(get_type_hints(MarkData))
    assert data["order"] == [q.id for q in exercise_sheet(sample_map()).questions]
    assert data["threshold"] == 0.5 and data["teacher"] is False


def test_key_shown_only_on_the_teachers_copy() -> None:
    m = sample_map()
    student = exercises_html(m)
    teacher = exercises_html(m, teacher=True)
    assert 'class="key-badge"' not in student and 'class="key-marks"' not in student
    assert 'class="explanation" hidden' in student
    assert teacher.count('class="key-badge"') == sum(
        len(q.key) for q in exercise_sheet(m).questions if q.kind != "markup"
    )
    assert 'class="key-marks"' in teacher and 'class="explanation" hidden' not in teacher
    assert data_of(teacher)["teacher"] is True


def test_status_questions_carry_their_explanation_in_both_languages() -> None:
    page = exercises_html(sample_map(), kinds=["status"])
    assert "is accepted under grounded semantics" in page
    assert "en sémantique fondée" in page


def test_deterministic_bytes(tmp_path: Path) -> None:
    m = corpus.load("csmo")
    first, second = tmp_path / "a.html", tmp_path / "b.html"
    write_exercises(m, first, language="fr")
    write_exercises(corpus.load("csmo"), second, language="fr")
    assert first.read_bytes() == second.read_bytes()
    assert '<html lang="fr"' in first.read_text(encoding="utf-8")


def test_french_page() -> None:
    page = exercises_html(sample_map(), language="fr", kinds=["relations"])
    assert "Qualifier chaque relation" in page and "sape l’inférence" in page


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(quoted_maps())
def test_pages_render_for_random_maps(m: ArgumentMap) -> None:
    sheet = exercise_sheet(m)
    page = exercises_html(m, sheet=sheet)
    data = data_of(page)
    assert data["order"] == [q.id for q in sheet.questions]
    for q in sheet.questions:
        assert f'data-q="{q.id}"' in page
    Page(page)
