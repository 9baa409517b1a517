"""Sufficient and necessary explanations, in the style of Borg & Bex (2021).

Borg and Bex ask, of an explanation, which arguments *suffice* for a conclusion
and which are *necessary* for it. On an abstract framework, with an argument
``a`` and a semantics σ among admissible, complete, preferred, stable and
grounded, argmap reads their notions as follows.

**Acceptance.** The candidates are the arguments that (directly or indirectly)
*defend* ``a``: those with an attack path of even length ≥ 2 to ``a`` (``a``
itself among them when it is on such a path). A set ``S`` of candidates is
*sufficient* for the acceptance of ``a`` when

* ``S ∪ {a}`` is conflict-free and ``S`` defends ``a`` and each of its own
  members (``S`` is admissible and defends ``a``), so every complete — hence
  every preferred, stable and grounded — extension that contains ``S`` also
  contains ``a``;
* and ``S ∪ {a}`` fits the semantics: inside the grounded extension for
  grounded semantics, inside some stable extension for stable semantics.

The *minimal* sufficient sets are the ⊆-minimal ones; an argument is
*necessary* when every sufficient set contains it (equivalently, every minimal
one). The empty set is sufficient exactly when ``a`` is unattacked.

**Non-acceptance.** The candidates are the arguments that (directly or
indirectly) attack ``a``: those with an attack path of odd length to ``a``. A set
``S`` of candidates is *sufficient* for the non-acceptance of ``a`` when ``S`` is
admissible, attacks ``a`` directly, and fits the semantics as above: every
extension containing ``S`` then rejects ``a``. Necessity is as for acceptance.
An argument that is rejected only because it is undecided (in an attack cycle)
has no sufficient set in this sense: no accepted argument attacks it.

**Limit.** The minimal sets are found by trying candidate subsets in increasing
size, which is exponential: it is done when there are at most
:data:`MAX_CANDIDATES` candidates, otherwise :class:`ExplanationTooLargeError` is
raised. Argument maps of real debates are far below the limit (each argument has
a handful of defenders); large random frameworks are not.

References
----------
.. [1] A. Borg and F. Bex, "Necessary and sufficient explanations for
   argumentative conclusions", ECSQARU 2021, LNCS 12897, 45-58.
.. [2] A. Borg and F. Bex, "Minimality, necessity and sufficiency for
   argumentation and explanation", International Journal of Approximate
   Reasoning 168:109143, 2024.
"""

from __future__ import annotations

import itertools
from collections import deque
from dataclasses import dataclass

from argmap.frameworks.abstract import ArgumentationFramework
from argmap.semantics import (
    Semantics,
    credulously_accepted,
    grounded_extension,
    some_extension,
)

MAX_CANDIDATES = 14
"""At most this many candidate arguments are searched for minimal sufficient sets
(``2**14`` subsets)."""

SUPPORTED = frozenset(
    {
        Semantics.ADMISSIBLE,
        Semantics.COMPLETE,
        Semantics.PREFERRED,
        Semantics.STABLE,
        Semantics.GROUNDED,
    }
)
"""The semantics these explanations are defined for."""


class ExplanationTooLargeError(ValueError):
    """Too many candidate arguments to search for minimal sufficient sets exactly."""


@dataclass(frozen=True)
class Sufficiency:
    """The minimal sufficient sets and the necessary arguments for a conclusion.

    ``accepted`` says which conclusion is explained: the acceptance of
    ``argument`` (true) or its non-acceptance (false). ``minimal`` lists the
    ⊆-minimal sufficient sets, smallest first (each as a tuple in framework
    order); ``necessary`` the arguments every sufficient set contains
    (``()`` when there is no sufficient set at all).
    """

    argument: str
    semantics: Semantics
    accepted: bool
    minimal: tuple[tuple[str, ...], ...]
    necessary: tuple[str, ...]


