"""Why an argument can be accepted under a semantics, or why it cannot.

**Why (credulous acceptance).** Under admissible, complete and preferred
semantics an argument is credulously accepted iff some *admissible* set contains
it (every admissible set extends to a complete and to a preferred extension;
Dung 1995). The proof shown is a small admissible set around the argument — its
*defence set* — with a :class:`DefenceStep` for every attack on a member: which
member answers which attacker (Fan & Toni 2015 call such a proof an admissible
dispute tree; here it is flattened into a defence table). It is cut out of an
extension of the semantics found by a targeted search, so it is also part of a
genuine extension (:attr:`CredulousProof.extension`): a stable extension for
stable semantics, a preferred one for preferred, a complete one for complete.

**Why not (credulous rejection).** When no admissible set contains the
argument, the proof of that is the opponent's winning strategy in the
*admissibility game* (a credulous dialogue game in the style of Vreeswijk &
Prakken 2000 and Modgil & Caminada 2009): the proponent starts with the
argument; the opponent plays an attacker of any proponent argument that the
proponent's arguments do not already attack; the proponent answers with an
attacker of that attacker that is compatible with (neither attacks nor is
attacked by) the proponent's arguments and does not attack itself; whoever
cannot move loses. The proponent wins exactly when their arguments end up
admissible, so an opponent strategy that wins against *every* proponent answer
(:class:`Refutation`) shows that no admissible set contains the argument. Its
leaves are the concrete dead ends: an attacker whose own attackers all attack
themselves or conflict with what the proponent already holds.

Stable semantics can also reject an argument that some admissible set contains:
then every stable extension attacks it, and the explanation lists them
(:class:`ExcludedEverywhere`), or there is no stable extension at all
(:class:`NoExtension`). The other semantics (semi-stable, stage, naive, cf2,
stage2, conflict-free) are explained by the extensions themselves: one that
contains the argument, or the list of extensions with what keeps it out of
each.

References
----------
.. [1] P. M. Dung, "On the acceptability of arguments and its fundamental role in
   nonmonotonic reasoning, logic programming and n-person games", Artificial
   Intelligence 77(2):321-357, 1995.
.. [2] G. Vreeswijk and H. Prakken, "Credulous and sceptical argument games for
   preferred semantics", JELIA 2000, LNCS 1919, 239-253.
.. [3] S. Modgil and M. Caminada, "Proof theories and algorithms for abstract
   argumentation frameworks", in Argumentation in Artificial Intelligence,
   Springer, 105-129, 2009.
.. [4] X. Fan and F. Toni, "On computing explanations in argumentation",
   AAAI 2015, 1496-1502.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable

from argmap.explain.admissibility_game import (
    REFUTATION_BUDGET,
    RefutationTooLargeError,
    refutation,
)
from argmap.explain.admissible_proofs import (
    EXTENSIONS_SHOWN,
    Blocked,
    Conflict,
    CounterExtension,
    CredulousProof,
    CredulousRejection,
    DefenceStep,
    ExcludedEverywhere,
    Exclusion,
    NoExtension,
    Refutation,
    SelfAttack,
    TooLargeToShow,
)
from argmap.frameworks.abstract import ArgumentationFramework
from argmap.semantics import (
    Semantics,
    credulously_accepted,
    enumerate_extensions,
    extensions,
    grounded_extension,
    some_extension,
)
from argmap.semantics.adjacency import Adjacency
from argmap.semantics.grounded import grounded_domains
from argmap.semantics.labelling_search import (
    IN,
    Family,
    Measure,
    first_labelling,
    in_set,
    maximal_labellings,
)

ADMISSIBLE_BASED = frozenset(
    {
        Semantics.ADMISSIBLE,
        Semantics.COMPLETE,
        Semantics.PREFERRED,
        Semantics.STABLE,
        Semantics.SEMI_STABLE,
        Semantics.GROUNDED,
        Semantics.IDEAL,
        Semantics.EAGER,
    }
)
"""Semantics whose extensions are admissible sets: a defence table applies to them."""

CREDULOUS_IS_ADMISSIBLE = frozenset({Semantics.ADMISSIBLE, Semantics.COMPLETE, Semantics.PREFERRED})
"""Semantics under which credulous acceptance means "in some admissible set"."""


def explain_credulous(
    af: ArgumentationFramework,
    argument: str,
    semantics: Semantics | str,
    *,
    engine: str = "auto",
) -> CredulousProof | CredulousRejection:
    """Why ``argument`` is, or is not, in some extension of ``af`` under ``semantics``.

    Parameters
    ----------
    af : ArgumentationFramework
    argument : str
    semantics : Semantics or str
    engine : {"auto", "python", "sat"}
        Passed to the semantics API for the acceptance question and any
        enumeration.

    Returns
    -------
    CredulousProof
        When it is credulously accepted: an extension containing it and (for
        admissible-based semantics) a defence set with its defence table.
    SelfAttack, Refutation, NoExtension, ExcludedEverywhere or TooLargeToShow
        When it is not (see the module docstring).

    Examples
    --------
    >>> from argmap.frameworks import AF
    >>> af = AF(["a", "b", "c", "d"], [("a", "b"), ("b", "a"), ("b", "c"), ("d", "d")])
    >>> proof = explain_credulous(af, "c", "preferred")
    >>> proof.defence_set
    ('c', 'a')
    >>> [(s.attacker, s.defended, s.defender) for s in proof.steps]
    [('b', 'c', 'a'), ('b', 'a', 'a')]
    >>> explain_credulous(af, "d", "preferred")
    SelfAttack(argument='d')
    >>> chain = AF(["x", "y", "z"], [("x", "y"), ("y", "z")])
    >>> refutation = explain_credulous(chain, "y", "admissible")
    >>> [(m.player.value, m.argument) for m in refutation.root.walk()]
    [('proponent', 'y'), ('opponent', 'x')]

    References
    ----------
    .. [1] X. Fan and F. Toni, "On computing explanations in argumentation",
       AAAI 2015, 1496-1502.
    """
    semantics = Semantics.parse(semantics)
    af.index(argument)
    if semantics is Semantics.GROUNDED:
        accepted = argument in grounded_extension(af)
    else:
        accepted = credulously_accepted(af, argument, semantics, engine=engine)
    if accepted:
        extension = _extension_containing(af, argument, semantics, engine)
        return credulous_proof(af, argument, semantics, extension)
    return _rejection(af, argument, semantics, engine)


def credulous_proof(
    af: ArgumentationFramework,
    argument: str,
    semantics: Semantics | str,
    extension: Iterable[str],
) -> CredulousProof:
    """The proof that ``argument`` is accepted, cut out of ``extension`` (which contains it).

    For an admissible-based semantics the defence set is grown from the
    argument: each attacker of a member is answered by a member of
    ``extension`` that attacks it — preferring one already in the set, then one
    with fewer attackers — until every member is defended. The result is an
    admissible subset of ``extension``.

    Examples
    --------
    >>> from argmap.frameworks import AF
    >>> af = AF(["a", "b", "c"], [("a", "b"), ("b", "c")])
    >>> credulous_proof(af, "c", "grounded", {"a", "c"}).defence_set
    ('c', 'a')
    """
    semantics = Semantics.parse(semantics)
    chosen = frozenset(extension)
    if argument not in chosen:
        raise ValueError(f"{argument!r} is not in the extension given; nothing to prove")
    if semantics not in ADMISSIBLE_BASED:
        return CredulousProof(argument, semantics, chosen, None, ())
    members, steps = defence_set(af, argument, chosen)
    return CredulousProof(argument, semantics, chosen, members, steps)


def defence_set(
    af: ArgumentationFramework, argument: str, admissible: frozenset[str]
) -> tuple[tuple[str, ...], tuple[DefenceStep, ...]]:
    """A small admissible subset of ``admissible`` holding ``argument``, with its defence table.

    ``admissible`` must be an admissible set containing ``argument``; the
    result is the members reached from ``argument`` by "who defends whom",
    breadth first, and one :class:`DefenceStep` per attack on a member.

    Raises
    ------
    ValueError
        When ``admissible`` does not defend one of the members reached.

    Examples
    --------
    >>> from argmap.frameworks import AF
    >>> af = AF(["a", "b", "c", "d"], [("b", "a"), ("c", "b"), ("d", "d")])
    >>> members, steps = defence_set(af, "a", frozenset({"a", "c"}))
    >>> members, [(s.attacker, s.defender) for s in steps]
    (('a', 'c'), [('b', 'c')])
    """
    order = af.index
    members = [argument]
    inside = {argument}
    steps: list[DefenceStep] = []
    queue = deque([argument])
    while queue:
        x = queue.popleft()
        for attacker in sorted(af.attackers(x), key=order):
            defenders = [c for c in af.attackers(attacker) if c in admissible]
            if not defenders:
                raise ValueError(
                    f"the set given does not defend {x!r} against {attacker!r}; "
                    "it is not admissible"
                )
            defender = min(
                defenders, key=lambda c: (c not in inside, len(af.attackers(c)), order(c))
            )
            steps.append(DefenceStep(attacker, x, defender))
            if defender not in inside:
                inside.add(defender)
                members.append(defender)
                queue.append(defender)
    return tuple(members), tuple(steps)


def _rejection(
    af: ArgumentationFramework, argument: str, semantics: Semantics, engine: str
) -> CredulousRejection:
    if af.attacks_between(argument, argument):
        return SelfAttack(argument)
    if semantics is Semantics.STABLE and some_extension(af, semantics, engine=engine) is None:
        return NoExtension(semantics)
    if semantics in CREDULOUS_IS_ADMISSIBLE or semantics is Semantics.STABLE:
        if semantics is Semantics.STABLE and credulously_accepted(
            af, argument, Semantics.ADMISSIBLE, engine=engine
        ):
            admissible = credulous_proof(
                af,
                argument,
                Semantics.ADMISSIBLE,
                _extension_containing(af, argument, Semantics.ADMISSIBLE, engine),
            )
            return _excluded_everywhere(af, argument, semantics, engine, admissible)
        try:
            found = refutation(af, argument)
        except RefutationTooLargeError:
            attackers = tuple(sorted(af.attackers(argument), key=af.index))
            return TooLargeToShow(argument, semantics, attackers)
        if found is None:
            raise AssertionError(
                f"{argument!r} is in an admissible set, yet was not accepted under "
                f"{semantics.value}"
            )
        return found
    return _excluded_everywhere(af, argument, semantics, engine, None)


def _excluded_everywhere(
    af: ArgumentationFramework,
    argument: str,
    semantics: Semantics,
    engine: str,
    admissible: CredulousProof | None,
) -> ExcludedEverywhere:
    found = enumerate_extensions(af, semantics, engine=engine, limit=EXTENSIONS_SHOWN)
    counters = tuple(counter_extension(af, argument, e) for e in found.extensions)
    return ExcludedEverywhere(argument, semantics, counters, found.complete, admissible)


def counter_extension(
    af: ArgumentationFramework, argument: str, extension: Iterable[str]
) -> CounterExtension:
    """Why ``extension`` (which must not contain ``argument``) leaves it out.

    In order: a member attacks it; it attacks itself; it attacks a member; an
    attacker of it that no member attacks (the extension does not defend it).

    Examples
    --------
    >>> from argmap.frameworks import AF
    >>> af = AF(["a", "b"], [("a", "b"), ("b", "a")])
    >>> counter_extension(af, "a", {"b"}).exclusion.value
    'attacked'
    """
    chosen = frozenset(extension)
    if argument in chosen:
        raise ValueError(f"{argument!r} is in the extension given; it does not leave it out")
    order = af.index
    members_attacking = sorted((b for b in af.attackers(argument) if b in chosen), key=order)
    if members_attacking:
        return CounterExtension(argument, chosen, Exclusion.ATTACKED, members_attacking[0])
    if af.attacks_between(argument, argument):
        return CounterExtension(argument, chosen, Exclusion.SELF_ATTACK, argument)
    members_attacked = sorted((b for b in af.targets(argument) if b in chosen), key=order)
    if members_attacked:
        return CounterExtension(argument, chosen, Exclusion.ATTACKS_MEMBER, members_attacked[0])
    attacked = {t for s in chosen for t in af.targets(s)}
    undefended = sorted((b for b in af.attackers(argument) if b not in attacked), key=order)
    if undefended:
        return CounterExtension(argument, chosen, Exclusion.UNDEFENDED, undefended[0])
    raise ValueError(
        f"the extension given defends {argument!r} and does not conflict with it, "
        "so it is not an extension of a semantics that leaves it out"
    )


def extension_with(
    af: ArgumentationFramework,
    argument: str,
    semantics: Semantics | str,
    *,
    member: bool,
    engine: str = "auto",
) -> frozenset[str] | None:
    """An extension of ``semantics`` that contains (``member=True``) or excludes ``argument``.

    ``None`` when there is none. Admissible, complete, preferred and stable use
    a targeted labelling search with the argument's label fixed; the others
    enumerate the extensions (through the semantics API) until one fits.

    Examples
    --------
    >>> from argmap.frameworks import AF
    >>> af = AF(["a", "b"], [("a", "b"), ("b", "a")])
    >>> sorted(extension_with(af, "a", "stable", member=False))
    ['b']
    >>> extension_with(af, "a", "grounded", member=True) is None
    True
    """
    semantics = Semantics.parse(semantics)
    if member and semantics in (*CREDULOUS_IS_ADMISSIBLE, Semantics.STABLE):
        if semantics is not Semantics.STABLE and af.attacks_between(argument, argument):
            return None
        try:
            return _extension_containing(af, argument, semantics, engine)
        except LookupError:
            return None
    if not member and semantics is Semantics.STABLE:
        return _labelled(af, Family.STABLE, argument, IN, keep=False)
    if not member and semantics is Semantics.COMPLETE:
        grounded = grounded_extension(af)
        return None if argument in grounded else grounded
    if not member and semantics is Semantics.ADMISSIBLE:
        return frozenset()
    for extension in extensions(af, semantics, engine=engine):
        if (argument in extension) == member:
            return extension
    return None


def _extension_containing(
    af: ArgumentationFramework, argument: str, semantics: Semantics, engine: str
) -> frozenset[str]:
    """An extension of ``semantics`` containing ``argument``, which must be credulously accepted."""
    if semantics is Semantics.GROUNDED:
        return grounded_extension(af)
    if semantics is Semantics.STABLE:
        found = _labelled(af, Family.STABLE, argument, IN, keep=True)
    elif semantics is Semantics.PREFERRED:
        adjacency = Adjacency.of(af)
        domains = grounded_domains(adjacency)
        domains[af.index(argument)] &= IN
        labels = next(
            maximal_labellings(adjacency, Family.COMPLETE, Measure.IN, domains=domains), None
        )
        found = None if labels is None else frozenset(af.arguments[i] for i in in_set(labels))
    elif semantics in CREDULOUS_IS_ADMISSIBLE:
        found = _labelled(af, Family.COMPLETE, argument, IN, keep=True)
    else:
        found = next((e for e in extensions(af, semantics, engine=engine) if argument in e), None)
    if found is None:
        raise LookupError(f"no {semantics.value} extension contains {argument!r}")
    return found


def _labelled(
    af: ArgumentationFramework, family: Family, argument: str, label: int, *, keep: bool
) -> frozenset[str] | None:
    """The IN set of a labelling of ``family`` with ``argument``'s label (not) ``label``."""
    adjacency = Adjacency.of(af)
    domains = grounded_domains(adjacency)
    position = af.index(argument)
    domains[position] &= label if keep else ~label
    if not domains[position]:
        return None
    labels = first_labelling(adjacency, family, domains=domains)
    return None if labels is None else frozenset(af.arguments[i] for i in in_set(labels))


__all__ = [
    "ADMISSIBLE_BASED",
    "CREDULOUS_IS_ADMISSIBLE",
    "EXTENSIONS_SHOWN",
    "REFUTATION_BUDGET",
    "Blocked",
    "Conflict",
    "CounterExtension",
    "CredulousProof",
    "CredulousRejection",
    "DefenceStep",
    "ExcludedEverywhere",
    "Exclusion",
    "NoExtension",
    "Refutation",
    "RefutationTooLargeError",
    "SelfAttack",
    "TooLargeToShow",
    "counter_extension",
    "credulous_proof",
    "defence_set",
    "explain_credulous",
    "extension_with",
    "refutation",
]
