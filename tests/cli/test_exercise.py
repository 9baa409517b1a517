"""argmap exercise: the page, the key, a PDF, and --collect into a class CSV."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest

from argmap.cli import main
from argmap.exercises import EXPORT_FORMAT, exercise_sheet
from argmap.io import dump
from argmap.render.exercises import chromium_path
from tests.render.conftest import sample_map


@pytest.fixture
def map_file(tmp_path: Path) -> Path:
    path = tmp_path / "cars.yaml"
    dump(sample_map(), path)
    return path


def answers(
    path: Path, student: str, chosen: dict[str, object], kinds: list[str] | None = None
) -> Path:
    sheet = exercise_sheet(
        sample_map(), kinds or ["markup", "relations", "implicit", "status", "schemes"]
    )
    path.write_text(
        json.dumps(
            {
                "format": EXPORT_FORMAT,
                "version": 1,
                "sheet": sheet.fingerprint,
                "title": sheet.title,
                "student": student,
                "answers": chosen,
            }
        ),
        encoding="utf-8",
    )
    return path


def test_page_and_key(map_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page, key = tmp_path / "ex.html", tmp_path / "key.html"
    assert main(["exercise", str(map_file), "-o", str(page), "--key", str(key), "-l", "fr"]) == 0
    err = capsys.readouterr().err
    assert f"wrote {page} (25 exercises)" in err and f"wrote {key} (the teacher's copy" in err
    student, teacher = page.read_text(encoding="utf-8"), key.read_text(encoding="utf-8")
    assert '<html lang="fr"' in student and 'class="key-badge"' not in student
    assert 'class="key-badge"' in teacher
    assert main(["exercise", str(map_file), "-o", str(page), "--teacher", "--kinds", "status"]) == 0
    assert 'class="key-badge"' in page.read_text(encoding="utf-8")
    assert "(12 exercises)" in capsys.readouterr().err


def test_builtin_map_by_default(tmp_path: Path) -> None:
    page = tmp_path / "csmo.html"
    assert main(["exercise", "-o", str(page), "--kinds", "markup"]) == 0
    assert "Bertrand Duperrin" in page.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["-o", "ex.txt"], "HTML exercises go to a file named with .html"),
        (["-o", "ex.html", "--format", "pdf"], "PDF exercises go to a file named with .pdf"),
        (["-o", "ex.html", "--key", "key.txt"], "the key is an HTML page"),
        (["-o", "ex.html", "--key", "ex.html"], "--key and -o name the same file"),
        (["-o", "class.txt", "--collect", "a.json"], "--collect writes a CSV"),
    ],
)
def test_usage_mistakes(
    extra: list[str],
    message: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["exercise", *extra]) == 1
    assert message in capsys.readouterr().err
    assert not (tmp_path / "ex.html").exists()


def test_unknown_kind(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["exercise", "-o", "x.html", "--kinds", "markup,quiz"])
    assert "unknown exercise kind 'quiz'" in capsys.readouterr().err


def test_collect(map_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ada = answers(
        tmp_path / "ada.json", "Ada", {"relation:a-else": "undercut", "status:on-foot": "in"}
    )
    bob = answers(tmp_path / "bob.json", "Bob", {"relation:a-else": "rebut"})
    out = tmp_path / "class.csv"
    assert main(["exercise", str(map_file), "--collect", str(ada), str(bob), "-o", str(out)]) == 0
    assert f"wrote {out} (2 answer files merged)" in capsys.readouterr().err
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert [(r["student"], r["file"], r["score"]) for r in rows] == [
        ("Ada", "ada.json", "2.00"),
        ("Bob", "bob.json", "0.00"),
    ]
    assert rows[0]["relation:a-else"] == "1.00" and rows[1]["relation:a-else"] == "0.00"


def test_collect_errors_name_the_file_and_field(
    map_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "class.csv"
    good = answers(tmp_path / "ada.json", "Ada", {})
    bad = answers(tmp_path / "bob.json", "Bob", {"status:ban": "perhaps"})
    assert main(["exercise", str(map_file), "--collect", str(good), str(bad), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert f"{bad}: answers[\"status:ban\"]: 'perhaps' is not an option" in err
    assert "Traceback" not in err and not out.exists()
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "argmap-exercises",\n "version": }', encoding="utf-8")
    assert main(["exercise", str(map_file), "--collect", str(broken), "-o", str(out)]) == 1
    assert f"{broken}:2:13: not JSON" in capsys.readouterr().err
    # answers to another sheet: made with other --kinds
    other = answers(tmp_path / "cy.json", "Cy", {}, kinds=["status"])
    assert main(["exercise", str(map_file), "--collect", str(other), "-o", str(out)]) == 1
    assert "collect them with the map and --kinds the page was made from" in capsys.readouterr().err
    assert (
        main(
            [
                "exercise",
                str(map_file),
                "--kinds",
                "status",
                "--collect",
                str(other),
                "-o",
                str(out),
            ]
        )
        == 0
    )
    missing = tmp_path / "nobody.json"
    assert main(["exercise", str(map_file), "--collect", str(missing), "-o", str(out)]) == 1
    assert "nobody.json" in capsys.readouterr().err
    assert main(["exercise", str(map_file), "--collect", str(out), "-o", str(out)]) == 1
    assert "is one of the answer files" in capsys.readouterr().err


@pytest.mark.skipif(chromium_path() is None, reason="no Chromium to print with")
def test_pdf_handout(map_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "handout.pdf"
    assert main(["exercise", str(map_file), "-o", str(out), "--kinds", "markup,relations"]) == 0
    data = out.read_bytes()
    assert data.startswith(b"%PDF-") and len(data) > 5_000


def test_readme_commands_run(
    repo_root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = (repo_root / "README.md").read_text(encoding="utf-8")
    section = text[text.index("## Exercises") :]
    (block,) = re.findall(r"```text\n(.*?)```", section[: section.index("\n## ")], flags=re.S)
    commands = [line.split("#")[0].split() for line in block.splitlines()]
    runnable = [c for c in commands if c and "MAP" not in c]
    assert len(runnable) == 2
    monkeypatch.chdir(tmp_path)
    for command in runnable:
        arguments = [str(repo_root / a) if a.startswith("docs/") else a for a in command[1:]]
        assert main(arguments) == 0, command
    assert 'class="key-badge"' in (tmp_path / "key.html").read_text(encoding="utf-8")
    assert '<html lang="fr"' in (tmp_path / "car-free.html").read_text(encoding="utf-8")
