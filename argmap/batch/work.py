"""One item of a batch, answered where a worker runs it.

:func:`answer` never raises for a problem of the item itself: a file that cannot
be read, a task that does not apply, a time-out or a crash of the solver become a
record with ``status`` ``error`` or ``timeout`` and the message, so that one bad
file does not stop a batch of thousands.
"""

from __future__ import annotations

import time
import traceback
from typing import Any

from argmap.batch.items import Item

RECORD_FIELDS = (
    "input",
    "kind",
    "task",
    "argument",
    "reading",
    "status",
    "answer",
    "seconds",
    "error",
)
"""The fields of every result record, in output order."""


def answer(item: Item, timeout: float | None = None, engine: str = "auto") -> dict[str, Any]:
    """The result record of ``item`` (a dict with :data:`RECORD_FIELDS`).

    ``answer`` is the task's answer (:func:`argmap.semantics.tasks.answer_task`)
    for a framework, and the evaluation's per-statement JSON for a map.
    """
    from argmap.semantics.types import SolverTimeout

    started = time.monotonic()
    record: dict[str, Any] = {**item.as_dict(), "status": "ok", "answer": None, "error": None}
    try:
        record["answer"] = (
            _frameworks(item, timeout, engine) if item.kind == "framework" else (_maps(item))
        )
    except (SolverTimeout, TimeoutError):
        record["status"] = "timeout"
        record["error"] = f"no answer within {timeout:g} s" if timeout else "timed out"
    except MemoryError:
        record["status"] = "error"
        record["error"] = "out of memory"
    except Exception as exc:  # one bad item must not stop the batch
        record["status"] = "error"
        record["error"] = _message(exc)
    record["seconds"] = round(time.monotonic() - started, 6)
    return {name: record.get(name) for name in RECORD_FIELDS}


def _frameworks(item: Item, timeout: float | None, engine: str) -> Any:
    from argmap.io import load_framework
    from argmap.semantics.tasks import answer_task

    started = time.monotonic()
    deadline = None if timeout is None else started + timeout
    af = load_framework(item.input, deadline=deadline)  # the time limit covers reading
    left = None if timeout is None else max(0.0, timeout - (time.monotonic() - started))
    return answer_task(af, item.task, item.argument, engine=engine, timeout=left)


def _maps(item: Item) -> Any:
    from argmap.evaluation import evaluate
    from argmap.io import load

    m = load(item.input)
    return evaluate(m, item.task, reading=item.reading).to_json()


def _message(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    if isinstance(exc, (ValueError, OSError, KeyError)) or type(exc).__module__.startswith(
        "argmap"
    ):
        return text
    return f"{type(exc).__name__}: {text}\n{traceback.format_exc(limit=3)}"
