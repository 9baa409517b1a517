"""The status of every argument of a Dung framework under one semantics.

:func:`framework_statuses` (every argument) and :func:`argument_status` (one
argument) give each argument a :class:`Status`:

* **unique-status** semantics (grounded, ideal, eager) have exactly one
  extension, read as a labelling (Caminada & Gabbay 2009): **in** (accepted),
  **out** (attacked by an accepted argument) or **undec** (neither);
* **multi-extension** semantics (complete, preferred, stable, semi-stable,
  stage, cf2, stage2, naive, admissible, conflict-free) may have several: an
  argument is **sceptically** accepted (in every extension), **credulously**
  accepted (in some, not all) or **rejected** (in none); when there is no
  extension at all (stable semantics on an odd cycle) every status is
  **no extension**.

With a time limit (``timeout``), an argument the solver could not decide in
time is **unknown**, and the result says it is not complete.

Every status has a :class:`Verdict`, the word a reader is given: accepted,
credulously accepted, undecided or rejected. This is the one status vocabulary
of argmap: maps are evaluated by :func:`argmap.evaluation.evaluate`, which
reads it off the framework a reading of the map gives; the renderers draw it and
the explanations put it into words.

References
----------
.. [1] M. Caminada and D. Gabbay, "A logical account of formal argumentation",
   Studia Logica 93(2-3):109-145, 2009.
.. [2] P. Baroni, M. Caminada and M. Giacomin, "An introduction to
   argumentation semantics", Knowledge Engineering Review 26(4):365-410, 2011.
"""

from __future__ import annotations

import enum
import time
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from argmap.frameworks.abstract import ArgumentationFramework
from argmap.semantics.reasoning import (
    credulously_accepted,
    enumerate_extensions,
    sceptically_accepted,
    some_extension,
)
from argmap.semantics.types import Extension, Labelling, Semantics, SolverTimeout

UNIQUE_STATUS_SEMANTICS: frozenset[Semantics] = frozenset(
    {Semantics.GROUNDED, Semantics.IDEAL, Semantics.EAGER}
)
"""Semantics with exactly one extension: their statuses are in / out / undec."""

MAY_HAVE_NO_EXTENSION: frozenset[Semantics] = frozenset({Semantics.STABLE})
"""Semantics that may have no extension at all; every other one has at least one
extension on every finite framework (Baroni, Caminada & Giacomin 2011)."""

EXTENSION_LIMIT = 64
"""How many extensions :func:`framework_statuses` lists by default (statuses stay exact
beyond)."""


class Verdict(str, enum.Enum):
    """What a status says to a reader, whatever the kind of semantics.

    In and sceptically accepted are *accepted*; out and rejected (in no
    extension, also when there is none at all) are *rejected*; undec is
    *undecided*; credulously accepted only is *credulous*. An unknown status has
    no verdict.
    """

    ACCEPTED = "accepted"
    CREDULOUS = "credulous"
    UNDECIDED = "undecided"
    REJECTED = "rejected"

    @property
    def open(self) -> bool:
        """Neither accepted nor rejected: undecided, or credulously accepted only.

        >>> Verdict.CREDULOUS.open, Verdict.REJECTED.open
        (True, False)
        """
        return self in (Verdict.UNDECIDED, Verdict.CREDULOUS)


class Status(str, enum.Enum):
    """The status of one argument under one semantics (see the module docstring).

    ``in`` / ``out`` / ``undec`` for unique-status semantics; ``sceptical`` /
    ``credulous`` / ``rejected`` / ``no_extension`` for the others; ``unknown``
    under either when the time limit ran out before the argument was decided.
    """

    IN = "in"
    OUT = "out"
    UNDEC = "undec"
    SCEPTICAL = "sceptical"
    CREDULOUS = "credulous"
    REJECTED = "rejected"
    NO_EXTENSION = "no_extension"
    UNKNOWN = "unknown"

    @property
    def accepted(self) -> bool:
        """Whether the status accepts the argument: in, or sceptically accepted.

        >>> Status.SCEPTICAL.accepted, Status.CREDULOUS.accepted
        (True, False)
        """
        return self in (Status.IN, Status.SCEPTICAL)

    @property
    def verdict(self) -> Verdict | None:
        """The :class:`Verdict` of this status; ``None`` for :attr:`UNKNOWN`.

        >>> Status.SCEPTICAL.verdict, Status.NO_EXTENSION.verdict
        (<Verdict.ACCEPTED: 'accepted'>, <Verdict.REJECTED: 'rejected'>)
        """
        return _VERDICTS.get(self)


