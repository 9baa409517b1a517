"""Gradual attributions as text: the strength, then what moved it and by how much."""

from __future__ import annotations

from typing import TYPE_CHECKING

from argmap.explain.narrator import Narrator, sentence
from argmap.i18n import separator, typeset
from argmap.i18n.analyses import ATTRIBUTION

if TYPE_CHECKING:
    from argmap.explain.gradual import Attribution


def render_attribution(result: Attribution, language: str) -> str:
    """The text of a gradual attribution (see :mod:`argmap.explain.gradual`).

    The strength first, then each edge from the largest effect down: how much
    removing it would change the strength, and its Shapley share.

    Examples
    --------
    >>> from argmap.explain import attribution
    >>> from argmap.frameworks import AF
    >>> why = attribution(AF(["a", "b"], [("a", "b")]), "b")
    >>> print(render_attribution(why, "en"))  # doctest: +NORMALIZE_WHITESPACE
    Argument b has strength 0.000 under df-quad (base score 1.000). Argument a pulls it
    down by 1.000 (Shapley share -1.000). Without any attack or support it would be 1.000.
    """
    narrator = Narrator(result.vocabulary, language)
    book = ATTRIBUTION[narrator.language]

    def number(x: float, signed: bool = False) -> str:
        text = f"{x:+.3f}" if signed else f"{abs(x):.3f}"
        return text.replace(".", ",") if language == "fr" else text

    a = result.argument
    head = narrator.fill(
        book["head"],
        A=a,
        s=number(result.strength),
        sem=result.semantics.value,
        w=number(result.base),
    )
    sentences = [head[0].upper() + head[1:]]
    if not result.contributions:
        sentences.append(narrator.fill(book["none"], A=a))
        return typeset(" ".join(sentences), language)
    parts = []
    for c in result.contributions:
        effect = c.removal
        near = c.target == a
        if abs(effect) < 5e-4:
            key = "flat" if near else "flat_far"
        elif near:
            key = "down" if effect < 0 else "up"
        elif effect < 0:
            key = "down_far" if c.relation == "attack" else "down_far_support"
        else:
            key = "up_far" if c.relation == "support" else "up_far_attack"
        part = narrator.fill(book[key], A=a, B=c.source, C=c.target, d=number(effect))
        if c.shapley is not None:
            part += narrator.fill(book["shapley"], p=number(c.shapley, signed=True))
        parts.append(part)
    sentences.append(sentence(separator(language).join(parts)))
    if result.exact_shapley:
        sentences.append(narrator.fill(book["without"], A=a, v=number(result.unattached)))
    if not result.converged:
        sentences.append(book["unconverged"])
    return typeset(" ".join(sentences), language)


__all__ = ["render_attribution"]
