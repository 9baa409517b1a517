"""The questions a map gives: :func:`exercise_sheet`.

Every choice among distractors and every order of options is drawn from a
pseudo-random generator seeded by the ids involved (SHA-256 of them), so the
same map and kinds give the same sheet, on any machine and in any run.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
from collections.abc import Iterable, Sequence
from typing import Any

from argmap.evaluation import Status, evaluate
from argmap.exercises.questions import (
    KINDS,
    RELATION_KINDS,
    STATUSES,
    ChoiceQuestion,
    ExerciseSheet,
    Mark,
    MarkupQuestion,
    Question,
    Role,
    Target,
)
from argmap.model import ArgumentMap, Scheme, Source, StatementKind, Support, localised
from argmap.schemes import catalogue, taken_up

READING = "grounded"
"""The semantics whose statuses the status exercise asks the student to predict."""

DISTRACTORS = 3
"""Wrong options offered beside the key of an implicit-premise or scheme question."""

FOREIGN_QUESTIONS = 2
"""Critical questions of other schemes offered beside those of the argument's scheme."""

_BLANK_LINES = re.compile(r"\n[ \t]*\n")


def exercise_sheet(m: ArgumentMap, kinds: Iterable[str] = KINDS) -> ExerciseSheet:
    """The exercise sheet of ``m``: every question of the ``kinds`` asked, with its key.

    ``markup``
        one :class:`~argmap.exercises.questions.MarkupQuestion` per passage of a
        source that holds quotes (:func:`passages`);
    ``relations``
        classify each support and attack (support, rebut, undermine, undercut),
        in an order drawn from their ids;
    ``implicit``
        for each implicit premise of a support, pick it among other statements
        (implicit ones first, as they read alike);
    ``status``
        predict each claim's status under grounded semantics (Dung 1995): ``in``,
        ``out`` or ``undec``;
    ``schemes``
        name the scheme of each support that has one (its own, or the single
        scheme its premises are tagged with), among other schemes of the
        catalogue; then pick a critical question that would hurt it: any question
        of its scheme that no relation of the map takes up is accepted
        (:func:`argmap.schemes.taken_up`), those taken up already have an answer
        in the map, and questions of other schemes do not apply.

    Raises
    ------
    ValueError
        For a kind not in :data:`~argmap.exercises.questions.KINDS`, or none.

    Examples
    --------
    >>> m = ArgumentMap(title="Tea?", statements=[
    ...     {"id": "tea", "text": {"en": "Tea."}}, {"id": "jit", "text": {"en": "Jittery."}}],
    ...     attacks=[{"id": "x", "kind": "rebut", "source": "jit", "target": "tea"}])
    >>> sheet = exercise_sheet(m, ["relations", "status"])
    >>> [(q.id, sorted(q.key)) for q in sheet.questions]
    [('relation:x', ['rebut']), ('status:tea', ['out']), ('status:jit', ['in'])]
    """
    wanted = _kinds(kinds)
    questions: list[Question] = []
    for kind in wanted:
        if kind == "markup":
            questions += markup_questions(m)
        elif kind == "relations":
            questions += relation_questions(m)
        elif kind == "implicit":
            questions += implicit_questions(m)
        elif kind == "status":
            questions += status_questions(m)
        else:
            questions += scheme_questions(m)
    return ExerciseSheet(
        title=localised(m.title),
        kinds=wanted,
        questions=tuple(questions),
        fingerprint=fingerprint(questions),
        reading=READING,
    )


def _kinds(kinds: Iterable[str]) -> tuple[str, ...]:
    given = [k.strip() for k in kinds if k.strip()]
    unknown = [k for k in given if k not in KINDS]
    if unknown:
        raise ValueError(f"unknown exercise kind {unknown[0]!r}; choose among: {', '.join(KINDS)}")
    if not given:
        raise ValueError(f"choose at least one exercise kind among: {', '.join(KINDS)}")
    return tuple(k for k in KINDS if k in given)


