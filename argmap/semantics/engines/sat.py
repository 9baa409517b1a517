"""The SAT engine: Dung semantics decided and enumerated with CaDiCaL.

Every semantics is reduced to satisfiability calls on one propositional encoding
of the framework (Besnard & Doutre 2004), kept in an incremental CaDiCaL solver
(python-sat, ``cadical153``). Two variables per argument ``a``:
``x_a`` (``a`` is IN, it belongs to the extension) and ``y_a`` (``a`` is OUT, some
attacker is IN). The clauses, built as integer lists in bulk:

==================  ============================================================
definition of OUT   ``y_a ↔ ⋁_{b→a} x_b``
conflict-free       ``¬x_a ∨ ¬y_a`` (an IN argument is not attacked by an IN one)
admissible          ``x_a → y_b`` for every attacker ``b`` of ``a``
complete            ``(⋀_{b→a} y_b) → x_a``
stable              ``x_a ∨ ⋁_{b→a} x_b`` (and conflict-freeness on ``x`` alone)
range               ``r_a → x_a ∨ y_a`` (used to ask for a range containing a set)
==================  ============================================================

The ⊆-maximal semantics follow the CEGARTIX scheme (Dvořák, Järvisalo, Wallner &
Woltran 2014): a candidate is grown under assumptions ("keep what you have, add
one more") until no strictly larger one exists; preferred maximises the IN set
of a complete labelling, semi-stable the range of a complete labelling, stage the
range of a conflict-free set, naive the conflict-free set itself. Enumeration
then forbids every set below the maximal one found with a clause. Sceptical
acceptance under preferred, semi-stable and stage is a counter-example guided
loop (μ-toksia, Niskanen & Järvisalo 2020): look for a candidate without the
argument, grow it, and either it is the counter-example or everything below it
is excluded. The ideal extension is the largest admissible set of the arguments
that are credulously accepted and not attacked by a credulously accepted
argument (Dunne 2009; Dvořák, Dunne & Woltran 2011).

Before any encoding the grounded labelling is computed by linear propagation.
For the semantics whose extensions all extend it (complete, preferred, stable,
semi-stable, ideal, grounded) its IN and OUT arguments are decided and only the
undecided rest is encoded: the complete labellings of the framework are exactly
the grounded labelling on the decided part joined with the complete labellings of
the sub-framework induced by the undecided arguments (Baroni, Giacomin & Guida
2005, directionality; Baumann 2011, splitting).

``deadline`` (a :func:`time.monotonic` instant) is honoured between and during
solver calls (conflict budgets): past it, :class:`SolverTimeout` is raised.

References
----------
.. [1] P. Besnard and S. Doutre, "Checking the acceptability of a set of
   arguments", NMR 2004, 59-64.
.. [2] W. Dvořák, M. Järvisalo, J. P. Wallner, S. Woltran, "Complexity-sensitive
   decision procedures for abstract argumentation", Artificial Intelligence
   206:53-78, 2014.
.. [3] A. Niskanen and M. Järvisalo, "μ-toksia: An efficient abstract
   argumentation reasoner", KR 2020, 800-804.
.. [4] P. E. Dunne, "The computational complexity of ideal semantics", Artificial
   Intelligence 173(18):1559-1591, 2009.
.. [5] W. Dvořák, P. E. Dunne, S. Woltran, "Parametric properties of ideal
   semantics", IJCAI 2011, 851-856.
.. [6] P. Baroni, M. Giacomin, G. Guida, "SCC-recursiveness: a general schema for
   argumentation semantics", Artificial Intelligence 168(1-2):162-210, 2005.
.. [7] R. Baumann, "Splitting an argumentation framework", LPNMR 2011, 40-53.
"""

from __future__ import annotations

import collections
import functools
import importlib
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Final

from pysat.solvers import Solver

from argmap.frameworks.attack_relation import LIST_LIMIT
from argmap.semantics.adjacency import Adjacency
from argmap.semantics.grounded import grounded_labels
from argmap.semantics.labelling_search import IN, OUT, UNDEC
from argmap.semantics.types import Extension, Semantics, SolverTimeout

