"""The data folders are found through importlib.resources, in a checkout as in a wheel
(the wheel itself: tests/test_packaging.py)."""

from __future__ import annotations

from pathlib import Path

from argmap import corpus
from argmap.package_data import data_folder


def test_an_editable_install_finds_the_repository_folders(repo_root: Path) -> None:
    assert data_folder("corpus") == repo_root / "corpus"
    assert data_folder("templates") == repo_root / "templates"
    assert corpus.root() == data_folder("corpus")
    assert corpus.path("csmo") == repo_root / "corpus" / "csmo" / "csmo.yaml"
