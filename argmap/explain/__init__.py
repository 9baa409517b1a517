"""Why each argument is accepted or not: proofs as typed data, then as English or French text.

The entry points:

* :func:`explain` — one argument (a statement of a map, or an argument of a
  bare framework) under one semantics: an :class:`Explanation` holding the
  typed proof — a grounded dispute tree (:mod:`argmap.explain.dispute`), an
  admissible set with its defence table or the refutation of every such set
  (:mod:`argmap.explain.admissible`), a counter-extension or the reason every
  extension contains it (:mod:`argmap.explain.sceptical`), sufficient and
  necessary sets (:mod:`argmap.explain.sufficient`) — and its prose
  (:attr:`Explanation.text`, :mod:`argmap.explain.narrate`);
* :func:`explain_map` — every statement of a map;
* :func:`~argmap.explain.whatif.what_if` and
  :func:`~argmap.explain.whatif.what_if_map` — the single edits of the map that
  would change a verdict, and how robust each verdict is;
* :func:`~argmap.explain.gradual.attribution` — which attackers and supporters
  moved a gradual strength, and by how much.

Examples
--------
>>> from argmap.frameworks import AF
>>> af = AF(["a", "b", "c"], [("a", "b"), ("b", "c")])
>>> why = explain(af, "c", "grounded")
>>> why.status.value
'accepted'
>>> print(why.text)  # doctest: +NORMALIZE_WHITESPACE
Argument c is accepted under grounded semantics because its only attacker, argument b,
is itself defeated by argument a, which nothing attacks.
<BLANKLINE>
Argument a alone suffices to accept it, and nothing could replace argument a.
"""

from argmap.explain.admissible import CredulousProof, DefenceStep
from argmap.explain.dispute import DisputeTree, GroundedExplanation, Move, Player, UndecidedReason
from argmap.explain.explanation import (
    MAX_TREE_DEPTH,
    MAX_TREE_NODES,
    Explanation,
    Subject,
    explain,
    explain_map,
    framework_of,
    jsonable,
)
from argmap.explain.gradual import Attribution, EdgeContribution, attribution
from argmap.explain.names import Vocabulary
from argmap.explain.proof import Proof
from argmap.explain.sceptical import (
    ScepticalAcceptance,
    ScepticalRejection,
    Status,
    acceptance_status,
    statuses,
    verdict_of,
)
from argmap.explain.sufficient import Sufficiency
from argmap.explain.whatif import (
    Edit,
    EditKind,
    Flip,
    Robustness,
    WhatIf,
    robustness,
    what_if,
    what_if_map,
    what_if_maps,
)

__all__ = [
    "MAX_TREE_DEPTH",
    "MAX_TREE_NODES",
    "Attribution",
    "CredulousProof",
    "DefenceStep",
    "DisputeTree",
    "EdgeContribution",
    "Edit",
    "EditKind",
    "Explanation",
    "Flip",
    "GroundedExplanation",
    "Move",
    "Player",
    "Proof",
    "Robustness",
    "ScepticalAcceptance",
    "ScepticalRejection",
    "Status",
    "Subject",
    "Sufficiency",
    "UndecidedReason",
    "Vocabulary",
    "WhatIf",
    "acceptance_status",
    "attribution",
    "explain",
    "explain_map",
    "framework_of",
    "jsonable",
    "robustness",
    "statuses",
    "verdict_of",
    "what_if",
    "what_if_map",
    "what_if_maps",
]
