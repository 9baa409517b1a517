"""Evaluate a whole map under one extension-based semantics: a status per statement.

:func:`evaluate` turns a map into a Dung framework, computes the extensions of
one semantics and gives every statement (and every inference) a
:class:`Status`:

* **unique-status** semantics (grounded, ideal, eager) have exactly one
  extension, read as a labelling (Caminada & Gabbay 2009): **in** (accepted),
  **out** (attacked by an accepted argument) or **undec** (neither);
* **multi-extension** semantics (complete, preferred, stable, semi-stable,
  stage, cf2, stage2, naive, admissible, conflict-free) may have several: a
  statement is **sceptically** accepted (in every extension), **credulously**
  accepted (in some, not all) or **rejected** (in none); when there is no
  extension at all (stable semantics on an odd cycle) every status is
  **no extension**.

With a time limit (``timeout``), an argument the solver could not decide in
time is **unknown**, and the result says it is not complete.

:func:`framework_statuses` (every argument of a framework) and
:func:`argument_status` (one argument) are where these statuses are computed;
the renderers draw them and the explanations put them into words.

Which framework is evaluated depends on ``support``:

``None``
    the pure Dung view of :func:`~argmap.frameworks.translation.dung_framework`:
    claims and inferences are arguments, attacks are the map's, supports carry
    no attack.
``"deductive"``, ``"necessary"``, ``"evidential"``, ``"general"``
    the bipolar framework of
    :func:`~argmap.frameworks.map_bipolar.bipolar_framework` under that reading,
    flattened into a Dung framework (the attacks the supports imply are added;
    see :mod:`argmap.frameworks.bipolar`). Under the evidential reading the
    arguments without evidence are left out of the flattening: they are in no
    extension, and their status is *out* (unique-status semantics) or *rejected*.

Gradual semantics, which give strengths rather than statuses, are evaluated by
:func:`argmap.gradual.evaluation.evaluate`, which also accepts every name
accepted here.

References
----------
.. [1] M. Caminada and D. Gabbay, "A logical account of formal argumentation",
   Studia Logica 93(2-3):109-145, 2009.
.. [2] P. Baroni, M. Caminada and M. Giacomin, "An introduction to
   argumentation semantics", Knowledge Engineering Review 26(4):365-410, 2011.
.. [3] C. Cayrol, M.-C. Lagasquie-Schiex, "Bipolarity in argumentation graphs:
   Towards a better understanding", IJAR 54(7):876-899, 2013.
"""

from __future__ import annotations

import enum
import time
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from argmap.frameworks.abstract import ArgumentationFramework
from argmap.frameworks.bipolar import SupportInterpretation
from argmap.frameworks.map_bipolar import bipolar_framework
from argmap.frameworks.translation import Element, dung_framework
from argmap.model import ArgumentMap
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
"""How many extensions :func:`evaluate` lists by default (statuses stay exact beyond)."""


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


def is_unique_status(semantics: Semantics | str) -> bool:
    """Whether ``semantics`` always has exactly one extension (grounded, ideal, eager).

    >>> is_unique_status("ideal"), is_unique_status("preferred")
    (True, False)
    """
    return Semantics.parse(semantics) in UNIQUE_STATUS_SEMANTICS


def semantics_name(semantics: Semantics) -> str:
    """The public spelling of ``semantics``: its value with ``-`` for ``_``.

    >>> semantics_name(Semantics.SEMI_STABLE)
    'semi-stable'
    """
    return semantics.value.replace("_", "-")


def parse_support(support: SupportInterpretation | str | None) -> SupportInterpretation | None:
    """The reading of support called ``support`` (``None`` stays ``None``: the Dung view).

    Raises
    ------
    ValueError
        For an unknown name, listing the known ones.

    >>> parse_support("Necessary")
    <SupportInterpretation.NECESSARY: 'necessary'>
    """
    if support is None or isinstance(support, SupportInterpretation):
        return support
    try:
        return SupportInterpretation(support.strip().lower())
    except ValueError:
        known = ", ".join(i.value for i in SupportInterpretation)
        raise ValueError(
            f"unknown support interpretation {support!r}; choose one of: {known}"
        ) from None


