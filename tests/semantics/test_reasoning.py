"""The public reasoning API: arguments, limits, timeouts, empty results, engine choice."""

from __future__ import annotations

import itertools
import sys
import types
from collections.abc import Callable

import pytest

from argmap.frameworks import ArgumentationFramework
from argmap.semantics import (
    Enumeration,
    Semantics,
    SolverTimeout,
    StopReason,
    admissible_sets,
    cf2_extensions,
    complete_extensions,
    conflict_free_sets,
    credulously_accepted,
    eager_extension,
    enumerate_extensions,
    extensions,
    grounded_extension,
    grounded_labelling,
    ideal_extension,
    labellings,
    naive_extensions,
    preferred_extensions,
    sceptically_accepted,
    semi_stable_extensions,
    some_extension,
    stable_extensions,
    stage2_extensions,
    stage_extensions,
)
from argmap.semantics.dispatch import PYTHON_OPEN_ARGUMENTS, choose_engine
from argmap.semantics.engines.python import PythonEngine
from argmap.semantics.types import Engine, Extension
from tests.semantics.conftest import SEMANTICS

ODD_CYCLE = ArgumentationFramework(["a", "b", "c"], [("a", "b"), ("b", "c"), ("c", "a")])
EMPTY = ArgumentationFramework([])


def _even_cycles(count: int) -> ArgumentationFramework:
    """``count`` disjoint 2-cycles: ``2**count`` stable extensions."""
    names = [f"{side}{i}" for i in range(count) for side in "xy"]
    attacks = [(f"x{i}", f"y{i}") for i in range(count)] + [
        (f"y{i}", f"x{i}") for i in range(count)
    ]
    return ArgumentationFramework(names, attacks)


# -- no extension versus the empty extension --------------------------------------
def test_stable_on_an_odd_cycle_has_no_extension() -> None:
    assert list(extensions(ODD_CYCLE, "stable")) == []
    result = enumerate_extensions(ODD_CYCLE, "stable")
    assert result.extensions == ()
    assert result.complete and result.stopped is None
    assert some_extension(ODD_CYCLE, "stable") is None
    assert list(labellings(ODD_CYCLE, "stable")) == []


@pytest.mark.parametrize("semantics", ["grounded", "preferred", "semi_stable", "ideal", "eager"])
def test_admissibility_semantics_on_an_odd_cycle_give_only_the_empty_extension(
    semantics: str,
) -> None:
    assert list(extensions(ODD_CYCLE, semantics)) == [frozenset()]
    assert some_extension(ODD_CYCLE, semantics) == frozenset()


@pytest.mark.parametrize("semantics", SEMANTICS)
def test_the_framework_without_arguments_has_exactly_the_empty_extension(semantics: str) -> None:
    assert list(extensions(EMPTY, semantics)) == [frozenset()]
    assert enumerate_extensions(EMPTY, semantics).extensions == (frozenset(),)


def test_sceptical_acceptance_without_extensions_is_vacuously_true() -> None:
    for argument in ODD_CYCLE.arguments:
        assert sceptically_accepted(ODD_CYCLE, argument, "stable") is True
        assert credulously_accepted(ODD_CYCLE, argument, "stable") is False
        assert sceptically_accepted(ODD_CYCLE, argument, "preferred") is False


# -- the per-semantics functions agree with the generic one -----------------------
PER_SEMANTICS = {
    "conflict_free": conflict_free_sets,
    "naive": naive_extensions,
    "admissible": admissible_sets,
    "complete": complete_extensions,
    "preferred": preferred_extensions,
    "stable": stable_extensions,
    "semi_stable": semi_stable_extensions,
    "stage": stage_extensions,
    "cf2": cf2_extensions,
    "stage2": stage2_extensions,
}
UNIQUE = {"grounded": grounded_extension, "ideal": ideal_extension, "eager": eager_extension}
FLOATING = ArgumentationFramework(
    ["a", "b", "c", "d", "e"],
    [("a", "b"), ("b", "a"), ("a", "c"), ("b", "c"), ("c", "d"), ("e", "e"), ("e", "d")],
)


