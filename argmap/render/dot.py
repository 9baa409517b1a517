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

Escaping: every text from the debate reaches DOT through
:func:`escape_html_label` (for the HTML-like labels: ``&``, ``<``, ``>`` and
quotes become entities) or :func:`escape_dot_string` (quoted strings), and
backslashes are doubled so that Graphviz's ``\\N``-style substitutions never
apply; node names and ids are built from the map's ids, which are restricted to
letters, digits, ``_``, ``-`` and ``.``. The output is deterministic: it follows
the map's order and nothing else (derived attacks are ordered by source, target
and kind).

References
----------
.. [1] C. Cayrol, M.-C. Lagasquie-Schiex, "Bipolarity in argumentation graphs:
   Towards a better understanding", IJAR 54(7):876-899, 2013.
"""

from __future__ import annotations

import html
import re
import textwrap
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from argmap.display_text import neutralise_bidi
from argmap.evaluation import Evaluation, Reading, Status, parse_reading
from argmap.explain.schemes_text import scheme_tooltip
from argmap.frameworks.abstract import ArgumentationFramework
from argmap.frameworks.bipolar import DerivedAttack
from argmap.frameworks.map_bipolar import bipolar_framework
from argmap.model import (
    ArgumentMap,
    AttackKind,
    Stance,
    Statement,
    StatementKind,
    localised,
    stance_label,
    voiced_by,
)
from argmap.render.status import (
    MULTIPLE_STATUSES,
    UNIQUE_STATUSES,
    reading_name,
    semantics_name,
    status_colour,
    status_description,
    status_glyph,
    status_name,
)

ClusterBy = Literal["none", "speaker", "section"]
"""How statements are grouped in boxes: not at all, by speaker, by source section."""

CLUSTER_CHOICES: tuple[ClusterBy, ...] = ("none", "speaker", "section")

SUPPORT_COLOUR = "#0072B2"
"""Okabe–Ito blue: support edges."""
ATTACK_COLOUR = "#D55E00"
"""Okabe–Ito vermillion: attack edges."""
ANSWER_COLOUR = "#777777"
"""Grey: a position answering an issue."""
NEUTRAL_BORDER = "#555555"
"""The border of statements nobody in the map said (implicit premises, no provenance)."""
DERIVED_COLOUR = "#8E7CA8"
"""Grey-purple: attacks derived by a bipolar reading of support (not in the map)."""
STRENGTH_COLOUR = "#444444"
"""Dark grey: the filled part of a statement's strength bar."""
STRENGTH_TRACK = "#E4E4E4"
"""Light grey: the unfilled part of a strength bar."""
STRENGTH_FILL = (0x9C, 0xC9, 0xE6)
"""The fill of an inference of strength 1 (light blue, black text stays readable);
strength 0 is white, values in between are mixed linearly."""
BAR_WIDTH = 60
"""Length, in points, of a strength bar at strength 1."""
BAR_HEIGHT = 7
"""Height, in points, of a strength bar."""

PARTICIPANT_COLOURS: tuple[str, ...] = (
    "#332288",
    "#882255",
    "#117733",
    "#AA4499",
    "#44AA99",
    "#999933",
    "#CC6677",
    "#88CCEE",
    "#DDCC77",
)
"""Paul Tol's "muted" qualitative scheme, for participants' borders (in map order)."""

FONT = "Helvetica"
WRAP = 30
"""Characters per line of a statement's label."""
MAX_LINES = 6
"""Lines of paraphrase shown before the label is cut (maps of up to 200 statements)."""
MAX_LINES_LARGE = 3
"""Lines shown on maps of more than 200 statements."""

_EDGE_STYLES: dict[AttackKind, str] = {
    AttackKind.REBUT: "solid",
    AttackKind.UNDERMINE: "dashed",
    AttackKind.UNDERCUT: "dotted",
}

_WORDS = {
    "legend": ("Legend", "Légende"),
    "supports": (
        "supports (premise → ◆ inference → conclusion)",
        "soutient (prémisse → ◆ → thèse)",
    ),
    "rebut": ("rebuts (contradicts a claim)", "réfute (contredit une thèse)"),
    "undermine": ("undermines (attacks a premise)", "sape (attaque une prémisse)"),
    "undercut": ("undercuts (attacks an inference ◆)", "sape l'inférence ◆"),
    "answers": ("answers the issue", "répond à la question"),
    "attacks": ("attacks", "attaque"),
    "inference": ("inference; linked premises join one ◆", "inférence ; prémisses liées : un ◆"),
    "implicit": ("dashed border: implicit premise", "bord tireté : prémisse implicite"),
    "issue": ("bold border: the issue", "bord épais : la question"),
    "voiced": (
        "dotted border: voiced, not held by its speaker ({})",
        "bord pointillé : énoncé sans être repris à son compte ({})",
    ),
    "implicit_meta": ("implicit premise", "prémisse implicite"),
    "issue_meta": ("issue", "question"),
    "status": ("Status under {}", "Statut selon la sémantique {}"),
    "speakers": ("Speakers", "Intervenants"),
    "chrome": ("not part of the debate", "hors du débat"),
    "premise_of": ("inference {}: {} → {}", "inférence {} : {} → {}"),
    "strength": ("Strength under {}", "Force selon la sémantique {}"),
    "strength_any": ("Strength", "Force"),
    "strength_bar": (
        "bar and number: strength, from 0 (weakest) to 1 (strongest)",
        "barre et nombre : force, de 0 (la plus faible) à 1 (la plus forte)",
    ),
    "strength_inference": (
        "inference ◆: its strength, darker when stronger",
        "inférence ◆ : sa force, plus foncée si plus forte",
    ),
    "derived": (
        "attack derived by {} support (not in the map; tooltip: why)",
        "attaque déduite du support {} (absente de la carte ; infobulle : pourquoi)",
    ),
    "reading": ("{} reading", "lecture {}"),
    "strength_of": ("strength {}", "force {}"),
}


