"""Why an argument is, or is not, in *every* extension of a semantics.

**Accepted sceptically.** The reason given is the strongest one that applies:

* it is in the grounded extension, which every complete, preferred, stable,
  semi-stable, ideal and eager extension contains (Dung 1995; Baroni, Caminada &
  Giacomin 2011) — the reason is then the grounded dispute tree;
* under preferred semantics, it is in the ideal extension, an admissible set
  contained in every preferred extension (Dung, Mancarella & Toni 2007); under
  semi-stable semantics, in the eager extension, contained in every semi-stable
  one (Caminada 2007) — the reason is the defence table inside that set;
* otherwise every extension contains it, checked one by one
  (:attr:`ScepticalAcceptance.extension_count` of them);
* or, for stable semantics only, there is no extension at all and the
  acceptance is vacuous.

**Not accepted sceptically.** The reason is a *counter-extension*: an extension
without the argument, with what keeps it out (a member attacks it, or the
extension does not defend it; :class:`~argmap.explain.admissible.CounterExtension`).

References
----------
.. [1] P. M. Dung, P. Mancarella and F. Toni, "Computing ideal sceptical
   argumentation", Artificial Intelligence 171(10-15):642-674, 2007.
.. [2] M. Caminada, "Comparing two unique extension semantics for formal
   argumentation: ideal and eager", BNAIC 2007, 81-87.
.. [3] P. Baroni, M. Caminada and M. Giacomin, "An introduction to argumentation
   semantics", The Knowledge Engineering Review 26(4):365-410, 2011.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from argmap.evaluation import Status as SemanticStatus
from argmap.evaluation import Verdict
from argmap.explain.admissible import (
    CounterExtension,
    CredulousProof,
    counter_extension,
    credulous_proof,
    extension_with,
)
from argmap.explain.dispute import GroundedExplanation, explain_grounded
from argmap.frameworks.abstract import ArgumentationFramework
from argmap.semantics import (
    Semantics,
    extensions,
    grounded_labelling,
    sceptically_accepted,
    some_extension,
)
from argmap.semantics.statuses import argument_status, framework_statuses

CONTAIN_GROUNDED = frozenset(
    {
        Semantics.GROUNDED,
        Semantics.COMPLETE,
        Semantics.PREFERRED,
        Semantics.STABLE,
        Semantics.SEMI_STABLE,
        Semantics.IDEAL,
        Semantics.EAGER,
    }
)
"""Semantics every extension of which contains the grounded extension."""


class Basis(str, enum.Enum):
    """What makes an argument sceptically accepted."""

    GROUNDED = "grounded"
    """It is in the grounded extension, inside every extension."""
    IDEAL = "ideal"
    """It is in the ideal extension, inside every preferred extension."""
    EAGER = "eager"
    """It is in the eager extension, inside every semi-stable extension."""
    EVERY_EXTENSION = "every_extension"
    """Each extension, checked one by one, contains it."""
    NO_EXTENSION = "no_extension"
    """There is no extension at all (stable semantics): vacuously accepted."""


@dataclass(frozen=True)
class ScepticalAcceptance:
    """Why ``argument`` is in every extension of ``semantics``.

    ``grounded`` holds the dispute tree for :attr:`Basis.GROUNDED`; ``core`` the
    defence table inside the ideal or eager extension for :attr:`Basis.IDEAL` and
    :attr:`Basis.EAGER`; ``extension_count`` the number of extensions checked for
    :attr:`Basis.EVERY_EXTENSION`.
    """

    argument: str
    semantics: Semantics
    basis: Basis
    grounded: GroundedExplanation | None = None
    core: CredulousProof | None = None
    extension_count: int | None = None


@dataclass(frozen=True)
class ScepticalRejection:
    """An extension of ``semantics`` without ``argument`` (``counter``), and why."""

    argument: str
    semantics: Semantics
    counter: CounterExtension


def explain_sceptical(
    af: ArgumentationFramework,
    argument: str,
    semantics: Semantics | str,
    *,
    engine: str = "auto",
) -> ScepticalAcceptance | ScepticalRejection:
    """Why ``argument`` is, or is not, in every extension of ``af`` under ``semantics``.

    See the module docstring for the reasons given.

    Parameters
    ----------
    af : ArgumentationFramework
    argument : str
    semantics : Semantics or str
    engine : {"auto", "python", "sat"}

    Returns
    -------
    ScepticalAcceptance or ScepticalRejection

    Examples
    --------
    >>> from argmap.frameworks import AF
    >>> af = AF(["a", "b", "c", "d"],
    ...         [("a", "b"), ("b", "a"), ("a", "c"), ("b", "c"), ("c", "d")])
    >>> explain_sceptical(af, "d", "preferred").basis.value
    'every_extension'
    >>> rejection = explain_sceptical(af, "a", "preferred")
    >>> sorted(rejection.counter.extension), rejection.counter.witness
    (['b', 'd'], 'b')
    """
    semantics = Semantics.parse(semantics)
    af.index(argument)
    if semantics in (Semantics.IDEAL, Semantics.EAGER):
        unique = _unique_extension(af, semantics, engine)
        if argument in unique:
            proof = credulous_proof(af, argument, semantics, unique)
            basis = Basis.IDEAL if semantics is Semantics.IDEAL else Basis.EAGER
            return ScepticalAcceptance(argument, semantics, basis, core=proof)
        return ScepticalRejection(argument, semantics, counter_extension(af, argument, unique))
    if semantics in CONTAIN_GROUNDED:
        labelling = grounded_labelling(af)
        if argument in labelling.in_:
            grounded = explain_grounded(af, argument, labelling)
            return ScepticalAcceptance(argument, semantics, Basis.GROUNDED, grounded=grounded)
        if semantics in (Semantics.GROUNDED, Semantics.COMPLETE):
            counter = counter_extension(af, argument, labelling.in_)
            return ScepticalRejection(argument, semantics, counter)
    if not sceptically_accepted(af, argument, semantics, engine=engine):
        extension = extension_with(af, argument, semantics, member=False, engine=engine)
        if extension is None:
            raise AssertionError(
                f"{argument!r} is not sceptically accepted under {semantics.value}, "
                "yet every extension contains it"
            )
        return ScepticalRejection(argument, semantics, counter_extension(af, argument, extension))
    if semantics is Semantics.STABLE and some_extension(af, semantics, engine=engine) is None:
        return ScepticalAcceptance(argument, semantics, Basis.NO_EXTENSION)
    if semantics in (Semantics.PREFERRED, Semantics.SEMI_STABLE):
        core_semantics = Semantics.IDEAL if semantics is Semantics.PREFERRED else Semantics.EAGER
        core = _unique_extension(af, core_semantics, engine)
        if argument in core:
            proof = credulous_proof(af, argument, core_semantics, core)
            basis = Basis.IDEAL if semantics is Semantics.PREFERRED else Basis.EAGER
            return ScepticalAcceptance(argument, semantics, basis, core=proof)
    count = sum(1 for _ in extensions(af, semantics, engine=engine))
    return ScepticalAcceptance(argument, semantics, Basis.EVERY_EXTENSION, extension_count=count)


def _unique_extension(
    af: ArgumentationFramework, semantics: Semantics, engine: str
) -> frozenset[str]:
    """The ideal or eager extension (they always exist)."""
    found = some_extension(af, semantics, engine=engine)
    if found is None:
        raise AssertionError(f"{semantics.value} semantics has no extension")
    return found


Status = Verdict
"""The verdict on an argument under a semantics, as the explanations word it: the
:class:`~argmap.semantics.statuses.Verdict` of its status (one vocabulary).

