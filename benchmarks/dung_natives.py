"""Native ICCMA solvers given by the user: how to call them and read their answers.

Two command-line conventions are known, the two of the competitions:

``iccma19`` (``--native NAME=PATH``)
    ``PATH -p TASK -f FILE -fo apx|tgf [-a ARG]`` on ``.apx`` and ``.tgf`` files (ICCMA
    2017–2021), and ``PATH -p TASK -f FILE [-a ARG]`` on ICCMA 2023 ``.af`` files, which
    solvers of 2023 that still read the old formats (µ-toksia) accept as well.
``iccma23`` (``--native23 NAME=PATH``)
    the ICCMA 2023 convention only: ``PATH -p TASK -f FILE.af [-a INDEX]``. Such a solver
    (crustabri, fudge) reads no other format, so it is given an ``.af`` copy of every
    instance, its arguments numbered 1..N in the framework's order; the query argument is
    passed as its number and the numbers in the answer are translated back to names.

Each solver is asked ``PATH --problems`` and ``PATH --formats`` once (both conventions
have them); a task it does not list is shown ``n/a`` rather than run, and a solver of the
``iccma19`` convention that does not list the ICCMA 2023 format (``i23``) is given an
``.apx`` copy of the ``.af`` instances (CoQuiAAS). A solver that does not answer is run
on every task and given every file as it is.
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from dung_summary import Answer

CONVENTIONS = ("iccma19", "iccma23")


@dataclass(frozen=True)
class NativeSolver:
    """A solver binary, the competition convention it follows and the tasks it lists."""

    name: str
    path: str
    convention: str
    tasks: frozenset[str] | None = None  # None: it did not say, run every task
    formats: frozenset[str] | None = None  # None: it did not say, give every file as it is

    def supports(self, task: str) -> bool:
        return self.tasks is None or task in self.tasks

    def command(
        self, task: str, path: Path, fmt: str, copies: dict[str, Path], query_index: int, query: str
    ) -> tuple[list[str], bool]:
        """The command line, and whether it reads the numbered ``.af`` copy.

        ``fmt`` is the instance's own format (``apx``, ``tgf`` or ``i23``); ``copies``
        its copies by format (``apx``, ``i23``), ``query_index`` the 1-based number of
        ``query`` in the ``.af`` copy.
        """
        numbered = self.convention == "iccma23" and fmt != "i23"
        if numbered:
            command = [self.path, "-p", task, "-f", str(copies["i23"])]
            argument = str(query_index)
        elif fmt == "i23" and self.formats is not None and "i23" not in self.formats:
            command = [self.path, "-p", task, "-f", str(copies["apx"]), "-fo", "apx"]
            argument = query
        else:
            command = [self.path, "-p", task, "-f", str(path)]
            if fmt != "i23":
                command += ["-fo", fmt]
            argument = query
        if task[:2] in ("DC", "DS"):
            command += ["-a", argument]
        return command, numbered


def parse_spec(spec: str, convention: str) -> NativeSolver:
    """``NAME=PATH`` of an executable file, or ``ValueError`` saying what is wrong."""
    name, _, path = spec.partition("=")
    if not name or not path:
        raise ValueError(f"{spec!r}: give NAME=PATH")
    binary = Path(path)
    if not binary.is_file():
        raise ValueError(f"{spec!r}: {path} is not a file")
    if not binary.stat().st_mode & 0o111:
        raise ValueError(f"{spec!r}: {path} is not executable")
    return NativeSolver(name, str(binary.resolve()), convention)


TASK = re.compile(r"\b([A-Z]{2}-[A-Z]{2,3}(?:-[A-Z0-9]+)?)\b")


def listed_tasks(text: str) -> frozenset[str] | None:
    """The tasks in the output of ``--problems`` (``[SE-GR,DC-CO,...]`` or one a line).

    >>> sorted(listed_tasks("[SE-GR,DC-CO, DS-PR]"))
    ['DC-CO', 'DS-PR', 'SE-GR']
    >>> listed_tasks("usage: solver -p TASK") is None
    True
    """
    found = frozenset(TASK.findall(text))
    return found or None


def listed_formats(text: str) -> frozenset[str] | None:
    """The formats in the output of ``--formats``, ``af`` read as ``i23``.

    >>> sorted(listed_formats("[apx,cnf,tgf]"))
    ['apx', 'cnf', 'tgf']
    >>> sorted(listed_formats("[i23]"))
    ['i23']
    >>> listed_formats("ERR:: WRONG USAGE") is None
    True
    """
    words = {w.lower() for w in re.findall(r"[A-Za-z0-9]+", text)}
    known = {"apx", "tgf", "i23", "af", "iccma23"}
    found = frozenset("i23" if w in ("af", "iccma23") else w for w in words & known)
    return frozenset(found | (words & {"cnf", "dimacs"})) if found else None


def answer_of(path: str, option: str, timeout: float) -> str | None:
    """The standard output of ``path option``, or ``None`` if it fails."""
    try:
        done = subprocess.run([path, option], capture_output=True, text=True, timeout=timeout)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return done.stdout if done.returncode == 0 else None


def probe(solver: NativeSolver, timeout: float = 10.0) -> NativeSolver:
    """``solver`` with the tasks and formats it lists (``None`` where it lists none)."""
    problems = answer_of(solver.path, "--problems", timeout)
    formats = answer_of(solver.path, "--formats", timeout)
    return NativeSolver(
        solver.name,
        solver.path,
        solver.convention,
        listed_tasks(problems) if problems is not None else None,
        listed_formats(formats) if formats is not None else None,
    )


def renamed(answer: Answer, names: Sequence[str]) -> Answer:
    """An answer over argument numbers 1..N, with each number replaced by its name.

    A number out of range becomes ``?NUMBER``, which no other solver's answer holds.

    >>> sorted(renamed(frozenset({"1", "3"}), ["a", "b", "c"]))
    ['a', 'c']
    >>> renamed(True, ["a"])
    True
    """

    def name(number: str) -> str:
        if number.isdigit() and 0 < int(number) <= len(names):
            return names[int(number) - 1]
        return "?" + number

    if isinstance(answer, frozenset):
        return frozenset(
            frozenset(name(n) for n in item) if isinstance(item, frozenset) else name(item)
            for item in answer
        )  # type: ignore[return-value]
    return answer
