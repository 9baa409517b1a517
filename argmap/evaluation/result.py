"""The one result of evaluating a map: a status or a strength per argument, and how.

:class:`Evaluation` is what :func:`argmap.evaluation.evaluate` returns under
every semantics and every reading. Extension-based semantics fill
:attr:`~Evaluation.statuses` (the vocabulary of
:class:`~argmap.semantics.statuses.Status`, with its
:class:`~argmap.semantics.statuses.Verdict`) and :attr:`~Evaluation.extensions`;
gradual semantics fill :attr:`~Evaluation.strengths` and
:attr:`~Evaluation.base`. Both name the reading they were computed under.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Literal

from argmap.evaluation.names import AnySemantics, semantics_name
from argmap.evaluation.readings import Reading
from argmap.gradual.types import GradualResult, GradualSemantics, Method
from argmap.semantics.statuses import UNIQUE_STATUS_SEMANTICS, Status

Origin = Literal["statement", "support", "argument"]
"""What an evaluated argument stands for: a statement or an inference of a map, or
an argument of an abstract framework."""

DECIMALS = 10
"""Strengths in :meth:`Evaluation.to_json` are rounded to this many decimals (the
default convergence tolerance is ``1e-10``: later digits are noise)."""


def _nothing() -> Mapping[str, Any]:
    return MappingProxyType({})


@dataclass(frozen=True)
class Evaluation:
    """A map (or a framework) evaluated under one semantics and one reading.

    Attributes
    ----------
    semantics : Semantics or GradualSemantics
    reading : Reading
        How the map was read (:mod:`argmap.evaluation.readings`).
    origin : Mapping[str, str]
        Every evaluated argument, in order (claims, then inferences, for a map):
        ``"statement"``, ``"support"`` or, for a bare framework, ``"argument"``.
    statuses : Mapping[str, Status]
        The status of every argument (extension-based semantics; empty otherwise).
    extensions : tuple of tuple of str
        The extensions listed (all of them when ``complete``).
    complete : bool
        Whether every extension is listed, and every status decided.
    strengths : Mapping[str, float]
        The strength of every argument (gradual semantics; empty otherwise).
    base : Mapping[str, float]
        The base score of every argument (gradual semantics; empty otherwise).
    computation : GradualResult or None
        How the strengths were computed (gradual semantics only).
    supports_read : bool
        Whether a gradual semantics read supports as supports (a bipolar
        semantics on the map under the abstract reading).
    without_evidence : frozenset of str
        Claims and inferences that no argument stands for: those the evidential
        reading leaves without evidence, or, under the structured reading, those
        no ASPIC+ argument concludes or applies (their reasons go round in a
        circle). They are rejected, or have strength 0.
    argument_statuses : Mapping[str, Status]
        Under the structured reading with an extension-based semantics, the status
        of every ASPIC+ argument by name (``p``, ``c:s``); empty otherwise.
    argument_strengths : Mapping[str, float]
        Under the structured reading with a gradual semantics, the strength of
        every ASPIC+ argument by name; empty otherwise.
    """

    semantics: AnySemantics
    reading: Reading
    origin: Mapping[str, Origin]
    statuses: Mapping[str, Status]
    extensions: tuple[tuple[str, ...], ...]
    complete: bool
    strengths: Mapping[str, float]
    base: Mapping[str, float]
    computation: GradualResult | None
    supports_read: bool
    without_evidence: frozenset[str]
    argument_statuses: Mapping[str, Status] = field(default_factory=_nothing)
    argument_strengths: Mapping[str, float] = field(default_factory=_nothing)

    def __repr__(self) -> str:
        """A one-line summary: the semantics, the reading and what it found.

        >>> from argmap.frameworks import AF
        >>> from argmap.evaluation import evaluate
        >>> evaluate(AF(["a", "b", "c"], [("a", "b"), ("b", "c")]), "grounded")
        <Evaluation grounded, abstract reading: 3 arguments; in 2, out 1>
        """
        if self.gradual:
            values = list(self.strengths.values())
            found = f"strengths {min(values):.3f} to {max(values):.3f}" if values else "none"
        else:
            counts: dict[str, int] = {}
            for status in self.statuses.values():
                counts[status.value] = counts.get(status.value, 0) + 1
            found = ", ".join(f"{name} {n}" for name, n in counts.items()) or "none"
        n = len(self.origin)
        return (
            f"<Evaluation {self.name}, {self.reading.value} reading: "
            f"{n} argument{'' if n == 1 else 's'}; {found}>"
        )

    @property
    def name(self) -> str:
        """The canonical name of the semantics, e.g. ``semi-stable``."""
        return semantics_name(self.semantics)

    @property
    def gradual(self) -> bool:
        """Whether the semantics is gradual (strengths) rather than extension-based."""
        return isinstance(self.semantics, GradualSemantics)

    @property
    def unique(self) -> bool:
        """Whether the semantics is unique-status (statuses in / out / undec)."""
        return self.semantics in UNIQUE_STATUS_SEMANTICS

    @property
    def converged(self) -> bool:
        """Whether the strengths are a fixed point (always true of extension semantics)."""
        return self.computation is None or self.computation.converged

    @property
    def iterations(self) -> int:
        """Topological levels, iterations or RK4 steps used (0 for extension semantics)."""
        return 0 if self.computation is None else self.computation.iterations

    @property
    def residual(self) -> float:
        """``max |f(s) - s|`` at the strengths returned (0 for extension semantics)."""
        return 0.0 if self.computation is None else self.computation.residual

    @property
    def method(self) -> Method | None:
        """How the strengths were computed; ``None`` for extension semantics."""
        return None if self.computation is None else self.computation.method

    def status(self, argument: str) -> Status:
        """The status of a statement or inference.

        Raises
        ------
        KeyError
            Naming ``argument`` when it is not evaluated here.
        ValueError
            When the semantics is gradual (it gives strengths).
        """
        self._known(argument)
        if self.gradual:
            raise ValueError(
                f"{self.name} is a gradual semantics: it gives strengths, not statuses"
            )
        return self.statuses[argument]

    def strength(self, argument: str) -> float:
        """The strength of a statement or inference.

        Raises
        ------
        KeyError
            Naming ``argument`` when it is not evaluated here.
        ValueError
            When the semantics is extension-based (it gives statuses).
        """
        self._known(argument)
        if not self.gradual:
            raise ValueError(
                f"{self.name} is an extension-based semantics: it gives statuses, not strengths"
            )
        return self.strengths[argument]

    def _known(self, argument: str) -> None:
        if argument not in self.origin:
            raise KeyError(f"{argument!r} is not a claim or an inference evaluated here")

    def arguments(self, *, inferences: bool = True) -> tuple[str, ...]:
        """The evaluated arguments in order; with ``inferences=False``, not the inferences."""
        return tuple(a for a, o in self.origin.items() if inferences or o != "support")

    def statement_statuses(self) -> Mapping[str, Status]:
        """The statuses of the claims only, in map order."""
        return MappingProxyType(
            {a: self.statuses[a] for a in self.arguments(inferences=False) if a in self.statuses}
        )

    def statement_strengths(self) -> Mapping[str, float]:
        """The strengths of the claims only, in map order."""
        return MappingProxyType(
            {a: self.strengths[a] for a in self.arguments(inferences=False) if a in self.strengths}
        )

    def containing(self, argument: str) -> tuple[int, ...]:
        """The positions, in :attr:`extensions`, of the extensions that contain ``argument``."""
        self._known(argument)
        return tuple(i for i, e in enumerate(self.extensions) if argument in e)

    def to_json(self, *, inferences: bool = False) -> dict[str, Any]:
        """The evaluation as JSON-ready data, in map order, naming semantics and reading.

        ``{"semantics": name, "reading": reading, ..., "arguments": {id: {...}}}``: each
        entry holds ``"status"`` (and, for multi-extension semantics,
        ``"extensions"``: the positions of the listed extensions that contain
        it), or ``"strength"`` and ``"base"`` rounded to :data:`DECIMALS`
        decimals. With ``inferences=True`` the inferences follow the statements.
        """
        entries: dict[str, dict[str, Any]] = {}
        for argument in self.arguments(inferences=inferences):
            entry: dict[str, Any]
            if self.gradual:
                entry = {
                    "strength": round(self.strengths[argument], DECIMALS),
                    "base": round(self.base[argument], DECIMALS),
                }
            else:
                entry = {"status": self.statuses[argument].value}
                if not self.unique:
                    entry["extensions"] = list(self.containing(argument))
            entries[argument] = entry
        data: dict[str, Any] = {"semantics": self.name, "reading": self.reading.value}
        if self.gradual:
            data["converged"] = self.converged
        else:
            data["extensions"] = [list(e) for e in self.extensions]
            data["complete"] = self.complete
        data["arguments"] = entries
        return data