def _word(key: str, language: str) -> str:
    english, french = _WORDS[key]
    return french if language == "fr" else english


# -- escaping ---------------------------------------------------------------------------------


def clean_text(text: str) -> str:
    r"""``text`` without what XML and Graphviz cannot carry: control characters
    (tabs and line breaks become spaces), lone surrogates and non-characters; bidi
    overrides shown as markers (:func:`~argmap.display_text.neutralise_bidi`).

    >>> clean_text("a\tb\x00c\ud800")
    'a bc'
    >>> clean_text("x\u202ey")
    'x[U+202E]y'
    """
    return neutralise_bidi(_UNCARRIED.sub(_replacement, text))


_UNCARRIED = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
"""Control characters (Unicode category Cc), surrogates (Cs) and the two non-characters."""


def _replacement(match: re.Match[str]) -> str:
    return " " if match.group(0) in "\t\n\r\f\v" else ""


MAX_QUOTED_CHARS = 2_000
"""Characters of text put in one DOT quoted string (a label or a tooltip); longer
text is cut there, with ``…``. Graphviz refuses quoted strings of more than
16,384 bytes, and an escaped character takes at most 5 (``&amp;``)."""


def _cut(text: str) -> str:
    """``text`` cut to :data:`MAX_QUOTED_CHARS` characters, before it is escaped (so an
    escape is never split)."""
    if len(text) <= MAX_QUOTED_CHARS:
        return text
    return text[: MAX_QUOTED_CHARS - 1] + "…"


def escape_dot_string(text: str) -> str:
    r"""``text`` as a DOT quoted string that Graphviz shows literally.

    Quotes are escaped; backslashes are doubled so that no ``\N``, ``\G``, ``\l``
    escape of Graphviz's labels applies; ``&`` becomes ``&amp;`` since Graphviz
    reads entities in labels. Line breaks become spaces; control characters are
    dropped. Text is cut at :data:`MAX_QUOTED_CHARS` characters.

    >>> print(escape_dot_string('say "hi" \\N &lt;'))
    "say \"hi\" \\N &amp;lt;"
    """
    escaped = _cut(clean_text(text)).replace("&", "&amp;").replace("\\", "\\\\")
    escaped = escaped.replace('"', '\\"')
    return f'"{escaped}"'


def escape_tooltip(text: str) -> str:
    r"""``text`` as a DOT quoted string for a ``tooltip`` (or ``URL``) attribute.

    Graphviz reads tooltips through two rounds of backslash escapes (as an
    ``escString``, then as a link attribute), so a literal backslash is written
    four times; ``&`` becomes ``&amp;`` (Graphviz copies entities into the SVG).
    Text is cut at :data:`MAX_QUOTED_CHARS` characters.

    >>> print(escape_tooltip('C:\\dir "x"'))
    "C:\\\\dir \"x\""
    """
    escaped = _cut(clean_text(text)).replace("&", "&amp;").replace("\\", "\\\\\\\\")
    escaped = escaped.replace('"', '\\"')
    return f'"{escaped}"'


def escape_html_label(text: str) -> str:
    r"""``text`` for the inside of a Graphviz HTML-like label, shown literally.

    ``&``, ``<``, ``>`` and quotes become entities, so no markup can be
    injected; backslashes are doubled so that no ``\N``-style substitution
    applies; ``]`` becomes ``&#93;`` (Graphviz 2.43 drops a text that is only
    ``]`` characters).

    >>> escape_html_label('<b>"&"</b> \\N')
    '&lt;b&gt;&quot;&amp;&quot;&lt;/b&gt; \\\\N'
    """
    escaped = html.escape(clean_text(text), quote=True).replace("\\", "\\\\")
    return escaped.replace("]", "&#93;")


def _quoted(name: str) -> str:
    return escape_dot_string(name)


def _attributes(pairs: Mapping[str, str]) -> str:
    """``[k=v, ...]`` where values already carry their quoting (``"..."`` or ``<...>``)."""
    return "[" + ", ".join(f"{key}={value}" for key, value in pairs.items()) + "]"


# -- labels -----------------------------------------------------------------------------------


def wrap_text(text: str, width: int = WRAP, max_lines: int | None = MAX_LINES) -> list[str]:
    """``text`` cut into lines of at most ``width`` characters, at most ``max_lines`` of them.

    The last line kept ends with ``…`` when text was left out.

    >>> wrap_text("one two three four five six", width=9, max_lines=2)
    ['one two', 'three…']
    """
    lines = textwrap.wrap(
        clean_text(text), width=max(width, 8), break_long_words=True, break_on_hyphens=False
    ) or [""]
    if max_lines is not None and len(lines) > max_lines:
        lines = lines[: max(max_lines, 1)]
        last = lines[-1]
        lines[-1] = (last[: max(width - 1, 1)].rstrip() if len(last) >= width else last) + "…"
    return lines


