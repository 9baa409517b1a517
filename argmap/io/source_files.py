"""Which files a map may read: the source texts it names with ``file:``.

A map comes from anyone; the texts it names end up in reports other people read.
So a map reads only **regular files inside its own folder tree** (the folder of
the map file and the folders below it, after symbolic links are resolved), each
at most ``max_source_bytes`` long. ``/etc/passwd``, ``../../secret.txt``,
``/proc/self/environ``, a link pointing out of the folder, ``/dev/zero``, a FIFO
or ``/dev/stdin`` are refused with a message naming the map file, the source id
and what to do.

A user who trusts a map lifts the folder rule explicitly: ``allow_outside=True``
(``--allow-outside-sources`` on the command line). Files that are not regular
files, and files over the size limit, are refused even then: reading them would
hang or fill the memory.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from argmap.io.limits import Limits, configured_limits, environment_variable

ALLOW_OUTSIDE_OPTION = "--allow-outside-sources"
"""The command-line option that lets a map read files outside its folder."""


class SourceFileError(ValueError):
    """A source file the map may not, or cannot, read; :attr:`hint` says what to do."""

    def __init__(self, message: str, hint: str) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint


def read_source_file(
    name: str,
    base_dir: str | os.PathLike[str],
    *,
    allow_outside: bool,
    limits: Limits | None = None,
) -> str:
    """The UTF-8 text of the source file ``name``, relative to ``base_dir``.

    Parameters
    ----------
    name : str
        The ``file:`` value of a source, as written in the map.
    base_dir : path-like
        The folder of the map file: the root of the tree the map may read.
    allow_outside : bool
        Read files outside ``base_dir`` too (the user trusts the map).
    limits : Limits, optional
        ``max_source_bytes`` bounds the file (default: :func:`configured_limits`).

    Raises
    ------
    SourceFileError
        The file is outside the folder, not a regular file, too large, missing,
        unreadable or not UTF-8.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "talk.txt").write_text("Hello.", encoding="utf-8")
    >>> read_source_file("talk.txt", folder, allow_outside=False)
    'Hello.'
    >>> read_source_file("/etc/passwd", folder, allow_outside=False)
    Traceback (most recent call last):
    ...
    argmap.io.source_files.SourceFileError: source file '/etc/passwd' is outside the map's folder
    """
    bound = (limits or configured_limits()).max_source_bytes
    root = Path(base_dir).resolve()
    if not allow_outside and not Path(os.path.normpath(root / name)).is_relative_to(root):
        # said before looking the file up: whether it exists is not disclosed either
        raise _outside(name, root)
    try:
        target = (root / name).resolve(strict=True)
    except FileNotFoundError:
        if os.path.lexists(root / name):  # a link to a pipe (/dev/stdin) or to nothing
            raise SourceFileError(
                f"source file {name!r} is not a regular file (a link to a pipe, a socket "
                "or a missing file)",
                "a source's `file:` names a text file; paste the text under `text:` instead",
            ) from None
        raise SourceFileError(
            f"cannot read source file {name!r}: it does not exist (looked for "
            f"{str(root / name)!r})",
            "give a path relative to the map file",
        ) from None
    except (OSError, RuntimeError) as exc:  # RuntimeError: a symlink loop
        raise SourceFileError(
            f"cannot resolve source file {name!r}: {getattr(exc, 'strerror', None) or exc}",
            "give a path relative to the map file",
        ) from None
    if not allow_outside and not target.is_relative_to(root):  # a link leading outside
        raise _outside(name, root)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(target, flags | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise SourceFileError(
            f"cannot read source file {name!r}: {exc.strerror or exc}",
            "check the file's permissions",
        ) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise SourceFileError(
                f"source file {name!r} is not a regular file ({_kind(info.st_mode)})",
                "a source's `file:` names a text file; paste the text under `text:` instead",
            )
        if info.st_size > bound:
            raise SourceFileError(
                f"source file {name!r} holds {info.st_size:,} bytes, over the limit of {bound:,}",
                f"shorten it, or raise {environment_variable('max_source_bytes')} if you "
                "trust this map",
            )
        with os.fdopen(os.dup(fd), "rb") as stream:
            data = stream.read(bound + 1)
    finally:
        os.close(fd)
    if len(data) > bound:
        raise SourceFileError(
            f"source file {name!r} grew over the limit of {bound:,} bytes while read",
            f"raise {environment_variable('max_source_bytes')} if you trust this map",
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SourceFileError(
            f"source file {name!r} is not UTF-8 text (byte {exc.start})", "save it as UTF-8"
        ) from None


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a plain file"


def _outside(name: str, root: Path) -> SourceFileError:
    return SourceFileError(
        f"source file {name!r} is outside the map's folder",
        f"a map reads only files in its own folder ({root}) and below it: move the text "
        f"there, or pass {ALLOW_OUTSIDE_OPTION} (allow_outside_sources=True) if you trust "
        "this map",
    )


__all__ = ["ALLOW_OUTSIDE_OPTION", "SourceFileError", "read_source_file"]
