"""The legend of diagrams: what edges, borders and fills mean, statuses, strengths, speakers.

One legend serves map diagrams (every convention of the drawing) and framework
diagrams (attacks and statuses only); it lists only what the diagram shows
(the statuses present, the stances of the map's statements, the speakers who
said something). Its words come from :mod:`argmap.i18n.diagrams`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from argmap.evaluation import Evaluation, Reading, Status
from argmap.i18n import (
    diagram_word,
    reading_name,
    semantics_name,
    status_description,
    status_name,
)
from argmap.model import Stance, stance_label
from argmap.render.dot.escape import escape_html_label
from argmap.render.dot.labels import strength_bar, strength_fill
from argmap.render.dot.style import (
    ANSWER_COLOUR,
    ATTACK_COLOUR,
    DERIVED_COLOUR,
    NEUTRAL_BORDER,
    SUPPORT_COLOUR,
)
from argmap.render.dot.syntax import attributes, quoted
from argmap.render.status import MULTIPLE_STATUSES, UNIQUE_STATUSES, status_colour, status_glyph


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
            rows.append(_legend_row(sample, colour, None, diagram_word(key, language)))
        voiced = [stance_label(s, language) for s in stances if s is not Stance.ASSERTED]
        if voiced:
            text = diagram_word("voiced", language, stances=", ".join(voiced))
            rows.append(_legend_row("┈▭┈", NEUTRAL_BORDER, None, text))
    else:
        rows.append(_legend_row("──┤", ATTACK_COLOUR, None, diagram_word("attacks", language)))
    if reading is None and statuses is not None and map_rows:
        reading = statuses.reading
    suffix = (
        ""
        if reading is None
        else " · " + diagram_word("reading", language, reading=reading_name(reading, language))
    )
    if derived is not None:
        text = diagram_word("derived", language, reading=reading_name(derived, language))
        rows.append(_legend_row("┈┈⊸", DERIVED_COLOUR, None, text))
    if strengths:
        heading = (
            diagram_word("strength", language, semantics=strength_semantics)
            if strength_semantics
            else diagram_word("strength_any", language)
        ) + suffix
        rows.append(
            f'<TR><TD COLSPAN="2" ALIGN="LEFT"><B>{escape_html_label(heading)}</B></TD></TR>'
        )
        bar_text = escape_html_label("0.67 — " + diagram_word("strength_bar", language))
        rows.append(
            f"<TR><TD>{strength_bar(2 / 3)}</TD>"
            f'<TD ALIGN="LEFT"><FONT POINT-SIZE="10">{bar_text}</FONT></TD></TR>'
        )
        rows.append(
            _legend_row(
                "◆ 0.67",
                SUPPORT_COLOUR,
                strength_fill(2 / 3),
                diagram_word("strength_inference", language),
            )
        )
    if statuses is not None:
        heading = diagram_word(
            "status", language, semantics=semantics_name(statuses.semantics, language)
        )
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
        heading = diagram_word("speakers", language)
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
    name = quoted(f"{prefix}legend")
    return [
        f"subgraph {quoted(f'cluster_{prefix}legend')} {{",
        "  graph "
        + attributes(
            {
                "label": f"<<B>{escape_html_label(diagram_word('legend', language))}</B>>",
                "labelloc": "b",  # with rankdir=BT, "b" is the top
                "style": '"rounded"',
                "color": '"#999999"',
            }
        )
        + ";",
        f"  {name} "
        + attributes({"id": name, "shape": "plaintext", "style": '""', "label": table})
        + ";",
        "}",
    ]


def _legend_row(sample: str, colour: str, fill: str | None, text: str) -> str:
    background = f' BGCOLOR="{fill}"' if fill else ""
    return (
        f'<TR><TD{background}><FONT COLOR="{colour}"><B>{escape_html_label(sample)}</B></FONT></TD>'
        f'<TD ALIGN="LEFT"><FONT POINT-SIZE="10">{escape_html_label(text)}</FONT></TD></TR>'
    )
