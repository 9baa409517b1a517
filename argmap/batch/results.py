"""Where a batch's results go: written one record at a time, read back to resume.

The output is JSON Lines (``.jsonl``: one record per line, as each item
finishes) or Parquet (``.parquet``, through pyarrow). Either way each finished
record is appended at once to a journal (the ``.jsonl`` output itself, or
``OUT.partial.jsonl`` beside a Parquet output) and flushed, so an interrupted
batch loses at most the items that were running. Run the same batch again and
the items already in the journal are skipped; a last line cut by the
interruption is dropped.

When the batch completes, the output is rewritten once, atomically, with the
records in the order of the items (parallel workers finish in any order), and a
Parquet journal is removed. In Parquet, ``answer`` holds the JSON text of the
answer (its type varies with the task).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from argmap.atomic import write_bytes_atomic, write_text_atomic
from argmap.batch.items import Item
from argmap.batch.work import RECORD_FIELDS


class BatchOutputError(ValueError):
    """The output of a batch cannot be written as asked (a user error)."""


def record_key(record: Mapping[str, Any]) -> str:
    """The key of the item a record answers (see :attr:`Item.key`)."""
    return Item(
        record["input"],
        record["kind"],
        record["task"],
        record.get("argument"),
        record.get("reading"),
    ).key


class ResultFile:
    """The output of one batch: its journal, and its final form."""

    def __init__(self, path: str | os.PathLike[str], *, fresh: bool = False) -> None:
        self.path = Path(path)
        suffix = self.path.suffix.lower()
        if suffix not in (".jsonl", ".parquet"):
            raise BatchOutputError(f"{self.path}: write the results to a .jsonl or a .parquet file")
        self.parquet = suffix == ".parquet"
        if self.parquet:
            try:
                import pyarrow  # noqa: F401
            except ImportError:
                raise BatchOutputError(
                    "writing Parquet needs pyarrow: pip install 'argmap[parquet]', "
                    "or write the results to a .jsonl file"
                ) from None
        self.journal = (
            self.path.with_name(self.path.name + ".partial.jsonl") if self.parquet else self.path
        )
        if fresh:
            self.journal.unlink(missing_ok=True)
            if self.parquet:
                self.path.unlink(missing_ok=True)
        elif self.parquet and self.path.exists() and not self.journal.exists():
            raise BatchOutputError(
                f"{self.path} exists and holds a finished batch; pass --fresh to start over"
            )
        self.records: dict[str, dict[str, Any]] = {}
        self._read_journal()
        self._stream = self.journal.open("a", encoding="utf-8")

    def _read_journal(self) -> None:
        if not self.journal.exists():
            return
        data = self.journal.read_bytes()
        keep = data.rfind(b"\n") + 1
        for line in data[:keep].splitlines():
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                self.records[record_key(record)] = record
            except (ValueError, KeyError, TypeError):
                raise BatchOutputError(
                    f"{self.journal} is not the journal of a batch (a line is not a result "
                    "record); pass --fresh to start over, or choose another output"
                ) from None
        if keep < len(data):  # a line cut by an interruption
            with self.journal.open("r+b") as stream:
                stream.truncate(keep)

    def done(self) -> set[str]:
        """The keys of the items already answered."""
        return set(self.records)

    def write(self, record: Mapping[str, Any]) -> None:
        """Append one record to the journal, at once."""
        line = json.dumps({k: record.get(k) for k in RECORD_FIELDS}, ensure_ascii=False)
        self._stream.write(line + "\n")
        self._stream.flush()
        self.records[record_key(record)] = dict(record)

    def finish(self, items: Iterable[Item]) -> None:
        """Write the final output in item order, atomically; close the journal."""
        self._stream.close()
        order = [i.key for i in items]
        rows = [self.records[k] for k in order if k in self.records]
        if not self.parquet:
            text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
            write_text_atomic(self.path, text)
            return
        import io

        import pyarrow as pa
        import pyarrow.parquet as pq

        columns: dict[str, list[Any]] = {name: [] for name in RECORD_FIELDS}
        for row in rows:
            for name in RECORD_FIELDS:
                value = row.get(name)
                columns[name].append(json.dumps(value) if name == "answer" else value)
        table = pa.table(
            {name: pa.array(values, type=_arrow_type(name)) for name, values in columns.items()}
        )
        buffer = io.BytesIO()
        pq.write_table(table, buffer)
        write_bytes_atomic(self.path, buffer.getvalue())
        self.journal.unlink(missing_ok=True)

    def close(self) -> None:
        """Close the journal, leaving it for a later resume."""
        if not self._stream.closed:
            self._stream.close()


def _arrow_type(name: str) -> Any:
    import pyarrow as pa

    return pa.float64() if name == "seconds" else pa.string()
