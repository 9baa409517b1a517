"""The Argdown document as parsed, before it is mapped onto an argument map.

These classes hold what an Argdown text says in Argdown's own terms (Voigt 2014–2023,
https://argdown.org/syntax/): equivalence classes of statements (one title, one
statement), arguments with their descriptions and premise–conclusion structures
(PCS), relations between them, headings as sections, tags and ``{data}``.
Each item remembers where it was written (file, line, column) so that the mapping
onto the model can name it in an error.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

RelationType = Literal["support", "attack", "undercut", "contradictory", "entails", "contrary"]
"""Argdown's relation types: ``support``/``attack``/``undercut`` (loose mode, or
involving an argument), ``entails``/``contrary`` (statement to statement in strict
mode) and ``contradictory`` (``><``, always)."""

NodeKind = Literal["statement", "argument"]


@dataclass(frozen=True)
class Where:
    """A place in an Argdown file (1-based line and column)."""

    file: str
    line: int
    column: int


@dataclass
class Member:
    """One occurrence of a statement or argument: a definition (with a text) or a reference."""

    text: str
    tags: list[str]
    data: dict[str, Any]
    where: Where
    section: str | None


class _Members:
    """Tags and data gathered over the members of an equivalence class or an argument."""

    members: list[Member]

    @property
    def tags(self) -> list[str]:
        """Every tag of every member, first occurrence first."""
        return list(dict.fromkeys(t for m in self.members for t in m.tags))

    @property
    def data(self) -> dict[str, Any]:
        """The members' data merged, earlier members first."""
        merged: dict[str, Any] = {}
        for m in self.members:
            for key, value in m.data.items():
                merged.setdefault(key, value)
        return merged


@dataclass
class EquivalenceClass(_Members):
    """All the statements with one title: Argdown's "same title, same statement"."""

    title: str
    members: list[Member] = field(default_factory=list)

    @property
    def text(self) -> str:
        """The first non-empty text given to this title ('' when none is)."""
        return next((m.text for m in self.members if m.text), "")

    @property
    def section(self) -> str | None:
        """The section of the first definition with a text, else of the first member."""
        for m in self.members:
            if m.text:
                return m.section
        return self.members[0].section if self.members else None


@dataclass
class Inference:
    """The inference line of a PCS (``----`` or ``-- rule, rule {data} --``)."""

    rules: list[str]
    data: dict[str, Any]
    where: Where


@dataclass
class PcsStep:
    """A numbered statement of a PCS: a premise, or a conclusion with its inference."""

    number: int
    title: str
    inference: Inference | None
    where: Where

    @property
    def is_conclusion(self) -> bool:
        """Whether an inference line leads to this statement."""
        return self.inference is not None


@dataclass
class Argument(_Members):
    """An argument: its descriptions (members) and, if reconstructed, its PCS."""

    title: str
    members: list[Member] = field(default_factory=list)
    pcs: list[PcsStep] = field(default_factory=list)
    pcs_where: Where | None = None

    @property
    def description(self) -> str:
        """The first non-empty description."""
        return next((m.text for m in self.members if m.text), "")

    @property
    def conclusions(self) -> list[PcsStep]:
        """The conclusions of the PCS, intermediate ones first, the main one last."""
        return [s for s in self.pcs if s.is_conclusion]


@dataclass(frozen=True)
class Node:
    """One end of a relation: a statement, an argument, or the inference of an
    argument's conclusion numbered ``conclusion`` (undercuts written below an
    inference line)."""

    kind: NodeKind
    title: str
    conclusion: int | None = None


@dataclass(frozen=True)
class Relation:
    """A relation between two nodes, as Argdown types it."""

    type: RelationType
    source: Node
    target: Node
    where: Where


@dataclass
class Section:
    """A heading, and so a section of the document."""

    id: str
    title: str
    level: int
    parent: str | None
    where: Where
    tags: list[str] = field(default_factory=list)


@dataclass
class Document:
    """An Argdown document: front matter, statements, arguments, relations, sections."""

    front_matter: dict[str, Any] = field(default_factory=dict)
    statements: dict[str, EquivalenceClass] = field(default_factory=dict)
    arguments: dict[str, Argument] = field(default_factory=dict)
    relations: list[Relation] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)

    @property
    def strict(self) -> bool:
        """Whether statement-to-statement relations are read in strict mode
        (front matter ``model: {mode: strict}``)."""
        model = self.front_matter.get("model")
        return isinstance(model, dict) and model.get("mode") == "strict"

    def typed_relations(self) -> list[Relation]:
        """The relations with the types Argdown gives them: in strict mode, a support
        between two statements is ``entails`` and an attack ``contrary``; an undercut
        of a reconstructed argument is an undercut of its main inference."""
        typed = []
        for r in self.relations:
            kind = r.type
            if self.strict and r.source.kind == r.target.kind == "statement":
                kind = {"support": "entails", "attack": "contrary"}.get(kind, kind)  # type: ignore[assignment]
            target = r.target
            if kind == "undercut" and target.kind == "argument" and target.conclusion is None:
                argument = self.arguments.get(target.title)
                if argument is not None and argument.pcs:
                    target = Node("argument", target.title, len(argument.pcs) - 1)
            typed.append(Relation(kind, r.source, target, r.where))
        opposed = _opposed(typed)
        return [r for r in typed if not self._redundant(r, opposed)]

    def _redundant(self, r: Relation, opposed: dict[str, set[str]]) -> bool:
        """Whether ``r`` is an attack of a statement on a reconstructed argument that
        another relation already says: the statement attacks, is contrary or
        contradictory to one of the argument's premises (Argdown drops it too)."""
        if r.type != "attack" or r.source.kind != "statement" or r.target.kind != "argument":
            return False
        argument = self.arguments.get(r.target.title)
        if argument is None or not argument.pcs:
            return False
        against = opposed.get(r.source.title, set())
        return any(s.inference is None and s.title in against for s in argument.pcs)


def _opposed(relations: list[Relation]) -> dict[str, set[str]]:
    """For each statement, the statements it attacks, or is contrary or
    contradictory to (either way)."""
    table: dict[str, set[str]] = {}
    for r in relations:
        if r.source.kind != "statement" or r.target.kind != "statement":
            continue
        if r.type in ("attack", "contrary", "contradictory"):
            table.setdefault(r.source.title, set()).add(r.target.title)
        if r.type in ("contrary", "contradictory"):
            table.setdefault(r.target.title, set()).add(r.source.title)
    return table
