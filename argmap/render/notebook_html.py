"""What a notebook shows for argmap's objects: a map as its diagram, results as HTML.

Each function takes one object and returns what IPython displays for it
(:mod:`argmap.render.notebook` registers them, and imports this module only when
an object is first displayed):

* a map: its Graphviz diagram as SVG (:func:`map_svg`);
* an :class:`~argmap.evaluation.Evaluation`: a table of statuses, each cell
  coloured and marked by its glyph, or of strengths with a bar
  (:func:`evaluation_html`);
* a :class:`~argmap.evaluation.StatusTable`: one column per semantics
  (:func:`status_table_html`);
* an :class:`~argmap.explain.Explanation`: its verdict, its text, and its proof
  folded in a ``<details>`` (:func:`explanation_html`);
* a :class:`~argmap.explain.WhatIf`: the verdict and the list of single edits
  that change it (:func:`what_if_html`);
* a framework: its size and a table of each argument's attackers (and
  supporters, and weight) (:func:`framework_html`, :func:`structured_html`).

Every piece of debate text and every id is escaped; tables stop after
:data:`ROWS_SHOWN` rows and proofs after :data:`PROOF_ITEMS_SHOWN` items, so a
large map displays in bounded size.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping, Sequence
from typing import Any

from argmap.evaluation import Evaluation, StatusTable, Verdict
from argmap.evaluation import Status as SemanticStatus
from argmap.explain import Explanation, WhatIf
from argmap.explain.explanation import jsonable
from argmap.frameworks import ArgumentationFramework
from argmap.frameworks.bipolar import BipolarFramework
from argmap.frameworks.structured import StructuredFramework
from argmap.frameworks.weighted import WeightedBipolarGraph
from argmap.i18n import VERDICTS, reading_name, typeset
from argmap.i18n import semantics_name as catalogue_semantics_name
from argmap.i18n.notebook import notebook_word
from argmap.model import ArgumentMap
from argmap.render.dot import map_to_dot
from argmap.render.status import semantics_name, status_colour, status_glyph, status_name
from argmap.render.svg import RenderError, render_svg

ROWS_SHOWN = 60
"""Rows of a table shown at most; a last row says how many more there are."""

PROOF_ITEMS_SHOWN = 400
"""Items of a folded proof shown at most."""

_VERDICT_STATUS = {
    Verdict.ACCEPTED: SemanticStatus.SCEPTICAL,
    Verdict.CREDULOUS: SemanticStatus.CREDULOUS,
    Verdict.UNDECIDED: SemanticStatus.UNDEC,
    Verdict.REJECTED: SemanticStatus.REJECTED,
}


def map_svg(m: ArgumentMap) -> str | None:
    """The diagram of ``m`` as SVG text, or ``None`` when Graphviz is not installed.

    ``None`` lets the notebook fall back to the map's text representation.

    >>> svg = map_svg(ArgumentMap(title="t", statements=[{"id": "a", "text": {"en": "A"}}]))
    >>> 'id="st&#45;a"' in svg
    True
    """
    try:
        return render_svg(map_to_dot(m))
    except RenderError:
        return None


def status_table_html(table: StatusTable) -> str:
    """The HTML a notebook shows for a :class:`~argmap.evaluation.StatusTable`.

    One row per argument, one column per semantics, each cell coloured and
    marked by its status; the caption names the reading.

    >>> from argmap.frameworks import AF
    >>> from argmap.evaluation import status_table
    >>> page = status_table_html(status_table(AF(["a"], []), ["grounded"]))
    >>> page.count("<td"), "abstract reading" in page
    (1, True)
    """
    head = "".join(f"<th>{_escape(semantics_name(s))}</th>" for s in table.semantics)
    rows = []
    for argument in table.arguments[:ROWS_SHOWN]:
        cells = "".join(_status_cell(s) for s in table.row(argument))
        rows.append(f"<tr><th>{_escape(argument)}</th>{cells}</tr>")
    rows += _more_rows(len(table.arguments), len(table.semantics) + 1)
    caption = _escape(notebook_word("reading", name=reading_name(table.reading.value)))
    return (
        f'<table class="argmap-statuses"><caption>{caption}</caption><thead><tr><th>'
        f"{_escape(notebook_word('argument'))}</th>{head}</tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>"
    )


def evaluation_html(result: Evaluation) -> str:
    """The HTML a notebook shows for an :class:`~argmap.evaluation.Evaluation`.

    Extension-based semantics: one row per argument with its status, coloured and
    marked by its glyph. Gradual semantics: its base score and strength, with a
    bar. The caption names the semantics and the reading.

    >>> from argmap.evaluation import evaluate
    >>> from argmap.frameworks import AF
    >>> page = evaluation_html(evaluate(AF(["a", "<b>"], [("a", "<b>")]), "grounded"))
    >>> "grounded semantics, abstract reading" in page, "&lt;b&gt;" in page, "<b>" in page
    (True, True, False)
    >>> page.count("✓ in"), page.count("✗ out")
    (1, 1)
    """
    caption = (
        notebook_word("semantics", name=_semantics_name(result))
        + ", "
        + notebook_word("reading", name=reading_name(result.reading.value))
    )
    arguments = result.arguments()
    rows = []
    if result.gradual:
        head = f"<th>{notebook_word('base')}</th><th>{notebook_word('strength')}</th>"
        for argument in arguments[:ROWS_SHOWN]:
            base = result.base.get(argument)
            strength = result.strengths[argument]
            rows.append(
                f"<tr><th>{_escape(argument)}</th>"
                f"<td>{'' if base is None else f'{base:.3f}'}</td>"
                f"<td>{_bar(strength)} {strength:.3f}</td></tr>"
            )
        notes = (
            [] if result.converged else [notebook_word("not_converged", residual=result.residual)]
        )
    else:
        head = f"<th>{notebook_word('status')}</th>"
        for argument in arguments[:ROWS_SHOWN]:
            rows.append(
                f"<tr><th>{_escape(argument)}</th>{_status_cell(result.statuses[argument])}</tr>"
            )
        notes = [] if result.complete else [notebook_word("incomplete")]
    rows += _more_rows(len(arguments), 2 if not result.gradual else 3)
    footer = "".join(f"<p><em>{_escape(note)}</em></p>" for note in notes)
    return (
        f'<div class="argmap-evaluation"><table><caption>'
        f"{_escape(caption)}</caption><thead><tr><th>{notebook_word('argument')}</th>{head}"
        f"</tr></thead><tbody>{''.join(rows)}</tbody></table>{footer}</div>"
    )


def explanation_html(explanation: Explanation) -> str:
    """The HTML a notebook shows for an :class:`~argmap.explain.Explanation`.

    The argument and its verdict (coloured), the explanation's paragraphs, and the
    typed proof folded in a ``<details>`` element as nested lists.

    >>> from argmap.explain import explain
    >>> from argmap.frameworks import AF
    >>> page = explanation_html(explain(AF(["a", "b"], [("a", "b")]), "b"))
    >>> "✗ rejected" in page, page.count("<details>"), "Argument b is rejected" in page
    (True, 1, True)
    """
    language = explanation.language
    verdict = Verdict(explanation.status.value)
    head = _verdict_badge(verdict, language)
    paragraphs = "".join(
        f"<p>{_escape(p)}</p>" for p in explanation.text.split("\n\n") if p.strip()
    )
    proof = {
        name: jsonable(value)
        for name in (
            "carriers",
            "grounded",
            "acceptance",
            "rejection",
            "sceptical",
            "sufficiency",
        )
        if (value := getattr(explanation, name)) is not None
    }
    budget = [PROOF_ITEMS_SHOWN]
    folded = (
        f"<details><summary>{_escape(notebook_word('proof', language))}</summary>"
        f"{_tree(proof, budget)}</details>"
    )
    semantics = catalogue_semantics_name(explanation.semantics.value, language)
    title = (
        f"<strong>{_escape(explanation.argument)}</strong> · "
        f"{_escape(notebook_word('semantics', language, name=semantics))}"
    )
    return f'<div class="argmap-explanation"><p>{title} {head}</p>{paragraphs}{folded}</div>'


def what_if_html(result: WhatIf, language: str = "en") -> str:
    """The HTML a notebook shows for a :class:`~argmap.explain.WhatIf`.

    The verdict and the robustness, then the text's first sentence and one list
    item per single edit that changes the verdict, smallest first.

    >>> from argmap.explain import what_if
    >>> from argmap.frameworks import AF
    >>> page = what_if_html(what_if(AF(["a", "b"], [("a", "b")]), "b"))
    >>> page.count("<li>"), "robustness 0.00" in page
    (2, True)
    """
    verdict = Verdict(result.status.value)
    sentences: list[str] = []
    items: list[str] = []
    for line in result.text(language).splitlines():
        numbered = _NUMBERED.match(line)
        if numbered:
            items.append(f"<li>{_escape(numbered.group(1))}</li>")
        elif items:
            items[-1] = items[-1].removesuffix("</li>") + f" {_escape(line)}</li>"
        else:
            sentences.append(line)
    robustness = notebook_word("robustness", language, score=f"{result.robustness:.2f}")
    return (
        f'<div class="argmap-what-if"><p><strong>{_escape(result.target)}</strong> '
        f"{_verdict_badge(verdict, language)} · {_escape(robustness)}</p>"
        f"<p>{_escape(' '.join(sentences))}</p><ol>{''.join(items)}</ol></div>"
    )


def framework_html(
    framework: ArgumentationFramework | BipolarFramework | WeightedBipolarGraph,
) -> str:
    """The HTML a notebook shows for a Dung, bipolar or weighted framework.

    A caption with its size, and one row per argument with its attackers (its
    supporters, for a bipolar or weighted framework; its weight, for a weighted one).

    >>> page = framework_html(ArgumentationFramework(["a", "b"], [("a", "b")]))
    >>> "arguments: 2 · attacks: 1" in page, page.count("<tr>")
    (True, 3)
    """
    arguments = framework.arguments
    if isinstance(framework, ArgumentationFramework):
        attacks, supports = framework.number_of_attacks(), None
    else:
        attacks, supports = len(framework.attacks), len(framework.supports)
    caption = notebook_word("counts", arguments=len(arguments), attacks=attacks)
    if supports is not None:
        caption += notebook_word("supports", supports=supports)
    head = [notebook_word("argument"), notebook_word("attackers")]
    if supports is not None:
        head.append(notebook_word("supporters"))
    if isinstance(framework, WeightedBipolarGraph):
        head.insert(1, notebook_word("weight"))
    rows = []
    for argument in arguments[:ROWS_SHOWN]:
        cells = []
        if isinstance(framework, WeightedBipolarGraph):
            cells.append(f"{framework.weight(argument):.3f}")
        cells.append(_names(framework.attackers(argument)))
        if not isinstance(framework, ArgumentationFramework):
            cells.append(_names(framework.supporters(argument)))
        rows.append(
            f"<tr><th>{_escape(argument)}</th>"
            + "".join(f"<td>{_escape(c)}</td>" for c in cells)
            + "</tr>"
        )
    rows += _more_rows(len(arguments), len(head))
    return _table("argmap-framework", caption, head, rows)


def structured_html(sf: StructuredFramework) -> str:
    """The HTML a notebook shows for a :class:`~argmap.frameworks.structured.StructuredFramework`.

    A caption with its numbers of ASPIC+ arguments, attacks and defeats, and one
    row per argument with its conclusion and the arguments that defeat it.

    >>> from argmap.frameworks.structured import structured_framework
    >>> m = ArgumentMap(title="t", statements=[
    ...     {"id": i, "text": {"en": i}} for i in ("c", "p", "u")],
    ...     supports=[{"id": "s", "premises": ["p"], "conclusion": "c"}],
    ...     attacks=[{"id": "x", "kind": "undercut", "source": "u", "target": "s"}])
    >>> page = structured_html(structured_framework(m))
    >>> "ASPIC+ arguments: 3 · attacks: 1 · defeats: 1" in page
    True
    """
    defeats = sf.framework
    caption = notebook_word(
        "defeats",
        arguments=len(sf.arguments),
        attacks=len(sf.attacks),
        defeats=defeats.number_of_attacks(),
    )
    head = [notebook_word("argument"), "→", notebook_word("attackers")]
    rows = []
    for argument in sf.arguments[:ROWS_SHOWN]:
        rows.append(
            f"<tr><th>{_escape(argument.name)}</th>"
            f"<td>{_escape(argument.conclusion)}</td>"
            f"<td>{_escape(_names(defeats.attackers(argument.name)))}</td></tr>"
        )
    rows += _more_rows(len(sf.arguments), len(head))
    return _table("argmap-structured", caption, head, rows)


# -- pieces ---------------------------------------------------------------------------------
_NUMBERED = re.compile(r"^\d+\.\s+(.*)$")


def _escape(text: object) -> str:
    return html.escape(str(text), quote=True)


def _semantics_name(result: Evaluation, language: str = "en") -> str:
    """The catalogue's name of an extension semantics; a gradual one's own name."""
    if result.gradual:
        return result.name
    return catalogue_semantics_name(result.semantics.value, language)


def _status_cell(status: SemanticStatus) -> str:
    name = _escape(status_name(status))
    return (
        f'<td style="background:{status_colour(status)}" title="{name}">'
        f"{status_glyph(status)} {name}</td>"
    )


def _verdict_badge(verdict: Verdict, language: str) -> str:
    status = _VERDICT_STATUS[verdict]
    word = typeset(VERDICTS[verdict.value].text(language, feminine=False), language)
    return (
        f'<span style="background:{status_colour(status)};padding:0.1em 0.4em">'
        f"{status_glyph(status)} {_escape(word)}</span>"
    )


def _bar(strength: float) -> str:
    """A bar as long as ``strength`` (in ``[0, 1]``), in the accepted colour."""
    width = round(max(0.0, min(1.0, strength)) * 100)
    return (
        '<span style="display:inline-block;width:5em;height:0.7em;background:'
        f'linear-gradient(90deg,#009e73 {width}%,#e6e6e6 {width}%)"></span>'
    )


def _names(arguments: frozenset[str]) -> str:
    return ", ".join(sorted(arguments))


def _more_rows(total: int, columns: int) -> list[str]:
    if total <= ROWS_SHOWN:
        return []
    more = _escape(notebook_word("more", count=total - ROWS_SHOWN))
    return [f"<tr><td colspan='{columns}'><em>{more}</em></td></tr>"]


def _table(kind: str, caption: str, head: Sequence[str], rows: Sequence[str]) -> str:
    heads = "".join(f"<th>{_escape(h)}</th>" for h in head)
    return (
        f'<table class="{kind}"><caption>{_escape(caption)}</caption>'
        f"<thead><tr>{heads}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )


def _tree(value: Any, budget: list[int]) -> str:
    """``value`` (JSON-ready data) as nested lists, ``budget[0]`` items at most."""
    if isinstance(value, Mapping):
        entries = [(str(k), v) for k, v in value.items() if v not in (None, [], {})]
        shown, cut = _spend(entries, budget)
        items = [f"<b>{_escape(k)}</b>: {_tree(v, budget)}" for k, v in shown]
        return _list("ul", items, cut)
    if isinstance(value, list):
        if not value:
            return "∅"
        if not any(isinstance(v, Mapping | list) for v in value):
            return _escape(", ".join(str(v) for v in value))
        shown, cut = _spend(value, budget)
        return _list("ol", [_tree(v, budget) for v in shown], cut)
    return _escape(value)


def _spend(items: Sequence[Any], budget: list[int]) -> tuple[Sequence[Any], int]:
    """The first items ``budget`` still allows, and how many are left out."""
    shown = items[: max(0, budget[0])]
    budget[0] -= len(shown)
    return shown, len(items) - len(shown)


def _list(tag: str, items: Sequence[str], cut: int) -> str:
    if cut:
        items = [*items, f"<em>{_escape(notebook_word('more', count=cut))}</em>"]
    return f"<{tag}>" + "".join(f"<li>{item}</li>" for item in items) + f"</{tag}>"
