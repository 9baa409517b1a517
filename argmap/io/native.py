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
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any, Literal

import yaml

from argmap.atomic import write_text_atomic
from argmap.io.limits import (
    InputLimitError,
    Limits,
    configured_limits,
    loads_json,
    read_input_text,
)
from argmap.io.native_checks import (
    count_problems,
    read_source_files,
    unread_sources,
    validate_items,
    without_split_consequences,
)
from argmap.io.yaml_guard import check_nodes
from argmap.io.yaml_hints import split_flow_keys
from argmap.io.yaml_loader import (
    Positions,
    compose,
    construct,
    plain_tag,
    record_positions,
    syntax_problem,
)
from argmap.model import ArgumentMap, MapValidationError, Problem

NativeFormat = Literal["yaml", "json"]


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
    too_many = count_problems(data, bounds)
    if too_many:
        raise MapValidationError(_locate(problems + too_many, positions, label), label)
    problems += read_source_files(
        data, Path(base_dir) if base_dir else Path.cwd(), allow_outside_sources, bounds
    )
    problems += without_split_consequences(validate_items(data, unread_sources(data)), problems)
    if problems:
        if fmt == "json":
            _json_positions(text, positions, [])
        raise MapValidationError(_locate(problems, positions, label), label)
    try:
        return ArgumentMap.model_validate(data)
    except MapValidationError as exc:  # pragma: no cover - _validate found these already
        raise MapValidationError(_locate(list(exc.problems), positions, label), label) from None


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
        node = compose(text)
    except yaml.YAMLError as exc:
        return None, positions, [syntax_problem(exc, label, text)]
    if node is None:
        return (
            None,
            positions,
            [Problem("the file is empty", hint="start with `title:`").located(label)],
        )
    problems = check_nodes(node, plain_tag, limits)
    if problems:
        return None, positions, [p.located(label) for p in problems]
    record_positions(node, (), positions, problems)
    if problems:
        return None, positions, [p.located(label) for p in problems]
    split = [p.located(label) for p in split_flow_keys(node)]
    try:
        return construct(text, node), positions, split
    except yaml.YAMLError as exc:  # pragma: no cover - check_nodes refuses what fails here
        return None, positions, [syntax_problem(exc, label, text)]


def _json_positions(text: str, positions: Positions, problems: list[Problem]) -> None:
    """Fill ``positions`` from JSON text read as YAML (JSON is, nearly always, YAML)."""
    try:
        node = compose(text)
    except yaml.YAMLError:
        return
    if node is not None:
        record_positions(node, (), positions, problems)


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
