"""Evaluate a map under one semantics and one reading: the one entry point.

:func:`evaluate` reads the map as a framework (:mod:`argmap.evaluation.readings`)
and runs the semantics on it: an extension-based semantics gives every
statement and inference a status (:func:`argmap.semantics.statuses.framework_statuses`),
a gradual one a strength (:func:`argmap.gradual.strengths`). The CLI, the
explanations, the diagrams and the report all evaluate maps through it.

Under the structured reading the semantics run on the map's
ASPIC+ arguments, and statements get their status or strength from their
arguments (:mod:`argmap.evaluation.structured`). Under the other readings,
gradual semantics read a weighted graph (statements weighted by their
``weight``, ``default_weight`` when they have none; inferences as arguments
between premises and conclusion):

* under the abstract reading, the map as it stands,
  :func:`~argmap.frameworks.map_bipolar.weighted_graph`: the bipolar semantics
  (``quad``, ``df-quad``, ``euler``, ``quadratic-energy``, ``mlp``) aggregate
  the supports their own way; the attack-only ones (``h-categorizer``,
  ``weighted-h-categorizer``, ``max-based``, ``card-based``) read the attacks
  only, as the Dung view does;
* under a bipolar reading, the flattened framework of that reading with the
  same base scores and no supports left; an argument the evidential reading
  leaves without evidence is not in that graph, and its strength is 0.

References
----------
.. [1] P. Baroni, A. Rago, F. Toni, "From fine-grained properties to broad
   principles for gradual argumentation: A principled spectrum", IJAR
   105:252-286, 2019.
.. [2] N. Potyka, "Continuous dynamical systems for weighted bipolar
   argumentation", KR 2018.
"""

from __future__ import annotations

from types import MappingProxyType

from argmap.evaluation.names import AnySemantics, parse_semantics
from argmap.evaluation.readings import Reading, map_view, parse_reading
from argmap.evaluation.result import Evaluation, Origin
from argmap.evaluation.structured import structured_statuses, structured_strengths
from argmap.frameworks.abstract import ArgumentationFramework
from argmap.frameworks.bipolar import SupportInterpretation
from argmap.frameworks.map_bipolar import DEFAULT_WEIGHT, weighted_graph
from argmap.frameworks.structured import structured_framework
from argmap.frameworks.weighted import WeightedBipolarGraph
from argmap.gradual import strengths
from argmap.gradual.types import GradualSemantics
from argmap.model import ArgumentMap
from argmap.semantics.statuses import (
    EXTENSION_LIMIT,
    UNIQUE_STATUS_SEMANTICS,
    Status,
    framework_statuses,
)
from argmap.semantics.types import Semantics

ATTACK_ONLY: frozenset[GradualSemantics] = frozenset(
    {
        GradualSemantics.H_CATEGORIZER,
        GradualSemantics.WEIGHTED_H_CATEGORIZER,
        GradualSemantics.MAX_BASED,
        GradualSemantics.CARD_BASED,
    }
)
"""Gradual semantics defined on attack-only graphs: supports are not read."""


