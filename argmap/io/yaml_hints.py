"""The YAML pitfalls of hand-written maps, told in the words of the fix.

Two mistakes account for most of the baffling errors a YAML map gives:

* an unquoted text with a comma inside a ``{…}`` flow mapping:
  ``text: {en: Tea, not coffee}`` is read as two keys, ``en: Tea`` and
  ``not coffee:`` with no value, and the errors then speak of language-tag
  patterns and unknown fields;
* a tab in the indentation, which YAML forbids ("found character that cannot
  start any token").

:func:`split_flow_keys` finds the first in a composed document,
:func:`tab_indentation` the second in the text of a document that did not parse.
"""

from __future__ import annotations

import yaml

from argmap.model.validation import Path as DataPath
from argmap.model.validation import Problem

_NULL = "tag:yaml.org,2002:null"


def split_flow_keys(node: yaml.Node, path: DataPath = ()) -> list[Problem]:
    """Keys of ``{…}`` mappings that are the tail of a text a comma split.

    Such a key is an unquoted scalar with no value that follows an entry with a
    text value in the same flow mapping.

    >>> node = yaml.compose("text: {en: Tea, not coffee, fr: Thé}")
    >>> [(p.message, p.path) for p in split_flow_keys(node)]  # doctest: +NORMALIZE_WHITESPACE
    [('`en: Tea, not coffee` is read as two keys: the comma split the text', ('text', 'en'))]
    """
    problems: list[Problem] = []
    if isinstance(node, yaml.MappingNode):
        entries = node.value
        previous: tuple[yaml.Node, yaml.Node] | None = None
        for key_node, value_node in entries:
            key = str(key_node.value)
            if (
                node.flow_style
                and previous is not None
                and isinstance(key_node, yaml.ScalarNode)
                and not key_node.style
                and isinstance(value_node, yaml.ScalarNode)
                and value_node.tag == _NULL
                and value_node.value == ""
                and isinstance(previous[1], yaml.ScalarNode)
            ):
                head_key, head_value = str(previous[0].value), str(previous[1].value)
                problems.append(
                    Problem(
                        f"`{head_key}: {head_value}, {key}` is read as two keys: "
                        "the comma split the text",
                        (*path, head_key),
                        hint=f'quote this text: a comma split it; write {head_key}: "'
                        f'{head_value}, {key}"',
                        line=key_node.start_mark.line + 1,
                        column=key_node.start_mark.column + 1,
                    )
                )
                continue
            previous = (key_node, value_node)
            problems += split_flow_keys(value_node, (*path, key))
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            problems += split_flow_keys(item, (*path, i))
    return problems


def tab_indentation(text: str, up_to_line: int | None = None) -> int | None:
    """The 1-based number of the first line indented with a tab (at or before
    ``up_to_line`` when given), or ``None``.

    >>> tab_indentation("a:\\n  b: 1\\n\\t- c\\n")
    3
    >>> tab_indentation("a: 'x\\ty'\\n") is None
    True
    """
    for number, line in enumerate(text.splitlines(), start=1):
        if up_to_line is not None and number > up_to_line:
            break
        indent = line[: len(line) - len(line.lstrip(" \t"))]
        if "\t" in indent and line.strip():
            return number
    return None
