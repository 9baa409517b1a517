"""The native argmap format: YAML for people, JSON for programs, one schema.

Loading reports every problem of a file at once, each with its line and column:
syntax errors, unknown or repeated keys, wrong types, out-of-range weights, and
the whole-map problems of :mod:`argmap.model.validation` (unknown ids, quotes not
found at their span, ...).

A source declared with ``file:`` is read relative to the map file when the map is
loaded; its text is not written back when the map is dumped (the ``file:`` entry
is), so load → dump → load gives an equal map. Dumping is deterministic: keys in
schema order, items in map order, default values left out.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, TypeAdapter, ValidationError

from argmap.io.atomic import write_text_atomic
from argmap.io.limits import (
    InputLimitError,
    Limits,
    configured_limits,
    environment_variable,
    loads_json,
    read_input_text,
)
from argmap.io.source_files import SourceFileError, read_source_file
from argmap.io.yaml_guard import check_nodes
from argmap.io.yaml_hints import split_flow_keys, tab_indentation
from argmap.model import ArgumentMap, MapValidationError, Problem, check_map
from argmap.model.types import Attack, Participant, Source, Statement, Support
from argmap.model.validation import Path as DataPath

NativeFormat = Literal["yaml", "json"]
Positions = dict[DataPath, tuple[int, int]]

_GROUPS: dict[str, type[BaseModel]] = {
    "sources": Source,
    "participants": Participant,
    "statements": Statement,
    "supports": Support,
    "attacks": Attack,
}


# -- reading -------------------------------------------------------------------
def load_map(
    path: str | os.PathLike[str],
    *,
    allow_outside_sources: bool = False,
    limits: Limits | None = None,
) -> ArgumentMap:
    """Load a map from a ``.yaml``/``.yml`` or ``.json`` file.

    Sources' ``file:`` texts are read only from the map's folder tree unless
    ``allow_outside_sources`` (see :mod:`argmap.io.source_files`); ``limits``
    bound what is read (default: :func:`~argmap.io.limits.configured_limits`).

    Raises
    ------
    MapValidationError
        With every problem of the file, each naming the file, line and column.
    """
    file = Path(path)
    fmt = format_of(file)
    bounds = limits or configured_limits()
    try:
        text = read_input_text(file, limits=bounds)
    except FileNotFoundError:
        raise MapValidationError(
            [Problem("file not found", hint="check the path").located(str(file))], str(file)
        ) from None
    except InputLimitError as exc:
        problem = Problem(exc.message, hint=exc.hint).located(str(file), exc.line, exc.column)
        raise MapValidationError([problem], str(file)) from None
    except OSError as exc:
        raise MapValidationError(
            [Problem(f"cannot read: {exc.strerror}").located(str(file))], str(file)
        ) from None
    return loads_map(
        text,
        fmt,
        file=str(file),
        base_dir=file.parent,
        allow_outside_sources=allow_outside_sources,
        limits=bounds,
    ).with_origin(str(file.parent.resolve()))


def loads_map(
    text: str,
    fmt: NativeFormat = "yaml",
    *,
    file: str | None = None,
    base_dir: str | os.PathLike[str] | None = None,
    allow_outside_sources: bool = False,
    limits: Limits | None = None,
) -> ArgumentMap:
    """Parse a map from YAML or JSON text; ``base_dir`` resolves sources' ``file:``
    (see :func:`load_map` for ``allow_outside_sources`` and ``limits``)."""
    label = file or f"<{fmt}>"
    bounds = limits or configured_limits()
    text = text.removeprefix("\ufeff")
    data, positions, problems = _parse(text, fmt, label, bounds)
    if data is None:
        raise MapValidationError(problems, label)
    if not isinstance(data, dict):
        problems.append(
            Problem(
                f"the document is a {type(data).__name__}, not a mapping",
                hint="start the file with `title:` and the lists `statements:`, `supports:`, ...",
            )
        )
        if fmt == "json":
            _json_positions(text, positions, [])
        raise MapValidationError(_locate(problems, positions, label), label)
    too_many = _count_problems(data, bounds)
    if too_many:
        raise MapValidationError(_locate(problems + too_many, positions, label), label)
    problems += _read_source_files(
        data, Path(base_dir) if base_dir else Path.cwd(), allow_outside_sources, bounds
    )
    problems += _without_split_consequences(_validate(data, _unread_sources(data)), problems)
    if problems:
        if fmt == "json":
            _json_positions(text, positions, [])
        raise MapValidationError(_locate(problems, positions, label), label)
    try:
        return ArgumentMap.model_validate(data)
    except MapValidationError as exc:  # pragma: no cover - _validate found these already
        raise MapValidationError(_locate(list(exc.problems), positions, label), label) from None


def _count_problems(data: dict[str, Any], limits: Limits) -> list[Problem]:
    """Lists longer than ``max_items``: refused before any item is validated."""
    problems = []
    for key in _GROUPS:
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


def format_of(path: Path) -> NativeFormat:
    """``yaml`` or ``json`` from a file name."""
    suffix = path.suffix.lower()
    if suffix in (".yaml", ".yml"):
        return "yaml"
    if suffix == ".json":
        return "json"
    raise MapValidationError(
        [
            Problem(
                f"unknown map format {suffix or '(no extension)'!r}",
                hint="argmap's own maps are .yaml, .yml or .json files; `argmap convert` reads "
                "the other formats (see `argmap convert --help`)",
            ).located(str(path))
        ],
        str(path),
    )


_BaseLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_BaseLoader):  # type: ignore[valid-type,misc]
    """YAML 1.1 without its surprises: dates and yes/no/on/off stay strings.

    Built on libyaml's parser when PyYAML has it (about 20 times faster).
    """


_Loader.yaml_implicit_resolvers = {
    first: [
        (tag, regexp)
        for tag, regexp in resolvers
        if tag not in ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:bool")
    ]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool",
    re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
    list("tTfF"),
)


def _compose(text: str) -> yaml.Node | None:
    loader = _Loader(text)
    try:
        node: yaml.Node | None = loader.get_single_node()
        return node
    finally:
        loader.dispose()


def _construct(text: str, node: yaml.Node) -> Any:
    loader = _Loader("")
    try:
        return loader.construct_document(node)
    finally:
        loader.dispose()


def _plain_tag(value: str) -> str:
    """The tag YAML infers for an unquoted scalar ``value`` (see :class:`_Loader`)."""
    tag: str = _RESOLVER.resolve(yaml.ScalarNode, value, (True, False))
    return tag


_RESOLVER = _Loader("")


def _parse(
    text: str, fmt: NativeFormat, label: str, limits: Limits
) -> tuple[Any, Positions, list[Problem]]:
    """The data, the line/column of each value's path, and syntax-level problems.

    YAML is composed once (the node tree gives positions and repeated keys) and
    constructed from the same tree. JSON is parsed by :mod:`json`; positions are
    read from a YAML composition of the same text only when there is a problem
    to locate (see :func:`_json_positions`).
    """
    problems: list[Problem] = []
    positions: Positions = {}
    if fmt == "json":
        try:
            data = loads_json(text, limits=limits, object_pairs_hook=_no_duplicate_keys)
        except InputLimitError as exc:
            problem = Problem(exc.message, hint=exc.hint)
            return None, positions, [problem.located(label, exc.line, exc.column)]
        except json.JSONDecodeError as exc:
            problem = Problem(f"invalid JSON: {exc.msg}", hint="fix the JSON syntax")
            return None, positions, [problem.located(label, exc.lineno, exc.colno)]
        except _DuplicateKeyError as exc:
            _json_positions(text, positions, problems)
            problems = [p for p in problems if "appears twice" in p.message] or [
                Problem(f"key {exc.key!r} appears twice in the same object")
            ]
            return None, positions, [p.located(label) for p in problems]
        return data, positions, problems
    try:
        node = _compose(text)
    except yaml.YAMLError as exc:
        return None, positions, [_syntax_problem(exc, label, text)]
    if node is None:
        return (
            None,
            positions,
            [Problem("the file is empty", hint="start with `title:`").located(label)],
        )
    problems = check_nodes(node, _plain_tag, limits)
    if problems:
        return None, positions, [p.located(label) for p in problems]
    _walk(node, (), positions, problems)
    if problems:
        return None, positions, [p.located(label) for p in problems]
    split = [p.located(label) for p in split_flow_keys(node)]
    try:
        return _construct(text, node), positions, split
    except yaml.YAMLError as exc:  # pragma: no cover - check_nodes refuses what fails here
        return None, positions, [_syntax_problem(exc, label, text)]


def _json_positions(text: str, positions: Positions, problems: list[Problem]) -> None:
    """Fill ``positions`` from JSON text read as YAML (JSON is, nearly always, YAML)."""
    try:
        node = _compose(text)
    except yaml.YAMLError:
        return
    if node is not None:
        _walk(node, (), positions, problems)


class _DuplicateKeyError(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKeyError(key)
        result[key] = value
    return result


def _syntax_problem(exc: yaml.YAMLError, label: str, text: str) -> Problem:
    mark = getattr(exc, "problem_mark", None)
    reason = getattr(exc, "problem", None) or str(exc)
    context = getattr(exc, "context", None)
    message = f"YAML syntax error: {reason}" + (f" ({context})" if context else "")
    hint = "check indentation, colons and quotes on this line"
    tab_line = tab_indentation(text, mark.line + 1 if mark is not None else None)
    if tab_line is not None:
        return Problem(
            f"a tab in the indentation of line {tab_line}: {message}",
            hint="use spaces, not tabs: YAML indentation is made of spaces only",
        ).located(label, tab_line, 1)
    if mark is None:
        return Problem(message, hint=hint).located(label)
    return Problem(message, hint=hint).located(label, mark.line + 1, mark.column + 1)


def _walk(node: yaml.Node, path: DataPath, positions: Positions, problems: list[Problem]) -> None:
    positions[path] = (node.start_mark.line + 1, node.start_mark.column + 1)
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key_node, value_node in node.value:
            key = str(key_node.value)
            if key in seen:
                problems.append(
                    Problem(
                        f"key {key!r} appears twice in the same mapping",
                        (*path, key),
                        hint="keep one of the two entries",
                        line=key_node.start_mark.line + 1,
                        column=key_node.start_mark.column + 1,
                    )
                )
            seen.add(key)
            positions[(*path, key)] = (
                key_node.start_mark.line + 1,
                key_node.start_mark.column + 1,
            )
            _walk(value_node, (*path, key), positions, problems)
            positions[(*path, key)] = (
                key_node.start_mark.line + 1,
                key_node.start_mark.column + 1,
            )
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _walk(item, (*path, i), positions, problems)


def _read_source_files(
    data: dict[str, Any], base_dir: Path, allow_outside: bool, limits: Limits
) -> list[Problem]:
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


def _unread_sources(data: dict[str, Any]) -> frozenset[str]:
    """Ids of the sources given by a ``file`` whose text could not be read (that is
    said once, by :func:`_read_source_files`; their quotes are not checked)."""
    sources = data.get("sources")
    if not isinstance(sources, list):
        return frozenset()
    return frozenset(
        str(s.get("id"))
        for s in sources
        if isinstance(s, dict) and s.get("file") is not None and s.get("text") is None
    )


def _without_split_consequences(
    problems: list[Problem], earlier: Sequence[Problem]
) -> list[Problem]:
    """``problems`` less those inside a ``{…}`` mapping a comma split (already
    reported with the fix; what follows from it would only mislead)."""
    split = [p.path for p in earlier if "the comma split the text" in p.message]
    return [p for p in problems if not any(p.path[: len(s) - 1] == s[:-1] for s in split)]


def _validate(data: dict[str, Any], unread: frozenset[str] = frozenset()) -> list[Problem]:
    """Field-level problems of every item, then whole-map problems of the valid rest."""
    problems: list[Problem] = []
    header = {k: v for k, v in data.items() if k not in _GROUPS}
    kept: dict[str, list[Any]] = {}
    raw_index: dict[str, list[int]] = {}
    tolerate: set[str] = set()
    for key, model in _GROUPS.items():
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

    models: dict[str, type[BaseModel]] = {m.__name__: m for m in _GROUPS.values()}
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


def _locate(problems: Sequence[Problem], positions: Positions, label: str) -> list[Problem]:
    located = []
    for problem in problems:
        if problem.file:
            located.append(problem)
            continue
        path = problem.path
        while path and path not in positions:
            path = path[:-1]
        line, column = positions.get(path, (None, None))
        located.append(problem.located(label, line, column))
    return located


# -- writing -------------------------------------------------------------------
def to_data(m: ArgumentMap, *, rebase: Callable[[str], str] | None = None) -> dict[str, Any]:
    """The map as plain data: schema key order, defaults left out, source texts
    left out where the source has a ``file``."""
    data = m.model_dump(mode="json", exclude_defaults=True)
    for source in data.get("sources", []):
        if source.get("file") is not None:
            source.pop("text", None)
            if rebase is not None:
                source["file"] = rebase(source["file"])
    return data


def dumps_map(m: ArgumentMap, fmt: NativeFormat = "yaml") -> str:
    """The map as YAML or JSON text (deterministic)."""
    return _serialise(to_data(m), fmt)


def dump_map(
    m: ArgumentMap,
    path: str | os.PathLike[str],
    *,
    source_dir: str | os.PathLike[str] | None = None,
) -> None:
    """Write the map to ``path`` (format from its extension), atomically.

    ``source_dir`` is the folder the map's source ``file:`` paths are relative to
    (by default :attr:`ArgumentMap.origin`, the folder of the file it was loaded
    from); they are rewritten relative to ``path``'s folder so the written map still
    finds its sources: ``load(path) == m`` wherever ``path`` is.
    """
    target = Path(path)
    fmt = format_of(target)
    rebase = None
    if source_dir is None:
        source_dir = m.origin
    if source_dir is not None:
        origin = Path(source_dir).resolve()
        destination = target.resolve().parent

        def rebase(name: str) -> str:
            return Path(os.path.relpath(origin / name, destination)).as_posix()

    write_text_atomic(target, _serialise(to_data(m, rebase=rebase), fmt))


def _serialise(data: Mapping[str, Any], fmt: NativeFormat) -> str:
    if fmt == "json":
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    return yaml.dump(
        dict(data),
        Dumper=_Dumper,
        sort_keys=False,
        allow_unicode=True,
        width=100,
        default_flow_style=None,
    )


class _Dumper(yaml.SafeDumper):
    """Block style for mappings and long lists; literal blocks for multi-line text."""


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    if "\n" in value:
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|")
    return dumper.represent_scalar("tag:yaml.org,2002:str", value)


def _represent_list(dumper: yaml.SafeDumper, value: list[Any]) -> yaml.SequenceNode:
    flow = len(value) <= 4 and all(
        isinstance(v, int | float | str) and len(str(v)) < 24 for v in value
    )
    return dumper.represent_sequence("tag:yaml.org,2002:seq", value, flow_style=flow)


def _represent_dict(dumper: yaml.SafeDumper, value: dict[str, Any]) -> yaml.MappingNode:
    return dumper.represent_mapping("tag:yaml.org,2002:map", value.items(), flow_style=False)


_Dumper.add_representer(str, _represent_str)
_Dumper.add_representer(list, _represent_list)
_Dumper.add_representer(dict, _represent_dict)
