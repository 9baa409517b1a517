"""The words of diagrams: legends, meta lines and tooltips of map and framework drawings,
and the outline of a map printed on a terminal.

Slots are named (``{semantics}``, ``{reading}``, ...) and filled with words of
this catalogue or with the debate's own text; :func:`diagram_word` fills them.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from argmap.i18n.catalogue import NBSP, Word

DIAGRAM: Mapping[str, Word] = MappingProxyType(
    {
        "legend": Word("Legend", "Légende"),
        "supports": Word(
            "supports (premise → ◆ inference → conclusion)",
            "soutient (prémisse → ◆ → thèse)",
        ),
        "rebut": Word("rebuts (contradicts a claim)", "réfute (contredit une thèse)"),
        "undermine": Word("undermines (attacks a premise)", "sape (attaque une prémisse)"),
        "undercut": Word("undercuts (attacks an inference ◆)", "sape l'inférence ◆"),
        "answers": Word("answers the issue", "répond à la question"),
        "attacks": Word("attacks", "attaque"),
        "inference": Word(
            "inference; linked premises join one ◆", "inférence ; prémisses liées : un ◆"
        ),
        "implicit": Word("dashed border: implicit premise", "bord tireté : prémisse implicite"),
        "issue": Word("bold border: the issue", "bord épais : la question"),
        "voiced": Word(
            "dotted border: voiced, not held by its speaker ({stances})",
            "bord pointillé : énoncé sans être repris à son compte ({stances})",
        ),
        "implicit_meta": Word("implicit premise", "prémisse implicite"),
        "issue_meta": Word("issue", "question"),
        "status": Word("Status under {semantics}", "Statut selon la sémantique {semantics}"),
        "speakers": Word("Speakers", "Intervenants"),
        "chrome": Word("not part of the debate", "hors du débat"),
        "premise_of": Word(
            "inference {inference}: {premises} → {conclusion}",
            "inférence {inference} : {premises} → {conclusion}",
        ),
        "strength": Word("Strength under {semantics}", "Force selon la sémantique {semantics}"),
        "strength_any": Word("Strength", "Force"),
        "strength_bar": Word(
            "bar and number: strength, from 0 (weakest) to 1 (strongest)",
            "barre et nombre : force, de 0 (la plus faible) à 1 (la plus forte)",
        ),
        "strength_inference": Word(
            "inference ◆: its strength, darker when stronger",
            "inférence ◆ : sa force, plus foncée si plus forte",
        ),
        "derived": Word(
            "attack derived by {reading} support (not in the map; tooltip: why)",
            "attaque déduite du support {reading} (absente de la carte ; infobulle : pourquoi)",
        ),
        "reading": Word("{reading} reading", "lecture {reading}"),
        "strength_of": Word("strength {strength}", "force {strength}"),
        "tooltip_rebut": Word(
            "{attack}: {source} rebuts {target}", "{attack} : {source} réfute {target}"
        ),
        "tooltip_undermine": Word(
            "{attack}: {source} undermines {target}", "{attack} : {source} sape {target}"
        ),
        "tooltip_undercut": Word(
            "{attack}: {source} undercuts {target}",
            "{attack} : {source} sape l'inférence {target}",
        ),
        "caption_drawn": Word(
            "Drawn: {drawn} of {total} {what}; {left} left out of the picture.",
            "Dessin : {drawn} {what} sur {total} ; {left} laissées de côté.",
        ),
        "caption_attacks": Word("attacks", "attaques"),
        "caption_derived": Word(
            "attacks derived by the reading of support",
            "attaques déduites de la lecture du support",
        ),
        "caption_slow": Word(
            "Laid out by {engine} with straight edges: the layered layout took longer "
            "than {seconds} s.",
            "Disposé par {engine} en lignes droites : la disposition en couches a pris "
            "plus de {seconds} s.",
        ),
        "caption_dense": Word(
            "Laid out by {engine} with straight edges: {edges} edges are too many for the "
            "layered layout.",
            "Disposé par {engine} en lignes droites : {edges} arêtes, c'est trop pour la "
            "disposition en couches.",
        ),
        "outline_source": Word("Source: {title}", f"Source{NBSP}: {{title}}"),
        "outline_participants": Word("Participants: {names}", f"Intervenants{NBSP}: {{names}}"),
        "outline_unconnected": Word(
            "Not connected to an issue:", f"Sans lien avec une question{NBSP}:"
        ),
        "outline_seen": Word("↑ see above", "↑ voir plus haut"),
        "outline_paraphrased": Word("(paraphrased)", "(paraphrase)"),
        "outline_support": Word("supported by", "soutenu par"),
        "outline_linked": Word("supported by (linked premises)", "soutenu par (prémisses liées)"),
        "outline_rebut": Word("rebutted by", "réfuté par"),
        "outline_undermine": Word("undermined by", "sapé par"),
        "outline_undercut": Word("undercut (the inference) by", "inférence sapée par"),
    }
)
"""The words of map and framework diagrams (legend rows and headings, meta lines,
tooltips, captions; the French keeps the plain spaces Graphviz lays out) and of the terminal's
outline (``outline_…``: its headings and the line that introduces each support and
attack, read with the statement above it)."""


def diagram_word(key: str, language: str = "en", **slots: str) -> str:
    """The diagram word ``key`` in ``language``, its slots filled with ``slots``.

    >>> diagram_word("status", "fr", semantics="fondée")
    'Statut selon la sémantique fondée'
    >>> diagram_word("legend")
    'Legend'
    """
    text = DIAGRAM[key].text(language)
    return text.format(**slots) if slots else text
