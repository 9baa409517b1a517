"""Running Graphviz within a time budget, and keeping diagrams to a size it can lay out.

Graphviz's ``dot`` lays out a layered diagram well, but its crossing
minimisation and edge routing grow much faster than the graph: a framework of
100 arguments and 2,000 attacks keeps it busy for minutes. So:

* every layout runs as a subprocess with a time limit (:data:`DEFAULT_LAYOUT_TIMEOUT`
  unless told otherwise), killed when the time is up, and a fallback gets the
  same time again;
* a dense graph with more than :data:`DOT_EDGE_LIMIT` edges, or one ``dot``
  could not finish in time, is laid out by ``sfdp`` (force-directed, straight edges), and
  the diagram says so in its caption;
* diagrams draw at most :data:`MAX_DRAWN_ATTACKS` attacks of a framework and
  :data:`MAX_DRAWN_DERIVED` derived attacks of a map (:func:`capped`), and their
  caption says what was left out.

When even ``sfdp`` does not finish in time, :class:`LayoutTimeoutError` says
which limit to raise.
"""

from __future__ import annotations

import math
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal, TypeVar

from argmap.frameworks.abstract import ArgumentationFramework
from argmap.i18n import diagram_word, digits
from argmap.render.dot import escape_dot_string

T = TypeVar("T")

DEFAULT_LAYOUT_TIMEOUT = 30.0
"""Seconds each layout engine may take on a diagram unless told otherwise."""
DOT_EDGE_LIMIT = 600
"""Graphs with more edges than this, and more than twice as many edges as nodes, go
straight to ``sfdp``: ``dot``'s crossing minimisation would need minutes."""
MAX_DRAWN_ATTACKS = 1_000
"""Attacks of an abstract framework drawn at most (the first by attacker, then target)."""
MAX_DRAWN_DERIVED = 300
"""Attacks derived by a reading of support drawn at most (the first by source, target)."""

FAST_ENGINE = "sfdp"
"""The engine used when ``dot`` is too slow."""
_FAST_OPTIONS = ("-Gsplines=false", "-Goverlap=scale", "-Gnewrank=false")


class RenderError(ValueError):
    """A diagram that cannot be made: unknown output format, Graphviz missing, failing or
    too slow."""


class LayoutTimeoutError(RenderError):
    """The layout did not finish within its time limit, even with the faster engine."""


@dataclass(frozen=True)
class Layout:
    """A laid-out diagram: the file's bytes, the engine that made it, and why not ``dot``."""

    data: bytes
    engine: str
    note: str | None = None


Drawn = Literal["attacks", "derived"]
"""What a diagram draws a part of: attacks, or attacks derived by a reading of support."""


def capped(
    items: Sequence[T], limit: int, what: Drawn, *, language: str = "en"
) -> tuple[Sequence[T], str | None]:
    """The first ``limit`` of ``items``, and a note in ``language`` saying how many were
    left out.

    >>> capped([1, 2, 3], 2, "attacks")
    ([1, 2], 'Drawn: 2 of 3 attacks; 1 left out of the picture.')
    >>> print(capped(range(1500), 1000, "attacks", language="fr")[1])
    Dessin : 1\xa0000 attaques sur 1\xa0500 ; 500 laissées de côté.
    >>> capped([1], 2, "attacks")
    ([1], None)
    """
    if len(items) <= limit:
        return items, None
    note = diagram_word(
        "caption_drawn",
        language,
        drawn=digits(limit, language),
        total=digits(len(items), language),
        what=diagram_word(f"caption_{what}", language),
        left=digits(len(items) - limit, language),
    )
    return items[:limit], note


def capped_framework(
    af: ArgumentationFramework, limit: int = MAX_DRAWN_ATTACKS, *, language: str = "en"
) -> tuple[ArgumentationFramework, str | None]:
    """``af`` with at most ``limit`` of its attacks (the first by attacker, then target),
    and a note saying how many were left out. Every argument stays.

    >>> from argmap.frameworks import AF
    >>> drawn, note = capped_framework(AF(["a", "b"], [("a", "b"), ("b", "a")]), 1)
    >>> drawn.sorted_attacks(), note
    ([('a', 'b')], 'Drawn: 1 of 2 attacks; 1 left out of the picture.')
    """
    attacks, note = capped(af.sorted_attacks(), limit, "attacks", language=language)
    if note is None:
        return af, None
    return ArgumentationFramework(af.arguments, attacks), note


