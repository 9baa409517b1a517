"""The exercise page: one self-contained HTML file a class works on, offline.

:func:`exercises_html` words an :class:`~argmap.exercises.ExerciseSheet` as a
page in English and French (switched in the page): the passages to mark up,
the relations to classify, the missing premises, the statuses to predict (each
with its explanation, :func:`~argmap.explain.explain_map`, revealed once the
prediction is checked) and the schemes and critical questions. The page's
script scores each answer as the student checks it (the rules of
:mod:`argmap.exercises.scoring`) and exports the answers as JSON, which
``argmap exercise --collect`` merges into a class CSV.

``teacher=True`` gives the teacher's copy: the same page with the key shown (and
printed). The student's page holds the key too, in its data, so that it can
score offline: it is a practice sheet, not an exam. For marks that count,
collect the exported answers, which are scored again against the sheet.

Printing the page (or :func:`exercises_pdf`, through headless Chromium) gives a
paper handout: the passages with boxes to write in and the questions with
boxes to tick, without the controls (and without the key, on a student's page).

Safety and determinism are the report's (:mod:`argmap.render.html`): Jinja2
autoescaping, JSON embedded with ``tojson``, a script that writes text with
``textContent`` only, a Content-Security-Policy allowing the page's own script
and style (by hash) and no network access; the same map and options give the
same bytes.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, TypedDict

from markupsafe import Markup

from argmap.atomic import write_bytes_atomic, write_text_atomic
from argmap.exercises import (
    JACCARD_THRESHOLD,
    KINDS,
    ChoiceQuestion,
    ExerciseSheet,
    MarkupQuestion,
    exercise_sheet,
    kind_of,
)
from argmap.exercises import ROLES as ROLES_OF_MARKS
from argmap.explain import explain_map
from argmap.i18n import LANGUAGES, ROLES, VERDICTS, typeset
from argmap.model import ArgumentMap, Attack, Scheme, Support, localised
from argmap.render.html.csp import content_security_policy
from argmap.render.html.source import safe_url
from argmap.render.html.templates import environment, paraphrases, templates_root
from argmap.schemes import catalogue, question

TEMPLATE = "exercises.html.j2"
PDF_TIMEOUT = 120.0
"""Seconds headless Chromium is given to print a page to PDF."""


class MarkData(TypedDict):
    """A mark of the key, as the page's script reads it (code points from the passage's start)."""

    start: int
    end: int
    label: str


class QuestionData(TypedDict):
    """What the page's script needs of a question: its kind, its key, and for markup
    the passage and the marks of the key."""

    kind: str
    key: list[str]
    text: str
    targets: list[MarkData]


class PageData(TypedDict):
    """The page's data (``<script type="application/json" id="exercise-data">``)."""

    lang: str
    sheet: str
    title: str
    teacher: bool
    threshold: float
    messages: Mapping[str, Mapping[str, str]]
    order: list[str]
    questions: dict[str, QuestionData]


Segment = dict[str, Any]
"""A piece of a question's wording: ``{"word": key}`` (a word of the page's catalogue),
``{"texts": [...]}`` (a paraphrase of what was said, in one or both languages,
:func:`_texts`; shown quoted) or ``{"name": [...]}`` (a scheme's name or a critical
question, in both languages; not quoted)."""


def exercises_html(
    m: ArgumentMap,
    *,
    kinds: Iterable[str] = KINDS,
    language: str = "en",
    teacher: bool = False,
    sheet: ExerciseSheet | None = None,
) -> str:
    """The exercise page of ``m`` (see the module docstring).

    Parameters
    ----------
    m : ArgumentMap
    kinds : iterable of str
        The exercises asked, among :data:`~argmap.exercises.KINDS`.
    language : {"en", "fr"}
        The language the page opens in (the student can switch).
    teacher : bool
        Show the key.
    sheet : ExerciseSheet, optional
        The sheet of ``m`` already made (:func:`~argmap.exercises.exercise_sheet`).

    Examples
    --------
    >>> m = ArgumentMap(title="Tea?", statements=[
    ...     {"id": "tea", "text": {"en": "Tea <b>now</b>."}},
    ...     {"id": "jit", "text": {"en": "Tea makes me jittery."}}],
    ...     attacks=[{"id": "x", "kind": "rebut", "source": "jit", "target": "tea"}])
    >>> page = exercises_html(m, kinds=["relations"])
    >>> page.startswith("<!DOCTYPE html>"), "Tea &lt;b&gt;now&lt;/b&gt;." in page
    (True, True)
    """
    if language not in LANGUAGES:
        raise ValueError(f"language {language!r} is not supported; use one of: en, fr")
    if sheet is None:
        sheet = exercise_sheet(m, kinds)
    messages = page_messages()
    css = _asset("exercises.css")
    script = _asset("exercises.js")
    words = _Wording(m, sheet)
    data: PageData = {
        "lang": language,
        "sheet": sheet.fingerprint,
        "title": sheet.title,
        "teacher": teacher,
        "threshold": JACCARD_THRESHOLD,
        "messages": messages,
        "order": [q.id for q in sheet.questions],
        "questions": {q.id: _question_data(q) for q in sheet.questions},
    }
    numbered = {q.id: position for position, q in enumerate(sheet.questions, start=1)}
    passages = {q.id: n for n, q in enumerate(sheet.of_kind("markup"), start=1)}
    sections = [
        {
            "kind": kind,
            "questions": [
                words.question(q, numbered[q.id], passages.get(q.id, 0))
                for q in sheet.of_kind(kind)
            ],
        }
        for kind in sheet.kinds
        if sheet.of_kind(kind)
    ]
    return (
        environment()
        .get_template(TEMPLATE)
        .render(
            lang=language,
            t=messages[language],
            title=localised(m.title, language),
            description=localised(m.description, language) if m.description else None,
            sources=[
                {
                    "title": localised(s.title, language),
                    "author": s.author,
                    "link": safe_url(s.url),
                }
                for s in m.sources
            ],
            teacher=teacher,
            sections=sections,
            total=len(sheet.questions),
            threshold=JACCARD_THRESHOLD,
            data=data,
            css=Markup(css),
            script=Markup(script),
            csp=Markup(content_security_policy(css, script)),
        )
    )


