"""Gradual semantics on large random graphs: argmap against formal-argumentation.

For n = 1,000, 10,000 and 100,000 arguments, two random graphs are drawn (seeded):

* ``dag`` — every edge goes from a lower to a higher index (acyclic: argmap uses
  exact forward propagation);
* ``cyclic`` — uniformly random edges (argmap iterates to ``tol = 1e-10``);

each with about 3 attacks and 3 supports per argument (the h-categorizer uses the
attacks only) and base scores uniform in ``[0, 1]``. DF-QuAD, the h-categorizer
and the quadratic energy model are timed with argmap and, where it is installed,
with formal-argumentation's ``argumentation.gradual`` / ``argumentation.ranking``
modules (``dfquad_strengths``, ``categoriser_scores``,
``quadratic_energy_strengths``), each run in a child process with a time budget.
Only the evaluation is timed (graphs are built beforehand). The strengths of the
two must agree within ``--agree`` (default 1e-6); the table says whether they do.

Run: ``python benchmarks/bench_gradual.py [--sizes 1000 10000 100000]
[--peer-budget 60]``.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from importlib import metadata
from typing import Any

import numpy as np

from argmap.frameworks.weighted import WeightedBipolarGraph
from argmap.gradual import GradualResult, df_quad, h_categorizer, quadratic_energy

ROWS = (
    ("df-quad", "auto"),
    ("h-categorizer", "auto"),
    ("quadratic-energy", "auto"),
    ("quadratic-energy", "continuous"),
)
"""(semantics, argmap method): the quadratic energy model is also integrated like
formal-argumentation does (RK4), for a like-for-like time."""


@dataclass(frozen=True)
class RandomGraph:
    """A random graph as plain lists, so both libraries build their own object."""

    names: list[str]
    weights: dict[str, float]
    attacks: list[tuple[str, str]]
    supports: list[tuple[str, str]]


def random_graph(n: int, *, acyclic: bool, per_argument: int = 3, seed: int = 0) -> RandomGraph:
    rng = np.random.default_rng(seed + n + (1 if acyclic else 0))
    m = 2 * per_argument * n
    src, tgt = rng.integers(0, n, size=m), rng.integers(0, n, size=m)
    if acyclic:
        src, tgt = np.minimum(src, tgt), np.maximum(src, tgt)
    keep = src != tgt
    pairs = list(dict.fromkeys(zip(src[keep].tolist(), tgt[keep].tolist(), strict=True)))
    order = rng.permutation(len(pairs))
    half = len(pairs) // 2
    names = [f"a{i}" for i in range(n)]
    edges = [(names[pairs[k][0]], names[pairs[k][1]]) for k in order]
    weights = dict(zip(names, rng.uniform(0.0, 1.0, size=n).tolist(), strict=True))
    return RandomGraph(names, weights, edges[:half], edges[half:])


# -- argmap ---------------------------------------------------------------------------
def run_argmap(semantics: str, method: str, graph: RandomGraph) -> tuple[float, GradualResult]:
    if semantics == "h-categorizer":
        built = WeightedBipolarGraph(dict.fromkeys(graph.names, 1.0), graph.attacks)
        function: Callable[..., GradualResult] = h_categorizer
    else:
        built = WeightedBipolarGraph(graph.weights, graph.attacks, graph.supports)
        function = df_quad if semantics == "df-quad" else quadratic_energy
    best = float("inf")
    result = function(built, method=method)
    for _ in range(3 if len(graph.names) <= 10_000 else 1):
        start = time.perf_counter()
        result = function(built, method=method)
        best = min(best, time.perf_counter() - start)
    return best, result


# -- formal-argumentation ---------------------------------------------------------------
def peer_version() -> str | None:
    try:
        import argumentation.gradual.gradual  # noqa: F401
    except ImportError:
        return None
    try:
        return metadata.version("formal-argumentation")
    except metadata.PackageNotFoundError:
        return "unknown version"


def _peer_child(semantics: str, graph: RandomGraph, pipe: Any) -> None:
    from argumentation.core.dung import ArgumentationFramework
    from argumentation.gradual.dfquad import dfquad_strengths
    from argumentation.gradual.gradual import WeightedBipolarGraph as PeerGraph
    from argumentation.gradual.gradual import quadratic_energy_strengths
    from argumentation.ranking.ranking import categoriser_scores

    if semantics == "h-categorizer":
        af = ArgumentationFramework(
            arguments=frozenset(graph.names), defeats=frozenset(graph.attacks)
        )
        start = time.perf_counter()
        outcome = categoriser_scores(af)
        elapsed = time.perf_counter() - start
        pipe.send((elapsed, outcome.converged, dict(outcome.scores)))
        return
    peer = PeerGraph(
        arguments=frozenset(graph.names),
        initial_weights=graph.weights,
        attacks=frozenset(graph.attacks),
        supports=frozenset(graph.supports),
    )
    function = dfquad_strengths if semantics == "df-quad" else quadratic_energy_strengths
    start = time.perf_counter()
    result = function(peer)
    elapsed = time.perf_counter() - start
    pipe.send((elapsed, result.converged, dict(result.strengths)))


def run_peer(
    semantics: str, graph: RandomGraph, budget: float
) -> tuple[float, bool, dict[str, float]] | str:
    """``(seconds, converged, strengths)``, or a reason it has no numbers."""
    context = mp.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_peer_child, args=(semantics, graph, send))
    child.start()
    send.close()
    if receive.poll(budget):
        outcome: tuple[float, bool, dict[str, float]] = receive.recv()
        child.join()
        return outcome
    child.kill()
    child.join()
    return f">{budget:.0f}s" if child.exitcode in (None, -9) else "crashed"


# -- the table ------------------------------------------------------------------------------
def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    parser.add_argument("--peer-budget", type=float, default=60.0, help="seconds per peer run")
    parser.add_argument("--agree", type=float, default=1e-6, help="max |difference| allowed")
    args = parser.parse_args(argv)

    version = peer_version()
    peer_label = f"formal-argumentation {version}" if version else "formal-argumentation"
    print(f"argmap gradual vs {peer_label}; times in seconds (evaluation only)")
    if version is None:
        print("formal-argumentation is not installed: peer columns are empty")
    header = (
        f"{'n':>7} {'graph':>6} {'semantics':>16} {'argmap':>8} {'method':>10} "
        f"{'peer':>10} {'peer/argmap':>11} {'max |diff|':>10}  agree"
    )
    print(header)
    print("-" * len(header))
    gave_up: set[tuple[str, str]] = set()
    disagreements = 0
    for n in args.sizes:
        for acyclic in (True, False):
            kind = "dag" if acyclic else "cyclic"
            graph = random_graph(n, acyclic=acyclic)
            peer_runs: dict[str, tuple[float, bool, dict[str, float]] | str] = {}
            for semantics, method in ROWS:
                ours, result = run_argmap(semantics, method, graph)
                used = result.method.value + ("" if result.converged else "!")
                peer_cell, ratio_cell, diff_cell, agree_cell = "-", "-", "-", "-"
                if version is None:
                    peer_cell = "n/a"
                elif (kind, semantics) in gave_up and semantics not in peer_runs:
                    peer_cell = "skipped"
                else:
                    if semantics not in peer_runs:
                        peer_runs[semantics] = run_peer(semantics, graph, args.peer_budget)
                    outcome = peer_runs[semantics]
                    if isinstance(outcome, str):
                        peer_cell = outcome
                        gave_up.add((kind, semantics))
                    else:
                        seconds, converged, values = outcome
                        diff = max(abs(result[a] - values[a]) for a in graph.names)
                        peer_cell = f"{seconds:.3f}" + ("" if converged else "!")
                        ratio_cell = f"{seconds / ours:.0f}x"
                        diff_cell = f"{diff:.1e}"
                        agreed = diff <= args.agree
                        agree_cell = "yes" if agreed else "NO"
                        disagreements += not agreed
                print(
                    f"{n:>7} {kind:>6} {semantics:>16} {ours:>8.3f} {used:>10} "
                    f"{peer_cell:>10} {ratio_cell:>11} {diff_cell:>10}  {agree_cell}",
                    flush=True,
                )
    print()
    print("method: how argmap computed the strengths ('!' = not converged);")
    print(f"peer '>Ns' = stopped at the {args.peer_budget:.0f} s budget, 'skipped' = a smaller")
    print("graph of the same kind already exceeded it.")
    return 1 if disagreements else 0


if __name__ == "__main__":
    sys.exit(main())
