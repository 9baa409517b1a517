"""The SAT engine's solving: a portfolio in conflict slices, reproducible, and right."""

from __future__ import annotations

import itertools
import time
from collections.abc import Iterable, Sequence

import pytest
from hypothesis import given, settings

from argmap.frameworks.abstract import ArgumentationFramework
from argmap.semantics.engines import sat_solving
from argmap.semantics.engines.sat import SatEngine
from argmap.semantics.engines.sat_solving import Portfolio, Timer, solver_names
from argmap.semantics.types import Semantics
from tests.semantics.conftest import frameworks
from tests.semantics.oracle import Oracle


class FakeSolver:
    """Answers after a fixed number of its own slices; records what it was given."""

    def __init__(self, name: str, log: list[tuple[str, int]], answers_after: int) -> None:
        self.name = name
        self.log = log
        self.answers_after = answers_after
        self.slices = 0
        self.clauses: list[list[int]] = []
        self.phases: list[int] | None = None

    def append_formula(self, clauses: Iterable[Sequence[int]]) -> None:
        self.clauses.extend(list(c) for c in clauses)

    def set_phases(self, literals: list[int]) -> None:
        self.phases = literals

    def conf_budget(self, budget: int) -> None:
        self.log.append((self.name, budget))

    def solve_limited(self, assumptions: list[int]) -> bool | None:
        self.slices += 1
        return True if self.slices >= self.answers_after else None

    def get_model(self) -> list[int]:
        return [1]

    def delete(self) -> None:
        pass


def fake_portfolio(
    monkeypatch: pytest.MonkeyPatch, answers_after: dict[str, int]
) -> tuple[Portfolio, list[tuple[str, int]], dict[str, FakeSolver]]:
    log: list[tuple[str, int]] = []
    made: dict[str, FakeSolver] = {}

    def new_solver(name: str) -> FakeSolver:
        made[name] = FakeSolver(name, log, answers_after[name])
        return made[name]

    monkeypatch.setattr(sat_solving, "new_solver", new_solver)

    def build(add_all: sat_solving.AddAll) -> None:
        add_all([[1, 2], [-1]])

    # a deadline far away: the clock is read before every turn, and must not matter
    return Portfolio(build, Timer(1e12), ("first", "second")), log, made


def test_the_turns_depend_on_conflicts_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    """The same call takes the same turns whatever the clock says: reproducible runs."""
    schedules = []
    for step in (0.0001, 5.0):  # a fast machine and a loaded one
        clock = itertools.count(0.0, step)
        monkeypatch.setattr(time, "monotonic", lambda clock=clock: next(clock))
        portfolio, log, _ = fake_portfolio(monkeypatch, {"first": 4, "second": 9})
        assert portfolio.solve([]) == [1]
        schedules.append(log)
    assert schedules[0] == schedules[1]
    assert schedules[0] == [
        ("first", 10_000),
        ("second", 10_000),
        ("first", 20_000),
        ("second", 20_000),
        ("first", 25_000),
        ("second", 25_000),
        ("first", 25_000),
    ]


def test_a_late_solver_gets_every_clause_and_phase_and_the_winner_goes_first(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    portfolio, log, made = fake_portfolio(monkeypatch, {"first": 50, "second": 2})
    portfolio.add([[3, -2]])
    portfolio.set_phases([1, 2])
    assert list(made) == ["first"], "the second solver starts only when needed"
    assert portfolio.solve([]) == [1]
    first, second = made["first"], made["second"]
    assert first.clauses == second.clauses == [[1, 2], [-1], [3, -2]]
    assert second.phases == [1, 2]
    portfolio.add([[4]])
    assert first.clauses[-1] == second.clauses[-1] == [4]
    log.clear()
    assert portfolio.solve([]) == [1]
    assert log[0] == ("second", 10_000)


def test_solver_names_are_checked() -> None:
    assert solver_names(("cadical153", "cadical195")) == ("cadical153", "cadical195")
    for wrong in ((), ("no-such-solver",), ("lingeling",)):
        with pytest.raises(ValueError, match="solver"):
            solver_names(wrong)
    with pytest.raises(ValueError, match="no-such-solver"):
        SatEngine(solvers=["no-such-solver"])


@settings(max_examples=60, deadline=None)
@given(frameworks(max_arguments=7))
def test_a_two_solver_portfolio_in_tiny_slices_matches_the_oracle(
    af: ArgumentationFramework,
) -> None:
    # One conflict per turn: both solvers take many turns, and the answers stand.
    oracle = Oracle(af.arguments, af.attacks)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(sat_solving, "SLICE_CONFLICTS", (1,))
        engine = SatEngine(solvers=("cadical153", "cadical195"))
        for semantics in (Semantics.PREFERRED, Semantics.STABLE, Semantics.SEMI_STABLE):
            expected = oracle.extensions(semantics.value)
            assert set(engine.extensions(af, semantics, None)) == expected, semantics
            for argument in af.arguments:
                assert engine.sceptical(af, argument, semantics, None) is all(
                    argument in e for e in expected
                )


@pytest.mark.parametrize("name", ["cadical153", "cadical195"])
def test_the_direct_path_answers_like_python_sat(name: str) -> None:
    """CaDiCaL through ``pysolvers`` alone: the same answers as through ``pysat.solvers``."""
    from pysat.solvers import Solver

    direct = sat_solving.new_solver(name)
    assert isinstance(direct, sat_solving.DirectCadical), "python-sat's entry points are gone"
    public = Solver(name=name)
    # x1 ∨ x2, ¬x1 ∨ x3, ¬x2 ∨ x3, ¬x3 ∨ ¬x4
    clauses = [[1, 2], [-1, 3], [-2, 3], [-3, -4]]
    sat_solving.clause_adder(direct)(clauses)
    public.append_formula(clauses)
    for solver in (direct, public):
        solver.set_phases([1, 2, 3, 4])
    answers = []
    for solver in (direct, public):
        solver.conf_budget(1000)
        found = [solver.solve_limited(assumptions=[4]), solver.solve_limited(assumptions=[-4])]
        answers.append((found, sorted(solver.get_model())))
    assert answers[0] == answers[1] == ([False, True], [-4, 1, 2, 3])
    direct.delete()
    direct.delete()  # a second delete is harmless
    public.delete()