def write_exercises(m: ArgumentMap, path: str | os.PathLike[str], **options: Any) -> None:
    """Write :func:`exercises_html` of ``m`` to ``path`` atomically (``options`` as there)."""
    write_text_atomic(path, exercises_html(m, **options))


def page_messages() -> dict[str, dict[str, str]]:
    """The words of the page by language: its own (``exercises-messages.json``), and the
    names of verdicts and of the roles of statements from :mod:`argmap.i18n`, set in
    each language's typography (:func:`argmap.i18n.typeset`).

    >>> words = page_messages()
    >>> words["fr"]["status_undec"], words["fr"]["label_claim"], words["en"]["mark_reason"]
    ('indécise', 'affirmation', 'Mark as reason')
    """
    messages: dict[str, dict[str, str]] = json.loads(_asset("exercises-messages.json"))
    verdicts = {"in": "accepted", "out": "rejected", "undec": "undecided"}
    for language, words in messages.items():
        for status, verdict in verdicts.items():
            words[f"status_{status}"] = VERDICTS[verdict].text(language, feminine=True)
        for role in ROLES_OF_MARKS:
            label = ROLES[role].text(language)
            words[f"label_{role}"] = label
            words[f"mark_{role}"] = f"{words['mark_as']} {label}"
    return {
        language: {key: typeset(text, language) for key, text in words.items()}
        for language, words in messages.items()
    }


def _asset(name: str) -> str:
    return (templates_root() / name).read_text(encoding="utf-8")


def _question_data(q: MarkupQuestion | ChoiceQuestion) -> QuestionData:
    if isinstance(q, MarkupQuestion):
        return {
            "kind": "markup",
            "key": [],
            "text": q.text,
            "targets": [
                {"start": t.mark.start, "end": t.mark.end, "label": t.mark.label} for t in q.targets
            ],
        }
    return {"kind": q.kind, "key": sorted(q.key), "text": "", "targets": []}


