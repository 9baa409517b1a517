"""The README's Python examples run as written."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest


def python_blocks(readme: Path) -> list[str]:
    return re.findall(r"```python\n(.*?)```", readme.read_text(encoding="utf-8"), flags=re.S)


def test_readme_examples_run(
    repo_root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocks = python_blocks(repo_root / "README.md")
    assert len(blocks) >= 3
    namespace: dict[str, object] = {}
    cwd = Path.cwd()
    os.chdir(repo_root)
    try:
        for block in blocks:
            code = block.replace('"csmo.json"', repr(str(tmp_path / "csmo.json")))
            exec(compile(code, "README.md", "exec"), namespace)
    finally:
        os.chdir(cwd)
    out = capsys.readouterr().out
    assert "Bertrand Duperrin" in out
    assert "undercut attacks an inference" in out
    assert "{'status': 'out'}" in out  # pro-csmo under grounded, as the README says
    assert "is rejected under grounded semantics because" in out
    assert (tmp_path / "csmo.json").is_file()
