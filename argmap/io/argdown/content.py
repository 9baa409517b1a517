"""The grammar of one Argdown element: a title, its text, tags, mentions and ``{data}``.

An element is what follows a relation symbol, a PCS number or a list marker, or
what starts a top-level block: ``[Title]: text #tag {key: value}``, ``<Title>``,
plain text (an untitled statement). Its continuation lines are joined to it
before it is parsed. The grammar is run by lark's LALR parser with a contextual
lexer; :func:`parse_element` returns an :class:`Element` or raises
:class:`ElementError` with the offset of the problem.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any, Literal

import yaml
from lark import Lark, Token, UnexpectedCharacters, UnexpectedInput

from argmap.io.limits import DEFAULT_LIMITS, Limits
from argmap.io.yaml_guard import check_nodes
from argmap.io.yaml_loader import compose, construct, plain_tag

GRAMMAR = r"""
start: head? part* DATA?

head: STATEMENT_DEFINITION | ARGUMENT_DEFINITION | STATEMENT_REFERENCE | ARGUMENT_REFERENCE

part: TAG | STATEMENT_MENTION | ARGUMENT_MENTION | LINK | ESCAPED | WORD | SYMBOL

STATEMENT_DEFINITION.5: /\[(?:\\.|[^\]\\\n])+\]:/
ARGUMENT_DEFINITION.5: /<(?:\\.|[^>\\\n])+>:/
STATEMENT_REFERENCE.4: /\[(?:\\.|[^\]\\\n])+\]/
ARGUMENT_REFERENCE.4: /<(?:\\.|[^>\\\n])+>/
DATA.3: /\{[\s\S]*\}\s*$/
TAG.2: /#\([^)\n]+\)/ | /#[A-Za-z0-9\-\u00A0-\uD7FF\uF900-\uFDCF\uFDF0-\uFFEF]+/
STATEMENT_MENTION.2: /@\[[^\]\n]+\]/
ARGUMENT_MENTION.2: /@<[^>\n]+>/
LINK.2: /\[[^\]\n]+\]\([^)\n]+\)/
ESCAPED.2: /\\[\s\S]/
WORD: /[^\s\\#@{}\[<][^\n\\#@{}\[<]*/
SYMBOL: /[#@\[<}]/

%ignore /\s+/
"""

HeadKind = Literal["statement-definition", "argument-definition", "statement", "argument"]


@dataclass
class Element:
    """A parsed element. ``text`` has escapes undone, trailing tags taken out and
    each run of white space (line breaks, comments) made one space."""

    head: HeadKind | None = None
    title: str = ""
    text: str = ""
    tags: list[str] = field(default_factory=list)
    data: dict[str, Any] = field(default_factory=dict)
    mentions: list[tuple[Literal["statement", "argument"], str]] = field(default_factory=list)


class ElementError(ValueError):
    """A problem in an element, at ``offset`` of the parsed string."""

    def __init__(self, message: str, offset: int, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.offset = offset
        self.hint = hint


@cache
def _parser() -> Lark:
    return Lark(GRAMMAR, parser="lalr", lexer="contextual", propagate_positions=False)


_HEADS: dict[str, HeadKind] = {
    "STATEMENT_DEFINITION": "statement-definition",
    "ARGUMENT_DEFINITION": "argument-definition",
    "STATEMENT_REFERENCE": "statement",
    "ARGUMENT_REFERENCE": "argument",
}
MAX_DATA_CHARS = 100_000
"""The longest ``{data}`` block read (a larger one is refused, not parsed)."""


def unescape(text: str) -> str:
    r"""Undo Argdown's backslash escapes: ``\#`` → ``#``.

    >>> unescape(r"a \#b \\ c")
    'a #b \\ c'
    """
    return re.sub(r"\\(.)", r"\1", text, flags=re.S)


class YamlValueError(ValueError):
    """YAML that cannot be read, or that argmap refuses to read (aliases, depth,
    tags: :mod:`argmap.io.yaml_guard`), at a 0-based ``line`` and ``column``."""

    def __init__(self, message: str, line: int, column: int, hint: str | None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line
        self.column = column
        self.hint = hint


def load_yaml(text: str, limits: Limits = DEFAULT_LIMITS) -> Any:
    """YAML read as argmap's own maps read it: dates and yes/no stay strings, and
    the node tree is checked by :func:`~argmap.io.yaml_guard.check_nodes` before
    anything is built.

    >>> load_yaml("{speaker: ann, span: [1, 5], on: yes}")
    {'speaker': 'ann', 'span': [1, 5], 'on': 'yes'}
    """
    try:
        node = compose(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or "invalid YAML"
        line, column = (mark.line, mark.column) if mark is not None else (0, 0)
        raise YamlValueError(str(problem), line, column, None) from None
    if node is None:
        return None
    problems = check_nodes(node, plain_tag, limits)
    if problems:
        first = problems[0]
        raise YamlValueError(
            first.message, (first.line or 1) - 1, (first.column or 1) - 1, first.hint
        )
    return construct(text, node)


def parse_element(source: str, limits: Limits = DEFAULT_LIMITS) -> Element:
    """Parse one element (see the module docstring).

    >>> e = parse_element("[Tea]: Tea calms. #health {speaker: ann}")
    >>> e.head, e.title, e.text, e.tags, e.data
    ('statement-definition', 'Tea', 'Tea calms.', ['health'], {'speaker': 'ann'})
    >>> parse_element("<Coffee argument>").head
    'argument'
    """
    try:
        tree = _parser().parse(source)
    except UnexpectedCharacters as exc:
        at = exc.pos_in_stream or 0
        char = source[at] if at < len(source) else ""
        hint = None
        if char == "{":
            hint = "a {data} block ends the element: close it with } at its end, or write \\{"
        raise ElementError(f"unexpected {char!r}", at, hint) from None
    except UnexpectedInput as exc:
        offset = getattr(exc, "pos_in_stream", None) or 0
        raise ElementError("cannot read this element", offset) from None
    element = Element()
    tokens: list[Token] = []
    for child in tree.children:
        if isinstance(child, Token):
            tokens.append(child)
        else:
            tokens.extend(t for t in child.children if isinstance(t, Token))
    parts: list[Token] = []
    for token in tokens:
        if token.type in _HEADS and not element.head and not parts:
            element.head = _HEADS[token.type]
            inner = token.value.rstrip(":")[1:-1]
            element.title = unescape(inner).strip()
        elif token.type == "DATA":
            element.data = _data(token, limits)
        else:
            parts.append(token)
    _text(source, parts, element)
    return element


def _text(source: str, parts: list[Token], element: Element) -> None:
    end = len(parts)
    while end and parts[end - 1].type == "TAG":
        end -= 1
    for token in parts:
        if token.type == "TAG":
            tag = token.value[1:]
            tag = tag[1:-1].strip() if tag.startswith("(") else tag
            if tag not in element.tags:
                element.tags.append(tag)
        elif token.type == "STATEMENT_MENTION":
            element.mentions.append(("statement", token.value[2:-1].strip()))
        elif token.type == "ARGUMENT_MENTION":
            element.mentions.append(("argument", token.value[2:-1].strip()))
    if end:
        start, stop = parts[0].start_pos, parts[end - 1].end_pos
        assert start is not None and stop is not None
        raw = re.sub(r"\s+", " ", source[start:stop])
        element.text = unescape(raw).strip()


def _data(token: Token, limits: Limits) -> dict[str, Any]:
    text = token.value.strip()
    offset = token.start_pos or 0
    if len(text) > MAX_DATA_CHARS:
        raise ElementError(
            f"{{data}} of {len(text)} characters (at most {MAX_DATA_CHARS})",
            offset,
            "keep long texts in the front matter or a source file",
        )
    try:
        value = load_yaml(text, limits)
    except YamlValueError as exc:
        lines = text.split("\n")
        where = offset + sum(len(x) + 1 for x in lines[: exc.line]) + exc.column
        raise ElementError(
            f"{{data}} is not a YAML mapping: {exc.message}",
            min(where, offset + len(text) - 1),
            exc.hint or 'quote texts that hold commas or colons: {quote: "..."}',
        ) from None
    if not isinstance(value, dict):
        raise ElementError("{data} must be a YAML mapping, e.g. {speaker: ann}", offset)
    return {str(k): v for k, v in value.items()}
