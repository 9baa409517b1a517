"""The comparison of a student's map with a model map, as one self-contained HTML page.

Both maps side by side: the model's statements on the left, each with the
student's statement matched to it (or marked missed), the student's own extra
statements on the right; then every relation with its verdict, the implicit
premises, the speakers and outcomes that differ, and the score with its parts.
No script; a Content-Security-Policy allows only the page's own style, so the
page opens offline and loads nothing. Every text from the maps is escaped by
Jinja's autoescaping. The same comparison gives the same bytes.
"""

from __future__ import annotations

import base64
import hashlib

import jinja2
from markupsafe import Markup

from argmap.grading import Comparison
from argmap.i18n.grading import COMPARISON_WORDS
from argmap.model import ArgumentMap
from argmap.model.types import localised
from argmap.render.html import templates_root

TEMPLATE = "comparison.html.j2"


CSS = """
body{font:15px/1.45 system-ui,sans-serif;margin:0 auto;max-width:1200px;padding:1rem;color:#222}
h1{font-size:1.4rem}h2{font-size:1.15rem;margin-top:1.6rem}
.score{font-size:2rem;font-weight:700}
.columns{display:grid;grid-template-columns:1fr 1fr;gap:1rem}
@media (max-width:800px){.columns{grid-template-columns:1fr}}
ul.statements{list-style:none;padding:0;margin:0}
ul.statements li{border-left:5px solid #bbb;padding:.3rem .6rem;margin:.3rem 0;background:#f7f7f7}
ul.statements li.matched{border-color:#009E73}
ul.statements li.missed{border-color:#D55E00;background:#fff1ea}
ul.statements li.extra{border-color:#E69F00;background:#fff8e6}
.id{font:12px ui-monospace,monospace;color:#555}.how{font-size:12px;color:#555}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.25rem .4rem;
text-align:left;vertical-align:top}
.v-right{color:#00734f}.v-missed,.v-extra{color:#b34700}
.v-wrong-kind,.v-wrong-direction,.v-regrouped{color:#8a5a00}
@media print{.columns{grid-template-columns:1fr 1fr}body{max-width:none}}
"""


def comparison_html(
    comparison: Comparison, student: ArgumentMap, model: ArgumentMap, *, language: str = "en"
) -> str:
    """The HTML page of ``comparison`` (see the module docstring)."""
    lang = "fr" if language == "fr" else "en"
    words = COMPARISON_WORDS[lang]
    matched = {m.model: m for m in comparison.matches}

    def text(m: ArgumentMap, sid: str | None) -> str:
        return "" if sid is None else m.statement(sid).paraphrase(lang)

    model_rows = []
    for statement in model.statements:
        match = matched.get(statement.id)
        model_rows.append(
            {
                "id": statement.id,
                "text": statement.paraphrase(lang),
                "status": "matched" if match else "missed",
                "student_id": match.student if match else None,
                "student_text": text(student, match.student) if match else "",
                "how": words["by_quote"] if match and match.by == "quote" else words["by_text"],
                "implicit": statement.implicit,
            }
        )
    extra_rows = [{"id": sid, "text": text(student, sid)} for sid in comparison.extra]
    relations = [
        {
            "verdict": check.verdict,
            "label": words.get(check.verdict, words.get(check.verdict.split("-")[0], "")),
            "model": check.model or "",
            "student": check.student or "",
            "detail": check.detail,
        }
        for check in comparison.relations
    ]
    parts = [
        {
            "name": words[f"parts.{name}"],
            "weight": f"{comparison.rubric.get(name, 0):g}",
            "value": f"{100 * value:.0f}",
        }
        for name, value in comparison.parts.items()
    ]
    template = _environment().get_template(TEMPLATE)
    return template.render(
        lang=lang,
        t=words,
        css=Markup(CSS),
        csp=Markup(
            f"default-src 'none'; style-src '{_hash(CSS)}'; base-uri 'none'; form-action 'none'"
        ),
        title=f"{words['title']} — {localised(model.title, lang)}",
        student_title=localised(student.title, lang),
        score=f"{comparison.score:g}",
        parts=parts,
        model_rows=model_rows,
        extra_rows=extra_rows,
        relations=relations,
        implicit={
            "found": [(i, text(model, i)) for i in comparison.implicit_found],
            "missed": [(i, text(model, i)) for i in comparison.implicit_missed],
            "invented": [(i, text(student, i)) for i in comparison.implicit_invented],
        },
        speakers=comparison.speakers,
        outcomes=comparison.outcomes,
    )


def _hash(content: str) -> str:
    digest = hashlib.sha256(content.encode("utf-8")).digest()
    return "sha256-" + base64.b64encode(digest).decode("ascii")


def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates_root()),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
