"""What is wrong with a map, where, and what to change: :class:`Problem` and the
error that carries every problem found at once, :class:`MapValidationError`.

A problem names the path of the offending value in the map's data
(``("statements", 3, "provenance", "span")``), the id of the object, what is wrong
and what to change; a loader adds the file, line and column.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

Path = tuple[str | int, ...]
"""Where a value sits in a map's data: keys and list indexes from the top."""


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a map: where, what, and what to change."""

    message: str
    path: Path = ()
    id: str | None = None
    hint: str | None = None
    file: str | None = None
    line: int | None = None
    column: int | None = None

    def located(
        self, file: str | None, line: int | None = None, column: int | None = None
    ) -> Problem:
        """This problem with its file set, and its line and column where given."""
        return replace(
            self,
            file=file,
            line=self.line if line is None else line,
            column=self.column if column is None else column,
        )

    def __str__(self) -> str:
        where = ""
        if self.file:
            where = self.file
            if self.line is not None:
                where += f":{self.line}"
                if self.column is not None:
                    where += f":{self.column}"
            where += ": "
        subject = f"[{self.id}] " if self.id else ""
        field = f" (at {format_path(self.path)})" if self.path else ""
        text = f"{where}{subject}{self.message}{field}"
        if self.hint:
            text += f"\n    fix: {self.hint}"
        return text


def format_path(path: Path) -> str:
    """``("statements", 3, "span")`` → ``statements[3].span``."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


class MapValidationError(Exception):
    """A map that cannot be built; :attr:`problems` lists everything wrong with it.

    Not a :class:`ValueError` on purpose: pydantic would wrap a ``ValueError``
    raised while building a map into its own error and lose the problem list.
    """

    def __init__(self, problems: Sequence[Problem], file: str | None = None) -> None:
        self.problems = tuple(problems)
        self.file = file
        count = len(self.problems)
        head = f"{file}: " if file else ""
        lines = [f"{head}{count} problem{'s' if count != 1 else ''} found:"]
        lines += [str(p) for p in self.problems]
        super().__init__("\n".join(lines))


def raise_problems(problems: Sequence[Problem]) -> None:
    """Raise :class:`MapValidationError` if there is any problem."""
    if problems:
        raise MapValidationError(problems)
