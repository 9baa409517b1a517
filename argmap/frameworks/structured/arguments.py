"""ASPIC+ arguments, built bottom-up from an argumentation theory.

An argument (Modgil & Prakken 2013, Definition 5) is either

* a **premise argument** ``[p]`` for an ordinary premise ``p``: ``Prem = {p}``,
  ``Conc = p``, no rule; or
* a **rule argument** ``A1, ..., An ⇒ c`` (``→`` for a strict rule) for a rule
  ``p1, ..., pn ⇒ c`` and arguments ``Ai`` with ``Conc(Ai) = pi``: its premises,
  rules and sub-arguments are those of the ``Ai``, plus the rule and itself.

Arguments are finite trees, and a support cycle would give infinitely many of
them. Like the usual implementations (PyArg, TOAST), an argument is not built
when one of its proper sub-arguments already has its conclusion: a statement is
never used to establish itself. Every argument that remains is finite, and
there are finitely many.

The number of arguments is exponential in the worst case (a conclusion reached by
``k`` independent chains of reasons has ``k`` arguments, a linked support over
such conclusions their product). :func:`iter_arguments` yields them one at a
time, in construction order, and stops with :class:`ArgumentLimitError` once
``max_arguments`` have been built.

Names are readable and deterministic: a premise argument is named by its
statement (``p``); a rule argument by its conclusion and its top rule
(``c:s1``), then ``c:s1#2``, ``c:s1#3`` ... for the other arguments with the same
top rule, in construction order.

References
----------
.. [1] S. Modgil and H. Prakken, "A general account of argumentation with
   preferences", Artificial Intelligence 195:361-397, 2013.
.. [2] S. Modgil and H. Prakken, "The ASPIC+ framework for structured
   argumentation: a tutorial", Argument & Computation 5(1):31-62, 2014.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass

from argmap.frameworks.structured.theory import ArgumentationTheory, Rule

DEFAULT_MAX_ARGUMENTS = 200_000
"""How many arguments are built at most, unless told otherwise."""


class ArgumentLimitError(ValueError):
    """More arguments than ``max_arguments``: the message names the map's size and the cap."""


@dataclass(frozen=True)
class StructuredArgument:
    """One ASPIC+ argument (see the module docstring).

    Attributes
    ----------
    name : str
        ``p`` for a premise argument, ``c:s`` (``c:s#k``) for a rule argument.
    conclusion : str
        ``Conc(A)``: a statement id.
    top_rule : str or None
        ``TopRule(A)``: the support id of the last inference; ``None`` for a premise.
    strict : bool
        Whether the top rule is strict (false for a premise argument).
    subarguments : tuple of str
        The direct sub-arguments, one per antecedent of the top rule, in its order.
    premises : frozenset of str
        ``Prem(A)``: the ordinary premises used (the map has no axioms).
    rules : frozenset of str
        ``Rules(A)``: every support used.
    defeasible_rules : frozenset of str
        ``DefRules(A)``.
    last_defeasible_rules : frozenset of str
        ``LastDefRules(A)`` (Modgil & Prakken 2013, Definition 20): the top rule if
        defeasible, else those of the direct sub-arguments.
    conclusions : frozenset of str
        The conclusions of all sub-arguments, this one's included.
    """

    name: str
    conclusion: str
    top_rule: str | None
    strict: bool
    subarguments: tuple[str, ...]
    premises: frozenset[str]
    rules: frozenset[str]
    defeasible_rules: frozenset[str]
    last_defeasible_rules: frozenset[str]
    conclusions: frozenset[str]

    @property
    def is_premise(self) -> bool:
        """Whether this is a premise argument ``[p]``."""
        return self.top_rule is None

    @property
    def is_strict(self) -> bool:
        """Whether no defeasible rule is used (``DefRules(A) = ∅``)."""
        return not self.defeasible_rules

    @property
    def is_firm(self) -> bool:
        """Whether no ordinary premise is used: never in a map, which has no axioms."""
        return not self.premises


def _premise_argument(p: str) -> StructuredArgument:
    empty: frozenset[str] = frozenset()
    return StructuredArgument(
        p, p, None, False, (), frozenset({p}), empty, empty, empty, frozenset({p})
    )


