"""Many frameworks and maps at once: ``argmap batch``, in parallel, resumable.

Researchers evaluate whole corpora: every ICCMA instance under every task, a
thousand Kialo discussions, all the student maps of a class. :func:`plan` turns
input files and folders into :class:`Item` s (:mod:`argmap.batch.items`);
:func:`run` answers them in parallel and writes each record as it finishes
(:mod:`argmap.batch.results`), so that an interrupted batch resumes where it
stopped. An item's own failure (a broken file, a time-out) is a record, not the
end of the batch (:mod:`argmap.batch.work`).

Where the items run:

* by default, a local pool of worker processes (``workers``: one per core);
* on a Dask cluster (``dask.distributed``), when a ``client`` is given or a
  ``scheduler`` address (``tcp://host:8786``) to connect to. argmap has no
  scheduler of its own: Dask distributes, retries lost workers and scales.

Examples
--------
>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "a.apx").write_text("arg(a). arg(b). att(a,b).\\n")
>>> items = plan([folder], tasks=["SE-GR", "DC-PR"], argument="b")
>>> summary = run(items, folder / "out.jsonl", workers=1, progress=False)
>>> summary.counts
{'ok': 2}
>>> [line.count('"status": "ok"') for line in (folder / "out.jsonl").read_text().splitlines()]
[1, 1]
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from argmap.batch.items import BatchInputError, Item, plan
from argmap.batch.results import BatchOutputError, ResultFile
from argmap.batch.work import RECORD_FIELDS, answer


@dataclass
class Summary:
    """What a run did: records by status, items skipped as already done, seconds."""

    counts: dict[str, int] = field(default_factory=dict)
    skipped: int = 0
    seconds: float = 0.0
    interrupted: bool = False


def run(
    items: Sequence[Item],
    output: str | os.PathLike[str],
    *,
    workers: int | None = None,
    client: Any = None,
    scheduler: str | None = None,
    timeout: float | None = None,
    engine: str = "auto",
    fresh: bool = False,
    progress: bool | None = None,
) -> Summary:
    """Answer ``items`` in parallel, writing each record to ``output`` as it finishes.

    Parameters
    ----------
    items : sequence of Item
        From :func:`plan`.
    output : path
        ``.jsonl`` or ``.parquet`` (see :mod:`argmap.batch.results`). Records
        already there are kept and their items skipped, unless ``fresh``.
    workers : int, optional
        Local worker processes (default: one per core; 1 runs in this process).
    client : dask.distributed.Client, optional
        Run on this Dask cluster.
    scheduler : str, optional
        Connect to the Dask scheduler at this address and run there.
    timeout : float, optional
        Seconds per item; an item past it is recorded as ``timeout``.
    engine : str
        The solver engine for framework tasks (``auto``, ``python``, ``sat``).
    progress : bool, optional
        Show a progress bar on stderr (default: when stderr is a terminal).

    Returns
    -------
    Summary
        Interrupted by Ctrl-C, the records written so far stay in the journal
        and ``interrupted`` is true; run again to resume.
    """
    if timeout is not None and not (timeout > 0 and timeout != float("inf")):
        raise BatchInputError(f"the time-out must be a positive number of seconds, got {timeout}")
    results = ResultFile(output, fresh=fresh)
    done = results.done()
    todo = [item for item in items if item.key not in done]
    summary = Summary(skipped=len(items) - len(todo))
    started = time.monotonic()
    bar = _progress(len(items), summary.skipped, progress)
    try:
        if client is not None or scheduler is not None:
            stream = _on_dask(todo, client, scheduler, timeout, engine)
        elif (workers or os.cpu_count() or 1) <= 1 or len(todo) <= 1:
            stream = (answer(item, timeout, engine) for item in todo)
        else:
            stream = _on_processes(todo, workers or os.cpu_count() or 1, timeout, engine)
        for record in stream:
            results.write(record)
            summary.counts[record["status"]] = summary.counts.get(record["status"], 0) + 1
            bar(record)
        results.finish(items)
    except KeyboardInterrupt:
        summary.interrupted = True
        results.close()
    finally:
        bar(None)
        summary.seconds = time.monotonic() - started
    return summary


def _on_processes(
    items: Sequence[Item], workers: int, timeout: float | None, engine: str
) -> Iterator[dict[str, Any]]:
    """Records from a local process pool, at most two items per worker in flight."""
    pending: set[Future[dict[str, Any]]] = set()
    queue = iter(items)
    with ProcessPoolExecutor(max_workers=workers) as pool:
        try:
            while True:
                while len(pending) < 2 * workers:
                    item = next(queue, None)
                    if item is None:
                        break
                    pending.add(pool.submit(answer, item, timeout, engine))
                if not pending:
                    return
                finished, pending = wait(pending, return_when=FIRST_COMPLETED)
                for future in finished:
                    yield future.result()
        except BaseException:
            for future in pending:
                future.cancel()
            raise


def _on_dask(
    items: Sequence[Item], client: Any, scheduler: str | None, timeout: float | None, engine: str
) -> Iterator[dict[str, Any]]:
    """Records from a Dask cluster, as each finishes."""
    try:
        from dask.distributed import Client, as_completed
    except ImportError:
        raise BatchInputError(
            "running on a Dask cluster needs dask.distributed: pip install 'argmap[dask]'"
        ) from None
    own = client is None
    if own:
        try:
            client = Client(scheduler, timeout="10s")
        except OSError as exc:
            raise BatchInputError(f"cannot reach the Dask scheduler {scheduler}: {exc}") from None
    try:
        futures = [client.submit(answer, item, timeout, engine, pure=False) for item in items]
        for future in as_completed(futures):
            yield future.result()
    finally:
        if own:
            client.close()


def _progress(total: int, skipped: int, wanted: bool | None) -> Callable[[Any], None]:
    """A progress bar on stderr (tqdm), or nothing."""
    if wanted is None:
        wanted = sys.stderr.isatty()
    if not wanted:
        return lambda record: None
    from tqdm import tqdm

    bar = tqdm(total=total, initial=skipped, unit="item", file=sys.stderr, dynamic_ncols=True)

    def update(record: Any) -> None:
        if record is None:
            bar.close()
            return
        bar.update(1)
        if record["status"] != "ok":
            bar.set_postfix_str(f"last {record['status']}: {Path(record['input']).name}")

    return update


__all__ = [
    "RECORD_FIELDS",
    "BatchInputError",
    "BatchOutputError",
    "Item",
    "Summary",
    "answer",
    "plan",
    "run",
]
