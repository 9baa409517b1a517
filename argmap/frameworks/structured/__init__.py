"""The structured reading of a map: ASPIC+ (Modgil & Prakken 2013) instantiated
from its statements, supports and attacks.

* :mod:`~argmap.frameworks.structured.theory`: the map as an argumentation theory;
* :mod:`~argmap.frameworks.structured.arguments`: arguments, built bottom-up;
* :mod:`~argmap.frameworks.structured.attacks`: attacks and defeats;
* :mod:`~argmap.frameworks.structured.preferences`: argument orderings;
* :mod:`~argmap.frameworks.structured.framework`: :func:`structured_framework`,
  which puts them together with the Dung framework of the defeats.

The statuses of statements under a Dung semantics are derived from the
arguments' in :func:`argmap.semantics.structured.conclusion_statuses`. The
choices made are explained in ``docs/semantics.md`` ("The structured reading").
"""

from argmap.frameworks.structured.arguments import (
    DEFAULT_MAX_ARGUMENTS,
    ArgumentLimitError,
    StructuredArgument,
    iter_arguments,
)
from argmap.frameworks.structured.attacks import StructuredAttack
from argmap.frameworks.structured.framework import StructuredFramework, structured_framework
from argmap.frameworks.structured.preferences import (
    ArgumentOrdering,
    Comparison,
    PreferenceSource,
    Principle,
)
from argmap.frameworks.structured.theory import ArgumentationTheory, Rule, argumentation_theory

__all__ = [
    "DEFAULT_MAX_ARGUMENTS",
    "ArgumentLimitError",
    "ArgumentOrdering",
    "ArgumentationTheory",
    "Comparison",
    "PreferenceSource",
    "Principle",
    "Rule",
    "StructuredArgument",
    "StructuredAttack",
    "StructuredFramework",
    "argumentation_theory",
    "iter_arguments",
    "structured_framework",
]
