"""A map (or a framework) evaluated under several semantics at once: a status table.

:func:`status_table` evaluates ``source`` under each semantics of a list with
:func:`~argmap.evaluation.compute.evaluate`, under one reading, and lists the
extensions of each smallest first. The report and the notebook display show it;
:meth:`StatusTable.disagreements` finds the arguments the semantics disagree on.

References
----------
.. [1] P. Baroni, M. Caminada and M. Giacomin, "An introduction to
   argumentation semantics", Knowledge Engineering Review 26(4):365-410, 2011.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from argmap.evaluation.compute import evaluate
from argmap.evaluation.names import parse_extension_semantics, semantics_name
from argmap.evaluation.readings import Reading, parse_reading
from argmap.evaluation.result import Evaluation, Origin
from argmap.frameworks.abstract import ArgumentationFramework
from argmap.model import ArgumentMap
from argmap.semantics.statuses import EXTENSION_LIMIT, Status
from argmap.semantics.types import Semantics

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


@dataclass(frozen=True)
class StatusTable:
    """The statuses of every argument under several semantics, under one reading.

    ``arguments`` are the evaluated arguments in order; ``origin`` says, for a
    map, whether each stands for a ``"statement"`` or a ``"support"``
    (inference); for an abstract framework every origin is ``"argument"``.
    ``results`` holds one :class:`~argmap.evaluation.result.Evaluation` per
    semantics, in table order.

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
    origin: Mapping[str, Origin]
    reading: Reading
    results: tuple[Evaluation, ...]

    def __repr__(self) -> str:
        """A one-line summary: the reading, the size and the semantics compared."""
        names = ", ".join(r.name for r in self.results)
        n = len(self.arguments)
        return (
            f"<StatusTable {self.reading.value} reading: {n} argument{'' if n == 1 else 's'} "
            f"under {names}>"
        )

    @property
    def semantics(self) -> tuple[Semantics, ...]:
        """The semantics, in table order."""
        return tuple(parse_extension_semantics(r.semantics) for r in self.results)

    def __getitem__(self, semantics: Semantics | str) -> Evaluation:
        wanted = parse_extension_semantics(semantics)
        for result in self.results:
            if result.semantics is wanted:
                return result
        known = ", ".join(semantics_name(s) for s in self.semantics)
        raise KeyError(
            f"semantics {semantics_name(wanted)!r} is not in this table; it has: {known}"
        )

    def row(self, argument: str) -> tuple[Status, ...]:
        """The statuses of ``argument`` under each semantics, in table order."""
        return tuple(r.status(argument) for r in self.results)

    def disagreements(self) -> tuple[str, ...]:
        """The arguments the semantics of the table give different verdicts.

        Verdicts compare across both kinds of semantics: in and sceptically
        accepted are accepted, out and rejected are rejected, undecided and
        credulously accepted only are both *open*. Unknown and no-extension
        statuses take no part.
        """
        found = []
        for argument in self.arguments:
            verdicts = {
                "open" if verdict.open else verdict.value
                for status in self.row(argument)
                if status not in (Status.NO_EXTENSION, Status.UNKNOWN)
                and (verdict := status.verdict) is not None
            }
            if len(verdicts) > 1:
                found.append(argument)
        return tuple(found)

    def to_json(self) -> dict[str, Any]:
        """The table as JSON-ready data (the HTML report's script reads it).

        >>> from argmap.frameworks import AF
        >>> data = status_table(AF(["a"], []), ["grounded"]).to_json()
        >>> data["reading"], data["semantics"][0]["statuses"]
        ('abstract', {'a': 'in'})
        """
        return {
            "reading": self.reading.value,
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


def status_table(
    source: ArgumentMap | ArgumentationFramework,
    semantics: Iterable[Semantics | str] = DEFAULT_SEMANTICS,
    *,
    reading: Reading | str | None = None,
    extension_limit: int = EXTENSION_LIMIT,
    timeout: float | None = None,
) -> StatusTable:
    """The status of every argument of ``source`` under each of ``semantics``.

    Each column is :func:`~argmap.evaluation.compute.evaluate` under
    ``reading``; the extensions of each are listed smallest first, then by the
    positions of their members.

    Parameters
    ----------
    source : ArgumentMap or ArgumentationFramework
    semantics : iterable of Semantics or str
        Extension-based semantics, in table order; repeats are dropped.
    reading : Reading or str, optional
        How a map is read (the default reading when not given).
    extension_limit : int
        How many extensions to list per semantics.
    timeout : float, optional
        Seconds allowed per semantics; arguments left undecided when it runs out
        get :attr:`~argmap.semantics.statuses.Status.UNKNOWN`.

    Raises
    ------
    ValueError
        For an unknown or gradual semantics, or an unknown reading.

    Examples
    --------
    >>> from argmap.frameworks import AF
    >>> af = AF(["a", "b", "c"], [("a", "b"), ("b", "a"), ("a", "c"), ("b", "c")])
    >>> table = status_table(af, ["grounded", "preferred", "stable"])
    >>> [s.value for s in table.row("c")]
    ['undec', 'rejected', 'rejected']
    >>> table["preferred"].extensions
    (('a',), ('b',))
    """
    chosen: list[Semantics] = []
    for item in semantics:
        parsed = parse_extension_semantics(item)
        if parsed not in chosen:
            chosen.append(parsed)
    if isinstance(source, ArgumentationFramework):
        read = Reading.ABSTRACT if reading is None else parse_reading(reading)
    else:
        read = parse_reading(reading)
    results = [
        evaluate(source, s, reading=read, extension_limit=extension_limit, timeout=timeout)
        for s in chosen
    ]
    if results:
        origin = results[0].origin
    else:
        origin = evaluate(source, Semantics.GROUNDED, reading=read).origin
    order = {a: i for i, a in enumerate(origin)}
    return StatusTable(
        tuple(origin), origin, read, tuple(_smallest_first(r, order) for r in results)
    )


def _smallest_first(result: Evaluation, order: Mapping[str, int]) -> Evaluation:
    """``result`` with its extensions listed smallest first (then by position), as shown."""
    listed = sorted(result.extensions, key=lambda e: (len(e), tuple(order[a] for a in e)))
    return replace(result, extensions=tuple(listed))
