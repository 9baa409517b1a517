"""Fixtures and strategies for the semantics tests."""

from __future__ import annotations

import re
from pathlib import Path

import hypothesis.strategies as st

from argmap.frameworks import ArgumentationFramework

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
"""The read-only reference material beside the repository (may be absent)."""

SEMANTICS = (
    "conflict_free",
    "naive",
    "admissible",
    "complete",
    "grounded",
    "preferred",
    "stable",
    "semi_stable",
    "stage",
    "ideal",
    "eager",
    "cf2",
    "stage2",
)


@st.composite
def frameworks(draw: st.DrawFn, max_arguments: int = 8) -> ArgumentationFramework:
    """Random frameworks of up to ``max_arguments`` arguments, self-attacks included.

    The attack density is drawn too, so sparse chains, dense tangles and
    everything between come up.
    """
    n = draw(st.integers(min_value=0, max_value=max_arguments))
    names = [f"a{i}" for i in range(n)]
    if n == 0:
        return ArgumentationFramework([])
    most = draw(st.sampled_from([n, 2 * n, 3 * n, n * n]))
    attacks = draw(
        st.sets(st.tuples(st.sampled_from(names), st.sampled_from(names)), max_size=most)
    )
    return ArgumentationFramework(names, sorted(attacks))


_APX_FACT = re.compile(r"(arg|att)\(\s*([^,()\s]+)\s*(?:,\s*([^,()\s]+)\s*)?\)\s*\.")


def load_apx(path: Path) -> ArgumentationFramework:
    """An ``.apx`` file, read by :mod:`argmap.io.iccma` when present, else by :func:`read_apx`."""
    try:
        from argmap.io.iccma import load_framework
    except ImportError:
        return read_apx(path)
    return load_framework(path)


def read_apx(path: Path) -> ArgumentationFramework:
    """A minimal ASPARTIX reader (``arg(a).`` / ``att(a,b).``, one fact per line or not)."""
    arguments: list[str] = []
    attacks: list[tuple[str, str]] = []
    for kind, first, second in _APX_FACT.findall(path.read_text()):
        if kind == "arg":
            arguments.append(first)
        else:
            attacks.append((first, second))
    return ArgumentationFramework(arguments, attacks)
