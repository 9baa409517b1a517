"""The one catalogue of words argmap shows to people, in English and French.

:mod:`argmap.i18n.catalogue` holds the words (semantics, verdicts, roles,
numbers) and the typography of each language; :mod:`argmap.i18n.explanations`
the sentences of explanations; :mod:`argmap.i18n.analyses` those of what-if
analyses and gradual attributions; :mod:`argmap.i18n.statuses` the names of
statuses; :mod:`argmap.i18n.diagrams` the words of diagrams. This package depends
on nothing else of argmap's, so that every layer may take its words from it.
"""

from argmap.i18n.catalogue import (
    GRADUAL_SEMANTICS,
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
    digits,
    join,
    number,
    of_fr,
    quoted,
    reading_description,
    reading_name,
    semantics_name,
    separator,
    typeset,
)
from argmap.i18n.diagrams import DIAGRAM, diagram_word
from argmap.i18n.statuses import (
    STATUS_DESCRIPTIONS,
    STATUS_NAMES,
    status_description,
    status_name,
)

__all__ = [
    "DIAGRAM",
    "GRADUAL_SEMANTICS",
    "LANGUAGES",
    "NBSP",
    "NOUNS",
    "READINGS",
    "ROLES",
    "SEMANTICS",
    "STATUS_DESCRIPTIONS",
    "STATUS_NAMES",
    "VERDICTS",
    "VOICED",
    "Adjective",
    "Language",
    "Noun",
    "Word",
    "check_language",
    "colon",
    "counted",
    "diagram_word",
    "digits",
    "join",
    "number",
    "of_fr",
    "quoted",
    "reading_description",
    "reading_name",
    "semantics_name",
    "separator",
    "status_description",
    "status_name",
    "typeset",
]