def _random(*parts: str) -> random.Random:
    """A generator seeded by ``parts`` alone (not by Python's per-run string hashing)."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))


def fingerprint(questions: Sequence[Question]) -> str:
    """A short digest of the questions and their keys: what an export of answers refers to."""
    data: list[Any] = []
    for q in questions:
        if isinstance(q, MarkupQuestion):
            data.append([q.id, q.span, q.text, [[t.statement, *_mark(t.mark)] for t in q.targets]])
        else:
            data.append([q.id, q.kind, q.subject, q.options, sorted(q.key)])
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _mark(mark: Mark) -> list[Any]:
    return [mark.start, mark.end, mark.label]


# -- markup --------------------------------------------------------------------------------


def roles(m: ArgumentMap) -> dict[str, Role]:
    """The label each claim of ``m`` gets in a markup exercise (see
    :data:`~argmap.exercises.questions.ROLES`).

    >>> m = ArgumentMap(title="t", statements=[
    ...     {"id": "q", "kind": "issue", "text": {"en": "Q?"}},
    ...     {"id": "a", "text": {"en": "A"}, "answers": "q"}, {"id": "r", "text": {"en": "R"}},
    ...     {"id": "o", "text": {"en": "O"}}],
    ...     supports=[{"id": "s", "premises": ["r"], "conclusion": "a"}],
    ...     attacks=[{"id": "x", "kind": "undermine", "source": "o", "target": "r"}])
    >>> roles(m)
    {'a': 'claim', 'r': 'reason', 'o': 'objection'}
    """
    attackers = {a.source for a in m.attacks}
    premises = {p for s in m.supports for p in s.premises}
    result: dict[str, Role] = {}
    for st in m.statements:
        if st.kind is StatementKind.ISSUE:
            continue
        if st.answers is not None:
            result[st.id] = "claim"
        elif st.id in attackers:
            result[st.id] = "objection"
        elif st.id in premises:
            result[st.id] = "reason"
        else:
            result[st.id] = "claim"
    return result


def passages(source: Source) -> tuple[tuple[str, tuple[int, int]], ...]:
    """The passages of a source a markup exercise may show: a name and a span each.

    Its sections that are not page chrome (named by their ids; of sections with the
    same span, the first), when it has sections; otherwise its paragraphs (cut at
    blank lines, without the whitespace around them, named by their numbers).
    A markup question's id is ``markup:<source>:<passage name>``.

    >>> passages(Source(id="s", title="S", text="One.\\n\\nTwo.\\n"))
    (('1', (0, 4)), ('2', (6, 10)))
    """
    text = source.text or ""
    if source.sections:
        named: dict[tuple[int, int], str] = {}
        for section in source.sections:
            a, b = section.span
            if not section.chrome and b > a:
                named.setdefault((a, b), section.id)
        return tuple((name, span) for span, name in sorted(named.items()))
    result = []
    start = 0
    for blank in _BLANK_LINES.finditer(text):
        result.append((start, blank.start()))
        start = blank.end()
    result.append((start, len(text)))
    trimmed: list[tuple[int, int]] = []
    for a, b in result:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            trimmed.append((a, b))
    return tuple((str(number), span) for number, span in enumerate(trimmed, start=1))


def markup_questions(m: ArgumentMap) -> list[MarkupQuestion]:
    """One question per passage holding quotes: each claim's quote lies in the smallest
    passage containing it (a quote in none is not asked about)."""
    labels = roles(m)
    questions = []
    for source in m.sources:
        text = source.text or ""
        named = passages(source)
        spans = [span for _, span in named]
        found: dict[tuple[int, int], list[Target]] = {}
        for st in m.statements:
            prov = st.provenance
            if st.id not in labels or prov is None or prov.source != source.id or not prov.span:
                continue
            start, end = prov.span
            around = [p for p in spans if p[0] <= start and end <= p[1] and end > start]
            if not around:
                continue
            passage = min(around, key=lambda p: (p[1] - p[0], p[0]))
            mark = Mark(start - passage[0], end - passage[0], labels[st.id])
            found.setdefault(passage, []).append(Target(st.id, mark))
        for name, span in named:
            if span not in found:
                continue
            targets = tuple(sorted(found[span], key=lambda t: (t.mark, t.statement)))
            questions.append(
                MarkupQuestion(
                    f"markup:{source.id}:{name}",
                    source.id,
                    span,
                    text[span[0] : span[1]],
                    targets,
                )
            )
    return questions


# -- relations, implicit premises, statuses ------------------------------------------------


def relation_questions(m: ArgumentMap) -> list[ChoiceQuestion]:
    """Classify every support and attack, in an order drawn from their ids."""
    questions = [
        ChoiceQuestion(
            f"relation:{s.id}", "relation", (s.id,), RELATION_KINDS, frozenset({"support"})
        )
        for s in m.supports
    ]
    questions += [
        ChoiceQuestion(
            f"relation:{a.id}", "relation", (a.id,), RELATION_KINDS, frozenset({a.kind.value})
        )
        for a in m.attacks
    ]
    _random("relations", *(q.id for q in questions)).shuffle(questions)
    return questions


def implicit_questions(m: ArgumentMap) -> list[ChoiceQuestion]:
    """For each implicit premise of a support, pick it among other statements.

    The distractors are statements outside the support, implicit ones first
    (they are worded as general rules, like the key), drawn at random; a premise
    with no possible distractor is not asked about.
    """
    claims = [s for s in m.statements if s.kind is not StatementKind.ISSUE]
    questions = []
    for support in m.supports:
        for premise in support.premises:
            if not m.statement(premise).implicit:
                continue
            inside = {*support.premises, support.conclusion}
            key_text = m.statement(premise).paraphrase()
            others = [s for s in claims if s.id not in inside and s.paraphrase() != key_text]
            rng = _random("implicit", support.id, premise)
            implicit = [s.id for s in others if s.implicit]
            explicit = [s.id for s in others if not s.implicit]
            rng.shuffle(implicit)
            rng.shuffle(explicit)
            distractors = (implicit + explicit)[:DISTRACTORS]
            if not distractors:
                continue
            options = [premise, *distractors]
            rng.shuffle(options)
            questions.append(
                ChoiceQuestion(
                    f"implicit:{support.id}:{premise}",
                    "implicit",
                    (support.id, premise),
                    tuple(options),
                    frozenset({premise}),
                )
            )
    return questions


def statuses(m: ArgumentMap) -> dict[str, str]:
    """The status of every claim of ``m`` under :data:`READING` semantics and the default
    reading of the map (:data:`argmap.evaluation.DEFAULT_READING`): ``in``, ``out`` or
    ``undec``."""
    result = evaluate(m, READING)
    codes = {Status.IN: "in", Status.OUT: "out"}
    return {a: codes.get(s, "undec") for a, s in result.statement_statuses().items()}


def status_questions(m: ArgumentMap) -> list[ChoiceQuestion]:
    """Predict the status of every claim, in map order."""
    found = statuses(m)
    return [
        ChoiceQuestion(f"status:{st.id}", "status", (st.id,), STATUSES, frozenset({found[st.id]}))
        for st in m.statements
        if st.id in found
    ]


# -- schemes and critical questions --------------------------------------------------------


def argument_scheme(m: ArgumentMap, support: Support) -> Scheme | None:
    """The scheme of an argument: its own, else the one scheme its premises are tagged with.

    >>> m = ArgumentMap(title="t", statements=[
    ...     {"id": "c", "text": {"en": "C"}},
    ...     {"id": "p", "text": {"en": "P"}, "scheme": "analogy"}],
    ...     supports=[{"id": "s", "premises": ["p"], "conclusion": "c"}])
    >>> argument_scheme(m, m.support("s")).value
    'analogy'
    """
    if support.scheme is not None:
        return support.scheme
    tagged = {m.statement(p).scheme for p in support.premises} - {None}
    return tagged.pop() if len(tagged) == 1 else None


def scheme_questions(m: ArgumentMap) -> list[ChoiceQuestion]:
    """Name the scheme of each argument that has one; then pick a critical question."""
    specs = catalogue()
    names = sorted(s.value for s in specs)
    questions = []
    for support in m.supports:
        scheme = argument_scheme(m, support)
        if scheme is None or scheme not in specs:
            continue
        rng = _random("scheme", support.id, scheme.value)
        others = [n for n in names if n != scheme.value]
        options = [scheme.value, *rng.sample(others, min(DISTRACTORS, len(others)))]
        rng.shuffle(options)
        questions.append(
            ChoiceQuestion(
                f"scheme:{support.id}",
                "scheme",
                (support.id,),
                tuple(options),
                frozenset({scheme.value}),
            )
        )
        spec = specs[scheme]
        done = taken_up(m, support.model_copy(update={"scheme": scheme}))
        open_ids = frozenset(q.id for q in spec.questions if q.id not in done)
        if not open_ids:
            continue
        foreign = [q.id for n in others for q in specs[Scheme(n)].questions]
        choices = [q.id for q in spec.questions]
        choices += rng.sample(foreign, min(FOREIGN_QUESTIONS, len(foreign)))
        rng.shuffle(choices)
        questions.append(
            ChoiceQuestion(
                f"question:{support.id}",
                "critical_question",
                (support.id,),
                tuple(choices),
                open_ids,
            )
        )
    return questions