if TYPE_CHECKING:
    from argmap.frameworks.abstract import ArgumentationFramework

SOLVER_NAME: Final = "cadical153"

Column = Any
"""A column of attack positions: a ``list[int]`` for frameworks of up to
:data:`~argmap.frameworks.attack_relation.LIST_LIMIT` attacks (no NumPy import, which
would take longer than encoding them), a NumPy ``int64`` array for larger ones, where
the clauses are built by array arithmetic."""

_REDUCED: Final = frozenset(
    {
        Semantics.COMPLETE,
        Semantics.GROUNDED,
        Semantics.PREFERRED,
        Semantics.STABLE,
        Semantics.SEMI_STABLE,
        Semantics.IDEAL,
    }
)
"""Semantics whose extensions all contain the grounded extension and avoid its OUT."""

_SUPPORTED: Final = _REDUCED | {
    Semantics.ADMISSIBLE,
    Semantics.STAGE,
    Semantics.CONFLICT_FREE,
    Semantics.NAIVE,
}


# -- the framework, prepared once ------------------------------------------------
class _Prepared:
    """A framework's attack positions and grounded labelling, computed once."""

    __slots__ = ("_labels", "af", "names", "size", "sources", "targets")

    def __init__(self, af: ArgumentationFramework) -> None:
        self.af = af
        self.names = af.arguments
        self.size = len(self.names)
        self.sources: Column
        self.targets: Column
        if af.number_of_attacks() > LIST_LIMIT:
            self.sources, self.targets = af.attack_indices
        else:
            self.sources, self.targets = af.attack_positions()
        self._labels: list[int] | None = None

    @property
    def labels(self) -> list[int]:
        """The grounded labelling (``IN``/``OUT``/``UNDEC`` bits of the labelling search)."""
        if self._labels is None:
            self._labels = grounded_labels(Adjacency.of(self.af))
        return self._labels

    def grounded(self) -> Extension:
        names, labels = self.names, self.labels
        return frozenset(names[a] for a in range(self.size) if labels[a] == IN)

    def index(self, argument: str) -> int:
        return self.af.index(argument)


class _Timer:
    """The deadline, checked between solver calls and by conflict budgets within them."""

    __slots__ = ("deadline",)

    def __init__(self, deadline: float | None) -> None:
        self.deadline = deadline

    def check(self) -> None:
        if self.deadline is not None and time.monotonic() >= self.deadline:
            raise SolverTimeout("the SAT engine reached its deadline")


