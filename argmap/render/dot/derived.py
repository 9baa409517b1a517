"""Attacks a bipolar reading of support derives on a map, and how diagrams draw them.

Under a bipolar reading (Cayrol & Lagasquie-Schiex 2013) supports add attacks
the map does not state: supported, secondary, mediated, ... attacks. A diagram
draws those the map does not already state, dotted in grey-purple with an open
dot before the tee, and says why in their tooltips.

References
----------
.. [1] C. Cayrol, M.-C. Lagasquie-Schiex, "Bipolarity in argumentation graphs:
   Towards a better understanding", IJAR 54(7):876-899, 2013.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from argmap.evaluation import Reading, parse_reading
from argmap.frameworks.bipolar import DerivedAttack
from argmap.frameworks.map_bipolar import bipolar_framework
from argmap.model import ArgumentMap, StatementKind
from argmap.render.dot.escape import escape_tooltip
from argmap.render.dot.style import DERIVED_COLOUR, NodeNames
from argmap.render.dot.syntax import attributes, quoted


def map_derived_attacks(m: ArgumentMap, reading: Reading | str) -> tuple[DerivedAttack, ...]:
    """The attacks a bipolar ``reading`` derives on ``m`` that the map does not state.

    The map's bipolar framework (:func:`~argmap.frameworks.map_bipolar.bipolar_framework`:
    claims and inferences are arguments, named by their ids) is flattened with
    the reading's default flattening; every attack it adds to the direct ones
    (supported, secondary, mediated, ... attacks, Cayrol & Lagasquie-Schiex 2013)
    is listed once with a shortest reason, ordered by (source, target, kind).

    Raises
    ------
    ValueError
        For an unknown reading, or one that is not bipolar (it derives no attack).

    Examples
    --------
    ``u`` undermines ``p``, the premise of inference ``s`` for ``c``. Under the
    deductive reading accepting ``s`` commits to ``p``, so ``u`` attacks ``s``
    (a mediated attack); under the necessary reading ``s`` and ``c`` need ``p``:

    >>> m = ArgumentMap(title="t", statements=[
    ...     {"id": "c", "text": {"en": "C"}}, {"id": "p", "text": {"en": "P"}},
    ...     {"id": "u", "text": {"en": "U"}}],
    ...     supports=[{"id": "s", "premises": ["p"], "conclusion": "c"}],
    ...     attacks=[{"id": "x", "kind": "undermine", "source": "u", "target": "p"}])
    >>> [d.describe() for d in map_derived_attacks(m, "deductive")]
    ['mediated attack u → s: s ⇒ p ; u → p']
    >>> [(d.source, d.target) for d in map_derived_attacks(m, "necessary")]
    [('u', 'c'), ('u', 's')]

    References
    ----------
    .. [1] C. Cayrol, M.-C. Lagasquie-Schiex, "Bipolarity in argumentation graphs:
       Towards a better understanding", IJAR 54(7):876-899, 2013.
    """
    chosen = parse_reading(reading)
    if chosen.support is None:
        raise ValueError(
            f"the {chosen.value} reading derives no attack from supports; "
            "choose a bipolar reading (deductive, necessary, evidential or general)"
        )
    framework = bipolar_framework(m, chosen.support).framework
    return not_in_map(m, framework.derived_attacks())


def not_in_map(m: ArgumentMap, derived: Iterable[DerivedAttack]) -> tuple[DerivedAttack, ...]:
    """The ``derived`` attacks between two arguments the map does not already attack
    between, ordered by (source, target, kind): what a diagram draws."""
    direct = {(a.source, a.target) for a in m.attacks}
    return tuple(
        sorted(
            (d for d in derived if (d.source, d.target) not in direct),
            key=lambda d: (d.source, d.target, d.kind.value),
        )
    )


def derived_edges(
    m: ArgumentMap, derived: Sequence[DerivedAttack], names: NodeNames, *, tooltips: bool = True
) -> list[str]:
    """DOT lines of the ``derived`` attacks of ``m``: dotted grey-purple edges that do not
    move the layout, each with its reason as tooltip.

    Raises
    ------
    ValueError
        For an attack naming an argument that is not a claim or an inference of ``m``.
    """
    inferences = {s.id for s in m.supports}
    claims = {s.id for s in m.statements if s.kind is not StatementKind.ISSUE}

    def node(argument: str) -> str:
        if argument in inferences:
            return names.inference(argument)
        if argument in claims:
            return names.statement(argument)
        raise ValueError(
            f"derived attack names {argument!r}, which is not a claim or an inference "
            "of this map; derive the attacks from this map (map_derived_attacks)"
        )

    lines = []
    for position, attack in enumerate(derived):
        tail, head = node(attack.source), node(attack.target)
        lines.append(
            f"{quoted(tail)} -> {quoted(head)} "
            + attributes(
                {
                    "id": quoted(f"{names.prefix}der-{position}"),
                    "class": quoted(f"derived-attack {attack.kind.value}"),
                    "color": quoted(DERIVED_COLOUR),
                    "style": "dotted",
                    "arrowhead": "teeodot",
                    "penwidth": "1.3",
                    "constraint": "false",
                    **({"tooltip": escape_tooltip(attack.describe())} if tooltips else {}),
                }
            )
            + ";"
        )
    return lines
