"""Building explanations: which proof each semantics gets, and the JSON of a proof.

:func:`explain` and :func:`explain_map` compute the typed proof of a verdict
(:class:`~argmap.explain.proof.Proof`) with the algorithms of
:mod:`argmap.explain.dispute`, :mod:`~argmap.explain.admissible`,
:mod:`~argmap.explain.sceptical` and :mod:`~argmap.explain.sufficient`; an
:class:`Explanation` adds its prose (:mod:`argmap.explain.narrate`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields, is_dataclass, replace
from enum import Enum
from types import MappingProxyType
from typing import Any, assert_never

from argmap.evaluation import Reading, map_view, parse_reading
from argmap.evaluation import Status as SemanticStatus
from argmap.explain.admissible import (
    CredulousProof,
    ExcludedEverywhere,
    NoExtension,
    Refutation,
    SelfAttack,
    TooLargeToShow,
    explain_credulous,
)
from argmap.explain.dispute import Move, explain_grounded
from argmap.explain.names import Vocabulary
from argmap.explain.narrate import render_explanation
from argmap.explain.proof import Proof
from argmap.explain.sceptical import (
    NEVER_SCEPTICAL,
    ScepticalAcceptance,
    ScepticalRejection,
    Status,
    acceptance_status,
    explain_sceptical,
    verdict_of,
)
from argmap.explain.structured import ArgumentWalk
from argmap.explain.sufficient import (
    SUPPORTED,
    ExplanationTooLargeError,
    Sufficiency,
    sufficient_explanations,
)
from argmap.frameworks.abstract import ArgumentationFramework
from argmap.frameworks.structured import structured_framework
from argmap.frameworks.translation import MapFramework
from argmap.i18n import check_language
from argmap.model import ArgumentMap, StatementKind
from argmap.semantics import Semantics, grounded_labelling

Subject = ArgumentMap | MapFramework | ArgumentationFramework
"""What can be explained: a map (through its Dung framework) or a bare framework."""

MAX_TREE_NODES = 2_000
"""Moves of a tree written out by :meth:`Explanation.to_dict` before it is cut."""
MAX_TREE_DEPTH = 200
"""Moves on one line of a tree written out by :meth:`Explanation.to_dict` before it is
cut: JSON encoders and readers nest one level per move, and many (Python's own
among them) give up a few hundred levels deep."""


@dataclass(frozen=True)
class Explanation(Proof):
    """Why ``argument`` is accepted or not: the typed proof (:class:`Proof`) and its text.

    :attr:`text` is the prose in ``language``; :meth:`render` writes it in another.
    """

    def __repr__(self) -> str:
        """A one-line summary: the argument, its verdict and the semantics.

        >>> from argmap.frameworks import AF
        >>> explain(AF(["a", "b"], [("a", "b")]), "b")
        <Explanation 'b' is rejected under grounded (en)>
        """
        return (
            f"<Explanation {self.argument!r} is {self.status.value} under "
            f"{self.semantics.value} ({self.language})>"
        )

    @property
    def text(self) -> str:
        """The explanation in :attr:`language`, as paragraphs separated by blank lines."""
        return render_explanation(self, self.language)

    def render(self, language: str) -> str:
        """The explanation in ``language`` (``"en"`` or ``"fr"``)."""
        return render_explanation(self, language)

    def to_dict(self) -> dict[str, Any]:
        """The explanation as JSON-ready data: the typed proof and the text.

        Trees are written out move by move (shared subtrees repeated), up to
        :data:`MAX_TREE_NODES` moves and :data:`MAX_TREE_DEPTH` moves deep; a move
        whose replies were cut says ``"truncated": true``.
        """
        data: dict[str, Any] = {
            "argument": self.argument,
            "semantics": self.semantics.value,
            "status": self.status.value,
            "language": self.language,
            "text": self.text,
        }
        for item in fields(self):
            if item.name in data or item.name == "vocabulary":
                continue
            value = getattr(self, item.name)
            if value is not None:
                data[item.name] = jsonable(value)
        return data


def explain(
    subject: Subject,
    argument: str,
    semantics: Semantics | str = Semantics.GROUNDED,
    *,
    reading: Reading | str | None = None,
    language: str = "en",
    engine: str = "auto",
    sufficiency: bool = True,
) -> Explanation:
    """Why ``argument`` is accepted or not under ``semantics``.

    Parameters
    ----------
    subject : ArgumentMap, MapFramework or ArgumentationFramework
        A map is explained in the words of its paraphrases: under the
        structured reading (the default) by the walk over the ASPIC+ arguments
        for the statement (:mod:`argmap.explain.structured`; the proof is
        :attr:`~argmap.explain.proof.Proof.carriers`), under the other readings
        through their Dung framework (:func:`~argmap.evaluation.map_view`). A
        bare framework is explained by its argument names.
    argument : str
        A statement id (or support id) of the map, or an argument of the framework.
    semantics : Semantics or str
        Any Dung semantics of :class:`~argmap.semantics.Semantics`.
    reading : Reading or str, optional
        How a map is read (:mod:`argmap.evaluation.readings`; the default
        reading when not given). Ignored for a framework.
    language : {"en", "fr"}
        The language of :attr:`Explanation.text`.
    engine : {"auto", "python", "sat"}
        Passed to the semantics API.
    sufficiency : bool
        Also compute sufficient and necessary sets (when the semantics is one
        of :data:`~argmap.explain.sufficient.SUPPORTED` and the framework is
        small enough; otherwise left out). Not under the structured reading,
        whose sets would be of ASPIC+ arguments rather than statements.

    Returns
    -------
    Explanation

    Raises
    ------
    KeyError
        When ``argument`` is not an argument of the framework (for a map: not a
        claim or support id; issues are not arguments; under the evidential
        reading, a claim without evidence is in no framework: it is rejected).
        Under the structured reading a claim no argument establishes is
        explained as such.

    Examples
    --------
    >>> from argmap.frameworks import AF
    >>> af = AF(["a", "b", "c"], [("a", "b"), ("b", "a"), ("b", "c")])
    >>> why = explain(af, "c", "preferred", sufficiency=False)
    >>> why.status.value
    'credulous'
    >>> print(why.text)  # doctest: +NORMALIZE_WHITESPACE
    Argument c can be accepted under preferred semantics: together with argument a, it
    forms a consistent whole that answers every attack on it. Argument b attacks argument c
    and is answered by argument a. Argument a defends itself against argument b. But argument c is
    not accepted in every preferred extension: in one of them, argument b is accepted and
    attacks it.
    """
    check_language(language)
    semantics = Semantics.parse(semantics)
    if isinstance(subject, ArgumentMap) and parse_reading(reading) is Reading.STRUCTURED:
        walker = ArgumentWalk(subject, structured_framework(subject), semantics, engine=engine)
        return _walked(walker, Vocabulary.of_map(subject), argument, semantics, language)
    af, vocabulary = _framework(subject, reading)
    af.index(argument)
    build = _Builder(af, vocabulary, language, engine, sufficiency)
    return build.explanation(argument, semantics)


def explain_map(
    m: ArgumentMap,
    semantics: Semantics | str = Semantics.GROUNDED,
    language: str = "en",
    *,
    reading: Reading | str | None = None,
    engine: str = "auto",
    sufficiency: bool = True,
) -> Mapping[str, Explanation]:
    """An :class:`Explanation` for every statement of ``m`` (issues excepted), in map order.

    ``reading`` is how the map is read, as for :func:`explain`; the statements a
    reading leaves out of its framework (without evidence, under the evidential
    reading) get no explanation.

    Examples
    --------
    >>> m = ArgumentMap(title="Tea?", statements=[
    ...     {"id": "tea", "text": {"en": "Tea is the better drink.",
    ...                            "fr": "Le thé est la meilleure boisson."}},
    ...     {"id": "jit", "text": {"en": "Tea makes me jittery.",
    ...                            "fr": "Le thé me rend nerveux."}}],
    ...     attacks=[{"id": "x", "kind": "rebut", "source": "jit", "target": "tea"}])
    >>> why = explain_map(m, "grounded")
    >>> print(why["tea"].text)  # doctest: +NORMALIZE_WHITESPACE
    The claim that tea is the better drink is rejected under grounded semantics in the
    structured reading: its only argument is defeated. Taken as a premise, it is defeated:
    the objection that tea makes me jittery contradicts it, and nothing defeats that
    objection in turn.

    Under the abstract reading the same verdict is told as a dispute, with what
    suffices for it:

    >>> why = explain_map(m, "grounded", "fr", reading="abstract")
    >>> print(why["tea"].text)  # doctest: +NORMALIZE_WHITESPACE
    L’affirmation selon laquelle le thé est la meilleure boisson est rejetée en sémantique
    fondée parce que l’objection selon laquelle le thé me rend nerveux est acceptée et
    l’attaque, et que rien n’attaque cette objection à son tour.
    <BLANKLINE>
    L’objection suffit à la faire rejeter à elle seule, et rien d’autre n’y suffirait.
    """
    check_language(language)
    semantics = Semantics.parse(semantics)
    claims = [s.id for s in m.statements if s.kind is not StatementKind.ISSUE]
    if parse_reading(reading) is Reading.STRUCTURED:
        walker = ArgumentWalk(m, structured_framework(m), semantics, engine=engine)
        words = Vocabulary.of_map(m)
        return MappingProxyType({c: _walked(walker, words, c, semantics, language) for c in claims})
    af = map_view(m, reading).framework
    build = _Builder(af, Vocabulary.of_map(m), language, engine, sufficiency)
    return MappingProxyType({c: build.explanation(c, semantics) for c in claims if c in af})


def framework_of(subject: Subject) -> ArgumentationFramework:
    """The Dung framework of a map (its abstract reading), a map framework or a framework.

    Examples
    --------
    >>> from argmap.frameworks import AF
    >>> framework_of(AF(["a"], [])).arguments
    ('a',)
    """
    return _framework(subject, Reading.ABSTRACT)[0]


def _walked(
    walker: ArgumentWalk,
    vocabulary: Vocabulary,
    element: str,
    semantics: Semantics,
    language: str,
) -> Explanation:
    """The explanation of a claim or inference under the structured reading: its walk."""
    status, carriers = walker.walk(element)
    return Explanation(
        argument=element,
        semantics=semantics,
        status=status,
        vocabulary=vocabulary,
        language=language,
        carriers=carriers,
    )


def _framework(
    subject: Subject, reading: Reading | str | None
) -> tuple[ArgumentationFramework, Vocabulary]:
    if isinstance(subject, ArgumentMap):
        return map_view(subject, reading).framework, Vocabulary.of_map(subject)
    if isinstance(subject, MapFramework):
        return subject.framework, Vocabulary.of_framework(subject.framework)
    if isinstance(subject, ArgumentationFramework):
        return subject, Vocabulary.of_framework(subject)
    raise TypeError(
        f"cannot explain a {type(subject).__name__}; give an ArgumentMap or an "
        "ArgumentationFramework"
    )


class _Builder:
    """Builds explanations for one framework, sharing the grounded labelling."""

    def __init__(
        self,
        af: ArgumentationFramework,
        vocabulary: Vocabulary,
        language: str,
        engine: str,
        sufficiency: bool,
    ) -> None:
        self.af = af
        self.vocabulary = vocabulary
        self.language = language
        self.engine = engine
        self.sufficiency = sufficiency
        self.labelling = grounded_labelling(af)

    def explanation(self, argument: str, semantics: Semantics) -> Explanation:
        af, engine = self.af, self.engine
        base = Explanation(
            argument=argument,
            semantics=semantics,
            status=Status.REJECTED,
            vocabulary=self.vocabulary,
            language=self.language,
            sufficiency=self._sufficiency(argument, semantics),
        )
        if semantics is Semantics.GROUNDED:
            grounded = explain_grounded(af, argument, self.labelling)
            status = verdict_of(SemanticStatus(grounded.label.value))
            return replace(base, status=status, grounded=grounded)
        if semantics in (Semantics.IDEAL, Semantics.EAGER):
            match explain_sceptical(af, argument, semantics, engine=engine):
                case ScepticalAcceptance(core=core):
                    return replace(base, status=Status.ACCEPTED, acceptance=core)
                case ScepticalRejection() as left_out:
                    status = acceptance_status(af, argument, semantics, engine=engine)
                    return replace(base, status=status, sceptical=left_out)
                case left:
                    assert_never(left)
        match explain_credulous(af, argument, semantics, engine=engine):
            case NoExtension() as none:
                return replace(base, status=Status.REJECTED, rejection=none, sufficiency=None)
            case SelfAttack() | Refutation() | ExcludedEverywhere() | TooLargeToShow() as no:
                return replace(base, status=Status.REJECTED, rejection=no)
            case CredulousProof() as found:
                if semantics in NEVER_SCEPTICAL:
                    return replace(base, status=Status.CREDULOUS, acceptance=found)
                sceptical = explain_sceptical(af, argument, semantics, engine=engine)
                accepted = isinstance(sceptical, ScepticalAcceptance)
                status = Status.ACCEPTED if accepted else Status.CREDULOUS
                return replace(base, status=status, acceptance=found, sceptical=sceptical)
            case unexpected:
                assert_never(unexpected)

    def _sufficiency(self, argument: str, semantics: Semantics) -> Sufficiency | None:
        if not self.sufficiency or semantics not in SUPPORTED:
            return None
        try:
            return sufficient_explanations(self.af, argument, semantics, engine=self.engine)
        except ExplanationTooLargeError:
            return None


def jsonable(value: object, budget: list[int] | None = None) -> Any:
    """``value`` (explanation data) as JSON-ready lists, dicts, strings and numbers.

    Dataclasses become dicts of their fields, enums their values, sets sorted
    lists; moves of a tree are written out up to :data:`MAX_TREE_NODES`, and up to
    :data:`MAX_TREE_DEPTH` moves deep.

    Examples
    --------
    >>> from argmap.explain.admissible import DefenceStep
    >>> from argmap.explain.dispute import Player
    >>> jsonable(DefenceStep("b", "c", "a"))
    {'attacker': 'b', 'defended': 'c', 'defender': 'a'}
    >>> tree = jsonable(Move(Player.PROPONENT, "c", None, (Move(Player.OPPONENT, "b", "c"),)))
    >>> tree["player"], tree["children"]
    ('proponent', [{'player': 'opponent', 'argument': 'b', 'against': 'c'}])
    """
    if budget is None:
        budget = [MAX_TREE_NODES]
    if isinstance(value, Move):
        return _move(value, budget)
    if isinstance(value, Enum):
        return value.value
    if is_dataclass(value) and not isinstance(value, type):
        return {
            item.name: jsonable(getattr(value, item.name), budget)
            for item in fields(value)
            if item.name != "vocabulary"
        }
    if isinstance(value, frozenset | set):
        return sorted(jsonable(v, budget) for v in value)
    if isinstance(value, tuple | list):
        return [jsonable(v, budget) for v in value]
    if isinstance(value, Mapping):
        return {str(k): jsonable(v, budget) for k, v in value.items()}
    return value


def _move(move: Move, budget: list[int]) -> dict[str, Any]:
    """``move`` and its replies, depth first, each counted against ``budget``.

    Walked with an explicit stack: a line of play may be longer than Python's
    recursion limit (an attack chain of thousands of statements).
    """
    root: dict[str, Any] = {}
    stack: list[tuple[Move, dict[str, Any], int]] = [(move, root, 1)]
    while stack:
        current, data, depth = stack.pop()
        budget[0] -= 1
        data["player"] = current.player.value
        data["argument"] = current.argument
        if current.against is not None:
            data["against"] = current.against
        if not current.children:
            continue
        if budget[0] <= 0 or depth >= MAX_TREE_DEPTH:
            data["truncated"] = True
            continue
        replies: list[dict[str, Any]] = [{} for _ in current.children]
        data["children"] = replies
        stack.extend(
            (child, reply, depth + 1)
            for child, reply in reversed(list(zip(current.children, replies, strict=True)))
        )
    return root


__all__ = [
    "MAX_TREE_DEPTH",
    "MAX_TREE_NODES",
    "Explanation",
    "Subject",
    "explain",
    "explain_map",
    "framework_of",
    "jsonable",
]
