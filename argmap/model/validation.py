"""Checks an argument map as a whole and reports every problem at once.

Field-level rules (types, ranges, id syntax) are pydantic's; this module checks
what only the whole map can tell: ids are unique, references resolve to the right
kind of object, every quote is found verbatim at its span in its source, an
undercut targets an inference, an undermine targets a premise, ...

Each :class:`~argmap.model.problems.Problem` carries the path of the offending
value in the map's data (``("statements", 3, "provenance", "span")``), the id of the
object, what is wrong and what to change; a loader adds the file, line and column.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from argmap.model.hints import HINT_LIMIT, HINT_MAX_LENGTH, HintIndex
from argmap.model.problems import (
    MapValidationError,
    Path,
    Problem,
    format_path,
    raise_problems,
)
from argmap.model.quote_checks import quote_at_span, unlocated_quote

if TYPE_CHECKING:
    from argmap.model.types import ArgumentMap, Statement

__all__ = [
    "HINT_LIMIT",
    "MapValidationError",
    "Path",
    "Problem",
    "check_map",
    "format_path",
    "raise_problems",
]


def check_map(
    m: ArgumentMap, *, tolerate: Iterable[str] = (), unread: Iterable[str] = ()
) -> list[Problem]:
    """Every cross-reference problem of ``m``, in document order.

    ``tolerate`` names ids that exist in the document but did not validate on their
    own (their own problems are already reported): references to them are not
    reported again. ``unread`` names sources whose file could not be read (said
    once by the loader): their quotes are not checked.
    """
    return _Checker(m, frozenset(tolerate), frozenset(unread)).run()


class _Checker:
    def __init__(self, m: ArgumentMap, tolerate: frozenset[str], unread: frozenset[str]) -> None:
        self.m = m
        self.tolerate = tolerate
        self.unread = unread
        self.problems: list[Problem] = []
        self.kind_of: dict[str, str] = {}
        self.hints_given = 0
        self.hint_indexes: dict[tuple[str, ...], HintIndex] = {}

    def add(self, message: str, path: Path, id: str | None, hint: str | None = None) -> None:
        self.problems.append(Problem(message, path, id, hint))

    def run(self) -> list[Problem]:
        self._ids()
        self._sources()
        self._statements()
        self._supports()
        self._attacks()
        self._preferences()
        return self.problems

    def _ids(self) -> None:
        m = self.m
        groups: list[tuple[str, str, Sequence[object]]] = [
            ("sources", "source", m.sources),
            ("participants", "participant", m.participants),
            ("statements", "statement", m.statements),
            ("supports", "support", m.supports),
            ("attacks", "attack", m.attacks),
        ]
        first_seen: dict[str, str] = {}
        for key, kind, items in groups:
            for i, item in enumerate(items):
                item_id: str = getattr(item, "id")  # noqa: B009 - every group has ids
                if item_id in first_seen:
                    self.add(
                        f"duplicate id {item_id!r}: already used by {first_seen[item_id]}",
                        (key, i, "id"),
                        item_id,
                        "give every source, participant, statement, support and attack its own id",
                    )
                    continue
                first_seen[item_id] = f"{kind} {key}[{i}]"
                self.kind_of[item_id] = kind

    def _expect(
        self, ref: str, kinds: Sequence[str], path: Path, owner: str, what: str
    ) -> str | None:
        """Check that ``ref`` names an object of one of ``kinds``; return its kind."""
        kind = self.kind_of.get(ref)
        if kind is None:
            if ref not in self.tolerate:
                self.add(
                    f"{what} {ref!r} does not exist",
                    path,
                    owner,
                    f"use the id of an existing {' or '.join(kinds)}{self._suggest(ref, kinds)}",
                )
            return None
        if kind not in kinds:
            self.add(
                f"{what} {ref!r} is a {kind}, not a {' or '.join(kinds)}",
                path,
                owner,
                f"use the id of a {' or '.join(kinds)}",
            )
            return None
        return kind

    def _suggest(self, ref: str, kinds: Sequence[str]) -> str:
        """A close existing id for an unknown reference, for the first :data:`HINT_LIMIT`
        unknown references only, among the ids nearest by prefix and by suffix
        (:class:`HintIndex`): a map with thousands of misspellings is checked in
        near-linear time, not quadratic."""
        if self.hints_given >= HINT_LIMIT or len(ref) > HINT_MAX_LENGTH:
            return ""
        self.hints_given += 1
        key = tuple(kinds)
        if key not in self.hint_indexes:
            self.hint_indexes[key] = HintIndex(i for i, k in self.kind_of.items() if k in kinds)
        close = self.hint_indexes[key].closest(ref)
        return f" (did you mean {close!r}?)" if close else ""

    def _sources(self) -> None:
        for i, source in enumerate(self.m.sources):
            if source.text is None and source.file is None:
                self.add(
                    "source has neither a text nor a file",
                    ("sources", i),
                    source.id,
                    "add `file: <path relative to the map>` or `text: ...`",
                )
            if source.text is None:
                continue
            length = len(source.text)
            for j, section in enumerate(source.sections):
                if section.span[1] > length:
                    self.add(
                        f"section span {list(section.span)} ends after the end of the source "
                        f"text ({length} characters)",
                        ("sources", i, "sections", j, "span"),
                        section.id,
                        f"keep spans within [0, {length}]",
                    )

    def _statements(self) -> None:
        statements = self.m.statements
        kinds = {s.id: s.kind.value for s in statements}
        sources = {s.id: s for s in self.m.sources}
        for i, st in enumerate(statements):
            if st.answers is not None:
                path: Path = ("statements", i, "answers")
                known = self._expect(st.answers, ("statement",), path, st.id, "answered issue")
                if known and kinds.get(st.answers) != "issue":
                    self.add(
                        f"`answers` names {st.answers!r}, which is a claim, not an issue",
                        path,
                        st.id,
                        "point `answers` to a statement of kind issue, "
                        "or relate the two claims with a support or an attack",
                    )
                if st.kind.value == "issue":
                    self.add(
                        "an issue cannot answer another issue",
                        path,
                        st.id,
                        "remove `answers`, or make this statement a claim",
                    )
            self._stance(st, i)
            if st.premise and st.kind.value == "issue":
                self.add(
                    "an issue is marked `premise`: a question is not asserted",
                    ("statements", i, "premise"),
                    st.id,
                    "remove `premise: true`, or make this statement a claim",
                )
            prov = st.provenance
            if prov is None:
                continue
            if st.implicit:
                self.add(
                    "an implicit premise has a provenance: nobody said it",
                    ("statements", i, "provenance"),
                    st.id,
                    "remove the provenance, or set `implicit: false` if the text says it",
                )
            base: Path = ("statements", i, "provenance")
            self._expect(prov.speaker, ("participant",), (*base, "speaker"), st.id, "speaker")
            if prov.source is None:
                continue
            self._expect(prov.source, ("source",), (*base, "source"), st.id, "source")
            source = sources.get(prov.source)
            if prov.quote is None:
                continue
            if source is None or source.text is None:
                if source is not None and source.id not in self.unread:
                    self.add(
                        f"cannot check the quote: the text of source {source.id!r} is not loaded",
                        (*base, "quote"),
                        st.id,
                        "load the map from its file (argmap.io.load) so the source file is read, "
                        "or give the source an inline `text`",
                    )
                continue
            if prov.span is None:
                self.problems += unlocated_quote(st.id, base, prov.quote, source.text)
                continue
            self.problems += quote_at_span(st.id, base, prov.quote, prov.span, source.text, source)

    def _stance(self, st: Statement, i: int) -> None:
        """A stance other than asserted needs a speaker to stand towards the statement."""
        stance = st.stance.value
        if stance == "asserted":
            return
        path: Path = ("statements", i, "stance")
        if st.kind.value == "issue":
            self.add(
                f"an issue cannot be {stance}: it is the question debated, not a claim",
                path,
                st.id,
                "remove `stance`",
            )
        elif st.implicit:
            self.add(
                f"an implicit premise cannot be {stance}: nobody said it",
                path,
                st.id,
                "remove `stance`, or quote the speaker who voices it and set `implicit: false`",
            )
        elif st.provenance is None:
            self.add(
                f"a {stance} statement needs the speaker who voices it",
                path,
                st.id,
                "add `provenance: {speaker: <participant id>}` (and the quote), or remove `stance`",
            )

    def _supports(self) -> None:
        kinds = {s.id: s.kind.value for s in self.m.statements}
        seen: Counter[tuple[frozenset[str], str]] = Counter()
        for i, sup in enumerate(self.m.supports):
            base: Path = ("supports", i)
            if (
                self._expect(
                    sup.conclusion, ("statement",), (*base, "conclusion"), sup.id, "conclusion"
                )
                and kinds.get(sup.conclusion) == "issue"
            ):
                self.add(
                    f"conclusion {sup.conclusion!r} is an issue: a question is not supported",
                    (*base, "conclusion"),
                    sup.id,
                    "support a claim that answers the issue (`answers:`) instead",
                )
            for premise in sup.roles:
                if premise not in sup.premises:
                    self.add(
                        f"roles names {premise!r}, which is not a premise of this support",
                        (*base, "roles", premise),
                        sup.id,
                        f"give roles to the premises: {', '.join(sup.premises)}",
                    )
            repeated = [p for p, n in Counter(sup.premises).items() if n > 1]
            if repeated:
                self.add(
                    f"premise {repeated[0]!r} is listed twice",
                    (*base, "premises"),
                    sup.id,
                    "list each co-premise once",
                )
            for j, premise in enumerate(sup.premises):
                if not self._expect(
                    premise, ("statement",), (*base, "premises", j), sup.id, "premise"
                ):
                    continue
                if premise == sup.conclusion:
                    self.add(
                        f"{premise!r} is both a premise and the conclusion",
                        (*base, "premises", j),
                        sup.id,
                        "a statement cannot support itself; remove it from the premises",
                    )
                elif kinds.get(premise) == "issue":
                    self.add(
                        f"premise {premise!r} is an issue: a question supports nothing",
                        (*base, "premises", j),
                        sup.id,
                        "use a claim as premise",
                    )
            key = (frozenset(sup.premises), sup.conclusion)
            seen[key] += 1
            if seen[key] == 2:
                self.add(
                    "the same premises already support the same conclusion in another support",
                    base,
                    sup.id,
                    "merge the two supports",
                )

    def _attacks(self) -> None:
        kinds = {s.id: s.kind.value for s in self.m.statements}
        premises = {p for sup in self.m.supports for p in sup.premises}
        strict = {sup.id for sup in self.m.supports if sup.strict}
        seen: set[tuple[str, str, str]] = set()
        for i, att in enumerate(self.m.attacks):
            base: Path = ("attacks", i)
            known = self._expect(att.source, ("statement",), (*base, "source"), att.id, "attacker")
            if known and kinds.get(att.source) == "issue":
                self.add(
                    f"attacker {att.source!r} is an issue: a question attacks nothing",
                    (*base, "source"),
                    att.id,
                    "use a claim as attacker",
                )
            kind = att.kind.value
            target_path: Path = (*base, "target")
            if kind == "undercut" and att.contradictory:
                self.add(
                    "an undercut cannot be `contradictory`: an inference attacks no statement back",
                    (*base, "contradictory"),
                    att.id,
                    "remove `contradictory: true`",
                )
            if kind == "undercut" and att.target in strict:
                self.add(
                    f"an undercut attacks {att.target!r}, a strict inference, which admits "
                    "no exception",
                    target_path,
                    att.id,
                    f"remove `strict: true` from {att.target!r} if the inference can have "
                    "exceptions, or attack one of its premises instead",
                )
            if kind == "undercut":
                target_kind = self.kind_of.get(att.target)
                if target_kind == "statement":
                    self.add(
                        f"an undercut attacks an inference, but {att.target!r} is a statement",
                        target_path,
                        att.id,
                        "give the id of the support it undercuts, or use `kind: rebut` "
                        "(against a claim) or `kind: undermine` (against a premise)",
                    )
                else:
                    self._expect(att.target, ("support",), target_path, att.id, "undercut target")
            else:
                if self.kind_of.get(att.target) == "support":
                    self.add(
                        f"a {kind} attacks a statement, but {att.target!r} is a support "
                        "(an inference)",
                        target_path,
                        att.id,
                        "use `kind: undercut` to attack an inference",
                    )
                elif self._expect(att.target, ("statement",), target_path, att.id, "target"):
                    if kinds.get(att.target) == "issue":
                        self.add(
                            f"target {att.target!r} is an issue: a question cannot be attacked",
                            target_path,
                            att.id,
                            "attack a position that answers the issue instead",
                        )
                    elif kind == "undermine" and att.target not in premises:
                        self.add(
                            f"an undermine attacks a premise, but {att.target!r} is not "
                            "a premise of any support",
                            target_path,
                            att.id,
                            "use `kind: rebut` to attack a claim, or add the support "
                            "in which it is a premise",
                        )
            key = (att.source, att.target, kind)
            if key in seen:
                self.add(
                    f"{att.source!r} already has a {kind} on {att.target!r}",
                    base,
                    att.id,
                    "remove the repeated attack",
                )
            seen.add(key)

    def _preferences(self) -> None:
        """Each preference relates two statements or two supports; together they
        form a strict order (no cycle)."""
        stronger_than: dict[str, set[str]] = {}
        for i, pref in enumerate(self.m.preferences):
            base: Path = ("preferences", i)
            owner = f"{pref.stronger}>{pref.weaker}"
            kinds = ("statement", "support")
            strong = self._expect(pref.stronger, kinds, (*base, "stronger"), owner, "stronger")
            weak = self._expect(pref.weaker, kinds, (*base, "weaker"), owner, "weaker")
            if strong is None or weak is None:
                continue
            if strong != weak:
                self.add(
                    f"{pref.stronger!r} is a {strong} but {pref.weaker!r} is a {weak}: "
                    "a preference compares two statements or two supports",
                    base,
                    owner,
                    "compare premises with premises and inferences with inferences",
                )
                continue
            cycle = _path(stronger_than, pref.weaker, pref.stronger)
            if pref.stronger == pref.weaker or cycle:
                loop = " > ".join([pref.stronger, *(cycle or [pref.weaker])])
                self.add(
                    f"the preferences go round in a circle: {loop}",
                    base,
                    owner,
                    "preferences are strict: remove or reverse one of them",
                )
                continue
            stronger_than.setdefault(pref.stronger, set()).add(pref.weaker)


def _path(edges: dict[str, set[str]], start: str, goal: str) -> list[str] | None:
    """A path ``start .. goal`` along ``edges`` (breadth first), or ``None``."""
    previous: dict[str, str | None] = {start: None}
    queue = [start]
    for node in queue:
        if node == goal:
            path = [node]
            while (back := previous[path[-1]]) is not None:
                path.append(back)
            return path[::-1]
        for nxt in sorted(edges.get(node, ())):
            if nxt not in previous:
                previous[nxt] = node
                queue.append(nxt)
    return None