@pytest.mark.parametrize("semantics", sorted(PER_SEMANTICS))
def test_per_semantics_functions_match_extensions(semantics: str) -> None:
    assert list(PER_SEMANTICS[semantics](FLOATING)) == list(
        extensions(FLOATING, semantics, engine="python")
    )


@pytest.mark.parametrize("semantics", sorted(UNIQUE))
def test_unique_semantics_functions_match_extensions(semantics: str) -> None:
    assert [UNIQUE[semantics](FLOATING)] == list(extensions(FLOATING, semantics))


def test_grounded_labelling_is_the_labelling_of_the_grounded_extension() -> None:
    (labelling,) = labellings(FLOATING, "grounded")
    assert grounded_labelling(FLOATING) == labelling
    assert labelling.undec == frozenset("abcde")


# -- arguments of the API ----------------------------------------------------------
@pytest.mark.parametrize("name", ["semi-stable", "Semi Stable", "SST", Semantics.SEMI_STABLE])
def test_semantics_are_named_by_enum_or_string(name: str | Semantics) -> None:
    assert enumerate_extensions(FLOATING, name).semantics is Semantics.SEMI_STABLE


def test_unknown_semantics_is_a_value_error_listing_the_choices() -> None:
    with pytest.raises(ValueError, match=r"unknown semantics 'grounded2'.*preferred"):
        list(extensions(FLOATING, "grounded2"))


def test_unknown_engine_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="unknown engine 'fast'"):
        extensions(FLOATING, "preferred", engine="fast")


@pytest.mark.parametrize(
    "query", [credulously_accepted, sceptically_accepted], ids=["credulous", "sceptical"]
)
def test_unknown_argument_is_a_key_error_naming_it(query: Callable[..., bool]) -> None:
    with pytest.raises(KeyError, match="'zz' is not an argument"):
        query(FLOATING, "zz", "preferred")


def test_negative_limit_and_timeout_are_rejected() -> None:
    with pytest.raises(ValueError, match="limit"):
        extensions(FLOATING, "complete", limit=-1)
    with pytest.raises(ValueError, match="timeout"):
        enumerate_extensions(FLOATING, "complete", timeout=-0.5)


# -- limits, laziness, timeouts ----------------------------------------------------
def test_enumeration_is_lazy() -> None:
    many = _even_cycles(40)  # 2**40 stable extensions: only a lazy iterator can answer
    first = list(itertools.islice(extensions(many, "stable"), 3))
    assert len(set(first)) == 3
    assert all(len(extension) == 40 for extension in first)


def test_limit_stops_early_and_says_so() -> None:
    many = _even_cycles(40)
    result = enumerate_extensions(many, "preferred", engine="python", limit=5)
    assert isinstance(result, Enumeration)
    assert len(result) == 5
    assert not result.complete
    assert result.stopped is StopReason.LIMIT
    assert result.engine == "python"


def test_limit_equal_to_the_count_is_complete() -> None:
    result = enumerate_extensions(_even_cycles(2), "stable", limit=4)
    assert len(result) == 4 and result.complete and result.stopped is None


def test_limit_zero() -> None:
    assert enumerate_extensions(_even_cycles(2), "stable", limit=0).stopped is StopReason.LIMIT
    assert enumerate_extensions(ODD_CYCLE, "stable", limit=0).complete


def test_timeout_returns_what_was_found_without_raising() -> None:
    many = _even_cycles(40)
    result = enumerate_extensions(many, "stable", timeout=0.2)
    assert not result.complete
    assert result.stopped is StopReason.TIMEOUT
    assert len(set(result.extensions)) == len(result.extensions)
    assert all(len(extension) == 40 for extension in result.extensions)


def test_an_expired_timeout_raises_from_the_lazy_functions() -> None:
    many = _even_cycles(12)
    with pytest.raises(SolverTimeout):
        list(extensions(many, "preferred", timeout=0))
    with pytest.raises(SolverTimeout):
        some_extension(many, "semi_stable", timeout=0)
    with pytest.raises(SolverTimeout):
        credulously_accepted(many, "x0", "stage", timeout=0)
    expired = enumerate_extensions(many, "preferred", timeout=0)
    assert expired.extensions == () and expired.stopped is StopReason.TIMEOUT


