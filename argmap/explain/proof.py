"""The typed proof of a verdict: an :class:`~argmap.explain.Explanation` less its text."""

from __future__ import annotations

from dataclasses import dataclass, field

from argmap.explain.admissible import CredulousProof, CredulousRejection
from argmap.explain.dispute import GroundedExplanation
from argmap.explain.names import Vocabulary
from argmap.explain.sceptical import ScepticalAcceptance, ScepticalRejection, Status
from argmap.explain.structured import Carrier
from argmap.explain.sufficient import Sufficiency
from argmap.semantics import Semantics


@dataclass(frozen=True)
class Proof:
    """Why ``argument`` has ``status`` under ``semantics``: the typed proof.

    Which proofs are filled in depends on the semantics:

    * grounded — ``grounded`` (dispute tree, or the cycles behind UNDEC);
    * ideal, eager — ``acceptance`` (the defence table inside the extension) or
      ``sceptical`` (a :class:`ScepticalRejection`: what the extension does to it);
    * the others — ``acceptance`` (a set containing it, with its defence table)
      or ``rejection`` (why no extension contains it); when accepted,
      ``sceptical`` (why every extension contains it, or a counter-extension).

    ``sufficiency`` holds the minimal sufficient sets and necessary arguments
    when they were computed (small frameworks; see :mod:`argmap.explain.sufficient`).
    ``vocabulary`` names the arguments in prose.

    Under the structured reading of a map, ``argument`` is a claim or an
    inference of the map and the proof is ``carriers`` alone: the walk over the
    ASPIC+ arguments for it, with what attacks each and how that ends
    (:mod:`argmap.explain.structured`).
    """

    argument: str
    semantics: Semantics
    status: Status
    vocabulary: Vocabulary = field(repr=False, compare=False)
    language: str = "en"
    grounded: GroundedExplanation | None = None
    acceptance: CredulousProof | None = None
    rejection: CredulousRejection | None = None
    sceptical: ScepticalAcceptance | ScepticalRejection | None = None
    sufficiency: Sufficiency | None = None
    carriers: tuple[Carrier, ...] | None = None


__all__ = ["Proof"]
