"""argmap batch: planning, answers, errors as records, resuming, Parquet, Dask."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from argmap.batch import BatchInputError, BatchOutputError, Item, answer, plan, run
from argmap.cli import main
from argmap.frameworks.abstract import AF
from argmap.io import dump_framework
from argmap.semantics import extensions, sceptically_accepted
from argmap.semantics.tasks import answer_task

MAP = """title: Tea
statements:
  - {id: tea, text: {en: Drink tea.}}
  - {id: calm, text: {en: Tea calms.}}
  - {id: no, text: {en: Not at night.}}
supports:
  - {id: s, premises: [calm], conclusion: tea}
attacks:
  - {id: x, kind: undercut, source: no, target: s}
"""


@pytest.fixture
def corpus_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    dump_framework(AF(["a", "b", "c"], [("a", "b"), ("b", "a"), ("b", "c")]), folder / "one.apx")
    (folder / "one.arg").write_text("c\n", encoding="utf-8")
    dump_framework(AF(["1", "2"], [("1", "2")]), folder / "sub" / "two.tgf")
    (folder / "sub" / "two.arg").write_text("2\n", encoding="utf-8")
    (folder / "sub" / "tea.yaml").write_text(MAP, encoding="utf-8")
    (folder / "notes.txt").write_text("not a Kialo export\n", encoding="utf-8")
    return folder


def lines(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_plan_finds_files_in_order_with_their_query_arguments(corpus_dir: Path) -> None:
    items = plan([corpus_dir], tasks=["ds-pr", "EE-ST"], semantics=["grounded"])
    assert [(Path(i.input).name, i.kind, i.task, i.argument) for i in items] == [
        ("one.apx", "framework", "DS-PR", "c"),
        ("one.apx", "framework", "EE-ST", None),
        ("tea.yaml", "map", "grounded", None),
        ("two.tgf", "framework", "DS-PR", "2"),
        ("two.tgf", "framework", "EE-ST", None),
    ]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"tasks": ["XX-PR"]}, "unknown task 'XX-PR'"),
        ({}, "a framework file needs --task"),
    ],
)
def test_plan_errors(corpus_dir: Path, kwargs: dict[str, list[str]], message: str) -> None:
    with pytest.raises(BatchInputError, match=message):
        plan([corpus_dir], **kwargs)  # type: ignore[arg-type]


def test_a_folder_gives_each_kind_its_questions_and_named_files_need_theirs(
    corpus_dir: Path,
) -> None:
    assert {i.kind for i in plan([corpus_dir], tasks=["SE-GR"])} == {"framework"}
    assert {i.kind for i in plan([corpus_dir], semantics=["grounded"])} == {"map"}
    with pytest.raises(BatchInputError, match="a map needs --semantics"):
        plan([corpus_dir, corpus_dir / "sub" / "tea.yaml"], tasks=["SE-GR"])


def test_plan_needs_a_query_argument_for_dc_and_ds(tmp_path: Path) -> None:
    dump_framework(AF(["a"], []), tmp_path / "f.apx")
    with pytest.raises(BatchInputError, match=r"DC-CO needs a query argument.*f\.arg"):
        plan([tmp_path / "f.apx"], tasks=["DC-CO"])
    with pytest.raises(BatchInputError, match="no such file"):
        plan([tmp_path / "absent.apx"], tasks=["SE-GR"])


def test_answers_agree_with_the_semantics(corpus_dir: Path) -> None:
    af = AF(["a", "b", "c"], [("a", "b"), ("b", "a"), ("b", "c")])
    assert answer_task(af, "DS-PR", "c") == sceptically_accepted(af, "c", "preferred")
    expected = sorted(sorted(e, key=af.index) for e in extensions(af, "stable"))
    assert sorted(answer_task(af, "EE-ST")) == expected  # type: ignore[type-var]
    record = answer(Item(str(corpus_dir / "sub" / "tea.yaml"), "map", "grounded", None, "abstract"))
    assert record["status"] == "ok"
    assert record["answer"]["reading"] == "abstract"  # type: ignore[index]
    assert record["answer"]["arguments"]["tea"] == {"status": "in"}  # type: ignore[index]
    necessary = answer(
        Item(str(corpus_dir / "sub" / "tea.yaml"), "map", "grounded", None, "necessary")
    )
    assert necessary["answer"]["arguments"]["tea"] == {"status": "out"}  # type: ignore[index]


def test_a_bad_item_is_a_record_and_the_batch_goes_on(tmp_path: Path) -> None:
    (tmp_path / "broken.apx").write_text("arg(a).\natt(a,\n", encoding="utf-8")
    dump_framework(AF(["a"], []), tmp_path / "fine.apx")
    items = plan([tmp_path], tasks=["SE-GR"])
    summary = run(items, tmp_path / "out.jsonl", workers=2, progress=False)
    assert summary.counts == {"error": 1, "ok": 1}
    broken, fine = lines(tmp_path / "out.jsonl")
    assert broken["status"] == "error" and "broken.apx:2" in str(broken["error"])
    assert fine["status"] == "ok" and fine["answer"] == ["a"]


def test_parallel_results_are_written_in_item_order(corpus_dir: Path, tmp_path: Path) -> None:
    items = plan([corpus_dir], tasks=["DS-PR", "EE-ST", "CE-CO"], semantics=["preferred"])
    summary = run(items, tmp_path / "par.jsonl", workers=2, progress=False)
    assert summary.counts == {"ok": len(items)}
    serial = tmp_path / "serial.jsonl"
    run(items, serial, workers=1, progress=False)
    strip = [{k: v for k, v in r.items() if k != "seconds"} for r in lines(serial)]
    assert [
        {k: v for k, v in r.items() if k != "seconds"} for r in lines(tmp_path / "par.jsonl")
    ] == strip
    assert [(r["input"], r["task"]) for r in strip] == [(i.input, i.task) for i in items]


def test_an_interrupted_batch_resumes_where_it_stopped(corpus_dir: Path, tmp_path: Path) -> None:
    items = plan([corpus_dir], tasks=["SE-PR", "EE-CO"])
    out = tmp_path / "out.jsonl"
    first = answer(items[0])
    # As left by an interruption: one record, then half a line.
    out.write_text(json.dumps(first) + "\n" + '{"input": "cut', encoding="utf-8")
    summary = run(items, out, workers=1, progress=False)
    assert summary.skipped == 1 and summary.counts == {"ok": len(items) - 1}
    records = lines(out)
    assert len(records) == len(items) and records[0] == first
    again = run(items, out, workers=1, progress=False)
    assert again.skipped == len(items) and again.counts == {}
    fresh = run(items, out, workers=1, progress=False, fresh=True)
    assert fresh.skipped == 0


def test_output_errors(corpus_dir: Path, tmp_path: Path) -> None:
    items = plan([corpus_dir], tasks=["SE-GR"])
    with pytest.raises(BatchOutputError, match=r"\.jsonl or a \.parquet"):
        run(items, tmp_path / "out.csv")
    (tmp_path / "other.jsonl").write_text("hello\n", encoding="utf-8")
    with pytest.raises(BatchOutputError, match="not the journal of a batch"):
        run(items, tmp_path / "other.jsonl")
    with pytest.raises(BatchInputError, match="positive number"):
        run(items, tmp_path / "x.jsonl", timeout=float("nan"))


def test_parquet_output(corpus_dir: Path, tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    items = plan([corpus_dir], tasks=["EE-PR"], semantics=["grounded"])
    run(items, tmp_path / "out.parquet", workers=1, progress=False)
    table = pq.read_table(tmp_path / "out.parquet").to_pylist()
    assert [(Path(r["input"]).name, r["task"]) for r in table] == [
        (Path(i.input).name, i.task) for i in items
    ]
    assert json.loads(table[0]["answer"]) == [["a", "c"], ["b"]]
    assert not (tmp_path / "out.parquet.partial.jsonl").exists()
    with pytest.raises(BatchOutputError, match="finished batch"):
        run(items, tmp_path / "out.parquet")


def test_on_a_dask_local_cluster(corpus_dir: Path, tmp_path: Path) -> None:
    distributed = pytest.importorskip("dask.distributed")
    items = plan([corpus_dir], tasks=["DS-PR", "EE-ST"], semantics=["grounded"])
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        summary = run(items, tmp_path / "dask.jsonl", client=client, progress=False)
    assert summary.counts == {"ok": len(items)}
    local = tmp_path / "local.jsonl"
    run(items, local, workers=1, progress=False)
    drop = [{k: v for k, v in r.items() if k != "seconds"} for r in lines(local)]
    assert [
        {k: v for k, v in r.items() if k != "seconds"} for r in lines(tmp_path / "dask.jsonl")
    ] == drop


def test_cli(corpus_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "cli.jsonl"
    code = main(["batch", str(corpus_dir), "-t", "DC-GR", "-s", "grounded", "-o", str(out)])
    assert code == 0
    err = capsys.readouterr().err
    assert "3 items: 3 ok" in err and str(out) in err
    assert main(["batch", str(corpus_dir), "-o", str(out)]) == 1
    assert "needs --task" in capsys.readouterr().err
    assert (
        main(
            [
                "batch",
                str(corpus_dir),
                "-t",
                "SE-GR",
                "-s",
                "grounded",
                "-o",
                str(out),
                "--scheduler",
                "tcp://127.0.0.1:1",
            ]
        )
        == 1
    )
    assert "cannot reach the Dask scheduler" in capsys.readouterr().err


def test_the_shipped_iccma_examples(shared_dir: Path, tmp_path: Path) -> None:
    folder = shared_dir / "bench" / "iccma" / "probo_examples"
    if not folder.is_dir():
        pytest.skip(f"{folder} is absent")
    copy = tmp_path / "probo"
    shutil.copytree(folder, copy, ignore=shutil.ignore_patterns("solutions"))
    items = plan([copy], tasks=["EE-PR", "SE-GR"])
    summary = run(items, tmp_path / "probo.jsonl", workers=2, progress=False)
    assert summary.counts == {"ok": len(items)}


def test_timeout_that_is_not_a_positive_finite_number_is_refused(
    corpus_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "t.jsonl"
    argv = ["batch", str(corpus_dir), "-t", "SE-GR", "-o", str(out), "--timeout=nan"]
    with pytest.raises(SystemExit) as exited:
        main(argv)
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("usage: argmap batch")
    assert "expected a positive number of seconds, got 'nan'" in err
    assert not out.exists()


def test_the_time_limit_covers_reading_a_framework(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import argmap.io.limits as limits

    path = tmp_path / "f.tgf"
    path.write_text("a\n#\na a\n", encoding="utf-8")
    real = limits.check_deadline

    def late(deadline: float | None, *, file: str | None = None) -> None:
        real(None if deadline is None else deadline - 3600, file=file)

    monkeypatch.setattr("argmap.io.iccma.check_deadline", late)
    (item,) = plan([str(path)], tasks=["SE-GR"])
    record = answer(item, timeout=60.0)
    assert record["status"] == "timeout"
