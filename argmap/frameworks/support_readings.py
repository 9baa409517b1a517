"""The readings of support and the flattenings they use.

What a support ``a ⇒ b`` means (:class:`SupportInterpretation`) decides which
complex attacks (:mod:`argmap.frameworks.complex_attacks`) a flattening
(:class:`Flattening`) adds to the direct attacks; see the table in
:mod:`argmap.frameworks.bipolar`.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from types import MappingProxyType

from argmap.frameworks.complex_attacks import ComplexAttack


class SupportInterpretation(str, enum.Enum):
    """What a support ``a ⇒ b`` means; each reading has a default flattening."""

    GENERAL = "general"
    """Abstract support of Cayrol & Lagasquie-Schiex 2005."""
    DEDUCTIVE = "deductive"
    """Accepting ``a`` forces accepting ``b``."""
    NECESSARY = "necessary"
    """``b`` can be accepted only if ``a`` is."""
    EVIDENTIAL = "evidential"
    """``a`` is evidence for ``b``; evidence must start at a prima-facie argument."""

    @property
    def flattening(self) -> Flattening:
        """The flattening this reading uses by default."""
        return _DEFAULT_FLATTENING[self]


class Flattening(str, enum.Enum):
    """The ways of turning a bipolar framework into a Dung framework."""

    CLS2005_GENERAL = "cls2005_general"
    DEDUCTIVE = "deductive"
    DEDUCTIVE_MEDIATED_ONLY = "deductive_mediated_only"
    NECESSARY = "necessary"
    EVIDENTIAL = "evidential"


_DEFAULT_FLATTENING = {
    SupportInterpretation.GENERAL: Flattening.CLS2005_GENERAL,
    SupportInterpretation.DEDUCTIVE: Flattening.DEDUCTIVE,
    SupportInterpretation.NECESSARY: Flattening.NECESSARY,
    SupportInterpretation.EVIDENTIAL: Flattening.EVIDENTIAL,
}


FLATTENING_KINDS: Mapping[Flattening, tuple[ComplexAttack, ...]] = MappingProxyType(
    {
        Flattening.CLS2005_GENERAL: (ComplexAttack.SUPPORTED, ComplexAttack.SECONDARY),
        Flattening.DEDUCTIVE: (
            ComplexAttack.SUPPORTED,
            ComplexAttack.MEDIATED,
            ComplexAttack.SUPER_MEDIATED,
        ),
        Flattening.DEDUCTIVE_MEDIATED_ONLY: (ComplexAttack.MEDIATED,),
        Flattening.NECESSARY: (
            ComplexAttack.NECESSARY_SECONDARY,
            ComplexAttack.NECESSARY_EXTENDED,
            ComplexAttack.NECESSARY_CHAINED,
        ),
        Flattening.EVIDENTIAL: (
            ComplexAttack.EVIDENTIAL_SECONDARY,
            ComplexAttack.EVIDENTIAL_EXTENDED,
            ComplexAttack.EVIDENTIAL_CHAINED,
        ),
    }
)
"""The complex attacks each flattening adds to the direct ones, in order of preference."""

__all__ = ["FLATTENING_KINDS", "Flattening", "SupportInterpretation"]
