"""The Python examples of the documentation pages run as written (in a scratch folder)."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

PAGES = ["docs/formats.md"]


@pytest.mark.parametrize("page", PAGES)
def test_page_examples_run(repo_root: Path, tmp_path: Path, page: str) -> None:
    text = (repo_root / page).read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", text, flags=re.S)
    assert blocks, f"{page} has no Python example"
    namespace: dict[str, object] = {}
    cwd = Path.cwd()
    os.chdir(tmp_path)
    try:
        for block in blocks:
            exec(compile(block, page, "exec"), namespace)
    finally:
        os.chdir(cwd)
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "csmo.aif.json",
        "csmo.graphml",
        "csmo.xaif",
    ]
    again = namespace["again"]
    m = namespace["m"]
    assert [s.id for s in again.statements] == [s.id for s in m.statements]  # type: ignore[attr-defined]
