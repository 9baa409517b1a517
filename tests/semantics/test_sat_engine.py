"""The SAT engine against a textbook brute-force oracle, published examples and ICCMA answers."""

from __future__ import annotations

import json
import re
import time
from itertools import product
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from argmap.frameworks.abstract import ArgumentationFramework
from argmap.semantics.engines.sat import SatEngine
from argmap.semantics.types import Semantics, SolverTimeout

ENGINE = SatEngine()
SUPPORTED = (
    Semantics.CONFLICT_FREE,
    Semantics.NAIVE,
    Semantics.ADMISSIBLE,
    Semantics.COMPLETE,
    Semantics.GROUNDED,
    Semantics.PREFERRED,
    Semantics.STABLE,
    Semantics.SEMI_STABLE,
    Semantics.STAGE,
    Semantics.IDEAL,
)


# -- the oracle: every subset, textbook definitions (Dung 1995; Caminada 2006;
#    Verheij 1996; Dung, Mancarella & Toni 2007) ---------------------------------
def oracle(af: ArgumentationFramework) -> dict[Semantics, set[frozenset[str]]]:
    names = af.arguments
    n = len(names)
    attackers = [0] * n
    for i, row in enumerate(af.attackers_of_index):
        for b in row:
            attackers[i] |= 1 << b
    targets = [0] * n
    for i, row in enumerate(af.targets_of_index):
        for b in row:
            targets[i] |= 1 << b

    def plus(s: int) -> int:
        out = 0
        for i in range(n):
            if s >> i & 1:
                out |= targets[i]
        return out

    def defended(s: int) -> int:
        attacked = plus(s)
        return sum(1 << i for i in range(n) if attackers[i] & ~attacked == 0)

    cf = [s for s in range(1 << n) if plus(s) & s == 0]
    adm = [s for s in cf if s & ~defended(s) == 0]
    co = [s for s in adm if defended(s) == s]
    full = (1 << n) - 1

    def maximal(sets: list[int], key: dict[int, int] | None = None) -> list[int]:
        value = key or {s: s for s in sets}
        return [
            s
            for s in sets
            if not any(value[t] != value[s] and value[t] & value[s] == value[s] for t in sets)
        ]

    pr = maximal(co)
    st_ = [s for s in cf if s | plus(s) == full]
    sst = maximal(co, {s: s | plus(s) for s in co})
    stg = maximal(cf, {s: s | plus(s) for s in cf})
    naive = maximal(cf)
    gr = min(co, key=lambda s: bin(s).count("1"))
    in_all_pr = full
    for s in pr:
        in_all_pr &= s
    ideal = max((s for s in adm if s & ~in_all_pr == 0), key=lambda s: bin(s).count("1"))

    def named(sets: list[int]) -> set[frozenset[str]]:
        return {frozenset(names[i] for i in range(n) if s >> i & 1) for s in sets}

    return {
        Semantics.CONFLICT_FREE: named(cf),
        Semantics.NAIVE: named(naive),
        Semantics.ADMISSIBLE: named(adm),
        Semantics.COMPLETE: named(co),
        Semantics.GROUNDED: named([gr]),
        Semantics.PREFERRED: named(pr),
        Semantics.STABLE: named(st_),
        Semantics.SEMI_STABLE: named(sst),
        Semantics.STAGE: named(stg),
        Semantics.IDEAL: named([ideal]),
    }


@st.composite
def frameworks(draw: st.DrawFn, max_size: int = 7) -> ArgumentationFramework:
    n = draw(st.integers(0, max_size))
    names = [f"a{i}" for i in range(n)]
    pairs = list(product(range(n), repeat=2))
    chosen = draw(st.lists(st.sampled_from(pairs), max_size=3 * n, unique=True)) if n else []
    return ArgumentationFramework(names, [(names[i], names[j]) for i, j in chosen])


@settings(max_examples=150, deadline=None)
@given(frameworks())
def test_extensions_match_the_oracle(af: ArgumentationFramework) -> None:
    expected = oracle(af)
    for semantics in SUPPORTED:
        found = list(ENGINE.extensions(af, semantics, None))
        assert len(found) == len(set(found)), f"{semantics}: an extension listed twice"
        assert set(found) == expected[semantics], semantics