def _label(
    glyph: str | None, meta: str, lines: Iterable[str], strength: float | None = None
) -> str:
    """An HTML-like label: the status glyph (first text), a small meta line, the text;
    with ``strength``, a table whose last row is the strength bar and number."""
    parts = []
    if glyph is not None:
        parts.append(f'<FONT POINT-SIZE="13"><B>{escape_html_label(glyph)}</B></FONT> ')
    parts.append(f'<FONT POINT-SIZE="9" COLOR="#444444">{escape_html_label(meta)}</FONT>')
    parts.append('<BR ALIGN="LEFT"/>')
    for line in lines:
        parts.append(f'{escape_html_label(line)}<BR ALIGN="LEFT"/>')
    if strength is None:
        return "<" + "".join(parts) + ">"
    return (
        '<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="0">'
        f'<TR><TD ALIGN="LEFT" BALIGN="LEFT">{"".join(parts)}</TD></TR>'
        '<TR><TD ALIGN="LEFT"><TABLE BORDER="0" CELLSPACING="0" CELLPADDING="0">'
        f"<TR><TD>{strength_bar(strength)}</TD>"
        f'<TD ALIGN="LEFT" CELLPADDING="2"><FONT POINT-SIZE="9">{format_strength(strength)}'
        "</FONT></TD></TR>"
        "</TABLE></TD></TR></TABLE>>"
    )


def format_strength(value: float) -> str:
    """A strength as shown on diagrams: two decimals, clamped to ``[0, 1]``.

    >>> format_strength(0.8249), format_strength(1.0000001), format_strength(-0.0)
    ('0.82', '1.00', '0.00')
    """
    return f"{_clamped(value):.2f}"


def _clamped(value: float) -> float:
    return min(max(float(value), 0.0), 1.0) + 0.0  # + 0.0 turns -0.0 into 0.0


def strength_bar(value: float) -> str:
    """An HTML-like table drawing ``value`` (in ``[0, 1]``) as a horizontal bar.

    The bar is :data:`BAR_WIDTH` points long: the first ``round(value * BAR_WIDTH)``
    points are dark (:data:`STRENGTH_COLOUR`), the rest light grey, inside a
    thin frame, so that its length reads without colour.

    >>> strength_bar(0.5).count('WIDTH="30"')
    2
    >>> 'BGCOLOR="#E4E4E4"' in strength_bar(1.0)
    False
    """
    filled = round(_clamped(value) * BAR_WIDTH)
    cells = []
    for width, colour in ((filled, STRENGTH_COLOUR), (BAR_WIDTH - filled, STRENGTH_TRACK)):
        if width > 0:
            cells.append(
                f'<TD WIDTH="{width}" HEIGHT="{BAR_HEIGHT}" FIXEDSIZE="TRUE" '
                f'BGCOLOR="{colour}"></TD>'
            )
    return (
        f'<TABLE BORDER="1" COLOR="{STRENGTH_COLOUR}" CELLBORDER="0" CELLSPACING="0" '
        f'CELLPADDING="0" FIXEDSIZE="TRUE" WIDTH="{BAR_WIDTH + 2}" HEIGHT="{BAR_HEIGHT + 2}">'
        f"<TR>{''.join(cells)}</TR></TABLE>"
    )


def strength_fill(value: float) -> str:
    """The fill colour of an inference of strength ``value``: white at 0, light blue at 1.

    >>> strength_fill(0.0), strength_fill(1.0)
    ('#FFFFFF', '#9CC9E6')
    """
    amount = _clamped(value)
    channels = (round(255 + (c - 255) * amount) for c in STRENGTH_FILL)
    return "#" + "".join(f"{c:02X}" for c in channels)


# -- maps -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class NodeNames:
    """How map elements are named in DOT and SVG (``id`` attributes).

    A statement ``x`` is node ``{prefix}st-x``, a support (inference) ``s`` is node
    ``{prefix}inf-s``; an attack ``a`` is edge ``{prefix}att-a``. ``prefix`` keeps
    ids unique when several diagrams share a page.
    """

    prefix: str = ""

    def statement(self, statement_id: str) -> str:
        """The node name (and SVG id) of a statement."""
        return f"{self.prefix}st-{statement_id}"

    def inference(self, support_id: str) -> str:
        """The node name (and SVG id) of a support's inference node."""
        return f"{self.prefix}inf-{support_id}"

    def attack(self, attack_id: str) -> str:
        """The SVG id of an attack edge."""
        return f"{self.prefix}att-{attack_id}"

    def argument(self, position: int) -> str:
        """The node name of the argument at ``position`` of an abstract framework."""
        return f"{self.prefix}arg-{position}"


def participant_colours(m: ArgumentMap) -> dict[str, str]:
    """The border colour of each participant, in map order (the palette repeats).

    >>> m = ArgumentMap(title="t", participants=[{"id": "ann", "name": "Ann"}])
    >>> participant_colours(m)
    {'ann': '#332288'}
    """
    return {
        p.id: PARTICIPANT_COLOURS[i % len(PARTICIPANT_COLOURS)]
        for i, p in enumerate(m.participants)
    }


