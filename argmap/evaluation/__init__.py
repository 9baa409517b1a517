"""Evaluate a map: one entry point, one result type, one status vocabulary.

A map is evaluated under a *semantics* and a *reading*:

* the reading (:mod:`argmap.evaluation.readings`) says which argumentation
  framework stands for the map: its ASPIC+ arguments (``structured``: a claim
  stands or falls with its reasons), the abstract (Dung) view, or a bipolar
  reading of its supports flattened into attacks;
* the semantics (:mod:`argmap.evaluation.names`) is computed on that framework:
  extension-based semantics give each statement and inference a
  :class:`~argmap.semantics.statuses.Status` (in / out / undec, or sceptically /
  credulously accepted / rejected) and its
  :class:`~argmap.semantics.statuses.Verdict` (accepted, credulous, undecided,
  rejected); gradual semantics give a strength in ``[0, 1]``.

:func:`evaluate` returns an :class:`Evaluation` in every case;
:func:`status_table` evaluates under several semantics at once. The CLI, the
explanations, the diagrams and the report all go through this layer; the
algorithms it calls live in :mod:`argmap.semantics` and :mod:`argmap.gradual`.

Examples
--------
>>> from argmap.model import ArgumentMap
>>> m = ArgumentMap(title="Tea?", statements=[
...     {"id": "tea", "text": {"en": "Tea is good."}},
...     {"id": "no", "text": {"en": "Tea is bitter."}}],
...     attacks=[{"id": "x", "kind": "rebut", "source": "no", "target": "tea"}])
>>> result = evaluate(m, "grounded")
>>> result.reading.value, result.status("tea").value, result.status("tea").verdict.value
('structured', 'out', 'rejected')
"""

from __future__ import annotations

from argmap.evaluation.compute import ATTACK_ONLY, evaluate
from argmap.evaluation.names import (
    AnySemantics,
    is_unique_status,
    parse_extension_semantics,
    parse_semantics,
    semantics_name,
    semantics_names,
)
from argmap.evaluation.readings import (
    DEFAULT_READING,
    MapView,
    Reading,
    map_view,
    parse_reading,
    reading_names,
)
from argmap.evaluation.result import DECIMALS, Evaluation, Origin
from argmap.evaluation.table import DEFAULT_SEMANTICS, StatusTable, status_table
from argmap.semantics.statuses import (
    EXTENSION_LIMIT,
    MAY_HAVE_NO_EXTENSION,
    UNIQUE_STATUS_SEMANTICS,
    Status,
    Verdict,
)

__all__ = [
    "ATTACK_ONLY",
    "DECIMALS",
    "DEFAULT_READING",
    "DEFAULT_SEMANTICS",
    "EXTENSION_LIMIT",
    "MAY_HAVE_NO_EXTENSION",
    "UNIQUE_STATUS_SEMANTICS",
    "AnySemantics",
    "Evaluation",
    "MapView",
    "Origin",
    "Reading",
    "Status",
    "StatusTable",
    "Verdict",
    "evaluate",
    "is_unique_status",
    "map_view",
    "parse_extension_semantics",
    "parse_reading",
    "parse_semantics",
    "reading_names",
    "semantics_name",
    "semantics_names",
    "status_table",
]
