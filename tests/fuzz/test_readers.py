"""Every reader, fed arbitrary bytes and mutated valid files: a documented error or a
result, never another exception or a hang (hypothesis, a bounded number of cases).

``make fuzz`` runs the longer, coverage-guided campaign of ``tests/fuzz/campaign.py``;
``ARGMAP_FUZZ_EXAMPLES=N`` runs N cases per test here instead of 60.
"""

from __future__ import annotations

import contextlib
import os
from datetime import timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.fuzz.readers import DOCUMENTED_ERRORS, HOSTILE_PIECES, READERS, SEEDS

FORMATS = sorted(READERS)

FUZZ = settings(
    max_examples=int(os.environ.get("ARGMAP_FUZZ_EXAMPLES", "60")),
    deadline=timedelta(seconds=5),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def read(fmt: str, data: bytes) -> None:
    """Run the reader; a documented error is an answer too."""
    with contextlib.suppress(*DOCUMENTED_ERRORS):
        READERS[fmt](data)


@st.composite
def mutated(draw: st.DrawFn, seed: bytes) -> bytes:
    """``seed`` with a few structure-aware changes: hostile pieces inserted, a slice
    repeated or cut, line endings changed, a byte flipped, the file truncated."""
    data = bytearray(seed)
    for _ in range(draw(st.integers(1, 4))):
        where = draw(st.integers(0, len(data)))
        change = draw(st.sampled_from(["insert", "repeat", "cut", "crlf", "flip", "truncate"]))
        if change == "insert":
            data[where:where] = draw(st.sampled_from(HOSTILE_PIECES))
        elif change == "repeat":
            end = draw(st.integers(where, min(len(data), where + 80)))
            data[where:where] = data[where:end] * draw(st.integers(1, 20))
        elif change == "cut":
            end = draw(st.integers(where, min(len(data), where + 40)))
            del data[where:end]
        elif change == "crlf":
            data = bytearray(bytes(data).replace(b"\n", b"\r\n"))
        elif change == "flip" and data:
            index = min(where, len(data) - 1)
            data[index] = draw(st.integers(0, 255))
        elif change == "truncate":
            del data[where:]
    return bytes(data)


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_seed_is_read(fmt: str) -> None:
    READERS[fmt](SEEDS[fmt])


@pytest.mark.parametrize("fmt", FORMATS)
@FUZZ
@given(data=st.binary(max_size=400))
def test_arbitrary_bytes_give_a_result_or_a_documented_error(fmt: str, data: bytes) -> None:
    read(fmt, data)


@pytest.mark.parametrize("fmt", FORMATS)
@FUZZ
@given(data=st.data())
def test_mutated_files_give_a_result_or_a_documented_error(fmt: str, data: st.DataObject) -> None:
    read(fmt, data.draw(mutated(SEEDS[fmt])))


@FUZZ
@given(
    levels=st.integers(1, 40),
    width=st.integers(1, 12),
    fmt=st.sampled_from(["yaml", "json"]),
)
def test_nested_aliases_and_nesting_stay_bounded(levels: int, width: int, fmt: str) -> None:
    if fmt == "yaml":
        lines = ["title: t", "a0: &a0 [" + ",".join(["x"] * width) + "]"]
        for i in range(1, levels):
            lines.append(f"a{i}: &a{i} [" + ",".join([f"*a{i - 1}"] * width) + "]")
        data = ("\n".join(lines) + "\n").encode()
    else:
        data = b'{"title": "t", "x": ' + b"[" * levels * width + b"]" * levels * width + b"}"
    read(fmt, data)
