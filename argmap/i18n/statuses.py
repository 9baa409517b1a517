"""The names of the statuses an evaluation gives, and what each one means.

Keyed by ``Status.value`` (:class:`argmap.semantics.statuses.Status`): ``in`` /
``out`` / ``undec`` under unique-status semantics, ``sceptical`` / ``credulous``
/ ``rejected`` / ``no_extension`` under the others, ``unknown`` when the time
limit ran out. Diagrams' legends, the report and notebooks show these words;
explanations word a verdict in a sentence instead (:data:`~argmap.i18n.VERDICTS`).
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from argmap.i18n.catalogue import Word

STATUS_NAMES: Mapping[str, Word] = MappingProxyType(
    {
        "in": Word("in", "accepté"),
        "out": Word("out", "rejeté"),
        "undec": Word("undecided", "indécis"),
        "sceptical": Word("sceptically accepted", "accepté sceptiquement"),
        "credulous": Word("credulously accepted only", "accepté crédulement seulement"),
        "rejected": Word("rejected", "rejeté"),
        "no_extension": Word("no extension", "aucune extension"),
        "unknown": Word("unknown", "inconnu"),
    }
)
"""A short name of each status (French agrees with « argument »)."""

STATUS_DESCRIPTIONS: Mapping[str, Word] = MappingProxyType(
    {
        "in": Word("accepted", "accepté"),
        "out": Word(
            "rejected: attacked by an accepted argument", "rejeté : attaqué par un accepté"
        ),
        "undec": Word("neither accepted nor rejected", "ni accepté ni rejeté"),
        "sceptical": Word("in every extension", "dans toutes les extensions"),
        "credulous": Word("in some extensions, not all", "dans certaines extensions, pas toutes"),
        "rejected": Word("in no extension", "dans aucune extension"),
        "no_extension": Word(
            "this semantics has no extension here", "cette sémantique n'a aucune extension ici"
        ),
        "unknown": Word("not decided within the time limit", "non décidé dans le temps imparti"),
    }
)
"""One line saying what each status means."""


def status_name(status: str, language: str = "en") -> str:
    """A short name of ``status`` (its ``Status.value``, or the ``Status`` itself).

    >>> status_name("undec", "fr"), status_name("credulous")
    ('indécis', 'credulously accepted only')
    """
    return STATUS_NAMES[status].text(language)


def status_description(status: str, language: str = "en") -> str:
    """One line saying what ``status`` (its ``Status.value``) means.

    >>> status_description("sceptical")
    'in every extension'
    """
    return STATUS_DESCRIPTIONS[status].text(language)
