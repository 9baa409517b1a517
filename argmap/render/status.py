"""The status of every argument under several semantics: what the renderers draw.

Diagrams and reports colour each statement and each inference by its status
under a semantics. Two kinds of semantics need two vocabularies:

* **unique-status** semantics (grounded, ideal, eager) give one extension, read
  as a labelling (Caminada & Gabbay 2009): an argument is **in** (accepted),
  **out** (attacked by an accepted argument) or **undec** (neither);
* **multi-extension** semantics (complete, preferred, stable, semi-stable,
  stage, cf2, stage2, ...) give several extensions; an argument is
  **sceptically accepted** (in every extension), **credulously accepted** only
  (in some, not all) or **rejected** (in none). When the semantics has no
  extension at all (stable semantics on an odd cycle) every argument has the
  status **no extension**; when the time limit runs out before an argument is
  decided its status is **unknown**.

Every status has a glyph (✓ ✗ ? ~ ∅ …) so that colour is never the only
signal, and a fill colour from the Okabe–Ito palette (safe for the common
colour-vision deficiencies): bluish green for accepted, vermillion for
rejected, yellow for undecided, sky blue for credulous only, grey otherwise.

:func:`status_table` gathers the statuses of all arguments of a map (its
claims and its inferences, as in
:func:`~argmap.frameworks.translation.dung_framework`) or of an abstract
framework, under a list of semantics, with the extensions found. The statuses
themselves (:class:`~argmap.semantics.evaluation.Status`) are computed by
:func:`~argmap.semantics.evaluation.framework_statuses`; this module adds how
they are shown: :func:`status_glyph`, :func:`status_colour`,
:func:`status_name`, :func:`status_description` and :func:`status_verdict`.

References
----------
.. [1] M. Caminada and D. Gabbay, "A logical account of formal argumentation",
   Studia Logica 93(2-3):109-145, 2009.
.. [2] P. Baroni, M. Caminada and M. Giacomin, "An introduction to
   argumentation semantics", Knowledge Engineering Review 26(4):365-410, 2011.
.. [3] M. Okabe and K. Ito, "Color Universal Design (CUD): how to make figures
   and presentations that are friendly to colorblind people", 2008.
"""

from __future__ import annotations

import enum
import html
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from types import MappingProxyType
from typing import Any

from argmap.frameworks.abstract import ArgumentationFramework
from argmap.frameworks.translation import MapFramework, dung_framework
from argmap.model import ArgumentMap
from argmap.semantics import Semantics
from argmap.semantics.evaluation import (
    EXTENSION_LIMIT,
    UNIQUE_STATUS_SEMANTICS,
    FrameworkStatuses,
    Status,
    framework_statuses,
    is_unique_status,
)

SemanticsStatuses = FrameworkStatuses
"""The statuses under one semantics, as :func:`statuses_under` gives them."""

DEFAULT_SEMANTICS: tuple[Semantics, ...] = (
    Semantics.GROUNDED,
    Semantics.COMPLETE,
    Semantics.PREFERRED,
    Semantics.STABLE,
    Semantics.SEMI_STABLE,
    Semantics.STAGE,
    Semantics.IDEAL,
    Semantics.EAGER,
    Semantics.CF2,
    Semantics.STAGE2,
)
"""The semantics a report compares, grounded first (conflict-free, naive and
admissible are left out: their credulous and sceptical verdicts repeat those of
preferred and grounded, or say nothing)."""


class Verdict(str, enum.Enum):
    """The coarse reading of a status, to compare semantics with each other."""

    ACCEPTED = "accepted"
    REJECTED = "rejected"
    OPEN = "open"
    NONE = "none"


def status_glyph(status: Status) -> str:
    """A one-character sign for ``status``, so that colour is never the only cue.

    >>> status_glyph(Status.IN), status_glyph(Status.CREDULOUS), status_glyph(Status.REJECTED)
    ('✓', '~', '✗')
    """
    return _GLYPHS[status]


def status_verdict(status: Status) -> Verdict:
    """Accepted, rejected, open (undecided / credulous only) or none.

    >>> status_verdict(Status.SCEPTICAL) is status_verdict(Status.IN) is Verdict.ACCEPTED
    True
    """
    return _VERDICTS[status]


