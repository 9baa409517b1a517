"""The structured reading (ASPIC+): building a map's arguments and defeats, then grounded.

Inputs:

* the built-in CSMO debate (target: construction + grounded under 50 ms in process);
* generated debates of 100, 1,000 and 10,000 statements (seeded; target for 1,000:
  under 2 s): ten positions on one issue, rival pairs among them (some written
  ``contradictory``), then each new statement a reason for an earlier one (single,
  or linked with a fresh co-premise; a few strict), a rebuttal of it, an undermine of a
  premise or an undercut of an inference, so that chains of reasons and convergent
  reasons multiply the arguments as in analysed debates.

Each case is timed ``--repeat`` times (best and median, wall time, in process):
``build`` is :func:`argmap.frameworks.structured.structured_framework` (arguments,
attacks, defeats, the Dung framework), ``grounded`` is
:func:`argmap.semantics.structured.conclusion_statuses` under grounded semantics.
``pyarg`` is the same work by python-argumentation's ASPIC+ (the ``test`` extra):
its argumentation theory, its defeats and its grounded extension, in a child process
given ``--pyarg-timeout`` seconds ("> N s" when it does not finish); the column says
whether its grounded conclusions are argmap's.

Run: ``python benchmarks/bench_structured.py [--sizes 100 1000 10000] [--repeat 3]``.
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import statistics
import time
from typing import Any

from argmap import corpus
from argmap.frameworks.structured import structured_framework
from argmap.model import ArgumentMap
from argmap.semantics.structured import conclusion_statuses

TARGETS = {"csmo": 0.050, "1000": 2.0}
"""Seconds that construction + grounded should stay under, per case."""


def generated_map(statements: int, seed: int = 11) -> ArgumentMap:
    """A debate of ``statements`` claims (plus one issue) shaped like an analysed discussion."""
    rng = random.Random(seed)
    items: list[dict[str, Any]] = [{"id": "q", "kind": "issue", "text": {"en": "?"}}]
    supports: list[dict[str, Any]] = []
    attacks: list[dict[str, Any]] = []
    positions = min(10, statements)
    for i in range(positions):
        items.append({"id": f"c{i}", "text": {"en": f"Position {i}."}, "answers": "q"})
    for i in range(0, positions - 1, 2):
        attacks.append(
            {
                "id": f"r{i}",
                "kind": "rebut",
                "source": f"c{i}",
                "target": f"c{i + 1}",
                "contradictory": i < 6,
            }
        )
    number = positions
    while number < statements:
        sid = f"c{number}"
        items.append({"id": sid, "text": {"en": f"Statement {number}."}})
        target = f"c{rng.randrange(max(0, number - 200), number)}"
        roll = rng.random()
        if roll < 0.6 or not supports:
            premises = [sid]
            if rng.random() < 0.15 and number + 1 < statements:
                number += 1
                premises.append(f"c{number}")
                items.append({"id": f"c{number}", "text": {"en": f"Co-premise {number}."}})
            supports.append(
                {
                    "id": f"s{number}",
                    "premises": premises,
                    "conclusion": target,
                    "strict": rng.random() < 0.05,
                }
            )
        elif roll < 0.85:
            attacks.append({"id": f"a{number}", "kind": "rebut", "source": sid, "target": target})
        elif roll < 0.93:
            premise = rng.choice(supports[-100:])["premises"][0]
            attacks.append(
                {"id": f"a{number}", "kind": "undermine", "source": sid, "target": premise}
            )
        else:
            defeasible = [s["id"] for s in supports[-100:] if not s["strict"]]
            if defeasible:
                attacks.append(
                    {
                        "id": f"a{number}",
                        "kind": "undercut",
                        "source": sid,
                        "target": rng.choice(defeasible),
                    }
                )
        number += 1
    return ArgumentMap.model_validate(
        {
            "title": f"Generated debate of {statements} statements",
            "statements": items,
            "supports": supports,
            "attacks": attacks,
        }
    )


def timed(m: ArgumentMap, repeat: int) -> tuple[list[float], list[float], tuple[int, int]]:
    """Build and grounded times (seconds) over ``repeat`` runs, and the sizes."""
    builds, grounds = [], []
    size = (0, 0)
    for _ in range(repeat):
        start = time.perf_counter()
        sf = structured_framework(m)
        middle = time.perf_counter()
        conclusion_statuses(sf, "grounded")
        end = time.perf_counter()
        builds.append(middle - start)
        grounds.append(end - middle)
        size = (len(sf.arguments), sf.framework.number_of_attacks())
    return builds, grounds, size


def _pyarg_run(m: ArgumentMap, queue: Any) -> None:
    from py_arg.abstract_argumentation_classes.abstract_argumentation_framework import (
        AbstractArgumentationFramework,
    )
    from py_arg.algorithms.semantics.get_grounded_extension import get_grounded_extension
    from py_arg.aspic_classes.argumentation_system import ArgumentationSystem
    from py_arg.aspic_classes.argumentation_theory import ArgumentationTheory
    from py_arg.aspic_classes.defeasible_rule import DefeasibleRule
    from py_arg.aspic_classes.literal import Literal
    from py_arg.aspic_classes.strict_rule import StrictRule

    from argmap.frameworks.structured import argumentation_theory

    start = time.perf_counter()
    theory = argumentation_theory(m)
    literals = {c: Literal(c) for c in theory.language}
    literals.update({r.id: Literal(r.id, True) for r in theory.rules if not r.strict})
    contraries = {
        y: {literals[x] for x in xs}
        for y, xs in (*theory.contraries.items(), *theory.undercutters.items())
    }
    strict = [
        StrictRule(r.id, {literals[a] for a in r.antecedents}, literals[r.consequent])
        for r in theory.rules
        if r.strict
    ]
    defeasible = [
        DefeasibleRule(r.id, {literals[a] for a in r.antecedents}, literals[r.consequent])
        for r in theory.rules
        if not r.strict
    ]
    system = ArgumentationSystem(
        literals, contraries, strict, defeasible, add_defeasible_rule_literals=False
    )
    at = ArgumentationTheory(system, [], [literals[p] for p in theory.premises])
    af = AbstractArgumentationFramework("af", at.all_arguments, at.recompute_all_defeats(None))
    grounded = get_grounded_extension(af)
    queue.put((time.perf_counter() - start, sorted({str(a.conclusion) for a in grounded})))


def pyarg_time(m: ArgumentMap, timeout: float) -> str:
    """PyArg's time for the same work, and whether its grounded conclusions are argmap's;
    or why there is none."""
    try:
        import py_arg  # noqa: F401
    except ImportError:
        return "not installed"
    context = multiprocessing.get_context("fork")
    queue = context.Queue()
    child = context.Process(target=_pyarg_run, args=(m, queue))
    child.start()
    child.join(timeout)
    if child.is_alive():
        child.terminate()
        child.join()
        return f"> {timeout:g} s"
    if queue.empty():
        return "failed"
    seconds, conclusions = queue.get()
    result = conclusion_statuses(structured_framework(m), "grounded")
    ours = sorted(c for c, status in result.statuses.items() if status.value == "in")
    return f"{seconds:.3f} s, " + (
        "same grounded conclusions" if ours == conclusions else "DIFFERENT"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[100, 1000, 10000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--pyarg-timeout", type=float, default=60.0)
    args = parser.parse_args()
    cases = [("csmo", corpus.load("csmo"))]
    cases += [(str(n), generated_map(n)) for n in args.sizes]
    print(
        "| map | statements | arguments | defeats | build (best / median) "
        "| grounded (best / median) | total best | target | PyArg |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---|---:|")
    for name, m in cases:
        builds, grounds, (arguments, defeats) = timed(m, args.repeat)
        total = min(b + g for b, g in zip(builds, grounds, strict=True))
        target = TARGETS.get(name)
        verdict = (
            ""
            if target is None
            else f"< {target * 1000:g} ms " + ("met" if total < target else "MISSED")
        )
        print(
            f"| {name} | {len(m.statements)} | {arguments} | {defeats} "
            f"| {min(builds) * 1000:.1f} / {statistics.median(builds) * 1000:.1f} ms "
            f"| {min(grounds) * 1000:.1f} / {statistics.median(grounds) * 1000:.1f} ms "
            f"| {total * 1000:.1f} ms | {verdict} | {pyarg_time(m, args.pyarg_timeout)} |",
            flush=True,
        )


if __name__ == "__main__":
    main()
