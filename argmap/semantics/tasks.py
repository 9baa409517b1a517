"""ICCMA tasks: ``PROBLEM-SEMANTICS`` names, answered as Python values.

========  ================================================  ======================
problem   question                                          answer
========  ================================================  ======================
``DC``    is the argument in some extension?                ``bool``
``DS``    is the argument in every extension?               ``bool``
``SE``    one extension                                     ``list`` or ``None``
``EE``    every extension                                   ``list`` of ``list``
``CE``    how many extensions                               ``int``
========  ================================================  ======================

Semantics codes: ``CO`` complete, ``GR`` grounded, ``PR`` preferred, ``ST``
stable, ``SST`` semi-stable, ``STG`` stage, ``ID`` ideal. ``argmap solve`` prints
these answers in the competition's syntax; ``argmap batch`` stores them.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Final

    from argmap.frameworks.abstract import ArgumentationFramework
    from argmap.semantics.types import Semantics

PROBLEMS: Final = ("DC", "DS", "SE", "EE", "CE")
"""ICCMA problems: credulous, sceptical, some extension, enumeration, counting."""

SEMANTICS: Final = {
    "CO": "complete",
    "GR": "grounded",
    "PR": "preferred",
    "ST": "stable",
    "SST": "semi_stable",
    "STG": "stage",
    "ID": "ideal",
}
"""ICCMA semantics codes and the :class:`~argmap.semantics.Semantics` they stand for."""

Answer = bool | int | list[str] | list[list[str]] | None


def parse_task(task: str) -> tuple[str, Semantics]:
    """``"DS-PR"`` → ``("DS", Semantics.PREFERRED)``; an unknown task raises ``ValueError``.

    >>> parse_task("ee-st")
    ('EE', <Semantics.STABLE: 'stable'>)
    """
    from argmap.semantics.types import Semantics

    problem, _, code = task.strip().upper().partition("-")
    if problem not in PROBLEMS or code not in SEMANTICS:
        raise ValueError(
            f"unknown task {task!r}; a task is PROBLEM-SEMANTICS with PROBLEM in "
            f"{', '.join(PROBLEMS)} and SEMANTICS in {', '.join(SEMANTICS)}"
        )
    return problem, Semantics(SEMANTICS[code])


def answer_task(
    af: ArgumentationFramework,
    task: str,
    argument: str | None = None,
    *,
    engine: str = "auto",
    timeout: float | None = None,
) -> Answer:
    """The answer to ``task`` on ``af`` (see the module docstring); arguments of an
    extension are listed in framework order, and extensions (``EE``) in the order
    of those lists, so that every engine gives the same answer.

    Raises
    ------
    ValueError
        For an unknown task, or a ``DC``/``DS`` task without an argument of ``af``.
    SolverTimeout
        When ``timeout`` seconds pass first.

    Examples
    --------
    >>> from argmap.frameworks.abstract import AF
    >>> af = AF(["a", "b", "c"], [("a", "b"), ("b", "a"), ("b", "c")])
    >>> answer_task(af, "EE-PR"), answer_task(af, "DS-PR", "c"), answer_task(af, "CE-ST")
    ([['a', 'c'], ['b']], False, 2)
    """
    from argmap.semantics import (
        credulously_accepted,
        extensions,
        sceptically_accepted,
        some_extension,
    )

    problem, semantics = parse_task(task)
    if problem in ("DC", "DS"):
        if argument is None or argument not in af:
            raise ValueError(f"{task} needs a query argument of the framework, got {argument!r}")
        decide = credulously_accepted if problem == "DC" else sceptically_accepted
        return bool(decide(af, argument, semantics, engine=engine, timeout=timeout))
    if problem == "SE":
        found = some_extension(af, semantics, engine=engine, timeout=timeout)
        return None if found is None else sorted(found, key=af.index)
    every = extensions(af, semantics, engine=engine, timeout=timeout)
    if problem == "CE":
        return sum(1 for _ in every)
    return sorted((sorted(e, key=af.index) for e in every), key=lambda e: [af.index(a) for a in e])
