"""A structural critique of a map: what a careful reader would question.

Like the feedback of intelligent tutoring systems for argument diagrams (LARGO,
Pinkwart et al. 2006; the guidance of Rationale, van Gelder 2007), :func:`critique`
reads the shape of a map, not the truth of its statements, and lists each
finding with the statement ids, why it matters and what to do:

==========================  ===========================================================
finding                     what it looks for
==========================  ===========================================================
``position-without-reason``  a position on an issue that no support backs
``unanswered-objection``     an attack whose attacking statement nothing attacks
``circular-support``         statements that support each other in a circle
``linked-not-needed``        a linked support one of whose premises is also given alone
                             for the same conclusion: is it really needed jointly?
``convergent-needs-link``    single-premise supports of one conclusion whose scheme
                             needs more than one premise: one linked argument?
``missing-premise``          a support with a scheme and fewer premises than the
                             scheme's roles: an implicit premise is missing
``position-untouched``       a position that nothing supports or attacks
``self-attack``              a statement attacked only by itself
``overlapping-quotes``       two statements whose quotes overlap in the source
``open-question``            a critical question of an argument's scheme that no
                             relation takes up (:func:`argmap.schemes.open_questions`)
==========================  ===========================================================

The critique is deterministic (map order) and linear in the map but for the
overlap of quotes (sorted by start) and circular support (strongly connected
components, Tarjan's algorithm through networkx).

References
----------
.. [1] N. Pinkwart, V. Aleven, K. Ashley and C. Lynch, "Toward legal argument
   instruction with graph grammars and collaborative filtering techniques", ITS
   2006, 227-236.
.. [2] T. van Gelder, "The rationale for Rationale", Law, Probability and Risk
   6:23-42, 2007.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from argmap.frameworks.abstract import AF
from argmap.i18n.critique import WORDING, render
from argmap.model import ArgumentMap
from argmap.schemes import catalogue, open_questions
from argmap.semantics.adjacency import Adjacency
from argmap.semantics.scc import strongly_connected_components

KINDS = tuple(WORDING)
"""Every kind of finding, in the order they are listed."""


@dataclass(frozen=True)
class Finding:
    """One thing to question: its kind, the elements involved, and the words for it."""

    kind: str
    ids: tuple[str, ...]
    values: dict[str, str] = field(default_factory=dict, compare=False)

    def message(self, language: str = "en") -> str:
        """What is found, in ``language``."""
        return render(self.kind, "message", self.values, language)

    def why(self, language: str = "en") -> str:
        """Why it matters."""
        return render(self.kind, "why", self.values, language)

    def action(self, language: str = "en") -> str:
        """What to do."""
        return render(self.kind, "action", self.values, language)

    def to_json(self, language: str = "en") -> dict[str, Any]:
        return {
            "kind": self.kind,
            "ids": list(self.ids),
            "message": self.message(language),
            "why": self.why(language),
            "action": self.action(language),
        }


def critique(m: ArgumentMap, *, language: str = "en") -> tuple[Finding, ...]:
    """Every finding of the structural critique of ``m`` (see the module docstring).

    ``language`` chooses the language of the paraphrases quoted in the findings.

    Examples
    --------
    >>> m = ArgumentMap(title="t", statements=[
    ...     {"id": "q", "kind": "issue", "text": {"en": "Tea?"}},
    ...     {"id": "tea", "text": {"en": "Drink tea."}, "answers": "q"},
    ...     {"id": "hot", "text": {"en": "Tea is too hot."}}],
    ...     attacks=[{"id": "x", "kind": "rebut", "source": "hot", "target": "tea"}])
    >>> [(f.kind, f.ids) for f in critique(m)]
    [('position-without-reason', ('tea',)), ('unanswered-objection', ('hot', 'tea'))]
    >>> critique(m)[1].message()
    'Nobody answers the objection “Tea is too hot.” to “Drink tea.”'
    """
    say = _Namer(m, language)
    found: list[Finding] = []
    supported = {s.conclusion for s in m.supports}
    attacked = {a.target for a in m.attacks}
    positions = [s for s in m.statements if s.answers is not None]
    for position in positions:
        if position.id in supported:
            continue
        if position.id in attacked:
            found.append(
                Finding("position-without-reason", (position.id,), {"claim": say(position.id)})
            )
        else:
            found.append(Finding("position-untouched", (position.id,), {"claim": say(position.id)}))
    for attack in m.attacks:
        if attack.source == attack.target:
            others = [a for a in m.attacks_on(attack.target) if a.source != attack.target]
            if not others:
                found.append(
                    Finding("self-attack", (attack.source,), {"claim": say(attack.source)})
                )
            continue
        if attack.source not in attacked:
            target = attack.target
            if attack.kind.value == "undercut":
                target = m.support(attack.target).conclusion
            found.append(
                Finding(
                    "unanswered-objection",
                    (attack.source, attack.target),
                    {"objection": say(attack.source), "claim": say(target)},
                )
            )
    found += _circles(m, say)
    found += _linking(m, say)
    found += _overlaps(m, say)
    for support in m.supports:
        for question in open_questions(m, support.id):
            found.append(
                Finding(
                    "open-question",
                    (support.id, support.conclusion),
                    {
                        "claim": say(support.conclusion),
                        "question_en": question.text("en"),
                        "question_fr": question.text("fr"),
                        "attack": question.attack,
                        "question_id": question.id,
                    },
                )
            )
    order = {kind: n for n, kind in enumerate(KINDS)}
    return tuple(sorted(found, key=lambda f: order[f.kind]))


class _Namer:
    """Statements as people read them: the paraphrase, shortened."""

    def __init__(self, m: ArgumentMap, language: str) -> None:
        self.m = m
        self.language = language

    def __call__(self, sid: str, limit: int = 90) -> str:
        text = " ".join(self.m.statement(sid).paraphrase(self.language).split())
        if len(text) <= limit:
            return text
        cut = text[:limit].rsplit(" ", 1)[0].rstrip(",;:")
        return cut + "…"


def _circles(m: ArgumentMap, say: _Namer) -> list[Finding]:
    # premise → conclusion links as the arrows of a graph; a circle is a strongly
    # connected component of more than one statement
    ids = [s.id for s in m.statements]
    links = AF(ids, sorted({(p, s.conclusion) for s in m.supports for p in s.premises}))
    order = {sid: n for n, sid in enumerate(ids)}
    found = []
    for component in strongly_connected_components(Adjacency.of(links)):
        if len(component) > 1:
            ids_in = tuple(ids[i] for i in component)  # in the map's order
            names = " → ".join(say(i, 50) for i in ids_in)
            found.append(Finding("circular-support", ids_in, {"claims": names}))
    return sorted(found, key=lambda f: order[f.ids[0]])


def _linking(m: ArgumentMap, say: _Namer) -> list[Finding]:
    found: list[Finding] = []
    alone: dict[str, set[str]] = defaultdict(set)
    for support in m.supports:
        if not support.linked:
            alone[support.conclusion].add(support.premises[0])
    for support in m.supports:
        if support.linked:
            for premise in support.premises:
                if premise in alone[support.conclusion]:
                    found.append(
                        Finding(
                            "linked-not-needed",
                            (support.id, premise),
                            {"premise": say(premise), "claim": say(support.conclusion)},
                        )
                    )
    specs = catalogue()
    single: dict[str, list[str]] = defaultdict(list)
    for support in m.supports:
        spec = specs.get(support.scheme) if support.scheme else None
        if spec is not None and len(support.premises) < len(spec.premises):
            if len(support.premises) == 1:
                single[support.conclusion].append(support.id)
            found.append(
                Finding(
                    "missing-premise",
                    (support.id,),
                    {
                        "claim": say(support.conclusion),
                        "scheme": spec.name("en").lower(),
                        "scheme_fr": spec.name("fr").lower(),
                        "roles": ", ".join(spec.roles),
                        "count": str(len(support.premises)),
                        "needed": str(len(spec.premises)),
                    },
                )
            )
    for conclusion, ids in single.items():
        if len(ids) > 1:
            found.append(Finding("convergent-needs-link", tuple(ids), {"claim": say(conclusion)}))
    return found


def _overlaps(m: ArgumentMap, say: _Namer) -> list[Finding]:
    spans = sorted(
        (s.provenance.source, s.provenance.span[0], s.provenance.span[1], n, s.id)
        for n, s in enumerate(m.statements)
        if s.provenance is not None
        and s.provenance.source is not None
        and s.provenance.span is not None
        and s.provenance.span[1] > s.provenance.span[0]
    )
    found = []
    reach: tuple[str, int, str] | None = None  # source, furthest end, its statement
    for source, start, end, _, sid in spans:
        if reach is not None and reach[0] == source and start < reach[1]:
            found.append(
                Finding(
                    "overlapping-quotes",
                    (reach[2], sid),
                    {"first": say(reach[2], 60), "second": say(sid, 60)},
                )
            )
        if reach is None or reach[0] != source or end > reach[1]:
            reach = (source, end, sid)
    return found


__all__ = ["KINDS", "Finding", "critique"]
