"""The narrator of one explanation: who has been named, which wording comes next.

Explanations are written sentence by sentence from the templates of
:mod:`argmap.i18n.explanations`. The :class:`Narrator` fills their slots: an
argument is named in full at its first mention, by its short name after, and
as "that objection" right after being named; French adjectives agree with the
gender of the argument's name; a tuple of templates is used in turn so that
repeated steps vary their words. The finished text gets the typography of its
language (:func:`argmap.i18n.typeset`).
"""

from __future__ import annotations

import re
import string
from collections.abc import Mapping, Sequence

from argmap.explain.names import Vocabulary
from argmap.i18n import check_language, join, number, semantics_name, typeset
from argmap.i18n.explanations import EXPLANATIONS, Template
from argmap.semantics import Semantics

_DASH_PUNCTUATION = re.compile(r" —(?=\s?[,.;:!?])")
_DASH_COMMA = re.compile(r" —,")
_AGREEMENT = {
    "e": ("e", ""),
    "il": ("elle", "il"),
    "lui": ("elle", "lui"),
    "le": ("la", "le"),
    "il_cap": ("Elle", "Il"),
}
_ARGUMENT_SLOTS = frozenset({"A", "B", "C", "X", "Y", "S"})


def sentence(text: str) -> str:
    """``text`` as a sentence: capital first, full stop last, no dash before punctuation.

    A closing em dash takes the place of a comma ("X — that Y — which ..."), and
    is left out before a full stop, a colon or a semicolon, as typographers do.

    >>> sentence("Martin's objection — that it costs too much —: it holds")
    "Martin's objection — that it costs too much: it holds."
    """
    text = text.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    if text[-1] not in ".!?…":
        text += "."
    text = _DASH_COMMA.sub(" —", text)
    return _DASH_PUNCTUATION.sub("", text)


class Narrator:
    """Writes the sentences of one text: mentions, choices of words, language.

    An argument is named in full at its first mention and by its short name
    after that; each tuple of alternative wordings is used in turn.
    """

    def __init__(self, vocabulary: Vocabulary, language: str) -> None:
        self.vocabulary = vocabulary
        self.language = check_language(language)
        self.book: Mapping[str, Template] = EXPLANATIONS[self.language]
        self.mentioned: set[str] = set()
        self.last: str | None = None
        self.turns: dict[str, int] = {}
        self.sentences: list[str] = []

    # -- names ---------------------------------------------------------------------------
    def name(self, argument: str) -> str:
        """The argument's full name at its first mention, its short name after."""
        phrase = self.vocabulary.phrase(argument, self.language)
        previous, self.last = self.last, argument
        if argument in self.mentioned:
            if argument == previous and phrase.anaphor is not None:
                return phrase.anaphor
            return phrase.short
        self.mentioned.add(argument)
        return phrase.full

    def short(self, argument: str) -> str:
        """The short name (not a mention: the next name of it is not "that ...")."""
        return self.vocabulary.phrase(argument, self.language).short

    def cite(self, argument: str) -> str:
        """The argument's words quoted whole (its name when it has no quotable words)."""
        phrase = self.vocabulary.phrase(argument, self.language)
        return phrase.cite if phrase.cite is not None else phrase.short

    def names(self, arguments: Sequence[str], conjunction: str = "and") -> str:
        """The names of ``arguments`` as a list ("a, b and c"), each named once."""
        unique = list(dict.fromkeys(arguments))
        return join([self.name(a) for a in unique], self.language, conjunction)

    def shorts(self, arguments: Sequence[str], conjunction: str = "and") -> str:
        """The short names of ``arguments`` as a list, each named once."""
        unique = list(dict.fromkeys(arguments))
        return join([self.short(a) for a in unique], self.language, conjunction)

    def feminine(self, argument: str) -> bool:
        """Whether the French name of ``argument`` is feminine."""
        return self.vocabulary.phrase(argument, self.language).feminine

    def semantics(self, semantics: Semantics, plural: bool = False) -> str:
        """The name of ``semantics`` (French plural when ``plural``)."""
        return semantics_name(semantics.value, self.language, plural=plural)

    def number(self, n: int, feminine: bool = False) -> str:
        """``n`` in words (up to ten)."""
        return number(n, self.language, feminine=feminine)

    def word(self, key: str) -> str:
        """A single word of the phrasebook (a conjunction, a pronoun)."""
        template = self.book[key]
        return template if isinstance(template, str) else template[0]

    # -- sentences -------------------------------------------------------------------------
    def say(self, key: str, **slots: object) -> str:
        """The template ``key`` filled in (see the phrasebooks); not yet a sentence.

        Slots are filled in the order they appear in the text, so an argument
        named twice is named in full the first time only.
        """
        template = self.book[key]
        if not isinstance(template, str):
            turn = self.turns.get(key, 0)
            self.turns[key] = turn + 1
            template = template[turn % len(template)]
        return self.fill(template, **slots)

    def fill(self, template: str, **slots: object) -> str:
        """``template`` with its slots filled, in the order they appear in it."""
        pieces: list[str] = []
        for literal, field_name, _, _ in string.Formatter().parse(template):
            pieces.append(literal)
            if field_name is not None:
                pieces.append(self._slot(field_name, slots))
        return "".join(pieces)

    def _slot(self, field: str, slots: Mapping[str, object]) -> str:
        base, _, suffix = field.partition("_")
        if suffix:
            argument = slots[base]
            if not isinstance(argument, str):
                raise TypeError(f"slot {base} must name an argument")
            feminine, masculine = _AGREEMENT[suffix]
            return feminine if self.feminine(argument) else masculine
        value = slots[field]
        if field in _ARGUMENT_SLOTS and isinstance(value, str):
            return self.name(value)
        return str(value)

    def add(self, text: str) -> None:
        """Append ``text`` as a sentence."""
        if text:
            self.sentences.append(sentence(text))

    def paragraph(self) -> str:
        """The sentences added so far, as one paragraph (and start a new one)."""
        text = typeset(" ".join(self.sentences), self.language)
        self.sentences = []
        self.last = None
        return text


__all__ = ["Narrator", "sentence"]
