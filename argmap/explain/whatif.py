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

from collections import deque
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from argmap.evaluation import Reading
from argmap.explain.names import Vocabulary
from argmap.explain.sceptical import Status
from argmap.explain.whatif_editing import Edit, EditKind, Editor, acceptance, editor_for
from argmap.explain.whatif_text import render_what_if
from argmap.frameworks.abstract import ArgumentationFramework
from argmap.frameworks.translation import MapFramework
from argmap.model import ArgumentMap
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
    editor = editor_for(subject, reading)
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
    before = acceptance(base, target, semantics, engine)
    ancestry = _ancestry(base, target) if semantics in DIRECTIONAL else None
    for edit in editor.edits(exclude=target):
        considered += 1
        edited = editor.framework(edit)
        if ancestry is not None and _ancestry(edited, target) == ancestry:
            continue
        after = acceptance(edited, target, semantics, engine)
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
    chosen = Semantics.parse(semantics)
    return what_if_maps(subject, (chosen,), reading=reading, engine=engine)[chosen]


def what_if_maps(
    subject: ArgumentMap | MapFramework | ArgumentationFramework,
    semantics: Sequence[Semantics | str],
    *,
    reading: Reading | str | None = None,
    engine: str = "auto",
) -> dict[Semantics, Mapping[str, WhatIf]]:
    """:func:`what_if_map` under each of ``semantics``, each edited framework built once
    for all of them (under the structured reading, its ASPIC+ arguments and defeats).

    Examples
    --------
    >>> from argmap.frameworks import AF
    >>> af = AF(["a", "b", "c"], [("a", "b"), ("b", "a"), ("b", "c")])
    >>> found = what_if_maps(af, ["grounded", "preferred"])
    >>> [(s.value, found[s]["c"].status.value) for s in found]
    [('grounded', 'undecided'), ('preferred', 'credulous')]
    """
    chosen = tuple(dict.fromkeys(Semantics.parse(s) for s in semantics))
    editor = editor_for(subject, reading)
    targets = editor.targets()
    base = editor.verdicts_under(None, targets, chosen, engine)
    flips: dict[Semantics, dict[str, list[Flip]]] = {s: {t: [] for t in targets} for s in chosen}
    considered = dict.fromkeys(targets, 0)
    for edit in editor.edits(exclude=None):
        after = editor.verdicts_under(edit, targets, chosen, engine)
        removed = editor.removed(edit)
        for t in targets:
            if t in removed:
                continue
            considered[t] += 1
            for s in chosen:
                if after[s][t] is not base[s][t]:
                    flips[s][t].append(Flip(edit, base[s][t], after[s][t]))
    return {
        s: MappingProxyType(
            {
                t: WhatIf(
                    t,
                    s,
                    base[s][t],
                    _ranked(flips[s][t], editor, t),
                    considered[t],
                    editor.vocabulary,
                )
                for t in targets
            }
        )
        for s in chosen
    }


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


def _ranked(flips: list[Flip], editor: Editor, target: str) -> tuple[Flip, ...]:
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


__all__ = [
    "DIRECTIONAL",
    "Edit",
    "EditKind",
    "Flip",
    "Robustness",
    "WhatIf",
    "robustness",
    "what_if",
    "what_if_map",
    "what_if_maps",
]
