"""The critique as plain text, grouped by kind (open questions by argument)."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence

from argmap.critique import Finding
from argmap.i18n import counted
from argmap.i18n.critique import heading, label, label_colon


def critique_text(findings: Sequence[Finding], language: str = "en", width: int = 100) -> str:
    """The findings as text: one section per kind, why and what to do said once per kind."""
    lang = "fr" if language == "fr" else "en"
    if not findings:
        return label("none", lang)
    lines = [label("found", lang).format(points=counted(len(findings), "point", lang)) + "."]
    kinds = list(dict.fromkeys(f.kind for f in findings))
    for kind in kinds:
        group = [f for f in findings if f.kind == kind]
        lines += ["", f"{heading(kind, lang)} ({len(group)})"]
        first = group[0]
        lines.append(_fill(f"{label_colon('why', lang)} {first.why(lang)}", width, "  "))
        lines.append(_fill(f"{label_colon('action', lang)} {first.action(lang)}", width, "  "))
        for finding in group:
            ids = ", ".join(finding.ids)
            lines.append(_fill(f"- {finding.message(lang)} [{ids}]", width, "  ", "    "))
    return "\n".join(lines)


def _fill(text: str, width: int, first: str, rest: str | None = None) -> str:
    return textwrap.fill(
        text,
        width,
        initial_indent=first,
        subsequent_indent=rest if rest is not None else first,
        break_on_hyphens=False,
    )
