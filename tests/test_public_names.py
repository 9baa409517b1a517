"""Every module imports, and every name its ``__all__`` promises exists.

Names used only in annotations are imported under ``if TYPE_CHECKING:`` (the
command line starts without :mod:`typing`); one of them left in ``__all__``, or
imported at run time elsewhere, would only fail when that module is imported.
"""

from __future__ import annotations

import importlib
import pkgutil

import pytest

import argmap

MODULES = sorted(
    info.name
    for info in pkgutil.walk_packages(argmap.__path__, "argmap.")
    if not info.name.endswith("__main__")
)


@pytest.mark.parametrize("name", MODULES)
def test_module_imports_and_defines_its_public_names(name: str) -> None:
    module = importlib.import_module(name)
    missing = [n for n in getattr(module, "__all__", ()) if not hasattr(module, n)]
    assert missing == []
