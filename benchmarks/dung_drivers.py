"""The small programs ``bench_dung.py`` runs in child processes.

``DRIVER`` answers one task with one Python peer (pygarg, python-argumentation,
formal-argumentation, clingo + ASPARTIX) and prints its answer as JSON; ``LAUNCHER``
starts a measured command and reports its wall time, peak memory and CPU time.
"""

from __future__ import annotations

DRIVER = r'''
import json, sys
solver, task, path, fmt, query = sys.argv[1:6]
problem, sem = task.split("-")
text = open(path).read()


def emit(value):
    print(json.dumps(value))


def family(extensions):
    return sorted(sorted(e) for e in extensions)


if solver == "py_arg":
    from py_arg.import_export.argumentation_framework_from_aspartix_format_reader import (
        ArgumentationFrameworkFromASPARTIXFormatReader as Apx)
    from py_arg.import_export.argumentation_framework_from_trivial_graph_format_reader import (
        ArgumentationFrameworkFromTrivialGraphFormatReader as Tgf)
    from py_arg.import_export.argumentation_framework_from_iccma23_format_reader import (
        ArgumentationFrameworkFromICCMA23FormatReader as I23)
    from py_arg.algorithms.semantics.get_grounded_extension import get_grounded_extension
    from py_arg.algorithms.semantics.get_preferred_extensions import get_preferred_extensions
    from py_arg.algorithms.semantics.get_stable_extensions import get_stable_extensions
    from py_arg.algorithms.semantics.get_complete_extensions import get_complete_extensions
    if fmt == "apx":
        af = Apx.from_apx(text)
    elif fmt == "tgf":
        af = Tgf.from_tgf(text)
    else:
        af = I23.from_iccma23(text)
    strip = 1 if fmt == "i23" else 0   # the ICCMA 2023 reader names arguments "A1".."AN"

    def names(extension):
        return {a.name[strip:] for a in extension}

    if task == "SE-GR":
        emit(sorted(names(get_grounded_extension(af))))
    elif task in ("SE-PR", "SE-ST"):
        found = (get_preferred_extensions if sem == "PR" else get_stable_extensions)(af)
        emit(sorted(names(next(iter(found)))) if found else None)
    elif task == "EE-ST":
        emit(family(names(e) for e in get_stable_extensions(af)))
    elif task == "EE-PR":
        emit(family(names(e) for e in get_preferred_extensions(af)))
    elif task == "DS-PR":
        emit(all(query in names(e) for e in get_preferred_extensions(af)))
    elif task == "DC-CO":
        emit(any(query in names(e) for e in get_complete_extensions(af)))

elif solver == "formal-arg":
    from argumentation.interop.iccma import parse_af, parse_apx, parse_tgf
    from argumentation.solving.solver import (
        solve_dung_acceptance, solve_dung_extensions, solve_dung_single_extension)
    framework = {"apx": parse_apx, "tgf": parse_tgf, "i23": parse_af}[fmt](text)
    semantics = {"GR": "grounded", "PR": "preferred", "ST": "stable", "CO": "complete"}[sem]

    def solve(function, field, **options):
        # backend "auto" picks its SAT back end where it has one; that one needs
        # z3-solver, and without it the answer is "unavailable": then use "native"
        result = function(framework, semantics=semantics, **options)
        if not hasattr(result, field):
            result = function(framework, semantics=semantics, backend="native", **options)
        return getattr(result, field)

    if problem == "SE":
        extension = solve(solve_dung_single_extension, "extension")
        emit(None if extension is None else sorted(extension))
    elif problem == "EE":
        emit(family(solve(solve_dung_extensions, "extensions")))
    else:
        task = "credulous" if problem == "DC" else "skeptical"
        emit(bool(solve(solve_dung_acceptance, "answer", task=task, query=query)))

elif solver == "clingo":
    import clingo
    CHOICE = """
in(X) :- not out(X), arg(X).
out(X) :- not in(X), arg(X).
:- in(X), in(Y), att(X,Y).
defeated(X) :- in(Y), att(Y,X).
"""
    ADMISSIBLE = CHOICE + """
not_defended(X) :- att(Y,X), not defeated(Y).
:- in(X), not_defended(X).
"""
    ENCODINGS = {
        "GR": """
defeated(X) :- in(Y), att(Y,X).
in(X) :- arg(X), defeated(Y) : att(Y,X).
""",
        "CO": ADMISSIBLE + ":- out(X), not not_defended(X).\n",
        "ST": CHOICE + ":- out(X), not defeated(X).\n",
        "PR": ADMISSIBLE + "#heuristic in(X) : arg(X). [1,true]\n",
    }
    options = ["--models=0"]
    if sem == "PR":
        options += ["--heuristic=Domain", "--enum-mode=domRec"]
    control = clingo.Control(options)
    control.add("base", [], text)
    program = ENCODINGS[sem] + "#show in/1.\n"
    if problem == "SE":
        control.configuration.solve.models = 1
    if task == "DC-CO":
        term = query if query.isdigit() else '"' + query + '"' if not query[0].islower() else query
        program += ":- not in(" + term + ").\n"
        control.configuration.solve.models = 1
    control.add("base", [], program)
    control.ground([("base", [])])
    found = []
    stop = {"counter": False}

    def on_model(model):
        extension = sorted(str(s.arguments[0]) for s in model.symbols(shown=True))
        found.append(extension)
        if task == "DS-PR" and query not in extension:
            stop["counter"] = True
            return False
        return True

    result = control.solve(on_model=on_model)
    if problem == "SE":
        emit(found[0] if found else None)
    elif task == "DC-CO":
        emit(bool(result.satisfiable))
    elif task == "DS-PR":
        emit(not stop["counter"])
    else:
        emit(family(found))
'''


LAUNCHER = r"""
import os, sys, time
started = time.perf_counter()
pid = os.posix_spawnp(sys.argv[2], sys.argv[2:], os.environ)
_, status, usage = os.wait4(pid, 0)
seconds = time.perf_counter() - started
cpu = usage.ru_utime + usage.ru_stime
os.write(int(sys.argv[1]), f"{seconds} {usage.ru_maxrss} {cpu}".encode())
code = os.waitstatus_to_exitcode(status)
sys.exit(code if code >= 0 else 128 - code)
"""
"""Starts the measured command from a small process and reports its wall time, peak
memory and CPU time (user + system, which a loaded machine inflates far less than the
wall time). Started straight from this (large) benchmark process, a child's peak memory
as the kernel reports it would include this process's, copied before ``exec``."""
