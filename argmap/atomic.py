"""Atomic file writes: a reader sees the old file or the new one, never half of one.

The data goes to a temporary file ``.NAME.PID.XXXXXXXX.tmp`` beside the target,
is flushed to disk, then renamed over the target (:func:`os.replace` is atomic on
POSIX and Windows). An overwritten file keeps its permission bits (a private
``0600`` file stays private); a new file gets the mode a plain ``open()`` would.

A write interrupted by an exception removes its temporary file. One killed
outright (``kill -9``, a power cut) cannot; the next write of the same target
removes the temporary files whose writing process is gone.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat


def write_text_atomic(path: str | os.PathLike[str], text: str) -> None:
    """Write ``text`` (UTF-8) to ``path`` atomically (see the module documentation)."""
    write_bytes_atomic(path, text.encode("utf-8"))


def write_bytes_atomic(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path`` atomically (see the module documentation)."""
    import tempfile  # only when writing: reading paths start without it

    target = os.fspath(path)
    folder = os.path.dirname(os.path.abspath(target))
    os.makedirs(folder, exist_ok=True)
    name = os.path.basename(target)
    remove_stale_temporaries(target)
    try:
        mode = stat.S_IMODE(os.stat(target).st_mode)
    except OSError:
        mode = 0o666 & ~_umask()
    handle, temporary = tempfile.mkstemp(
        prefix=f".{name}.{os.getpid()}.", suffix=".tmp", dir=folder
    )
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        # mkstemp creates the file private (0600): give it the target's mode.
        os.chmod(temporary, mode)
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise


def remove_stale_temporaries(path: str | os.PathLike[str]) -> list[str]:
    """Remove the temporary files that interrupted writes of ``path`` left behind.

    Only files named like this module's temporaries of ``path``
    (``.NAME.PID.XXXXXXXX.tmp``) whose process ``PID`` no longer runs are removed;
    a write in progress in another process is left alone. Returns the removed names.
    """
    target = os.fspath(path)
    folder = os.path.dirname(os.path.abspath(target))
    pattern = re.compile(rf"\.{re.escape(os.path.basename(target))}\.(\d+)\.[^./]+\.tmp")
    removed: list[str] = []
    try:
        entries = os.listdir(folder)
    except OSError:
        return removed
    for entry in sorted(entries):
        found = pattern.fullmatch(entry)
        if found is None or _running(int(found.group(1))):
            continue
        with contextlib.suppress(FileNotFoundError):
            os.unlink(os.path.join(folder, entry))
            removed.append(entry)
    return removed


def _running(pid: int) -> bool:
    """Whether process ``pid`` exists (on this machine)."""
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, OSError):
        return True  # exists but belongs to someone else, or cannot tell: keep it
    return True


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