def map_to_dot(
    m: ArgumentMap,
    *,
    statuses: Evaluation | None = None,
    language: str = "en",
    cluster: ClusterBy = "none",
    wrap: int = WRAP,
    max_lines: int | None = None,
    legend: bool = True,
    id_prefix: str = "",
    tooltips: bool = True,
    strengths: Mapping[str, float] | None = None,
    strength_semantics: str | None = None,
    derived_attacks: Iterable[DerivedAttack] = (),
    reading: Reading | str | None = None,
) -> str:
    """The map as a Graphviz DOT digraph (see the module docstring for the drawing).

    Parameters
    ----------
    m : ArgumentMap
    statuses : Evaluation, optional
        Statuses under one extension-based semantics (:func:`argmap.evaluation.evaluate`):
        arguments are filled with their status colour and labelled with its glyph.
    language : str
        The paraphrase shown (``en``, ``fr``; a statement without it shows
        English, else its first language) and the language of the legend.
    cluster : {"none", "speaker", "section"}
        Box statements together by speaker or by source section.
    wrap : int
        Characters per line of a label.
    max_lines : int, optional
        Lines of paraphrase before the label is cut; default 6, or 3 on maps of
        more than 200 statements.
    legend : bool
        Add a legend box.
    id_prefix : str
        Prefix of every node and edge id (see :class:`NodeNames`).
    tooltips : bool
        Give every node and attack a tooltip (the full text, the quote). A page
        that shows details itself can leave them out: large maps get much smaller.
    strengths : Mapping[str, float], optional
        The strength in ``[0, 1]`` of claims and inferences (e.g.
        ``evaluate(m, "df-quad").strengths``): each statement shows a bar and the
        number, each inference the number, filled the darker the stronger.
        Arguments left out show nothing (issues have no strength).
    strength_semantics : str, optional
        The name of the semantics the strengths come from, for the legend.
    derived_attacks : iterable of DerivedAttack
        Attacks derived by a bipolar reading of support
        (:func:`map_derived_attacks`), drawn dotted in grey-purple with their
        reason as tooltip; those that repeat an attack of the map are skipped.
        Ordered by (source, target, kind) whatever the order given.
    reading : Reading or str, optional
        The reading the strengths and derived attacks were computed under, named
        in the legend (by default the reading of ``statuses``; the legend names
        the reading whenever it shows statuses or strengths).

    Raises
    ------
    ValueError
        For an unknown ``cluster`` or ``reading``, or a derived attack naming an
        argument that is not a claim or an inference of ``m``.

    Examples
    --------
    >>> m = ArgumentMap(title="t", statements=[
    ...     {"id": "a", "text": {"en": "A"}}, {"id": "b", "text": {"en": "B"}},
    ...     {"id": "c", "text": {"en": "C"}}],
    ...     supports=[{"id": "s", "premises": ["b"], "conclusion": "a"}],
    ...     attacks=[{"id": "x", "kind": "undercut", "source": "c", "target": "s"}])
    >>> dot = map_to_dot(m, legend=False)
    >>> '"st-c" -> "inf-s"' in dot and "arrowhead=tee" in dot
    True

    Under the necessary reading the undercut of ``s`` also attacks ``a``:

    >>> derived = map_derived_attacks(m, "necessary")
    >>> dot = map_to_dot(m, derived_attacks=derived, strengths={"a": 0.25}, legend=False)
    >>> '"st-c" -> "st-a"' in dot, "necessary-secondary attack c → a: c → s ⇒ a" in dot
    (True, True)
    >>> 'WIDTH="15"' in dot and "0.25" in dot
    True
    """
    if cluster not in CLUSTER_CHOICES:
        raise ValueError(f"cluster {cluster!r} is not one of: {', '.join(CLUSTER_CHOICES)}")
    if max_lines is None:
        max_lines = MAX_LINES_LARGE if len(m.statements) > 200 else MAX_LINES
    if reading is not None:
        read: Reading | None = parse_reading(reading)
    else:
        read = None if statuses is None else statuses.reading
    direct = {(a.source, a.target) for a in m.attacks}
    drawn = tuple(
        sorted(
            (d for d in derived_attacks if (d.source, d.target) not in direct),
            key=lambda d: (d.source, d.target, d.kind.value),
        )
    )
    options = _Options(
        language,
        cluster,
        wrap,
        max_lines,
        legend,
        tooltips,
        None if strengths is None else dict(strengths),
        strength_semantics,
        drawn,
        read,
    )
    return _MapWriter(m, statuses, options, NodeNames(id_prefix)).write()


def map_derived_attacks(m: ArgumentMap, reading: Reading | str) -> tuple[DerivedAttack, ...]:
    """The attacks a bipolar ``reading`` derives on ``m`` that the map does not state.

    The map's bipolar framework (:func:`~argmap.frameworks.map_bipolar.bipolar_framework`:
    claims and inferences are arguments, named by their ids) is flattened with
    the reading's default flattening; every attack it adds to the direct ones
    (supported, secondary, mediated, ... attacks, Cayrol & Lagasquie-Schiex 2013)
    is listed once with a shortest reason, ordered by (source, target, kind).

    Raises
    ------
    ValueError
        For an unknown reading, or one that is not bipolar (it derives no attack).

    Examples
    --------
    ``u`` undermines ``p``, the premise of inference ``s`` for ``c``. Under the
    deductive reading accepting ``s`` commits to ``p``, so ``u`` attacks ``s``
    (a mediated attack); under the necessary reading ``s`` and ``c`` need ``p``:

    >>> m = ArgumentMap(title="t", statements=[
    ...     {"id": "c", "text": {"en": "C"}}, {"id": "p", "text": {"en": "P"}},
    ...     {"id": "u", "text": {"en": "U"}}],
    ...     supports=[{"id": "s", "premises": ["p"], "conclusion": "c"}],
    ...     attacks=[{"id": "x", "kind": "undermine", "source": "u", "target": "p"}])
    >>> [d.describe() for d in map_derived_attacks(m, "deductive")]
    ['mediated attack u → s: s ⇒ p ; u → p']
    >>> [(d.source, d.target) for d in map_derived_attacks(m, "necessary")]
    [('u', 'c'), ('u', 's')]

    References
    ----------
    .. [1] C. Cayrol, M.-C. Lagasquie-Schiex, "Bipolarity in argumentation graphs:
       Towards a better understanding", IJAR 54(7):876-899, 2013.
    """
    chosen = parse_reading(reading)
    if chosen.support is None:
        raise ValueError(
            f"the {chosen.value} reading derives no attack from supports; "
            "choose a bipolar reading (deductive, necessary, evidential or general)"
        )
    framework = bipolar_framework(m, chosen.support).framework
    direct = {(a.source, a.target) for a in m.attacks}
    return tuple(
        sorted(
            (d for d in framework.derived_attacks() if (d.source, d.target) not in direct),
            key=lambda d: (d.source, d.target, d.kind.value),
        )
    )


