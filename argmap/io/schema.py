"""The JSON Schema of the native format, generated from the pydantic models.

A copy is kept in ``docs/argmap.schema.json``; ``argmap schema`` prints it.
Editors that understand JSON Schema (VS Code with the YAML extension, for one)
can then complete and check a map as it is typed.
"""

from __future__ import annotations

import json
from typing import Any

from argmap.model import ArgumentMap

SCHEMA_ID = "https://argmap.dev/schema/argmap-1.schema.json"


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of an argmap file.

    >>> schema = json_schema()
    >>> schema["title"], sorted(schema["required"])
    ('ArgumentMap', ['title'])
    """
    schema = ArgumentMap.model_json_schema(mode="validation")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        **schema,
    }


def json_schema_text() -> str:
    """:func:`json_schema` as deterministic, indented JSON text."""
    return json.dumps(json_schema(), indent=2, ensure_ascii=False, sort_keys=True) + "\n"
