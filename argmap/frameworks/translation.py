"""From an argument map to an abstract (Dung) framework.

The translation, :func:`dung_framework`:

* every **claim** is an argument, named by its statement id. Issues are
  questions, not arguments: they are left out;
* every **support** (inference) is an argument too, named by its support id, so
  that an **undercut** — an attack on the inference, not on a statement — has
  something to attack: the undercutter attacks the inference argument
  (Pollock 1987; in ASPIC+ terms, the argument whose last rule is undercut;
  Modgil & Prakken 2013). With ``inferences=False`` supports are left out, and
  so are undercuts;
* every **rebut** and **undermine** is an attack between the two statements'
  arguments. Their difference (conclusion vs premise) matters for reading, not
  for the Dung view.

Supports are otherwise *ignored* in the pure Dung view: that a premise is rejected
does not, here, reject what it supports, and an undercut inference does not drag
its conclusion down. Semantics that give supports a meaning (deductive, necessary,
evidential support) are those of bipolar frameworks
(:mod:`argmap.frameworks.bipolar`).

References
----------
.. [1] J. L. Pollock, "Defeasible reasoning", Cognitive Science 11(4):481-518, 1987.
.. [2] S. Modgil and H. Prakken, "A general account of argumentation with
   preferences", Artificial Intelligence 195:361-397, 2013.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType
from typing import Literal

from argmap.frameworks.abstract import ArgumentationFramework
from argmap.model import ArgumentMap, AttackKind, StatementKind

Element = Literal["statement", "support"]


@dataclass(frozen=True)
class MapFramework:
    """A Dung framework built from a map, with what each argument stands for.

    ``origin[argument]`` is ``"statement"`` or ``"support"``: the kind of map
    element the argument is named after (names are the map's ids).
    """

    framework: ArgumentationFramework
    origin: MappingProxyType[str, Element]

    def __repr__(self) -> str:
        """A one-line summary: the numbers of statements, inferences and attacks."""
        counts = (
            (len(self.statements()), "statement"),
            (len(self.inferences()), "inference"),
            (self.framework.number_of_attacks(), "attack"),
        )
        return (
            "<MapFramework "
            + ", ".join(f"{n} {name}{'' if n == 1 else 's'}" for n, name in counts)
            + ">"
        )

    def statements(self) -> tuple[str, ...]:
        """The arguments that stand for statements, in framework order."""
        return tuple(a for a in self.framework.arguments if self.origin[a] == "statement")

    def inferences(self) -> tuple[str, ...]:
        """The arguments that stand for supports (inferences), in framework order."""
        return tuple(a for a in self.framework.arguments if self.origin[a] == "support")


def dung_framework(m: ArgumentMap, *, inferences: bool = True) -> MapFramework:
    """The abstract framework of ``m`` (see the module docstring).

    Parameters
    ----------
    m : ArgumentMap
        The map.
    inferences : bool
        Represent each support as an argument, so undercuts have a target
        (default). When false, supports and undercuts are left out.

    Examples
    --------
    >>> m = ArgumentMap(title="t", statements=[
    ...     {"id": "a", "text": {"en": "A"}}, {"id": "b", "text": {"en": "B"}},
    ...     {"id": "c", "text": {"en": "C"}}],
    ...     supports=[{"id": "s", "premises": ["b"], "conclusion": "a"}],
    ...     attacks=[{"id": "x", "kind": "undercut", "source": "c", "target": "s"}])
    >>> mf = dung_framework(m)
    >>> mf.framework.arguments
    ('a', 'b', 'c', 's')
    >>> sorted(mf.framework.attacks)
    [('c', 's')]
    >>> dung_framework(m, inferences=False).framework.attacks
    frozenset()
    """
    origin: dict[str, Element] = {
        s.id: "statement" for s in m.statements if s.kind is not StatementKind.ISSUE
    }
    if inferences:
        origin.update({s.id: "support" for s in m.supports})
    attacks = [
        (a.source, a.target)
        for a in m.attacks
        if a.source in origin
        and a.target in origin
        and (inferences or a.kind is not AttackKind.UNDERCUT)
    ]
    return MapFramework(ArgumentationFramework(list(origin), attacks), MappingProxyType(origin))
