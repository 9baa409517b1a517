"""The typed argument map: statements, their provenance, supports and attacks.

An :class:`ArgumentMap` is the analysis of a debate:

* **statements** — the question debated (``kind="issue"``) and the claims made
  about it (``kind="claim"``), each with an English and/or French paraphrase, and,
  when the statement comes from a text, its :class:`Provenance` (speaker, verbatim
  quote, character span in the source document). A statement the analyst adds to
  make the reasoning explicit is an **implicit premise** (``implicit=True``): it has
  no quote, since nobody said it.
* **supports** — inferences: one or more premises that together support a
  conclusion. Several premises in one support are *linked* (they support the
  conclusion only together); independent reasons are separate supports.
* **stance** — how a statement's speaker stands towards it: most statements are
  *asserted*, but a speaker may also *concede* a point for the sake of argument,
  *report* someone else's view or *anticipate* an objection (:class:`Stance`).
  Only an asserted statement commits its speaker.
* **attacks** — ``rebut`` (against a claim's conclusion), ``undermine`` (against a
  premise of an inference) and ``undercut`` (against an inference: the support
  itself, not a statement; Pollock 1987).

All models are frozen: build a new map instead of mutating one. Cross-references
(unknown ids, quotes not found at their span, ...) are checked when an
:class:`ArgumentMap` is built, by :mod:`argmap.model.validation`.
"""

from __future__ import annotations

import enum
import os
import re
from collections.abc import Mapping
from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    field_validator,
    model_validator,
)

from argmap.model.stance import Stance

