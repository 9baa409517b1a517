"""The typed argument map: pydantic models, whole-map validation, networkx views.

This layer depends on nothing else in argmap.
"""

from argmap.model.graph import from_networkx, to_networkx
from argmap.model.problems import MapValidationError, Problem
from argmap.model.stance import Stance, stance_label, voiced_by
from argmap.model.types import (
    ArgumentMap,
    Attack,
    AttackKind,
    Participant,
    Preference,
    Provenance,
    Scheme,
    Section,
    Source,
    Span,
    Statement,
    StatementKind,
    Support,
    localised,
)
from argmap.model.validation import check_map

__all__ = [
    "ArgumentMap",
    "Attack",
    "AttackKind",
    "MapValidationError",
    "Participant",
    "Preference",
    "Problem",
    "Provenance",
    "Scheme",
    "Section",
    "Source",
    "Span",
    "Stance",
    "Statement",
    "StatementKind",
    "Support",
    "check_map",
    "from_networkx",
    "localised",
    "stance_label",
    "to_networkx",
    "voiced_by",
]
