"""Readings of a map: which argumentation framework stands for it.

A map says which statements support and attack which. A *reading* says what
that means formally, and so which framework the semantics are computed on:

``structured``
    ASPIC+ (Modgil & Prakken 2013) instantiated from the map
    (:mod:`argmap.frameworks.structured`): a claim that some support concludes
    stands only through its arguments, built bottom-up from premises; undercuts,
    undermines and rebuttals attack the arguments that use what they target. A
    statement's status is derived from its arguments' (Wu & Caminada 2010,
    :mod:`argmap.semantics.structured`). A claim is only as good as its reasons.
``abstract``
    the Dung view of :func:`~argmap.frameworks.translation.dung_framework`:
    every claim and every inference is an argument, attacks are the map's,
    supports carry no attack (a claim stands on its own unless attacked).
``deductive``, ``necessary``, ``evidential``, ``general``
    the bipolar framework of
    :func:`~argmap.frameworks.map_bipolar.bipolar_framework` with supports read
    that way (Cayrol & Lagasquie-Schiex 2013; Nouioua & Risch 2010; Oren &
    Norman 2008), flattened into a Dung framework: the attacks the supports
    imply are added (see :mod:`argmap.frameworks.bipolar`). Under the
    evidential reading the arguments without evidence are left out of the
    flattening: they are in no extension.

:func:`map_view` builds the framework of a reading; :func:`parse_reading` is the
one parser of reading names (``--reading`` on every command).

References
----------
.. [1] C. Cayrol and M.-C. Lagasquie-Schiex, "Bipolarity in argumentation
   graphs: Towards a better understanding", IJAR 54(7):876-899, 2013.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass

from argmap.frameworks.abstract import ArgumentationFramework
from argmap.frameworks.bipolar import SupportInterpretation
from argmap.frameworks.map_bipolar import bipolar_framework
from argmap.frameworks.translation import Element, dung_framework
from argmap.model import ArgumentMap


class Reading(str, enum.Enum):
    """How a map is read as an argumentation framework (see the module docstring)."""

    STRUCTURED = "structured"
    ABSTRACT = "abstract"
    DEDUCTIVE = "deductive"
    NECESSARY = "necessary"
    EVIDENTIAL = "evidential"
    GENERAL = "general"

    @property
    def support(self) -> SupportInterpretation | None:
        """The reading of support it flattens, ``None`` for the abstract reading.

        >>> Reading.NECESSARY.support, Reading.ABSTRACT.support, Reading.STRUCTURED.support
        (<SupportInterpretation.NECESSARY: 'necessary'>, None, None)
        """
        if self in (Reading.ABSTRACT, Reading.STRUCTURED):
            return None
        return SupportInterpretation(self.value)

    @property
    def bipolar(self) -> bool:
        """Whether the reading flattens a bipolar framework (supports become attacks)."""
        return self.support is not None


DEFAULT_READING = Reading.STRUCTURED
"""The reading used when none is named."""

_ALIASES = {"dung": Reading.ABSTRACT}


def reading_names() -> tuple[str, ...]:
    """Every reading name, the default first.

    >>> reading_names()[0] == DEFAULT_READING.value
    True
    """
    return (DEFAULT_READING.value, *(r.value for r in Reading if r is not DEFAULT_READING))


def parse_reading(name: Reading | SupportInterpretation | str | None) -> Reading:
    """The reading called ``name``; ``None`` is the default reading.

    Case and surrounding spaces are not significant; ``dung`` is another name
    of ``abstract``, and a :class:`~argmap.frameworks.bipolar.SupportInterpretation`
    names the bipolar reading of the same name.

    Raises
    ------
    ValueError
        For an unknown name, listing the known ones.

    Examples
    --------
    >>> parse_reading("Necessary"), parse_reading("dung")
    (<Reading.NECESSARY: 'necessary'>, <Reading.ABSTRACT: 'abstract'>)
    >>> parse_reading("strict")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    ValueError: unknown reading 'strict'; choose one of: structured, abstract, ...
    """
    if name is None:
        return DEFAULT_READING
    if isinstance(name, Reading):
        return name
    if isinstance(name, SupportInterpretation):
        return Reading(name.value)
    if isinstance(name, str):
        key = name.strip().lower()
        if key in _ALIASES:
            return _ALIASES[key]
        try:
            return Reading(key)
        except ValueError:
            pass
    known = ", ".join(reading_names())
    raise ValueError(f"unknown reading {name!r}; choose one of: {known}")


@dataclass(frozen=True)
class MapView:
    """The Dung framework a reading gives a map, with what its arguments stand for.

    ``origin`` lists every argument of the map (claims, then inferences, in map
    order) as ``"statement"`` or ``"support"``; ``framework`` holds them all
    except ``without_evidence``, the arguments the evidential flattening leaves
    out.
    """

    framework: ArgumentationFramework
    origin: Mapping[str, Element]
    reading: Reading
    without_evidence: frozenset[str]


def map_view(m: ArgumentMap, reading: Reading | str | None = None) -> MapView:
    """The Dung framework of ``m`` under ``reading`` (see the module docstring), whose
    arguments are the map's claims and inferences.

    The structured reading has no such framework: its arguments are ASPIC+
    arguments (:func:`~argmap.frameworks.structured.structured_framework`), and
    this function refuses it.

    Raises
    ------
    ValueError
        For an unknown reading, or the structured one.

    Examples
    --------
    ``u`` undercuts the only inference ``s`` for ``c``:

    >>> m = ArgumentMap(title="t", statements=[
    ...     {"id": "c", "text": {"en": "C"}}, {"id": "p", "text": {"en": "P"}},
    ...     {"id": "u", "text": {"en": "U"}}],
    ...     supports=[{"id": "s", "premises": ["p"], "conclusion": "c"}],
    ...     attacks=[{"id": "x", "kind": "undercut", "source": "u", "target": "s"}])
    >>> map_view(m, "abstract").framework.sorted_attacks()
    [('u', 's')]
    >>> map_view(m, "necessary").framework.sorted_attacks()
    [('u', 'c'), ('u', 's')]
    """
    chosen = parse_reading(reading)
    if chosen is Reading.STRUCTURED:
        raise ValueError(
            "the structured reading's framework holds ASPIC+ arguments, not the map's claims; "
            "use argmap.frameworks.structured.structured_framework, or another reading"
        )
    support = chosen.support
    if support is None:
        mf = dung_framework(m)
        return MapView(mf.framework, mf.origin, chosen, frozenset())
    mb = bipolar_framework(m, support)
    flat = mb.framework.flatten()
    missing = frozenset(a for a in mb.framework.arguments if a not in flat)
    return MapView(flat, mb.origin, chosen, missing)
