"""The names of the semantics a map can be evaluated under: one parser, one spelling.

Extension-based semantics (:class:`~argmap.semantics.Semantics`) and gradual
ones (:class:`~argmap.gradual.GradualSemantics`) share one namespace. The
canonical spelling is lower case with hyphens (``semi-stable``, ``df-quad``);
:func:`parse_semantics` also accepts underscores, spaces, any case and the usual
abbreviations (``pr``, ``sst``, ``dfquad``). The CLI, the report and the API
all parse names here; they spell them with :func:`argmap.i18n.semantics_name`,
whose English name is the canonical spelling (re-exported here as
``semantics_name``).
"""

from __future__ import annotations

from argmap.gradual.types import GradualError, GradualSemantics
from argmap.i18n import semantics_name as semantics_name
from argmap.semantics.statuses import UNIQUE_STATUS_SEMANTICS
from argmap.semantics.types import Semantics

AnySemantics = Semantics | GradualSemantics
"""An extension-based or a gradual semantics."""


def semantics_names() -> tuple[str, ...]:
    """Every name :func:`parse_semantics` gives back, extension-based first.

    >>> names = semantics_names()
    >>> names[:3], names[-2:]
    (('conflict-free', 'naive', 'admissible'), ('quadratic-energy', 'mlp'))
    >>> len(names)
    22
    """
    return tuple(semantics_name(s) for s in Semantics) + tuple(
        semantics_name(g) for g in GradualSemantics
    )


def parse_semantics(name: AnySemantics | str) -> AnySemantics:
    """The semantics called ``name``, extension-based or gradual.

    Case, ``-``, ``_`` and spaces are not significant; the abbreviations of
    :meth:`Semantics.parse <argmap.semantics.Semantics.parse>` and
    :meth:`GradualSemantics.parse <argmap.gradual.GradualSemantics.parse>` are
    accepted.

    Raises
    ------
    ValueError
        For an unknown name; the message lists every known one.

    Examples
    --------
    >>> parse_semantics("semi_stable"), parse_semantics("DF-QuAD")
    (<Semantics.SEMI_STABLE: 'semi_stable'>, <GradualSemantics.DF_QUAD: 'df-quad'>)
    >>> parse_semantics("best")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    ValueError: unknown semantics 'best'; choose one of: conflict-free, naive, ...
    """
    if isinstance(name, Semantics | GradualSemantics):
        return name
    if isinstance(name, str):
        try:
            return Semantics.parse(name)
        except ValueError:
            pass
        try:
            return GradualSemantics.parse(name)
        except GradualError:
            pass
    known = ", ".join(semantics_names())
    raise ValueError(f"unknown semantics {name!r}; choose one of: {known}")


def parse_extension_semantics(name: Semantics | str) -> Semantics:
    """The extension-based semantics called ``name``, refusing gradual ones by name.

    Raises
    ------
    ValueError
        For an unknown name, or a gradual semantics (which gives strengths, not
        statuses).

    >>> parse_extension_semantics("pr")
    <Semantics.PREFERRED: 'preferred'>
    >>> parse_extension_semantics("df-quad")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    ValueError: df-quad is a gradual semantics (strengths, not statuses); choose an ...
    """
    chosen = parse_semantics(name)
    if isinstance(chosen, Semantics):
        return chosen
    known = ", ".join(semantics_name(s) for s in Semantics)
    raise ValueError(
        f"{semantics_name(chosen)} is a gradual semantics (strengths, not statuses); "
        f"choose an extension-based one: {known}"
    )


def is_unique_status(semantics: AnySemantics | str) -> bool:
    """Whether ``semantics`` always has exactly one extension (grounded, ideal, eager).

    >>> is_unique_status("ideal"), is_unique_status("preferred"), is_unique_status("df-quad")
    (True, False, False)
    """
    return parse_semantics(semantics) in UNIQUE_STATUS_SEMANTICS