# -- the encoding ----------------------------------------------------------------
class _Encoding:
    """One CaDiCaL solver holding the labelling encoding of a (sub-)framework.

    Arguments ``0 .. m-1`` of the sub-framework; ``members[i]`` is the framework
    position of argument ``i``. Variables: ``x_i = i + 1``, ``y_i = m + i + 1``,
    ``r_i = 2m + i + 1`` (only when the range is asked for), then selectors.
    """

    def __init__(
        self,
        prepared: _Prepared,
        members: Sequence[int],
        sources: Column,
        targets: Column,
        family: str,
        timer: _Timer,
        *,
        with_range: bool = False,
    ) -> None:
        self.prepared = prepared
        self.members = members
        self.sources = sources
        self.targets = targets
        self.size = m = len(members)
        self.timer = timer
        self.solver: Any = Solver(name=SOLVER_NAME)
        if SOLVER_NAME.startswith("cadical"):
            # CaDiCaL's "lucky" phase tries a few fixed assignments before every
            # search; across the thousands of calls of an enumeration it costs more
            # than it finds (about a third of EE-ST on the ICCMA 2019 instances)
            self.solver.configure({"lucky": 0})
        self._add_all = _clause_adder(self.solver)
        self._top = 3 * m if with_range else 2 * m
        add_all = self._add_all
        not_x_s, not_x_t = _shift(sources, -1, -1), _shift(targets, -1, -1)
        rows = _rows(sources, targets, m)
        if family == "stable":
            add_all(_pairs(not_x_s, not_x_t))
            add_all([a + 1, *row] for a, row in enumerate(rows))
        else:
            # y_t ← x_s, and y_a → some attacker IN; ¬x_a ∨ ¬y_a
            add_all(_pairs(not_x_s, _shift(targets, 1, m + 1)))
            add_all([-(m + a + 1), *row] for a, row in enumerate(rows))
            add_all([-a, -(a + m)] for a in range(1, m + 1))
            if family in ("admissible", "complete"):
                add_all(_pairs(not_x_t, _shift(sources, 1, m + 1)))
            if family == "complete":
                add_all([a + 1, *(-(b + m) for b in row)] for a, row in enumerate(rows))
        if with_range:
            add_all([-(a + 2 * m), a, a + m] for a in range(1, m + 1))
        timer.check()

    # variables
    def new_var(self) -> int:
        self._top += 1
        return self._top

    def add(self, clause: list[int]) -> None:
        self._add_all((clause,))

    def prefer_in(self) -> None:
        """Ask the solver to try IN first: models come out large, growing is short."""
        self.solver.set_phases(list(range(1, self.size + 1)))

    # solving
    def solve(self, assumptions: Sequence[int] = ()) -> list[int] | None:
        """A model under ``assumptions``, or ``None``; raise past the deadline."""
        timer = self.timer
        timer.check()
        solver = self.solver
        found = _solve_by_budget(solver, list(assumptions), timer)
        if not found:
            return None
        model: list[int] = solver.get_model()
        return model

    def ins(self, model: list[int]) -> list[int]:
        """The sub-framework arguments IN in ``model``."""
        return [i for i in range(self.size) if model[i] > 0]

    def range_of(self, model: list[int]) -> list[int]:
        """The sub-framework arguments IN or OUT in ``model``."""
        m = self.size
        return [i for i in range(m) if model[i] > 0 or model[m + i] > 0]

    def delete(self) -> None:
        self.solver.delete()

    # growing and blocking
    def grow(self, chosen: list[int], fixed: Sequence[int] = ()) -> list[int]:
        """A ⊆-maximal model set containing ``chosen`` (``fixed``: extra assumptions)."""
        while True:
            inside = set(chosen)
            outside = [i + 1 for i in range(self.size) if i not in inside]
            if not outside:
                return chosen
            selector = self.new_var()
            self.add([-selector, *outside])
            model = self.solve([selector, *fixed, *(i + 1 for i in chosen)])
            self.add([-selector])
            if model is None:
                return chosen
            chosen = self.ins(model)

    def grow_range(self, model: list[int], fixed: Sequence[int] = ()) -> list[int]:
        """A model whose range contains that of ``model`` and is ⊆-maximal (under ``fixed``)."""
        m = self.size
        while True:
            covered = self.range_of(model)
            inside = set(covered)
            outside = [i for i in range(m) if i not in inside]
            if not outside:
                return model
            selector = self.new_var()
            self.add([-selector, *(i + 1 for i in outside), *(m + i + 1 for i in outside)])
            bigger = self.solve([selector, *fixed, *(2 * m + i + 1 for i in covered)])
            self.add([-selector])
            if bigger is None:
                return model
            model = bigger

    def range_is_maximal(self, covered: list[int]) -> bool:
        """Whether no model has a range strictly containing ``covered``."""
        m = self.size
        inside = set(covered)
        outside = [i for i in range(m) if i not in inside]
        if not outside:
            return True
        selector = self.new_var()
        self.add([-selector, *(i + 1 for i in outside), *(m + i + 1 for i in outside)])
        bigger = self.solve([selector, *(2 * m + i + 1 for i in covered)])
        self.add([-selector])
        return bigger is None

    def block_subsets(self, chosen: Sequence[int]) -> bool:
        """Forbid every set ⊆ ``chosen``; ``False`` if that forbids everything."""
        inside = set(chosen)
        outside = [i + 1 for i in range(self.size) if i not in inside]
        if not outside:
            return False
        self.add(outside)
        return True

    def block_range_subsets(self, covered: Sequence[int]) -> bool:
        """Forbid every range ⊆ ``covered``; ``False`` if that forbids everything."""
        m = self.size
        inside = set(covered)
        outside = [i for i in range(m) if i not in inside]
        if not outside:
            return False
        self.add([*(i + 1 for i in outside), *(m + i + 1 for i in outside)])
        return True

    def block_exactly(self, chosen: Sequence[int]) -> None:
        """Forbid the set ``chosen`` itself."""
        inside = set(chosen)
        self.add([-(i + 1) if i in inside else i + 1 for i in range(self.size)])

    # reading back
    def extension(self, chosen: Sequence[int], base: Extension = frozenset()) -> Extension:
        names, members = self.prepared.names, self.members
        return base.union(names[members[i]] for i in chosen)


