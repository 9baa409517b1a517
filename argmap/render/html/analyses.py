"""What a report computes besides statuses: explanations, what-if lists, gradual strengths.

Each is written as the page's data (:mod:`argmap.render.html.data`), under the
semantics :func:`explained_semantics` chooses: explanations and what-if lists
cost page size and time, so a large map gets fewer.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from argmap.evaluation import Reading, StatusTable, evaluate
from argmap.explain import WhatIf, explain_map, what_if_map, what_if_maps
from argmap.explain.whatif_text import WHAT_IF_SHOWN
from argmap.frameworks.abstract import FrameworkError
from argmap.frameworks.map_bipolar import weighted_graph
from argmap.gradual.types import GradualError
from argmap.i18n import LANGUAGES
from argmap.model import ArgumentMap
from argmap.render.html.data import ExplanationData, FlipData, GradualData, WhatIfData
from argmap.render.html.steps import proof_steps
from argmap.semantics import Semantics

EXPLAINED_BY_DEFAULT = frozenset({Semantics.GROUNDED, Semantics.PREFERRED})
"""The semantics explained in a report unless asked otherwise (see :func:`explained_semantics`)."""

EXPLANATION_MAP_LIMIT = 300
"""Maps of more statements get explanations under one semantics only, grounded when offered."""

WHAT_IF_MAP_LIMIT = 300
"""Maps of more statements get no what-if lists: each list tries every single edit of
the map, one evaluation per edit, which a large map cannot wait for."""

GRADUAL_SEMANTICS = ("df-quad", "quadratic-energy", "h-categorizer")
"""The gradual semantics whose strengths the report shows (and recomputes in the page)."""

STRENGTH_DECIMALS = 6
"""Strengths are written into the page rounded to this many decimals."""


def explained_semantics(m: ArgumentMap, table: StatusTable) -> tuple[Semantics, ...]:
    """The semantics whose explanations and what-if lists a report of ``m`` embeds by default.

    Those of :data:`EXPLAINED_BY_DEFAULT` that ``table`` offers, and the one the
    page opens with, in the table's order. On maps of more than
    :data:`EXPLANATION_MAP_LIMIT` statements only one: grounded when offered
    (its explanations take about a second for 1,000 statements; those of the
    multiple-extension semantics ten times longer), else the one the page opens
    with. Every offered semantics would make a page several times larger and
    slower to make (the proofs under multiple-extension semantics search for
    extensions; a what-if list evaluates the map once per edit): pass
    ``explained=`` to :func:`report_html` for more.

    Examples
    --------
    >>> from argmap.evaluation import status_table
    >>> m = ArgumentMap(title="t", statements=[{"id": "a", "text": {"en": "A"}}])
    >>> table = status_table(m, ["stable", "grounded", "complete", "preferred"])
    >>> [s.value for s in explained_semantics(m, table)]
    ['stable', 'grounded', 'preferred']
    """
    offered = table.semantics
    chosen = [s for position, s in enumerate(offered) if position == 0 or s in EXPLAINED_BY_DEFAULT]
    if len(m.statements) > EXPLANATION_MAP_LIMIT:
        grounded = Semantics.GROUNDED if Semantics.GROUNDED in chosen else chosen[0]
        chosen = [grounded]
    return tuple(chosen)


def explanation_data(
    m: ArgumentMap, semantics: Semantics, reading: Reading | None = None
) -> dict[str, ExplanationData]:
    """Every statement's explanation under ``semantics``, as the page's data.

    ``{statement id: {"text": {"en": ..., "fr": ...}, "steps": [...]}}``: the
    prose in both languages (:func:`~argmap.explain.explain_map`, without the
    sufficient sets, which cost more than the page can wait for) and the typed
    proof as a tree of steps (:func:`~argmap.render.html.steps.proof_steps`).

    Examples
    --------
    >>> m = ArgumentMap(title="t", statements=[
    ...     {"id": "a", "text": {"en": "A"}}, {"id": "b", "text": {"en": "B"}}],
    ...     attacks=[{"id": "x", "kind": "rebut", "source": "a", "target": "b"}])
    >>> explanation_data(m, Semantics.GROUNDED)["b"]["steps"]  # doctest: +NORMALIZE_WHITESPACE
    [{'kind': 'premise_defeated', 'ids': ['b'], 'children': [{'kind': 'attack_undermine',
      'ids': ['a', 'b'], 'children': [{'kind': 'attacker_accepted', 'ids': ['a']}]}]}]
    """
    result: dict[str, ExplanationData] = {}
    explained = explain_map(m, semantics, "en", reading=reading, sufficiency=False)
    for statement, why in explained.items():
        result[statement] = {
            "text": {language: why.render(language) for language in LANGUAGES},
            "steps": proof_steps(why),
        }
    return result


def what_if_data(
    m: ArgumentMap, semantics: Semantics, reading: Reading | None = None
) -> dict[str, WhatIfData]:
    """Every statement's what-if list under ``semantics``, as the page's data.

    ``{statement id: {"robustness": r, "considered": n, "head": {lang: text},
    "flips": [{"ids": [...], "after": status, "text": {lang: text}}], "more": k}}``:
    the single edits that flip its status (:func:`~argmap.explain.what_if_map`),
    ranked, at most :data:`~argmap.explain.whatif_text.WHAT_IF_SHOWN` of them, each with
    the statements and inference it touches.

    Examples
    --------
    >>> m = ArgumentMap(title="t", statements=[
    ...     {"id": "a", "text": {"en": "A"}}, {"id": "b", "text": {"en": "B"}}],
    ...     attacks=[{"id": "x", "kind": "rebut", "source": "a", "target": "b"}])
    >>> entry = what_if_data(m, Semantics.GROUNDED)["b"]
    >>> entry["robustness"], [f["ids"] for f in entry["flips"]]
    (0.0, [['a', 'b'], ['a', 'b'], ['a']])
    """
    return _what_if_entries(m, what_if_map(m, semantics, reading=reading))


def what_if_page_data(
    m: ArgumentMap, semantics: Sequence[Semantics], reading: Reading | None = None
) -> dict[str, dict[str, WhatIfData]]:
    """:func:`what_if_data` under each of ``semantics``, keyed by semantics name; each
    edited map is evaluated once for all of them (:func:`~argmap.explain.what_if_maps`).
    """
    found = what_if_maps(m, semantics, reading=reading)
    return {s.value: _what_if_entries(m, what) for s, what in found.items()}


def _what_if_entries(m: ArgumentMap, whats: Mapping[str, WhatIf]) -> dict[str, WhatIfData]:
    supports = {s.id for s in m.supports}
    result: dict[str, WhatIfData] = {}
    for statement, what in whats.items():
        texts = {language: what.text(language).split("\n") for language in LANGUAGES}
        shown = what.flips[:WHAT_IF_SHOWN]
        flips: list[FlipData] = []
        for position, flip in enumerate(shown, start=1):
            edit = flip.edit
            ids = [*edit.ends, *([edit.element] if edit.element in supports else [])]
            flips.append(
                {
                    "ids": ids,
                    "after": flip.after.value,
                    "text": {lang: lines[position] for lang, lines in texts.items()},
                }
            )
        result[statement] = {
            "robustness": round(what.robustness, 4),
            "considered": what.considered,
            "head": {lang: lines[0] for lang, lines in texts.items()},
            "flips": flips,
            "more": len(what.flips) - len(shown),
        }
    return result


def gradual_data(m: ArgumentMap) -> GradualData | None:
    """The weighted graph of ``m`` and its strengths under :data:`GRADUAL_SEMANTICS`.

    The page recomputes the strengths from this graph when the reader changes a
    base weight: arguments (claims and inferences, as
    :func:`~argmap.frameworks.map_bipolar.weighted_graph` builds them) with their
    weights, attacks and supports as edges between their positions, and per semantics the
    strengths :func:`~argmap.evaluation.evaluate` gives under the abstract reading
    (the map as it stands, supports aggregated by the semantics; rounded to
    :data:`STRENGTH_DECIMALS` decimals). ``None`` when the map has no weighted
    graph (a statement both supports and attacks the same argument).

    Examples
    --------
    >>> m = ArgumentMap(title="t", statements=[
    ...     {"id": "a", "text": {"en": "A"}}, {"id": "b", "text": {"en": "B"}}],
    ...     attacks=[{"id": "x", "kind": "rebut", "source": "a", "target": "b"}])
    >>> data = gradual_data(m)
    >>> data["arguments"], data["attacks"], data["strengths"]["df-quad"]
    (['a', 'b'], [{'source': 0, 'target': 1}], [0.5, 0.25])
    """
    try:
        graph = weighted_graph(m)
        evaluations = [evaluate(m, name, reading=Reading.ABSTRACT) for name in GRADUAL_SEMANTICS]
    except (FrameworkError, GradualError):
        return None
    arguments = list(graph.arguments)
    index = {a: i for i, a in enumerate(arguments)}
    strengths: dict[str, list[float]] = {}
    converged: dict[str, bool] = {}
    for name, result in zip(GRADUAL_SEMANTICS, evaluations, strict=True):
        strengths[name] = [round(result.strengths[a], STRENGTH_DECIMALS) for a in arguments]
        converged[name] = result.converged
    return {
        "semantics": list(GRADUAL_SEMANTICS),
        "arguments": arguments,
        "weights": [graph.weight(a) for a in arguments],
        "attacks": [{"source": index[s], "target": index[t]} for s, t in graph.sorted_attacks()],
        "supports": [{"source": index[s], "target": index[t]} for s, t in graph.sorted_supports()],
        "strengths": strengths,
        "converged": converged,
    }
