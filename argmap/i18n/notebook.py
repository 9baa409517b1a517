"""The words of argmap's rich display in a notebook (:mod:`argmap.render.notebook_html`).

The names of semantics, readings, statuses and verdicts are the catalogue's own
(:mod:`argmap.i18n.catalogue`); these are the table headings and captions around them.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from argmap.i18n.catalogue import Word, typeset

NOTEBOOK: Mapping[str, Word] = MappingProxyType(
    {
        "argument": Word("argument", "argument"),
        "status": Word("status", "statut"),
        "strength": Word("strength", "force"),
        "base": Word("base score", "score de base"),
        "semantics": Word("{name} semantics", "sémantique {name}", feminine=True),
        "reading": Word("{name} reading", "lecture {name}", feminine=True),
        "extensions": Word("{count} extensions listed", "{count} extensions listées"),
        "incomplete": Word(
            "not every extension was listed: the statuses may be partial",
            "toutes les extensions n'ont pas été listées : les statuts peuvent être partiels",
        ),
        "not_converged": Word(
            "the strengths did not converge (residual {residual})",
            "les forces n'ont pas convergé (résidu {residual})",
        ),
        "proof": Word("the proof", "la preuve", feminine=True),
        "robustness": Word("robustness {score}", "robustesse {score}", feminine=True),
        "attackers": Word("attacked by", "attaqué par"),
        "supporters": Word("supported by", "soutenu par"),
        "weight": Word("weight", "poids"),
        "counts": Word(
            "arguments: {arguments} · attacks: {attacks}",
            "arguments : {arguments} · attaques : {attacks}",
        ),
        "supports": Word(" · supports: {supports}", " · soutiens : {supports}"),
        "defeats": Word(
            "ASPIC+ arguments: {arguments} · attacks: {attacks} · defeats: {defeats}",
            "arguments ASPIC+ : {arguments} · attaques : {attacks} · défaites : {defeats}",
        ),
        "more": Word("… {count} more not shown", "… {count} autres non montrés"),
    }
)
"""Headings and captions of the notebook display, keyed by their use."""


def notebook_word(key: str, language: str = "en", **values: object) -> str:
    """The word ``key`` of :data:`NOTEBOOK` in ``language``, with ``values`` filled in.

    >>> notebook_word("semantics", "fr", name="préférée")
    'sémantique préférée'
    >>> notebook_word("attackers", "fr")
    'attaqué par'
    """
    return typeset(NOTEBOOK[key].text(language).format(**values), language)
