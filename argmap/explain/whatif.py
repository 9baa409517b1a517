"""What would change a verdict: the smallest edits of a map that flip a statement's status.

An *edit* is one of three changes, from the smallest to the largest:

1. **removing one relation** — an attack, or a support (the inference goes, and
   with it the undercuts that target it);
2. **flipping one relation** — an attack (rebut or undermine) becomes a support
   of its target by its source, or a single-premise support becomes a rebut of
   its conclusion by its premise. Undercuts (which target an inference, not a
   statement) and linked supports (several premises) have no flipped
   counterpart and are not flipped;
3. **removing one statement** — with every support that has it as premise or
   conclusion, and every attack from or on it.

On a bare framework the edits are removing one attack or one argument.

:func:`what_if` applies every edit in turn, recomputes the target's
:class:`~argmap.explain.sceptical.Status` through the semantics API (exact: one
recomputation per edit; ``engine="auto"`` picks the SAT engine for large
frameworks) and returns the edits that change it, ranked by kind of edit, then
by closeness to the target (the fewest attack or support links between the edit
and the target), then by the map's order. For semantics that satisfy
*directionality* (grounded, complete, preferred, admissible, ideal; Baroni &
Giacomin 2007) an argument's status depends only on its ancestors in the attack
graph, so an edit that leaves the target's ancestry unchanged is known not to
flip it and is not recomputed.

:func:`robustness` counts, for every statement, how many single edits flip it,
normalised by the number of edits that leave the statement in place: a score of
1 means no single edit changes the verdict.

References
----------
.. [1] P. Baroni and M. Giacomin, "On principle-based evaluation of
   extension-based argumentation semantics", Artificial Intelligence
   171(10-15):675-700, 2007. (Directionality.)
.. [2] R. Baumann and G. Brewka, "Expanding argumentation frameworks: enforcing
   and monotonicity results", COMMA 2010, 75-86. (Changing a framework to change
   a status.)
"""

from __future__ import annotations

import enum
from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Literal

from argmap.evaluation import Reading, evaluate, map_view, parse_reading
from argmap.explain.names import Vocabulary
from argmap.explain.sceptical import Status, acceptance_status, statuses, verdict_of
from argmap.explain.whatif_text import render_what_if
from argmap.frameworks.abstract import ArgumentationFramework
from argmap.frameworks.translation import MapFramework
from argmap.model import ArgumentMap, Attack, AttackKind, StatementKind, Support
from argmap.semantics import Semantics

DIRECTIONAL = frozenset(
    {
        Semantics.GROUNDED,
        Semantics.COMPLETE,
        Semantics.PREFERRED,
        Semantics.ADMISSIBLE,
        Semantics.IDEAL,
    }
)
"""Semantics under which an argument's status depends only on its ancestors."""


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


@dataclass(frozen=True)
class Flip:
    """An edit and the status the target has after it."""

    edit: Edit
    before: Status
    after: Status


@dataclass(frozen=True)
class WhatIf:
    """The single edits that change ``target``'s status under ``semantics``, ranked.

    ``considered`` is the number of edits tried (every edit except removing the
    target itself).
    """

    target: str
    semantics: Semantics
    status: Status
    flips: tuple[Flip, ...]
    considered: int
    vocabulary: Vocabulary = field(repr=False, compare=False)

    def __repr__(self) -> str:
        """A one-line summary: the target, its verdict, and how many edits change it.

        >>> from argmap.frameworks import AF
        >>> what_if(AF(["a", "b"], [("a", "b")]), "b")
        <WhatIf 'b' under grounded: rejected; 2 of 2 single edits change it>
        """
        changes = "changes" if len(self.flips) == 1 else "change"
        return (
            f"<WhatIf {self.target!r} under {self.semantics.value}: {self.status.value}; "
            f"{len(self.flips)} of {self.considered} single edits {changes} it>"
        )

    @property
    def robustness(self) -> float:
        """``1 - flips / considered``: 1 when no single edit changes the verdict."""
        return 1.0 - len(self.flips) / self.considered if self.considered else 1.0

    def text(self, language: str = "en") -> str:
        """The analysis as text in ``language`` (``"en"`` or ``"fr"``)."""
        return render_what_if(self, language)

    def to_dict(self, language: str = "en") -> dict[str, Any]:
        """JSON-ready data, with the text in ``language``."""
        return {
            "target": self.target,
            "semantics": self.semantics.value,
            "status": self.status.value,
            "considered": self.considered,
            "robustness": self.robustness,
            "flips": [
                {
                    "kind": f.edit.kind.value,
                    "element": f.edit.element,
                    "relation": f.edit.relation,
                    "ends": list(f.edit.ends),
                    "distance": f.edit.distance,
                    "before": f.before.value,
                    "after": f.after.value,
                }
                for f in self.flips
            ],
            "text": self.text(language),
        }


