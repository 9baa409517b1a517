"""Incremental SAT solving for the SAT engine: a portfolio, calls in conflict slices.

Every call of :mod:`argmap.semantics.engines.sat` goes through a
:class:`Portfolio`: its solvers take turns on the call, each for a budget of
conflicts (:data:`SLICE_CONFLICTS`), the deadline being checked between turns,
until one of them answers. The slices are counted in conflicts, never in seconds,
so that the same input takes the same search path on any machine (run time is
reproducible up to the machine's speed).

``deadline`` (a :func:`time.monotonic` instant) is honoured between and during
solver calls: past it, :class:`~argmap.semantics.types.SolverTimeout` is raised.
"""

from __future__ import annotations

import collections
import functools
import importlib
import time

from argmap.semantics.types import SolverTimeout

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Sequence
    from typing import Any, Final

    AddAll = Callable[[Iterable[Sequence[int]]], None]
    """Adds many clauses to one solver (see :func:`clause_adder`)."""

SOLVER_NAME: Final = "cadical153"
"""The solver every call starts with."""

PORTFOLIO: Final = (SOLVER_NAME,)
"""The solvers of a call by default (python-sat names): CaDiCaL 1.5.3 alone.

A :class:`Portfolio` of several solvers pays where their heavy tails differ, and
CaDiCaL 1.5.3 and 1.9.5 differ on the ICCMA 2019 AFGen instances (CPU seconds,
one call): a stable extension of n512p5q2_vh takes 7.2 s and 0.84 s, one of
n448p5q2_vh 3.4 s and 8.9 s. Taking turns with both gave 3.1 s and 5.4 s on these,
but 8.2 s instead of 3.5 s for a preferred extension of n384p5q2_vh and more than
40 s instead of 10.8 s for DS-PR on n512p5q2_vh (argument 1): not a default.
Glucose 4 (``glucose4``), tried too, answered none of the three single calls
within 40 s. ``SatEngine(solvers=("cadical153", "cadical195"))`` asks for the
portfolio."""


class Timer:
    """The deadline, checked between solver calls and by conflict budgets within them."""

    __slots__ = ("deadline",)

    def __init__(self, deadline: float | None) -> None:
        self.deadline = deadline

    def check(self) -> None:
        if self.deadline is not None and time.monotonic() >= self.deadline:
            raise SolverTimeout("the SAT engine reached its deadline")


def clause_adder(solver: Any) -> Callable[[Iterable[Sequence[int]]], None]:
    """The fastest way to add many clauses to ``solver``.

    Adding millions of clauses is the bulk of the time on large frameworks. For
    CaDiCaL the extension function of python-sat is mapped over the clauses
    directly (no Python frame per clause); other back ends go through
    ``append_formula``. That function (``pysolvers.cadical153_add_cl``) is not
    python-sat's public API, so the dependency is bounded to the versions it was
    checked with (``<1.10``), a test fails if the fast path is lost, and the
    public path stands in when it is missing. It saves 10-15 % of a DS-PR query
    on Medium-result-b1 (0.130 s against 0.146 s in process, best of 5).
    """
    if isinstance(solver, DirectCadical):
        add_one = functools.partial(solver.add_cl, solver.cadical)

        def add_direct(clauses: Iterable[Sequence[int]]) -> None:
            collections.deque(map(add_one, clauses), maxlen=0)

        return add_direct
    backend = getattr(solver, "solver", None)
    handle = getattr(backend, "cadical", None)
    kind = type(backend).__name__.lower()
    if handle is not None and kind in ("cadical153", "cadical195"):
        try:
            add_cl = getattr(importlib.import_module("pysolvers"), f"{kind}_add_cl")
        except (ImportError, AttributeError):  # pragma: no cover - ships with python-sat
            add_cl = None
        if add_cl is not None:
            add_one = functools.partial(add_cl, handle)

            def add_all(clauses: Iterable[Sequence[int]]) -> None:
                collections.deque(map(add_one, clauses), maxlen=0)

            return add_all

    def append(clauses: Iterable[Sequence[int]]) -> None:
        solver.append_formula([list(clause) for clause in clauses])

    return append


