"""A readable outline of a map for the terminal.

The outline starts from each issue and walks down: the positions that answer
it, then for every statement its supports (linked premises grouped under one
inference) and the attacks on it, and under each support the undercuts on that
inference. A statement reached twice is printed once and referred to after that
(``↑ see [id]``), so cycles end. Statements not reachable from an issue close
the outline.

Its words come from :mod:`argmap.i18n.diagrams`, in the outline's language.
Markers: ``?`` issue, ``+`` support, ``−`` attack (rebut / undermine / undercut),
``*`` implicit premise. Text is the map's own paraphrase in the chosen language;
quotes are shown with their speaker, and with how the speaker voices them when
the statement is not the speaker's own view (``— conceded by Ann for the sake of
argument``, :class:`~argmap.model.Stance`); without quotes, such a statement's
stance follows its id (``[id] (conceded)``).
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterable, Iterator

from argmap.i18n import diagram_word
from argmap.model import ArgumentMap, Attack, Stance, Statement, localised, stance_label, voiced_by

_INDENT = "   "
MAX_INDENT_LEVELS = 12
"""Levels of indentation shown; deeper lines keep this indentation and say their
level (``⋯57``), so a chain thousands deep prints lines of bounded width."""

_Task = tuple[Statement, int, str] | str
"""What the outline still has to write: a statement (with its level and marker)
or a finished line."""


def _pad(depth: int) -> str:
    if depth <= MAX_INDENT_LEVELS:
        return _INDENT * depth
    return _INDENT * MAX_INDENT_LEVELS + f"⋯{depth} "


def outline(
    m: ArgumentMap,
    *,
    language: str = "en",
    width: int = 100,
    quotes: bool = True,
) -> str:
    """The outline of ``m`` as text (see the module docstring).

    Examples
    --------
    >>> m = ArgumentMap(title="Tea?", statements=[
    ...     {"id": "q", "kind": "issue", "text": {"en": "Tea or coffee?"}},
    ...     {"id": "tea", "text": {"en": "Tea."}, "answers": "q"},
    ...     {"id": "calm", "text": {"en": "Tea calms."}},
    ...     {"id": "jit", "text": {"en": "Tea makes me jittery."}}],
    ...     supports=[{"id": "s", "premises": ["calm"], "conclusion": "tea"}],
    ...     attacks=[{"id": "a", "kind": "rebut", "source": "jit", "target": "tea"}])
    >>> print(outline(m))
    Tea?
    <BLANKLINE>
    ? [q] Tea or coffee?
       • [tea] Tea.
          + [s] supported by
             • [calm] Tea calms.
          − [a] rebutted by
             • [jit] Tea makes me jittery.
    """
    return _Outliner(m, language, width, quotes).render()


class _Outliner:
    def __init__(self, m: ArgumentMap, language: str, width: int, quotes: bool) -> None:
        self.m = m
        self.language = language
        self.width = max(width, 40)
        self.quotes = quotes
        self.lines: list[str] = []
        self.seen: set[str] = set()
        self.speakers = {p.id: p.name for p in m.participants}

    def render(self) -> str:
        m = self.m
        self.lines.append(localised(m.title, self.language))
        if m.sources:
            for source in m.sources:
                by = f" — {source.author}" if source.author else ""
                where = f" ({source.publisher})" if source.publisher else ""
                title = f"{localised(source.title, self.language)}{by}{where}"
                self.lines.append(self._word("outline_source", title=title))
        if m.participants:
            names = ", ".join(
                p.name + (f" ({localised(p.role, self.language)})" if p.role else "")
                for p in m.participants
            )
            self.lines.append(self._word("outline_participants", names=names))
        self.lines.append("")
        for issue in m.issues:
            self._statement(issue, 0, "?")
        rest = [s for s in m.statements if s.id not in self.seen]
        if rest:
            self.lines.append("")
            self.lines.append(self._word("outline_unconnected"))
            for st in rest:
                if st.id not in self.seen:
                    self._statement(st, 0, "•")
        return "\n".join(self.lines)

    def _statement(self, first: Statement, first_depth: int, first_marker: str) -> None:
        """Write ``first`` and everything below it, depth first.

        The walk keeps its own stack of what is left to write (a statement, a
        support's header line, the attacks on something) instead of recursing: a
        chain of supports or attacks can be thousands of statements deep.
        """
        todo: list[_Task] = [(first, first_depth, first_marker)]
        while todo:
            task = todo.pop()
            if isinstance(task, str):
                self.lines.append(task)
                continue
            st, depth, marker = task
            pad = _pad(depth)
            if st.implicit:
                marker = "*"
            if st.id in self.seen:
                self._wrap(pad, f"{marker} [{st.id}] {self._word('outline_seen')}")
                continue
            self.seen.add(st.id)
            voiced = self.quotes and st.provenance is not None
            stance = ""
            if st.stance is not Stance.ASSERTED and not voiced:
                stance = f"({stance_label(st.stance, self.language)}) "
            self._wrap(pad, f"{marker} [{st.id}] {stance}{st.paraphrase(self.language)}")
            if voiced and st.provenance is not None:
                who = self.speakers.get(st.provenance.speaker, st.provenance.speaker)
                if st.stance is not Stance.ASSERTED:
                    who = voiced_by(st.stance, who, self.language)
                if st.provenance.quote is not None:
                    self._wrap(pad + "    ", f"“{_one_line(st.provenance.quote)}” — {who}")
                else:
                    self._wrap(pad + "    ", f"— {who} {self._word('outline_paraphrased')}")
            below: list[_Task] = [
                (position, depth + 1, "•") for position in self.m.positions_on(st.id)
            ]
            for support in self.m.supporters_of(st.id):
                label = self._word("outline_linked" if support.linked else "outline_support")
                below.append(f"{_pad(depth + 1)}+ [{support.id}] {label}")
                below.extend(
                    (self.m.statement(premise), depth + 2, "•") for premise in support.premises
                )
                below.extend(self._attacks(self.m.attacks_on(support.id), depth + 2))
            below.extend(self._attacks(self.m.attacks_on(st.id), depth + 1))
            todo.extend(reversed(below))

    def _attacks(self, attacks: Iterable[Attack], depth: int) -> Iterator[_Task]:
        """The header line of each attack, then its source, one level deeper."""
        pad = _pad(depth)
        for attack in attacks:
            yield f"{pad}− [{attack.id}] {self._word(f'outline_{attack.kind.value}')}"
            yield (self.m.statement(attack.source), depth + 1, "•")

    def _word(self, key: str, **slots: str) -> str:
        return diagram_word(key, self.language, **slots)

    def _wrap(self, pad: str, text: str) -> None:
        self.lines.extend(
            textwrap.wrap(
                text,
                width=self.width,
                initial_indent=pad,
                subsequent_indent=pad + "    ",
                break_on_hyphens=False,
            )
            or [pad]
        )


def _one_line(text: str) -> str:
    return " ".join(text.split())
