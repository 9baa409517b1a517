"""A map reads only regular files inside its own folder tree, below a size limit."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from argmap.io import load
from argmap.io.limits import Limits
from argmap.io.source_files import SourceFileError, read_source_file
from argmap.model import MapValidationError


def _map_naming(folder: Path, name: str) -> Path:
    path = folder / "map.yaml"
    path.write_text(
        f"title: t\nsources:\n  - id: talk\n    title: A talk\n    file: {name!r}\n",
        encoding="utf-8",
    )
    return path


@pytest.mark.parametrize(
    "name",
    [
        "/etc/passwd",
        "../../../../etc/passwd",
        "/proc/self/environ",
        "/etc/shadow",
        "../../no-such-file.txt",
    ],
)
def test_local_files_outside_the_map_folder_are_not_disclosed(tmp_path: Path, name: str) -> None:
    path = _map_naming(tmp_path, name)
    with pytest.raises(MapValidationError) as info:
        load(path)
    text = str(info.value)
    assert f"{path}:5:5: [talk] source file {name!r} is outside the map's folder" in text
    assert "--allow-outside-sources" in text
    assert "root:" not in text and "PATH=" not in text


@pytest.mark.parametrize("name", ["/dev/zero", "/dev/stdin", "/dev/urandom"])
def test_devices_are_refused_even_when_outside_files_are_allowed(tmp_path: Path, name: str) -> None:
    if not Path(name).exists():
        pytest.skip(f"{name} does not exist on this system")
    path = _map_naming(tmp_path, name)
    with pytest.raises(MapValidationError, match="outside the map's folder"):
        load(path)
    with pytest.raises(MapValidationError, match=r"is not a regular file \((a device|a link)"):
        load(path, allow_outside_sources=True)


def test_a_fifo_in_the_folder_does_not_hang(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "talk.txt")
    path = _map_naming(tmp_path, "talk.txt")
    with pytest.raises(MapValidationError, match=r"'talk.txt' is not a regular file \(a pipe\)"):
        load(path)


def test_a_symlink_leading_out_of_the_folder_is_refused(tmp_path: Path) -> None:
    outside = tmp_path / "secret.txt"
    outside.write_text("secret", encoding="utf-8")
    folder = tmp_path / "maps"
    folder.mkdir()
    (folder / "talk.txt").symlink_to(outside)
    with pytest.raises(SourceFileError, match="outside the map's folder"):
        read_source_file("talk.txt", folder, allow_outside=False)
    assert read_source_file("talk.txt", folder, allow_outside=True) == "secret"


def test_files_in_the_folder_and_below_are_read(tmp_path: Path) -> None:
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "talk.txt").write_text("\ufeffHello.", encoding="utf-8")
    (tmp_path / "link.txt").symlink_to(tmp_path / "texts" / "talk.txt")
    assert read_source_file("texts/talk.txt", tmp_path, allow_outside=False) == "Hello."
    assert read_source_file("texts/../link.txt", tmp_path, allow_outside=False) == "Hello."


def test_allow_outside_sources_reads_a_trusted_file(tmp_path: Path) -> None:
    outside = tmp_path / "shared.txt"
    outside.write_text("Hello.", encoding="utf-8")
    folder = tmp_path / "maps"
    folder.mkdir()
    assert read_source_file("../shared.txt", folder, allow_outside=True) == "Hello."


def test_source_file_over_the_size_limit_is_refused(tmp_path: Path) -> None:
    (tmp_path / "talk.txt").write_text("x" * 101, encoding="utf-8")
    with pytest.raises(SourceFileError, match="holds 101 bytes, over the limit of 100") as info:
        read_source_file(
            "talk.txt", tmp_path, allow_outside=False, limits=Limits(max_source_bytes=100)
        )
    assert "ARGMAP_MAX_SOURCE_BYTES" in info.value.hint


def test_a_folder_or_a_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    with pytest.raises(SourceFileError, match=r"'sub' is not a regular file \(a folder\)"):
        read_source_file("sub", tmp_path, allow_outside=False)
    with pytest.raises(SourceFileError, match=r"'nowhere\.txt': it does not exist"):
        read_source_file("nowhere.txt", tmp_path, allow_outside=False)
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    with pytest.raises(SourceFileError, match=r"'dangling.txt' is not a regular file \(a link"):
        read_source_file("dangling.txt", tmp_path, allow_outside=False)
    (tmp_path / "latin1.txt").write_bytes(b"caf\xe9")
    with pytest.raises(SourceFileError, match="is not UTF-8 text"):
        read_source_file("latin1.txt", tmp_path, allow_outside=False)
