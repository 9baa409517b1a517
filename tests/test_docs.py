"""The documentation's Python examples run as written, and print what the page shows.

A page's ```python blocks run in order in one namespace. When a block is followed by a
```text block, that block is what the Python block prints, exactly. Formats examples run in a
scratch folder (they write files); tutorials run from the repository's root (they read
docs/tutorial/excerpt.yaml). To refresh the outputs after an intended change, run
``python tests/test_docs.py --write``.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
BLOCK = re.compile(r"```python\n(.*?)```(?:\n\n```text\n(.*?)```)?", re.S)
PAGES = {
    "docs/formats.md": "scratch",
    "docs/teaching.md": "scratch",
    "docs/index.md": "scratch",
    "docs/tutorial/en.md": "repo",
    "docs/tutorial/fr.md": "repo",
}


def run_page(page: str, where: Path) -> list[tuple[str, str | None, str]]:
    """Each block's code, expected output (or None) and actual output."""
    text = (REPO / page).read_text(encoding="utf-8")
    namespace: dict[str, object] = {}
    results = []
    cwd = Path.cwd()
    os.chdir(where)
    try:
        for match in BLOCK.finditer(text):
            code, expected = match.group(1), match.group(2)
            out = io.StringIO()
            with contextlib.redirect_stdout(out):
                exec(compile(code, page, "exec"), namespace)
            results.append((code, expected, out.getvalue()))
    finally:
        os.chdir(cwd)
    return results


@pytest.mark.parametrize("page", sorted(PAGES))
def test_page_examples_run_and_print_what_the_page_says(page: str, tmp_path: Path) -> None:
    where = REPO if PAGES[page] == "repo" else tmp_path
    results = run_page(page, where)
    assert results, f"{page} has no Python example"
    for code, expected, actual in results:
        if expected is not None:
            assert actual == expected, (
                f"{page}: the block\n{code}\nprints\n{actual}\n(if the change is intended, "
                "refresh the page with: python tests/test_docs.py --write)"
            )
        else:
            assert not actual, f"{page}: add the output of\n{code}\nas a ```text block"


def test_formats_examples_write_their_files(tmp_path: Path) -> None:
    run_page("docs/formats.md", tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "csmo.aif.json",
        "csmo.graphml",
        "csmo.xaif",
    ]


def _write(page: str) -> None:  # pragma: no cover - a maintainer's tool
    import tempfile

    where = REPO if PAGES[page] == "repo" else Path(tempfile.mkdtemp())
    results = iter(run_page(page, where))
    text = (REPO / page).read_text(encoding="utf-8")

    def replace(match: re.Match[str]) -> str:
        _, _, actual = next(results)
        block = f"```python\n{match.group(1)}```"
        return block + (f"\n\n```text\n{actual}```" if actual else "")

    (REPO / page).write_text(BLOCK.sub(replace, text), encoding="utf-8")


if __name__ == "__main__" and sys.argv[1:] == ["--write"]:  # pragma: no cover
    for name in PAGES:
        _write(name)
