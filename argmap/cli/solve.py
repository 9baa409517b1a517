"""``argmap solve``: the ICCMA solver interface over :mod:`argmap.semantics`.

``argmap solve -p TASK -f FILE [-fo FORMAT] [-a ARG]`` answers one ICCMA task,
``TASK = PROBLEM-SEMANTICS``:

========  ================================================  ===========================
problem   question                                          output (2019 / 2023 style)
========  ================================================  ===========================
``DC``    is ``ARG`` in some extension?                     ``YES``/``NO`` (2023: ``YES``
                                                            and a witness ``w ...``)
``DS``    is ``ARG`` in every extension?                    ``YES``/``NO`` (2023: ``NO``
                                                            and a counter-example)
``SE``    one extension                                     ``[a,b]`` / ``w a b``, or
                                                            ``NO`` when there is none
``EE``    every extension                                   ``[[a,b],[c]]`` / one ``w``
                                                            line each (``--stream``:
                                                            one extension a line,
                                                            each written when found)
``CE``    how many extensions                               the count
========  ================================================  ===========================

Semantics: ``CO`` complete, ``GR`` grounded, ``PR`` preferred, ``ST`` stable,
``SST`` semi-stable, ``STG`` stage, ``ID`` ideal; every problem is offered for
every semantics. Files are read by :mod:`argmap.io.iccma`: ``.apx`` and ``.tgf``
(answers in the ICCMA 2019 style) and the ICCMA 2023 ``.af``/``.i23`` format
(answers in the 2023 style, arguments numbered ``1 .. N``).

Exit codes: 0 answered, 1 invalid input (message on stderr), 2 usage error,
3 the ``--timeout`` ran out before the answer (what was printed so far stands).
"""

from __future__ import annotations

import os
import sys
import time
from types import SimpleNamespace

from argmap.cli.errors import CommandError, check_timeout
from argmap.semantics.tasks import PROBLEMS, SEMANTICS

TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse
    from collections.abc import Callable, Iterable, Iterator, Sequence
    from typing import Final, TextIO

    from argmap.frameworks.abstract import ArgumentationFramework
    from argmap.semantics.types import Extension, Semantics


FORMATS: Final = ("apx", "tgf", "i23")
"""Input formats (``af`` is accepted as another name of ``i23``)."""

TIMEOUT_EXIT: Final = 3
"""Exit code when ``--timeout`` runs out."""

ENGINES: Final = ("auto", "python", "sat")
"""The choices of ``--engine``."""


def supported_tasks() -> list[str]:
    """Every ``PROBLEM-SEMANTICS`` task ``argmap solve`` answers, in ICCMA spelling.

    >>> supported_tasks()[:3]
    ['DC-CO', 'DS-CO', 'SE-CO']
    >>> len(supported_tasks())
    35
    """
    return [f"{problem}-{code}" for code in SEMANTICS for problem in PROBLEMS]


