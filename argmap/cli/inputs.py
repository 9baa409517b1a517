"""How commands find their input: a map file, or the built-in debate."""

from __future__ import annotations

import os
import re
from pathlib import Path

from argmap import corpus
from argmap.cli.errors import CommandError
from argmap.i18n import counted
from argmap.io import is_framework_file, load, load_framework
from argmap.model import ArgumentMap


def load_input(path: str | None, *, allow_outside_sources: bool = False) -> ArgumentMap:
    """The map at ``path``; a built-in debate when ``path`` is a corpus name or omitted.

    An abstract-framework file (``.apx``, ``.tgf``, ``.af``, ``.i23``) is read as the
    map of its arguments and attacks (:func:`argmap.frameworks.framework_map.framework_map`).
    ``allow_outside_sources`` lets a map read source files outside its folder.
    """
    if path is None:
        return corpus.load()
    if not Path(path).exists() and path in corpus.names():
        return corpus.load(path)
    if is_framework_file(path):
        from argmap.frameworks.framework_map import framework_map

        return framework_map(load_framework(path), title=Path(path).name)
    return load(path, allow_outside_sources=allow_outside_sources)


_COMMENT = re.compile(r"(?m)(?:^|\s)[#%]")


def refuse_overwriting_input(
    output: str | os.PathLike[str], source: str | os.PathLike[str], *, override: str | None
) -> None:
    """Raise :class:`CommandError` when ``output`` is the file ``source`` (the same file
    under any name), saying what writing it would lose; ``override`` names the
    option that allows it, if any."""
    target, origin = Path(output), Path(source)
    try:
        same = target.exists() and origin.exists() and target.samefile(origin)
    except OSError:
        same = False
    if not same:
        return
    lost = "its layout and key order"
    try:
        with origin.open("rb") as stream:
            head = stream.read(1 << 20).decode("utf-8", "replace")
        comments = len(_COMMENT.findall(head))
    except OSError:
        comments = 0
    if comments:
        lost = f"its {counted(comments, 'comment')}, " + lost
    allow = f"; pass {override} to overwrite it anyway" if override else ""
    raise CommandError(
        f"{output} is the input file {source}: writing it would replace the input and lose "
        f"{lost}. Write to another file{allow}"
    )