def _rule_argument(
    name: str, rule: Rule, subs: tuple[StructuredArgument, ...]
) -> StructuredArgument:
    own = frozenset({rule.id})
    defeasible = frozenset[str]().union(*(s.defeasible_rules for s in subs))
    if rule.strict:
        last = frozenset[str]().union(*(s.last_defeasible_rules for s in subs))
    else:
        defeasible |= own
        last = own
    return StructuredArgument(
        name=name,
        conclusion=rule.consequent,
        top_rule=rule.id,
        strict=rule.strict,
        subarguments=tuple(s.name for s in subs),
        premises=frozenset[str]().union(*(s.premises for s in subs)),
        rules=own.union(*(s.rules for s in subs)),
        defeasible_rules=defeasible,
        last_defeasible_rules=last,
        conclusions=frozenset({rule.consequent}).union(*(s.conclusions for s in subs)),
    )


def iter_arguments(
    theory: ArgumentationTheory, *, max_arguments: int = DEFAULT_MAX_ARGUMENTS
) -> Iterator[StructuredArgument]:
    """Every argument of ``theory``, built bottom-up, sub-arguments first.

    Modgil & Prakken 2013, Definition 5, without arguments that use their own
    conclusion in a proper sub-argument (see the module docstring). The order is
    deterministic: the premise arguments in map order, then, for each argument in
    turn, the arguments it completes (rules in map order).

    Parameters
    ----------
    theory : ArgumentationTheory
    max_arguments : int
        Stop with :class:`ArgumentLimitError` rather than build more.

    Raises
    ------
    ArgumentLimitError
        When the theory has more than ``max_arguments`` arguments.

    Examples
    --------
    A support cycle ``a ⇒ b ⇒ a`` on top of the premise ``p ⇒ a``:

    >>> from argmap.model import ArgumentMap
    >>> from argmap.frameworks.structured.theory import argumentation_theory
    >>> m = ArgumentMap(title="t", statements=[
    ...     {"id": i, "text": {"en": i}} for i in ("p", "a", "b")],
    ...     supports=[{"id": "s1", "premises": ["p"], "conclusion": "a"},
    ...               {"id": "s2", "premises": ["a"], "conclusion": "b"},
    ...               {"id": "s3", "premises": ["b"], "conclusion": "a"}])
    >>> [(a.name, a.subarguments) for a in iter_arguments(argumentation_theory(m))]
    [('p', ()), ('a:s1', ('p',)), ('b:s2', ('a:s1',))]
    """
    if max_arguments < 0:
        raise ValueError(f"max_arguments must be >= 0, got {max_arguments!r}")
    uses: dict[str, list[tuple[Rule, int]]] = {}
    for rule in theory.rules:
        for position, antecedent in enumerate(rule.antecedents):
            uses.setdefault(antecedent, []).append((rule, position))
    built: list[StructuredArgument] = []
    by_conclusion: dict[str, list[int]] = {}
    seen: set[tuple[str, tuple[int, ...]]] = set()
    per_rule: dict[str, int] = {}

    def add(argument: StructuredArgument) -> StructuredArgument:
        if len(built) >= max_arguments:
            raise ArgumentLimitError(_limit_message(theory, max_arguments))
        by_conclusion.setdefault(argument.conclusion, []).append(len(built))
        built.append(argument)
        return argument

    for p in theory.premises:
        yield add(_premise_argument(p))
    head = 0
    while head < len(built):
        current, position_of_current = built[head], head
        head += 1
        for rule, position in uses.get(current.conclusion, ()):
            if rule.consequent in current.conclusions:
                continue
            pools = [
                [position_of_current]
                if j == position
                else [
                    i
                    for i in by_conclusion.get(antecedent, ())
                    if rule.consequent not in built[i].conclusions
                ]
                for j, antecedent in enumerate(rule.antecedents)
            ]
            for combination in itertools.product(*pools):
                key = (rule.id, combination)
                if key in seen:
                    continue
                seen.add(key)
                count = per_rule.get(rule.id, 0) + 1
                per_rule[rule.id] = count
                name = f"{rule.consequent}:{rule.id}" + (f"#{count}" if count > 1 else "")
                yield add(_rule_argument(name, rule, tuple(built[i] for i in combination)))


def _limit_message(theory: ArgumentationTheory, max_arguments: int) -> str:
    return (
        f"the map ({len(theory.language)} claims, {len(theory.rules)} supports) has more "
        f"than {max_arguments} structured arguments: chains of independent reasons and "
        "support cycles multiply them. Raise the cap (max_arguments=...) to build them "
        "all, or merge convergent supports that give the same reason twice"
    )
