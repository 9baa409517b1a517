"""The items of a native map checked one by one, then the map as a whole.

Every item is validated by its own pydantic model; an item with faulty optional
fields is salvaged (checked without them) so that its relations and quote are
still checked in the same pass. Pydantic's errors become problems saying
what to change; the whole-map checks of :mod:`argmap.model.validation` run on
what validated. Sources given by ``file:`` are read here. The loader
(:mod:`argmap.io.native`) locates each problem at its line and column.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pydantic import BaseModel, TypeAdapter, ValidationError

from argmap.io.limits import Limits, environment_variable
from argmap.io.source_files import SourceFileError, read_source_file
from argmap.model import ArgumentMap, MapValidationError, Problem, check_map
from argmap.model.types import Attack, Participant, Preference, Source, Statement, Support
from argmap.model.validation import Path as DataPath

GROUPS: dict[str, type[BaseModel]] = {
    "sources": Source,
    "participants": Participant,
    "statements": Statement,
    "supports": Support,
    "attacks": Attack,
    "preferences": Preference,
}
"""The lists of a map, each with the model of its items."""


def count_problems(data: dict[str, Any], limits: Limits) -> list[Problem]:
    """Lists longer than ``max_items``: refused before any item is validated."""
    problems = []
    for key in GROUPS:
        items = data.get(key)
        if isinstance(items, list) and len(items) > limits.max_items:
            problems.append(
                Problem(
                    f"{len(items):,} {key}, over the limit of {limits.max_items:,}",
                    (key,),
                    hint="split the map, or raise the limit with "
                    f"{environment_variable('max_items')}=N if you trust this file",
                )
            )
    return problems


def read_source_files(
    data: dict[str, Any], base_dir: Path, allow_outside: bool, limits: Limits
) -> list[Problem]:
    """Read the text of each source given by ``file:`` (relative to ``base_dir``) into
    ``data``; the problems of the sources that cannot be read, or that give both a
    ``file`` and a ``text``."""
    problems: list[Problem] = []
    sources = data.get("sources")
    if not isinstance(sources, list):
        return problems
    for i, source in enumerate(sources):
        if not isinstance(source, dict) or not isinstance(source.get("file"), str):
            continue
        source_id = source.get("id") if isinstance(source.get("id"), str) else None
        if source.get("text") is not None:
            problems.append(
                Problem(
                    "source has both `file` and `text`",
                    ("sources", i, "text"),
                    source_id,
                    "keep one: `file` for a text kept beside the map, `text` for an inline one",
                )
            )
            continue
        try:
            source["text"] = read_source_file(
                source["file"], base_dir, allow_outside=allow_outside, limits=limits
            )
        except SourceFileError as exc:
            problems.append(Problem(exc.message, ("sources", i, "file"), source_id, exc.hint))
    return problems


def unread_sources(data: dict[str, Any]) -> frozenset[str]:
    """Ids of the sources given by a ``file`` whose text could not be read (that is
    said once, by :func:`read_source_files`; their quotes are not checked)."""
    sources = data.get("sources")
    if not isinstance(sources, list):
        return frozenset()
    return frozenset(
        str(s.get("id"))
        for s in sources
        if isinstance(s, dict) and s.get("file") is not None and s.get("text") is None
    )


def without_split_consequences(
    problems: list[Problem], earlier: Sequence[Problem]
) -> list[Problem]:
    """``problems`` less those inside a ``{…}`` mapping a comma split (already
    reported with the fix; what follows from it would only mislead)."""
    split = [p.path for p in earlier if "the comma split the text" in p.message]
    return [p for p in problems if not any(p.path[: len(s) - 1] == s[:-1] for s in split)]


def validate_items(data: dict[str, Any], unread: frozenset[str] = frozenset()) -> list[Problem]:
    """Field-level problems of every item, then whole-map problems of the valid rest."""
    problems: list[Problem] = []
    header = {k: v for k, v in data.items() if k not in GROUPS}
    kept: dict[str, list[Any]] = {}
    raw_index: dict[str, list[int]] = {}
    tolerate: set[str] = set()
    for key, model in GROUPS.items():
        items = data.get(key, [])
        if items is None:  # `statements:` with nothing (or only comments) under it
            items = data[key] = []
        if not isinstance(items, list):
            problems.append(
                Problem(
                    f"`{key}` must be a list, not a {type(items).__name__}",
                    (key,),
                    hint=f"write `{key}:` followed by items starting with `- `",
                )
            )
            continue
        kept[key], raw_index[key] = [], []
        for i, item in enumerate(items):
            try:
                obj = model.model_validate(item)
            except ValidationError as exc:
                problems += _from_pydantic(exc, (key, i), item)
                salvaged = _salvage(model, item, exc)
                if salvaged is None:
                    if isinstance(item, dict) and isinstance(item.get("id"), str):
                        tolerate.add(item["id"])
                    continue
                obj = salvaged
            kept[key].append(obj)
            raw_index[key].append(i)
    header_problems = _header_problems(header)
    problems += header_problems
    if header_problems:
        header = {"title": "untitled"}
    try:
        partial = ArgumentMap.model_construct(
            **{**TypeAdapter(dict[str, Any]).validate_python(header), **kept}
        )
    except Exception:  # pragma: no cover - model_construct does not validate
        return problems
    for problem in check_map(partial, tolerate=tolerate, unread=unread):
        path = problem.path
        if len(path) >= 2 and path[0] in raw_index and isinstance(path[1], int):
            path = (path[0], raw_index[str(path[0])][path[1]], *path[2:])
        problems.append(Problem(problem.message, path, problem.id, problem.hint))
    return problems


def _salvage(model: type[BaseModel], item: Any, exc: ValidationError) -> BaseModel | None:
    """The item without its faulty optional fields, so that the rest of it (its
    relations, its quote) is still checked in the same pass; ``None`` when a
    required field is at fault."""
    if not isinstance(item, dict):
        return None
    faulty = {str(error["loc"][0]) for error in exc.errors() if error["loc"]}
    if "kind" in faulty:
        return None  # a claim in place of a mistyped issue would mislead every check after
    fields = model.model_fields
    stand_ins = {}
    for name in faulty:
        if name in fields and fields[name].is_required():
            if name not in _STAND_INS:
                return None
            stand_ins[name] = _STAND_INS[name]
    try:
        return model.model_validate({k: v for k, v in item.items() if k not in faulty} | stand_ins)
    except ValidationError:
        return None


_STAND_INS: dict[str, Any] = {"title": "?", "name": "?", "text": {"en": "?"}}
"""Values a faulty required field takes while the rest of its item is checked
(the item is reported, and the map is not built)."""


def _header_problems(header: dict[str, Any]) -> list[Problem]:
    fields = {k: v for k, v in header.items()}
    try:
        ArgumentMap.model_validate({**fields, "title": fields.get("title", "x")} | {})
    except ValidationError as exc:
        return _from_pydantic(exc, (), header)
    except MapValidationError:  # pragma: no cover - no items, nothing to cross-check
        return []
    if "title" not in header:
        return [Problem("the map has no `title`", ("title",), hint="add `title: <the debate>`")]
    return []


def _from_pydantic(exc: ValidationError, prefix: DataPath, item: Any) -> list[Problem]:
    owner = item.get("id") if isinstance(item, dict) and isinstance(item.get("id"), str) else None
    problems = []
    for error in exc.errors(include_url=False):
        loc = tuple(error["loc"])
        kind = error["type"]
        field = str(loc[-1]) if loc else ""
        message = error["msg"]
        hint = None
        if kind == "extra_forbidden":
            message = f"unknown field {field!r}"
            hint = _suggest_field(exc.title, field, loc)
        elif kind == "missing":
            message = f"missing required field {field!r}"
            hint = f"add `{field}:`"
        elif kind in ("greater_than_equal", "less_than_equal") and field == "weight":
            message = f"weight {error['input']!r} is outside [0, 1]"
            hint = "give a weight between 0 and 1"
        elif kind == "string_pattern_mismatch" and field in (
            "id",
            "source",
            "target",
            "conclusion",
        ):
            message = f"{error['input']!r} is not a valid id"
            hint = "ids start with a letter or _, then letters, digits, _, - or ."
        elif kind == "enum":
            expected = error.get("ctx", {}).get("expected", "")
            message = f"{error['input']!r} is not a valid {field}"
            hint = f"use one of {expected}"
        else:
            message = message.removeprefix("Value error, ")
            message = f"{field}: {message}" if field else message
        problems.append(Problem(message, prefix + loc, owner, hint))
    return problems


def _suggest_field(title: str, field: str, loc: tuple[Any, ...]) -> str:
    import difflib

    models: dict[str, type[BaseModel]] = {m.__name__: m for m in GROUPS.values()}
    models["ArgumentMap"] = ArgumentMap
    model = models.get(title)
    known: list[str] = []
    if model is not None:
        known = list(model.model_fields)
        if len(loc) > 1 and loc[0] == "provenance":
            from argmap.model.types import Provenance

            known = list(Provenance.model_fields)
    close = difflib.get_close_matches(field, known, n=1)
    if close:
        return f"did you mean {close[0]!r}?"
    return f"remove it; known fields: {', '.join(known)}" if known else "remove it"