@settings(max_examples=120, deadline=None)
@given(frameworks())
def test_acceptance_and_witnesses_match_the_oracle(af: ArgumentationFramework) -> None:
    expected = oracle(af)
    for semantics in SUPPORTED:
        extensions = expected[semantics]
        one = ENGINE.some_extension(af, semantics, None)
        assert (one is None) == (not extensions), semantics
        assert one is None or one in extensions, semantics
        for argument in af.arguments:
            credulous = any(argument in e for e in extensions)
            sceptical = all(argument in e for e in extensions)
            witness = ENGINE.credulous_witness(af, argument, semantics, None)
            counter = ENGINE.sceptical_counterexample(af, argument, semantics, None)
            assert (witness is not None) == credulous, (semantics, argument)
            assert witness is None or (witness in extensions and argument in witness)
            assert (counter is None) == sceptical, (semantics, argument)
            assert counter is None or (counter in extensions and argument not in counter)
            assert ENGINE.credulous(af, argument, semantics, None) == credulous
            assert ENGINE.sceptical(af, argument, semantics, None) == sceptical


def test_grounded_reduct_is_decided_without_the_solver() -> None:
    # a -> b -> c, d <-> e, e -> f: a and c are IN, b OUT; the rest is open
    af = ArgumentationFramework(
        list("abcdef"), [("a", "b"), ("b", "c"), ("d", "e"), ("e", "d"), ("e", "f")]
    )
    assert ENGINE.some_extension(af, Semantics.COMPLETE, None) == {"a", "c"}
    assert set(ENGINE.extensions(af, Semantics.PREFERRED, None)) == {
        frozenset("acd") | {"f"},
        frozenset("ace"),
    }
    assert ENGINE.sceptical(af, "c", Semantics.STABLE, None)
    assert not ENGINE.credulous(af, "b", Semantics.SEMI_STABLE, None)


def test_supports_lists_what_it_evaluates() -> None:
    assert all(ENGINE.supports(s) for s in SUPPORTED)
    assert not ENGINE.supports(Semantics.CF2)
    af = ArgumentationFramework(["a"], [])
    with pytest.raises(ValueError, match="does not evaluate cf2"):
        list(ENGINE.extensions(af, Semantics.CF2, None))


def test_a_past_deadline_raises_solver_timeout() -> None:
    af = ArgumentationFramework(["a", "b"], [("a", "b"), ("b", "a")])
    past = time.monotonic() - 1.0
    with pytest.raises(SolverTimeout):
        list(ENGINE.extensions(af, Semantics.PREFERRED, past))
    with pytest.raises(SolverTimeout):
        ENGINE.sceptical(af, "a", Semantics.PREFERRED, past)


def test_a_distant_deadline_gives_the_same_answers() -> None:
    names = [f"a{i}" for i in range(6)]
    af = ArgumentationFramework(names, [(names[i], names[(i + 1) % 6]) for i in range(6)])
    later = time.monotonic() + 3600.0
    assert set(ENGINE.extensions(af, Semantics.PREFERRED, later)) == oracle(af)[Semantics.PREFERRED]
    assert ENGINE.credulous(af, "a0", Semantics.STABLE, later)


def test_enumeration_is_lazy() -> None:
    # 2^10 complete extensions (ten independent 2-cycles): take three only
    names = [f"{side}{i}" for i in range(10) for side in "pq"]
    attacks = [(f"p{i}", f"q{i}") for i in range(10)] + [(f"q{i}", f"p{i}") for i in range(10)]
    af = ArgumentationFramework(names, attacks)
    iterator = ENGINE.extensions(af, Semantics.COMPLETE, None)
    first = [next(iterator) for _ in range(3)]
    assert len(set(first)) == 3


# -- published examples -----------------------------------------------------------
def _reference_examples(shared: Path) -> list[dict[str, object]]:
    data = json.loads((shared / "reference" / "dung_examples.json").read_text())
    examples: list[dict[str, object]] = data["examples"]
    return examples


def test_reference_examples(shared_dir: Path) -> None:
    checked = 0
    for example in _reference_examples(shared_dir):
        arguments = [str(a) for a in example["args"]]  # type: ignore[attr-defined]
        attacks = [(str(a), str(b)) for a, b in example["attacks"]]  # type: ignore[attr-defined]
        af = ArgumentationFramework(arguments, attacks)
        expected: dict[str, list[list[str]]] = example["expected"]  # type: ignore[assignment]
        for semantics in SUPPORTED:
            if semantics.value not in expected:
                continue
            want = {frozenset(e) for e in expected[semantics.value]}
            assert set(ENGINE.extensions(af, semantics, None)) == want, (example["name"], semantics)
            checked += 1
    assert checked >= 100


# -- ICCMA reference answers ---------------------------------------------------------
def _read_apx(path: Path) -> ArgumentationFramework:
    text = path.read_text()
    arguments = re.findall(r"arg\(\s*([^)\s]+)\s*\)\.", text)
    attacks = re.findall(r"att\(\s*([^,\s]+)\s*,\s*([^)\s]+)\s*\)\.", text)
    return ArgumentationFramework(arguments, attacks)


