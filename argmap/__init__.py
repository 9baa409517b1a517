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
