"""What-if analyses as text: the verdict, then each single edit that would change it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from argmap.explain.narrator import Narrator, sentence
from argmap.i18n import VERDICTS, colon, typeset
from argmap.i18n.analyses import WHAT_IF

if TYPE_CHECKING:
    from argmap.explain.sceptical import Status
    from argmap.explain.whatif import WhatIf

WHAT_IF_SHOWN = 12
"""Edits listed in a what-if text at most (the data holds all of them)."""


def render_what_if(result: WhatIf, language: str) -> str:
    """The text of a what-if analysis (see :mod:`argmap.explain.whatif`).

    A first sentence with the verdict, then one numbered line per edit that
    changes it (at most :data:`WHAT_IF_SHOWN`), with the verdict it would give.

    Examples
    --------
    >>> from argmap.explain import what_if
    >>> from argmap.frameworks import AF
    >>> result = what_if(AF(["a", "b"], [("a", "b")]), "b")
    >>> print(render_what_if(result, "en"))  # doctest: +NORMALIZE_WHITESPACE
    Argument b is rejected under grounded semantics. Two single edits out of 2 would
    change that, the smallest first:
    1. Removing the attack of argument a on argument b: it would become accepted.
    2. Removing argument a: it would become accepted.
    """
    narrator = Narrator(result.vocabulary, language)
    book = WHAT_IF[narrator.language]
    a = result.target

    def status_word(status: Status) -> str:
        return VERDICTS[status.value].text(language, feminine=narrator.feminine(a))

    sem = narrator.semantics(result.semantics)
    head = narrator.fill(book["head"], A=a, status=status_word(result.status), sem=sem)
    lines = [head[0].upper() + head[1:]]
    n = result.considered
    if not result.flips:
        lines[0] += " " + narrator.fill(book["none"], A=a, n=n)
        return typeset(lines[0], language)
    k = len(result.flips)
    intro = book["one"] if k == 1 else book["some"]
    lines[0] += " " + narrator.fill(intro, k=narrator.number(k).capitalize(), n=n)
    for position, flip in enumerate(result.flips[:WHAT_IF_SHOWN], start=1):
        narrator.last = None  # each line stands on its own: no "that ..." across lines
        edit = flip.edit
        if edit.kind.value == "remove_statement":
            change = narrator.fill(book["remove_statement"], B=edit.ends[0])
        else:
            verb = "remove" if edit.kind.value == "remove_relation" else "flip"
            key = f"{verb}_{edit.relation}"
            *sources, target = edit.ends
            premises = narrator.shorts(sources)
            change = narrator.fill(book[key], B=sources[0], C=target, P=premises)
        after = narrator.fill(book["result"], A=a, status=status_word(flip.after))
        lines.append(f"{position}. {sentence(change + colon(language) + after)}")
    if k > WHAT_IF_SHOWN:
        lines.append(narrator.fill(book["shown"], k=WHAT_IF_SHOWN))
    return typeset("\n".join(lines), language)


__all__ = ["WHAT_IF_SHOWN", "render_what_if"]
