"""Dung semantics: ``argmap solve`` against Python peers and clingo + ASPARTIX, side by side.

Every run is a separate process and is timed by its wall clock from start to exit
(interpreter start-up, imports and parsing included), like the ICCMA competitions
and the native-solver figures in ``../shared/bench/iccma/README.md``. A per-run
cap (``--cap``, default 60 s) kills a run that is too slow; its peak resident
memory is read from the operating system (``os.wait4``). Runs under two seconds
are repeated (``--repeat``, default 3) and the fastest kept, for argmap and the
peers alike; argmap's bytecode is compiled first, as pip does for the peers.

Solvers (a peer that is not installed is left out):

``argmap``
    ``argmap solve -p TASK -f FILE [-a ARG]`` (the ICCMA interface; engine "auto").
``pygarg``
    ``python -m pygarg`` (J.-G. Mailly; SAT with python-sat), its own CLI.
``py_arg``
    python-argumentation (Utrecht): its readers and ``get_*_extensions`` functions;
    it has no acceptance functions, so DS/DC scan the extensions.
``formal-arg``
    formal-argumentation (``argumentation``): its ICCMA readers and
    ``solve_dung_*`` functions with their ``backend="auto"``.
``clingo``
    clingo with the ASPARTIX encodings (Egly, Gaggl & Woltran 2010) written out
    below; preferred by domain heuristics (``--heuristic=Domain --enum-mode=domRec``,
    as ASPARTIX-V does).

native solvers (``--native NAME=PATH`` and ``--native23 NAME=PATH``, repeatable)
    any ICCMA solver binary the user has (crustabri, µ-toksia, fudge, CoQuiAAS, ...),
    called with a competition interface (see ``dung_natives.py``): ``--native``
    ``PATH -p TASK -f FILE -fo apx|tgf [-a ARG]``, and for ICCMA 2023 files
    ``PATH -p TASK -f FILE [-a ARG]``; ``--native23`` for a solver that reads ICCMA 2023
    files only, given a numbered ``.af`` copy of every instance. A task missing from
    the solver's ``--problems`` is shown ``n/a``.

Tasks: SE-GR, SE-PR, SE-ST, DS-PR, DC-CO, EE-ST, EE-PR. The query argument of DS/DC is the one
given with the instance (``.arg`` file) or else the middle one of the file's
argument order. Instances: the ICCMA folders of ``../shared/bench/iccma/`` and
random Erdős–Rényi frameworks (no self-attacks, each ordered pair an attack with
probability 2/n or 4/n; n = 20, 50, 100, 200, 500, 1000; fixed seeds). Within a
family, a solver that hits the cap on a task is not run on the larger instances
of that family for that task ("skip"), unless ``--no-skip`` is given: the hard
ICCMA instances are not ordered by difficulty for every solver.

Every finished answer is compared with the others; a disagreement is printed in
capitals and makes the script exit with status 1. After the per-instance table,
a summary per task (``dung_summary.py``) gives each solver's instances solved and
PAR-2 score (the mean time, a run not solved within the cap counting twice the
cap) in wall and CPU time, the median and the worst ratio of argmap's time to the
best solver's of the same run, and how many answers agreed.

Run: ``python benchmarks/bench_dung.py [--quick] [--families ...] [--tasks ...]
[--sizes ...] [--peers ...] [--native NAME=PATH] [--native23 NAME=PATH] [--cap SECONDS]
[--repeat K] [--only REGEX] [--no-skip] [--argmap-cli-only] [--markdown FILE]``.
"""

from __future__ import annotations

import argparse
import compileall
import contextlib
import importlib.util
import io
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from pathlib import Path

from dung_drivers import DRIVER, LAUNCHER
from dung_instances import FAMILIES, Instance, prepare
from dung_natives import CONVENTIONS, NativeSolver, parse_spec, probe, renamed
from dung_summary import Answer, Outcome, Run, best_cell, cell, cpu_cell, summary

