"""Finding a quote in its source: the span of an exact match, or the closest passage.

A statement's quote is the speaker's exact words; its span says where they stand in
the source text. The span can be left out when the quote occurs exactly once: it is
computed (:func:`locate_quote`). When the quote occurs several times, the analyst
picks one of the candidates; when it occurs nowhere, the closest passage of the
source and the differences are shown, so a typed apostrophe or a lost accent is
found at a glance.

The closest passage is found in time linear in the source: each position of the
source is scored by how many of the quote's character trigrams start there, windows
of the quote's length are ranked by their total, and only the few best windows are
aligned with :class:`difflib.SequenceMatcher`. Long quotes are compared on a bounded
prefix, so the cost stays bounded whatever the input.
"""

from __future__ import annotations

import difflib
import heapq
from dataclasses import dataclass

MAX_CANDIDATES = 5
"""How many occurrences of an ambiguous quote are listed."""

_CONTEXT = 25
_ALIGN_WINDOWS = 4
_MAX_QUOTE_SCORED = 400


@dataclass(frozen=True)
class QuoteMatch:
    """Where a quote stands in a source text.

    ``spans`` holds the ``[start, end)`` offsets of its exact occurrences (at most
    :data:`MAX_CANDIDATES` + 1, so "more than that" can be told), ``count`` how many
    there are. When there is none, ``closest`` is the span of the most similar
    passage (or ``None`` for an empty source) and ``similarity`` its ratio in [0, 1].
    """

    spans: tuple[tuple[int, int], ...]
    count: int
    closest: tuple[int, int] | None = None
    similarity: float = 0.0

    @property
    def unique(self) -> tuple[int, int] | None:
        """The span when the quote occurs exactly once, else ``None``."""
        return self.spans[0] if self.count == 1 else None


def locate_quote(text: str, quote: str) -> QuoteMatch:
    """Every exact occurrence of ``quote`` in ``text``, or the closest passage.

    Examples
    --------
    >>> locate_quote("tea is good; coffee is good", "coffee is good").unique
    (13, 27)
    >>> match = locate_quote("tea is good; coffee is good", "is good")
    >>> match.count, match.spans
    (2, ((4, 11), (20, 27)))
    >>> match = locate_quote("I don’t like tea", "I don't like tea")
    >>> match.count, match.closest, round(match.similarity, 2)
    (0, (0, 16), 0.94)
    """
    if not quote:
        return QuoteMatch((), 0)
    spans: list[tuple[int, int]] = []
    count = 0
    start = text.find(quote)
    while start >= 0:
        count += 1
        if len(spans) <= MAX_CANDIDATES:
            spans.append((start, start + len(quote)))
        start = text.find(quote, start + 1)
    if count:
        return QuoteMatch(tuple(spans), count)
    closest, similarity = _closest_passage(text, quote)
    return QuoteMatch((), 0, closest, similarity)


def _closest_passage(text: str, quote: str) -> tuple[tuple[int, int] | None, float]:
    if not text:
        return None, 0.0
    probe = quote[:_MAX_QUOTE_SCORED]
    width = len(probe)
    starts = _best_windows(text.casefold(), probe.casefold(), width)
    best: tuple[tuple[int, int] | None, float] = (None, 0.0)
    for window_start in starts:
        lo = max(0, window_start - width // 2)
        hi = min(len(text), window_start + width + width // 2)
        region = text[lo:hi]
        matcher = difflib.SequenceMatcher(None, region, probe, autojunk=False)
        blocks = [b for b in matcher.get_matching_blocks() if b.size]
        if not blocks:
            continue
        first, last = blocks[0], blocks[-1]
        start = lo + first.a - first.b
        end = lo + last.a + last.size + (len(quote) - last.b - last.size)
        start, end = max(lo, start), min(len(text), end)
        ratio = difflib.SequenceMatcher(None, text[start:end], quote, autojunk=False).ratio()
        if ratio > best[1]:
            best = ((start, end), ratio)
    if best[0] is None:
        return (0, min(len(text), len(quote))), 0.0
    return _whole_words(text, *best[0]), best[1]


def _whole_words(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` widened to whole words (by at most a word's length each side)."""
    limit = 30
    while limit and 0 < start < len(text) and text[start - 1].isalnum() and text[start].isalnum():
        start, limit = start - 1, limit - 1
    limit = 30
    while limit and 0 < end < len(text) and text[end - 1].isalnum() and text[end].isalnum():
        end, limit = end + 1, limit - 1
    return start, end


def _best_windows(text: str, probe: str, width: int) -> list[int]:
    """Start offsets of the windows of ``text`` sharing most trigrams with ``probe``."""
    n = 3 if width >= 3 else width
    grams = {probe[i : i + n] for i in range(width - n + 1)}
    hits = [1 if text[i : i + n] in grams else 0 for i in range(max(0, len(text) - n + 1))]
    if not hits:
        return [0]
    span = max(1, width - n + 1)
    total = sum(hits[:span])
    scores = [total]
    for i in range(span, len(hits)):
        total += hits[i] - hits[i - span]
        scores.append(total)
    ranked = heapq.nlargest(_ALIGN_WINDOWS * 16, range(len(scores)), key=scores.__getitem__)
    chosen: list[int] = []
    for i in ranked:
        if all(abs(i - j) >= width for j in chosen):
            chosen.append(i)
            if len(chosen) == _ALIGN_WINDOWS:
                break
    return chosen


def context(text: str, span: tuple[int, int], width: int = _CONTEXT) -> str:
    """The span's text with a little of what surrounds it, on one line.

    >>> context("one two three four five", (8, 13), width=4)
    '…two [three] fou…'
    """
    start, end = span
    before = text[max(0, start - width) : start]
    after = text[end : end + width]
    head = "…" if start - width > 0 else ""
    tail = "…" if end + width < len(text) else ""
    return _one_line(f"{head}{before}[{text[start:end]}]{after}{tail}")


def differences(found: str, quote: str, limit: int = 4) -> list[str]:
    """What differs between a passage of the source and a quote, word by word.

    >>> for line in differences("I don’t like green tea", "I don't like tea"):
    ...     print(line)
    the source has “don’t” where the quote has “don't”
    the source has “green” before “tea”
    """
    a, b = found.split(), quote.split()
    result: list[str] = []
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        source_words, quote_words = " ".join(a[i1:i2]), " ".join(b[j1:j2])
        if tag == "replace":
            result.append(f"the source has “{source_words}” where the quote has “{quote_words}”")
        elif tag == "delete":
            where = f"before “{a[i2]}”" if i2 < len(a) else f"after “{a[i1 - 1]}”"
            result.append(f"the source has “{source_words}” {where}")
        else:
            result.append(f"the quote adds “{quote_words}”")
        if len(result) == limit:
            break
    if not result and found != quote:
        result.append("the spacing or line breaks differ")
    return [_one_line(r) for r in result]


def _one_line(text: str) -> str:
    return " ".join(text.split()) if "\n" in text or "\t" in text else text