@dataclass(frozen=True)
class _Options:
    language: str
    cluster: ClusterBy
    wrap: int
    max_lines: int
    legend: bool
    tooltips: bool
    strengths: Mapping[str, float] | None = None
    strength_semantics: str | None = None
    derived: Sequence[DerivedAttack] = ()
    reading: Reading | None = None


class _MapWriter:
    def __init__(
        self,
        m: ArgumentMap,
        statuses: Evaluation | None,
        options: _Options,
        names: NodeNames,
    ) -> None:
        self.m = m
        self.statuses = statuses
        self.language = options.language
        self.cluster = options.cluster
        self.wrap = options.wrap
        self.max_lines = options.max_lines
        self.legend = options.legend
        self.tooltips = options.tooltips
        self.strengths = options.strengths
        self.strength_semantics = options.strength_semantics
        self.derived = options.derived
        self.reading = options.reading
        self.names = names
        self.colours = participant_colours(m)
        self.speakers = {p.id: p.name for p in m.participants}
        self.lines: list[str] = []

    def write(self) -> str:
        out = self.lines
        out.append("digraph argmap {")
        out.append(
            "  graph "
            + _attributes(
                {
                    "rankdir": "BT",
                    "fontname": _quoted(FONT),
                    "fontsize": "11",
                    "nodesep": "0.3",
                    "ranksep": "0.45",
                    "newrank": "true",
                    **({"mclimit": "0.3"} if len(self.m.statements) > 200 else {}),
                }
            )
            + ";"
        )
        out.append(
            "  node "
            + _attributes(
                {
                    "fontname": _quoted(FONT),
                    "fontsize": "11",
                    "shape": "box",
                    "style": '"rounded,filled"',
                    "fillcolor": '"white"',
                    "color": _quoted(NEUTRAL_BORDER),
                    "margin": '"0.12,0.06"',
                }
            )
            + ";"
        )
        out.append(
            "  edge "
            + _attributes({"fontname": _quoted(FONT), "penwidth": "1.4", "arrowsize": "0.8"})
            + ";"
        )
        placed: set[str] = set()
        for name, title, colour, members in self._clusters():
            out.append(f"  subgraph {_quoted(name)} {{")
            out.append(
                "    graph "
                + _attributes(
                    {
                        "label": f"<<B>{escape_html_label(title)}</B>>",
                        "labelloc": "b",  # with rankdir=BT, "b" is the top
                        "style": '"rounded,dashed"',
                        "color": _quoted(colour),
                        "fontcolor": _quoted(colour),
                    }
                )
                + ";"
            )
            for statement in members:
                out.append("    " + self._statement_node(statement))
                placed.add(statement.id)
            out.append("  }")
        for statement in self.m.statements:
            if statement.id not in placed:
                out.append("  " + self._statement_node(statement))
        for support in self.m.supports:
            out.extend("  " + line for line in self._support(support.id))
        for position in self.m.statements:
            if position.answers is not None:
                out.append(
                    f"  {_quoted(self.names.statement(position.id))} -> "
                    f"{_quoted(self.names.statement(position.answers))} "
                    + _attributes(
                        {
                            "id": _quoted(f"{self.names.prefix}ans-{position.id}"),
                            "class": '"answers"',
                            "color": _quoted(ANSWER_COLOUR),
                            "arrowhead": "onormal",
                        }
                    )
                    + ";"
                )
        for attack in self.m.attacks:
            target = (
                self.names.inference(attack.target)
                if attack.kind is AttackKind.UNDERCUT
                else self.names.statement(attack.target)
            )
            out.append(
                f"  {_quoted(self.names.statement(attack.source))} -> {_quoted(target)} "
                + _attributes(
                    {
                        "id": _quoted(self.names.attack(attack.id)),
                        "class": _quoted(f"attack {attack.kind.value}"),
                        "color": _quoted(ATTACK_COLOUR),
                        "style": _EDGE_STYLES[attack.kind],
                        "arrowhead": "tee",
                        "penwidth": "2" if attack.kind is AttackKind.UNDERCUT else "1.6",
                        **self._tooltip(
                            f"{attack.id}: {attack.source} {attack.kind.value}s {attack.target}"
                        ),
                    }
                )
                + ";"
            )
        out.extend("  " + line for line in self._derived_edges())
        if self.legend:
            out.extend("  " + line for line in self._legend())
        out.append("}")
        return "\n".join(out) + "\n"

    def _derived_edges(self) -> list[str]:
        inferences = {s.id for s in self.m.supports}
        claims = {s.id for s in self.m.statements if s.kind is not StatementKind.ISSUE}

        def node(argument: str) -> str:
            if argument in inferences:
                return self.names.inference(argument)
            if argument in claims:
                return self.names.statement(argument)
            raise ValueError(
                f"derived attack names {argument!r}, which is not a claim or an inference "
                "of this map; derive the attacks from this map (map_derived_attacks)"
            )

        lines = []
        for position, attack in enumerate(self.derived):
            tail, head = node(attack.source), node(attack.target)
            lines.append(
                f"{_quoted(tail)} -> {_quoted(head)} "
                + _attributes(
                    {
                        "id": _quoted(f"{self.names.prefix}der-{position}"),
                        "class": _quoted(f"derived-attack {attack.kind.value}"),
                        "color": _quoted(DERIVED_COLOUR),
                        "style": "dotted",
                        "arrowhead": "teeodot",
                        "penwidth": "1.3",
                        "constraint": "false",
                        **self._tooltip(attack.describe()),
                    }
                )
                + ";"
            )
        return lines

    # -- clusters ---------------------------------------------------------------------------
    def _clusters(self) -> list[tuple[str, str, str, list[Statement]]]:
        if self.cluster == "speaker":
            return self._speaker_clusters()
        if self.cluster == "section":
            return self._section_clusters()
        return []

    def _speaker_clusters(self) -> list[tuple[str, str, str, list[Statement]]]:
        groups: dict[str, list[Statement]] = {p.id: [] for p in self.m.participants}
        for statement in self.m.statements:
            if statement.provenance is not None and not statement.implicit:
                groups.setdefault(statement.provenance.speaker, []).append(statement)
        return [
            (
                f"cluster_{self.names.prefix}speaker-{pid}",
                self.speakers.get(pid, pid),
                self.colours.get(pid, NEUTRAL_BORDER),
                members,
            )
            for pid, members in groups.items()
            if members
        ]

    def _section_clusters(self) -> list[tuple[str, str, str, list[Statement]]]:
        clusters = []
        taken: set[str] = set()
        for source in self.m.sources:
            for section in source.sections:
                start, end = section.span
                members = [
                    st
                    for st in self.m.statements
                    if st.id not in taken
                    and st.provenance is not None
                    and st.provenance.source == source.id
                    and st.provenance.span is not None
                    and start <= st.provenance.span[0] < end
                ]
                if not members:
                    continue
                taken.update(st.id for st in members)
                title = localised(section.title, self.language)
                if section.chrome:
                    title += f" ({_word('chrome', self.language)})"
                clusters.append(
                    (f"cluster_{self.names.prefix}section-{section.id}", title, "#666666", members)
                )
        return clusters

    # -- nodes ------------------------------------------------------------------------------
    def _tooltip(self, text: str) -> dict[str, str]:
        return {"tooltip": escape_tooltip(text)} if self.tooltips else {}

    def _strength(self, argument: str) -> float | None:
        if self.strengths is None or argument not in self.strengths:
            return None
        return self.strengths[argument]

    def _status(self, argument: str) -> Status | None:
        if self.statuses is None or argument not in self.statuses.statuses:
            return None
        return self.statuses.statuses[argument]

    def _statement_node(self, st: Statement) -> str:
        status = self._status(st.id)
        text = st.paraphrase(self.language)
        if st.kind is StatementKind.ISSUE:
            meta = f"{st.id} · {_word('issue_meta', self.language)}"
        elif st.implicit:
            meta = f"{st.id} · {_word('implicit_meta', self.language)}"
        elif st.provenance is not None:
            speaker = self.speakers.get(st.provenance.speaker, st.provenance.speaker)
            meta = f"{st.id} · {speaker}"
            if st.stance is not Stance.ASSERTED:
                meta += f" · {stance_label(st.stance, self.language)}"
        else:
            meta = st.id
        strength = self._strength(st.id)
        tooltip = f"{st.id}: {text}"
        if st.provenance is not None and not st.implicit:
            speaker = self.speakers.get(st.provenance.speaker, st.provenance.speaker)
            if st.stance is not Stance.ASSERTED:
                speaker = voiced_by(st.stance, speaker, self.language)
            tooltip += f" — {speaker}" + (
                f": “{st.provenance.quote}”" if st.provenance.quote is not None else ""
            )
        if strength is not None:
            tooltip += f" ({_word('strength_of', self.language).format(format_strength(strength))})"
        style = ["rounded", "filled"]
        classes = ["statement", st.kind.value]
        if st.implicit:
            style.append("dashed")
            classes.append("implicit")
        elif st.stance is not Stance.ASSERTED:
            style.append("dotted")
            classes.append(st.stance.value)
        attrs = {
            "id": _quoted(self.names.statement(st.id)),
            "class": _quoted(" ".join(classes)),
            "label": _label(
                status_glyph(status) if status else None,
                meta,
                wrap_text(text, self.wrap, self.max_lines),
                strength,
            ),
            **self._tooltip(tooltip),
        }
        if st.kind is StatementKind.ISSUE:
            attrs["penwidth"] = "3"
            attrs["color"] = '"black"'
        elif st.provenance is not None and not st.implicit:
            attrs["color"] = _quoted(self.colours.get(st.provenance.speaker, NEUTRAL_BORDER))
            attrs["penwidth"] = "2.2"
        if len(style) > 2:
            attrs["style"] = _quoted(",".join(style))
        if status is not None:
            attrs["fillcolor"] = _quoted(status_colour(status))
        return f"{_quoted(self.names.statement(st.id))} {_attributes(attrs)};"

    def _support(self, support_id: str) -> list[str]:
        support = self.m.support(support_id)
        node = self.names.inference(support.id)
        status = self._status(support.id)
        strength = self._strength(support.id)
        premises = ", ".join(support.premises)
        tooltip = _word("premise_of", self.language).format(
            support.id, premises, support.conclusion
        ) + scheme_tooltip(self.m, support.id, self.language)
        attrs = {
            "id": _quoted(node),
            "class": _quoted("inference linked" if support.linked else "inference"),
            "shape": "diamond",
            "label": escape_dot_string(status_glyph(status)) if status else '""',
            "fontsize": "10",
            "width": "0.34" if status else "0.22",
            "height": "0.34" if status else "0.22",
            "fixedsize": "true",
            "style": "filled",
            "color": _quoted(SUPPORT_COLOUR),
            "fillcolor": _quoted(status_colour(status) if status else "white"),
            **self._tooltip(tooltip),
        }
        if strength is not None:
            number = format_strength(strength)
            glyph = f"{status_glyph(status)} " if status else ""
            attrs["label"] = escape_dot_string(glyph + number)
            attrs["fontsize"] = "8"
            attrs["width"] = "0.7" if status else "0.56"
            attrs["height"] = "0.36"
            if status is None:
                attrs["fillcolor"] = _quoted(strength_fill(strength))
            strength_note = _word("strength_of", self.language).format(number)
            attrs.update(self._tooltip(f"{tooltip} ({strength_note})"))
        lines = [f"{_quoted(node)} {_attributes(attrs)};"]
        for position, premise in enumerate(support.premises):
            lines.append(
                f"{_quoted(self.names.statement(premise))} -> {_quoted(node)} "
                + _attributes(
                    {
                        "id": _quoted(f"{self.names.prefix}sup-{support.id}-{position}"),
                        "class": '"support premise"',
                        "color": _quoted(SUPPORT_COLOUR),
                        "arrowhead": "none",
                    }
                )
                + ";"
            )
        lines.append(
            f"{_quoted(node)} -> {_quoted(self.names.statement(support.conclusion))} "
            + _attributes(
                {
                    "id": _quoted(f"{self.names.prefix}sup-{support.id}"),
                    "class": '"support conclusion"',
                    "color": _quoted(SUPPORT_COLOUR),
                    "arrowhead": "normal",
                }
            )
            + ";"
        )
        return lines

    def _legend(self) -> list[str]:
        speakers = [
            (self.colours[p.id], p.name)
            for p in self.m.participants
            if any(
                st.provenance is not None and st.provenance.speaker == p.id
                for st in self.m.statements
            )
        ]
        return legend_node(
            self.statuses,
            self.language,
            speakers=speakers,
            prefix=self.names.prefix,
            map_rows=True,
            strengths=self.strengths is not None,
            strength_semantics=self.strength_semantics,
            derived=self.reading if self.derived else None,
            reading=self.reading,
            stances=[s for s in Stance if any(st.stance is s for st in self.m.statements)],
        )