from argmap.frameworks.abstract import ArgumentationFramework

REPO = Path(__file__).resolve().parents[1]
TASKS = ("SE-GR", "SE-PR", "SE-ST", "DS-PR", "DC-CO", "EE-ST", "EE-PR")
SIZES = (20, 50, 100, 200, 500, 1000)
PEERS = ("pygarg", "py_arg", "formal-arg", "clingo")
PEER_MODULES = {"pygarg": "pygarg", "py_arg": "py_arg", "formal-arg": "argumentation"}
PEER_MODULES["clingo"] = "clingo"


# -- running ------------------------------------------------------------------------------
def timed(command: Sequence[str], cap: float) -> tuple[float, int, str, str, float, bool, float]:
    """Run ``command``; return (seconds, exit code, stdout, stderr, peak RSS MB, killed,
    CPU seconds)."""
    report_read, report_write = os.pipe()
    process = subprocess.Popen(
        [sys.executable, "-c", LAUNCHER, str(report_write), *command],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
        cwd=tempfile.gettempdir(),
        pass_fds=(report_write,),
    )
    os.close(report_write)
    chunks: dict[str, bytes] = {}

    def drain(name: str, stream: object) -> None:
        chunks[name] = stream.read()  # type: ignore[attr-defined]

    report_stream = os.fdopen(report_read, "rb")
    readers = [
        threading.Thread(target=drain, args=("out", process.stdout)),
        threading.Thread(target=drain, args=("err", process.stderr)),
        threading.Thread(target=drain, args=("report", report_stream)),
    ]
    for reader in readers:
        reader.daemon = True
        reader.start()
    killed = threading.Event()

    def kill() -> None:
        killed.set()
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)

    timer = threading.Timer(cap, kill)
    timer.daemon = True
    timer.start()
    try:
        code = process.wait()
    except BaseException:  # interrupted: take the child down with us
        kill()
        raise
    timer.cancel()
    for reader in readers:
        reader.join()
    for stream in (process.stdout, process.stderr, report_stream):
        if stream is not None:
            stream.close()
    report = chunks.get("report", b"").split()
    seconds, rss_kb, cpu = (
        (float(report[0]), float(report[1]), float(report[2]))
        if len(report) == 3
        else (cap, 0.0, cap)
    )
    return (
        seconds,
        code,
        chunks.get("out", b"").decode(errors="replace"),
        chunks.get("err", b"").decode(errors="replace"),
        rss_kb / 1024,
        killed.is_set(),
        cpu,
    )


def compile_bytecode() -> None:
    """Write argmap's bytecode before timing anything.

    The peers come from wheels, whose modules pip compiles when it installs them; an
    editable argmap under ``PYTHONDONTWRITEBYTECODE`` would otherwise be compiled
    from source in every run (about 20 ms of each run's start-up).
    """
    import argmap

    compileall.compile_dir(Path(argmap.__file__).parent, quiet=1)


def argmap_command() -> list[str]:
    script = Path(sys.executable).parent / "argmap"
    return [str(script)] if script.exists() else [sys.executable, "-m", "argmap.cli"]


NATIVE: dict[str, NativeSolver] = {}
"""Native solvers given with ``--native NAME=PATH`` or ``--native23 NAME=PATH``."""


