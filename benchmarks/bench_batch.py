"""``argmap batch`` throughput: items per second against the number of workers.

One batch of ICCMA tasks over the instances of ``../shared/bench/iccma`` (the probo
examples, Medium-result-b1 and the smaller AFGen instances; each task × instance is one
item) and, for maps, the built-in CSMO debate copied ``--maps`` times under several
semantics, is run:

* in one process (``workers=1``): the baseline;
* on a local process pool of 2, then of as many workers as the machine has cores;
* on a Dask ``LocalCluster`` of the same sizes (when ``distributed`` is installed),
  which is how a cluster runs it, minus the network.

Each run writes its results to a fresh JSONL file; the table gives wall seconds, items per
second and the speed-up over one worker. Answers are compared across runs: a batch that
answers differently on another scheduler is a bug (exit 1).

Run: ``python benchmarks/bench_batch.py [--maps N] [--timeout S]``.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

from argmap import corpus
from argmap.batch import plan, run
from argmap.io import load_framework

SHARED = Path(__file__).resolve().parents[2] / "shared" / "bench" / "iccma"
TASKS = ("SE-GR", "DS-PR", "EE-ST", "DC-CO")
SMALL = ("n100p3q34ve", "n100p5q2", "n128p5q2_ve", "n150p3q34n", "n160p3q24e")


def inputs(folder: Path, maps: int) -> list[Path]:
    """Copy the chosen instances and ``maps`` copies of the CSMO map into ``folder``."""
    chosen: list[Path] = []
    frameworks = folder / "frameworks"
    frameworks.mkdir()
    for name in SMALL:
        source = SHARED / "iccma19_afgen" / f"{name}.apx"
        if source.exists():
            shutil.copy(source, frameworks / source.name)
    for source in sorted((SHARED / "probo_examples").glob("*.apx")):
        shutil.copy(source, frameworks / source.name)
    for instance in frameworks.glob("*.apx"):  # the query of DS/DC: the middle argument
        af = load_framework(instance)
        instance.with_suffix(".arg").write_text(af.arguments[len(af) // 2] + "\n", "utf-8")
    chosen.append(frameworks)
    maps_folder = folder / "maps"
    maps_folder.mkdir()
    csmo = corpus.path("csmo")
    for k in range(maps):
        copy = maps_folder / f"csmo{k:03d}"
        shutil.copytree(csmo.parent, copy)
    chosen.append(maps_folder)
    return chosen


def answers(path: Path) -> list[tuple[str, str, str]]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    return [
        (Path(r["input"]).name, r["task"], json.dumps(r["answer"], sort_keys=True)) for r in rows
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--maps", type=int, default=20, help="copies of the CSMO map (20)")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds per item (60)")
    args = parser.parse_args(argv)
    if not SHARED.is_dir():
        print(f"{SHARED} is absent: the ICCMA instances are needed", file=sys.stderr)
        return 1
    cores = os.cpu_count() or 1
    sizes = sorted({1, 2, cores})
    rows = []
    reference = None
    with tempfile.TemporaryDirectory(prefix="bench_batch_") as tmp:
        folder = Path(tmp)
        items = plan(
            inputs(folder, args.maps), tasks=TASKS, semantics=["grounded", "preferred", "df-quad"]
        )
        runs: list[tuple[str, int, dict[str, object]]] = [
            ("processes", n, {"workers": n}) for n in sizes
        ]
        try:
            from dask.distributed import Client, LocalCluster
        except ImportError:
            print("note: dask.distributed is not installed: no Dask rows", file=sys.stderr)
            Client = LocalCluster = None  # noqa: N806
        for scheduler, workers, options in runs + [("dask", n, {}) for n in sizes if Client]:
            out = folder / f"{scheduler}{workers}.jsonl"
            cluster = client = None
            if scheduler == "dask":
                cluster = LocalCluster(  # type: ignore[misc]
                    n_workers=workers, threads_per_worker=1, dashboard_address=None
                )
                client = Client(cluster)  # type: ignore[misc]
                options = {"client": client}
            started = time.perf_counter()
            summary = run(items, out, timeout=args.timeout, progress=False, **options)  # type: ignore[arg-type]
            seconds = time.perf_counter() - started
            if client is not None:
                client.close()
                cluster.close()  # type: ignore[union-attr]
            found = answers(out)
            reference = reference or found
            same = found == reference
            rows.append((scheduler, workers, seconds, len(items) / seconds, summary.counts, same))
    base = next(r[2] for r in rows if r[0] == "processes" and r[1] == 1)
    print(
        f"{len(items)} items ({len(TASKS)} tasks × frameworks, 3 semantics × {args.maps} maps) "
        f"on {cores} cores\n"
    )
    print("| scheduler | workers | seconds | items/s | speed-up | statuses | same answers |")
    print("|---|---|---|---|---|---|---|")
    for scheduler, workers, seconds, rate, counts, same in rows:
        print(
            f"| {scheduler} | {workers} | {seconds:.1f} | {rate:.1f} | {base / seconds:.2f} | "
            f"{counts} | {'yes' if same else '**NO**'} |"
        )
    return 0 if all(r[5] for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
