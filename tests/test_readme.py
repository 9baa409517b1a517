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
    assert "abstract out" in out  # pro-csmo under grounded, as the README says
    assert "is rejected under grounded semantics in the structured reading" in out
    assert "[('undercut', 'Taste')]" in out  # the Argdown example: the undercut stays one
    assert (tmp_path / "csmo.json").is_file()


def test_readme_map_format_example_loads_and_evaluates(repo_root: Path, tmp_path: Path) -> None:
    from argmap.cli import main
    from argmap.evaluation import evaluate
    from argmap.io import load
    from argmap.model import localised

    text = (repo_root / "README.md").read_text(encoding="utf-8")
    section = text[text.index("## The map format") :]
    (example,) = re.findall(r"```yaml\n(.*?)```", section[: section.index("\n## ")], flags=re.S)
    path = tmp_path / "tea.yaml"
    path.write_text(example, encoding="utf-8")
    m = load(path)
    assert localised(m.title, "fr") == "Thé ou café ?"
    coffee = m.statement("coffee").provenance
    assert coffee is not None and coffee.span is not None
    assert m.sources[0].text is not None
    assert m.sources[0].text[coffee.span[0] : coffee.span[1]] == "coffee is better"
    same = m.statement("same").provenance
    assert same is not None and same.quote is None and same.speaker == "ann"
    # coffee's only reason is undercut: out under the default (structured) reading,
    # in under the abstract one, where a claim stands on its own unless attacked
    assert evaluate(m, "grounded").status("coffee").value == "out"
    assert evaluate(m, "grounded", reading="abstract").status("coffee").value == "in"
    assert main(["fix", str(path)]) == 0
    assert "quote: coffee is better, span: [5, 21]}" in path.read_text(encoding="utf-8")
    assert load(path) == m