def command_for(solver: str, instance: Instance, task: str) -> tuple[list[str], str] | None:
    """The command line and the output style, or ``None`` if the solver lacks the task.

    Styles: ``iccma`` (the competitions' output), ``numbered`` (the same over argument
    numbers 1..N, from the ``.af`` copy) and ``json`` (the drivers above).
    """
    query = instance.query
    if solver in NATIVE:
        native = NATIVE[solver]
        if not native.supports(task):
            return None
        af = instance.framework
        index = af.arguments.index(query) + 1 if af is not None else 0
        command, numbered = native.command(
            task, instance.path, instance.fmt, instance.copies, index, query
        )
        return command, "numbered" if numbered else "iccma"
    if solver in ("argmap", "argmap -m"):
        entry = (
            [*argmap_command(), "solve"]
            if solver == "argmap"
            else [sys.executable, "-m", "argmap.cli.solve"]
        )
        command = [*entry, "-p", task, "-f", str(instance.path)]
        return ([*command, "-a", query] if task[:2] in ("DC", "DS") else command), "iccma"
    if solver == "pygarg":
        fmt = "i23" if instance.fmt == "i23" else "apx"
        fo = "dimacs" if fmt == "i23" else "apx"
        command = [sys.executable, "-m", "pygarg", "-p", task, "-fo", fo]
        return [*command, "-f", str(instance.copies[fmt]), "-a", query], "iccma"
    if solver == "clingo":
        path, fmt = instance.copies["apx"], "apx"
    else:
        path, fmt = instance.path, instance.fmt
    return [sys.executable, "-c", DRIVER, solver, task, str(path), fmt, query], "json"


def parse_answer(task: str, style: str, text: str) -> Answer:
    """The answer in a comparable form: bool, extension, or set of extensions."""
    if style == "json":
        value = json.loads(text.strip().splitlines()[-1])
        if task[:2] in ("DC", "DS"):
            return bool(value)
        if task.startswith("SE"):
            return None if value is None else frozenset(value)
        return frozenset(frozenset(e) for e in value)
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    if task[:2] in ("DC", "DS"):
        return lines[0] == "YES"
    if task.startswith("SE"):
        head = lines[0] if lines else "NO"
        if head == "NO":
            return None
        if head.startswith("w"):
            return frozenset(head.split()[1:])
        return frozenset(filter(None, head.strip("[]").split(",")))
    if not lines or lines == ["NO"]:
        return frozenset()
    if lines[0].startswith("w"):
        return frozenset(frozenset(line.split()[1:]) for line in lines if line.startswith("w"))
    groups = re.findall(r"\[([^\[\]]*)\]", "".join(lines)[1:-1])
    return frozenset(frozenset(filter(None, g.split(","))) for g in groups)


def run_one(solver: str, instance: Instance, task: str, cap: float, repeat: int = 1) -> Run:
    """One solver on one task: the fastest of ``repeat`` runs when a run is short.

    Runs under :data:`REPEAT_BELOW` seconds are repeated (machines are noisy and a
    start-up-bound run varies by tens of milliseconds); longer ones run once.
    """
    prepared = command_for(solver, instance, task)
    if prepared is None:
        return Run("n/a")
    command, style = prepared
    best: Run | None = None
    for _ in range(max(1, repeat)):
        seconds, code, out, err, rss, killed, cpu = timed(command, cap)
        if killed:
            return Run("timeout", seconds=cap, rss_mb=rss, cpu=cap)
        if code != 0:
            message = (err.strip().splitlines() or [f"exit {code}"])[-1][:120]
            return Run("error", seconds=seconds, rss_mb=rss, message=message)
        if best is None:
            try:
                answer = parse_answer(task, style, out)
                if style == "numbered" and instance.framework is not None:
                    answer = renamed(answer, instance.framework.arguments)
            except (ValueError, IndexError) as exc:
                message = f"unreadable output: {exc}"
                return Run("error", seconds=seconds, rss_mb=rss, message=message)
            best = Run("ok", seconds=seconds, answer=answer, rss_mb=rss, cpu=cpu)
        else:
            best.seconds = min(best.seconds, seconds)
            best.rss_mb = max(best.rss_mb, rss)
            best.cpu = min(best.cpu, cpu)
        if seconds >= REPEAT_BELOW:
            break
    assert best is not None
    return best


REPEAT_BELOW = 2.0
"""Runs shorter than this many seconds are repeated ``--repeat`` times (best kept)."""


