"""argmap — argument mapping with formal argumentation semantics.

Represent a debate as a typed argument graph (:class:`ArgumentMap`), evaluate it
with Dung, bipolar and gradual semantics, explain every verdict, and render it as
Graphviz diagrams and self-contained HTML reports.
"""

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