For grounded, ideal and eager semantics (one extension): ``accepted`` (in the
extension), ``rejected`` (attacked by it) or ``undecided`` (neither). For the
others: ``accepted`` (in every extension, and there is one), ``credulous`` (in
some extension, not all) or ``rejected`` (in none — also when there is no
extension at all).
"""


NEVER_SCEPTICAL = frozenset({Semantics.ADMISSIBLE, Semantics.CONFLICT_FREE})
"""Semantics that always have the empty set among their extensions."""


def verdict_of(status: SemanticStatus) -> Status:
    """The verdict the explanations give an argument of semantic status ``status``.

    In and sceptically accepted are *accepted*; out, rejected and no extension
    are *rejected*; undec is *undecided*; credulously accepted is *credulous*.

    Raises
    ------
    ValueError
        For :attr:`~argmap.semantics.statuses.Status.UNKNOWN`: explanations are
        only given for decided arguments.

    Examples
    --------
    >>> verdict_of(SemanticStatus.SCEPTICAL), verdict_of(SemanticStatus.NO_EXTENSION)
    (<Verdict.ACCEPTED: 'accepted'>, <Verdict.REJECTED: 'rejected'>)
    """
    verdict = status.verdict
    if verdict is None:
        raise ValueError(f"no verdict for an argument of status {status.value!r}")
    return verdict


def acceptance_status(
    af: ArgumentationFramework,
    argument: str,
    semantics: Semantics | str,
    *,
    engine: str = "auto",
) -> Status:
    """The :class:`Status` of ``argument`` under ``semantics``.

    The verdict (:func:`verdict_of`) on its
    :func:`~argmap.semantics.statuses.argument_status`.

    Examples
    --------
    >>> from argmap.frameworks import AF
    >>> af = AF(["a", "b", "c"], [("a", "b"), ("b", "a"), ("b", "c")])
    >>> acceptance_status(af, "c", "grounded").value, acceptance_status(af, "c", "preferred").value
    ('undecided', 'credulous')
    """
    return verdict_of(argument_status(af, argument, semantics, engine=engine))


def statuses(
    af: ArgumentationFramework,
    semantics: Semantics | str,
    *,
    engine: str = "auto",
    limit: int = 64,
) -> Mapping[str, Status]:
    """The :class:`Status` of every argument of ``af`` under ``semantics``.

    The verdicts (:func:`verdict_of`) on the statuses of
    :func:`~argmap.semantics.statuses.framework_statuses`: one computation
    serves every argument (the one extension, or the extensions listed), and
    when there are more than ``limit`` extensions each argument left open is
    asked about in turn.

    Examples
    --------
    >>> from argmap.frameworks import AF
    >>> af = AF(["a", "b", "c"], [("a", "b"), ("b", "a"), ("b", "c")])
    >>> {a: s.value for a, s in statuses(af, "stable").items()}
    {'a': 'credulous', 'b': 'credulous', 'c': 'credulous'}
    """
    found = framework_statuses(af, semantics, extension_limit=limit, engine=engine)
    return MappingProxyType({a: verdict_of(s) for a, s in found.statuses.items()})