def in_process(instance: Instance, task: str, cap: float, repeat: int = 1) -> Run:
    """``argmap solve`` called as a function in this process: reading and solving only."""
    from argmap.cli.solve import main as solve

    argv = ["-p", task, "-f", str(instance.path), "--timeout", f"{cap:g}"]
    if task[:2] in ("DC", "DS"):
        argv += ["-a", instance.query]
    best: Run | None = None
    for _ in range(max(1, repeat)):
        buffer = io.StringIO()
        started = time.perf_counter()
        with contextlib.redirect_stdout(buffer):
            code = solve(argv)
        seconds = time.perf_counter() - started
        if code == 3:
            return Run("timeout", seconds=cap)
        if code != 0:
            return Run("error", seconds=seconds, message=f"exit {code}")
        if best is None:
            best = Run("ok", seconds=seconds, answer=parse_answer(task, "iccma", buffer.getvalue()))
        best.seconds = min(best.seconds, seconds)
        if seconds >= REPEAT_BELOW:
            break
    assert best is not None
    return best


# -- reporting ----------------------------------------------------------------------------
def agree(
    runs: dict[str, Run], task: str = "", af: ArgumentationFramework | None = None
) -> tuple[bool, str]:
    """Whether every finished run gave argmap's answer (or, without argmap's, the same).

    SE-PR and SE-ST may be answered with different extensions: there every solver
    must agree on whether one exists, and each extension given is checked against
    the definition on ``af`` (stable: conflict-free and attacking every other
    argument; preferred: complete, its maximality is not re-checked).
    """
    answers = {s: r.answer for s, r in runs.items() if r.status == "ok"}
    if not answers:
        return True, ""
    if task in ("SE-PR", "SE-ST") and af is not None:
        exists = {s: a is not None for s, a in answers.items()}
        wrong = sorted(
            s
            for s, a in answers.items()
            if exists[s] != exists.get("argmap", next(iter(exists.values())))
            or (isinstance(a, frozenset) and not is_extension(af, task, a))
        )
        return (not wrong), ("DISAGREE: " + ", ".join(wrong) if wrong else "")
    reference = answers.get("argmap", next(iter(answers.values())))
    differing = sorted(s for s, a in answers.items() if a != reference)
    if not differing:
        return True, ""
    return False, "DISAGREE: " + ", ".join(differing) + " differ from " + (
        "argmap" if "argmap" in answers else "the first answer"
    )


