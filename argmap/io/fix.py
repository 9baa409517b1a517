"""``argmap fix``: write the spans of quotes back into a map file, changing nothing else.

An analyst writes quotes and leaves their spans out; the map computes each span
when the quote occurs exactly once in its source (:mod:`argmap.model.quotes`).
:func:`fix_spans` writes those spans into the file, and corrects a span that does
not match its quote when the quote occurs exactly once elsewhere.

The file is edited as text, not re-serialised: each span is inserted after its
quote (``span: [start, end]`` on its own line in a block mapping, ``, span: [start,
end]`` in a ``{…}`` flow mapping, ``"span": [start, end]`` in JSON) or replaces the
wrong one in place, so comments, key order, quoting, line wrapping and escapes
stay byte for byte what the user wrote. The positions come from a YAML
composition of the text (JSON is YAML here), read only along the paths
``statements[i].provenance`` and ``sources[j]``. The result is written
atomically, and only when something changed.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from argmap.atomic import write_text_atomic
from argmap.io.limits import configured_limits
from argmap.io.native import format_of, load_map
from argmap.io.native_checks import read_source_files
from argmap.model import MapValidationError, Problem
from argmap.model.quotes import locate_quote

_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml's parser when PyYAML has it, as the map loader uses (its marks count code
points, as the pure-Python parser's do)."""


@dataclass(frozen=True)
class SpanFix:
    """One span written into the file: the statement, the span, and the span it
    replaced (``None`` when it had none)."""

    statement: str
    span: tuple[int, int]
    replaced: tuple[int, int] | None = None


@dataclass(frozen=True)
class FixResult:
    """What :func:`fix_spans` wrote, and the problems the map still has."""

    fixes: tuple[SpanFix, ...]
    problems: tuple[Problem, ...]


@dataclass(frozen=True)
class _Edit:
    start: int
    end: int
    text: str


def fix_spans(
    path: str | os.PathLike[str],
    *,
    output: str | os.PathLike[str] | None = None,
    allow_outside_sources: bool = False,
) -> FixResult:
    """Write the computable spans of the map at ``path`` into it (or into ``output``).

    Source files are read as :func:`~argmap.io.native.load_map` reads them: outside
    the map's folder only if ``allow_outside_sources``.

    Returns the spans written and every problem the map still has after the fix
    (quotes found several times or nowhere, and anything else wrong with it).

    Raises
    ------
    MapValidationError
        When the file cannot be read or parsed at all (nothing is written).
    """
    file = Path(path)
    fmt = format_of(file)
    try:
        text = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise MapValidationError(
            [Problem(f"cannot read the map: {exc}").located(str(file))], str(file)
        ) from None
    try:
        root = yaml.compose(text, Loader=_LOADER)
    except yaml.YAMLError:
        load_map(
            file, allow_outside_sources=allow_outside_sources
        )  # reports the syntax error with its line and column
        raise  # pragma: no cover - the loader always reports a syntax error
    edits, fixes = _span_edits(
        text, root, file.parent, json_style=fmt == "json", allow_outside=allow_outside_sources
    )
    target = Path(output) if output is not None else file
    fixed = _apply(text, edits)
    if fixes or target != file:
        write_text_atomic(target, fixed)
    try:
        load_map(target, allow_outside_sources=allow_outside_sources)
    except MapValidationError as exc:
        return FixResult(tuple(fixes), exc.problems)
    return FixResult(tuple(fixes), ())