def legend_node(
    statuses: Evaluation | None,
    language: str,
    *,
    speakers: Iterable[tuple[str, str]] = (),
    prefix: str = "",
    map_rows: bool = True,
    strengths: bool = False,
    strength_semantics: str | None = None,
    derived: Reading | None = None,
    reading: Reading | None = None,
    stances: Sequence[Stance] = (),
) -> list[str]:
    """DOT lines of a legend cluster: edge and node conventions, statuses, speakers.

    ``map_rows`` lists the conventions of map diagrams (support and attack
    edges, inferences, implicit premises, the issue); without it, only attacks.
    The statuses listed are those of the semantics of ``statuses``. With
    ``strengths``, the strength bar and the inference's number are explained
    (under ``strength_semantics``); with ``derived`` (a reading of support),
    the dotted derived attacks; ``reading`` (by default that of ``statuses``) is
    named in the headings; ``stances`` (those of the map's statements) explains the
    dotted border of the statements their speakers do not hold.

    >>> lines = legend_node(None, "fr", speakers=[("#332288", "Ann")])
    >>> lines[0], "Ann" in lines[2], "Légende" in lines[1]
    ('subgraph "cluster_legend" {', True, True)
    """
    rows = []
    if map_rows:
        for sample, colour, key in (
            ("──▶", SUPPORT_COLOUR, "supports"),
            ("──┤", ATTACK_COLOUR, "rebut"),
            ("╌╌┤", ATTACK_COLOUR, "undermine"),
            ("┈┈┤", ATTACK_COLOUR, "undercut"),
            ("──▷", ANSWER_COLOUR, "answers"),
            ("◆", SUPPORT_COLOUR, "inference"),
            ("┆▭┆", NEUTRAL_BORDER, "implicit"),
            ("▭", "#000000", "issue"),
        ):
            rows.append(_legend_row(sample, colour, None, _word(key, language)))
        voiced = [stance_label(s, language) for s in stances if s is not Stance.ASSERTED]
        if voiced:
            text = _word("voiced", language).format(", ".join(voiced))
            rows.append(_legend_row("┈▭┈", NEUTRAL_BORDER, None, text))
    else:
        rows.append(_legend_row("──┤", ATTACK_COLOUR, None, _word("attacks", language)))
    if reading is None and statuses is not None and map_rows:
        reading = statuses.reading
    suffix = (
        ""
        if reading is None
        else " · " + _word("reading", language).format(reading_name(reading, language))
    )
    if derived is not None:
        text = _word("derived", language).format(reading_name(derived, language))
        rows.append(_legend_row("┈┈⊸", DERIVED_COLOUR, None, text))
    if strengths:
        heading = (
            _word("strength", language).format(strength_semantics)
            if strength_semantics
            else _word("strength_any", language)
        ) + suffix
        rows.append(
            f'<TR><TD COLSPAN="2" ALIGN="LEFT"><B>{escape_html_label(heading)}</B></TD></TR>'
        )
        rows.append(
            f"<TR><TD>{strength_bar(2 / 3)}</TD>"
            f'<TD ALIGN="LEFT"><FONT POINT-SIZE="10">'
            f"{escape_html_label('0.67 — ' + _word('strength_bar', language))}</FONT></TD></TR>"
        )
        rows.append(
            _legend_row(
                "◆ 0.67",
                SUPPORT_COLOUR,
                strength_fill(2 / 3),
                _word("strength_inference", language),
            )
        )
    if statuses is not None:
        heading = _word("status", language).format(semantics_name(statuses.semantics, language))
        heading += suffix
        rows.append(
            f'<TR><TD COLSPAN="2" ALIGN="LEFT"><B>{escape_html_label(heading)}</B></TD></TR>'
        )
        present = set(statuses.statuses.values())
        shown = UNIQUE_STATUSES if statuses.unique else MULTIPLE_STATUSES
        for status in (*shown, Status.UNKNOWN):
            if status in present or status in shown[:3]:
                rows.append(
                    _legend_row(
                        status_glyph(status),
                        "#000000",
                        status_colour(status),
                        f"{status_name(status, language)}: {status_description(status, language)}",
                    )
                )
    speakers = list(speakers)
    if speakers:
        heading = _word("speakers", language)
        rows.append(
            f'<TR><TD COLSPAN="2" ALIGN="LEFT"><B>{escape_html_label(heading)}</B></TD></TR>'
        )
        for colour, name in speakers:
            rows.append(_legend_row("■", colour, None, name))
    table = (
        '<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="2" CELLPADDING="2">'
        + "".join(rows)
        + "</TABLE>>"
    )
    name = _quoted(f"{prefix}legend")
    return [
        f"subgraph {_quoted(f'cluster_{prefix}legend')} {{",
        "  graph "
        + _attributes(
            {
                "label": f"<<B>{escape_html_label(_word('legend', language))}</B>>",
                "labelloc": "b",  # with rankdir=BT, "b" is the top
                "style": '"rounded"',
                "color": '"#999999"',
            }
        )
        + ";",
        f"  {name} "
        + _attributes({"id": name, "shape": "plaintext", "style": '""', "label": table})
        + ";",
        "}",
    ]


