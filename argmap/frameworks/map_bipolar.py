"""From an argument map to a bipolar framework and to a weighted bipolar graph.

The pure Dung view (:func:`~argmap.frameworks.translation.dung_framework`)
ignores what supports mean. The two translations here keep them.

Inferences are arguments
------------------------
A map's support is an *inference*: linked premises that together support a
conclusion, and that an undercut can attack without attacking any statement.
A binary support relation cannot say "``p1`` and ``p2`` together support ``c``",
and an undercut needs something to attack. So, as the Argument Interchange Format
does with its inference nodes (Chesñevar et al. 2006) and Carneades with its
argument nodes (Gordon, Prakken & Walton 2007), every support ``s`` of the map
becomes an argument named ``s`` (as in the Dung view), between its premises and
its conclusion:

* each **claim** is an argument named by its id; **issues** are questions, not
  arguments, and are left out;
* each **support** ``s`` with premises ``p1 … pk`` and conclusion ``c`` is an
  argument ``s`` with two kinds of support link:

  - a *premise link* per premise: ``s`` needs ``pi``;
  - a *conclusion link*: ``s`` supports ``c``;

* a **rebut** or **undermine** ``a → b`` is an attack between statements; an
  **undercut** of ``s`` attacks the inference argument ``s``, never its premises
  or its conclusion (it grants the premises and denies the step).

How the links are written
-------------------------
The premise link has one meaning under every reading, *the inference needs each
of its premises* (an inference stands only if all its premises do: linked
premises are conjunctive). Its direction follows from the reading of ``a ⇒ b``:

================  =====================  ==============  =======================================
reading           ``a ⇒ b`` means        premise link    conclusion link ``s ⇒ c`` means
================  =====================  ==============  =======================================
``deductive``     accepting ``a``        ``s ⇒ pi``      accepting the inference commits to its
                  commits to ``b``                       conclusion (and, by the premise link,
                                                         to its premises)
``necessary``     ``b`` needs ``a``      ``pi ⇒ s``      the conclusion needs the inference
``evidential``    ``a`` is evidence      ``pi ⇒ s``      the inference is evidence for the
                  for ``b``                              conclusion; a conclusion needs *some*
                                                         standing evidence
``general``       abstract support       ``pi ⇒ s``      abstract support (C&LS 2005)
================  =====================  ==============  =======================================

Necessary support is deductive support read backwards (Cayrol &
Lagasquie-Schiex 2013), so ``s ⇒ pi`` under the deductive reading creates the
same attacks as ``pi ⇒ s`` under the necessary one: an attack on a premise is an
attack on the inference, and the inference inherits its premises' attacks. This
is the subargument relation of ASPIC+ (Prakken 2014: accepting an argument
commits to its subarguments). Writing the premise link ``pi ⇒ s`` under the
deductive reading would instead say that accepting a premise forces accepting
the inference, and the flattening would turn every undercut into an attack on
the premises (a *mediated* attack), which is the opposite of what an undercut
claims.

What each reading does with a map's relations:

* **deductive** — a rebut of ``c`` also attacks every inference that concludes
  ``c`` or uses it as a premise; an undermine of ``pi`` also attacks the
  inferences that use ``pi``; an inference attacks whatever its conclusion and
  its premises attack. An undercut rejects the inference, which then no longer
  carries its conclusion, but the conclusion is not rejected for that: under
  deductive support a conclusion does not depend on its reasons.
* **necessary** — whatever attacks a premise or an inference also attacks
  everything downstream of it (the conclusion, inferences using the conclusion,
  their conclusions...). An undercut rejects the conclusion with the inference.
  Several independent supports of one conclusion are *all* needed: a conclusion
  falls as soon as one of its inferences falls. Binary necessary support cannot
  say "one of these suffices" (that needs sets of necessary arguments, Nouioua
  2013).
* **evidential** — statements that no support concludes are prima facie
  (Oren & Norman 2008); a conclusion needs an evidence chain from them through
  a standing inference. An undercut rejects the conclusion when the undercut
  inference was the conclusion's only evidence, not when another inference
  still supports it. Within one inference, though, linked premises act as
  alternative evidence: attacking one premise of a linked inference does not
  reach the inference (binary evidential support is disjunctive; the
  conjunctive reading needs sets of supporters, Polberg & Oren 2014).

Weighted graphs
---------------
:func:`weighted_graph` keeps the same arguments and edges, with every support
link written premise → inference → conclusion (gradual semantics have one
reading of support: it raises the strength of what it supports). Each
statement's base score is its ``weight``, ``default_weight`` (0.5, neutral)
when it has none; each inference's base score is ``inference_weight`` (default:
``default_weight``). The map has no weights for inferences: an inference is
neutral on its own, raised by its premises and lowered by its undercutters. The
gradual semantics aggregate supports, they have no conjunction: linked premises
add up, and an inference whose premises are all defeated still has its own base
score.

References
----------
.. [1] C. Chesñevar, J. McGinnis, S. Modgil, I. Rahwan, C. Reed, G. Simari,
   M. South, G. Vreeswijk, S. Willmott, "Towards an argument interchange
   format", Knowledge Engineering Review 21(4):293-316, 2006.
.. [2] T. F. Gordon, H. Prakken, D. Walton, "The Carneades model of argument and
   burden of proof", Artificial Intelligence 171(10-15):875-896, 2007.
.. [3] C. Cayrol, M.-C. Lagasquie-Schiex, "Bipolarity in argumentation graphs:
   Towards a better understanding", IJAR 54(7):876-899, 2013.
.. [4] H. Prakken, "On support relations in abstract argumentation as
   abstractions of inferential relations", ECAI 2014, 735-740.
.. [5] F. Nouioua, "AFs with necessities: further semantics and labelling
   characterization", SUM 2013, LNCS 8078, 120-133.
.. [6] N. Oren, T. J. Norman, "Semantics for evidence-based argumentation",
   COMMA 2008.
.. [7] S. Polberg, N. Oren, "Revisiting support in abstract argumentation
   systems", COMMA 2014.
.. [8] P. Baroni, M. Romano, F. Toni, M. Aurisicchio, G. Bertanza, "Automatic
   evaluation of design alternatives with quantitative argumentation",
   Argument & Computation 6(1):24-49, 2015.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from argmap.frameworks.abstract import FrameworkError
from argmap.frameworks.bipolar import BipolarFramework, SupportInterpretation
from argmap.frameworks.translation import Element
from argmap.frameworks.weighted import WeightedBipolarGraph
from argmap.model import ArgumentMap, StatementKind

DEFAULT_WEIGHT = 0.5
"""The base score of a statement without ``weight``: neutral, neither for nor against."""


class LinkRole(str, enum.Enum):
    """What a support edge of the translation stands for in the map."""

    PREMISE = "premise"
    """The inference needs this premise."""
    CONCLUSION = "conclusion"
    """The inference supports this conclusion."""


@dataclass(frozen=True)
class InferenceLink:
    """The map element a support edge comes from: support ``support``, as ``role``."""

    support: str
    role: LinkRole


@dataclass(frozen=True)
class MapBipolar:
    """A bipolar framework built from a map, with what each part stands for.

    ``origin[argument]`` is ``"statement"`` or ``"support"`` (the kind of map
    element the argument is named after); ``links[(a, b)]`` says which map support
    the support edge ``(a, b)`` comes from and whether it is a premise or the
    conclusion link.

    Examples
    --------
    >>> m = ArgumentMap(title="t", statements=[
    ...     {"id": "c", "text": {"en": "C"}}, {"id": "p", "text": {"en": "P"}}],
    ...     supports=[{"id": "s", "premises": ["p"], "conclusion": "c"}])
    >>> mb = bipolar_framework(m, "evidential")
    >>> mb.statements(), mb.inferences(), mb.interpretation.value
    (('c', 'p'), ('s',), 'evidential')
    >>> mb.links[("p", "s")]
    InferenceLink(support='s', role=<LinkRole.PREMISE: 'premise'>)
    """

    framework: BipolarFramework
    origin: Mapping[str, Element]
    links: Mapping[tuple[str, str], InferenceLink]

    @property
    def interpretation(self) -> SupportInterpretation:
        """The reading of support the framework was built with."""
        return self.framework.interpretation

    def statements(self) -> tuple[str, ...]:
        """The arguments that stand for statements, in framework order."""
        return tuple(a for a in self.framework.arguments if self.origin[a] == "statement")

    def inferences(self) -> tuple[str, ...]:
        """The arguments that stand for supports (inferences), in framework order."""
        return tuple(a for a in self.framework.arguments if self.origin[a] == "support")


def _origin(m: ArgumentMap) -> dict[str, Element]:
    origin: dict[str, Element] = {
        s.id: "statement" for s in m.statements if s.kind is not StatementKind.ISSUE
    }
    origin.update({s.id: "support" for s in m.supports})
    return origin


def _attacks(m: ArgumentMap, origin: Mapping[str, Element]) -> list[tuple[str, str]]:
    return [(a.source, a.target) for a in m.attacks if a.source in origin and a.target in origin]


def bipolar_framework(m: ArgumentMap, interpretation: SupportInterpretation | str) -> MapBipolar:
    """The bipolar framework of ``m`` under a reading of support (see the module docstring).

    Parameters
    ----------
    m : ArgumentMap
        The map.
    interpretation : SupportInterpretation or str
        ``deductive``, ``necessary``, ``evidential`` or ``general``. It fixes the
        direction of the premise links and the framework's default flattening.

    Returns
    -------
    MapBipolar
        Claims and inferences as arguments (issues left out), the map's attacks,
        and two kinds of support link per inference.

    Raises
    ------
    FrameworkError
        For an unknown interpretation.

    Examples
    --------
    Under the necessary reading the undercut of ``s`` also attacks its
    conclusion ``c``; under the deductive one it attacks ``s`` alone:

    >>> m = ArgumentMap(title="t", statements=[
    ...     {"id": "c", "text": {"en": "C"}}, {"id": "p", "text": {"en": "P"}},
    ...     {"id": "u", "text": {"en": "U"}}],
    ...     supports=[{"id": "s", "premises": ["p"], "conclusion": "c"}],
    ...     attacks=[{"id": "x", "kind": "undercut", "source": "u", "target": "s"}])
    >>> necessary = bipolar_framework(m, "necessary")
    >>> necessary.framework.sorted_supports()
    [('p', 's'), ('s', 'c')]
    >>> necessary.framework.flatten().sorted_attacks()
    [('u', 'c'), ('u', 's')]
    >>> deductive = bipolar_framework(m, "deductive")
    >>> deductive.framework.sorted_supports()
    [('s', 'c'), ('s', 'p')]
    >>> deductive.framework.flatten().sorted_attacks()
    [('u', 's')]
    """
    try:
        reading = SupportInterpretation(interpretation)
    except ValueError:
        known = ", ".join(i.value for i in SupportInterpretation)
        raise FrameworkError(
            f"unknown support interpretation {interpretation!r}; choose one of: {known}"
        ) from None
    origin = _origin(m)
    links: dict[tuple[str, str], InferenceLink] = {}
    for support in m.supports:
        for premise in support.premises:
            edge = (
                (support.id, premise)
                if reading is SupportInterpretation.DEDUCTIVE
                else (premise, support.id)
            )
            links[edge] = InferenceLink(support.id, LinkRole.PREMISE)
        links[(support.id, support.conclusion)] = InferenceLink(support.id, LinkRole.CONCLUSION)
    framework = BipolarFramework(
        list(origin), _attacks(m, origin), list(links), interpretation=reading
    )
    return MapBipolar(framework, MappingProxyType(origin), MappingProxyType(links))


def weighted_graph(
    m: ArgumentMap,
    default_weight: float = DEFAULT_WEIGHT,
    *,
    inference_weight: float | None = None,
) -> WeightedBipolarGraph:
    """The weighted bipolar graph of ``m``, for gradual semantics.

    Arguments are the claims (base score: their ``weight``, else
    ``default_weight``) and the inferences (base score: ``inference_weight``,
    else ``default_weight``); issues are left out. Attacks are the map's (an
    undercut attacks its inference); supports run from each premise to its
    inference and from the inference to its conclusion.

    Parameters
    ----------
    m : ArgumentMap
    default_weight : float
        Base score in ``[0, 1]`` of statements without a ``weight`` (default 0.5).
    inference_weight : float, optional
        Base score in ``[0, 1]`` of every inference (default: ``default_weight``).

    Raises
    ------
    FrameworkError
        When a default weight lies outside ``[0, 1]``, or a statement both
        supports and attacks the same argument.

    Examples
    --------
    >>> m = ArgumentMap(title="t", statements=[
    ...     {"id": "c", "text": {"en": "C"}}, {"id": "p", "text": {"en": "P"}, "weight": 0.8},
    ...     {"id": "u", "text": {"en": "U"}}],
    ...     supports=[{"id": "s", "premises": ["p"], "conclusion": "c"}],
    ...     attacks=[{"id": "x", "kind": "undercut", "source": "u", "target": "s"}])
    >>> g = weighted_graph(m)
    >>> dict(g.weights)
    {'c': 0.5, 'p': 0.8, 'u': 0.5, 's': 0.5}
    >>> g.sorted_supports(), g.sorted_attacks()
    ([('p', 's'), ('s', 'c')], [('u', 's')])
    >>> weighted_graph(m, inference_weight=0.2).weight("s")
    0.2
    """
    for name, value in (("default_weight", default_weight), ("inference_weight", inference_weight)):
        if value is not None and not 0.0 <= value <= 1.0:
            raise FrameworkError(f"{name} is {value!r}; base scores must lie in [0, 1]")
    for_inferences = default_weight if inference_weight is None else inference_weight
    weights: dict[str, float] = {}
    for statement in m.statements:
        if statement.kind is not StatementKind.ISSUE:
            weights[statement.id] = default_weight if statement.weight is None else statement.weight
    for support in m.supports:
        weights[support.id] = for_inferences
    supports = [(p, s.id) for s in m.supports for p in s.premises]
    supports += [(s.id, s.conclusion) for s in m.supports]
    return WeightedBipolarGraph(weights, _attacks(m, _origin(m)), supports)
