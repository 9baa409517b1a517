"""A map evaluated under the structured reading: ASPIC+ arguments, then statements.

The map is read as an ASPIC+ argumentation theory and its arguments, attacks and
defeats are built (:func:`~argmap.frameworks.structured.structured_framework`,
Modgil & Prakken 2013). Then:

* **extension-based semantics** run on the defeat graph; a claim's status is the
  conclusion labelling of its arguments (Wu & Caminada 2010,
  :func:`~argmap.semantics.structured.conclusion_statuses`), and an inference's
  status the same labelling over the arguments whose top rule it is. The
  extensions are listed by what their arguments establish: the conclusions and
  the top rules of their members, in map order (two argument extensions that
  establish the same things are listed once);
* **gradual semantics** run on the same defeat graph. Supports are inside the
  arguments (as sub-arguments), so the graph has attacks only, and every
  gradual semantics reads it as an attack-only one. An argument's base score is
  the weight of its weakest premise (Pollock's weakest link: a chain of reasons
  is no stronger than its weakest premise); a claim's strength is the highest
  strength of its arguments, an inference's that of the arguments it is the
  last rule of (the same maximum as the conclusion labelling), and 0 when there
  is no such argument.

References
----------
.. [1] S. Modgil and H. Prakken, "A general account of argumentation with
   preferences", Artificial Intelligence 195:361-397, 2013.
.. [2] Y. Wu and M. Caminada, "A labelling-based justification status of
   arguments", Studies in Logic 3(4):12-29, 2010.
.. [3] J. L. Pollock, "Defeasible reasoning with variable degrees of
   justification", Artificial Intelligence 133(2):233-282, 2001.
"""

from __future__ import annotations

from types import MappingProxyType

from argmap.evaluation.readings import Reading
from argmap.evaluation.result import Evaluation, Origin
from argmap.frameworks.structured import StructuredArgument, StructuredFramework
from argmap.frameworks.weighted import WeightedBipolarGraph
from argmap.gradual import strengths
from argmap.gradual.types import GradualSemantics
from argmap.model import ArgumentMap, StatementKind
from argmap.semantics.structured import carried_status, conclusion_statuses
from argmap.semantics.types import Semantics


def map_elements(m: ArgumentMap) -> dict[str, Origin]:
    """The claims (issues excepted), then the inferences, of ``m``, in map order."""
    origin: dict[str, Origin] = {
        s.id: "statement" for s in m.statements if s.kind is not StatementKind.ISSUE
    }
    origin.update({s.id: "support" for s in m.supports})
    return origin


def carriers(
    sf: StructuredFramework, element: str, origin: Origin
) -> tuple[StructuredArgument, ...]:
    """The arguments that stand for a claim (those concluding it) or an inference (those
    whose top rule it is)."""
    if origin == "support":
        return tuple(a for a in sf.arguments if a.top_rule == element)
    return sf.arguments_for(element)


def structured_statuses(
    m: ArgumentMap,
    sf: StructuredFramework,
    semantics: Semantics,
    *,
    extension_limit: int,
    engine: str,
    timeout: float | None,
) -> Evaluation:
    """Every claim's and inference's status under ``semantics`` (see the module docstring)."""
    result = conclusion_statuses(
        sf, semantics, engine=engine, timeout=timeout, extension_limit=extension_limit
    )
    origin = map_elements(m)
    standing = {e: carriers(sf, e, o) for e, o in origin.items()}
    statuses = {
        e: result.statuses[e]
        if o == "statement" and e in result.statuses
        else carried_status(result, standing[e])
        for e, o in origin.items()
    }
    order = {e: i for i, e in enumerate(origin)}
    by_name = {a.name: a for a in sf.arguments}
    listed: list[tuple[str, ...]] = []
    for extension in result.arguments.extensions:
        established = {by_name[n].conclusion for n in extension}
        established |= {r for n in extension if (r := by_name[n].top_rule) is not None}
        row = tuple(sorted((e for e in established if e in order), key=order.__getitem__))
        if row not in listed:
            listed.append(row)
    return Evaluation(
        semantics=semantics,
        reading=Reading.STRUCTURED,
        origin=MappingProxyType(origin),
        statuses=MappingProxyType(statuses),
        extensions=tuple(listed),
        complete=result.arguments.complete,
        strengths=MappingProxyType({}),
        base=MappingProxyType({}),
        computation=None,
        supports_read=False,
        without_evidence=frozenset(e for e, c in standing.items() if not c),
        argument_statuses=result.arguments.statuses,
    )


def structured_strengths(
    m: ArgumentMap, sf: StructuredFramework, semantics: GradualSemantics, default_weight: float
) -> Evaluation:
    """Every claim's and inference's strength under ``semantics`` (see the module docstring)."""
    origin = map_elements(m)
    base = {
        s.id: s.weight if s.weight is not None else default_weight
        for s in m.statements
        if s.id in origin
    }
    base.update({s.id: default_weight for s in m.supports})
    graph = WeightedBipolarGraph(
        {a.name: min((base[p] for p in a.premises), default=default_weight) for a in sf.arguments},
        sf.framework.sorted_attacks(),
    )
    computed = strengths(graph, semantics)
    standing = {e: carriers(sf, e, o) for e, o in origin.items()}
    values = {
        e: max((computed.strengths[a.name] for a in standing[e]), default=0.0) for e in origin
    }
    return Evaluation(
        semantics=semantics,
        reading=Reading.STRUCTURED,
        origin=MappingProxyType(origin),
        statuses=MappingProxyType({}),
        extensions=(),
        complete=True,
        strengths=MappingProxyType(values),
        base=MappingProxyType(base),
        computation=computed,
        supports_read=False,
        without_evidence=frozenset(e for e, c in standing.items() if not c),
        argument_strengths=MappingProxyType(dict(computed.strengths)),
    )