@dataclass(frozen=True)
class MapDungView:
    """The Dung framework a map is evaluated on, with what its arguments stand for.

    ``origin`` lists every argument of the map (claims, then inferences, in map
    order) as ``"statement"`` or ``"support"``; ``framework`` holds them all
    except ``without_evidence``, the arguments the evidential flattening leaves
    out.
    """

    framework: ArgumentationFramework
    origin: Mapping[str, Element]
    support: SupportInterpretation | None
    without_evidence: frozenset[str]


def dung_view(m: ArgumentMap, support: SupportInterpretation | str | None = None) -> MapDungView:
    """The Dung framework of ``m``: the pure Dung view, or a bipolar flattening.

    Parameters
    ----------
    m : ArgumentMap
    support : SupportInterpretation or str, optional
        ``None`` for the Dung view (supports carry no attack); ``deductive``,
        ``necessary``, ``evidential`` or ``general`` for the flattening of the
        bipolar framework under that reading.

    Examples
    --------
    >>> m = ArgumentMap(title="t", statements=[
    ...     {"id": "c", "text": {"en": "C"}}, {"id": "p", "text": {"en": "P"}},
    ...     {"id": "u", "text": {"en": "U"}}],
    ...     supports=[{"id": "s", "premises": ["p"], "conclusion": "c"}],
    ...     attacks=[{"id": "x", "kind": "undercut", "source": "u", "target": "s"}])
    >>> dung_view(m).framework.sorted_attacks()
    [('u', 's')]
    >>> dung_view(m, "necessary").framework.sorted_attacks()
    [('u', 'c'), ('u', 's')]
    """
    reading = parse_support(support)
    if reading is None:
        mf = dung_framework(m)
        return MapDungView(mf.framework, mf.origin, None, frozenset())
    mb = bipolar_framework(m, reading)
    flat = mb.framework.flatten()
    missing = frozenset(a for a in mb.framework.arguments if a not in flat)
    return MapDungView(flat, mb.origin, reading, missing)


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


@dataclass(frozen=True)
class ExtensionEvaluation:
    """A map evaluated under one extension-based semantics.

    Attributes
    ----------
    semantics : Semantics
    support : SupportInterpretation or None
        The reading of support, ``None`` for the pure Dung view.
    statuses : Mapping[str, Status]
        Every argument of the map (claims, then inferences, in map order).
    origin : Mapping[str, str]
        ``"statement"`` or ``"support"`` for each argument.
    extensions : tuple of tuple of str
        The extensions listed (all of them when ``complete``), sorted.
    complete : bool
        Whether every extension is listed.
    without_evidence : frozenset of str
        Arguments the evidential reading leaves without evidence (rejected).

    Examples
    --------
    ``c`` and ``d`` rebut each other; ``p`` supports ``c`` through ``s``:

    >>> m = ArgumentMap(title="t", statements=[
    ...     {"id": "c", "text": {"en": "C"}}, {"id": "d", "text": {"en": "D"}},
    ...     {"id": "p", "text": {"en": "P"}}],
    ...     supports=[{"id": "s", "premises": ["p"], "conclusion": "c"}],
    ...     attacks=[{"id": "x", "kind": "rebut", "source": "c", "target": "d"},
    ...              {"id": "y", "kind": "rebut", "source": "d", "target": "c"}])
    >>> result = evaluate(m, "preferred", support="deductive")
    >>> result.name, result.unique, result.extensions
    ('preferred', False, (('c', 'p', 's'), ('d', 'p')))
    >>> result.status("s").value, result.containing("s")
    ('credulous', (0,))
    >>> [status.value for status in result.statement_statuses().values()]
    ['credulous', 'credulous', 'sceptical']
    """

    semantics: Semantics
    support: SupportInterpretation | None
    statuses: Mapping[str, Status]
    origin: Mapping[str, Element]
    extensions: tuple[tuple[str, ...], ...]
    complete: bool
    without_evidence: frozenset[str]

    @property
    def name(self) -> str:
        """The public name of the semantics, e.g. ``semi-stable``."""
        return semantics_name(self.semantics)

    @property
    def unique(self) -> bool:
        """Whether the semantics is unique-status (statuses in / out / undec)."""
        return self.semantics in UNIQUE_STATUS_SEMANTICS

    def status(self, argument: str) -> Status:
        """The status of a statement or inference (``KeyError`` naming it otherwise)."""
        try:
            return self.statuses[argument]
        except KeyError:
            raise KeyError(f"{argument!r} is not a claim or an inference of this map") from None

    def statement_statuses(self) -> Mapping[str, Status]:
        """The statuses of the claims only, in map order."""
        return MappingProxyType(
            {a: s for a, s in self.statuses.items() if self.origin[a] == "statement"}
        )

    def containing(self, argument: str) -> tuple[int, ...]:
        """The positions, in :attr:`extensions`, of the extensions that contain ``argument``."""
        self.status(argument)
        return tuple(i for i, e in enumerate(self.extensions) if argument in e)

    def to_json(self, *, inferences: bool = False) -> dict[str, dict[str, Any]]:
        """``{statement id: {"status": ...}}`` in map order, ready for :func:`json.dumps`.

        Multi-extension semantics add ``"extensions"``: the positions of the listed
        extensions that contain the statement. With ``inferences=True`` the
        inferences (support ids) follow the statements.
        """
        data: dict[str, dict[str, Any]] = {}
        for argument, status in self.statuses.items():
            if self.origin[argument] != "statement" and not inferences:
                continue
            entry: dict[str, Any] = {"status": status.value}
            if not self.unique:
                entry["extensions"] = list(self.containing(argument))
            data[argument] = entry
        return data


