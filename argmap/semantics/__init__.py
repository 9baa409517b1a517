"""Dung semantics: extensions, labellings and acceptance of abstract frameworks.

The reasoning tasks work for every semantics and engine::

    extensions(af, "preferred")                 # lazy iterator of frozensets
    enumerate_extensions(af, "stable", limit=10, timeout=5.0)   # bounded, typed
    some_extension(af, "semi-stable")           # one, or None if there is none
    labellings(af, "complete")                  # IN / OUT / UNDEC
    credulously_accepted(af, "a", "stage")
    sceptically_accepted(af, "a", "stable")     # vacuously true with no extension

and each semantics also has its own function, defined (with its paper) in its
module: :func:`grounded_extension`, :func:`preferred_extensions`, ...
The names are imported on first use (PEP 562), so that importing one submodule
(``argmap solve`` needs only the reader, the task parser and the SAT engine) does
not import every semantics.

Semantics: conflict-free, naive, admissible, complete, grounded, preferred,
stable, semi-stable, stage, ideal, eager, cf2, stage2 (Baroni, Caminada &
Giacomin 2011 survey them all). Engines: plain Python (every semantics) and SAT
(the hard ones on large frameworks); see :mod:`argmap.semantics.dispatch`.

Examples
--------
>>> from argmap.frameworks import AF
>>> from argmap.semantics import Semantics, extensions, grounded_extension
>>> af = AF(["a", "b", "c"], [("a", "b"), ("b", "a"), ("b", "c")])
>>> sorted(sorted(e) for e in extensions(af, Semantics.PREFERRED))
[['a', 'c'], ['b']]
>>> sorted(grounded_extension(af))
[]
"""

from __future__ import annotations

import importlib

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from argmap.semantics.admissible import admissible_sets
    from argmap.semantics.cf2 import cf2_extensions, stage2_extensions
    from argmap.semantics.complete import complete_extensions
    from argmap.semantics.conflict_free import conflict_free_sets, naive_extensions
    from argmap.semantics.eager import eager_extension
    from argmap.semantics.grounded import grounded_extension, grounded_labelling
    from argmap.semantics.ideal import ideal_extension
    from argmap.semantics.preferred import preferred_extensions
    from argmap.semantics.reasoning import (
        credulously_accepted,
        enumerate_extensions,
        extensions,
        labellings,
        sceptically_accepted,
        some_extension,
    )
    from argmap.semantics.semi_stable import semi_stable_extensions
    from argmap.semantics.stable import stable_extensions
    from argmap.semantics.stage import stage_extensions
    from argmap.semantics.types import (
        Enumeration,
        Label,
        Labelling,
        Semantics,
        SolverTimeout,
        StopReason,
    )

_HOME: dict[str, str] = {
    "Enumeration": "argmap.semantics.types",
    "Label": "argmap.semantics.types",
    "Labelling": "argmap.semantics.types",
    "Semantics": "argmap.semantics.types",
    "SolverTimeout": "argmap.semantics.types",
    "StopReason": "argmap.semantics.types",
    "admissible_sets": "argmap.semantics.admissible",
    "cf2_extensions": "argmap.semantics.cf2",
    "complete_extensions": "argmap.semantics.complete",
    "conflict_free_sets": "argmap.semantics.conflict_free",
    "credulously_accepted": "argmap.semantics.reasoning",
    "eager_extension": "argmap.semantics.eager",
    "enumerate_extensions": "argmap.semantics.reasoning",
    "extensions": "argmap.semantics.reasoning",
    "grounded_extension": "argmap.semantics.grounded",
    "grounded_labelling": "argmap.semantics.grounded",
    "ideal_extension": "argmap.semantics.ideal",
    "labellings": "argmap.semantics.reasoning",
    "naive_extensions": "argmap.semantics.conflict_free",
    "preferred_extensions": "argmap.semantics.preferred",
    "sceptically_accepted": "argmap.semantics.reasoning",
    "semi_stable_extensions": "argmap.semantics.semi_stable",
    "some_extension": "argmap.semantics.reasoning",
    "stable_extensions": "argmap.semantics.stable",
    "stage2_extensions": "argmap.semantics.cf2",
    "stage_extensions": "argmap.semantics.stage",
}
"""Where each public name is defined."""


if not TYPE_CHECKING:
    # Hidden from type checkers, so that a misspelt name is still an error there.

    def __getattr__(name: str) -> Any:
        """A public name, imported from its module on first use (PEP 562)."""
        home = _HOME.get(name)
        if home is None:
            raise AttributeError(f"module 'argmap.semantics' has no attribute {name!r}")
        value = getattr(importlib.import_module(home), name)
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted(set(globals()) | set(__all__))


__all__ = [
    "Enumeration",
    "Label",
    "Labelling",
    "Semantics",
    "SolverTimeout",
    "StopReason",
    "admissible_sets",
    "cf2_extensions",
    "complete_extensions",
    "conflict_free_sets",
    "credulously_accepted",
    "eager_extension",
    "enumerate_extensions",
    "extensions",
    "grounded_extension",
    "grounded_labelling",
    "ideal_extension",
    "labellings",
    "naive_extensions",
    "preferred_extensions",
    "sceptically_accepted",
    "semi_stable_extensions",
    "some_extension",
    "stable_extensions",
    "stage2_extensions",
    "stage_extensions",
]
