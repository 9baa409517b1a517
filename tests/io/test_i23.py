"""The i23 readers: the plain-Python reading of the usual layout against the others."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from argmap.frameworks.abstract import ArgumentationFramework
from argmap.io import i23
from argmap.io.iccma import IccmaFormatError, ReadingBudget, load_framework, loads_framework
from argmap.io.limits import Limits
from tests.new_interpreter import solve_in_a_new_interpreter


def _plain(text: str) -> tuple[list[int], list[int]] | None:
    """What the plain reader makes of ``text`` (a header line, then the attacks)."""
    data = text.encode()
    start = data.index(b"\n") + 1
    count = int(data[:start].split()[2])
    return i23._i23_plain(data, start, i23._i23_names(count), ReadingBudget(Limits()))


def _through_numpy(text: str, monkeypatch: pytest.MonkeyPatch) -> ArgumentationFramework:
    with monkeypatch.context() as patch:
        patch.setattr(i23, "PYTHON_LINES", -1)
        return loads_framework(text, "i23", arrays=True)


usual_files = st.integers(1, 40).flatmap(
    lambda n: st.tuples(
        st.just(n),
        st.lists(st.tuples(st.integers(1, n), st.integers(1, n)), min_size=1, max_size=60),
        st.sampled_from(["", "\n", "\n\n", " \n", "\n \t\n", "\n" * 70, " " * 100]),
    )
)


@settings(max_examples=200, deadline=None)
@given(usual_files, st.integers(1, 40))
def test_plain_reading_agrees_with_the_numpy_reading(
    case: tuple[int, list[tuple[int, int]], str], chunk: int
) -> None:
    n, pairs, ending = case
    text = f"p af {n}\n" + "\n".join(f"{s} {t}" for s, t in pairs) + ending
    with pytest.MonkeyPatch.context() as patch:
        # Chunks of a few bytes: lines split across chunks are read whole.
        patch.setattr(i23, "PLAIN_CHUNK", chunk)
        read = _plain(text)
        plain = loads_framework(text, "i23", arrays=False)
    assert read == ([s - 1 for s, _ in pairs], [t - 1 for _, t in pairs])
    names = [str(i) for i in range(1, n + 1)]
    unsorted = ArgumentationFramework.from_indices(names, *read, checked=True)
    with pytest.MonkeyPatch.context() as patch:
        through_numpy = _through_numpy(text, patch)
    for af in (plain, unsorted):
        assert af.arguments == tuple(names)
        assert af.unattacked_indices() == through_numpy.unattacked_indices()
        assert af == through_numpy
        assert af.attack_positions() == through_numpy.attack_positions()


@pytest.mark.parametrize(
    ("text", "attacks"),
    [
        ("p af 3\n1\t2\n2 3\n", [(0, 1), (1, 2)]),
        ("p af 3\r\n1 2\r\n2 3\r\n", [(0, 1), (1, 2)]),
        ("p af 3\n1 2\n\n2 3\n", [(0, 1), (1, 2)]),
        ("p af 3\n 1 2\n2 3\n", [(0, 1), (1, 2)]),
        ("p af 3\n1  2\n2 3\n", [(0, 1), (1, 2)]),
        ("p af 3\n1 2 \n2 3\n", [(0, 1), (1, 2)]),
        ("p af 3\n01 2\n2 3\n", [(0, 1), (1, 2)]),
        ("p af 3\n1 2\n# a comment\n2 3\n", [(0, 1), (1, 2)]),
    ],
)
def test_another_layout_is_left_to_the_other_readers(
    text: str, attacks: list[tuple[int, int]]
) -> None:
    if "#" not in text:
        assert _plain(text) is None
    af = loads_framework(text, "i23", arrays=False)
    assert sorted(zip(*af.attack_positions(), strict=True)) == attacks


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("p af 3\n1 2\n2 4\n", 3, "argument 4 is out of range 1..3"),
        ("p af 3\n1 2\n0 1\n", 3, "argument 0 is out of range 1..3"),
        ("p af 3\n1 2 3\n", 2, "cannot read the attack line '1 2 3'"),
        ("p af 3\n1\n2 3\n", 2, "cannot read the attack line '1'"),
        ("p af 3\n1 2\n2 +3\n", 3, "cannot read the attack line '2 +3'"),
    ],
)
def test_what_the_plain_reading_refuses_is_reported_by_line(
    text: str, line: int, message: str
) -> None:
    assert _plain(text) is None
    with pytest.raises(IccmaFormatError) as info:
        loads_framework(text, "i23", arrays=False)
    assert (info.value.line, message in info.value.message) == (line, True)


def test_a_short_file_declaring_many_arguments_builds_no_lookup_table(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def refuse(*args: object) -> None:
        raise AssertionError("the plain reader was tried")

    monkeypatch.setattr(i23, "_i23_plain", refuse)
    assert len(loads_framework("p af 100\n1 2\n", "i23")) == 100


def test_the_plain_reading_stops_at_the_deadline(tmp_path: Path) -> None:
    path = tmp_path / "late.af"
    path.write_text("p af 2\n" + "1 2\n" * 10, encoding="utf-8")
    with pytest.raises(TimeoutError, match="time limit ran out while reading"):
        i23._i23_plain(
            path.read_bytes(),
            7,
            ["1", "2"],
            ReadingBudget(Limits(), deadline=0.0, source=str(path)),
        )


def _every_argument_attacked(path: Path, n: int, per_argument: int) -> int:
    """Write ``i -> i+1 .. i+per_argument`` (mod ``n``) for every ``i``; return the count."""
    lines = [f"p af {n}"]
    lines += [f"{i + 1} {(i + k) % n + 1}" for k in range(1, per_argument + 1) for i in range(n)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return n * per_argument


def test_grounded_of_a_large_file_without_numpy(tmp_path: Path) -> None:
    # More attacks than fit in lists: stored as read, and, every argument being
    # attacked, the empty grounded extension is found without sorting them.
    from argmap.frameworks.attack_relation import LIST_LIMIT

    path = tmp_path / "ring.af"
    assert _every_argument_attacked(path, 1000, 201) > LIST_LIMIT
    assert solve_in_a_new_interpreter(["-p", "SE-GR", "-f", str(path)], ["numpy"]) == (["w"], [])


def test_a_large_file_reads_the_same_with_and_without_numpy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "ring.af"
    with path.open("w", encoding="utf-8") as out:
        # Argument 1 is unattacked: the grounded extension is not empty.
        out.write("p af 300\n" + "".join(f"{i} {i % 299 + 2}\n" for i in range(1, 301)))
        out.write("".join(f"{i} {(i + 7) % 299 + 2}\n" for i in range(1, 301)))
    plain = load_framework(path, arrays=False)
    monkeypatch.setattr(i23, "PYTHON_LINES", 10)
    through_numpy = load_framework(path, arrays=True)
    assert plain.attack_positions() == through_numpy.attack_positions()
    assert plain.unattacked_indices() == through_numpy.unattacked_indices() == [0]
