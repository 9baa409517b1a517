"""The wheel ships the corpus and the templates, and works outside the source tree."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest


@pytest.fixture(scope="module")
def wheel(repo_root: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--quiet",
            "-w",
            str(out),
            str(repo_root),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    (built,) = out.glob("argmap-*.whl")
    return built


@pytest.mark.slow
def test_wheel_contains_package_data(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "argmap/py.typed" in names
    assert "argmap/_data/corpus/csmo/csmo.yaml" in names
    assert "argmap/_data/corpus/csmo/source.txt" in names
    assert any(n.startswith("argmap/_data/templates/") for n in names)
    assert not any(n.startswith("tests/") for n in names)


@pytest.mark.slow
def test_installed_wheel_shows_the_built_in_debate(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--target",
            str(site),
            str(wheel),
        ],
        check=True,
    )
    env = {**os.environ, "PYTHONPATH": str(site)}
    code = "import argmap, sys; print(argmap.__file__)"
    where = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        check=True,
    )
    assert where.stdout.strip().startswith(str(site))
    shown = subprocess.run(
        [sys.executable, "-m", "argmap", "show"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        check=False,
    )
    assert shown.returncode == 0, shown.stderr
    assert "Bertrand Duperrin" in shown.stdout
    assert "Martin" in shown.stdout
    folders = subprocess.run(
        [
            sys.executable,
            "-c",
            "from argmap.package_data import data_folder; "
            "print(data_folder('corpus')); print(data_folder('templates'))",
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        check=True,
    )
    assert folders.stdout.split() == [
        str(site / "argmap" / "_data" / "corpus"),
        str(site / "argmap" / "_data" / "templates"),
    ]