def evaluate(
    source: ArgumentMap | ArgumentationFramework,
    semantics: AnySemantics | str,
    *,
    reading: Reading | SupportInterpretation | str | None = None,
    default_weight: float = DEFAULT_WEIGHT,
    extension_limit: int = EXTENSION_LIMIT,
    engine: str = "auto",
    timeout: float | None = None,
) -> Evaluation:
    """Evaluate ``source`` under ``semantics`` and ``reading``: a status or a strength each.

    Parameters
    ----------
    source : ArgumentMap or ArgumentationFramework
        A map (its claims and inferences are evaluated), or a bare framework
        (its arguments; only the abstract reading applies).
    semantics : Semantics, GradualSemantics or str
        Any name of :func:`~argmap.evaluation.names.semantics_names`.
    reading : Reading or str, optional
        How the map is read (:data:`~argmap.evaluation.readings.DEFAULT_READING`
        when not given): ``structured``, ``abstract``, ``deductive``,
        ``necessary``, ``evidential`` or ``general``.
    default_weight : float
        Base score of statements without ``weight`` and of inferences (gradual
        semantics only).
    extension_limit : int
        How many extensions to list (statuses are exact beyond it).
    engine : {"auto", "python", "sat"}
        Passed to the semantics API (extension-based semantics only).
    timeout : float, optional
        Seconds allowed (extension-based semantics only); the arguments left
        undecided when they run out are :attr:`~argmap.semantics.statuses.Status.UNKNOWN`.

    Returns
    -------
    Evaluation

    Raises
    ------
    ValueError
        For an unknown semantics or reading, a reading other than the abstract
        one for a bare framework, or a default weight outside ``[0, 1]``.
    ArgumentLimitError
        (a ``ValueError``) When the structured reading would build more arguments
        than :data:`~argmap.frameworks.structured.DEFAULT_MAX_ARGUMENTS`.

    Examples
    --------
    ``u`` undercuts the only inference ``s`` for ``c``:

    >>> m = ArgumentMap(title="t", statements=[
    ...     {"id": "c", "text": {"en": "C"}}, {"id": "p", "text": {"en": "P"}},
    ...     {"id": "u", "text": {"en": "U"}, "weight": 1.0}],
    ...     supports=[{"id": "s", "premises": ["p"], "conclusion": "c"}],
    ...     attacks=[{"id": "x", "kind": "undercut", "source": "u", "target": "s"}])
    >>> result = evaluate(m, "grounded", reading="abstract")
    >>> result.status("c").value, result.status("s").value
    ('in', 'out')
    >>> evaluate(m, "grounded", reading="necessary").status("c").value
    'out'
    >>> evaluate(m, "preferred", reading="deductive").to_json()["arguments"]["c"]
    {'status': 'sceptical', 'extensions': [0]}
    >>> result = evaluate(m, "df-quad", reading="abstract")
    >>> result.strength("s"), result.strength("c")
    (0.25, 0.625)
    >>> evaluate(m, "df-quad", reading="necessary").to_json()["arguments"]["c"]
    {'strength': 0.0, 'base': 0.5}

    Under the structured reading ``c`` stands only through its reason, which is
    undercut:

    >>> result = evaluate(m, "grounded", reading="structured")
    >>> result.reading.value, result.status("c").value
    ('structured', 'out')
    >>> {name: status.value for name, status in result.argument_statuses.items()}
    {'p': 'in', 'u': 'in', 'c:s': 'out'}
    >>> evaluate(m, "h-categorizer", reading="structured").strength("c")  # 1 / (1 + 1)
    0.5
    """
    chosen = parse_semantics(semantics)
    if isinstance(source, ArgumentationFramework):
        return _evaluate_framework(
            source, chosen, reading, default_weight, extension_limit, engine, timeout
        )
    if parse_reading(reading) is Reading.STRUCTURED:
        if not 0.0 <= default_weight <= 1.0:
            raise ValueError(f"the default weight must lie in [0, 1], got {default_weight!r}")
        sf = structured_framework(source)
        if isinstance(chosen, Semantics):
            return structured_statuses(
                source,
                sf,
                chosen,
                extension_limit=extension_limit,
                engine=engine,
                timeout=timeout,
            )
        return structured_strengths(source, sf, chosen, default_weight)
    view = map_view(source, reading)
    if isinstance(chosen, Semantics):
        found = framework_statuses(
            view.framework,
            chosen,
            extension_limit=extension_limit,
            engine=engine,
            timeout=timeout,
        )
        unique = chosen in UNIQUE_STATUS_SEMANTICS
        if not found.extensions and found.complete and not unique:
            dropped = Status.NO_EXTENSION
        else:
            dropped = Status.OUT if unique else Status.REJECTED
        return _extension_result(
            chosen,
            view.reading,
            dict(view.origin),
            {a: found.statuses.get(a, dropped) for a in view.origin},
            found.extensions,
            found.complete,
            view.without_evidence,
        )
    if not 0.0 <= default_weight <= 1.0:
        raise ValueError(f"the default weight must lie in [0, 1], got {default_weight!r}")
    graph = weighted_graph(source, default_weight)
    supports_read = not view.reading.bipolar and chosen not in ATTACK_ONLY
    if view.reading.bipolar:
        evaluated = WeightedBipolarGraph(
            {a: graph.weight(a) for a in view.framework.arguments},
            view.framework.sorted_attacks(),
        )
    elif supports_read:
        evaluated = graph
    else:
        evaluated = WeightedBipolarGraph(graph.weights, graph.sorted_attacks())
    result = strengths(evaluated, chosen)
    origin: dict[str, Origin] = {a: view.origin[a] for a in graph.arguments}
    return Evaluation(
        semantics=chosen,
        reading=view.reading,
        origin=MappingProxyType(origin),
        statuses=MappingProxyType({}),
        extensions=(),
        complete=True,
        strengths=MappingProxyType({a: result.strengths.get(a, 0.0) for a in graph.arguments}),
        base=graph.weights,
        computation=result,
        supports_read=supports_read,
        without_evidence=view.without_evidence,
    )


def _extension_result(
    semantics: Semantics,
    reading: Reading,
    origin: dict[str, Origin],
    statuses: dict[str, Status],
    extensions: tuple[tuple[str, ...], ...],
    complete: bool,
    without_evidence: frozenset[str],
) -> Evaluation:
    return Evaluation(
        semantics=semantics,
        reading=reading,
        origin=MappingProxyType(origin),
        statuses=MappingProxyType(statuses),
        extensions=extensions,
        complete=complete,
        strengths=MappingProxyType({}),
        base=MappingProxyType({}),
        computation=None,
        supports_read=False,
        without_evidence=without_evidence,
    )


def _evaluate_framework(
    af: ArgumentationFramework,
    semantics: AnySemantics,
    reading: Reading | SupportInterpretation | str | None,
    default_weight: float,
    extension_limit: int,
    engine: str,
    timeout: float | None,
) -> Evaluation:
    """A bare framework: its arguments, under the abstract reading only."""
    if reading is not None and parse_reading(reading) is not Reading.ABSTRACT:
        raise ValueError(
            f"an abstract framework has no supports to read as {parse_reading(reading).value}; "
            "only the abstract reading applies to it"
        )
    origin: dict[str, Origin] = dict.fromkeys(af.arguments, "argument")
    if isinstance(semantics, Semantics):
        found = framework_statuses(
            af, semantics, extension_limit=extension_limit, engine=engine, timeout=timeout
        )
        return _extension_result(
            semantics,
            Reading.ABSTRACT,
            origin,
            dict(found.statuses),
            found.extensions,
            found.complete,
            frozenset(),
        )
    if not 0.0 <= default_weight <= 1.0:
        raise ValueError(f"the default weight must lie in [0, 1], got {default_weight!r}")
    graph = WeightedBipolarGraph(dict.fromkeys(af.arguments, default_weight), af.sorted_attacks())
    result = strengths(graph, semantics)
    return Evaluation(
        semantics=semantics,
        reading=Reading.ABSTRACT,
        origin=MappingProxyType(origin),
        statuses=MappingProxyType({}),
        extensions=(),
        complete=True,
        strengths=MappingProxyType(dict(result.strengths)),
        base=graph.weights,
        computation=result,
        supports_read=False,
        without_evidence=frozenset(),
    )
