"""`argmap solve`: the ICCMA solver interface, its answers and its output conventions."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from argmap.cli import main
from argmap.cli.solve import _Task, supported_tasks
from argmap.frameworks.abstract import ArgumentationFramework
from argmap.io.iccma import dump_framework
from argmap.semantics import extensions
from argmap.semantics.types import Semantics
from tests.new_interpreter import solve_in_a_new_interpreter

# a -> b, b <-> c, c -> d, and an odd cycle e -> f -> g -> e
EXAMPLE = ArgumentationFramework(
    list("abcdefg"),
    [("a", "b"), ("b", "c"), ("c", "b"), ("c", "d"), ("e", "f"), ("f", "g"), ("g", "e")],
)
EVEN = ArgumentationFramework(list("abcd"), [("a", "b"), ("b", "a"), ("b", "c"), ("c", "d")])


def solve(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["solve", *argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def extension_list(text: str) -> set[frozenset[str]]:
    """Parse ``[[a,b],[c]]`` (ICCMA 2019 EE output)."""
    text = text.strip()
    assert text.startswith("[") and text.endswith("]"), text
    return {
        frozenset(filter(None, g.split(","))) for g in re.findall(r"\[([^\[\]]*)\]", text[1:-1])
    }


def witness_lines(text: str) -> list[frozenset[str]]:
    """Parse the ``w ...`` lines of ICCMA 2023 output."""
    return [frozenset(line.split()[1:]) for line in text.splitlines() if line.startswith("w")]


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    paths = {}
    for fmt in ("apx", "tgf", "i23"):
        paths[fmt] = tmp_path / f"example.{fmt}"
        dump_framework(EXAMPLE, paths[fmt])
    paths["even"] = tmp_path / "even.af"
    dump_framework(EVEN, paths["even"])
    return paths


def test_problems_and_formats_lists(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = solve(capsys, "--problems")
    assert code == 0
    listed = out.strip()[1:-1].split(",")
    assert listed == supported_tasks()
    assert {"DS-PR", "EE-ST", "SE-GR", "DC-CO", "CE-SST", "DS-ID"} <= set(listed)
    assert solve(capsys, "--formats")[1].strip() == "[apx,tgf,i23]"


@pytest.mark.parametrize("fmt", ["apx", "tgf"])
def test_iccma19_style_answers(
    capsys: pytest.CaptureFixture[str], files: dict[str, Path], fmt: str
) -> None:
    path = str(files[fmt])
    code, out, _ = solve(capsys, "-p", "EE-PR", "-f", path)
    assert code == 0
    assert extension_list(out) == {frozenset("ac")}
    assert solve(capsys, "-p", "SE-GR", "-f", path)[1] == "[a,c]\n"
    assert solve(capsys, "-p", "SE-ST", "-f", path)[1] == "NO\n"
    assert solve(capsys, "-p", "EE-ST", "-f", path)[1] == "[]\n"
    assert solve(capsys, "-p", "CE-CO", "-f", path)[1] == "1\n"
    assert solve(capsys, "-p", "DC-PR", "-f", path, "-a", "c")[1] == "YES\n"
    assert solve(capsys, "-p", "DS-PR", "-f", path, "-a", "c")[1] == "YES\n"
    assert solve(capsys, "-p", "DS-PR", "-f", path, "-a", "e")[1] == "NO\n"
    assert solve(capsys, "-p", "DS-ST", "-f", path, "-a", "e")[1] == "YES\n"


def test_iccma23_style_answers(capsys: pytest.CaptureFixture[str], files: dict[str, Path]) -> None:
    path = str(files["even"])  # 1 <-> 2, 2 -> 3, 3 -> 4
    code, out, _ = solve(capsys, "-p", "DC-PR", "-f", path, "-a", "3")
    assert code == 0
    assert out.splitlines()[0] == "YES"
    assert witness_lines(out) == [frozenset({"1", "3"})]
    code, out, _ = solve(capsys, "-p", "DS-PR", "-f", path, "-a", "3")
    assert out.splitlines()[0] == "NO"
    assert witness_lines(out) == [frozenset({"2", "4"})]
    assert solve(capsys, "-p", "DS-GR", "-f", path, "-a", "3")[1] == "NO\nw\n"
    assert solve(capsys, "-p", "DC-GR", "-f", path, "-a", "3")[1] == "NO\n"
    assert solve(capsys, "-p", "SE-GR", "-f", path)[1] == "w\n"
    out = solve(capsys, "-p", "EE-ST", "-f", path)[1]
    assert set(witness_lines(out)) == {frozenset({"1", "3"}), frozenset({"2", "4"})}
    assert solve(capsys, "-p", "SE-ST", "-f", str(files["i23"]))[1] == "NO\n"


@pytest.mark.parametrize("engine", ["python", "sat", "auto"])
def test_witnesses_from_every_engine(
    capsys: pytest.CaptureFixture[str], files: dict[str, Path], engine: str
) -> None:
    path = str(files["even"])  # 1 <-> 2, 2 -> 3, 3 -> 4
    out = solve(capsys, "-p", "DC-ST", "-f", path, "-a", "4", "--engine", engine)[1]
    assert out.splitlines()[0] == "YES" and witness_lines(out) == [frozenset({"2", "4"})]
    out = solve(capsys, "-p", "DS-SST", "-f", path, "-a", "1", "--engine", engine)[1]
    assert out.splitlines()[0] == "NO" and witness_lines(out) == [frozenset({"2", "4"})]
    out = solve(capsys, "-p", "DS-CO", "-f", path, "-a", "1", "--engine", engine)[1]
    # any complete extension without 1 is a counter-example: the grounded {} or {2, 4}
    assert out.splitlines()[0] == "NO"
    assert witness_lines(out) in ([frozenset()], [frozenset({"2", "4"})])


def test_witness_lines_list_arguments_in_order(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    names = [str(i) for i in range(1, 13)]
    af = ArgumentationFramework(names, [("12", "1"), ("12", "10")])
    path = tmp_path / "order.af"
    dump_framework(af, path)
    out = solve(capsys, "-p", "SE-GR", "-f", str(path))[1]
    assert out == "w 2 3 4 5 6 7 8 9 11 12\n"


@pytest.mark.parametrize("task", ["SE-PR", "SE-SST", "SE-STG", "SE-ID", "SE-CO"])
@pytest.mark.parametrize("engine", ["python", "sat"])
def test_engines_give_extensions_of_the_semantics(
    capsys: pytest.CaptureFixture[str], files: dict[str, Path], task: str, engine: str
) -> None:
    code, out, _ = solve(capsys, "-p", task, "-f", str(files["apx"]), "--engine", engine)
    assert code == 0
    semantics = {"PR": "preferred", "SST": "semi_stable", "STG": "stage", "ID": "ideal"}
    name = semantics.get(task[3:], "complete")
    assert extension_list(f"[{out.strip()}]") <= set(extensions(EXAMPLE, name))


@pytest.mark.parametrize("code_name", ["CO", "PR", "ST", "SST", "STG"])
def test_counts_agree_with_enumeration(
    capsys: pytest.CaptureFixture[str], files: dict[str, Path], code_name: str
) -> None:
    path = str(files["tgf"])
    count = int(solve(capsys, "-p", f"CE-{code_name}", "-f", path)[1])
    listed = extension_list(solve(capsys, "-p", f"EE-{code_name}", "-f", path)[1])
    assert count == len(listed)


def test_format_option_overrides_the_extension(
    capsys: pytest.CaptureFixture[str], files: dict[str, Path], tmp_path: Path
) -> None:
    odd = tmp_path / "framework.txt"
    odd.write_text(files["i23"].read_text())
    assert solve(capsys, "-p", "SE-GR", "-f", str(odd), "-fo", "af")[1] == "w 1 3\n"


# -- errors ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["-p", "DC-PR"], "give the task and the file"),
        (["-p", "XX-PR", "-f", "{apx}"], "unknown task 'XX-PR'"),
        (["-p", "DC-FOO", "-f", "{apx}"], "unknown task"),
        (["-p", "DC-PR", "-f", "{apx}"], "DC-PR needs the query argument: add -a ARG"),
        (["-p", "DS-PR", "-f", "{apx}", "-a", "zz"], "has no such argument"),
        (["-p", "DS-PR", "-f", "{i23}", "-a", "9"], "(the arguments are 1..7)"),
        (["-p", "SE-PR", "-f", "{apx}", "--timeout", "0"], "--timeout must be a positive"),
        (["-p", "SE-PR", "-f", "{apx}", "-fo", "dot"], "unknown framework format 'dot'"),
        (["-p", "SE-PR", "-f", "missing.apx"], "missing.apx"),
    ],
)
def test_invalid_input_exits_1_with_a_message(
    capsys: pytest.CaptureFixture[str], files: dict[str, Path], argv: list[str], message: str
) -> None:
    filled = [a.format(apx=files["apx"], i23=files["i23"]) for a in argv]
    code, out, err = solve(capsys, *filled)
    assert code == 1
    assert out == ""
    assert message in err
    assert "Traceback" not in err


def test_malformed_file_names_the_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "broken.af"
    path.write_text("p af 2\n1 2\n2 3\n")
    code, _, err = solve(capsys, "-p", "SE-GR", "-f", str(path))
    assert code == 1
    assert f"{path}:3:3: argument 3 is out of range 1..2" in err


def test_usage_error_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["solve", "--engine", "quantum"])
    assert info.value.code == 2


def test_timeout_exits_3_and_says_so(
    capsys: pytest.CaptureFixture[str], files: dict[str, Path]
) -> None:
    # the time limit is over before the solver starts: a deterministic timeout
    code, _, err = solve(
        capsys, "-p", "EE-PR", "-f", str(files["apx"]), "--engine", "sat", "--timeout", "1e-9"
    )
    assert code == 3
    assert "time limit" in err


# -- ICCMA 2019 reference outputs --------------------------------------------------------


def test_iccma19_reference_outputs(capsys: pytest.CaptureFixture[str], shared_dir: Path) -> None:
    folder = shared_dir / "bench" / "iccma" / "iccma19_probo2"
    path = str(folder / "Medium-result-b1.apx")
    query = (folder / "Medium-result-b1.arg").read_text().strip()
    for task in ("DC-CO", "DS-CO", "DC-GR"):
        expected = (folder / f"iccma-2019-Medium-result-b1.apx-{task}.out").read_text().strip()
        assert solve(capsys, "-p", task, "-f", path, "-a", query)[1].strip() == expected
    expected_st = (folder / "iccma-2019-Medium-result-b1.apx-EE-ST.out").read_text()
    out = solve(capsys, "-p", "EE-ST", "-f", path)[1]
    assert extension_list(out) == extension_list(expected_st.split("\n", 1)[0])
    assert solve(capsys, "-p", "SE-GR", "-f", path)[1] == "[]\n"


def test_progress_counts_extensions_on_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from argmap.cli import main as argmap_main

    path = tmp_path / "f.apx"
    path.write_text("arg(a). arg(b). arg(c). att(a,b). att(b,a).\n", encoding="utf-8")
    assert argmap_main(["solve", "-p", "EE-PR", "-f", str(path), "--progress"]) == 0
    captured = capsys.readouterr()
    assert captured.out.strip() in ("[[a,c],[b,c]]", "[[b,c],[a,c]]")
    assert "2 extensions found in" in captured.err


@pytest.mark.parametrize("value", ["nan", "inf", "=-inf", "=-1", "0"])
def test_timeout_that_is_not_a_positive_finite_number_is_refused(
    capsys: pytest.CaptureFixture[str], files: dict[str, Path], value: str
) -> None:
    option = f"--timeout{value}" if value.startswith("=") else f"--timeout={value}"
    code, out, err = solve(capsys, "-p", "SE-GR", "-f", str(files["apx"]), option)
    assert (code, out) == (1, "")
    assert "--timeout must be a positive number of seconds" in err


def test_i23_header_of_a_huge_size_is_refused_not_built(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "tiny.af"
    path.write_text("p af 99999999999\n")
    code, out, err = solve(capsys, "-p", "SE-GR", "-f", str(path), "--timeout", "5")
    assert (code, out) == (1, "")
    assert "99,999,999,999 arguments, over the limit" in err


def test_timeout_covers_reading(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import argmap.io.limits as limits

    path = tmp_path / "f.tgf"
    path.write_text("a\n#\na a\n")
    real = limits.check_deadline

    def late(deadline: float | None, *, file: str | None = None) -> None:
        real(None if deadline is None else deadline - 3600, file=file)

    monkeypatch.setattr("argmap.io.iccma.check_deadline", late)
    code, out, err = solve(capsys, "-p", "SE-GR", "-f", str(path), "--timeout", "60")
    assert (code, out) == (3, "")
    assert "no complete answer within the time limit" in err


def test_quoted_apx_names_give_unambiguous_answers(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "q.apx"
    path.write_text('arg("a,b"). arg(a). arg(b). arg(""). arg("a"). arg("x y]").\n')
    code, out, _ = solve(capsys, "-p", "EE-GR", "-f", str(path))
    assert code == 0
    assert out == '[["a,b",a,b,"","a","x y]"]]\n'
    path.write_text('arg(""). arg(a). att(a,a).\n')
    assert solve(capsys, "-p", "SE-GR", "-f", str(path))[1] == '[""]\n'
    assert solve(capsys, "-p", "DC-GR", "-f", str(path), "-a", "a")[1] == "NO\n"


def test_the_argmap_command_solves_without_the_other_commands_imports(
    files: dict[str, Path],
) -> None:
    # `argmap solve` registers its own parser only: the options of the map commands
    # (corpus, readings, the pydantic model, NumPy through the gradual semantics) would
    # multiply its start-up several times over.
    heavy = [
        "numpy",
        "pydantic",
        "networkx",
        "yaml",
        "argmap.model",
        "argmap.corpus",
        "argmap.cli.options",
        "argmap.evaluation",
    ]
    arguments = ["-p", "SE-PR", "-f", str(files["apx"])]
    assert solve_in_a_new_interpreter(arguments, heavy) == (["[a,c]"], [])


def test_stream_writes_one_extension_a_line_and_reads_as_the_same_answer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "f.apx"
    dump_framework(EXAMPLE, path)
    block = solve(capsys, "-p", "EE-CO", "-f", str(path))[1]
    code, streamed, _ = solve(capsys, "-p", "EE-CO", "-f", str(path), "--stream")
    assert code == 0
    lines = streamed.splitlines()
    assert lines[0] == "[" and lines[-1] == "]"
    assert all(re.fullmatch(r",?\[[a-g,]*\]", line) for line in lines[1:-1])
    assert len(lines) == 2 + len(extension_list(block))
    # the same answer, byte for byte, once the line breaks are removed
    assert "".join(lines) + "\n" == block


class FlushRecorder(io.StringIO):
    """A text stream remembering what had been written at each flush."""

    def __init__(self) -> None:
        super().__init__()
        self.flushed: list[str] = []

    def flush(self) -> None:
        self.flushed.append(self.getvalue())


@pytest.mark.parametrize("iccma23", [False, True])
def test_stream_flushes_every_extension_as_found(iccma23: bool) -> None:
    out = FlushRecorder()
    task = _Task(EVEN, Semantics.PREFERRED, "sat", None, iccma23=iccma23, out=out)
    task.stream = True
    task.answer("EE", None)
    lines = out.getvalue().splitlines(keepends=True)
    if iccma23:
        assert sorted(lines) == ["w a c\n", "w b d\n"]
    else:
        assert lines[0] == "[\n" and lines[-1] == "]\n"
        assert {line.lstrip(",") for line in lines[1:3]} == {"[a,c]\n", "[b,d]\n"}
    # every extension was flushed as soon as its line was complete
    for end in range(1, len(lines)):
        assert "".join(lines[:end]) in out.flushed


def test_without_stream_the_answer_is_written_at_once() -> None:
    out = FlushRecorder()
    task = _Task(EVEN, Semantics.PREFERRED, "sat", None, iccma23=False, out=out)
    task.answer("EE", None)
    assert out.getvalue() in ("[[a,c],[b,d]]\n", "[[b,d],[a,c]]\n")
    assert out.flushed == [out.getvalue()]


def test_stream_answers_no_stable_extension_in_both_styles(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "odd.apx"
    path.write_text("arg(a). arg(b). arg(c). att(a,b). att(b,c). att(c,a).\n", encoding="utf-8")
    assert solve(capsys, "-p", "EE-ST", "-f", str(path), "--stream")[1] == "[\n]\n"
    i23 = tmp_path / "odd.af"
    i23.write_text("p af 3\n1 2\n2 3\n3 1\n", encoding="utf-8")
    assert solve(capsys, "-p", "EE-ST", "-f", str(i23), "--stream")[1] == "NO\n"


def test_progress_works_with_stream(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "f.apx"
    path.write_text("arg(a). arg(b). arg(c). att(a,b). att(b,a).\n", encoding="utf-8")
    code, out, err = solve(capsys, "-p", "EE-PR", "-f", str(path), "--stream", "--progress")
    assert code == 0
    assert out in ("[\n[a,c]\n,[b,c]\n]\n", "[\n[b,c]\n,[a,c]\n]\n")
    assert "2 extensions found in" in err
