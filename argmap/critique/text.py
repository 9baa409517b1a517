"""The critique as plain text, grouped by kind (open questions by argument)."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence

from argmap.critique import Finding
from argmap.critique.wording import HEADINGS, LABELS, NBSP


def critique_text(findings: Sequence[Finding], language: str = "en", width: int = 100) -> str:
    """The findings as text: one section per kind, why and what to do said once per kind."""
    lang = "fr" if language == "fr" else "en"
    labels = LABELS[lang]
    if not findings:
        return labels["none"]
    colon = f"{NBSP}:" if lang == "fr" else ":"
    lines = [labels["found"].format(n=len(findings)) + "."]
    kinds = list(dict.fromkeys(f.kind for f in findings))
    for kind in kinds:
        group = [f for f in findings if f.kind == kind]
        lines += ["", f"{HEADINGS[lang][kind]} ({len(group)})"]
        first = group[0]
        lines.append(_fill(f"{labels['why']}{colon} {first.why(lang)}", width, "  "))
        lines.append(_fill(f"{labels['action']}{colon} {first.action(lang)}", width, "  "))
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
