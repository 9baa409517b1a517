"""Edits of a map or framework, and the editors that apply them and evaluate the result
for :mod:`argmap.explain.whatif`: remove or flip a relation, remove a statement."""

from __future__ import annotations

import enum
from collections import deque
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from argmap.evaluation import EXTENSION_LIMIT, Reading, map_view, parse_reading
from argmap.evaluation.structured import structured_statuses
from argmap.explain.names import Vocabulary
from argmap.explain.sceptical import Status, acceptance_status, statuses, verdict_of
from argmap.frameworks.abstract import ArgumentationFramework
from argmap.frameworks.structured import structured_framework
from argmap.frameworks.translation import MapFramework
from argmap.model import ArgumentMap, Attack, AttackKind, StatementKind, Support
from argmap.semantics import Semantics


class EditKind(str, enum.Enum):
    """The kinds of single edits, from the smallest to the largest."""

    REMOVE_RELATION = "remove_relation"
    FLIP_RELATION = "flip_relation"
    REMOVE_STATEMENT = "remove_statement"

    @property
    def rank(self) -> int:
        """0 for the smallest kind of edit."""
        return _KIND_RANK[self]


_KIND_RANK = {EditKind.REMOVE_RELATION: 0, EditKind.FLIP_RELATION: 1, EditKind.REMOVE_STATEMENT: 2}

Relation = Literal["attack", "support"]


@dataclass(frozen=True)
class Edit:
    """One change to a map (or framework).

    Attributes
    ----------
    kind : EditKind
    element : str
        The id of the statement, support or attack changed; for a bare
        framework's attack, ``"a→b"``.
    relation : {"attack", "support"} or None
        What the element is when it is a relation (before a flip).
    ends : tuple of str
        The statement removed (one element), or the relation's sources then its
        target: ``(attacker, attacked)`` or ``(*premises, conclusion)``.
    distance : int
        Attack or support links between the edit and the target (0 when the
        edit touches the target).
    """

    kind: EditKind
    element: str
    relation: Relation | None
    ends: tuple[str, ...]
    distance: int = 0


class Editor:
    """Applies single edits to a map or a framework and builds the resulting framework."""

    vocabulary: Vocabulary
    structured = False
    """Whether statements are not arguments of the framework (the structured reading):
    then statuses come from evaluating each edited map, not from :meth:`framework`."""

    def check_target(self, target: str) -> None:
        raise NotImplementedError

    def verdicts(
        self, edit: Edit | None, targets: Iterable[str], semantics: Semantics, engine: str
    ) -> Mapping[str, Status]:
        """The verdict on each of ``targets`` after ``edit`` (as it stands, for ``None``)."""
        return self.verdicts_under(edit, tuple(targets), (semantics,), engine)[semantics]

    def verdicts_under(
        self,
        edit: Edit | None,
        targets: Sequence[str],
        semantics: Sequence[Semantics],
        engine: str,
    ) -> dict[Semantics, Mapping[str, Status]]:
        """:meth:`verdicts` under each of ``semantics``, the edited framework built once."""
        af = self.framework(edit)
        return {s: _all_statuses(af, targets, s, engine) for s in semantics}

    def targets(self) -> tuple[str, ...]:
        raise NotImplementedError

    def edits(self, exclude: str | None) -> Iterator[Edit]:
        raise NotImplementedError

    def framework(self, edit: Edit | None) -> ArgumentationFramework:
        raise NotImplementedError

    def removed(self, edit: Edit) -> frozenset[str]:
        """The targets that the edit removes (they have no status after it)."""
        raise NotImplementedError

    def order(self, element: str) -> int:
        raise NotImplementedError

    def distances(self, target: str) -> Mapping[str, int]:
        raise NotImplementedError


def acceptance(
    af: ArgumentationFramework, target: str, semantics: Semantics, engine: str
) -> Status:
    """The status of ``target``; rejected when the reading left it out of ``af``."""
    if target not in af:
        return Status.REJECTED
    return acceptance_status(af, target, semantics, engine=engine)