def with_caption(dot: str, notes: Sequence[str]) -> str:
    """``dot`` with ``notes`` as the graph's caption, at the top (one line each).

    >>> print(with_caption("digraph argmap {\\n  a;\\n}\\n", ["Drawn: 1 of 2 attacks."]), end="")
    digraph argmap {
      graph [label="Drawn: 1 of 2 attacks.\\l", labelloc="t", fontsize="10"];
      a;
    }

    A second call adds its notes below the first ones.
    """
    if not notes:
        return dot
    head, newline, rest = dot.partition("\n")
    lines = "".join(escape_dot_string(note)[1:-1] + "\\l" for note in notes)
    first, _, after = rest.partition("\n")
    if first.startswith(_CAPTION_START) and first.endswith(_CAPTION_END):
        lines = first[len(_CAPTION_START) : -len(_CAPTION_END)] + lines
        rest = after
    return f"{head}{newline}{_CAPTION_START}{lines}{_CAPTION_END}\n{rest}"


_CAPTION_START = '  graph [label="'
_CAPTION_END = '", labelloc="t", fontsize="10"];'


def edge_count(dot: str) -> int:
    """The number of edge statements in ``dot`` as argmap writes it (one per line)."""
    return sum(1 for line in dot.splitlines() if " -> " in line)


def node_count(dot: str) -> int:
    """The number of node statements in ``dot`` as argmap writes it (``"name" [...]``)."""
    return sum(
        1 for line in dot.splitlines() if line.lstrip().startswith('"') and " -> " not in line
    )


def lay_out(
    dot: str,
    output_format: str,
    *,
    timeout: float | None = DEFAULT_LAYOUT_TIMEOUT,
    language: str = "en",
) -> Layout:
    """Lay ``dot`` out into ``output_format`` (svg, png or pdf) within ``timeout`` seconds.

    ``dot`` is tried first unless the graph has more than :data:`DOT_EDGE_LIMIT`
    edges and more than twice as many edges as nodes; if it is too slow,
    ``sfdp`` lays the graph out with straight edges, with ``timeout`` seconds of
    its own (so a layout takes at most twice ``timeout``), and the diagram's
    caption says so, in ``language``. ``timeout=None`` waits as long as it takes.

    Raises
    ------
    RenderError
        Graphviz is not installed or rejects the input.
    LayoutTimeoutError
        Neither engine finished in time.
    """
    if timeout is not None and not (math.isfinite(timeout) and timeout > 0):
        raise RenderError(
            f"the layout time limit must be a positive number of seconds, got {timeout}"
        )
    edges = edge_count(dot)
    if edges <= DOT_EDGE_LIMIT or edges <= 2 * node_count(dot):
        try:
            return Layout(_run("dot", (), dot, output_format, timeout), "dot")
        except subprocess.TimeoutExpired:
            note = diagram_word(
                "caption_slow", language, engine=FAST_ENGINE, seconds=f"{timeout:g}"
            )
    else:
        note = diagram_word(
            "caption_dense", language, engine=FAST_ENGINE, edges=digits(edges, language)
        )
    captioned = with_caption(dot, [note])
    try:
        return Layout(
            _run(FAST_ENGINE, _FAST_OPTIONS, captioned, output_format, timeout), FAST_ENGINE, note
        )
    except subprocess.TimeoutExpired:
        raise LayoutTimeoutError(
            f"Graphviz could not lay the diagram out within {timeout:g} s ({edges:,} edges), "
            "even with the faster engine: allow more time (--layout-timeout) or draw less"
        ) from None


def _run(
    engine: str, options: Sequence[str], dot: str, output_format: str, timeout: float | None
) -> bytes:
    """Run Graphviz's ``engine``; a run past ``timeout`` is killed (TimeoutExpired)."""
    try:
        done = subprocess.run(
            [engine, f"-T{output_format}", *options],
            input=dot.encode("utf-8"),
            capture_output=True,
            timeout=timeout,
            check=False,
        )
    except FileNotFoundError:
        raise RenderError(
            f"Graphviz's `{engine}` program was not found: install Graphviz "
            "(Debian/Ubuntu: apt-get install graphviz; macOS: brew install graphviz)"
        ) from None
    if done.returncode != 0:
        detail = done.stderr.decode("utf-8", "replace").strip()
        raise RenderError(f"Graphviz could not lay the diagram out: {detail}")
    return done.stdout
