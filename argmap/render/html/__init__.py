"""The HTML report: one self-contained page for a reader who wants to understand a debate.

:func:`report_html` builds a single HTML file (inline SVG, CSS and script; no
network access, it opens offline from disk) with:

* the question, the sources (title, author, date, and a link when the URL is
  ``http``/``https``) and the participants;
* the map (:mod:`argmap.render.dot`, laid out by Graphviz), coloured by the
  status of every argument under a semantics chosen in the page: switching
  semantics re-colours the map without reloading (the statuses under every
  semantics are computed beforehand, :mod:`argmap.render.status`, and embedded
  as JSON);
* a table of every statement under every semantics, rows where the semantics
  disagree marked, and the extensions of each semantics;
* a details panel per statement: its paraphrases, the quote with its speaker,
  its supporters and attackers, its status under the semantics chosen, and

  - why it has that status (:func:`~argmap.explain.explain_map`): the prose in
    the page's language and the typed proof as a collapsible tree (the
    grounded dispute tree, the defence steps of a set accepting it, the
    counter-extension that leaves it out...), each step showing on the map
    the arguments it involves;
  - what would change it (:func:`~argmap.explain.what_if_map`): the single
    edits of the map that flip its status, smallest first, each showing on the
    map what it touches, and its robustness score;
  - its strengths under DF-QuAD, quadratic energy and the h-categorizer
    (:func:`~argmap.evaluation.evaluate` on the map as it stands, the abstract
    reading, also a column each in the
    table) as bars, with a slider for its base weight: the page recomputes
    every strength from the embedded weighted graph (``templates/gradual.js``:
    the same computation as :func:`argmap.gradual.strengths`, cycles included,
    saying when it did not converge);

  explanations and what-if lists are embedded for grounded, preferred and the
  semantics the page opens with (:func:`explained_semantics`; grounded only on
  maps of more than :data:`EXPLANATION_MAP_LIMIT` statements, none for what-if
  on maps of more than :data:`WHAT_IF_MAP_LIMIT`: each costs page size and
  time — see ``explained=`` of :func:`report_html` for more);
* the source text with every quoted passage highlighted and linked both ways
  (passage → statement, statement → passage); page chrome shown dimmed and
  labelled as not part of the debate;
* an English / French switch, keyboard navigation, a print style sheet and a
  layout for narrow windows.

Safety: the page is rendered by Jinja2 with autoescaping; debate text never
reaches the page unescaped (the map's text is escaped by
:mod:`argmap.render.dot` and Graphviz, the JSON is embedded with ``tojson``,
which escapes ``<``, ``>`` and ``&``, and the script writes text with
``textContent`` only). A Content-Security-Policy allows only the page's own
script and style (by hash) and no network access at all.

The templates are in the top-level ``templates/`` folder of a source checkout,
shipped in the wheel as ``argmap/_data/templates``.

The package holds one concern per module: :mod:`~argmap.render.html.page` (the
page put together), :mod:`~argmap.render.html.context` (the template's variables
and the script's data), :mod:`~argmap.render.html.data` (the data contract with
the script, declared once), :mod:`~argmap.render.html.analyses` (explanations,
what-if lists, strengths), :mod:`~argmap.render.html.steps` (a proof as steps),
:mod:`~argmap.render.html.source` (sources: links, passages, text order),
:mod:`~argmap.render.html.maps` and :mod:`~argmap.render.html.svg_ids` (the
diagrams), :mod:`~argmap.render.html.csp` and
:mod:`~argmap.render.html.templates` (the Jinja environment).
"""

from __future__ import annotations

from argmap.i18n import LANGUAGES
from argmap.render.html.analyses import (
    EXPLAINED_BY_DEFAULT,
    EXPLANATION_MAP_LIMIT,
    GRADUAL_SEMANTICS,
    STRENGTH_DECIMALS,
    WHAT_IF_MAP_LIMIT,
    explained_semantics,
    explanation_data,
    gradual_data,
    what_if_data,
)
from argmap.render.html.context import EXTENSIONS_SHOWN
from argmap.render.html.data import STATUS_CODES, PageData
from argmap.render.html.maps import BILINGUAL_MAP_LIMIT
from argmap.render.html.page import TEMPLATE, report_html, write_report
from argmap.render.html.source import Passage, SourceBlock, safe_url, source_blocks, text_order
from argmap.render.html.steps import SET_SHOWN, STEP_DEPTH, STEP_LIMIT, Step, proof_steps
from argmap.render.html.templates import templates_root

__all__ = [
    "BILINGUAL_MAP_LIMIT",
    "EXPLAINED_BY_DEFAULT",
    "EXPLANATION_MAP_LIMIT",
    "EXTENSIONS_SHOWN",
    "GRADUAL_SEMANTICS",
    "LANGUAGES",
    "SET_SHOWN",
    "STATUS_CODES",
    "STEP_DEPTH",
    "STEP_LIMIT",
    "STRENGTH_DECIMALS",
    "TEMPLATE",
    "WHAT_IF_MAP_LIMIT",
    "PageData",
    "Passage",
    "SourceBlock",
    "Step",
    "explained_semantics",
    "explanation_data",
    "gradual_data",
    "proof_steps",
    "report_html",
    "safe_url",
    "source_blocks",
    "templates_root",
    "text_order",
    "what_if_data",
    "write_report",
]