def _read_extension_list(text: str) -> set[frozenset[str]]:
    # probo2 outputs end with a line "N solution(s) found" after the list
    body = text.strip().split("\n", 1)[0].strip()
    assert body.startswith("[") and body.endswith("]")
    inner = body[1:-1].strip()
    return {
        frozenset(filter(None, group.split(","))) for group in re.findall(r"\[([^\]]*)\]", inner)
    }


PROBO = {"EE-CO": Semantics.COMPLETE, "EE-GR": Semantics.GROUNDED}
PROBO |= {"EE-PR": Semantics.PREFERRED, "EE-ST": Semantics.STABLE}


@pytest.mark.parametrize("instance", ["ex1", "ex2", "ex3"])
@pytest.mark.parametrize("task", sorted(PROBO))
def test_probo_solutions(shared_dir: Path, instance: str, task: str) -> None:
    folder = shared_dir / "bench" / "iccma" / "probo_examples"
    af = _read_apx(folder / f"{instance}.apx")
    expected = _read_extension_list((folder / "solutions" / f"{instance}.apx.{task}").read_text())
    assert set(ENGINE.extensions(af, PROBO[task], None)) == expected


@pytest.fixture(scope="module")
def medium(shared_dir: Path) -> tuple[ArgumentationFramework, Path]:
    folder = shared_dir / "bench" / "iccma" / "iccma19_probo2"
    return _read_apx(folder / "Medium-result-b1.apx"), folder


def _expected(folder: Path, task: str) -> str:
    return (folder / f"iccma-2019-Medium-result-b1.apx-{task}.out").read_text()


def test_iccma19_stable_extensions(medium: tuple[ArgumentationFramework, Path]) -> None:
    af, folder = medium
    expected = _read_extension_list(_expected(folder, "EE-ST"))
    assert len(expected) == 15
    assert set(ENGINE.extensions(af, Semantics.STABLE, None)) == expected


def test_iccma19_complete_extensions(medium: tuple[ArgumentationFramework, Path]) -> None:
    af, folder = medium
    expected = _read_extension_list(_expected(folder, "EE-CO"))
    assert len(expected) == 24
    assert set(ENGINE.extensions(af, Semantics.COMPLETE, None)) == expected


def test_iccma19_acceptance(medium: tuple[ArgumentationFramework, Path]) -> None:
    af, folder = medium
    query = (folder / "Medium-result-b1.arg").read_text().strip()
    assert query == "a48_54"
    assert _expected(folder, "SE-CO").startswith("[]")
    assert ENGINE.some_extension(af, Semantics.COMPLETE, None) == frozenset()
    assert _expected(folder, "DC-CO").strip() == "YES"
    assert ENGINE.credulous(af, query, Semantics.COMPLETE, None)
    assert _expected(folder, "DS-CO").strip() == "NO"
    assert not ENGINE.sceptical(af, query, Semantics.COMPLETE, None)
    assert _expected(folder, "DC-GR").strip() == "NO"
    assert not ENGINE.credulous(af, query, Semantics.GROUNDED, None)


def test_clauses_go_through_the_fast_path_and_both_paths_agree() -> None:
    """python-sat's C entry point is private: fail loudly if an upgrade loses it."""
    from pysat.solvers import Solver

    from argmap.semantics.engines import sat_solving as sat

    clauses = [[1, -2], [2, 3], [-1, -3], [2]]
    models = []
    for fast in (True, False):
        solver = Solver(name=sat.SOLVER_NAME)
        if fast:
            add = sat.clause_adder(solver)
            assert add.__name__ == "add_all", "python-sat's CaDiCaL entry point is gone"
            add(clauses)
        else:
            solver.append_formula(clauses)
        assert solver.solve()
        models.append(sorted(solver.get_model()))
        solver.delete()
    assert models[0] == models[1] == [-3, 1, 2]


# -- the preferred and complete queries on denser frameworks ------------------------
def preferred_by_bitmasks(af: ArgumentationFramework) -> tuple[set[frozenset[str]], set[str]]:
    """(preferred extensions, arguments in some admissible set), by listing every subset."""
    names = af.arguments
    n = len(names)
    attackers = [0] * n
    for target, row in enumerate(af.attackers_of_index):
        for source in row:
            attackers[target] |= 1 << source
    attacked_by = [0] * (1 << n)
    admissible = []
    for chosen in range(1 << n):
        hit = 0
        for a in range(n):
            if chosen >> a & 1:
                hit |= sum(1 << t for t in range(n) if attackers[t] >> a & 1)
        attacked_by[chosen] = hit
        free = hit & chosen == 0
        defended = all(attackers[a] & ~hit == 0 for a in range(n) if chosen >> a & 1)
        if free and defended:
            admissible.append(chosen)
    maximal = [s for s in admissible if not any(s != t and s & t == s for t in admissible)]
    as_set = {frozenset(names[a] for a in range(n) if s >> a & 1) for s in maximal}
    accepted = {names[a] for a in range(n) if any(s >> a & 1 for s in admissible)}
    return as_set, accepted


