"""Argument maps as DOT: statements, inferences, attacks, clusters and derived attacks.

See :mod:`argmap.render.dot` for the drawing's conventions.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from argmap.evaluation import Evaluation, Reading, Status, parse_reading
from argmap.explain.schemes_text import scheme_tooltip
from argmap.frameworks.bipolar import DerivedAttack
from argmap.i18n import diagram_word
from argmap.model import (
    ArgumentMap,
    Attack,
    AttackKind,
    Stance,
    Statement,
    StatementKind,
    stance_label,
    voiced_by,
)
from argmap.render.dot.clusters import clusters
from argmap.render.dot.derived import derived_edges, not_in_map
from argmap.render.dot.escape import escape_dot_string, escape_html_label, escape_tooltip
from argmap.render.dot.labels import format_strength, node_label, strength_fill, wrap_text
from argmap.render.dot.legend import legend_node
from argmap.render.dot.style import (
    ANSWER_COLOUR,
    ATTACK_COLOUR,
    CLUSTER_CHOICES,
    EDGE_STYLES,
    FONT,
    MAX_LINES,
    MAX_LINES_LARGE,
    NEUTRAL_BORDER,
    NODE_DEFAULTS,
    SUPPORT_COLOUR,
    WRAP,
    ClusterBy,
    NodeNames,
    participant_colours,
)
from argmap.render.dot.syntax import attributes, digraph, quoted
from argmap.render.status import status_colour, status_glyph


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

    >>> from argmap.render.dot import map_derived_attacks
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
    drawn = not_in_map(m, derived_attacks)
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
        placed: set[str] = set()
        for name, title, colour, members in clusters(
            self.m, self.cluster, self.names, self.language
        ):
            out.append(f"subgraph {quoted(name)} {{")
            out.append(
                "  graph "
                + attributes(
                    {
                        "label": f"<<B>{escape_html_label(title)}</B>>",
                        "labelloc": "b",  # with rankdir=BT, "b" is the top
                        "style": '"rounded,dashed"',
                        "color": quoted(colour),
                        "fontcolor": quoted(colour),
                    }
                )
                + ";"
            )
            for statement in members:
                out.append("  " + self._statement_node(statement))
                placed.add(statement.id)
            out.append("}")
        for statement in self.m.statements:
            if statement.id not in placed:
                out.append(self._statement_node(statement))
        for support in self.m.supports:
            out.extend(self._support(support.id))
        for position in self.m.statements:
            if position.answers is not None:
                out.append(
                    f"{quoted(self.names.statement(position.id))} -> "
                    f"{quoted(self.names.statement(position.answers))} "
                    + attributes(
                        {
                            "id": quoted(f"{self.names.prefix}ans-{position.id}"),
                            "class": '"answers"',
                            "color": quoted(ANSWER_COLOUR),
                            "arrowhead": "onormal",
                        }
                    )
                    + ";"
                )
        for attack in self.m.attacks:
            out.append(self._attack(attack))
        out.extend(derived_edges(self.m, self.derived, self.names, tooltips=self.tooltips))
        if self.legend:
            out.extend(self._legend())
        graph = {
            "rankdir": "BT",
            "fontname": quoted(FONT),
            "fontsize": "11",
            "nodesep": "0.3",
            "ranksep": "0.45",
            "newrank": "true",
            **({"mclimit": "0.3"} if len(self.m.statements) > 200 else {}),
        }
        node = {
            **NODE_DEFAULTS,
            "color": quoted(NEUTRAL_BORDER),
            "margin": '"0.12,0.06"',
        }
        edge = {"fontname": quoted(FONT), "penwidth": "1.4", "arrowsize": "0.8"}
        return digraph(graph, node, edge, out)

    def _attack(self, attack: Attack) -> str:
        target = (
            self.names.inference(attack.target)
            if attack.kind is AttackKind.UNDERCUT
            else self.names.statement(attack.target)
        )
        return (
            f"{quoted(self.names.statement(attack.source))} -> {quoted(target)} "
            + attributes(
                {
                    "id": quoted(self.names.attack(attack.id)),
                    "class": quoted(f"attack {attack.kind.value}"),
                    "color": quoted(ATTACK_COLOUR),
                    "style": EDGE_STYLES[attack.kind],
                    "arrowhead": "tee",
                    "penwidth": "2" if attack.kind is AttackKind.UNDERCUT else "1.6",
                    **self._tooltip(
                        diagram_word(
                            f"tooltip_{attack.kind.value}",
                            self.language,
                            attack=attack.id,
                            source=attack.source,
                            target=attack.target,
                        )
                    ),
                }
            )
            + ";"
        )

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
            meta = f"{st.id} · {diagram_word('issue_meta', self.language)}"
        elif st.implicit:
            meta = f"{st.id} · {diagram_word('implicit_meta', self.language)}"
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
            strength_note = diagram_word(
                "strength_of", self.language, strength=format_strength(strength)
            )
            tooltip += f" ({strength_note})"
        style = ["rounded", "filled"]
        classes = ["statement", st.kind.value]
        if st.implicit:
            style.append("dashed")
            classes.append("implicit")
        elif st.stance is not Stance.ASSERTED:
            style.append("dotted")
            classes.append(st.stance.value)
        attrs = {
            "id": quoted(self.names.statement(st.id)),
            "class": quoted(" ".join(classes)),
            "label": node_label(
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
            attrs["color"] = quoted(self.colours.get(st.provenance.speaker, NEUTRAL_BORDER))
            attrs["penwidth"] = "2.2"
        if len(style) > 2:
            attrs["style"] = quoted(",".join(style))
        if status is not None:
            attrs["fillcolor"] = quoted(status_colour(status))
        return f"{quoted(self.names.statement(st.id))} {attributes(attrs)};"

    def _support(self, support_id: str) -> list[str]:
        support = self.m.support(support_id)
        node = self.names.inference(support.id)
        status = self._status(support.id)
        strength = self._strength(support.id)
        premises = ", ".join(support.premises)
        tooltip = diagram_word(
            "premise_of",
            self.language,
            inference=support.id,
            premises=premises,
            conclusion=support.conclusion,
        ) + scheme_tooltip(self.m, support.id, self.language)
        attrs = {
            "id": quoted(node),
            "class": quoted("inference linked" if support.linked else "inference"),
            "shape": "diamond",
            "label": escape_dot_string(status_glyph(status)) if status else '""',
            "fontsize": "10",
            "width": "0.34" if status else "0.22",
            "height": "0.34" if status else "0.22",
            "fixedsize": "true",
            "style": "filled",
            "color": quoted(SUPPORT_COLOUR),
            "fillcolor": quoted(status_colour(status) if status else "white"),
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
                attrs["fillcolor"] = quoted(strength_fill(strength))
            strength_note = diagram_word("strength_of", self.language, strength=number)
            attrs.update(self._tooltip(f"{tooltip} ({strength_note})"))
        lines = [f"{quoted(node)} {attributes(attrs)};"]
        for position, premise in enumerate(support.premises):
            lines.append(
                f"{quoted(self.names.statement(premise))} -> {quoted(node)} "
                + attributes(
                    {
                        "id": quoted(f"{self.names.prefix}sup-{support.id}-{position}"),
                        "class": '"support premise"',
                        "color": quoted(SUPPORT_COLOUR),
                        "arrowhead": "none",
                    }
                )
                + ";"
            )
        lines.append(
            f"{quoted(node)} -> {quoted(self.names.statement(support.conclusion))} "
            + attributes(
                {
                    "id": quoted(f"{self.names.prefix}sup-{support.id}"),
                    "class": '"support conclusion"',
                    "color": quoted(SUPPORT_COLOUR),
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
