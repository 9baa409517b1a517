"""What a YAML map may hold before it is built into Python values.

YAML can say more than a map needs, and some of it is hostile: aliases that
expand a few hundred bytes into gigabytes ("billion laughs"), an alias inside its
own anchor (a cycle), tags that ask for other types (``!!timestamp``, ``!foo``),
lists or mappings used as keys, numbers of thousands of digits. The composed node
tree is checked here, in one iterative pass that never expands an alias, before
anything is constructed:

* aliases are allowed, but the values they add by expansion are counted against
  ``alias_budget``; an alias inside its own anchor is refused;
* nesting deeper than ``max_depth`` is refused;
* a value's tag must be what YAML would infer for it (an explicit ``!!str`` is
  always fine); other tags and merge keys (``<<``) are refused;
* keys are plain values (no ``? [a, b]``);
* a number is at most ``max_number_length`` characters long.
"""

from __future__ import annotations

from collections.abc import Callable

import yaml

from argmap.io.limits import Limits, environment_variable
from argmap.model import Problem

_TAG = "tag:yaml.org,2002:"
_PLAIN_TAGS = frozenset(f"{_TAG}{name}" for name in ("str", "int", "float", "bool", "null"))
_NUMBER_TAGS = frozenset((f"{_TAG}int", f"{_TAG}float"))

Resolve = Callable[[str], str]
"""The tag YAML infers for a plain (unquoted) scalar."""


def _at(node: yaml.Node, message: str, hint: str) -> Problem:
    mark = node.start_mark
    return Problem(message, hint=hint, line=mark.line + 1, column=mark.column + 1)


def _short(tag: str) -> str:
    return "!!" + tag.removeprefix(_TAG) if tag.startswith(_TAG) else tag


def check_nodes(root: yaml.Node, resolve: Resolve, limits: Limits) -> list[Problem]:
    """The problems of a composed YAML document, each with its line and column.

    Returns at most one problem about size (aliases, depth), after which the walk
    stops; tag and key problems are all listed.

    Examples
    --------
    >>> loader = yaml.SafeLoader("a: &x [1, 2]\\nb: *x\\nc: !!timestamp x\\n")
    >>> root = loader.get_single_node()
    >>> def plain(value: str) -> str:
    ...     return loader.resolve(yaml.ScalarNode, value, (True, False))
    >>> [p.message for p in check_nodes(root, plain, Limits())]
    ["tag '!!timestamp' is not allowed in a map"]
    >>> [p.message for p in check_nodes(root, plain, Limits(alias_budget=1))]
    ['aliases expand the document by more than 1 values']
    """
    problems: list[Problem] = []
    size: dict[int, int] = {}  # expanded size of each finished node, by id
    open_nodes: set[int] = set()
    added = 0  # values added by expanding aliases so far
    # (node, depth, children pushed yet?)
    stack: list[tuple[yaml.Node, int, bool]] = [(root, 1, False)]
    while stack:
        node, depth, expanded = stack.pop()
        key = id(node)
        if expanded:
            open_nodes.discard(key)
            size[key] = 1 + sum(size[id(child)] for child in _children(node))
            continue
        if key in size:  # an alias of a finished node: counts its whole expansion
            added += size[key]
            if added > limits.alias_budget:
                return [*problems, _alias_problem(node, limits)]
            continue
        if key in open_nodes:
            return [
                *problems,
                _at(
                    node,
                    "an alias refers to the value that holds it (a recursive alias)",
                    "replace the alias with the values it stands for",
                ),
            ]
        if depth > limits.max_depth:
            return [
                *problems,
                _at(
                    node,
                    f"values nest more than {limits.max_depth} levels deep",
                    "flatten the data, or raise the limit with "
                    f"{environment_variable('max_depth')}=N if you trust this file",
                ),
            ]
        problem = _node_problem(node, resolve, limits)
        if problem is not None:
            problems.append(problem)
        open_nodes.add(key)
        stack.append((node, depth, True))
        for child in reversed(_children(node)):
            stack.append((child, depth + 1, False))
    return problems


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    return []


def _alias_problem(node: yaml.Node, limits: Limits) -> Problem:
    return _at(
        node,
        f"aliases expand the document by more than {limits.alias_budget} values",
        "write the values out instead of repeating an alias (nested aliases grow "
        "exponentially), or raise the budget with "
        f"{environment_variable('alias_budget')}=N if you trust this file",
    )


def _node_problem(node: yaml.Node, resolve: Resolve, limits: Limits) -> Problem | None:
    if isinstance(node, yaml.MappingNode):
        if node.tag != f"{_TAG}map":
            return _tag_problem(node, "a mapping")
        for key_node, _ in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                return _at(
                    key_node,
                    "a list or a mapping is used as a key",
                    "keys are plain names such as `title:` or `id:`",
                )
            if key_node.tag == f"{_TAG}merge":
                return _at(
                    key_node,
                    "merge keys (<<) are not allowed in a map",
                    "write the keys out in each mapping",
                )
        return None
    if isinstance(node, yaml.SequenceNode):
        return None if node.tag == f"{_TAG}seq" else _tag_problem(node, "a list")
    if not isinstance(node, yaml.ScalarNode):  # pragma: no cover - the three node kinds
        return _at(node, "unexpected YAML node", "write plain values, lists and mappings")
    inferred = f"{_TAG}str" if node.style else resolve(node.value)
    if node.tag != f"{_TAG}str" and (node.tag != inferred or node.tag not in _PLAIN_TAGS):
        return _tag_problem(node, "a value")
    if node.tag in _NUMBER_TAGS and len(node.value) > limits.max_number_length:
        return _at(
            node,
            f"a number of {len(node.value):,} characters, over the limit of "
            f"{limits.max_number_length}",
            "write a shorter number, or raise the limit with "
            f"{environment_variable('max_number_length')}=N if you trust this file",
        )
    return None


def _tag_problem(node: yaml.Node, what: str) -> Problem:
    return _at(
        node,
        f"tag {_short(node.tag)!r} is not allowed in a map",
        f"remove the tag: a map holds plain text, numbers, true/false, lists and mappings "
        f"(quote {what} to keep it as text)",
    )


__all__ = ["check_nodes"]