def _span_edits(
    text: str, root: yaml.Node | None, base_dir: Path, *, json_style: bool, allow_outside: bool
) -> tuple[list[_Edit], list[SpanFix]]:
    texts = _source_texts(root, base_dir, allow_outside)
    edits: list[_Edit] = []
    fixes: list[SpanFix] = []
    for statement in _items(root, "statements"):
        owner = _scalar(_get(statement, "id"))
        provenance = _get(statement, "provenance")
        if not isinstance(provenance, yaml.MappingNode):
            continue
        quote_node = _get(provenance, "quote")
        quote, source = _scalar(quote_node), _scalar(_get(provenance, "source"))
        if quote_node is None or quote is None or source not in texts:
            continue
        source_text = texts[source]
        span_node = _get(provenance, "span")
        given = _span(span_node)
        if given is not None and source_text[given[0] : given[1]] == quote:
            continue
        found = locate_quote(source_text, quote).unique
        if found is None:
            continue
        value = f"[{found[0]}, {found[1]}]"
        if span_node is not None:
            edits.append(_Edit(span_node.start_mark.index, span_node.end_mark.index, value))
        else:
            edits.append(_insertion(text, provenance, quote_node, value, json_style))
        fixes.append(SpanFix(owner or "?", found, given))
    return edits, fixes


def _insertion(
    text: str, mapping: yaml.MappingNode, after: yaml.Node, value: str, json_style: bool
) -> _Edit:
    key = '"span"' if json_style else "span"
    end = after.end_mark.index
    if mapping.flow_style:
        multiline = mapping.start_mark.line != mapping.end_mark.line
        if multiline:
            indent = " " * _key_column(mapping, "quote")
            return _Edit(end, end, f",\n{indent}{key}: {value}")
        return _Edit(end, end, f", {key}: {value}")
    indent = " " * _key_column(mapping, "quote")
    if isinstance(after, yaml.ScalarNode) and after.style in ("|", ">"):
        return _Edit(end, end, f"{indent}{key}: {value}\n")
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    return _Edit(line_end, line_end, f"\n{indent}{key}: {value}")


def _apply(text: str, edits: list[_Edit]) -> str:
    for edit in sorted(edits, key=lambda e: e.start, reverse=True):
        text = text[: edit.start] + edit.text + text[edit.end :]
    return text


def _source_texts(root: yaml.Node | None, base_dir: Path, allow_outside: bool) -> dict[str, str]:
    """Each source's text, inline or read from its file as the loader reads it."""
    raw: list[dict[str, Any]] = []
    for node in _items(root, "sources"):
        source_id = _scalar(_get(node, "id"))
        if source_id is None:
            continue
        entry: dict[str, Any] = {"id": source_id}
        for field in ("text", "file"):
            value = _scalar(_get(node, field))
            if value is not None:
                entry[field] = value
        raw.append(entry)
    read_source_files({"sources": raw}, base_dir, allow_outside, configured_limits())
    return {s["id"]: s["text"] for s in raw if isinstance(s.get("text"), str)}


def _items(root: yaml.Node | None, key: str) -> list[yaml.Node]:
    node = _get(root, key)
    return list(node.value) if isinstance(node, yaml.SequenceNode) else []


def _get(node: yaml.Node | None, key: str) -> yaml.Node | None:
    if not isinstance(node, yaml.MappingNode):
        return None
    for key_node, value_node in node.value:
        if isinstance(key_node, yaml.ScalarNode) and key_node.value == key:
            result: yaml.Node = value_node
            return result
    return None


def _key_column(mapping: yaml.MappingNode, key: str) -> int:
    for key_node, _ in mapping.value:
        if key_node.value == key:
            column: int = key_node.start_mark.column
            return column
    return mapping.start_mark.column  # pragma: no cover - the key was found before


def _scalar(node: yaml.Node | None) -> str | None:
    if isinstance(node, yaml.ScalarNode) and node.tag != "tag:yaml.org,2002:null":
        return str(node.value)
    return None


def _span(node: yaml.Node | None) -> tuple[int, int] | None:
    if not isinstance(node, yaml.SequenceNode) or len(node.value) != 2:
        return None
    try:
        start, end = (int(item.value) for item in node.value)
    except (TypeError, ValueError):
        return None
    return (start, end) if 0 <= start <= end else None
