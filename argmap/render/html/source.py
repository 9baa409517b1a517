"""The sources of a debate as a report shows them: safe links and the text cut into passages.

A source's text is cut at section and quote boundaries (:func:`source_blocks`)
so that the page can highlight every quoted passage and link it to the
statements quoting it; :func:`text_order` gives the statements in the order the
text says them, for the page's step-by-step walk through the text. Only ``http``
and ``https`` addresses become links (:func:`safe_url`).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit

from argmap.model import ArgumentMap, Source, Statement, localised


def safe_url(url: str | None) -> str | None:
    """``url`` when it is an ``http`` or ``https`` address with a host, else ``None``.

    Only such links are made clickable in a report: ``javascript:``, ``data:``
    and relative addresses are shown as text.

    >>> safe_url("https://example.org/a?b=1"), safe_url("javascript:alert(1)")
    ('https://example.org/a?b=1', None)
    >>> safe_url(" HTTP://example.org"), safe_url("//example.org/x")
    ('HTTP://example.org', None)
    """
    if url is None:
        return None
    candidate = url.strip()
    if any(ord(c) < 0x21 for c in candidate):
        return None
    try:
        parts = urlsplit(candidate)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return candidate


@dataclass(frozen=True)
class Passage:
    """A stretch of source text, with the statements that quote it (maybe none)."""

    text: str
    statements: tuple[str, ...]


@dataclass(frozen=True)
class SourceBlock:
    """Consecutive passages in the same section of a source (or outside any section)."""

    section: str | None
    title: str | None
    chrome: bool
    passages: tuple[Passage, ...]


def source_blocks(
    source: Source, statements: Iterable[Statement], language: str = "en"
) -> tuple[SourceBlock, ...]:
    """The text of ``source`` cut at section and quote boundaries.

    Every character of the text is in exactly one passage, in order; a passage
    lists the statements whose quote covers it (quotes may overlap), and
    belongs to the smallest section around it.

    Examples
    --------
    >>> m = ArgumentMap(title="t", sources=[{"id": "s", "title": "S", "text": "ab cd ef",
    ...     "sections": [{"id": "x", "title": "X", "span": [0, 5]}]}],
    ...     participants=[{"id": "p", "name": "P"}],
    ...     statements=[{"id": "c", "text": {"en": "C"},
    ...         "provenance": {"source": "s", "speaker": "p", "quote": "cd", "span": [3, 5]}}])
    >>> [(b.section, [(p.text, p.statements) for p in b.passages])
    ...  for b in source_blocks(m.sources[0], m.statements)]
    [('x', [('ab ', ()), ('cd', ('c',))]), (None, [(' ef', ())])]
    """
    text = source.text or ""
    length = len(text)
    quotes = [
        (
            max(0, min(st.provenance.span[0], length)),
            max(0, min(st.provenance.span[1], length)),
            st.id,
        )
        for st in statements
        if st.provenance is not None
        and st.provenance.source == source.id
        and st.provenance.span is not None
    ]
    cuts = {0, length}
    for start, end, _ in quotes:
        cuts.update((start, end))
    for section in source.sections:
        cuts.update(min(max(0, offset), length) for offset in section.span)
    points = sorted(cuts)
    starts: dict[int, list[int]] = {}
    ends: dict[int, list[int]] = {}
    for position, (start, end, _) in enumerate(quotes):
        if end > start:
            starts.setdefault(start, []).append(position)
            ends.setdefault(end, []).append(position)
    sections = sorted(source.sections, key=lambda s: (s.span[1] - s.span[0], s.span[0]))
    active: set[int] = set()
    blocks: list[SourceBlock] = []
    current: tuple[str | None, str | None, bool] | None = None
    passages: list[Passage] = []
    for left, right in itertools.pairwise(points):
        active.difference_update(ends.get(left, ()))
        active.update(starts.get(left, ()))
        if right <= left:
            continue
        around = next((s for s in sections if s.span[0] <= left and right <= s.span[1]), None)
        key = (
            (around.id, localised(around.title, language), around.chrome)
            if around
            else (
                None,
                None,
                False,
            )
        )
        quoting = tuple(quotes[i][2] for i in sorted(active))
        if key != current:
            if current is not None and passages:
                blocks.append(SourceBlock(*current, tuple(passages)))
            current, passages = key, []
        if passages and passages[-1].statements == quoting:
            passages[-1] = Passage(passages[-1].text + text[left:right], quoting)
        else:
            passages.append(Passage(text[left:right], quoting))
    if current is not None and passages:
        blocks.append(SourceBlock(*current, tuple(passages)))
    return tuple(blocks)


def text_order(m: ArgumentMap) -> tuple[tuple[str, ...], ...]:
    """The statements of ``m`` in the order its sources say them, passage by passage.

    One step per place where quotes start (sources in the map's order, then
    the start of the quote's span): the statements whose quotes start there.
    The issues come first, in a step of their own, unless a quote says them.
    A statement no quote says (an implicit premise...) comes with the first
    step at which every other end of one of its supports has come; one that
    has none comes last.

    Examples
    --------
    >>> m = ArgumentMap(title="t", sources=[{"id": "s", "title": "S", "text": "ab cd"}],
    ...     participants=[{"id": "p", "name": "P"}],
    ...     statements=[
    ...         {"id": "q", "kind": "issue", "text": {"en": "Q?"}},
    ...         {"id": "c", "text": {"en": "C"}, "answers": "q", "provenance":
    ...             {"source": "s", "speaker": "p", "quote": "cd", "span": [3, 5]}},
    ...         {"id": "a", "text": {"en": "A"}, "provenance":
    ...             {"source": "s", "speaker": "p", "quote": "ab", "span": [0, 2]}},
    ...         {"id": "i", "text": {"en": "I"}, "implicit": True}],
    ...     supports=[{"id": "r", "premises": ["a", "i"], "conclusion": "c"}])
    >>> text_order(m)
    (('q',), ('a',), ('c', 'i'))
    """
    sources = {source.id: position for position, source in enumerate(m.sources)}
    quoted: list[tuple[int, int, str]] = []
    for st in m.statements:
        provenance = st.provenance
        if provenance is not None and provenance.span is not None:
            place = sources.get(provenance.source or "", len(sources))
            quoted.append((place, provenance.span[0], st.id))
    quoted.sort(key=lambda item: (item[0], item[1]))
    steps: list[list[str]] = []
    step_of: dict[str, int] = {}
    issues = [st.id for st in m.issues if st.id not in {q[2] for q in quoted}]
    if issues:
        steps.append(issues)
        step_of.update(dict.fromkeys(issues, 0))
    last: tuple[int, int] | None = None
    for source, start, statement in quoted:
        if (source, start) != last:
            steps.append([])
            last = (source, start)
        steps[-1].append(statement)
        step_of[statement] = len(steps) - 1
    said = len(steps)
    trailing: list[str] = []
    for st in m.statements:
        if st.id in step_of:
            continue
        arrivals = [
            max((step_of.get(end, said) for end in ends if end != st.id), default=0)
            for support in m.supports
            if st.id in support.premises
            for ends in [(support.conclusion, *support.premises)]
        ]
        arrival = min(arrivals, default=said)
        if arrival < said:
            steps[arrival].append(st.id)
        else:
            trailing.append(st.id)
    steps.append(trailing)
    return tuple(tuple(step) for step in steps if step)