class _Wording:
    """The words of each question: paraphrases from the map, names and questions from the
    scheme catalogue, explanations from :mod:`argmap.explain`."""

    def __init__(self, m: ArgumentMap, sheet: ExerciseSheet) -> None:
        self.m = m
        self.explanations: dict[str, dict[str, str]] = {}
        if any(kind_of(q) == "status" for q in sheet.questions):
            why = explain_map(m, sheet.reading, "en", sufficiency=False)
            self.explanations = {
                sid: {lang: e.render(lang) for lang in LANGUAGES} for sid, e in why.items()
            }

    def said(self, statement: str) -> Segment:
        return {"texts": paraphrases(self.m.statement(statement).text)}

    def argument(self, support_id: str, hidden: str | None = None) -> list[list[Segment]]:
        """The premises of a support, one a line (``hidden`` replaced by a blank), then
        "therefore" and its conclusion."""
        support = self.m.support(support_id)
        lines: list[list[Segment]] = [
            [{"word": "unstated"}] if p == hidden else [self.said(p)] for p in support.premises
        ]
        lines.append([{"word": "therefore"}, self.said(support.conclusion)])
        return lines

    def relation(self, rid: str) -> list[list[Segment]]:
        """The two ends of a relation: what it comes from, and what it bears on."""
        item = self.m.get(rid)
        if isinstance(item, Support):
            return [self._joined(item.premises), [self.said(item.conclusion)]]
        if not isinstance(item, Attack):
            raise KeyError(f"no relation {rid!r}")
        target = self.m.get(item.target)
        if isinstance(target, Support):
            segments: list[Segment] = [{"word": "step"}, *self._joined(target.premises)]
            segments += [{"word": "step_to"}, self.said(target.conclusion)]
            return [[self.said(item.source)], segments]
        return [[self.said(item.source)], [self.said(item.target)]]

    def _joined(self, ids: Sequence[str]) -> list[Segment]:
        segments: list[Segment] = []
        for position, sid in enumerate(ids):
            if position:
                segments.append({"word": "and"})
            segments.append(self.said(sid))
        return segments

    def option(self, q: ChoiceQuestion, option: str) -> list[Segment]:
        if q.kind == "relation":
            return [{"word": option}]
        if q.kind == "status":
            return [{"word": f"status_{option}"}]
        if q.kind == "implicit":
            return [self.said(option)]
        if q.kind == "scheme":
            name = catalogue()[Scheme(option)].name
            return [{"name": paraphrases({"en": name("en"), "fr": name("fr")})}]
        text = question(option).text
        return [{"name": paraphrases({"en": text("en"), "fr": text("fr")})}]

    def question(
        self, q: MarkupQuestion | ChoiceQuestion, number: int, passage: int
    ) -> dict[str, Any]:
        """The template's view of question ``q``, numbered ``number`` on the page
        (``passage``: its number among the passages)."""
        common = {"id": q.id, "dom": f"q{number}", "number": number, "kind": q.kind}
        if isinstance(q, MarkupQuestion):
            return {**common, **self._markup(q), "passage": str(passage)}
        if q.kind == "relation":
            lines = self.relation(q.subject[0])
        elif q.kind == "implicit":
            lines = self.argument(q.subject[0], hidden=q.subject[1])
        elif q.kind == "status":
            lines = [[self.said(q.subject[0])]]
        else:
            lines = self.argument(q.subject[0])
        prompt = {
            "relation": "relation_prompt",
            "implicit": "implicit_prompt",
            "status": "status_prompt",
            "scheme": "scheme_prompt",
            "critical_question": "question_prompt",
        }[q.kind]
        explanation = None
        if q.kind == "status":
            explanation = self.explanations.get(q.subject[0])
        return {
            **common,
            "prompt": prompt,
            "lines": lines,
            "options": [
                {"id": option, "segments": self.option(q, option), "key": option in q.key}
                for option in q.options
            ],
            "explanation": explanation,
            "why": "question_why" if q.kind == "critical_question" else None,
        }

    def _markup(self, q: MarkupQuestion) -> dict[str, Any]:
        source = self.m.source(q.source)
        section = next((s for s in source.sections if tuple(s.span) == q.span), None)
        heading = None
        if section is not None:
            title = section.title
            heading = paraphrases(title if not isinstance(title, str) else {"en": title})
        return {
            "heading": heading,
            "source_title": localised(source.title),
            "text": q.text,
            "rows": min(24, max(3, len(q.text) // 100 + q.text.count("\n") + 1)),
            "targets": [
                {"label": t.mark.label, "quote": q.text[t.mark.start : t.mark.end]}
                for t in q.targets
            ],
        }


# -- PDF through headless Chromium ---------------------------------------------------------


def chromium_path() -> str | None:
    """The Chromium to print with: ``ARGMAP_CHROMIUM``, else the first of ``chromium``,
    ``chromium-browser``, ``google-chrome`` on the ``PATH``."""
    given = os.environ.get("ARGMAP_CHROMIUM")
    if given:
        return given if Path(given).exists() else None
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


def exercises_pdf(page: str, *, timeout: float = PDF_TIMEOUT) -> bytes:
    """The printed handout of an exercise page (its print style), as PDF bytes.

    Raises
    ------
    RuntimeError
        When no Chromium is found, or it fails or takes more than ``timeout`` seconds.
    """
    browser = chromium_path()
    if browser is None:
        raise RuntimeError(
            "--format pdf prints through Chromium, and none was found; install it "
            "(Debian: apt-get install chromium) or set ARGMAP_CHROMIUM to its path, "
            "or write HTML and print it from a browser"
        )
    with tempfile.TemporaryDirectory(prefix="argmap-pdf-") as folder:
        html = Path(folder) / "exercises.html"
        pdf = Path(folder) / "exercises.pdf"
        html.write_text(page, encoding="utf-8")
        command = [
            browser,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--no-pdf-header-footer",
            f"--user-data-dir={Path(folder) / 'profile'}",
            f"--print-to-pdf={pdf}",
            html.as_uri(),
        ]
        try:
            done = subprocess.run(command, capture_output=True, timeout=timeout, check=False)
        except subprocess.TimeoutExpired:
            raise RuntimeError(f"Chromium took more than {timeout:g} s to print the page") from None
        if done.returncode != 0 or not pdf.is_file():
            tail = done.stderr.decode("utf-8", "replace").strip().splitlines()[-3:]
            raise RuntimeError(f"Chromium could not print the page: {' '.join(tail)}")
        return pdf.read_bytes()


def write_exercises_pdf(m: ArgumentMap, path: str | os.PathLike[str], **options: Any) -> None:
    """Write the printed handout of ``m``'s exercises to ``path`` (PDF) atomically."""
    write_bytes_atomic(path, exercises_pdf(exercises_html(m, **options)))
