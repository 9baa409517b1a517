"""The "did you mean" hints given for unknown references, found without comparing
a reference with every id of a large map."""

from __future__ import annotations

from collections.abc import Iterable

HINT_LIMIT = 20
"""Unknown references that get a "did you mean" hint; later ones get none."""

HINT_MAX_LENGTH = 80
"""Unknown references longer than this get no "did you mean" hint."""

HINT_NEIGHBOURS = 32
"""Ids compared with an unknown reference on each side, by prefix and by suffix."""


class HintIndex:
    """Ids sorted by their text and by their reversed text, to find the candidates of a
    "did you mean" hint without comparing a reference with every id.

    A misspelling keeps either the start or the end of the id it stands for, so the
    :data:`HINT_NEIGHBOURS` ids on each side of the reference in both orders hold the
    likely matches; :func:`difflib.get_close_matches` picks among them.

    >>> index = HintIndex(f"claim_{i}" for i in range(1000))
    >>> index.closest("clam_12"), index.closest("claim_12x"), index.closest("zzz")
    ('claim_12', 'claim_12', None)
    """

    def __init__(self, ids: Iterable[str]) -> None:
        self.forward = sorted(ids)
        self.backward = sorted(i[::-1] for i in self.forward)

    def closest(self, ref: str) -> str | None:
        """The id closest to ``ref`` among its neighbours, or ``None`` when none is close."""
        import bisect
        import difflib

        candidates: set[str] = set()
        for ordered, key, flip in ((self.forward, ref, False), (self.backward, ref[::-1], True)):
            at = bisect.bisect_left(ordered, key)
            for found in ordered[max(0, at - HINT_NEIGHBOURS) : at + HINT_NEIGHBOURS]:
                candidates.add(found[::-1] if flip else found)
        close = difflib.get_close_matches(ref, sorted(candidates), n=1)
        return close[0] if close else None