def _shift(column: Column, sign: int, offset: int) -> Column:
    """``sign * x + offset`` for every ``x`` of ``column`` (literals from positions)."""
    if isinstance(column, list):
        return [sign * x + offset for x in column]
    return sign * column + offset


def _pairs(first: Column, second: Column) -> Iterable[Sequence[int]]:
    """The binary clauses ``first[k] ∨ second[k]``."""
    if isinstance(first, list):
        return zip(first, second, strict=True)
    import numpy as np

    clauses: list[list[int]] = np.column_stack((first, second)).tolist()
    return clauses


def _rows(sources: Column, targets: Column, size: int) -> list[list[int]]:
    """``rows[a]``: the 1-based variables ``x_b`` of the attackers ``b`` of ``a``.

    (With the columns swapped: the variables of the arguments ``a`` attacks.)
    """
    if isinstance(sources, list):
        rows: list[list[int]] = [[] for _ in range(size)]
        for s, t in zip(sources, targets, strict=True):
            rows[t].append(s + 1)
        return rows
    import numpy as np

    order = np.argsort(targets, kind="stable")
    counts = np.bincount(targets, minlength=size)
    flat: list[int] = (sources[order] + 1).tolist()
    rows = []
    start = 0
    for count in counts.tolist():
        rows.append(flat[start : start + count])
        start += count
    return rows


def _induced(
    sources: Column, targets: Column, members: list[int], size: int
) -> tuple[Column, Column]:
    """The attacks among ``members`` (sorted positions), renumbered ``0 .. len(members)-1``."""
    if isinstance(sources, list):
        renumber = [-1] * size
        for new, old in enumerate(members):
            renumber[old] = new
        kept = [
            (renumber[s], renumber[t])
            for s, t in zip(sources, targets, strict=True)
            if renumber[s] >= 0 and renumber[t] >= 0
        ]
        return [s for s, _ in kept], [t for _, t in kept]
    import numpy as np

    renumbered = np.full(size, -1, dtype=np.int64)
    renumbered[members] = np.arange(len(members), dtype=np.int64)
    keep = (renumbered[sources] >= 0) & (renumbered[targets] >= 0)
    return renumbered[sources[keep]], renumbered[targets[keep]]


def _clause_adder(solver: Any) -> Callable[[Iterable[Sequence[int]]], None]:
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


def _solve_by_budget(solver: Any, assumptions: list[int], timer: _Timer) -> bool:
    """Solve in slices of conflicts, checking the clock between slices.

    The slices are counted in conflicts only (:data:`SLICE_CONFLICTS`), never
    sized from the clock, so the same input takes the same search path on any
    machine and under any load: run time is reproducible up to the machine's
    speed. Slicing is kept without a deadline too: some queries (an admissible
    set attacking a given argument, on the ICCMA 2019 AFGen instances) take
    CaDiCaL 10-25 s in one call and far less when it is interrupted and resumed
    (each resumption keeps the learnt clauses); easy calls, most of them, finish
    within the first slice. A slice of 25,000 conflicts lasts well under a second
    on these instances, which bounds how far a deadline is overshot.
    """
    slices = SLICE_CONFLICTS
    index = 0
    while True:
        timer.check()
        solver.conf_budget(slices[index])
        status = solver.solve_limited(assumptions=assumptions)
        if status is not None:
            return bool(status)
        index = min(index + 1, len(slices) - 1)


