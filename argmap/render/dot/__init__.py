"""Graphviz DOT for argument maps and abstract frameworks.

The drawing follows the conventions of Argdown, OVA and Carneades, made
consistent:

* the layout runs **bottom to top** (``rankdir=BT``): reasons below what they
  support, the **issue** (the question debated, bold border) on top;
* every **statement** is a rounded box holding its paraphrase, wrapped, with a
  small line above it: its id and who said it. Long paraphrases are cut after
  ``max_lines`` lines (``…``); the full text is in the tooltip;
* an **implicit premise** (added by the analyst) has a **dashed** border;
* a statement its speaker voices without holding it (conceded for the sake of
  argument, someone else's view reported, an objection anticipated:
  :class:`~argmap.model.Stance`) has a **dotted** border, and its stance follows
  the speaker's name above the text (``id · Ann · conceded``);
* every **support** (inference) is a small **diamond** ◆ on the way from its
  premises to its conclusion: linked premises join the same diamond, and an
  **undercut** ends on the diamond of the inference it attacks;
* edges differ in colour *and* line style or arrowhead, so that they can be told
  apart in black and white:

  ============  ==========================  ================
  edge          line                        arrowhead
  ============  ==========================  ================
  support       solid, blue                 filled triangle
  rebut         solid, vermillion           tee ``┤``
  undermine     dashed, vermillion          tee ``┤``
  undercut      dotted, vermillion, thick   tee, on a ◆
  answers       solid, grey                 hollow triangle
  ============  ==========================  ================

* each participant has a border colour (Paul Tol's "muted" scheme), listed in
  the legend; with ``cluster="speaker"`` each participant's statements are also
  boxed together, with ``cluster="section"`` the statements quoted from each
  section of the sources;
* given the statuses under a semantics (:mod:`argmap.render.status`), every
  argument (claim or inference) is filled with the colour of its status and its
  label starts with the status glyph (✓ ✗ ? ~ ∅), explained in the legend;
* given strengths under a gradual semantics (:func:`argmap.gradual.evaluate`),
  every statement shows a bar whose length is its strength and the number
  (``0.82``), and every inference ◆ shows the number, filled the darker the
  stronger it is: readable without colour;
* given the attacks a bipolar reading of support derives
  (:func:`map_derived_attacks`: supported, secondary, mediated, ... attacks,
  Cayrol & Lagasquie-Schiex 2013), each is drawn **dotted, grey-purple**, with
  an open dot before its tee, from its source to its target; its tooltip says
  why it was derived (:meth:`~argmap.frameworks.bipolar.DerivedAttack.describe`).
  Derived attacks do not move the layout (``constraint=false``).

The package holds one concern a module: :mod:`~argmap.render.dot.escape` (the
one escaper every debate text goes through: what it escapes where, and why),
:mod:`~argmap.render.dot.syntax` (attribute lists and the one ``digraph``
header), :mod:`~argmap.render.dot.style` (colours, sizes, node names),
:mod:`~argmap.render.dot.labels` (wrapped text, strength bars),
:mod:`~argmap.render.dot.legend`, :mod:`~argmap.render.dot.argument_map` (maps)
and :mod:`~argmap.render.dot.framework` (abstract frameworks). Their words come
from :mod:`argmap.i18n`. The output is deterministic: it follows the map's order
and nothing else (derived attacks are ordered by source, target and kind).

References
----------
.. [1] C. Cayrol, M.-C. Lagasquie-Schiex, "Bipolarity in argumentation graphs:
   Towards a better understanding", IJAR 54(7):876-899, 2013.
"""

from argmap.render.dot.argument_map import map_to_dot
from argmap.render.dot.derived import map_derived_attacks
from argmap.render.dot.escape import (
    MAX_QUOTED_CHARS,
    clean_text,
    escape,
    escape_dot_string,
    escape_html_label,
    escape_tooltip,
)
from argmap.render.dot.framework import framework_to_dot
from argmap.render.dot.labels import format_strength, strength_bar, strength_fill, wrap_text
from argmap.render.dot.legend import legend_node
from argmap.render.dot.style import (
    ANSWER_COLOUR,
    ATTACK_COLOUR,
    BAR_HEIGHT,
    BAR_WIDTH,
    CLUSTER_CHOICES,
    DERIVED_COLOUR,
    FONT,
    MAX_LINES,
    MAX_LINES_LARGE,
    NEUTRAL_BORDER,
    PARTICIPANT_COLOURS,
    STRENGTH_COLOUR,
    STRENGTH_FILL,
    STRENGTH_TRACK,
    SUPPORT_COLOUR,
    WRAP,
    ClusterBy,
    NodeNames,
    participant_colours,
)

__all__ = [
    "ANSWER_COLOUR",
    "ATTACK_COLOUR",
    "BAR_HEIGHT",
    "BAR_WIDTH",
    "CLUSTER_CHOICES",
    "DERIVED_COLOUR",
    "FONT",
    "MAX_LINES",
    "MAX_LINES_LARGE",
    "MAX_QUOTED_CHARS",
    "NEUTRAL_BORDER",
    "PARTICIPANT_COLOURS",
    "STRENGTH_COLOUR",
    "STRENGTH_FILL",
    "STRENGTH_TRACK",
    "SUPPORT_COLOUR",
    "WRAP",
    "ClusterBy",
    "NodeNames",
    "clean_text",
    "escape",
    "escape_dot_string",
    "escape_html_label",
    "escape_tooltip",
    "format_strength",
    "framework_to_dot",
    "legend_node",
    "map_derived_attacks",
    "map_to_dot",
    "participant_colours",
    "strength_bar",
    "strength_fill",
    "wrap_text",
]
