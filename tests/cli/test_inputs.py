"""How commands read maps: the folder rule on every command, and inputs never overwritten."""

from __future__ import annotations

from pathlib import Path

import pytest

from argmap.cli import main
from tests.io.test_native import GOOD, SOURCE_TEXT

# Each command that loads a map, with the arguments after PATH.
MAP_COMMANDS = [
    ("validate", []),
    ("show", []),
    ("evaluate", ["-s", "grounded"]),
    ("explain", ["tea"]),
    ("whatif", ["tea"]),
]


@pytest.fixture
def outside_map(tmp_path: Path) -> Path:
    """A map in ``maps/`` whose source text lies one folder up."""
    (tmp_path / "chat.txt").write_text(SOURCE_TEXT, encoding="utf-8")
    folder = tmp_path / "maps"
    folder.mkdir()
    path = folder / "map.yaml"
    path.write_text(GOOD.replace("file: chat.txt", "file: ../chat.txt"), encoding="utf-8")
    return path


@pytest.mark.parametrize(("command", "extra"), MAP_COMMANDS, ids=[c[0] for c in MAP_COMMANDS])
def test_every_map_command_refuses_files_outside_the_map_folder_unless_allowed(
    outside_map: Path, capsys: pytest.CaptureFixture[str], command: str, extra: list[str]
) -> None:
    assert main([command, str(outside_map), *extra]) == 1
    err = capsys.readouterr().err
    assert f"{outside_map}:7:5: [chat] source file '../chat.txt' is outside the map's folder" in err
    assert "--allow-outside-sources" in err
    assert "Traceback" not in err
    assert main([command, str(outside_map), *extra, "--allow-outside-sources"]) == 0


def test_render_and_report_accept_the_option(
    outside_map: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "map.dot"
    assert main(["render", str(outside_map), "-o", str(out)]) == 1
    assert "outside the map's folder" in capsys.readouterr().err
    assert main(["render", str(outside_map), "-o", str(out), "--allow-outside-sources"]) == 0
    assert out.exists()


def test_convert_refuses_to_overwrite_its_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "chat.txt").write_text(SOURCE_TEXT, encoding="utf-8")
    path = tmp_path / "m.yaml"
    text = "# analysed by hand\n" + GOOD + "# end\n"
    path.write_text(text, encoding="utf-8")
    assert main(["convert", str(path), str(path)]) == 1
    err = capsys.readouterr().err
    assert f"{path} is the input file {path}" in err
    assert "lose its 2 comments" in err and "--force" in err
    assert path.read_text(encoding="utf-8") == text
    link = tmp_path / "same.yaml"
    link.symlink_to(path)
    assert main(["convert", str(path), str(link)]) == 1
    assert path.read_text(encoding="utf-8") == text
    assert main(["convert", str(path), str(path), "--force"]) == 0
    assert "# analysed by hand" not in path.read_text(encoding="utf-8")


def test_convert_refuses_to_overwrite_an_input_framework(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "f.apx"
    path.write_text("% by hand\narg(a).\n", encoding="utf-8")
    assert main(["convert", str(path), str(path)]) == 1
    assert "lose its 1 comment," in capsys.readouterr().err
    assert path.read_text(encoding="utf-8") == "% by hand\narg(a).\n"


def test_convert_keeps_the_mode_of_an_overwritten_output(tmp_path: Path) -> None:
    (tmp_path / "chat.txt").write_text(SOURCE_TEXT, encoding="utf-8")
    (tmp_path / "m.yaml").write_text(GOOD, encoding="utf-8")
    out = tmp_path / "m.json"
    out.write_text("{}", encoding="utf-8")
    out.chmod(0o600)
    assert main(["convert", str(tmp_path / "m.yaml"), str(out)]) == 0
    assert out.stat().st_mode & 0o777 == 0o600
