"""What the command reports for a user's mistake: a message, never a traceback.

Everything a command prints goes through :class:`TerminalSafeStream`: text from a
map cannot drive the terminal (see :func:`argmap.display_text.terminal_text`).
"""

from __future__ import annotations

import sys

from argmap.display_text import terminal_text

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any, TextIO, TypeVar

    T = TypeVar("T")


class CommandError(Exception):
    """A mistake in how a command was called or what it was given (exit code 1)."""


def check_timeout(seconds: float | None) -> None:
    """Refuse a ``--timeout`` that is not a finite number of seconds above zero.

    >>> check_timeout(2.5)
    >>> check_timeout(float("nan"))
    Traceback (most recent call last):
    ...
    argmap.cli.errors.CommandError: --timeout must be a positive number of seconds, got nan
    """
    if seconds is not None and not 0 < seconds < float("inf"):  # NaN compares false
        raise CommandError(f"--timeout must be a positive number of seconds, got {seconds:g}")


def is_user_error(exc: BaseException) -> bool:
    """Whether ``exc`` comes from the input rather than from a bug.

    Input errors are argmap's own error types (map problems, framework and file
    format errors, unknown semantics or ids) and the operating system's (missing
    or unreadable files).
    """
    from argmap.model import MapValidationError  # here: the model is slow to import

    if isinstance(exc, MapValidationError | CommandError | OSError):
        return True
    return isinstance(exc, ValueError | KeyError) and type(exc).__module__.startswith("argmap.")


def report_user_error(exc: BaseException) -> None:
    """Print ``exc`` on stderr as ``argmap: error: ...``."""
    if isinstance(exc, KeyError) and exc.args:
        message = str(exc.args[0])
    elif isinstance(exc, OSError) and exc.filename:
        message = f"{exc.filename}: {exc.strerror or exc}"
    else:
        message = str(exc)
    print(f"argmap: error: {message}", file=sys.stderr)


class TerminalSafeStream:
    r"""A text stream that writes through :func:`~argmap.display_text.terminal_text`:
    escape sequences, other control characters and bidi overrides from debate text
    reach the terminal (or the file or pipe) as visible, inert characters.

    >>> import io
    >>> raw = io.StringIO()
    >>> print("\x1b]52;c;cHduZWQ=\x07done", file=TerminalSafeStream(raw))
    >>> raw.getvalue()
    '�]52;c;cHduZWQ=�done\n'
    """

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def write(self, text: str) -> int:
        """Write ``text`` made safe; return the length of ``text`` as given."""
        self.stream.write(terminal_text(text))
        return len(text)

    def writelines(self, lines: list[str]) -> None:
        """Write each of ``lines`` made safe."""
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.stream, name)


def run_reporting(handler: Callable[[T], int], args: T) -> int:
    """Run a command's ``handler``; return its exit code, turning a user's mistake into
    a message and code 1, Ctrl-C into 130 and a closed pipe into 0 (bugs still raise).

    While it runs, standard output and standard error are :class:`TerminalSafeStream`.
    """
    out, err = sys.stdout, sys.stderr
    sys.stdout = TerminalSafeStream(out)
    sys.stderr = TerminalSafeStream(err)
    try:
        return _run(handler, args)
    finally:
        sys.stdout, sys.stderr = out, err


def _run(handler: Callable[[T], int], args: T) -> int:
    try:
        return handler(args)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:
        if not is_user_error(exc):
            raise
        report_user_error(exc)
        return 1
