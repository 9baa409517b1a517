"""The published JSON Schema matches the models."""

from __future__ import annotations

import json
from pathlib import Path

from argmap.io.schema import json_schema, json_schema_text


def test_docs_copy_is_up_to_date(repo_root: Path) -> None:
    published = (repo_root / "docs" / "argmap.schema.json").read_text(encoding="utf-8")
    assert published == json_schema_text(), "run `argmap schema -o docs/argmap.schema.json`"


def test_schema_describes_the_relations() -> None:
    schema = json_schema()
    defs = schema["$defs"]
    assert set(defs["AttackKind"]["enum"]) == {"rebut", "undermine", "undercut"}
    assert defs["Support"]["properties"]["premises"]["minItems"] == 1
    assert defs["Statement"]["properties"]["weight"]["anyOf"][0]["maximum"] == 1.0
    assert json.loads(json_schema_text()) == schema
