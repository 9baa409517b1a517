"""The reference Argdown implementation (@argdown/cli in .node/), and the views of
its JSON and of argmap's parse that the comparison tests set side by side."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path
from typing import Any

from argmap.io.argdown.parser import read_document
from argmap.io.argdown.syntax import Document

ROOT = Path(__file__).resolve().parents[3]
CLI = ROOT / ".node" / "node_modules" / ".bin" / "argdown"
MISSING = (
    "@argdown/cli is not installed in .node/ (`make test` installs it: "
    "scripts/ensure-node-tools.sh); the comparison with the reference is not run"
)


def reference_json(path: Path) -> dict[str, Any]:
    """What ``argdown json`` exports for ``path``: statements (equivalence classes),
    arguments with their PCS, relations with their types, sections and tags."""
    done = subprocess.run(
        [str(CLI), "json", path.name, "--stdout"],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
        cwd=path.parent,
    )
    data, _ = json.JSONDecoder().raw_decode(done.stdout)
    assert isinstance(data, dict)
    return data


def _plain(text: str) -> str:
    """A text without trailing tags and with single spaces."""
    text = re.sub(r"(\s*#(\([^)]*\)|[\w-]+))+\s*$", "", text)
    return " ".join(text.split())


def reference_view(data: dict[str, Any]) -> dict[str, Any]:
    statements = {}
    for title, ec in data["statements"].items():
        texts = [m.get("text", "") for m in ec["members"] if m.get("text", "").strip()]
        statements[title] = (_plain(texts[0]) if texts else "", sorted(ec.get("tags", [])))
    arguments = {}
    for title, arg in data["arguments"].items():
        pcs = []
        for step in arg.get("pcs", []):
            rules = (
                step.get("inference", {}).get("inferenceRules", []) if "inference" in step else []
            )
            pcs.append((step["title"], step["role"], tuple(rules)))
        arguments[title] = pcs
    relations = set()
    for r in data["relations"]:
        to = r["to"]
        relations.add((r["relationType"], r["fromType"], r["from"], r["toType"], to))
    sections = []

    def walk(items: list[dict[str, Any]], parent: str | None) -> None:
        for s in items:
            sections.append((s["title"], s["level"], parent))
            walk(s.get("children", []), s["title"])

    walk(data.get("sections", []), None)
    return {
        "statements": statements,
        "arguments": arguments,
        "relations": relations,
        "sections": sections,
        "tags": sorted(data.get("tags", {})),
    }


def argmap_view(doc: Document) -> dict[str, Any]:
    statements = {
        t: (" ".join(ec.text.split()), sorted(ec.tags)) for t, ec in doc.statements.items()
    }
    arguments = {}
    for title, arg in doc.arguments.items():
        pcs = []
        last = len(arg.pcs) - 1
        for i, step in enumerate(arg.pcs):
            role = "premise"
            if step.inference is not None:
                role = "main-conclusion" if i == last else "intermediary-conclusion"
            rules = tuple(step.inference.rules) if step.inference is not None else ()
            pcs.append((step.title, role, rules))
        arguments[title] = pcs
    kinds = {"statement": "equivalence-class", "argument": "argument"}
    relations = set()
    for r in doc.typed_relations():
        to_type = "inference" if r.target.conclusion is not None else kinds[r.target.kind]
        relations.add((r.type, kinds[r.source.kind], r.source.title, to_type, r.target.title))
    titles = {s.id: s.title for s in doc.sections}
    sections = [(s.title, s.level, titles.get(s.parent or "")) for s in doc.sections]
    tags = {t for ec in doc.statements.values() for t in ec.tags}
    tags |= {t for a in doc.arguments.values() for t in a.tags}
    tags |= {t for s in doc.sections for t in s.tags}
    return {
        "statements": statements,
        "arguments": arguments,
        "relations": relations,
        "sections": sections,
        "tags": sorted(tags),
    }


def parse(path: Path) -> Document:
    doc, problems = read_document(path.read_text(encoding="utf-8"), str(path), path.parent)
    assert not problems, [str(p) for p in problems]
    return doc