@settings(max_examples=120, deadline=None)
@given(frameworks(max_size=10))
def test_preferred_and_complete_queries_on_larger_frameworks(af: ArgumentationFramework) -> None:
    # the first preferred extension found decides most sceptical queries; the
    # counter-example loop and the admissible credulous search decide the rest
    preferred, credulous = preferred_by_bitmasks(af)
    one = SatEngine().some_extension(af, Semantics.PREFERRED, None)
    assert one in preferred
    for argument in af.arguments:
        sceptical = all(argument in e for e in preferred)
        assert ENGINE.sceptical(af, argument, Semantics.PREFERRED, None) is sceptical
        counter = ENGINE.sceptical_counterexample(af, argument, Semantics.PREFERRED, None)
        assert counter is None if sceptical else (counter in preferred and argument not in counter)
        assert ENGINE.credulous(af, argument, Semantics.COMPLETE, None) is (argument in credulous)
        assert ENGINE.credulous(af, argument, Semantics.PREFERRED, None) is (argument in credulous)


def test_preferred_queries_on_self_attacks_isolated_arguments_and_odd_cycles() -> None:
    # s attacks itself and b; i is isolated; a -> b -> c -> a is an odd cycle
    # that s reaches; d <-> e is an even cycle attacking f
    af = ArgumentationFramework(
        ["s", "i", "a", "b", "c", "d", "e", "f"],
        [
            *[("s", "s"), ("s", "b"), ("a", "b"), ("b", "c"), ("c", "a")],
            *[("d", "e"), ("e", "d"), ("e", "f")],
        ],
    )
    engine = SatEngine()
    assert engine.some_extension(af, Semantics.PREFERRED, None) in (
        frozenset({"i", "d", "f"}),
        frozenset({"i", "e"}),
    )
    assert engine.some_extension(af, Semantics.STABLE, None) is None
    assert engine.sceptical(af, "i", Semantics.PREFERRED, None)
    for argument in ("s", "a", "b", "c", "d", "e", "f"):
        assert not engine.sceptical(af, argument, Semantics.PREFERRED, None), argument
    for argument in ("s", "a", "b", "c"):
        assert not engine.credulous(af, argument, Semantics.COMPLETE, None), argument
    for argument in ("i", "d", "e", "f"):
        assert engine.credulous(af, argument, Semantics.COMPLETE, None), argument
    counter = engine.sceptical_counterexample(af, "f", Semantics.PREFERRED, None)
    assert counter == frozenset({"i", "e"})


def test_a_preferred_extension_is_the_same_on_every_run() -> None:
    # the search depends on the framework alone (slices are counted in conflicts)
    names = [f"a{i}" for i in range(40)]
    attacks = [(names[i], names[(i * 7 + 3) % 40]) for i in range(40)]
    attacks += [(names[i], names[(i * 11 + 5) % 40]) for i in range(40)]
    af = ArgumentationFramework(names, attacks)
    found = {SatEngine().some_extension(af, Semantics.PREFERRED, None) for _ in range(5)}
    assert len(found) == 1


def test_credulous_queries_on_dense_frameworks_search_and_agree_with_the_solver(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Dense frameworks (more than 16 attackers an argument) take the branching
    # search for credulous complete/preferred queries; the solver must agree.
    import random

    from argmap.semantics.engines import sat as sat_module
    from argmap.semantics.engines.stable_search import dense

    decided = []
    by_search = sat_module._admissible_by_search

    def counted(*args: object) -> tuple[bool, object]:
        outcome = by_search(*args)  # type: ignore[arg-type]
        decided.append(outcome[0])
        return outcome

    monkeypatch.setattr(sat_module, "_admissible_by_search", counted)
    answers = []
    for seed in range(4):
        rng = random.Random(seed)
        n = 36
        names = [f"a{i}" for i in range(n)]
        attacks = [(a, b) for a in names for b in names if a != b and rng.random() < 0.55]
        af = ArgumentationFramework(names, attacks)
        assert dense(len(attacks), n)
        for argument in names[::5]:
            for semantics in (Semantics.COMPLETE, Semantics.PREFERRED):
                answer = ENGINE.credulous(af, argument, semantics, None)
                answers.append((af, argument, semantics, answer))
    assert decided and all(decided)
    assert {answer for *_, answer in answers} == {True, False}
    monkeypatch.setattr(sat_module, "dense", lambda attacks, size: False)
    for af, argument, semantics, searched in answers:
        assert SatEngine().credulous(af, argument, semantics, None) is searched