SLICE_CONFLICTS: Final = (10_000, 20_000, 25_000)
"""Conflict budgets of the successive slices of one SAT call; the last one repeats."""


UNSLICED: Final = frozenset({"lingeling"})
"""python-sat solvers without conflict budgets, which a portfolio cannot slice."""


def solver_names(names: Sequence[str]) -> tuple[str, ...]:
    """``names`` checked: python-sat solvers that take conflict budgets, at least one.

    >>> solver_names(["cadical153", "glucose4"])
    ('cadical153', 'glucose4')
    """
    if not names:
        raise ValueError("the SAT engine needs at least one solver")
    if all(name in DIRECT for name in names):
        return tuple(names)  # without importing pysat.solvers
    from pysat.solvers import SolverNames

    known = {n for v in vars(SolverNames).values() if isinstance(v, tuple) for n in v}
    for name in names:
        if name not in known or name in UNSLICED:
            usable = sorted(n for n in vars(SolverNames) if not n.startswith("_"))
            raise ValueError(
                f"{name!r} is not a python-sat solver that takes conflict budgets; "
                f"choose among: {', '.join(n for n in usable if n not in UNSLICED)}"
            )
    return tuple(names)


DIRECT: Final = frozenset({"cadical153", "cadical195"})
"""Solvers driven through python-sat's extension module alone (:class:`DirectCadical`)."""


class DirectCadical:
    """CaDiCaL driven through ``pysolvers``, python-sat's extension module, alone.

    ``pysat.solvers`` imports python-sat's formula, engine and file modules
    (compression, decimal and temporary-file libraries among them): about 75 ms of
    CPU on the benchmark machine, more than reading and solving a 200-argument ICCMA
    instance. These few calls are all the engine needs. Like the clause entry
    point of :func:`clause_adder` they are not python-sat's public API, so the
    dependency is bounded (``<1.10``), the tests compare this path with
    ``pysat.solvers``, and :func:`new_solver` falls back to that public path when
    an entry point is missing.
    """

    ENTRY_POINTS: Final = ("new", "add_cl", "set", "cbudget", "solve_lim", "model", "setphases")

    def __init__(self, name: str) -> None:
        import threading  # here: queries answered without SAT start without it

        module = importlib.import_module("pysolvers")
        functions = {e: getattr(module, f"{name}_{e}") for e in self.ENTRY_POINTS}
        self._delete_handle = getattr(module, f"{name}_del")
        self.name = name
        self.cadical = functions["new"]()
        self.add_cl = functions["add_cl"]
        self._set = functions["set"]
        self._budget = functions["cbudget"]
        self._solve = functions["solve_lim"]
        self._model = functions["model"]
        self._phases = functions["setphases"]
        self._main = threading.current_thread() is threading.main_thread()

    def configure(self, parameters: dict[str, int]) -> None:
        for key, value in parameters.items():
            self._set(self.cadical, key, value)

    def append_formula(self, clauses: Iterable[Sequence[int]]) -> None:
        for clause in clauses:
            self.add_cl(self.cadical, clause)

    def conf_budget(self, budget: int) -> None:
        self._budget(self.cadical, budget)

    def solve_limited(self, assumptions: list[int]) -> bool | None:
        status = self._solve(self.cadical, assumptions, int(self._main))
        return None if status == 0 else status > 0

    def get_model(self) -> list[int]:
        model: list[int] | None = self._model(self.cadical)
        return [] if model is None else model

    def set_phases(self, literals: list[int]) -> None:
        self._phases(self.cadical, literals)

    def delete(self) -> None:
        if self.cadical is not None:
            self._delete_handle(self.cadical, None)
            self.cadical = None