def _legend_row(sample: str, colour: str, fill: str | None, text: str) -> str:
    background = f' BGCOLOR="{fill}"' if fill else ""
    return (
        f'<TR><TD{background}><FONT COLOR="{colour}"><B>{escape_html_label(sample)}</B></FONT></TD>'
        f'<TD ALIGN="LEFT"><FONT POINT-SIZE="10">{escape_html_label(text)}</FONT></TD></TR>'
    )


# -- abstract frameworks ----------------------------------------------------------------------


def framework_to_dot(
    af: ArgumentationFramework,
    *,
    statuses: Evaluation | None = None,
    language: str = "en",
    legend: bool = True,
    id_prefix: str = "",
) -> str:
    """An abstract framework as a Graphviz DOT digraph: arguments and attacks.

    Arguments are rounded boxes labelled with their names (shown literally,
    whatever they hold); attacks are vermillion edges with a tee arrowhead.
    With ``statuses`` every argument is filled and marked as in :func:`map_to_dot`.
    Node names are positions (``arg-0``, ``arg-1``, ...), so any argument name is safe.

    Examples
    --------
    >>> from argmap.frameworks import AF
    >>> dot = framework_to_dot(AF(["a", 'say "b"'], [("a", 'say "b"')]), legend=False)
    >>> '"arg-0" -> "arg-1"' in dot, r'label="say \\"b\\""' in dot
    (True, True)
    """
    names = NodeNames(id_prefix)
    out = ["digraph argmap {"]
    out.append(
        "  graph "
        + _attributes({"rankdir": "BT", "fontname": _quoted(FONT), "nodesep": "0.3"})
        + ";"
    )
    out.append(
        "  node "
        + _attributes(
            {
                "fontname": _quoted(FONT),
                "fontsize": "11",
                "shape": "box",
                "style": '"rounded,filled"',
                "fillcolor": '"white"',
            }
        )
        + ";"
    )
    out.append(
        "  edge "
        + _attributes(
            {
                "color": _quoted(ATTACK_COLOUR),
                "arrowhead": "tee",
                "penwidth": "1.4",
                "class": '"attack"',
            }
        )
        + ";"
    )
    for position, argument in enumerate(af.arguments):
        status = statuses.statuses.get(argument) if statuses is not None else None
        label = f"{status_glyph(status)} {argument}" if status else argument
        attrs = {
            "id": _quoted(names.argument(position)),
            "class": '"argument"',
            "label": escape_dot_string(label),
            "tooltip": escape_tooltip(
                argument + (f" ({status_name(status, language)})" if status else "")
            ),
        }
        if status is not None:
            attrs["fillcolor"] = _quoted(status_colour(status))
        out.append(f"  {_quoted(names.argument(position))} {_attributes(attrs)};")
    sources, targets = af.attack_positions()
    for source, target in zip(sources, targets, strict=True):
        edge_id = _quoted(f"{names.prefix}att-{source}-{target}")
        out.append(
            f"  {_quoted(names.argument(source))} -> {_quoted(names.argument(target))} "
            f"[id={edge_id}];"
        )
    if legend and statuses is not None:
        out.extend("  " + line for line in legend_node(statuses, language, map_rows=False))
    out.append("}")
    return "\n".join(out) + "\n"
