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

The words (names of statuses, semantics and readings) come from the one
catalogue, :mod:`argmap.i18n`; they are re-exported here for the report and
notebooks, which show them beside the glyphs and colours.

References
----------
.. [1] M. Okabe and K. Ito, "Color Universal Design (CUD): how to make figures
   and presentations that are friendly to colorblind people", 2008.
"""

from __future__ import annotations

from argmap.evaluation import Status, Verdict
from argmap.i18n import (
    reading_description,
    reading_name,
    semantics_name,
    status_description,
    status_name,
)

__all__ = [
    "MULTIPLE_STATUSES",
    "UNIQUE_STATUSES",
    "reading_description",
    "reading_name",
    "semantics_name",
    "status_colour",
    "status_description",
    "status_glyph",
    "status_name",
]


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

UNIQUE_STATUSES: tuple[Status, ...] = (Status.IN, Status.OUT, Status.UNDEC)
"""The statuses of unique-status semantics, in legend order."""

MULTIPLE_STATUSES: tuple[Status, ...] = (
    Status.SCEPTICAL,
    Status.CREDULOUS,
    Status.REJECTED,
    Status.NO_EXTENSION,
)
"""The statuses of multi-extension semantics, in legend order."""