def status_colour(status: Status) -> str:
    """The fill colour of ``status`` (a light tint of the Okabe–Ito colour of its verdict).

    >>> status_colour(Status.IN) == status_colour(Status.SCEPTICAL)
    True
    """
    if status is Status.CREDULOUS:
        return _COLOURS[status]
    return _COLOURS[status_verdict(status)]


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
_VERDICTS = {
    Status.IN: Verdict.ACCEPTED,
    Status.SCEPTICAL: Verdict.ACCEPTED,
    Status.OUT: Verdict.REJECTED,
    Status.REJECTED: Verdict.REJECTED,
    Status.UNDEC: Verdict.OPEN,
    Status.CREDULOUS: Verdict.OPEN,
    Status.NO_EXTENSION: Verdict.NONE,
    Status.UNKNOWN: Verdict.NONE,
}
# Okabe–Ito bluish green #009E73, vermillion #D55E00, yellow #F0E442 and sky
# blue #56B4E9, mixed with white so that black text stays readable on them.
_COLOURS: dict[Verdict | Status, str] = {
    Verdict.ACCEPTED: "#a6ddce",
    Verdict.REJECTED: "#f0c7a6",
    Verdict.OPEN: "#f8f3aa",
    Status.CREDULOUS: "#bbe1f6",
    Verdict.NONE: "#e6e6e6",
}
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
    return _text(_SEMANTICS_NAMES[Semantics.parse(semantics)], language)


@dataclass(frozen=True)
class StatusTable:
    """The statuses of every argument under several semantics.

    ``arguments`` are the framework's arguments in order; ``origin`` says, for a
    map, whether each stands for a ``"statement"`` or a ``"support"``
    (inference); for an abstract framework every origin is ``"argument"``.
    Displayed in a notebook, the table shows itself as HTML.

    Examples
    --------
    >>> from argmap.frameworks import AF
    >>> table = status_table(AF(["a", "b"], [("a", "b"), ("b", "a")]), ["grounded", "preferred"])
    >>> [s.value for s in table.row("a")]
    ['undec', 'credulous']
    >>> table.disagreements()
    ()
    """

    arguments: tuple[str, ...]
    origin: Mapping[str, str]
    results: tuple[SemanticsStatuses, ...]

    @property
    def semantics(self) -> tuple[Semantics, ...]:
        """The semantics, in table order."""
        return tuple(r.semantics for r in self.results)

    def __getitem__(self, semantics: Semantics | str) -> SemanticsStatuses:
        wanted = Semantics.parse(semantics)
        for result in self.results:
            if result.semantics is wanted:
                return result
        known = ", ".join(s.value for s in self.semantics)
        raise KeyError(f"semantics {wanted.value!r} is not in this table; it has: {known}")

    def row(self, argument: str) -> tuple[Status, ...]:
        """The statuses of ``argument`` under each semantics, in table order."""
        return tuple(r.status(argument) for r in self.results)

    def disagreements(self) -> tuple[str, ...]:
        """The arguments the semantics of the table give different verdicts.

        Verdicts compare across both kinds of semantics: in and sceptically
        accepted are *accepted*, out and rejected are *rejected*, undecided and
        credulously accepted only are *open*. Unknown and no-extension
        statuses take no part.
        """
        found = []
        for argument in self.arguments:
            verdicts = {status_verdict(s) for s in self.row(argument)} - {Verdict.NONE}
            if len(verdicts) > 1:
                found.append(argument)
        return tuple(found)

    def to_json(self) -> dict[str, Any]:
        """The table as JSON-ready data (used by the HTML report's script).

        >>> from argmap.frameworks import AF
        >>> data = status_table(AF(["a"], []), ["grounded"]).to_json()
        >>> data["semantics"][0]["statuses"]
        {'a': 'in'}
        """
        return {
            "arguments": list(self.arguments),
            "semantics": [
                {
                    "id": r.semantics.value,
                    "unique": r.unique,
                    "complete": r.complete,
                    "statuses": {a: s.value for a, s in r.statuses.items()},
                    "extensions": [list(e) for e in r.extensions],
                }
                for r in self.results
            ],
        }

    def _repr_html_(self) -> str:
        head = "".join(f"<th>{html.escape(semantics_name(s))}</th>" for s in self.semantics)
        rows = []
        for argument in self.arguments:
            cells = "".join(
                f'<td style="background:{status_colour(s)}" '
                f'title="{html.escape(status_name(s))}">'
                f"{status_glyph(s)} {html.escape(status_name(s))}</td>"
                for s in self.row(argument)
            )
            rows.append(f"<tr><th>{html.escape(argument)}</th>{cells}</tr>")
        return (
            '<table class="argmap-statuses"><thead><tr><th>argument</th>'
            f"{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
        )