def _all_statuses(
    af: ArgumentationFramework, targets: Iterable[str], semantics: Semantics, engine: str
) -> Mapping[str, Status]:
    """The status of every target; rejected for those the reading left out of ``af``."""
    found = statuses(af, semantics, engine=engine)
    return {t: found.get(t, Status.REJECTED) for t in targets}


def editor_for(
    subject: ArgumentMap | MapFramework | ArgumentationFramework,
    reading: Reading | str | None = None,
) -> Editor:
    if isinstance(subject, ArgumentMap):
        return MapEditor(subject, reading)
    if isinstance(subject, MapFramework):
        return FrameworkEditor(subject.framework)
    if isinstance(subject, ArgumentationFramework):
        return FrameworkEditor(subject)
    raise TypeError(
        f"cannot edit a {type(subject).__name__}; give an ArgumentMap or an ArgumentationFramework"
    )


class FrameworkEditor(Editor):
    def __init__(self, af: ArgumentationFramework) -> None:
        self.af = af
        self.vocabulary = Vocabulary.of_framework(af)
        self.attacks = af.sorted_attacks()
        self._order = {a: i for i, a in enumerate(af.arguments)}
        for k, (s, t) in enumerate(self.attacks):
            self._order[f"{s}→{t}"] = len(af) + k

    def check_target(self, target: str) -> None:
        self.af.index(target)

    def targets(self) -> tuple[str, ...]:
        return self.af.arguments

    def edits(self, exclude: str | None) -> Iterator[Edit]:
        for s, t in self.attacks:
            yield Edit(EditKind.REMOVE_RELATION, f"{s}→{t}", "attack", (s, t))
        for a in self.af.arguments:
            if a != exclude:
                yield Edit(EditKind.REMOVE_STATEMENT, a, None, (a,))

    def framework(self, edit: Edit | None) -> ArgumentationFramework:
        if edit is None:
            return self.af
        if edit.kind is EditKind.REMOVE_STATEMENT:
            (gone,) = edit.ends
            return self.af.restrict(a for a in self.af.arguments if a != gone)
        pair = (edit.ends[0], edit.ends[1])
        return ArgumentationFramework(self.af.arguments, (p for p in self.attacks if p != pair))

    def removed(self, edit: Edit) -> frozenset[str]:
        return frozenset(edit.ends) if edit.kind is EditKind.REMOVE_STATEMENT else frozenset()

    def order(self, element: str) -> int:
        return self._order.get(element, len(self._order))

    def distances(self, target: str) -> Mapping[str, int]:
        af = self.af
        return _undirected_distances(
            target, lambda x: [*af.attackers(x), *af.targets(x)], af.arguments
        )