_VERDICTS = {
    Status.IN: Verdict.ACCEPTED,
    Status.SCEPTICAL: Verdict.ACCEPTED,
    Status.CREDULOUS: Verdict.CREDULOUS,
    Status.UNDEC: Verdict.UNDECIDED,
    Status.OUT: Verdict.REJECTED,
    Status.REJECTED: Verdict.REJECTED,
    Status.NO_EXTENSION: Verdict.REJECTED,
}


@dataclass(frozen=True)
class FrameworkStatuses:
    """The status of every argument of a framework under one semantics.

    ``statuses`` maps every argument, in framework order, to its :class:`Status`.
    ``extensions`` lists the extensions found, each in framework order, the list
    sorted by position; ``complete`` is false when the list was cut at the limit
    or by the time limit (the statuses are exact all the same, unless they are
    :attr:`Status.UNKNOWN`).
    """

    semantics: Semantics
    statuses: Mapping[str, Status]
    extensions: tuple[tuple[str, ...], ...]
    complete: bool

    @property
    def unique(self) -> bool:
        """Whether this is a unique-status semantics (statuses in / out / undec)."""
        return self.semantics in UNIQUE_STATUS_SEMANTICS

    def status(self, argument: str) -> Status:
        """The status of ``argument`` (``KeyError`` naming it if it is not an argument)."""
        try:
            return self.statuses[argument]
        except KeyError:
            raise KeyError(f"{argument!r} is not an argument of this framework") from None

    def __contains__(self, argument: object) -> bool:
        return argument in self.statuses


def framework_statuses(
    af: ArgumentationFramework,
    semantics: Semantics | str,
    *,
    extension_limit: int = EXTENSION_LIMIT,
    engine: str = "auto",
    timeout: float | None = None,
) -> FrameworkStatuses:
    """The status of every argument of ``af`` under ``semantics``.

    Unique-status semantics: the label of the argument in ``Ext2Lab`` of the one
    extension (Caminada & Gabbay 2009). Multi-extension semantics: up to
    ``extension_limit`` extensions are listed; an argument in all of them is
    sceptically accepted, in some credulously accepted, in none rejected. When
    there are more, the arguments the listed ones leave open are decided one
    query each (as in :func:`argument_status`), so the statuses are exact.

    Parameters
    ----------
    af : ArgumentationFramework
    semantics : Semantics or str
    extension_limit : int
        How many extensions to list.
    engine : {"auto", "python", "sat"}
        Passed to the semantics API.
    timeout : float, optional
        Seconds allowed in all. When they run out (while computing the one
        extension of a unique-status semantics, or while deciding the arguments a
        cut enumeration left open), the arguments not decided yet are
        :attr:`Status.UNKNOWN` and the result is not ``complete``.

    Returns
    -------
    FrameworkStatuses

    Raises
    ------
    ValueError
        For an unknown semantics or engine, a negative limit or timeout.

    Examples
    --------
    >>> from argmap.frameworks import AF
    >>> af = AF(["a", "b", "c"], [("a", "b"), ("b", "a"), ("b", "c")])
    >>> dict(framework_statuses(af, "grounded").statuses)
    {'a': <Status.UNDEC: 'undec'>, 'b': <Status.UNDEC: 'undec'>, 'c': <Status.UNDEC: 'undec'>}
    >>> result = framework_statuses(af, "preferred")
    >>> result.status("c").value, result.extensions
    ('credulous', (('a', 'c'), ('b',)))
    >>> framework_statuses(af, "preferred", extension_limit=1).status("c").value
    'credulous'
    """
    chosen = Semantics.parse(semantics)
    deadline = _deadline(timeout)
    order = {a: i for i, a in enumerate(af.arguments)}

    def ordered(extension: Extension) -> tuple[str, ...]:
        return tuple(sorted(extension, key=order.__getitem__))

    if chosen in UNIQUE_STATUS_SEMANTICS:
        try:
            extension = some_extension(af, chosen, engine=engine, timeout=timeout)
        except SolverTimeout:
            unknown = dict.fromkeys(af.arguments, Status.UNKNOWN)
            return FrameworkStatuses(chosen, MappingProxyType(unknown), (), False)
        assert extension is not None  # unique-status semantics always have one
        labelling = Labelling.from_extension(af, extension)
        labels = {a: Status(labelling.label(a).value) for a in af.arguments}
        return FrameworkStatuses(chosen, MappingProxyType(labels), (ordered(extension),), True)

    found = enumerate_extensions(af, chosen, engine=engine, limit=extension_limit, timeout=timeout)
    listed = tuple(
        sorted(
            (ordered(e) for e in found.extensions),
            key=lambda e: [order[a] for a in e],
        )
    )
    if found.complete and not found.extensions:
        none = dict.fromkeys(af.arguments, Status.NO_EXTENSION)
        return FrameworkStatuses(chosen, MappingProxyType(none), (), True)
    union: set[str] = set().union(*found.extensions)
    common: set[str] = set(af.arguments).intersection(*found.extensions)
    statuses: dict[str, Status] = {}
    for argument in af.arguments:
        in_some, in_all = argument in union, argument in common
        if found.complete:
            statuses[argument] = _listed_status(in_some, in_all)
        else:
            statuses[argument] = _decided(
                af,
                argument,
                chosen,
                engine=engine,
                deadline=deadline,
                in_some=in_some,
                in_all=in_all,
                exists=bool(found.extensions),
            )
    return FrameworkStatuses(chosen, MappingProxyType(statuses), listed, found.complete)


