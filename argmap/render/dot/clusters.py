"""Boxes around statements: by speaker, or by the section of the source they come from."""

from __future__ import annotations

from typing import NamedTuple

from argmap.i18n import diagram_word
from argmap.model import ArgumentMap, Statement, localised
from argmap.render.dot.style import NEUTRAL_BORDER, ClusterBy, NodeNames, participant_colours


class Cluster(NamedTuple):
    """A box of statements: its subgraph name, title, colour and members in map order."""

    name: str
    title: str
    colour: str
    members: list[Statement]


def clusters(m: ArgumentMap, cluster: ClusterBy, names: NodeNames, language: str) -> list[Cluster]:
    """The boxes ``cluster`` groups the statements of ``m`` in (none for ``"none"``).

    By speaker: one box per participant who said something (implicit premises
    stay outside), titled with their name and drawn in their colour. By section:
    one box per section of a source holding the start of a statement's quote,
    titled with the section's title in ``language`` (« hors du débat » for a
    page's chrome); a statement is boxed once, in the first section that holds it.
    """
    if cluster == "speaker":
        return _speaker_clusters(m, names)
    if cluster == "section":
        return _section_clusters(m, names, language)
    return []


def _speaker_clusters(m: ArgumentMap, names: NodeNames) -> list[Cluster]:
    colours = participant_colours(m)
    speakers = {p.id: p.name for p in m.participants}
    groups: dict[str, list[Statement]] = {p.id: [] for p in m.participants}
    for statement in m.statements:
        if statement.provenance is not None and not statement.implicit:
            groups.setdefault(statement.provenance.speaker, []).append(statement)
    return [
        Cluster(
            f"cluster_{names.prefix}speaker-{pid}",
            speakers.get(pid, pid),
            colours.get(pid, NEUTRAL_BORDER),
            members,
        )
        for pid, members in groups.items()
        if members
    ]


def _section_clusters(m: ArgumentMap, names: NodeNames, language: str) -> list[Cluster]:
    boxes: list[Cluster] = []
    taken: set[str] = set()
    for source in m.sources:
        for section in source.sections:
            start, end = section.span
            members = [
                st
                for st in m.statements
                if st.id not in taken
                and st.provenance is not None
                and st.provenance.source == source.id
                and st.provenance.span is not None
                and start <= st.provenance.span[0] < end
            ]
            if not members:
                continue
            taken.update(st.id for st in members)
            title = localised(section.title, language)
            if section.chrome:
                title += f" ({diagram_word('chrome', language)})"
            name = f"cluster_{names.prefix}section-{section.id}"
            boxes.append(Cluster(name, title, "#666666", members))
    return boxes
