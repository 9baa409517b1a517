"""The vocabulary every semantics and engine shares: semantics names, labels,
labellings, bounded enumerations and the engine protocol.

Conventions kept everywhere:

* an extension is a ``frozenset`` of argument names;
* "no extension exists" is an empty collection, "only the empty extension" is a
  collection holding one empty frozenset;
* a bounded enumeration that stops early (``limit=`` reached or ``timeout=``
  expired) says so in its result type (:class:`Enumeration`), with what it found.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from argmap.frameworks.abstract import ArgumentationFramework

Extension = frozenset[str]


class Semantics(str, enum.Enum):
    """Names of the Dung semantics argmap evaluates.

    The value is the canonical name used by the API, the CLI and the files
    (``"semi_stable"`` also accepts ``"semi-stable"`` through :meth:`parse`).
    """

    CONFLICT_FREE = "conflict_free"
    NAIVE = "naive"
    ADMISSIBLE = "admissible"
    COMPLETE = "complete"
    GROUNDED = "grounded"
    PREFERRED = "preferred"
    STABLE = "stable"
    SEMI_STABLE = "semi_stable"
    STAGE = "stage"
    IDEAL = "ideal"
    EAGER = "eager"
    CF2 = "cf2"
    STAGE2 = "stage2"

    @classmethod
    def parse(cls, name: str | Semantics) -> Semantics:
        """The semantics called ``name`` (case, ``-`` and ``_`` are not significant).

        >>> Semantics.parse("Semi-Stable")
        <Semantics.SEMI_STABLE: 'semi_stable'>
        """
        if isinstance(name, Semantics):
            return name
        if not isinstance(name, str):
            raise ValueError(f"a semantics is named by a string or a Semantics, not {name!r}")
        key = name.strip().lower().replace("-", "_").replace(" ", "_")
        key = _ALIASES.get(key, key)
        try:
            return cls(key)
        except ValueError:
            known = ", ".join(s.value for s in cls)
            raise ValueError(f"unknown semantics {name!r}; choose one of: {known}") from None


_ALIASES = {
    "cf": "conflict_free",
    "conflictfree": "conflict_free",
    "adm": "admissible",
    "co": "complete",
    "gr": "grounded",
    "pr": "preferred",
    "st": "stable",
    "sst": "semi_stable",
    "semistable": "semi_stable",
    "stg": "stage",
    "id": "ideal",
    "eg": "eager",
    "stg2": "stage2",
}


class Label(str, enum.Enum):
    """The three labels of Caminada & Gabbay (2009): accepted, rejected, undecided."""

    IN = "in"
    OUT = "out"
    UNDEC = "undec"


@dataclass(frozen=True)
class Labelling:
    """A total function from arguments to :class:`Label` (Caminada & Gabbay 2009).

    ``in_`` is the extension; ``out`` the arguments it attacks (for conflict-free
    based semantics ``E+``); ``undec`` the rest.
    """

    in_: Extension
    out: Extension
    undec: Extension

    @classmethod
    def from_extension(cls, af: ArgumentationFramework, extension: Iterable[str]) -> Labelling:
        """``Ext2Lab``: in = E, out = E⁺ (attacked by E), undec = the rest."""
        ext = frozenset(extension)
        names, targets = af.arguments, af.targets_of_index
        out = frozenset(names[b] for a in ext for b in targets[af.index(a)])
        undec = frozenset(names).difference(ext, out)
        return cls(ext, out, undec)

    def label(self, argument: str) -> Label:
        """The label of ``argument``."""
        if argument in self.in_:
            return Label.IN
        if argument in self.out:
            return Label.OUT
        if argument in self.undec:
            return Label.UNDEC
        raise KeyError(f"{argument!r} is not labelled")

    def as_mapping(self) -> Mapping[str, Label]:
        """A read-only ``{argument: label}`` view, sorted by argument name."""
        items = [(a, Label.IN) for a in self.in_]
        items += [(a, Label.OUT) for a in self.out]
        items += [(a, Label.UNDEC) for a in self.undec]
        return MappingProxyType(dict(sorted(items)))


class StopReason(str, enum.Enum):
    """Why a bounded enumeration stopped before exhausting the extensions."""

    LIMIT = "limit"
    TIMEOUT = "timeout"


@dataclass(frozen=True)
class Enumeration:
    """The result of a bounded enumeration.

    ``extensions`` holds what was found, in the order found. ``complete`` is true
    when every extension was listed; otherwise ``stopped`` says why it stopped.
    """

    semantics: Semantics
    extensions: tuple[Extension, ...]
    complete: bool
    stopped: StopReason | None = None
    engine: str = field(default="")

    def __len__(self) -> int:
        return len(self.extensions)

    def __iter__(self) -> Iterator[Extension]:
        return iter(self.extensions)


class Engine(Protocol):
    """What an engine provides; :mod:`argmap.semantics.dispatch` picks one.

    ``deadline`` is an absolute :func:`time.monotonic` instant or ``None``;
    an engine that reaches it raises :class:`SolverTimeout`.
    """

    name: str

    def supports(self, semantics: Semantics) -> bool: ...

    def extensions(
        self, af: ArgumentationFramework, semantics: Semantics, deadline: float | None
    ) -> Iterator[Extension]: ...

    def some_extension(
        self, af: ArgumentationFramework, semantics: Semantics, deadline: float | None
    ) -> Extension | None: ...

    def credulous(
        self,
        af: ArgumentationFramework,
        argument: str,
        semantics: Semantics,
        deadline: float | None,
    ) -> bool: ...

    def sceptical(
        self,
        af: ArgumentationFramework,
        argument: str,
        semantics: Semantics,
        deadline: float | None,
    ) -> bool: ...


class SolverTimeout(TimeoutError):  # noqa: N818 (the name is part of the API)
    """An engine reached its deadline before answering."""