ID_PATTERN = r"^[A-Za-z_][A-Za-z0-9_.\-]*$"
MAX_ID_LENGTH = 128
"""The longest id a map accepts."""
Identifier = Annotated[
    str,
    Field(
        pattern=ID_PATTERN,
        min_length=1,
        max_length=MAX_ID_LENGTH,
        description="A stable id: a letter or _, then letters, digits, _, - or .",
    ),
]
LanguageCode = Annotated[
    str,
    Field(pattern=r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$", description="A BCP 47 language tag"),
]
NonEmptyText = Annotated[str, Field(min_length=1)]
QuestionId = Annotated[
    str,
    Field(
        pattern=r"^[a-z_]+\.[a-z_]+$",
        max_length=128,
        description="A critical question of the scheme catalogue: scheme.question",
    ),
]
LocalisedText = NonEmptyText | Mapping[LanguageCode, NonEmptyText]
"""A text in one language (a plain string), or by language: ``{en: ..., fr: ...}``."""
_ID_RE = re.compile(ID_PATTERN)


def localised(text: str | Mapping[str, str], language: str = "en") -> str:
    """The text in ``language``, else English, else the first language given.

    The one place a text given by language is read; a plain string is returned as is.

    >>> localised({"en": "Tea", "fr": "Thé"}, "fr"), localised("Tea", "fr")
    ('Thé', 'Tea')
    >>> localised({"de": "Tee"}, "fr")
    'Tee'
    """
    if isinstance(text, str):
        return text
    return text.get(language) or text.get("en") or next(iter(text.values()), "")


def _sorted_languages(value: str | Mapping[str, str]) -> str | Mapping[str, str]:
    if isinstance(value, str):
        return value
    if not value:
        raise ValueError("give the text in at least one language, e.g. {en: ...}")
    return dict(sorted(value.items()))


Localised = Annotated[
    LocalisedText,
    AfterValidator(_sorted_languages),
    Field(description="A plain text, or the text by language: {en: ..., fr: ...}"),
]
"""A :data:`LocalisedText` with its languages in a deterministic order."""


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", use_enum_values=False)


class StatementKind(str, enum.Enum):
    """What a statement is in the debate."""

    ISSUE = "issue"
    """The question debated (IBIS "issue")."""
    CLAIM = "claim"
    """A position, reason, objection or piece of evidence: something asserted."""


class AttackKind(str, enum.Enum):
    """The three ways to attack an argument (Pollock 1987; Prakken 2010)."""

    REBUT = "rebut"
    """Against a claim: asserts its contrary."""
    UNDERMINE = "undermine"
    """Against a premise of an inference."""
    UNDERCUT = "undercut"
    """Against an inference: the premises, even if true, do not support the conclusion."""


class Scheme(str, enum.Enum):
    """Argumentation schemes (Walton, Reed & Macagno 2008) a statement argues by."""

    ANALOGY = "analogy"
    EXPERT_OPINION = "expert_opinion"
    AUTHORITY = "authority"
    POSITION_TO_KNOW = "position_to_know"
    POSITIVE_CONSEQUENCES = "positive_consequences"
    NEGATIVE_CONSEQUENCES = "negative_consequences"
    PRACTICAL_REASONING = "practical_reasoning"
    EXAMPLE = "example"
    EXPERIENCE = "experience"
    CAUSE_TO_EFFECT = "cause_to_effect"
    SIGN = "sign"
    VERBAL_CLASSIFICATION = "verbal_classification"
    POPULAR_OPINION = "popular_opinion"
    COMMITMENT = "commitment"
    ALTERNATIVES = "alternatives"
    VALUES = "values"
    WITNESS_TESTIMONY = "witness_testimony"
    AD_HOMINEM = "ad_hominem"


def _ordered_span(value: tuple[int, int]) -> tuple[int, int]:
    if value[1] < value[0]:
        raise ValueError(f"span end {value[1]} is before its start {value[0]}; write [start, end]")
    return value


Offset = Annotated[int, Field(ge=0)]
Span = Annotated[
    tuple[Offset, Offset],
    AfterValidator(_ordered_span),
    Field(description="[start, end): half-open character (code point) offsets in the source"),
]
"""A half-open range ``[start, end)`` of character (code point) offsets in a source."""


class Section(_Frozen):
    """A named part of a source document (article body, a comment, page chrome)."""

    id: Identifier
    title: Localised
    span: Span
    chrome: bool = Field(
        default=False,
        description="True for page furniture (banners, ads) that is not part of the debate",
    )


class Source(_Frozen):
    """A document the debate comes from. Declared once; statements point to it by id.

    The text the spans refer to is either given inline (``text``) or read from
    ``file``, a path relative to the map file.
    """

    id: Identifier
    title: Localised
    author: str | None = None
    publisher: str | None = None
    url: str | None = None
    file: str | None = Field(default=None, description="Path of the text, relative to the map")
    language: LanguageCode | None = None
    date: str | None = Field(
        default=None, description="Publication date, ISO 8601 (YYYY, YYYY-MM or YYYY-MM-DD)"
    )
    text: str | None = Field(
        default=None,
        description="The document itself, inline (or filled from `file` when loaded)",
    )
    sections: tuple[Section, ...] = ()

    @field_validator("date")
    @classmethod
    def _iso_date(cls, value: str | None) -> str | None:
        if value is not None and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
            raise ValueError(f"date {value!r} is not ISO 8601; write YYYY, YYYY-MM or YYYY-MM-DD")
        return value


class Participant(_Frozen):
    """Someone who speaks in the debate: an author, a commenter, an interviewee."""

    id: Identifier
    name: NonEmptyText
    role: Localised | None = Field(
        default=None, description='e.g. "author", "commenter", or {en: author, fr: auteur}'
    )


class Provenance(_Frozen):
    """Where a statement comes from: who said it, the exact words, where they stand.

    Only the speaker is required: a provenance without a quote attributes a
    paraphrase to its speaker. A quote needs its source; its span may be left out
    when the quote occurs exactly once in the source: it is then computed when the
    map is built (:func:`argmap.model.quotes.locate_quote`).
    """

    source: Identifier | None = Field(default=None, description="The source of the quote")
    speaker: Identifier
    quote: NonEmptyText | None = Field(
        default=None, description="The verbatim words, exactly as in the source"
    )
    span: Span | None = Field(
        default=None,
        description="[start, end) character offsets of the quote in the source; "
        "computed when the quote occurs once",
    )

    @model_validator(mode="after")
    def _quote_needs_source(self) -> Provenance:
        if self.quote is not None and self.source is None:
            raise ValueError("a quote needs its `source`: add `source: <source id>`")
        if self.span is not None and self.quote is None:
            raise ValueError("a span needs the `quote` it locates: add `quote: <the exact words>`")
        return self


class Statement(_Frozen):
    """A node of the map: the issue, or a claim made (or implied) in the debate."""

    id: Identifier
    kind: StatementKind = StatementKind.CLAIM
    text: Mapping[LanguageCode, NonEmptyText] = Field(
        description="Paraphrase by language, e.g. {en: ..., fr: ...}"
    )
    implicit: bool = Field(
        default=False, description="An unstated premise the analyst adds; has no quote"
    )
    stance: Stance = Field(
        default=Stance.ASSERTED,
        description="How its speaker stands towards it: asserted (their own view), "
        "conceded (granted for the sake of argument), reported (someone else's view, "
        "voiced by the speaker) or anticipated (an objection the speaker expects and answers)",
    )
    answers: Identifier | None = Field(
        default=None, description="The issue this statement is a position on"
    )
    scheme: Scheme | None = None
    weight: float | None = Field(
        default=None, ge=0.0, le=1.0, description="Base weight in [0, 1] for gradual semantics"
    )
    premise: bool = Field(
        default=False,
        description="Asserted in its own right as well: a statement that some support "
        "concludes is then also an ordinary premise of the structured reading "
        "(a statement no support concludes always is one)",
    )
    tags: tuple[str, ...] = ()
    provenance: Provenance | None = None
    note: str | None = Field(default=None, description="The analyst's remark on this statement")

    @field_validator("text", mode="after")
    @classmethod
    def _some_text(cls, value: Mapping[str, str]) -> Mapping[str, str]:
        if not value:
            raise ValueError("a statement needs a paraphrase in at least one language, e.g. en")
        return dict(sorted(value.items()))

    def paraphrase(self, language: str = "en") -> str:
        """The paraphrase in ``language``, else English, else the first one given."""
        return self.text.get(language) or self.text.get("en") or next(iter(self.text.values()))


class Support(_Frozen):
    """An inference: the premises, together, support the conclusion.

    One premise is a single reason; several premises are *linked* (co-premises):
    they support the conclusion only jointly. Independent reasons for the same
    conclusion are separate supports. A support can be undercut.
    """

    id: Identifier
    premises: tuple[Identifier, ...] = Field(min_length=1)
    conclusion: Identifier
    scheme: Scheme | None = None
    roles: Mapping[Identifier, Identifier] = Field(
        default_factory=dict,
        description="The role each premise plays in the scheme, e.g. {p1: major, p2: minor}",
    )
    question: QuestionId | None = Field(
        default=None,
        description="The critical question this support answers, as scheme.question "
        "(e.g. expert_opinion.backup_evidence)",
    )
    strict: bool = Field(
        default=False,
        description="A strict inference: the premises, if accepted, leave no room for "
        "exceptions (it cannot be undercut, and its conclusion is not rebutted on it)",
    )
    note: str | None = None

    @property
    def linked(self) -> bool:
        """Whether several premises support the conclusion only together."""
        return len(self.premises) > 1


class Attack(_Frozen):
    """An attack from a statement on a statement (rebut, undermine) or on a support (undercut)."""

    id: Identifier
    kind: AttackKind
    source: Identifier = Field(description="The attacking statement")
    target: Identifier = Field(description="A statement (rebut, undermine) or a support (undercut)")
    question: QuestionId | None = Field(
        default=None,
        description="The critical question this attack raises, as scheme.question "
        "(e.g. expert_opinion.field)",
    )
    contradictory: bool = Field(
        default=False,
        description="The two statements exclude each other both ways (rebut or undermine "
        "only): the target attacks the source as well, written once. Without it the "
        "source is a one-way contrary of the target",
    )
    note: str | None = None


class Preference(_Frozen):
    """One preference of the analyst: ``stronger`` outweighs ``weaker``.

    Both name statements (premises compared) or both name supports (inferences
    compared). Used by the structured reading when preferences are switched on
    (:mod:`argmap.frameworks.structured`), to decide which attacks succeed as defeats.
    """

    stronger: Identifier = Field(description="The statement or support preferred")
    weaker: Identifier = Field(description="The statement or support it is preferred to")
    note: str | None = None


class ArgumentMap(_Frozen):
    """A debate as a typed argument graph. See the module docstring.

    Building a map checks it: every problem found is reported at once in a
    :class:`~argmap.model.validation.MapValidationError`.

    Examples
    --------
    >>> m = ArgumentMap(
    ...     title="Tea or coffee?",
    ...     statements=[
    ...         {"id": "q", "kind": "issue", "text": {"en": "Tea or coffee?"}},
    ...         {"id": "tea", "text": {"en": "Tea."}, "answers": "q"},
    ...         {"id": "calm", "text": {"en": "Tea calms."}},
    ...     ],
    ...     supports=[{"id": "s1", "premises": ["calm"], "conclusion": "tea"}],
    ... )
    >>> m.statement("tea").paraphrase()
    'Tea.'
    >>> [s.id for s in m.supporters_of("tea")]
    ['s1']
    """

    format: int = Field(default=1, description="Version of the argmap format")
    title: Localised
    description: Localised | None = None
    language: LanguageCode | None = Field(default=None, description="Main language of the debate")
    sources: tuple[Source, ...] = ()
    participants: tuple[Participant, ...] = ()
    statements: tuple[Statement, ...] = ()
    supports: tuple[Support, ...] = ()
    attacks: tuple[Attack, ...] = ()
    preferences: tuple[Preference, ...] = Field(
        default=(),
        description="The analyst's preferences between statements or between supports "
        "(strict: no cycles), for the structured reading with preferences",
    )

    _index: dict[str, Any] = PrivateAttr(default_factory=dict)
    _origin: str | None = PrivateAttr(default=None)

    @model_validator(mode="after")
    def _check(self) -> ArgumentMap:
        from argmap.model.validation import check_map, raise_problems

        statements = _with_computed_spans(self.statements, self.sources)
        if statements is not self.statements:
            # Still being built: the one moment a frozen map takes its computed spans.
            object.__setattr__(self, "statements", statements)
        raise_problems(check_map(self))
        index: dict[str, Any] = {}
        for group in (
            self.sources,
            self.participants,
            self.statements,
            self.supports,
            self.attacks,
        ):
            for item in group:
                index[item.id] = item
        self._index = index
        return self

    def __eq__(self, other: object) -> bool:
        """Equal maps have equal contents, wherever they were loaded from: a
        source's ``file`` is compared as the file it names (relative to
        :attr:`origin`) when both maps were loaded from files, so a map dumped
        elsewhere and loaded back is equal."""
        if not isinstance(other, ArgumentMap):
            return NotImplemented
        if self.__dict__ == other.__dict__:
            return True
        if self._origin is None or other._origin is None:
            return False
        return _resolved(self) == _resolved(other)

    __hash__ = None  # type: ignore[assignment]  # statements hold dicts: maps are not hashable

    def __repr__(self) -> str:
        """A one-line summary: the title and the size of the map (its contents are
        :meth:`model_dump`'s).

        >>> ArgumentMap(title="Tea?", statements=[{"id": "t", "text": {"en": "Tea."}}])
        <ArgumentMap 'Tea?': 1 statement, 0 supports, 0 attacks>
        """
        counts = ", ".join(
            f"{len(items)} {name}{'' if len(items) == 1 else 's'}"
            for name, items in (
                ("statement", self.statements),
                ("support", self.supports),
                ("attack", self.attacks),
            )
        )
        return f"<ArgumentMap {localised(self.title)!r}: {counts}>"

    @property
    def origin(self) -> str | None:
        """The folder the map was loaded from, which sources' ``file:`` paths are
        relative to (``None`` for a map built in Python)."""
        return self._origin

    def with_origin(self, folder: str | None) -> ArgumentMap:
        """This map, recording ``folder`` as the one its sources' ``file:`` paths are
        relative to (a loader calls it; :func:`argmap.io.dump` rebases the paths)."""
        copy = self.model_copy()
        copy._origin = folder
        return copy

    # -- lookups ---------------------------------------------------------------
    def get(self, id: str) -> Statement | Support | Attack | Source | Participant | None:
        """The object with this id, of any type, or ``None``."""
        result: Statement | Support | Attack | Source | Participant | None
        result = self._index.get(id)
        return result

    def statement(self, id: str) -> Statement:
        """The statement with this id (``KeyError`` naming it otherwise)."""
        item = self._index.get(id)
        if not isinstance(item, Statement):
            raise KeyError(f"no statement with id {id!r}")
        return item

    def support(self, id: str) -> Support:
        """The support (inference) with this id."""
        item = self._index.get(id)
        if not isinstance(item, Support):
            raise KeyError(f"no support with id {id!r}")
        return item

    def source(self, id: str) -> Source:
        """The source with this id."""
        item = self._index.get(id)
        if not isinstance(item, Source):
            raise KeyError(f"no source with id {id!r}")
        return item

    def participant(self, id: str) -> Participant:
        """The participant with this id."""
        item = self._index.get(id)
        if not isinstance(item, Participant):
            raise KeyError(f"no participant with id {id!r}")
        return item

    @property
    def issues(self) -> tuple[Statement, ...]:
        """The questions debated."""
        return tuple(s for s in self.statements if s.kind is StatementKind.ISSUE)

    def supporters_of(self, statement_id: str) -> tuple[Support, ...]:
        """The supports whose conclusion is ``statement_id``."""
        return tuple(s for s in self.supports if s.conclusion == statement_id)

    def attacks_on(self, target_id: str) -> tuple[Attack, ...]:
        """The attacks whose target is ``target_id`` (a statement or a support)."""
        return tuple(a for a in self.attacks if a.target == target_id)

    def positions_on(self, issue_id: str) -> tuple[Statement, ...]:
        """The statements that answer the issue ``issue_id``."""
        return tuple(s for s in self.statements if s.answers == issue_id)


def _resolved(m: ArgumentMap) -> dict[str, Any]:
    """The map's fields, with each source ``file`` made absolute from its origin."""
    fields = dict(m.__dict__)
    if m.origin is not None:
        fields["sources"] = tuple(
            s.model_copy(update={"file": os.path.normpath(os.path.join(m.origin, s.file))})  # noqa: PTH118
            if s.file is not None
            else s
            for s in m.sources
        )
    return fields


def _with_computed_spans(
    statements: tuple[Statement, ...], sources: tuple[Source, ...]
) -> tuple[Statement, ...]:
    """``statements`` with the span of each quote that has none and occurs exactly
    once in its source's text; the same tuple when there is nothing to compute."""
    from argmap.model.quotes import locate_quote

    texts = {s.id: s.text for s in sources if s.text is not None}
    changed = False
    result = []
    for st in statements:
        prov = st.provenance
        if prov is not None and prov.span is None and prov.quote and prov.source in texts:
            span = locate_quote(texts[prov.source] or "", prov.quote).unique
            if span is not None:
                st = st.model_copy(update={"provenance": prov.model_copy(update={"span": span})})
                changed = True
        result.append(st)
    return tuple(result) if changed else statements


def is_identifier(value: str) -> bool:
    """Whether ``value`` is a valid argmap id: its pattern and its length.

    >>> is_identifier("thesis"), is_identifier("2cups"), is_identifier("a" * 129)
    (True, False, False)
    """
    return len(value) <= MAX_ID_LENGTH and bool(_ID_RE.match(value))
