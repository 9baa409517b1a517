"""The checks of a statement's quote against the text of its source, with what to
change: the span to set, the occurrences to choose among, or the closest passage
and how it differs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from argmap.model.problems import Path, Problem
from argmap.model.quotes import QuoteMatch, context, differences, locate_quote

if TYPE_CHECKING:
    from argmap.model.types import Source


def unlocated_quote(owner: str, base: Path, quote: str, text: str) -> list[Problem]:
    """The problem of a quote without span that cannot be located: found several
    times (the candidates) or nowhere (the closest passage and the differences).

    ``owner`` is the statement's id, ``base`` the path of its provenance.

    >>> [p.message for p in unlocated_quote("c", (), "tea", "tea or tea")]
    ['the quote occurs 2 times in the source: [0, 3] [tea] or tea; [7, 10] tea or [tea]']
    >>> unlocated_quote("c", (), "coffee", "tea or coffee")
    []
    """
    match = locate_quote(text, quote)
    if match.count > 1:
        shown = "; ".join(f"{list(span)} {context(text, span)}" for span in match.spans[:5])
        more = f" (and {match.count - 5} more)" if match.count > 5 else ""
        return [
            Problem(
                f"the quote occurs {match.count} times in the source: {shown}{more}",
                (*base, "quote"),
                owner,
                "add `span: [start, end]` with the occurrence meant, or quote a few more words",
            )
        ]
    if match.count == 0:
        return [
            Problem(
                f"the quote is not found in the source{_closest(text, quote, match)}",
                (*base, "quote"),
                owner,
                "copy the words exactly as in the source (same accents, apostrophes and spaces)",
            )
        ]
    return []


def quote_at_span(
    owner: str,
    base: Path,
    quote: str,
    span: tuple[int, int],
    text: str,
    source: Source,
) -> list[Problem]:
    """The problems of a quote given with its ``span`` in ``text``: a span out of
    range, other words at the span (with where the quote really is), or a span in a
    section of page chrome."""
    start, end = span
    length = len(text)
    match = locate_quote(text, quote)
    if match.unique is not None:
        where = (
            f"; the quote is found at {list(match.unique)}: set `span` to that, "
            "or remove `span` and it is computed"
        )
    elif match.count:
        where = "; the quote occurs at " + ", ".join(str(list(s)) for s in match.spans[:5])
    else:
        where = (
            f"; the quote is not found anywhere in the source{_closest(text, quote, match)}"
            ": copy it exactly (same accents, apostrophes and spaces)"
        )
    if end > length:
        return [
            Problem(
                f"span {list(span)} is out of range: the source has {length} characters",
                (*base, "span"),
                owner,
                f"keep the span within [0, {length}]{where}",
            )
        ]
    if text[start:end] != quote:
        return [
            Problem(
                f"quote is not found verbatim at span {list(span)}; "
                f"the source has {_clip(text[start:end])!r} there",
                (*base, "quote"),
                owner,
                where.removeprefix("; "),
            )
        ]
    return [
        Problem(
            f"quote lies in section {section.id!r}, which is page chrome, not part of the debate",
            (*base, "span"),
            owner,
            "quote the debate itself, not banners, ads or navigation",
        )
        for section in source.sections
        if section.chrome and start < section.span[1] and section.span[0] < end
    ]


def _closest(text: str, quote: str, match: QuoteMatch) -> str:
    """``"; the closest passage is ... (differences)"`` or nothing when none is close."""
    if match.closest is None or match.similarity < 0.5:
        return ""
    start, end = match.closest
    diffs = differences(text[start:end], quote)
    detail = f" ({'; '.join(diffs)})" if diffs else ""
    return f"; the closest passage is at {[start, end]}: {_clip(text[start:end], 80)!r}{detail}"


def _clip(text: str, width: int = 60) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