DESCRIPTION: Final = (
    "Answer an ICCMA reasoning task on an abstract argumentation framework, "
    "following the ICCMA solver interface: -p TASK -f FILE [-fo FORMAT] [-a ARG]. "
    f"Tasks: {', '.join(PROBLEMS)} x {', '.join(SEMANTICS)} (see --problems). "
    "Answers for .apx/.tgf files follow ICCMA 2019 ([a,b], YES/NO); for ICCMA 2023 "
    ".af/.i23 files they follow ICCMA 2023 (w lines with witnesses)."
)
EPILOG: Final = (
    "Exit codes: 0 answered, 1 invalid input, 2 usage error, "
    f"{TIMEOUT_EXIT} time limit (--timeout) reached."
)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``solve`` subcommand."""
    parser = subparsers.add_parser(
        "solve",
        help="answer an ICCMA task (DC/DS/SE/EE/CE) on an abstract framework file",
        description=DESCRIPTION,
        epilog=EPILOG,
    )
    add_arguments(parser)
    parser.set_defaults(handler=run)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of ``argmap solve`` (the ICCMA solver interface)."""
    parser.add_argument(
        "-p", "--problem", metavar="TASK", help="the task, e.g. DS-PR, EE-ST, SE-GR"
    )
    parser.add_argument("-f", "--file", metavar="FILE", help="the framework file")
    parser.add_argument(
        "-fo",
        "--format",
        metavar="FORMAT",
        help="the file format: apx, tgf or i23 (alias af); default: from the extension",
    )
    parser.add_argument(
        "-a", "--argument", metavar="ARG", help="the query argument of DC and DS tasks"
    )
    parser.add_argument(
        "--engine",
        choices=ENGINES,
        default="auto",
        help="the engine (default: auto, the SAT engine for large frameworks)",
    )
    parser.add_argument(
        "--timeout",
        type=float,
        metavar="SECONDS",
        help="give up after this many seconds, reading the file included (exit code "
        f"{TIMEOUT_EXIT})",
    )
    parser.add_argument(
        "--stream",
        action="store_true",
        help="EE: write each extension on its own line as soon as it is found (flushed), "
        "still one valid ICCMA answer: '[', then '[a,b]', ',[c]', ..., then ']' (2019 "
        "style; 2023 style: one 'w' line each); without it the answer is written as one "
        "block when complete (or when --timeout runs out)",
    )
    parser.add_argument(
        "--progress",
        action="store_true",
        help="EE/CE: show on stderr how many extensions were found so far, at most "
        "twice a second (works with --stream)",
    )
    parser.add_argument(
        "--problems", action="store_true", help="print the supported tasks and exit"
    )
    parser.add_argument(
        "--formats", action="store_true", help="print the supported file formats and exit"
    )


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m argmap.cli.solve -p TASK -f FILE ...``: this command on its own.

    The same options, answers and exit codes as ``argmap solve``, without loading
    the other subcommands: the shortest start-up, for use as an ICCMA solver
    executable.
    """
    from argmap.cli.errors import run_reporting

    arguments = list(sys.argv[1:] if argv is None else argv)
    options = iccma_options(arguments)
    if options is not None:
        return run_reporting(run, options)
    from argmap.cli.command_parser import CommandParser

    parser = CommandParser(prog="argmap solve", description=DESCRIPTION, epilog=EPILOG)
    add_arguments(parser)
    return run_reporting(run, parser.parse_args(arguments))


_VALUED: Final = {
    "-p": "problem",
    "--problem": "problem",
    "-f": "file",
    "--file": "file",
    "-fo": "format",
    "--format": "format",
    "-a": "argument",
    "--argument": "argument",
    "--engine": "engine",
    "--timeout": "timeout",
}
_SWITCHES: Final = {
    "--stream": "stream",
    "--progress": "progress",
    "--problems": "problems",
    "--formats": "formats",
}
_DEFAULTS: Final = {
    "problem": None,
    "file": None,
    "format": None,
    "argument": None,
    "engine": "auto",
    "timeout": None,
    "stream": False,
    "progress": False,
    "problems": False,
    "formats": False,
}


def iccma_options(arguments: Sequence[str]) -> SimpleNamespace | None:
    """The options of a plain ICCMA call, read without :mod:`argparse`; ``None`` otherwise.

    A solver is started once per query, so its start-up counts: importing and
    building the argparse parser is about a tenth of a small query. A call made of
    the options of :func:`add_arguments`, each at most once, spelt in full and
    followed by its value (which does not start with ``-``), is read here into
    the namespace argparse would give; anything else (help, a mistake, an
    abbreviation, ``--option=value``) returns ``None`` and is left to the parser,
    with its usage errors. The tests check that both read every call alike.

    >>> options = iccma_options(["-p", "DS-PR", "-f", "a.apx", "-a", "x"])
    >>> options.problem, options.file, options.argument, options.engine
    ('DS-PR', 'a.apx', 'x', 'auto')
    >>> iccma_options(["-p", "DS-PR", "--help"]) is None
    True
    """
    values: dict[str, object] = dict(_DEFAULTS)
    given: set[str] = set()
    position = 0
    while position < len(arguments):
        option = arguments[position]
        name = _SWITCHES.get(option)
        if name is not None:
            value: object = True
        else:
            name = _VALUED.get(option)
            if name is None or position + 1 == len(arguments):
                return None
            position += 1
            value = text = arguments[position]
            if text.startswith("-") or (name == "engine" and text not in ENGINES):
                return None
            if name == "timeout":
                try:
                    value = float(text)  # as argparse's type=float
                except ValueError:
                    return None
        if name in given:
            return None
        given.add(name)
        values[name] = value
        position += 1
    return SimpleNamespace(handler=run, **values)


def run(args: argparse.Namespace | SimpleNamespace) -> int:
    """Answer the task of ``args`` on stdout; return the exit code."""
    started = time.monotonic()
    out = sys.stdout
    if args.problems:
        print(f"[{','.join(supported_tasks())}]", file=out)
        return 0
    if args.formats:
        print(f"[{','.join(FORMATS)}]", file=out)
        return 0
    if not args.problem or not args.file:
        raise CommandError(
            "give the task and the file: argmap solve -p TASK -f FILE [-a ARG] "
            "(or --problems / --formats)"
        )
    if "numpy" not in sys.modules:
        # Large files are read with NumPy, which starts a BLAS thread pool on import;
        # the solver does no linear algebra, and one thread starts ~20 ms sooner.
        os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    problem, semantics = parse_task(args.problem)
    check_timeout(args.timeout)
    if problem in ("DC", "DS") and args.argument is None:
        raise CommandError(f"{args.problem.upper()} needs the query argument: add -a ARG")

    from argmap.io.iccma import format_of, load_framework
    from argmap.semantics.types import Semantics

    fmt = format_of(args.file) if args.format is None else args.format.strip().lower()
    if fmt == "af":
        fmt = "i23"
    deadline = None if args.timeout is None else started + args.timeout
    try:
        # Beyond the grounded extension, a large framework is stored in NumPy arrays.
        arrays = semantics is not Semantics.GROUNDED
        af = load_framework(args.file, fmt, deadline=deadline, arrays=arrays)
        if problem in ("DC", "DS") and args.argument not in af:
            raise CommandError(
                f"-a {args.argument}: {args.file} has no such argument"
                + (f" (the arguments are 1..{len(af)})" if fmt == "i23" else "")
            )
        task = _Task(af, semantics, args.engine, deadline, iccma23=fmt == "i23", out=out)
        task.progress = bool(getattr(args, "progress", False))
        task.stream = bool(getattr(args, "stream", False))
        task.answer(problem, args.argument)
    except TimeoutError:
        out.flush()
        print(
            f"argmap: error: no complete answer within the time limit of {args.timeout:g} s "
            "(--timeout)",
            file=sys.stderr,
        )
        return TIMEOUT_EXIT
    return 0


def parse_task(task: str) -> tuple[str, Semantics]:
    """``"DS-PR"`` → ``("DS", Semantics.PREFERRED)``; unknown tasks raise :class:`CommandError`.

    >>> parse_task("ee-st")
    ('EE', <Semantics.STABLE: 'stable'>)
    """
    from argmap.semantics.tasks import parse_task as parse

    try:
        return parse(task)
    except ValueError as exc:
        raise CommandError(f"{exc} (see --problems)") from None


class _Task:
    """One task on one framework: asks :mod:`argmap.semantics` and prints ICCMA answers."""

    def __init__(
        self,
        af: ArgumentationFramework,
        semantics: Semantics,
        engine: str,
        deadline: float | None,
        *,
        iccma23: bool,
        out: TextIO,
    ) -> None:
        self.af = af
        self.semantics = semantics
        self.engine = engine
        self.deadline = deadline
        self.iccma23 = iccma23
        self.out = out
        self.progress = False
        self.stream = False

    def timeout(self) -> float | None:
        """Seconds left before the deadline (never negative)."""
        if self.deadline is None:
            return None
        return max(0.0, self.deadline - time.monotonic())

    def answer(self, problem: str, argument: str | None) -> None:
        if problem == "SE":
            self.some_extension()
        elif problem == "EE":
            self.every_extension()
        elif problem == "CE":
            self.count()
        else:
            assert argument is not None
            self.acceptance(problem == "DC", argument)

    # -- the problems ----------------------------------------------------------
    def some_extension(self) -> None:
        from argmap.semantics import some_extension

        found = some_extension(self.af, self.semantics, engine=self.engine, timeout=self.timeout())
        if found is None:
            self.write("NO")
        else:
            self.write(self.shown(found))

    def every_extension(self) -> None:
        """Every extension: written as found, each line flushed with :attr:`stream`."""
        found = self.extensions()
        out = self.out
        if self.iccma23:
            none = True
            for extension in found:
                none = False
                out.write(self.shown(extension) + "\n")
                if self.stream:
                    out.flush()
            if none:
                out.write("NO\n")
            out.flush()
            return
        if self.stream:
            # '[' then one extension a line, the separating comma leading
            # the next one, so that every line is complete once written
            out.write("[\n")
            out.flush()
            for number, extension in enumerate(found):
                out.write(("," if number else "") + self.shown(extension) + "\n")
                out.flush()
            out.write("]\n")
        else:
            out.write("[")
            for number, extension in enumerate(found):
                out.write(("," if number else "") + self.shown(extension))
            out.write("]\n")
        out.flush()

    def count(self) -> None:
        self.write(str(sum(1 for _ in self.extensions())))

    def acceptance(self, credulous: bool, argument: str) -> None:
        if not self.iccma23:
            from argmap.semantics import credulously_accepted, sceptically_accepted

            decide = credulously_accepted if credulous else sceptically_accepted
            accepted = decide(
                self.af, argument, self.semantics, engine=self.engine, timeout=self.timeout()
            )
            self.write("YES" if accepted else "NO")
            return
        evidence = self.evidence(credulous, argument)
        if credulous:
            self.write("NO" if evidence is None else "YES")
            if evidence is not None:
                self.write(self.shown(evidence))
        else:
            self.write("YES" if evidence is None else "NO")
            if evidence is not None:
                self.write(self.shown(evidence))

    # -- asking the semantics ---------------------------------------------------
    def extensions(self) -> Iterator[Extension]:
        from argmap.semantics import extensions

        found = extensions(self.af, self.semantics, engine=self.engine, timeout=self.timeout())
        return _counted(found, sys.stderr) if self.progress else found

    def evidence(self, credulous: bool, argument: str) -> Extension | None:
        """A witness (DC: an extension with ``argument``) or a counter-example (DS: one
        without it); ``None`` when there is none.

        The engine's own witness search is used when it has one (the SAT engine's
        CEGAR loops); otherwise the extensions are scanned in the order found.
        """
        from argmap.semantics.dispatch import choose_engine

        engine = choose_engine(self.af, self.semantics, self.engine)
        name = "credulous_witness" if credulous else "sceptical_counterexample"
        search: Callable[..., Extension | None] | None = getattr(engine, name, None)
        if search is not None:
            return search(self.af, argument, self.semantics, self.deadline)
        for extension in engine.extensions(self.af, self.semantics, self.deadline):
            if (argument in extension) == credulous:
                return extension
        return None

    # -- writing -------------------------------------------------------------------
    def shown(self, extension: Iterable[str]) -> str:
        """``[a,b]`` (2019) or ``w a b`` (2023), arguments in framework order.

        In the 2019 style each name is written as the apx term that reads back as
        it (:func:`~argmap.io.asp_terms.term_of_name`): ``"a,b"`` stays one
        argument, ``[""]`` is not the empty extension ``[]``.
        """
        ordered = sorted(extension, key=self.af.index)
        if self.iccma23:
            return " ".join(["w", *ordered])
        from argmap.io.asp_terms import term_of_name

        return f"[{','.join(map(term_of_name, ordered))}]"

    def write(self, line: str) -> None:
        print(line, file=self.out, flush=True)


def _counted(found: Iterator[Extension], stream: TextIO) -> Iterator[Extension]:
    """``found``, telling ``stream`` how many have come (at most twice a second)."""
    started = shown = time.monotonic()
    count = 0
    try:
        for extension in found:
            count += 1
            now = time.monotonic()
            if now - shown >= 0.5:
                shown = now
                stream.write(f"\rargmap solve: {count} extensions found, {now - started:.1f} s")
                stream.flush()
            yield extension
    finally:
        stream.write(
            f"\rargmap solve: {count} extension{'s' if count != 1 else ''} found in "
            f"{time.monotonic() - started:.1f} s\n"
        )
        stream.flush()


if __name__ == "__main__":
    sys.exit(main())
