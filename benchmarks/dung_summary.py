"""The runs of ``bench_dung.py`` and their summary per task.

Per task and solver: instances solved and PAR-2 (the mean time, a run not solved within
the cap counting twice the cap), in wall time and in CPU time (user + system of the
solver's process, which a loaded machine disturbs less). Per task, over the queries that
argmap answered: the median and the worst ratio of argmap's time to the least time of the
same row, wall and CPU; and how many rows agreed. A solver that does not offer a task
(``n/a``) is left out of that task's PAR-2 and of its rows' best.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

Answer = bool | frozenset[str] | frozenset[frozenset[str]] | None


@dataclass
class Run:
    """One solver on one instance and task."""

    status: str  # ok, timeout, error, skip, n/a
    seconds: float = 0.0
    answer: Answer = None
    rss_mb: float = 0.0
    message: str = ""
    cpu: float = 0.0


@dataclass(frozen=True)
class Outcome:
    """One row of the table: a task on an instance, every solver's run, and agreement."""

    task: str
    instance: str
    runs: dict[str, Run]
    agreed: bool


def cell(run: Run, ours: Run, cap: float) -> str:
    """A peer's time and argmap's time over it (an upper bound against a time-out)."""
    if run.status == "ok":
        if ours.status == "ok" and run.seconds > 0:
            return f"{run.seconds:.2f} ({ours.seconds / run.seconds:.2f})"
        return f"{run.seconds:.2f}"
    if run.status == "timeout":
        if ours.status == "ok":
            return f">{cap:g} (<{ours.seconds / cap:.3f})"
        return f">{cap:g}"
    return run.status


def best_cell(runs: dict[str, Run]) -> str:
    """The fastest solver of the row and argmap's time over its time."""
    solved = {s: r for s, r in runs.items() if r.status == "ok"}
    if not solved:
        return "-"
    name = min(solved, key=lambda s: solved[s].seconds)
    ours = runs.get("argmap")
    if ours is None or ours.status != "ok" or solved[name].seconds <= 0:
        return name
    return f"{name} ({ours.seconds / solved[name].seconds:.1f}×)"


def cpu_cell(runs: dict[str, Run]) -> str:
    """argmap's CPU time and its ratio to the least CPU time of the row."""
    ours = runs.get("argmap", Run("n/a"))
    solved = [r.cpu for r in runs.values() if r.status == "ok" and r.cpu > 0]
    if ours.status != "ok" or not solved:
        return "-"
    return f"{ours.cpu:.2f} ({ours.cpu / min(solved):.1f}×)"


def par2(runs: Sequence[Run], cap: float, cpu: bool = False) -> float:
    """PAR-2: the mean time, a run not solved within the cap counting ``2 × cap``.

    >>> par2([Run("ok", seconds=1.0), Run("timeout", seconds=10.0)], 10.0)
    10.5
    """
    return sum((r.cpu if cpu else r.seconds) if r.status == "ok" else 2 * cap for r in runs) / max(
        1, len(runs)
    )


def ratio_to_best(runs: dict[str, Run], cpu: bool = False) -> float | None:
    """argmap's time over the least time of the row, or ``None`` if argmap did not answer."""
    ours = runs.get("argmap", Run("n/a"))
    times = [r.cpu if cpu else r.seconds for r in runs.values() if r.status == "ok"]
    positive = [t for t in times if t > 0]
    if ours.status != "ok" or not positive:
        return None
    return (ours.cpu if cpu else ours.seconds) / min(positive)


def median(values: Sequence[float]) -> float:
    """The middle value (the upper one of the two middle values of an even count)."""
    return sorted(values)[len(values) // 2]


def summary(outcomes: Sequence[Outcome], solvers: Sequence[str], cap: float) -> str:
    """The summary table: one line per task, in the order the tasks first appear, and a
    line ``all`` over every row when there are several tasks.

    >>> fast, slow = Run("ok", seconds=0.1, cpu=0.1), Run("ok", seconds=0.5, cpu=0.4)
    >>> rows = [Outcome("DS-PR", "x", {"argmap": slow, "peer": fast}, True),
    ...         Outcome("DC-CO", "x", {"argmap": fast, "peer": slow}, True)]
    >>> print(summary(rows, ["argmap", "peer"], 60.0).splitlines()[-1])
    | all | 2/2, 0.30 / 0.25 | 2/2, 0.30 / 0.25 | 5.00, 5.0 (x DS-PR) | 4.00, 4.0 (x DS-PR) | 2/2 |
    """
    lines = [
        "| task | "
        + " | ".join(f"{s}: solved, PAR-2 wall / CPU s" for s in solvers)
        + " | argmap / best: median, worst (wall) | argmap / best: median, worst (CPU)"
        + " | agree |",
        "|" + "|".join("---" for _ in range(len(solvers) + 4)) + "|",
    ]
    tasks = list(dict.fromkeys(o.task for o in outcomes))
    groups = [(task, [o for o in outcomes if o.task == task]) for task in tasks]
    if len(tasks) > 1:
        groups.append(("all", list(outcomes)))
    for label, rows in groups:
        lines.append(summary_line(label, rows, solvers, cap))
    return "\n".join(lines)


def summary_line(label: str, rows: Sequence[Outcome], solvers: Sequence[str], cap: float) -> str:
    """One line of the summary: ``rows`` are the outcomes of a task (or of every task).

    The worst ratio names its row's instance (and task, on the line of every task).
    """
    cells = []
    for solver in solvers:
        runs = [o.runs.get(solver, Run("n/a")) for o in rows]
        offered = [r for r in runs if r.status != "n/a"]
        if not offered:
            cells.append("n/a")
            continue
        solved = sum(1 for r in offered if r.status == "ok")
        cells.append(
            f"{solved}/{len(offered)}, {par2(offered, cap):.2f} / "
            f"{par2(offered, cap, cpu=True):.2f}"
        )
    ratios = []
    for cpu in (False, True):
        found = [
            (ratio, o.instance if label != "all" else f"{o.instance} {o.task}")
            for o in rows
            if (ratio := ratio_to_best(o.runs, cpu)) is not None
        ]
        if not found:
            ratios.append("-")
            continue
        worst, where = max(found)
        ratios.append(f"{median([r for r, _ in found]):.2f}, {worst:.1f} ({where})")
    agreed = sum(1 for o in rows if o.agreed)
    return (
        f"| {label} | "
        + " | ".join(cells)
        + " | "
        + " | ".join(ratios)
        + f" | {agreed}/{len(rows)} |"
    )
