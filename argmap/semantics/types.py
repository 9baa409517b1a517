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
from types import MappingProxyType

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Mapping
    from typing import ClassVar, Protocol

    from argmap.frameworks.abstract import ArgumentationFramework
else:
    # typing.Protocol only matters to type checkers, and importing typing is a
    # tenth of `argmap solve`'s start-up: at run time a protocol is a plain class
    Protocol = object

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


class _Record:
    """An immutable record compared field by field: what ``@dataclass(frozen=True)``
    gives, written out so that ``argmap solve`` starts without importing
    :mod:`dataclasses` (a sixth of its start-up). ``_fields`` lists the fields in
    constructor order."""

    __slots__ = ()
    _fields: ClassVar[tuple[str, ...]] = ()

    def __init__(self, *values: object) -> None:
        for name, value in zip(self._fields, values, strict=True):
            object.__setattr__(self, name, value)

    def _values(self) -> tuple[object, ...]:
        return tuple(getattr(self, name) for name in self._fields)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable; cannot set {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable; cannot delete {name!r}")

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        assert isinstance(other, _Record)
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._fields)
        return f"{type(self).__name__}({shown})"

    def __reduce__(self) -> tuple[object, tuple[object, ...]]:
        return type(self), self._values()


class Labelling(_Record):
    """A total function from arguments to :class:`Label` (Caminada & Gabbay 2009).

    ``in_`` is the extension; ``out`` the arguments it attacks (for conflict-free
    based semantics ``E+``); ``undec`` the rest.

    >>> Labelling(frozenset("a"), frozenset("b"), frozenset()).label("b")
    <Label.OUT: 'out'>
    """

    __slots__ = ("in_", "out", "undec")
    _fields = ("in_", "out", "undec")

    in_: Extension
    out: Extension
    undec: Extension

    def __init__(self, in_: Extension, out: Extension, undec: Extension) -> None:
        super().__init__(in_, out, undec)

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


class Enumeration(_Record):
    """The result of a bounded enumeration.

    ``extensions`` holds what was found, in the order found. ``complete`` is true
    when every extension was listed; otherwise ``stopped`` says why it stopped.
    """

    __slots__ = ("complete", "engine", "extensions", "semantics", "stopped")
    _fields = ("semantics", "extensions", "complete", "stopped", "engine")

    semantics: Semantics
    extensions: tuple[Extension, ...]
    complete: bool
    stopped: StopReason | None
    engine: str

    def __init__(
        self,
        semantics: Semantics,
        extensions: tuple[Extension, ...],
        complete: bool,
        stopped: StopReason | None = None,
        engine: str = "",
    ) -> None:
        super().__init__(semantics, extensions, complete, stopped, engine)

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
