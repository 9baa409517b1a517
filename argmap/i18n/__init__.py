"""The one catalogue of words argmap shows to people, in English and French.

:mod:`argmap.i18n.catalogue` holds the words (semantics, verdicts, roles,
numbers) and the typography of each language; :mod:`argmap.i18n.explanations`
the sentences of explanations; :mod:`argmap.i18n.analyses` those of what-if
analyses and gradual attributions. This package depends on nothing else of
argmap's, so that every layer may take its words from it.
"""

from argmap.i18n.catalogue import (
    LANGUAGES,
    NBSP,
    NOUNS,
    READINGS,
    ROLES,
    SEMANTICS,
    VERDICTS,
    VOICED,
    Adjective,
    Language,
    Noun,
    Word,
    check_language,
    colon,
    counted,
    join,
    number,
    quoted,
    reading_description,
    reading_name,
    semantics_name,
    separator,
    typeset,
)

__all__ = [
    "LANGUAGES",
    "NBSP",
    "NOUNS",
    "READINGS",
    "ROLES",
    "SEMANTICS",
    "VERDICTS",
    "VOICED",
    "Adjective",
    "Language",
    "Noun",
    "Word",
    "check_language",
    "colon",
    "counted",
    "join",
    "number",
    "quoted",
    "reading_description",
    "reading_name",
    "semantics_name",
    "separator",
    "typeset",
]