def is_extension(af: ArgumentationFramework, task: str, extension: frozenset[object]) -> bool:
    """Whether ``extension`` is stable (SE-ST) or complete (SE-PR) in ``af``."""
    chosen = {a for a in extension if isinstance(a, str)}
    if len(chosen) != len(extension) or not chosen <= set(af.arguments):
        return False
    attacked = {t for a in chosen for t in af.targets(a)}
    if chosen & attacked:
        return False
    if task == "SE-ST":
        return attacked | chosen == set(af.arguments)
    defended = {a for a in af.arguments if af.attackers(a) <= attacked}
    return defended == chosen


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="a small subset, cap 20 s")
    parser.add_argument("--families", nargs="+", choices=FAMILIES, default=list(FAMILIES))
    parser.add_argument("--tasks", nargs="+", choices=TASKS, default=list(TASKS))
    parser.add_argument("--sizes", nargs="+", type=int, default=list(SIZES))
    parser.add_argument("--peers", nargs="+", choices=PEERS, default=list(PEERS))
    parser.add_argument("--cap", type=float, default=60.0, help="seconds per run (default 60)")
    parser.add_argument("--markdown", type=Path, help="also append the table to this file")
    parser.add_argument(
        "--native",
        action="append",
        default=[],
        metavar="NAME=PATH",
        help="a native ICCMA solver binary to run beside the others, called as "
        "`PATH -p TASK -f FILE -fo apx|tgf [-a ARG]` (repeatable)",
    )
    parser.add_argument(
        "--native23",
        action="append",
        default=[],
        metavar="NAME=PATH",
        help="a native solver that reads ICCMA 2023 .af files only: given a numbered "
        ".af copy of every instance, `PATH -p TASK -f FILE.af [-a NUMBER]` (repeatable)",
    )
    parser.add_argument(
        "--no-skip",
        action="store_true",
        help="run every solver on every instance, even after it timed out on a smaller one",
    )
    parser.add_argument(
        "--argmap-cli-only",
        action="store_true",
        help="time argmap as `argmap solve` only (no `python -m` and in-process columns)",
    )
    parser.add_argument("--limit", type=int, help="at most this many instances per family")
    parser.add_argument(
        "--only", metavar="REGEX", help="only the instances whose name this expression finds"
    )
    parser.add_argument(
        "--repeat",
        type=int,
        default=3,
        help=f"runs under {REPEAT_BELOW:g} s are repeated this many times, best kept (default 3)",
    )
    args = parser.parse_args(argv)
    if args.quick:
        args.families = [f for f in args.families if f in ("probo", "probo2", "afgen", "random")]
        args.sizes = [n for n in args.sizes if n <= 200]
        args.limit = args.limit or 3
        args.cap = min(args.cap, 20.0)
    peers = [p for p in args.peers if importlib.util.find_spec(PEER_MODULES[p]) is not None]
    missing = sorted(set(args.peers) - set(peers))
    if missing:
        print(f"note: not installed, left out: {', '.join(missing)}", file=sys.stderr)
    for convention, specs in zip(CONVENTIONS, (args.native, args.native23), strict=True):
        for spec in specs:
            try:
                native = probe(parse_spec(spec, convention))
            except ValueError as exc:
                parser.error(f"--native: {exc}")
            if native.name in NATIVE or native.name in ("argmap", *PEERS):
                parser.error(f"--native: the name {native.name!r} is taken")
            NATIVE[native.name] = native
            tasks = "every task" if native.tasks is None else ", ".join(sorted(native.tasks))
            formats = "?" if native.formats is None else ", ".join(sorted(native.formats))
            print(
                f"note: {native.name} ({convention}): {tasks}; formats {formats}", file=sys.stderr
            )
    peers += list(NATIVE)
    solvers = ["argmap", *peers]
    compile_bytecode()

    with tempfile.TemporaryDirectory(prefix="bench_dung_") as tmp:
        instances = prepare(args, Path(tmp))
        if args.only:
            instances = [i for i in instances if re.search(args.only, i.name)]
        if args.limit:
            kept: dict[str, int] = {}
            limited = []
            for instance in instances:
                kept[instance.group] = kept.get(instance.group, 0) + 1
                if kept[instance.group] <= args.limit:
                    limited.append(instance)
            instances = limited
        startup = {
            name: min(timed([*entry, "--formats"], 30)[0] for _ in range(3))
            for name, entry in (
                ("argmap solve", [*argmap_command(), "solve"]),
                ("python -m argmap.cli.solve", [sys.executable, "-m", "argmap.cli.solve"]),
            )
        }
        header = ["instance", "arguments", "attacks", "task", "argmap s", "-m s", "in-proc s", "MB"]
        header += [*peers, "best", "CPU s (× best)", "agree"]
        rows: list[list[str]] = []
        outcomes: list[Outcome] = []
        failures = 0
        capped: set[tuple[str, str, str]] = set()
        print(" | ".join(header), flush=True)
        for instance in instances:
            for task in args.tasks:
                runs: dict[str, Run] = {}
                for solver in solvers:
                    if (solver, task, instance.group) in capped:
                        runs[solver] = Run("skip")
                        continue
                    runs[solver] = run_one(solver, instance, task, args.cap, args.repeat)
                    if runs[solver].status == "timeout" and not args.no_skip:
                        capped.add((solver, task, instance.group))
                ours = runs["argmap"]
                if args.argmap_cli_only:
                    lean = inside = Run("n/a")
                else:
                    lean = run_one("argmap -m", instance, task, args.cap, args.repeat)
                    inside = (
                        in_process(instance, task, args.cap, args.repeat)
                        if ours.status != "skip"
                        else Run("skip")
                    )
                ok, note = agree(
                    {**runs, "argmap -m": lean, "in-process": inside}, task, instance.framework
                )
                outcomes.append(Outcome(task, instance.name, runs, ok))
                if not ok:
                    failures += 1
                    print(f"!!! {note} on {instance.name} {task}", file=sys.stderr, flush=True)
                every = {**runs, "argmap -m": lean}
                errors = [f"{s}: {r.message}" for s, r in every.items() if r.status == "error"]
                row = [
                    instance.name,
                    str(instance.arguments),
                    str(instance.attacks),
                    task,
                    f"{ours.seconds:.2f}" if ours.status == "ok" else cell(ours, ours, args.cap),
                    f"{lean.seconds:.2f}" if lean.status == "ok" else lean.status,
                    f"{inside.seconds:.2f}" if inside.status == "ok" else inside.status,
                    f"{ours.rss_mb:.0f}",
                    *(cell(runs[p], ours, args.cap) for p in peers),
                    best_cell(runs),
                    cpu_cell(runs),
                    "yes" if ok else "**NO**",
                ]
                rows.append(row)
                print(" | ".join(row), flush=True)
                for error in errors:
                    print(f"    error {error}", flush=True)
    table = render(header, rows, startup, args) + "\n\n" + summary(outcomes, solvers, args.cap)
    print()
    print(table)
    if args.markdown:
        with args.markdown.open("a", encoding="utf-8") as stream:
            stream.write(table + "\n")
    if failures:
        print(f"\n!!! {failures} DISAGREEMENT(S) — see above", file=sys.stderr)
        return 1
    return 0