# -- the engine ------------------------------------------------------------------
class SatEngine:
    """The SAT engine (see the module documentation for the encodings).

    Supports conflict-free, naive, admissible, complete, grounded, preferred,
    stable, semi-stable, stage and ideal semantics.

    Examples
    --------
    >>> from argmap.frameworks.abstract import AF
    >>> af = AF(["a", "b", "c"], [("a", "b"), ("b", "a"), ("b", "c")])
    >>> engine = SatEngine()
    >>> sorted(sorted(e) for e in engine.extensions(af, Semantics.PREFERRED, None))
    [['a', 'c'], ['b']]
    >>> engine.credulous(af, "c", Semantics.STABLE, None)
    True
    >>> engine.sceptical(af, "c", Semantics.PREFERRED, None)
    False
    """

    name = "sat"

    def __init__(self) -> None:
        self._last: _Prepared | None = None

    def supports(self, semantics: Semantics) -> bool:
        """Whether this engine evaluates ``semantics``."""
        return semantics in _SUPPORTED

    # -- preparation ----------------------------------------------------------
    def _prepare(self, af: ArgumentationFramework) -> _Prepared:
        last = self._last
        if last is not None and last.af is af:
            return last
        prepared = _Prepared(af)
        self._last = prepared
        return prepared

    def _check(self, semantics: Semantics) -> Semantics:
        semantics = Semantics.parse(semantics)
        if semantics not in _SUPPORTED:
            supported = ", ".join(sorted(s.value for s in _SUPPORTED))
            raise ValueError(
                f"the SAT engine does not evaluate {semantics.value} semantics; "
                f"it evaluates: {supported}"
            )
        return semantics

    def _encode(
        self,
        prepared: _Prepared,
        family: str,
        timer: _Timer,
        *,
        reduced: bool,
        with_range: bool = False,
    ) -> tuple[_Encoding, Extension]:
        """The encoding of the undecided part (``reduced``) or the whole framework."""
        if not reduced:
            members: Sequence[int] = range(prepared.size)
            encoding = _Encoding(
                prepared,
                members,
                prepared.sources,
                prepared.targets,
                family,
                timer,
                with_range=with_range,
            )
            return encoding, frozenset()
        labels = prepared.labels
        undecided = [a for a in range(prepared.size) if labels[a] == UNDEC]
        sources, targets = _induced(prepared.sources, prepared.targets, undecided, prepared.size)
        encoding = _Encoding(
            prepared, undecided, sources, targets, family, timer, with_range=with_range
        )
        return encoding, prepared.grounded()

    # -- the Engine protocol ------------------------------------------------------
    def extensions(
        self, af: ArgumentationFramework, semantics: Semantics, deadline: float | None
    ) -> Iterator[Extension]:
        """All ``semantics``-extensions of ``af``, lazily, each once.

        Raises :class:`SolverTimeout` from the iterator once ``deadline`` passes.
        """
        semantics = self._check(semantics)
        return self._extensions(af, semantics, _Timer(deadline))

    def _extensions(
        self, af: ArgumentationFramework, semantics: Semantics, timer: _Timer
    ) -> Iterator[Extension]:
        prepared = self._prepare(af)
        if semantics is Semantics.GROUNDED:
            yield prepared.grounded()
            return
        if semantics is Semantics.IDEAL:
            yield self._ideal(prepared, timer)
            return
        if semantics in (Semantics.SEMI_STABLE, Semantics.STAGE):
            yield from self._range_maximal(prepared, semantics, timer)
            return
        family, maximal = _FAMILY[semantics]
        encoding, base = self._encode(prepared, family, timer, reduced=semantics in _REDUCED)
        try:
            if semantics is Semantics.ADMISSIBLE:
                _exclude_grounded_out(encoding, prepared)
            if maximal:
                encoding.prefer_in()
            while (model := encoding.solve()) is not None:
                chosen = encoding.ins(model)
                if maximal:
                    chosen = encoding.grow(chosen)
                yield encoding.extension(chosen, base)
                if maximal or semantics is Semantics.STABLE:
                    if not encoding.block_subsets(chosen):
                        return
                else:
                    encoding.block_exactly(chosen)
        finally:
            encoding.delete()

    def _range_maximal(
        self, prepared: _Prepared, semantics: Semantics, timer: _Timer
    ) -> Iterator[Extension]:
        """Semi-stable (complete, range-maximal) or stage (conflict-free, range-maximal)."""
        semi = semantics is Semantics.SEMI_STABLE
        encoding, base = self._encode(
            prepared,
            "complete" if semi else "conflict_free",
            timer,
            reduced=semi,
            with_range=True,
        )
        m = encoding.size
        try:
            while (model := encoding.solve()) is not None:
                model = encoding.grow_range(model)
                covered = encoding.range_of(model)
                inside = set(covered)
                exact = [2 * m + i + 1 for i in covered]
                exact += [-(j + 1) for j in range(m) if j not in inside]
                exact += [-(m + j + 1) for j in range(m) if j not in inside]
                while (same := encoding.solve(exact)) is not None:
                    chosen = encoding.ins(same)
                    yield encoding.extension(chosen, base)
                    encoding.block_exactly(chosen)
                if not encoding.block_range_subsets(covered):
                    return
        finally:
            encoding.delete()

    def some_extension(
        self, af: ArgumentationFramework, semantics: Semantics, deadline: float | None
    ) -> Extension | None:
        """One ``semantics``-extension of ``af``, or ``None`` when there is none.

        Complete and admissible answer with the grounded extension, without a
        solver call.
        """
        semantics = self._check(semantics)
        timer = _Timer(deadline)
        prepared = self._prepare(af)
        if semantics in (Semantics.GROUNDED, Semantics.COMPLETE, Semantics.ADMISSIBLE):
            return prepared.grounded()
        if semantics is Semantics.CONFLICT_FREE:
            return frozenset()
        for extension in self._extensions(af, semantics, timer):
            return extension
        return None

    def credulous(
        self,
        af: ArgumentationFramework,
        argument: str,
        semantics: Semantics,
        deadline: float | None,
    ) -> bool:
        """Whether ``argument`` belongs to some ``semantics``-extension of ``af``."""
        return self.credulous_witness(af, argument, semantics, deadline) is not None

    def sceptical(
        self,
        af: ArgumentationFramework,
        argument: str,
        semantics: Semantics,
        deadline: float | None,
    ) -> bool:
        """Whether ``argument`` belongs to every ``semantics``-extension of ``af``.

        True when there is no extension at all (only possible under stable).
        """
        return self.sceptical_counterexample(af, argument, semantics, deadline) is None

    # -- witnesses -------------------------------------------------------------------
    def credulous_witness(
        self,
        af: ArgumentationFramework,
        argument: str,
        semantics: Semantics,
        deadline: float | None,
    ) -> Extension | None:
        """A ``semantics``-extension of ``af`` containing ``argument``, or ``None``.

        Admissible, complete and preferred share one NP question (an argument in an
        admissible set is in a complete and in a preferred extension); the witness
        is of the semantics asked (a preferred witness is grown to maximality).

        Examples
        --------
        >>> from argmap.frameworks.abstract import AF
        >>> af = AF(["a", "b"], [("a", "b"), ("b", "a")])
        >>> sorted(SatEngine().credulous_witness(af, "b", Semantics.PREFERRED, None))
        ['b']
        """
        semantics = self._check(semantics)
        timer = _Timer(deadline)
        prepared = self._prepare(af)
        query = prepared.index(argument)
        label = prepared.labels[query]
        if semantics in (Semantics.GROUNDED, Semantics.IDEAL):
            unique = self.some_extension(af, semantics, deadline)
            return unique if unique is not None and argument in unique else None
        if semantics in _REDUCED and label == OUT:
            return None
        if semantics in _REDUCED and label == IN and semantics is not Semantics.STABLE:
            if semantics is Semantics.COMPLETE:
                return prepared.grounded()
            return self.some_extension(af, semantics, deadline)
        if semantics in (Semantics.SEMI_STABLE, Semantics.STAGE):
            return self._range_query(prepared, query, semantics, timer, credulous=True)
        family, maximal = _FAMILY[semantics]
        encoding, base = self._encode(prepared, family, timer, reduced=semantics in _REDUCED)
        try:
            if semantics is Semantics.ADMISSIBLE:
                _exclude_grounded_out(encoding, prepared)
            if semantics is Semantics.STABLE and label == IN:
                # every stable extension holds the grounded one: does any exist?
                model = encoding.solve()
                return None if model is None else encoding.extension(encoding.ins(model), base)
            position = _position_in(encoding, query, reduced=semantics in _REDUCED)
            model = encoding.solve([position + 1])
            if model is None:
                return None
            chosen = encoding.ins(model)
            if maximal:
                chosen = encoding.grow(chosen)
            return encoding.extension(chosen, base)
        finally:
            encoding.delete()

    def sceptical_counterexample(
        self,
        af: ArgumentationFramework,
        argument: str,
        semantics: Semantics,
        deadline: float | None,
    ) -> Extension | None:
        """A ``semantics``-extension of ``af`` without ``argument``, or ``None``.

        Under preferred semantics this is the CEGAR loop of μ-toksia: find a complete
        extension without the argument (first one attacking it), grow it to a
        preferred one; if the argument got in, exclude every subset of that
        preferred extension and look again.

        Examples
        --------
        >>> from argmap.frameworks.abstract import AF
        >>> af = AF(["a", "b", "c"], [("a", "b"), ("b", "a"), ("a", "c"), ("b", "c")])
        >>> SatEngine().sceptical_counterexample(af, "c", Semantics.PREFERRED, None)
        frozenset({'a'})
        """
        semantics = self._check(semantics)
        timer = _Timer(deadline)
        prepared = self._prepare(af)
        query = prepared.index(argument)
        label = prepared.labels[query]
        if semantics in (Semantics.GROUNDED, Semantics.IDEAL, Semantics.COMPLETE):
            kind = Semantics.GROUNDED if semantics is Semantics.COMPLETE else semantics
            unique = self.some_extension(af, kind, deadline)
            return None if unique is None or argument in unique else unique
        if semantics in (Semantics.ADMISSIBLE, Semantics.CONFLICT_FREE):
            return frozenset()
        if semantics in _REDUCED and label == IN:
            return None
        if semantics in _REDUCED and label == OUT:
            return self.some_extension(af, semantics, deadline)
        if semantics in (Semantics.SEMI_STABLE, Semantics.STAGE):
            return self._range_query(prepared, query, semantics, timer, credulous=False)
        if semantics is Semantics.STABLE:
            encoding, base = self._encode(prepared, "stable", timer, reduced=True)
            try:
                position = _position_in(encoding, query, reduced=True)
                model = encoding.solve([-(position + 1)])
                return None if model is None else encoding.extension(encoding.ins(model), base)
            finally:
                encoding.delete()
        if semantics is Semantics.PREFERRED:
            return self._preferred_counterexample(prepared, query, timer)
        # naive: a naive extension without the argument exists unless it is in all
        return self._naive_counterexample(prepared, query, timer)

    def _preferred_counterexample(
        self, prepared: _Prepared, query: int, timer: _Timer
    ) -> Extension | None:
        encoding, base = self._encode(prepared, "admissible", timer, reduced=True)
        try:
            encoding.prefer_in()
            position = _position_in(encoding, query, reduced=True)
            x_q, y_q = position + 1, encoding.size + position + 1
            attacking = encoding.solve([y_q])
            if attacking is not None:
                return encoding.extension(encoding.grow(encoding.ins(attacking)), base)
            while (model := encoding.solve([-x_q])) is not None:
                grown = encoding.grow(encoding.ins(model))
                if position not in grown:
                    return encoding.extension(grown, base)
                if not encoding.block_subsets(grown):
                    return None
            return None
        finally:
            encoding.delete()

    def _naive_counterexample(
        self, prepared: _Prepared, query: int, timer: _Timer
    ) -> Extension | None:
        encoding, base = self._encode(prepared, "conflict_free", timer, reduced=False)
        try:
            encoding.prefer_in()
            while (model := encoding.solve([-(query + 1)])) is not None:
                grown = encoding.grow(encoding.ins(model))
                if query not in grown:
                    return encoding.extension(grown, base)
                if not encoding.block_subsets(grown):
                    return None
            return None
        finally:
            encoding.delete()

    def _range_query(
        self,
        prepared: _Prepared,
        query: int,
        semantics: Semantics,
        timer: _Timer,
        *,
        credulous: bool,
    ) -> Extension | None:
        """Credulous witness or sceptical counter-example under semi-stable or stage.

        Counter-example guided (Dvořák et al. 2014): find a candidate with (or
        without) the argument whose range is maximal among such candidates; if no
        candidate at all has a strictly larger range it is the answer, otherwise
        no range-maximal extension has a range inside the candidate's, which a
        clause records before the next round.
        """
        semi = semantics is Semantics.SEMI_STABLE
        encoding, base = self._encode(
            prepared,
            "complete" if semi else "conflict_free",
            timer,
            reduced=semi,
            with_range=True,
        )
        try:
            position = _position_in(encoding, query, reduced=semi)
            literal = position + 1 if credulous else -(position + 1)
            while (model := encoding.solve([literal])) is not None:
                model = encoding.grow_range(model, fixed=[literal])
                covered = encoding.range_of(model)
                if encoding.range_is_maximal(covered):
                    return encoding.extension(encoding.ins(model), base)
                if not encoding.block_range_subsets(covered):
                    return None
            return None
        finally:
            encoding.delete()

    # -- ideal -------------------------------------------------------------------
    def _ideal(self, prepared: _Prepared, timer: _Timer) -> Extension:
        """The ideal extension: the largest admissible subset of the arguments that are
        credulously accepted (under preferred) and attacked by no such argument
        (Dunne 2009, Theorem 4; Dvořák, Dunne & Woltran 2011)."""
        encoding, base = self._encode(prepared, "admissible", timer, reduced=True)
        try:
            encoding.prefer_in()
            accepted: set[int] = set()
            while True:
                rest = [i + 1 for i in range(encoding.size) if i not in accepted]
                if not rest:
                    break
                encoding.add(rest)
                model = encoding.solve()
                if model is None:
                    break
                accepted.update(encoding.ins(model))
        finally:
            encoding.delete()
        # X: accepted and attacked by no accepted argument (a conflict-free set);
        # its largest admissible subset: drop what X no longer defends, until stable
        attackers = _rows(encoding.sources, encoding.targets, encoding.size)
        attacked = _rows(encoding.targets, encoding.sources, encoding.size)
        candidates = {a for a in accepted if not any(b - 1 in accepted for b in attackers[a])}
        while True:
            defeated = {b - 1 for a in candidates for b in attacked[a]}
            undefended = {a for a in candidates if any(b - 1 not in defeated for b in attackers[a])}
            if not undefended:
                break
            candidates -= undefended
        return encoding.extension(sorted(candidates), base)


_FAMILY: Final[dict[Semantics, tuple[str, bool]]] = {
    Semantics.CONFLICT_FREE: ("conflict_free", False),
    Semantics.NAIVE: ("conflict_free", True),
    Semantics.ADMISSIBLE: ("admissible", False),
    Semantics.COMPLETE: ("complete", False),
    Semantics.PREFERRED: ("admissible", True),
    Semantics.STABLE: ("stable", False),
}
"""Encoding family and whether the extensions are its ⊆-maximal sets."""


def _position_in(encoding: _Encoding, argument: int, *, reduced: bool) -> int:
    """The sub-framework number of framework argument ``argument``."""
    if not reduced:
        return argument
    members = encoding.members
    low, high = 0, len(members)
    while low < high:
        middle = (low + high) // 2
        if members[middle] < argument:
            low = middle + 1
        else:
            high = middle
    return low


def _exclude_grounded_out(encoding: _Encoding, prepared: _Prepared) -> None:
    """No admissible set holds an argument the grounded extension attacks."""
    labels = prepared.labels
    for a in range(prepared.size):
        if labels[a] == OUT:
            encoding.add([-(a + 1)])


__all__ = ["SatEngine"]
