"""Argumentation frameworks: the graphs the semantics evaluate.

:class:`ArgumentationFramework` (alias :data:`AF`) is Dung's abstract framework
``(A, R)``; it owns the adjacency every semantics reads.
"""

from argmap.frameworks.abstract import (
    AF,
    Argument,
    ArgumentationFramework,
    Attack,
    FrameworkError,
)

__all__ = ["AF", "Argument", "ArgumentationFramework", "Attack", "FrameworkError"]