def sufficient_explanations(
    af: ArgumentationFramework,
    argument: str,
    semantics: Semantics | str,
    *,
    accepted: bool | None = None,
    engine: str = "auto",
) -> Sufficiency:
    """The minimal sufficient sets and necessary arguments for ``argument``'s (non-)acceptance.

    See the module docstring for the definitions.

    Parameters
    ----------
    af : ArgumentationFramework
    argument : str
    semantics : Semantics or str
        Admissible, complete, preferred, stable or grounded.
    accepted : bool, optional
        Explain acceptance (``True``) or non-acceptance (``False``); default:
        whichever holds (credulous acceptance; membership of the grounded
        extension for grounded).
    engine : {"auto", "python", "sat"}
        For the acceptance question and the stable-extension checks.

    Returns
    -------
    Sufficiency

    Raises
    ------
    ExplanationTooLargeError
        When there are more than :data:`MAX_CANDIDATES` candidates.
    ValueError
        For a semantics outside :data:`SUPPORTED`.

    Examples
    --------
    >>> from argmap.frameworks import AF
    >>> af = AF(["a", "b", "c", "d"], [("b", "a"), ("c", "b"), ("d", "b")])
    >>> why = sufficient_explanations(af, "a", "grounded")
    >>> why.minimal, why.necessary
    ((('c',), ('d',)), ())
    >>> why_not = sufficient_explanations(af, "b", "grounded")
    >>> why_not.accepted, why_not.minimal
    (False, (('c',), ('d',)))

    References
    ----------
    .. [1] A. Borg and F. Bex, "Necessary and sufficient explanations for
       argumentative conclusions", ECSQARU 2021, LNCS 12897, 45-58.
    """
    semantics = Semantics.parse(semantics)
    if semantics not in SUPPORTED:
        known = ", ".join(sorted(s.value for s in SUPPORTED))
        raise ValueError(
            f"sufficient and necessary explanations are defined for {known}; "
            f"not for {semantics.value}"
        )
    af.index(argument)
    grounded = grounded_extension(af) if semantics is Semantics.GROUNDED else None
    if accepted is None:
        if grounded is not None:
            accepted = argument in grounded
        else:
            accepted = credulously_accepted(af, argument, semantics, engine=engine)
    odd, even = _attack_distances(af, argument)
    candidates = sorted(even if accepted else odd, key=af.index)
    if len(candidates) > MAX_CANDIDATES:
        raise ExplanationTooLargeError(
            f"{argument!r} has {len(candidates)} candidate arguments; sufficient sets are "
            f"searched exactly only up to {MAX_CANDIDATES}"
        )
    fits = _Fits(af, argument, semantics, accepted, grounded, engine)
    minimal: list[frozenset[str]] = []
    for size in range(len(candidates) + 1):
        for subset in itertools.combinations(candidates, size):
            chosen = frozenset(subset)
            if any(found <= chosen for found in minimal):
                continue
            if fits(chosen):
                minimal.append(chosen)
    order = af.index
    listed = tuple(tuple(sorted(s, key=order)) for s in minimal)
    necessary: tuple[str, ...] = ()
    if minimal:
        necessary = tuple(sorted(frozenset.intersection(*minimal), key=order))
    return Sufficiency(argument, semantics, accepted, listed, necessary)


class _Fits:
    """Whether a candidate set is sufficient (see the module docstring)."""

    def __init__(
        self,
        af: ArgumentationFramework,
        argument: str,
        semantics: Semantics,
        accepted: bool,
        grounded: frozenset[str] | None,
        engine: str,
    ) -> None:
        self.af = af
        self.argument = argument
        self.semantics = semantics
        self.accepted = accepted
        self.grounded = grounded
        self.engine = engine

    def __call__(self, chosen: frozenset[str]) -> bool:
        af, argument = self.af, self.argument
        if not _admissible(af, chosen):
            return False
        if self.accepted:
            together = chosen | {argument}
            if not _conflict_free(af, together) or not _defends(af, chosen, argument):
                return False
        else:
            if not any(af.attacks_between(s, argument) for s in chosen):
                return False
            together = chosen
        if self.grounded is not None:
            return together <= self.grounded
        if self.semantics is Semantics.STABLE:
            return _in_some_stable(af, together, self.engine)
        return True


def _attack_distances(
    af: ArgumentationFramework, argument: str
) -> tuple[frozenset[str], frozenset[str]]:
    """The arguments with an attack path of odd length, and of even length ≥ 2, to ``argument``."""
    seen: set[tuple[str, int]] = set()
    queue = deque([(argument, 0)])
    while queue:
        x, parity = queue.popleft()
        for b in af.attackers(x):
            state = (b, 1 - parity)
            if state not in seen:
                seen.add(state)
                queue.append(state)
    odd = frozenset(x for x, parity in seen if parity == 1)
    even = frozenset(x for x, parity in seen if parity == 0)
    return odd, even


def _conflict_free(af: ArgumentationFramework, chosen: frozenset[str]) -> bool:
    return not any(t in chosen for s in chosen for t in af.targets(s))


def _defends(af: ArgumentationFramework, chosen: frozenset[str], argument: str) -> bool:
    attacked = {t for s in chosen for t in af.targets(s)}
    return all(b in attacked for b in af.attackers(argument))


def _admissible(af: ArgumentationFramework, chosen: frozenset[str]) -> bool:
    return _conflict_free(af, chosen) and all(_defends(af, chosen, s) for s in chosen)


def _in_some_stable(af: ArgumentationFramework, chosen: frozenset[str], engine: str) -> bool:
    """Whether some stable extension contains ``chosen``.

    Each member ``s`` gets a fresh self-attacking guard that only ``s`` attacks:
    a stable extension must attack every guard, so the stable extensions of the
    guarded framework are exactly those of ``af`` that contain ``chosen``.
    """
    members = sorted(chosen, key=af.index)
    guards: list[str] = []
    for position in range(len(members)):
        name = f"guard {position}"
        while name in af:
            name += "'"
        guards.append(name)
    guarded = ArgumentationFramework(
        [*af.arguments, *guards],
        [
            *af.sorted_attacks(),
            *((g, g) for g in guards),
            *zip(members, guards, strict=True),
        ],
    )
    return some_extension(guarded, Semantics.STABLE, engine=engine) is not None
