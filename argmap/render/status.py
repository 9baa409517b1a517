"""How statuses are shown: a glyph, a colour, a name and a description each.

Diagrams and reports colour each statement and each inference by its
:class:`~argmap.semantics.statuses.Status` under a semantics, computed by
:func:`argmap.evaluation.evaluate` (unique-status semantics: in / out / undec;
multi-extension semantics: sceptically / credulously accepted, rejected, no
extension; unknown when the time limit ran out).

Every status has a glyph (✓ ✗ ? ~ ∅ …) so that colour is never the only
signal, and a fill colour from the Okabe–Ito palette (safe for the common
colour-vision deficiencies), chosen by its verdict: bluish green for accepted,
vermillion for rejected, yellow for undecided, sky blue for credulous only, grey
for no extension and unknown.

References
----------
.. [1] M. Okabe and K. Ito, "Color Universal Design (CUD): how to make figures
   and presentations that are friendly to colorblind people", 2008.
"""

from __future__ import annotations

from argmap import i18n
from argmap.evaluation import Reading, Status, Verdict, parse_extension_semantics
from argmap.semantics import Semantics


def status_glyph(status: Status) -> str:
    """A one-character sign for ``status``, so that colour is never the only cue.

    >>> status_glyph(Status.IN), status_glyph(Status.CREDULOUS), status_glyph(Status.REJECTED)
    ('✓', '~', '✗')
    """
    return _GLYPHS[status]


def status_colour(status: Status) -> str:
    """The fill colour of ``status`` (a light tint of the Okabe–Ito colour of its verdict).

    >>> status_colour(Status.IN) == status_colour(Status.SCEPTICAL)
    True
    >>> status_colour(Status.NO_EXTENSION) == status_colour(Status.UNKNOWN)
    True
    """
    verdict = status.verdict
    if verdict is None or status is Status.NO_EXTENSION:
        return _GREY
    return _COLOURS[verdict]


def status_name(status: Status, language: str = "en") -> str:
    """A short name of ``status`` in ``language`` (``en`` or ``fr``).

    >>> status_name(Status.UNDEC, "fr")
    'indécis'
    """
    return _text(_NAMES[status], language)


def status_description(status: Status, language: str = "en") -> str:
    """A one-line explanation of ``status`` in ``language`` (``en`` or ``fr``).

    >>> status_description(Status.SCEPTICAL)
    'in every extension'
    """
    return _text(_DESCRIPTIONS[status], language)


_GLYPHS = {
    Status.IN: "✓",
    Status.OUT: "✗",
    Status.UNDEC: "?",
    Status.SCEPTICAL: "✓",
    Status.CREDULOUS: "~",
    Status.REJECTED: "✗",
    Status.NO_EXTENSION: "∅",
    Status.UNKNOWN: "…",
}
# Okabe–Ito bluish green #009E73, vermillion #D55E00, yellow #F0E442 and sky
# blue #56B4E9, mixed with white so that black text stays readable on them.
_COLOURS = {
    Verdict.ACCEPTED: "#a6ddce",
    Verdict.REJECTED: "#f0c7a6",
    Verdict.UNDECIDED: "#f8f3aa",
    Verdict.CREDULOUS: "#bbe1f6",
}
_GREY = "#e6e6e6"
_NAMES = {
    Status.IN: ("in", "accepté"),
    Status.OUT: ("out", "rejeté"),
    Status.UNDEC: ("undecided", "indécis"),
    Status.SCEPTICAL: ("sceptically accepted", "accepté sceptiquement"),
    Status.CREDULOUS: ("credulously accepted only", "accepté crédulement seulement"),
    Status.REJECTED: ("rejected", "rejeté"),
    Status.NO_EXTENSION: ("no extension", "aucune extension"),
    Status.UNKNOWN: ("unknown", "inconnu"),
}
_DESCRIPTIONS = {
    Status.IN: ("accepted", "accepté"),
    Status.OUT: ("rejected: attacked by an accepted argument", "rejeté : attaqué par un accepté"),
    Status.UNDEC: ("neither accepted nor rejected", "ni accepté ni rejeté"),
    Status.SCEPTICAL: ("in every extension", "dans toutes les extensions"),
    Status.CREDULOUS: ("in some extensions, not all", "dans certaines extensions, pas toutes"),
    Status.REJECTED: ("in no extension", "dans aucune extension"),
    Status.NO_EXTENSION: (
        "this semantics has no extension here",
        "cette sémantique n'a aucune extension ici",
    ),
    Status.UNKNOWN: ("not decided within the time limit", "non décidé dans le temps imparti"),
}
_SEMANTICS_NAMES = {
    Semantics.CONFLICT_FREE: ("conflict-free", "sans conflit"),
    Semantics.NAIVE: ("naive", "naïve"),
    Semantics.ADMISSIBLE: ("admissible", "admissible"),
    Semantics.COMPLETE: ("complete", "complète"),
    Semantics.GROUNDED: ("grounded", "fondée"),
    Semantics.PREFERRED: ("preferred", "préférée"),
    Semantics.STABLE: ("stable", "stable"),
    Semantics.SEMI_STABLE: ("semi-stable", "semi-stable"),
    Semantics.STAGE: ("stage", "stage"),
    Semantics.IDEAL: ("ideal", "idéale"),
    Semantics.EAGER: ("eager", "eager"),
    Semantics.CF2: ("cf2", "cf2"),
    Semantics.STAGE2: ("stage2", "stage2"),
}

UNIQUE_STATUSES: tuple[Status, ...] = (Status.IN, Status.OUT, Status.UNDEC)
"""The statuses of unique-status semantics, in legend order."""

MULTIPLE_STATUSES: tuple[Status, ...] = (
    Status.SCEPTICAL,
    Status.CREDULOUS,
    Status.REJECTED,
    Status.NO_EXTENSION,
)
"""The statuses of multi-extension semantics, in legend order."""


def _text(pair: tuple[str, str], language: str) -> str:
    return pair[1] if language == "fr" else pair[0]


def semantics_name(semantics: Semantics | str, language: str = "en") -> str:
    """The name of ``semantics`` for readers, in ``language`` (``en`` or ``fr``).

    >>> semantics_name("semi_stable"), semantics_name(Semantics.GROUNDED, "fr")
    ('semi-stable', 'fondée')
    """
    return _text(_SEMANTICS_NAMES[parse_extension_semantics(semantics)], language)


def reading_name(reading: Reading, language: str = "en") -> str:
    """The name of ``reading`` for readers, in ``language`` (``en`` or ``fr``).

    >>> reading_name(Reading.ABSTRACT), reading_name(Reading.NECESSARY, "fr")
    ('abstract', 'nécessaire')
    """
    return i18n.reading_name(reading.value, language)


def reading_description(reading: Reading, language: str = "en") -> str:
    """One line saying what ``reading`` does with the map, in ``language``.

    >>> reading_description(Reading.ABSTRACT)
    'every claim and inference is an argument; supports carry no attack'
    """
    return i18n.reading_description(reading.value, language)