def argument_status(
    af: ArgumentationFramework,
    argument: str,
    semantics: Semantics | str,
    *,
    engine: str = "auto",
    timeout: float | None = None,
) -> Status:
    """The status of one argument of ``af`` under ``semantics``, without listing extensions.

    The same status as :func:`framework_statuses` gives it, found with one or
    two queries: the one extension of a unique-status semantics, labelled as in
    ``Ext2Lab`` (Caminada & Gabbay 2009); otherwise credulous acceptance, then
    sceptical acceptance of a credulously accepted argument (and, for a
    semantics that may have no extension, whether it has one). This is also how
    :func:`framework_statuses` decides what a cut enumeration leaves open.

    Parameters
    ----------
    af : ArgumentationFramework
    argument : str
    semantics : Semantics or str
    engine : {"auto", "python", "sat"}
    timeout : float, optional
        Seconds allowed; :attr:`Status.UNKNOWN` when they run out.

    Raises
    ------
    KeyError
        When ``argument`` is not an argument of ``af``.
    ValueError
        For an unknown semantics or engine, or a negative timeout.

    Examples
    --------
    >>> from argmap.frameworks import AF
    >>> af = AF(["a", "b", "c"], [("a", "b"), ("b", "a"), ("b", "c")])
    >>> argument_status(af, "c", "grounded"), argument_status(af, "c", "preferred")
    (<Status.UNDEC: 'undec'>, <Status.CREDULOUS: 'credulous'>)
    >>> odd = AF(["a", "b", "c"], [("a", "b"), ("b", "c"), ("c", "a")])
    >>> argument_status(odd, "a", "stable").value
    'no_extension'
    """
    chosen = Semantics.parse(semantics)
    deadline = _deadline(timeout)
    af.index(argument)
    if chosen in UNIQUE_STATUS_SEMANTICS:
        try:
            extension = some_extension(af, chosen, engine=engine, timeout=timeout)
        except SolverTimeout:
            return Status.UNKNOWN
        assert extension is not None  # unique-status semantics always have one
        return Status(Labelling.from_extension(af, extension).label(argument).value)
    return _decided(af, argument, chosen, engine=engine, deadline=deadline)


def _listed_status(in_some: bool, in_all: bool) -> Status:
    """The status of an argument from every extension, when there is at least one."""
    if in_all:
        return Status.SCEPTICAL
    return Status.CREDULOUS if in_some else Status.REJECTED


def _decided(
    af: ArgumentationFramework,
    argument: str,
    semantics: Semantics,
    *,
    engine: str,
    deadline: float | None,
    in_some: bool = False,
    in_all: bool = True,
    exists: bool = False,
) -> Status:
    """Decide by queries what the extensions listed so far leave open.

    ``in_some`` and ``in_all`` say whether the listed extensions (possibly none)
    hold ``argument``; ``exists``, whether one was listed. Unknown on timeout.
    """
    try:
        if not in_some:
            in_some = credulously_accepted(
                af, argument, semantics, engine=engine, timeout=_remaining(deadline)
            )
        if in_some:
            in_all = in_all and sceptically_accepted(
                af, argument, semantics, engine=engine, timeout=_remaining(deadline)
            )
            return _listed_status(True, in_all)
        if exists or semantics not in MAY_HAVE_NO_EXTENSION:
            return Status.REJECTED
        # In no extension, yet in every one: there is no extension at all.
        if sceptically_accepted(
            af, argument, semantics, engine=engine, timeout=_remaining(deadline)
        ):
            return Status.NO_EXTENSION
        return Status.REJECTED
    except SolverTimeout:
        return Status.UNKNOWN


def _deadline(timeout: float | None) -> float | None:
    if timeout is None:
        return None
    if timeout < 0:
        raise ValueError(f"timeout must be a number of seconds >= 0, got {timeout!r}")
    return time.monotonic() + timeout


def _remaining(deadline: float | None) -> float | None:
    if deadline is None:
        return None
    return max(0.0, deadline - time.monotonic())
