"""The example notebook, docs/notebook.ipynb, runs in a real kernel and shows what it says."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

nbformat = pytest.importorskip(
    "nbformat", reason="nbformat and nbclient come with the test extra: pip install -e '.[test]'"
)
NotebookClient = pytest.importorskip("nbclient").NotebookClient


@pytest.fixture(scope="module")
def outputs(repo_root: Path) -> list[dict[str, Any]]:
    """The display data of each code cell, in order, after running the notebook."""
    notebook = nbformat.read(repo_root / "docs" / "notebook.ipynb", as_version=4)
    assert all(not cell.get("outputs") for cell in notebook.cells if cell.cell_type == "code"), (
        "the notebook is committed without outputs"
    )
    NotebookClient(
        notebook,
        timeout=300,
        kernel_name="python3",
        resources={"metadata": {"path": str(repo_root)}},
    ).execute()
    shown = []
    for cell in notebook.cells:
        if cell.cell_type != "code":
            continue
        assert not [o for o in cell.outputs if o.output_type == "error"], cell.source
        data: dict[str, Any] = {}
        for output in cell.outputs:
            if output.output_type in ("execute_result", "display_data"):
                data.update(output.data)
            elif output.output_type == "stream":
                data["stream"] = data.get("stream", "") + output.text
        shown.append(data)
    return shown


@pytest.mark.slow
def test_the_example_notebook_shows_each_result_richly(outputs: list[dict[str, Any]]) -> None:
    debate, grounded, grounded_text, table, gradual, why, pourquoi, whatif, sf, af = outputs
    assert debate["image/svg+xml"].lstrip().startswith("<?xml")
    assert debate["text/plain"].startswith("<ArgumentMap 'Should a company appoint")
    assert "grounded semantics" in grounded["text/html"]
    assert "✓ in</td>" in grounded["text/html"] and "✗ out</td>" in grounded["text/html"]
    assert grounded_text["stream"].startswith("<Evaluation grounded, ")
    assert "sceptically accepted" in table["text/html"] and "<th>stable</th>" in table["text/html"]
    assert "df-quad semantics" in gradual["text/html"] and "linear-gradient" in gradual["text/html"]
    assert "is accepted under grounded semantics" in why["text/html"]
    assert why["text/html"].count("<details>") == 1
    assert "est acceptée en sémantique fondée" in pourquoi["text/html"]
    assert "<ol><li>" in whatif["text/html"] and "single edits" in whatif["text/html"]
    assert whatif["text/plain"].startswith("<WhatIf 'thesis' under grounded: accepted; ")
    assert "ASPIC+ arguments: " in sf["text/html"]
    assert af["text/html"].startswith('<table class="argmap-framework">')
    for data in outputs:
        assert len(data.get("text/plain", "")) < 300, data.get("text/plain")
