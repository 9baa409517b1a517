"""``argmap solve`` run in a new interpreter, for the tests of what a query imports.

A solver is started once per query, so what it imports is part of every answer's
time; these tests pin what a query must not need.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Sequence

SCRIPT = (
    "import sys\n"
    "from argmap.cli import main\n"
    "code = main(['solve', *sys.argv[2:]])\n"
    "print()\n"
    "print(code, *[m for m in sys.argv[1].split(',') if m in sys.modules])\n"
)
"""Imports nothing but :mod:`sys` and :mod:`argmap.cli` of its own, so that a watched
module found loaded was loaded by the query."""


def solve_in_a_new_interpreter(
    arguments: Sequence[str], watched: Sequence[str]
) -> tuple[list[str], list[str]]:
    """The words ``argmap solve ARGUMENTS`` prints in a new interpreter, and those of the
    ``watched`` modules it has imported by the end (in the order of ``watched``)."""
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, ",".join(watched), *arguments],
        capture_output=True,
        text=True,
        check=True,
    )
    *answer, last = result.stdout.rstrip("\n").split("\n")
    code, *imported = last.split()
    assert code == "0", result
    return " ".join(answer).split(), imported