def status_table(
    source: ArgumentMap | ArgumentationFramework | MapFramework,
    semantics: Iterable[Semantics | str] = DEFAULT_SEMANTICS,
    *,
    extension_limit: int = EXTENSION_LIMIT,
    timeout: float | None = None,
) -> StatusTable:
    """The status of every argument of ``source`` under each of ``semantics``.

    Each column is :func:`~argmap.semantics.evaluation.framework_statuses`: for a
    unique-status semantics the status is the label of the argument in the
    labelling of the single extension (``Ext2Lab``); for a multi-extension
    semantics, up to ``extension_limit`` extensions are enumerated, an argument
    in all of them is sceptically accepted, in some credulously accepted, in
    none rejected, and when the enumeration stopped early the arguments it
    leaves open are decided one query each, so the statuses stay exact. The
    extensions are listed smallest first, then by the positions of their members.

    Parameters
    ----------
    source : ArgumentMap, ArgumentationFramework or MapFramework
        A map is translated by :func:`~argmap.frameworks.translation.dung_framework`:
        its claims and its inferences are the arguments (issues are not).
    semantics : iterable of Semantics or str
        In table order; repeats are dropped.
    extension_limit : int
        How many extensions to list per semantics.
    timeout : float, optional
        Seconds allowed per semantics; arguments left undecided when it runs out
        get :attr:`Status.UNKNOWN`.

    Examples
    --------
    >>> from argmap.frameworks import AF
    >>> af = AF(["a", "b", "c"], [("a", "b"), ("b", "a"), ("a", "c"), ("b", "c")])
    >>> table = status_table(af, ["grounded", "preferred", "stable"])
    >>> [status_glyph(s) for s in table.row("c")]
    ['?', '✗', '✗']
    >>> table["preferred"].extensions
    (('a',), ('b',))
    """
    mf = source if isinstance(source, MapFramework) else None
    if isinstance(source, ArgumentMap):
        mf = dung_framework(source)
    if mf is not None:
        af = mf.framework
        origin: Mapping[str, str] = mf.origin
    else:
        assert isinstance(source, ArgumentationFramework)
        af = source
        origin = MappingProxyType(dict.fromkeys(af.arguments, "argument"))
    chosen: list[Semantics] = []
    for item in semantics:
        parsed = Semantics.parse(item)
        if parsed not in chosen:
            chosen.append(parsed)
    order = {a: i for i, a in enumerate(af.arguments)}
    results = tuple(
        _smallest_first(
            framework_statuses(af, s, extension_limit=extension_limit, timeout=timeout), order
        )
        for s in chosen
    )
    return StatusTable(tuple(af.arguments), origin, results)


def statuses_under(
    source: ArgumentMap | ArgumentationFramework | MapFramework,
    semantics: Semantics | str,
    *,
    extension_limit: int = EXTENSION_LIMIT,
    timeout: float | None = None,
) -> SemanticsStatuses:
    """The statuses under one semantics (:func:`status_table` with one column).

    >>> from argmap.frameworks import AF
    >>> statuses_under(AF(["a", "b"], [("a", "b")]), "grounded").status("b")
    <Status.OUT: 'out'>
    """
    table = status_table(source, [semantics], extension_limit=extension_limit, timeout=timeout)
    return table.results[0]


def _smallest_first(result: SemanticsStatuses, order: Mapping[str, int]) -> SemanticsStatuses:
    """``result`` with its extensions listed smallest first (then by position), as shown."""
    listed = sorted(result.extensions, key=lambda e: (len(e), tuple(order[a] for a in e)))
    return replace(result, extensions=tuple(listed))


__all__ = [
    "DEFAULT_SEMANTICS",
    "EXTENSION_LIMIT",
    "MULTIPLE_STATUSES",
    "UNIQUE_STATUSES",
    "UNIQUE_STATUS_SEMANTICS",
    "SemanticsStatuses",
    "Status",
    "StatusTable",
    "Verdict",
    "is_unique_status",
    "semantics_name",
    "status_colour",
    "status_description",
    "status_glyph",
    "status_name",
    "status_table",
    "status_verdict",
    "statuses_under",
]
