"""Which engine answers a query: ``engine="auto" | "python" | "sat"``.

``"python"``
    :class:`~argmap.semantics.engines.python.PythonEngine`, every semantics.
``"sat"``
    ``argmap.semantics.engines.sat.SatEngine`` for the semantics it encodes. The
    semantics defined over another one (ideal over preferred, eager over
    semi-stable, stage2 over stage; see
    :data:`~argmap.semantics.engines.python.DEFINED_OVER`), when not encoded
    directly, are computed by the Python engine from the SAT engine's answers for
    the underlying semantics. Asking for a semantics neither way can serve
    (cf2, ...) is an error.
``"auto"`` (the default)
    * grounded, conflict-free, naive and cf2 always go to the Python engine:
      grounded is linear time, conflict-free and naive sets are enumerated from
      their definition with polynomial delay, and cf2 is computed by its
      SCC-recursive definition over naive sets;
    * the other semantics go to the Python engine while the framework is small:
      while the number of *open* arguments is at most the semantics' entry in
      :data:`PYTHON_OPEN_ARGUMENTS`. Open are, for the complete-based semantics
      (complete, preferred, stable, semi-stable, ideal, eager), the arguments
      the grounded labelling leaves UNDEC, since the search starts from it; for
      admissible and stage all arguments; for stage2 those of the largest
      strongly connected component (each component is solved on its own). The
      limits come from measurements: the Python engine is on a par with the SAT
      engine up to them, and falls behind beyond (stage first);
    * larger frameworks go to the SAT engine when it can be imported and serves
      the semantics (directly or through the composition above), otherwise to
      the Python engine.

The SAT engine is imported lazily, on the first query that wants it, so the
Python engine works on its own.
"""

from __future__ import annotations

import importlib
from types import MappingProxyType

from argmap.frameworks.abstract import ArgumentationFramework
from argmap.semantics.adjacency import Adjacency
from argmap.semantics.grounded import grounded_labels
from argmap.semantics.labelling_search import UNDEC
from argmap.semantics.types import Engine, Semantics

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Mapping

_COMPLETE_BASED = frozenset(
    {
        Semantics.COMPLETE,
        Semantics.PREFERRED,
        Semantics.STABLE,
        Semantics.SEMI_STABLE,
        Semantics.IDEAL,
        Semantics.EAGER,
    }
)

PYTHON_OPEN_ARGUMENTS: Mapping[Semantics, int] = MappingProxyType(
    {
        **dict.fromkeys(_COMPLETE_BASED, 60),
        Semantics.ADMISSIBLE: 60,
        Semantics.STAGE: 30,
        Semantics.STAGE2: 30,
    }
)
"""For ``auto``: the Python engine answers up to this many open arguments (see above)."""

_BY_DEFINITION = frozenset(
    {Semantics.GROUNDED, Semantics.CONFLICT_FREE, Semantics.NAIVE, Semantics.CF2}
)


def choose_engine(
    af: ArgumentationFramework, semantics: Semantics | str, engine: str = "auto"
) -> Engine:
    """The engine that answers ``semantics`` queries on ``af`` (see the module docstring).

    Parameters
    ----------
    af : ArgumentationFramework
    semantics : Semantics or str
    engine : {"auto", "python", "sat"}

    Returns
    -------
    Engine

    Raises
    ------
    ValueError
        For an unknown engine name, or ``"sat"`` when the SAT engine cannot be
        imported or cannot evaluate ``semantics``.

    Examples
    --------
    >>> from argmap.frameworks import AF
    >>> choose_engine(AF(["a"]), "preferred").name
    'python'
    """
    semantics = Semantics.parse(semantics)
    if engine == "python":
        return _python_engine()
    if engine == "sat":
        sat = _sat_engine()
        if isinstance(sat, ImportError):
            raise ValueError(
                f"engine='sat' is not available ({sat}); use engine='python' or 'auto'"
            )
        served = _served_by(sat, semantics)
        if served is None:
            raise ValueError(
                f"the sat engine does not evaluate {semantics.value} semantics; "
                "use engine='python' or 'auto'"
            )
        return served
    if engine != "auto":
        raise ValueError(f"unknown engine {engine!r}; choose 'auto', 'python' or 'sat'")
    if (
        semantics in _BY_DEFINITION
        or _open_arguments(af, semantics) <= PYTHON_OPEN_ARGUMENTS[semantics]
    ):
        return _python_engine()
    sat = _sat_engine()
    if isinstance(sat, ImportError):
        return _python_engine()
    return _served_by(sat, semantics) or _python_engine()


def _open_arguments(af: ArgumentationFramework, semantics: Semantics) -> int:
    if semantics in _COMPLETE_BASED:
        return grounded_labels(Adjacency.of(af)).count(UNDEC)
    if semantics is Semantics.STAGE2:
        from argmap.semantics.scc import strongly_connected_components

        return max(map(len, strongly_connected_components(Adjacency.of(af))), default=0)
    return len(af)


def _served_by(sat: Engine, semantics: Semantics) -> Engine | None:
    if sat.supports(semantics):
        return sat
    from argmap.semantics.engines.python import DEFINED_OVER

    underlying = DEFINED_OVER.get(semantics)
    if underlying is not None and sat.supports(underlying):
        return _python_engine(helper=sat)
    return None


def _python_engine(helper: Engine | None = None) -> Engine:
    """``PythonEngine(helper=helper)``, imported on first use: a query that the SAT
    engine answers alone does not import every semantics' search."""
    from argmap.semantics.engines.python import PythonEngine

    return PythonEngine(helper=helper)


def _sat_engine() -> Engine | ImportError:
    """``SatEngine()`` from :mod:`argmap.semantics.engines.sat`, imported on first use.

    The error is returned (``auto`` then falls back on the Python engine) when
    the engine's module or a dependency outside argmap cannot be imported; an
    import error inside argmap, between the engine's own modules, is a bug and is
    raised, not hidden behind a slower engine.
    """
    name = "argmap.semantics.engines.sat"
    try:
        module = importlib.import_module(name)
    except ImportError as error:
        if error.name != name and (error.name or "argmap").partition(".")[0] == "argmap":
            raise
        return error
    engine: Engine = module.SatEngine()
    return engine