# -- engine choice -------------------------------------------------------------------
class _FakeSat:
    """Stands in for the SAT engine: serves preferred, semi-stable and stage (by Python)."""

    name = "fake-sat"

    def __init__(self) -> None:
        self._python = PythonEngine()
        self.asked: list[Semantics] = []

    def supports(self, semantics: Semantics) -> bool:
        return semantics in (Semantics.PREFERRED, Semantics.SEMI_STABLE, Semantics.STAGE)

    def extensions(
        self, af: ArgumentationFramework, semantics: Semantics, deadline: float | None
    ) -> object:
        self.asked.append(semantics)
        return self._python.extensions(af, semantics, deadline)

    def some_extension(
        self, af: ArgumentationFramework, semantics: Semantics, deadline: float | None
    ) -> Extension | None:
        return self._python.some_extension(af, semantics, deadline)

    def credulous(
        self, af: ArgumentationFramework, argument: str, semantics: Semantics, d: float | None
    ) -> bool:
        return self._python.credulous(af, argument, semantics, d)

    def sceptical(
        self, af: ArgumentationFramework, argument: str, semantics: Semantics, d: float | None
    ) -> bool:
        return self._python.sceptical(af, argument, semantics, d)


@pytest.fixture
def fake_sat(monkeypatch: pytest.MonkeyPatch) -> None:
    module = types.ModuleType("argmap.semantics.engines.sat")
    module.SatEngine = _FakeSat  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "argmap.semantics.engines.sat", module)


@pytest.fixture
def no_sat(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "argmap.semantics.engines.sat", None)


LARGE = _even_cycles(max(PYTHON_OPEN_ARGUMENTS.values()))  # every argument open
RING = ArgumentationFramework(
    [f"r{i}" for i in range(40)], [(f"r{i}", f"r{(i + 1) % 40}") for i in range(40)]
)  # one strongly connected component of 40 arguments


@pytest.mark.usefixtures("fake_sat")
def test_auto_sends_large_hard_queries_to_the_sat_engine() -> None:
    assert choose_engine(LARGE, "preferred").name == "fake-sat"
    assert choose_engine(FLOATING, "preferred").name == "python"  # small
    for by_definition in ("grounded", "naive", "conflict_free", "cf2"):
        assert choose_engine(LARGE, by_definition).name == "python"
    assert choose_engine(LARGE, "stable").name == "python"  # not served by this engine
    assert choose_engine(LARGE, "stage2").name == "python"  # components of two arguments
    assert choose_engine(RING, "stage2").name == "python+fake-sat"


@pytest.mark.usefixtures("fake_sat")
def test_eager_and_ideal_use_the_sat_engine_for_what_they_are_defined_over() -> None:
    engine = choose_engine(LARGE, "eager")
    assert engine.name == "python+fake-sat"
    assert isinstance(engine, PythonEngine)
    small = FLOATING
    helped = PythonEngine(helper=_FakeSat())
    for semantics in (Semantics.EAGER, Semantics.IDEAL):
        assert list(helped.extensions(small, semantics, None)) == list(
            extensions(small, semantics, engine="python")
        )
    assert isinstance(helped.helper, _FakeSat)
    assert helped.helper.asked == [Semantics.SEMI_STABLE, Semantics.PREFERRED]


@pytest.mark.usefixtures("fake_sat")
def test_engine_sat_refuses_what_it_cannot_evaluate() -> None:
    with pytest.raises(ValueError, match="does not evaluate cf2"):
        choose_engine(FLOATING, "cf2", "sat")
    assert choose_engine(FLOATING, "preferred", "sat").name == "fake-sat"


@pytest.mark.usefixtures("no_sat")
def test_without_the_sat_engine_auto_falls_back_to_python() -> None:
    assert choose_engine(LARGE, "preferred").name == "python"
    with pytest.raises(ValueError, match="engine='sat' is not available"):
        choose_engine(FLOATING, "preferred", "sat")


def test_the_python_engine_meets_the_engine_protocol() -> None:
    engine: Engine = PythonEngine()
    assert all(engine.supports(semantics) for semantics in Semantics)