def evaluate(
    m: ArgumentMap,
    semantics: Semantics | str,
    *,
    support: SupportInterpretation | str | None = None,
    extension_limit: int = EXTENSION_LIMIT,
) -> ExtensionEvaluation:
    """The status of every claim and inference of ``m`` under ``semantics``.

    Parameters
    ----------
    m : ArgumentMap
    semantics : Semantics or str
        ``grounded``, ``preferred``, ``stable``, ``semi-stable``, ``complete``,
        ``stage``, ``ideal``, ``eager``, ``cf2``, ``stage2``, ``naive``,
        ``admissible`` or ``conflict-free``.
    support : SupportInterpretation or str, optional
        ``None`` (default): the pure Dung view. ``deductive``, ``necessary``,
        ``evidential`` or ``general``: the flattening of the map's bipolar
        framework under that reading (see the module docstring).
    extension_limit : int
        How many extensions to list (statuses are exact beyond it).

    Returns
    -------
    ExtensionEvaluation

    Raises
    ------
    ValueError
        For an unknown semantics or support interpretation.

    Examples
    --------
    ``u`` undercuts the only inference for ``c``:

    >>> m = ArgumentMap(title="t", statements=[
    ...     {"id": "c", "text": {"en": "C"}}, {"id": "p", "text": {"en": "P"}},
    ...     {"id": "u", "text": {"en": "U"}}],
    ...     supports=[{"id": "s", "premises": ["p"], "conclusion": "c"}],
    ...     attacks=[{"id": "x", "kind": "undercut", "source": "u", "target": "s"}])
    >>> evaluate(m, "grounded").to_json()
    {'c': {'status': 'in'}, 'p': {'status': 'in'}, 'u': {'status': 'in'}}
    >>> evaluate(m, "grounded", support="necessary").status("c")
    <Status.OUT: 'out'>
    >>> evaluate(m, "preferred", support="deductive").to_json()["c"]
    {'status': 'sceptical', 'extensions': [0]}
    """
    chosen = Semantics.parse(semantics)
    view = dung_view(m, support)
    found = framework_statuses(view.framework, chosen, extension_limit=extension_limit)
    unique = chosen in UNIQUE_STATUS_SEMANTICS
    if not found.extensions and found.complete and not unique:
        dropped = Status.NO_EXTENSION
    else:
        dropped = Status.OUT if unique else Status.REJECTED
    statuses = {a: found.statuses.get(a, dropped) for a in view.origin}
    return ExtensionEvaluation(
        semantics=chosen,
        support=view.support,
        statuses=MappingProxyType(statuses),
        origin=view.origin,
        extensions=found.extensions,
        complete=found.complete,
        without_evidence=view.without_evidence,
    )