@dataclass(frozen=True)
class Robustness:
    """How many single edits flip ``argument``'s status, out of ``considered``."""

    argument: str
    status: Status
    flipping: int
    considered: int

    @property
    def score(self) -> float:
        """``1 - flipping / considered`` in ``[0, 1]``; 1 when nothing flips it."""
        return 1.0 - self.flipping / self.considered if self.considered else 1.0


def what_if(
    subject: ArgumentMap | MapFramework | ArgumentationFramework,
    target: str,
    semantics: Semantics | str = Semantics.GROUNDED,
    *,
    reading: Reading | str | None = None,
    engine: str = "auto",
) -> WhatIf:
    """The single edits that change ``target``'s status under ``semantics``, smallest first.

    See the module docstring for the edits and the ranking.

    Parameters
    ----------
    subject : ArgumentMap, MapFramework or ArgumentationFramework
        A map is edited as a map (statements, supports, attacks; evaluated
        through the Dung framework of ``reading``); a framework as a framework
        (arguments and attacks).
    target : str
        A statement of the map (or an argument of the framework).
    semantics : Semantics or str
    reading : Reading or str, optional
        How a map is read (:mod:`argmap.evaluation.readings`; the default
        reading when not given). A statement the reading leaves out of its
        framework (without evidence) is rejected.
    engine : {"auto", "python", "sat"}
        Passed to the semantics API for each recomputation.

    Returns
    -------
    WhatIf

    Raises
    ------
    KeyError
        When ``target`` is not a claim of the map or an argument of the framework.

    Examples
    --------
    >>> from argmap.frameworks import AF
    >>> af = AF(["a", "b", "c"], [("a", "b"), ("b", "c")])
    >>> result = what_if(af, "c", "grounded")
    >>> result.status.value
    'accepted'
    >>> [(f.edit.kind.value, f.edit.element, f.after.value) for f in result.flips]
    [('remove_relation', 'a→b', 'rejected'), ('remove_statement', 'a', 'rejected')]
    >>> result.considered, round(result.robustness, 2)
    (4, 0.5)
    """
    semantics = Semantics.parse(semantics)
    editor = _editor(subject, reading)
    editor.check_target(target)
    flips: list[Flip] = []
    considered = 0
    if editor.structured:
        # statements are not arguments here: evaluate each edited map as a whole
        before = editor.verdicts(None, (target,), semantics, engine)[target]
        for edit in editor.edits(exclude=target):
            considered += 1
            after = editor.verdicts(edit, (target,), semantics, engine)[target]
            if after is not before:
                flips.append(Flip(edit, before, after))
        ranked = _ranked(flips, editor, target)
        return WhatIf(target, semantics, before, ranked, considered, editor.vocabulary)
    base = editor.framework(None)
    before = _acceptance(base, target, semantics, engine)
    ancestry = _ancestry(base, target) if semantics in DIRECTIONAL else None
    for edit in editor.edits(exclude=target):
        considered += 1
        edited = editor.framework(edit)
        if ancestry is not None and _ancestry(edited, target) == ancestry:
            continue
        after = _acceptance(edited, target, semantics, engine)
        if after is not before:
            flips.append(Flip(edit, before, after))
    ranked = _ranked(flips, editor, target)
    return WhatIf(target, semantics, before, ranked, considered, editor.vocabulary)


