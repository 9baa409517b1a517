"""The data folders argmap ships: the built-in debates and the page templates.

In the repository they are the top-level folders ``corpus/`` and ``templates/``;
the wheel ships them inside the package as ``argmap/_data/corpus`` and
``argmap/_data/templates`` (``force-include`` in ``pyproject.toml``). Both are found
through :mod:`importlib.resources`, from an installed wheel as from an editable
install of a source checkout.

>>> (data_folder("templates") / "report.html.j2").is_file()
True
>>> (data_folder("corpus") / "csmo" / "csmo.yaml").is_file()
True
"""

from __future__ import annotations

import atexit
import contextlib
from importlib.resources import as_file, files
from pathlib import Path
from typing import Literal

DataFolder = Literal["corpus", "templates"]
"""The names of the data folders."""

_extracted = contextlib.ExitStack()
atexit.register(_extracted.close)


def data_folder(name: DataFolder) -> Path:
    """The folder ``name`` on disk: ``argmap/_data/<name>`` in an installed wheel,
    the repository's top-level ``<name>/`` in an editable install.

    A package imported from a zip archive has its folder extracted once, for the
    life of the process (Python 3.12 or later).

    Raises
    ------
    FileNotFoundError
        When argmap is installed without its data (a broken installation).
    """
    package = files("argmap")
    shipped = package / "_data" / name
    if shipped.is_dir():
        if isinstance(shipped, Path):
            return shipped
        return _extracted.enter_context(as_file(shipped))
    if isinstance(package, Path):
        checkout = package.parent / name
        if checkout.is_dir():
            return checkout
    raise FileNotFoundError(
        f"argmap's {name} folder is missing from {package}: reinstall argmap "
        "(pip install --force-reinstall argmap), or run it from a source checkout "
        "installed with pip install -e ."
    )
