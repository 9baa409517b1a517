"""YAML 1.1 read without its surprises, with the line and column of every value.

The loader keeps dates and ``yes``/``no``/``on``/``off`` as strings; composing and
constructing are separate steps so that the node tree can be checked
(:mod:`argmap.io.yaml_guard`) before any Python value is built. Used by the native
format and by Argdown's YAML front matter and data.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from argmap.io.yaml_hints import tab_indentation
from argmap.model import Problem
from argmap.model.validation import Path as DataPath

Positions = dict[DataPath, tuple[int, int]]
"""The line and column (1-based) of each value, by its path in the data."""


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


def compose(text: str) -> yaml.Node | None:
    """The node tree of the single YAML document in ``text`` (``None`` when empty).

    Raises :class:`yaml.YAMLError` on a syntax error (see :func:`syntax_problem`).
    """
    loader = _Loader(text)
    try:
        node: yaml.Node | None = loader.get_single_node()
        return node
    finally:
        loader.dispose()


def construct(text: str, node: yaml.Node) -> Any:
    r"""The Python values of a node tree made by :func:`compose` (checked first by
    :func:`argmap.io.yaml_guard.check_nodes`).

    >>> construct("", compose("when: 2024-01-01\nok: yes"))
    {'when': '2024-01-01', 'ok': 'yes'}
    """
    loader = _Loader("")
    try:
        return loader.construct_document(node)
    finally:
        loader.dispose()


def plain_tag(value: str) -> str:
    """The tag YAML infers for an unquoted scalar ``value`` (see :class:`_Loader`)."""
    tag: str = _RESOLVER.resolve(yaml.ScalarNode, value, (True, False))
    return tag


_RESOLVER = _Loader("")


def syntax_problem(exc: yaml.YAMLError, label: str, text: str) -> Problem:
    """The problem of a YAML syntax error in ``text`` (file ``label``), at its line and
    column; a tab in the indentation is named as the cause when there is one."""
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


def record_positions(
    node: yaml.Node, path: DataPath, positions: Positions, problems: list[Problem]
) -> None:
    r"""Record in ``positions`` where each value under ``node`` (at ``path``) starts, a
    mapping's entries at their key; a key repeated in one mapping is a problem.

    >>> positions: Positions = {}
    >>> record_positions(compose("a:\n  - x\n  - y"), (), positions, [])
    >>> positions[("a",)], positions[("a", 1)]
    ((1, 1), (3, 5))
    """
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
            record_positions(value_node, (*path, key), positions, problems)
            positions[(*path, key)] = (
                key_node.start_mark.line + 1,
                key_node.start_mark.column + 1,
            )
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            record_positions(item, (*path, i), positions, problems)