class MapEditor(Editor):
    def __init__(self, m: ArgumentMap, reading: Reading | str | None) -> None:
        self.m = m
        self.reading = parse_reading(reading)
        self.structured = self.reading is Reading.STRUCTURED
        self.vocabulary = Vocabulary.of_map(m)
        # distances are measured on the map's own elements, whatever the reading
        self.base = map_view(m, Reading.ABSTRACT if self.structured else self.reading)
        self.claims = tuple(s.id for s in m.statements if s.kind is not StatementKind.ISSUE)
        ids = [*self.claims, *(s.id for s in m.supports), *(a.id for a in m.attacks)]
        self._order = {x: i for i, x in enumerate(ids)}

    def check_target(self, target: str) -> None:
        if target not in self.claims:
            raise KeyError(f"{target!r} is not a claim of the map; give a statement id")

    def targets(self) -> tuple[str, ...]:
        return self.claims

    def edits(self, exclude: str | None) -> Iterator[Edit]:
        m = self.m
        for attack in m.attacks:
            yield Edit(
                EditKind.REMOVE_RELATION, attack.id, "attack", (attack.source, attack.target)
            )
        for support in m.supports:
            yield Edit(
                EditKind.REMOVE_RELATION,
                support.id,
                "support",
                (*support.premises, support.conclusion),
            )
        for attack in m.attacks:
            if attack.kind is not AttackKind.UNDERCUT:
                yield Edit(
                    EditKind.FLIP_RELATION, attack.id, "attack", (attack.source, attack.target)
                )
        for support in m.supports:
            if not support.linked:
                yield Edit(
                    EditKind.FLIP_RELATION,
                    support.id,
                    "support",
                    (*support.premises, support.conclusion),
                )
        for claim in self.claims:
            if claim != exclude:
                yield Edit(EditKind.REMOVE_STATEMENT, claim, None, (claim,))

    def verdicts_under(
        self,
        edit: Edit | None,
        targets: Sequence[str],
        semantics: Sequence[Semantics],
        engine: str,
    ) -> dict[Semantics, Mapping[str, Status]]:
        if not self.structured:
            return super().verdicts_under(edit, targets, semantics, engine)
        # what evaluate() does under the structured reading, the ASPIC+ arguments and
        # defeats of the edited map built once for every semantics
        edited = self.edited(edit)
        sf = structured_framework(edited)
        verdicts: dict[Semantics, Mapping[str, Status]] = {}
        for chosen in semantics:
            found = structured_statuses(
                edited, sf, chosen, extension_limit=EXTENSION_LIMIT, engine=engine, timeout=None
            )
            verdicts[chosen] = {
                t: verdict_of(found.statuses[t]) for t in targets if t in found.statuses
            }
        return verdicts

    def framework(self, edit: Edit | None) -> ArgumentationFramework:
        if edit is None:
            return self.base.framework
        return map_view(self.edited(edit), self.reading).framework

    def edited(self, edit: Edit | None) -> ArgumentMap:
        """The map after ``edit`` (the map itself for ``None``)."""
        if edit is None:
            return self.m
        m = self.m
        statements = m.statements
        supports: tuple[Support, ...] = m.supports
        attacks: tuple[Attack, ...] = m.attacks
        if edit.kind is EditKind.REMOVE_STATEMENT:
            (gone,) = edit.ends
            statements = tuple(s for s in statements if s.id != gone)
            supports = tuple(s for s in supports if s.conclusion != gone and gone not in s.premises)
            left = {s.id for s in statements} | {s.id for s in supports}
            attacks = tuple(a for a in attacks if a.source in left and a.target in left)
        elif edit.relation == "attack":
            attacks = tuple(a for a in attacks if a.id != edit.element)
            if edit.kind is EditKind.FLIP_RELATION:
                source, target = edit.ends
                flipped = Support(id=edit.element, premises=(source,), conclusion=target)
                supports = (*supports, flipped)
        else:
            supports = tuple(s for s in supports if s.id != edit.element)
            if edit.kind is EditKind.FLIP_RELATION:
                premise, conclusion = edit.ends
                rebut = Attack(
                    id=edit.element, kind=AttackKind.REBUT, source=premise, target=conclusion
                )
                attacks = (*attacks, rebut)
        return ArgumentMap.model_construct(
            title=m.title, statements=statements, supports=supports, attacks=attacks
        )

    def removed(self, edit: Edit) -> frozenset[str]:
        return frozenset(edit.ends) if edit.kind is EditKind.REMOVE_STATEMENT else frozenset()

    def order(self, element: str) -> int:
        return self._order.get(element, len(self._order))

    def distances(self, target: str) -> Mapping[str, int]:
        af = self.base.framework
        # every claim and inference of the map, also those a reading leaves out of af
        links: dict[str, set[str]] = {a: set() for a in self.base.origin}
        for s, t in af.attacks:
            links[s].add(t)
            links[t].add(s)
        for support in self.m.supports:
            for end in (*support.premises, support.conclusion):
                if end in links:
                    links[end].add(support.id)
                    links[support.id].add(end)
        return _undirected_distances(target, lambda x: sorted(links[x]), tuple(links))


def _undirected_distances(
    target: str, neighbours: Any, arguments: tuple[str, ...]
) -> Mapping[str, int]:
    distance = {target: 0}
    queue = deque([target])
    while queue:
        x = queue.popleft()
        for y in neighbours(x):
            if y not in distance:
                distance[y] = distance[x] + 1
                queue.append(y)
    far = len(arguments) + 1
    return {a: distance.get(a, far) for a in arguments}