def new_solver(name: str) -> Any:
    """A python-sat solver ``name``, configured for many incremental calls."""
    solver: Any = None
    if name in DIRECT:
        try:
            solver = DirectCadical(name)
        except (ImportError, AttributeError):  # pragma: no cover - ships with python-sat
            solver = None
    if solver is None:
        from pysat.solvers import Solver

        solver = Solver(name=name)
    if name.startswith("cadical"):
        # CaDiCaL's "lucky" phase tries a few fixed assignments before every
        # search; across the thousands of calls of an enumeration it costs more
        # than it finds (about a third of EE-ST on the ICCMA 2019 instances)
        solver.configure({"lucky": 0})
    return solver


class Portfolio:
    """Solvers of one formula taking turns on every call, in slices of conflicts.

    ``names`` are python-sat solver names, the first started at once, the others
    when a call outlasts its first slice. ``build`` adds the formula's clauses
    through the adder it is given; it runs once per solver, when that solver
    starts. Clauses added later with
    :meth:`add` and the phases of :meth:`set_phases` go to every solver started,
    and are replayed to a solver started later. Slicing matters with one solver
    too: some queries (an admissible set attacking a given argument, on the ICCMA
    2019 AFGen instances) take CaDiCaL 10-25 s in one call and far less when it is
    interrupted and resumed (each resumption keeps the learnt clauses); easy
    calls, most of them, finish within the first slice of the first solver, and
    the other solvers never start. A slice of 25,000 conflicts lasts well under a
    second on these instances, which bounds how far a deadline is overshot.

    The turns depend on conflicts only: the solver that answered the previous
    call goes first, then each solver in turn gets :data:`SLICE_CONFLICTS`
    ``[k]`` conflicts in round ``k``.
    """

    def __init__(
        self,
        build: Callable[[AddAll], None],
        timer: Timer,
        names: Sequence[str] = PORTFOLIO,
    ) -> None:
        self.names = tuple(names)
        self.timer = timer
        self._build = build
        self._solvers: list[Any] = []
        self._adders: list[AddAll] = []
        self._later: list[Sequence[int]] = []
        self._phases: list[int] | None = None
        self._first = 0
        self._start()

    def _start(self) -> None:
        solver = new_solver(self.names[len(self._solvers)])
        add_all = clause_adder(solver)
        self._build(add_all)
        if self._later:
            add_all(self._later)
        if self._phases is not None:
            solver.set_phases(self._phases)
        self._solvers.append(solver)
        self._adders.append(add_all)

    def add(self, clauses: Sequence[Sequence[int]]) -> None:
        """Add ``clauses`` to every solver."""
        self._later.extend(clauses)
        for add_all in self._adders:
            add_all(clauses)

    def set_phases(self, literals: list[int]) -> None:
        """Ask every solver to try ``literals`` first."""
        self._phases = literals
        for solver in self._solvers:
            solver.set_phases(literals)

    def solve(self, assumptions: list[int]) -> list[int] | None:
        """A model under ``assumptions``, or ``None``; raise past the deadline."""
        slices = SLICE_CONFLICTS
        count = len(self.names)
        round_ = 0
        while True:
            budget = slices[min(round_, len(slices) - 1)]
            for turn in range(count):
                index = (self._first + turn) % count
                while index >= len(self._solvers):
                    self._start()
                self.timer.check()
                solver = self._solvers[index]
                solver.conf_budget(budget)
                status = solver.solve_limited(assumptions=assumptions)
                if status is not None:
                    self._first = index
                    if not status:
                        return None
                    model: list[int] = solver.get_model()
                    return model
            round_ += 1

    def delete(self) -> None:
        """Free the solvers."""
        for solver in self._solvers:
            solver.delete()
        self._solvers.clear()


__all__ = [
    "DIRECT",
    "PORTFOLIO",
    "SLICE_CONFLICTS",
    "SOLVER_NAME",
    "DirectCadical",
    "Portfolio",
    "Timer",
    "clause_adder",
    "new_solver",
    "solver_names",
]
