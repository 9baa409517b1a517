"""argmap's Argdown reader against the reference implementation (@argdown/cli 1.7.5).

Both read the same files; their statements and equivalence classes, arguments and
premise–conclusion structures, relations with their types, sections and tags must
be the same. The intended differences are pinned in test_mapping.py, each with
its reason.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from argmap.io import load
from argmap.io.argdown import dumps_argdown
from argmap.io.argdown.parser import read_document
from tests.io.argdown.reference import (
    CLI,
    MISSING,
    argmap_view,
    parse,
    reference_json,
    reference_view,
)

FILES = Path(__file__).parent / "files"
needs_cli = pytest.mark.skipif(not CLI.exists(), reason=MISSING)


@needs_cli
@pytest.mark.parametrize(
    "path", sorted(FILES.rglob("*.argdown")), ids=lambda p: str(p.relative_to(FILES))
)
def test_same_reading_as_the_reference(path: Path) -> None:
    ours = argmap_view(parse(path))
    theirs = reference_view(reference_json(path))
    assert ours["statements"] == theirs["statements"]
    assert ours["arguments"] == theirs["arguments"]
    assert ours["relations"] == theirs["relations"]
    assert ours["sections"] == theirs["sections"]
    assert ours["tags"] == theirs["tags"]


@needs_cli
def test_the_files_hold_every_relation_type() -> None:
    types = set()
    for path in FILES.rglob("*.argdown"):
        types |= {r.type for r in parse(path).typed_relations()}
    assert types == {"support", "attack", "undercut", "contradictory", "entails", "contrary"}


@needs_cli
def test_csmo_exported_to_argdown_is_read_alike_by_the_reference(
    repo_root: Path, tmp_path: Path
) -> None:
    m = load(repo_root / "corpus" / "csmo" / "csmo.yaml")
    path = tmp_path / "csmo.argdown"
    path.write_text(dumps_argdown(m), encoding="utf-8")
    done = subprocess.run(
        [str(CLI), "json", path.name, "--stdout"],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
        cwd=tmp_path,
    )
    assert "error" not in done.stderr.lower()
    theirs = reference_json(path)
    assert len(theirs["statements"]) == len(m.statements)
    assert len(theirs["arguments"]) == len(m.supports)
    undercuts = [r for r in theirs["relations"] if r["relationType"] == "undercut"]
    assert len(undercuts) == sum(a.kind.value == "undercut" for a in m.attacks)
    assert all(r["toType"] == "inference" for r in undercuts)
    doc, problems = read_document(path.read_text(encoding="utf-8"), str(path), tmp_path)
    assert not problems
    assert argmap_view(doc) == reference_view(theirs)
