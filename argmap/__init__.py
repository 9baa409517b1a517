"""argmap — argument mapping with formal argumentation semantics.

Represent a debate as a typed argument graph (:class:`ArgumentMap`), evaluate it
with Dung, bipolar and gradual semantics, explain every verdict, and render it as
Graphviz diagrams and self-contained HTML reports.
"""

from __future__ import annotations

import importlib

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from argmap.model import (
        ArgumentMap,
        Attack,
        AttackKind,
        MapValidationError,
        Participant,
        Provenance,
        Scheme,
        Source,
        Statement,
        StatementKind,
        Support,
    )

__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    """The model's names, imported on first use (PEP 562).

    Building the pydantic models is most of argmap's import time; a command that
    does not need them (``argmap solve`` on an ICCMA file) does not pay for them.
    """
    if name in __all__ and name != "__version__":
        return getattr(importlib.import_module("argmap.model"), name)
    raise AttributeError(f"module 'argmap' has no attribute {name!r}")


__all__ = [
    "ArgumentMap",
    "Attack",
    "AttackKind",
    "MapValidationError",
    "Participant",
    "Provenance",
    "Scheme",
    "Source",
    "Statement",
    "StatementKind",
    "Support",
    "__version__",
]


def _register_notebook_display() -> None:
    """Display maps and results as SVG/HTML when argmap is imported inside IPython."""
    import sys

    if "IPython" in sys.modules:
        from argmap.render.notebook import register_notebook_display

        register_notebook_display()


_register_notebook_display()