def render(
    header: list[str], rows: list[list[str]], startup: dict[str, float], args: object
) -> str:
    starts = "; ".join(f"`{name} --formats` {seconds:.2f} s" for name, seconds in startup.items())
    lines = [
        "| " + " | ".join(header) + " |",
        "|" + "|".join("---" for _ in header) + "|",
        *("| " + " | ".join(row) + " |" for row in rows),
        "",
        f"Seconds are whole-process wall time (cap {getattr(args, 'cap', 60):g} s; runs "
        f"under {REPEAT_BELOW:g} s: best of {getattr(args, 'repeat', 3)}): "
        "`argmap s` runs `argmap solve`, `-m s` runs `python -m argmap.cli.solve` (the same "
        "command without the other subcommands' imports), `in-proc s` calls it inside the "
        "benchmark process (reading and solving only); `MB` is the peak memory of "
        "`argmap solve`. Peer cells read `seconds (argmap s / peer)`: below 1 means "
        "argmap is faster; `best` names the fastest solver of the row and argmap's time "
        "over its time; `CPU s (× best)` is argmap's CPU time (user + system) and its "
        "ratio to the least CPU time of the row, which a loaded machine disturbs less. "
        f"Start-up alone: {starts}.",
    ]
    measured = f"argmap {argmap_version()}"
    natives = "; ".join(
        f"{n.name} = `{n.path}` ({n.convention} convention)" for n in NATIVE.values()
    )
    lines.append("")
    lines.append(
        f"Measured: {measured}" + (f"; native solvers: {natives}" if natives else "") + "."
    )
    return "\n".join(lines)


def argmap_version() -> str:
    """The version of the argmap imported, and its git commit when it is a checkout."""
    import argmap

    version = getattr(argmap, "__version__", "?")
    try:
        commit = subprocess.run(
            ["git", "-C", str(Path(argmap.__file__).parents[1]), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            timeout=10,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return version
    return f"{version} (commit {commit})"


if __name__ == "__main__":
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    sys.exit(main())
