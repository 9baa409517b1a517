"""Attacks and defeats between ASPIC+ arguments.

``A`` attacks ``B`` (Modgil & Prakken 2013, Definition 8) iff it attacks some
sub-argument ``B'`` of ``B`` (``B`` itself included):

* **undermining** on ``B' = [φ]``: ``Conc(A)`` is a contrary of the ordinary premise ``φ``;
* **rebutting** on ``B' = B''1, ..., B''n ⇒ φ``: ``Conc(A)`` is a contrary of ``φ``
  and the top rule of ``B'`` is *defeasible*. A conclusion reached by a strict rule
  is not rebutted there (restricted rebut): the attack falls on the defeasible
  sub-arguments it rests on, or on their premises;
* **undercutting** on ``B'`` whose top rule ``r`` is defeasible: ``Conc(A)`` is a
  contrary of the rule's name ``n(r)``.

So an undercut of a support hits every argument that uses it, as top rule or in a
sub-argument; an attack on a statement that no support concludes undermines every
argument built on it, and one on a concluded statement rebuts every argument whose
last defeasible rule concludes it.

An attack is a **defeat** (Definition 9) when it undercuts, when ``Conc(A)`` is a
*contrary* of its target but not the other way round (contrary-rebut,
contrary-undermine: preferences do not matter), or when ``A ⊀ B'``. Without
preferences every attack is a defeat.

References
----------
.. [1] S. Modgil and H. Prakken, "A general account of argumentation with
   preferences", Artificial Intelligence 195:361-397, 2013.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from argmap.frameworks.structured.arguments import StructuredArgument
from argmap.frameworks.structured.theory import ArgumentationTheory
from argmap.model import AttackKind


@dataclass(frozen=True)
class StructuredAttack:
    """``attacker`` attacks ``attacked`` on its sub-argument ``on``.

    Attributes
    ----------
    attacker, attacked, on : str
        Argument names; ``on`` is ``attacked`` itself or one of its sub-arguments.
    kind : AttackKind
        ``undermine``, ``rebut`` or ``undercut``, as ASPIC+ reads the conflict
        (a map rebut of a premise undermines it).
    relation : str
        The id of the map attack the conflict comes from.
    contrary : bool
        Whether the conflict is one-way (a contrary, or an undercut): preferences
        cannot stop it.
    defeat : bool
        Whether the attack succeeds as a defeat.
    """

    attacker: str
    attacked: str
    on: str
    kind: AttackKind
    relation: str
    contrary: bool
    defeat: bool


Weaker = Callable[[StructuredArgument, StructuredArgument], bool]


def _direct_attacks(
    target: StructuredArgument,
    theory: ArgumentationTheory,
    by_conclusion: dict[str, list[int]],
) -> list[tuple[int, AttackKind, str, bool]]:
    """The attacks on ``target`` itself: (attacker position, kind, map attack, contrary)."""
    found: list[tuple[int, AttackKind, str, bool]] = []
    if target.strict:
        return found
    phi = target.conclusion
    kind = AttackKind.UNDERMINE if target.is_premise else AttackKind.REBUT
    for x in sorted(theory.contraries.get(phi, ())):
        one_way = not theory.contradictory(x, phi)
        relation = theory.relation[x, phi]
        found.extend((a, kind, relation, one_way) for a in by_conclusion.get(x, ()))
    if target.top_rule is not None:
        for x in sorted(theory.undercutters.get(target.top_rule, ())):
            relation = theory.relation[x, target.top_rule]
            found.extend((a, AttackKind.UNDERCUT, relation, True) for a in by_conclusion.get(x, ()))
    return found


def structured_attacks(
    arguments: Sequence[StructuredArgument],
    theory: ArgumentationTheory,
    weaker: Weaker | None = None,
) -> tuple[tuple[StructuredAttack, ...], tuple[frozenset[int], ...]]:
    """Every attack between ``arguments``, and each argument's sub-arguments.

    ``arguments`` come sub-arguments first (as :func:`iter_arguments` builds them).
    ``weaker(A, B)`` says whether ``A ≺ B``; ``None`` means no preferences.

    Returns
    -------
    attacks : tuple of StructuredAttack
        Ordered by attacked argument, then the sub-argument hit (construction
        order), then attacker.
    subarguments : tuple of frozenset of int
        ``Sub(A)`` of each argument, as positions (the argument's own included).
    """
    position = {a.name: i for i, a in enumerate(arguments)}
    by_conclusion: dict[str, list[int]] = {}
    for i, argument in enumerate(arguments):
        by_conclusion.setdefault(argument.conclusion, []).append(i)
    sub: list[frozenset[int]] = []
    hit: list[frozenset[int]] = []  # the sub-arguments attacked directly
    direct: list[list[tuple[int, AttackKind, str, bool, bool]]] = []
    for i, b in enumerate(arguments):
        below = [position[s] for s in b.subarguments]
        sub.append(frozenset({i}).union(*(sub[j] for j in below)))
        hits = []
        for a, kind, relation, one_way in _direct_attacks(b, theory, by_conclusion):
            succeeds = one_way or weaker is None or not weaker(arguments[a], b)
            hits.append((a, kind, relation, one_way, succeeds))
        direct.append(hits)
        own = frozenset({i}) if hits else frozenset()
        hit.append(own.union(*(hit[j] for j in below)))
    attacks: list[StructuredAttack] = []
    for i, b in enumerate(arguments):
        for j in sorted(hit[i]):
            on = arguments[j].name
            for a, kind, relation, one_way, succeeds in direct[j]:
                attacks.append(
                    StructuredAttack(
                        arguments[a].name, b.name, on, kind, relation, one_way, succeeds
                    )
                )
    return tuple(attacks), tuple(sub)