def what_if_map(
    subject: ArgumentMap | MapFramework | ArgumentationFramework,
    semantics: Semantics | str = Semantics.GROUNDED,
    *,
    reading: Reading | str | None = None,
    engine: str = "auto",
) -> Mapping[str, WhatIf]:
    """:func:`what_if` for every statement (every argument of a bare framework), at once.

    Each edit is applied once and every status recomputed together
    (:func:`~argmap.explain.sceptical.statuses`), so this costs one evaluation
    of the whole framework per edit rather than one per edit and statement.

    Examples
    --------
    >>> from argmap.frameworks import AF
    >>> af = AF(["a", "b"], [("a", "b")])
    >>> {t: len(w.flips) for t, w in what_if_map(af, "grounded").items()}
    {'a': 0, 'b': 2}
    """
    semantics = Semantics.parse(semantics)
    editor = _editor(subject, reading)
    targets = editor.targets()
    base = editor.verdicts(None, targets, semantics, engine)
    flips: dict[str, list[Flip]] = {t: [] for t in targets}
    considered = dict.fromkeys(targets, 0)
    for edit in editor.edits(exclude=None):
        after = editor.verdicts(edit, targets, semantics, engine)
        removed = editor.removed(edit)
        for t in targets:
            if t in removed:
                continue
            considered[t] += 1
            if after[t] is not base[t]:
                flips[t].append(Flip(edit, base[t], after[t]))
    return MappingProxyType(
        {
            t: WhatIf(
                t,
                semantics,
                base[t],
                _ranked(flips[t], editor, t),
                considered[t],
                editor.vocabulary,
            )
            for t in targets
        }
    )


def robustness(
    subject: ArgumentMap | MapFramework | ArgumentationFramework,
    semantics: Semantics | str = Semantics.GROUNDED,
    *,
    engine: str = "auto",
) -> Mapping[str, Robustness]:
    """For every statement, how many single edits flip its status (see the module docstring).

    Examples
    --------
    >>> from argmap.frameworks import AF
    >>> af = AF(["a", "b", "c"], [("a", "b"), ("b", "c")])
    >>> {a: round(r.score, 2) for a, r in robustness(af, "grounded").items()}
    {'a': 1.0, 'b': 0.5, 'c': 0.5}
    """
    return MappingProxyType(
        {
            t: Robustness(t, w.status, len(w.flips), w.considered)
            for t, w in what_if_map(subject, semantics, engine=engine).items()
        }
    )


# -- editing ---------------------------------------------------------------------------------


class _Editor:
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
        return _all_statuses(self.framework(edit), targets, semantics, engine)

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


def _acceptance(
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


def _editor(
    subject: ArgumentMap | MapFramework | ArgumentationFramework,
    reading: Reading | str | None = None,
) -> _Editor:
    if isinstance(subject, ArgumentMap):
        return _MapEditor(subject, reading)
    if isinstance(subject, MapFramework):
        return _FrameworkEditor(subject.framework)
    if isinstance(subject, ArgumentationFramework):
        return _FrameworkEditor(subject)
    raise TypeError(
        f"cannot edit a {type(subject).__name__}; give an ArgumentMap or an ArgumentationFramework"
    )


class _FrameworkEditor(_Editor):
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


class _MapEditor(_Editor):
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

    def verdicts(
        self, edit: Edit | None, targets: Iterable[str], semantics: Semantics, engine: str
    ) -> Mapping[str, Status]:
        if not self.structured:
            return super().verdicts(edit, targets, semantics, engine)
        found = evaluate(self.edited(edit), semantics, reading=self.reading, engine=engine)
        return {t: verdict_of(found.statuses[t]) for t in targets if t in found.statuses}

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


def _ranked(flips: list[Flip], editor: _Editor, target: str) -> tuple[Flip, ...]:
    distances = editor.distances(target)
    far = len(distances) + 1
    placed = []
    for f in flips:
        edit = f.edit
        ends = [e for e in edit.ends if e in distances]
        if edit.relation == "support" and edit.element in distances:
            ends.append(edit.element)
        distance = min((distances[e] for e in ends), default=far)
        placed.append(Flip(_with_distance(edit, distance), f.before, f.after))
    placed.sort(key=lambda f: (f.edit.kind.rank, f.edit.distance, editor.order(f.edit.element)))
    return tuple(placed)


def _with_distance(edit: Edit, distance: int) -> Edit:
    return Edit(edit.kind, edit.element, edit.relation, edit.ends, distance)


def _ancestry(
    af: ArgumentationFramework, target: str
) -> tuple[frozenset[str], frozenset[tuple[str, str]]]:
    """The arguments with an attack path to ``target`` (and it), and the attacks among them.

    A target the reading left out of ``af`` has no ancestry: only itself.
    """
    if target not in af:
        return frozenset({target}), frozenset()
    seen = {target}
    queue = deque([target])
    attacks: set[tuple[str, str]] = set()
    while queue:
        x = queue.popleft()
        for b in af.attackers(x):
            attacks.add((b, x))
            if b not in seen:
                seen.add(b)
                queue.append(b)
    return frozenset(seen), frozenset(attacks)
