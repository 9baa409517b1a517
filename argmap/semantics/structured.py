"""Statement statuses in the structured reading: conclusion labellings of ASPIC+ arguments.

A statement's status follows from the status of the arguments that conclude it,
as in the conclusion labellings of Wu & Caminada (2010) and Caminada & Wu (2011):
an argument labelling ``L`` induces the conclusion labelling

``CL(c) = max{L(A) | Conc(A) = c}`` with ``out < undec < in`` (``out`` when no
argument concludes ``c``).

* Under a **unique-status** semantics (grounded, ideal, eager) a statement is
  ``in`` (some argument for it is in), ``out`` (every argument for it is out, or
  it has none) or ``undec``.
* Under the others a statement is **sceptically** accepted when it is ``in`` in
  the conclusion labelling of *every* extension: some argument for it is in each
  extension, not necessarily the same one (a *floating* conclusion, which no single
  argument carries), **credulously** accepted when in some, **rejected** when in
  none; **no extension** when the semantics has none (stable).

References
----------
.. [1] Y. Wu and M. Caminada, "A labelling-based justification status of
   arguments", Studies in Logic 3(4):12-29, 2010.
.. [2] M. Caminada and Y. Wu, "On the limitations of abstract argumentation",
   BNAIC 2011, 59-66.
.. [3] M. Caminada and D. Gabbay, "A logical account of formal argumentation",
   Studia Logica 93(2-3):109-145, 2009.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from argmap.frameworks.structured import StructuredArgument, StructuredFramework
from argmap.semantics.statuses import (
    EXTENSION_LIMIT,
    UNIQUE_STATUS_SEMANTICS,
    FrameworkStatuses,
    Status,
    framework_statuses,
)
from argmap.semantics.types import Semantics

_RANK = {Status.OUT: 0, Status.UNDEC: 1, Status.IN: 2}


@dataclass(frozen=True)
class ConclusionStatuses:
    """Every claim's status, and the argument statuses it comes from.

    Attributes
    ----------
    semantics : Semantics
    statuses : Mapping[str, Status]
        Every claim of the map, in map order.
    arguments : FrameworkStatuses
        The status of every argument (and the extensions listed).
    structured : StructuredFramework
        The framework evaluated.
    """

    semantics: Semantics
    statuses: Mapping[str, Status]
    arguments: FrameworkStatuses
    structured: StructuredFramework

    def status(self, statement: str) -> Status:
        """The status of the claim ``statement`` (``KeyError`` naming it otherwise)."""
        try:
            return self.statuses[statement]
        except KeyError:
            raise KeyError(f"{statement!r} is not a claim of this map") from None

    def arguments_for(self, statement: str) -> Mapping[str, Status]:
        """The status of each argument concluding ``statement``, in construction order."""
        return MappingProxyType(
            {
                a.name: self.arguments.status(a.name)
                for a in self.structured.arguments_for(statement)
            }
        )


def conclusion_statuses(
    structured: StructuredFramework,
    semantics: Semantics | str,
    *,
    engine: str = "auto",
    timeout: float | None = None,
    extension_limit: int = EXTENSION_LIMIT,
) -> ConclusionStatuses:
    """The status of every claim under ``semantics`` (see the module docstring).

    Parameters
    ----------
    structured : StructuredFramework
        From :func:`~argmap.frameworks.structured.structured_framework`.
    semantics : Semantics or str
        Any Dung semantics argmap has.
    engine : {"auto", "python", "sat"}
    timeout : float, optional
        Seconds allowed; what is not decided in time is :attr:`Status.UNKNOWN`.
    extension_limit : int
        How many extensions to list. Beyond it the argument statuses are still
        exact, and so is every claim's status, except a claim with several
        arguments, none sceptically accepted, that every listed extension supports:
        it may be a floating conclusion, and is :attr:`Status.UNKNOWN`.

    Returns
    -------
    ConclusionStatuses

    Examples
    --------
    ``u`` undercuts the only reason for ``c``; ``c`` is out, though nothing attacks
    the statement itself:

    >>> from argmap.model import ArgumentMap
    >>> from argmap.frameworks.structured import structured_framework
    >>> m = ArgumentMap(title="t", statements=[
    ...     {"id": i, "text": {"en": i}} for i in ("c", "p", "u")],
    ...     supports=[{"id": "s", "premises": ["p"], "conclusion": "c"}],
    ...     attacks=[{"id": "x", "kind": "undercut", "source": "u", "target": "s"}])
    >>> result = conclusion_statuses(structured_framework(m), "grounded")
    >>> {k: v.value for k, v in result.statuses.items()}
    {'c': 'out', 'p': 'in', 'u': 'in'}

    A floating conclusion: ``a`` and ``b`` exclude each other, and each supports ``c``:

    >>> m = ArgumentMap(title="t", statements=[
    ...     {"id": i, "text": {"en": i}} for i in ("a", "b", "c")],
    ...     supports=[{"id": "s1", "premises": ["a"], "conclusion": "c"},
    ...               {"id": "s2", "premises": ["b"], "conclusion": "c"}],
    ...     attacks=[{"id": "x", "kind": "rebut", "source": "a", "target": "b",
    ...               "contradictory": True}])
    >>> result = conclusion_statuses(structured_framework(m), "preferred")
    >>> result.status("c").value, {k: v.value for k, v in result.arguments_for("c").items()}
    ('sceptical', {'c:s1': 'credulous', 'c:s2': 'credulous'})
    >>> conclusion_statuses(structured_framework(m), "grounded").status("c").value
    'undec'
    """
    chosen = Semantics.parse(semantics)
    found = framework_statuses(
        structured.framework,
        chosen,
        extension_limit=extension_limit,
        engine=engine,
        timeout=timeout,
    )
    statuses: dict[str, Status] = {}
    for claim in structured.theory.language:
        carriers = structured.arguments_for(claim)
        if chosen in UNIQUE_STATUS_SEMANTICS:
            statuses[claim] = _unique(carriers, found)
        else:
            statuses[claim] = _multiple(carriers, found)
    return ConclusionStatuses(chosen, MappingProxyType(statuses), found, structured)


def carried_status(result: ConclusionStatuses, carriers: tuple[StructuredArgument, ...]) -> Status:
    """The status that the arguments ``carriers`` give what they all establish.

    The conclusion labelling of the module docstring applied to any set of
    arguments: for a claim, those that conclude it (:func:`conclusion_statuses`);
    for a support, those whose top rule it is, so that an inference is as
    accepted as its best application.

    Examples
    --------
    >>> from argmap.model import ArgumentMap
    >>> from argmap.frameworks.structured import structured_framework
    >>> m = ArgumentMap(title="t", statements=[
    ...     {"id": i, "text": {"en": i}} for i in ("c", "p", "u")],
    ...     supports=[{"id": "s", "premises": ["p"], "conclusion": "c"}],
    ...     attacks=[{"id": "x", "kind": "undercut", "source": "u", "target": "s"}])
    >>> sf = structured_framework(m)
    >>> result = conclusion_statuses(sf, "grounded")
    >>> carried_status(result, tuple(a for a in sf.arguments if a.top_rule == "s")).value
    'out'
    """
    if result.semantics in UNIQUE_STATUS_SEMANTICS:
        return _unique(carriers, result.arguments)
    return _multiple(carriers, result.arguments)


def _unique(carriers: tuple[StructuredArgument, ...], found: FrameworkStatuses) -> Status:
    """The highest argument label, ``out`` for none; unknown if an unknown one could be higher."""
    labels = [found.status(a.name) for a in carriers]
    known = [_RANK[s] for s in labels if s in _RANK]
    best = max(known, default=0)
    if len(known) < len(labels) and best < _RANK[Status.IN]:
        return Status.UNKNOWN
    return (Status.OUT, Status.UNDEC, Status.IN)[best]


def _multiple(carriers: tuple[StructuredArgument, ...], found: FrameworkStatuses) -> Status:
    if found.complete and not found.extensions:
        return Status.NO_EXTENSION
    names = {a.name for a in carriers}
    if found.complete:
        holding = [bool(names.intersection(e)) for e in found.extensions]
        if all(holding):
            return Status.SCEPTICAL
        return Status.CREDULOUS if any(holding) else Status.REJECTED
    labels = {found.status(n) for n in names}
    if Status.SCEPTICAL in labels:
        return Status.SCEPTICAL
    if Status.CREDULOUS in labels:
        listed = found.extensions
        if len(names) > 1 and listed and all(names.intersection(e) for e in listed):
            return Status.UNKNOWN
        return Status.CREDULOUS
    if Status.NO_EXTENSION in labels:
        return Status.NO_EXTENSION
    return Status.UNKNOWN if Status.UNKNOWN in labels else Status.REJECTED
