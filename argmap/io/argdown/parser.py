"""Read Argdown text into a :class:`~argmap.io.argdown.syntax.Document`.

The text is read in two layers, as Argdown's own lexer does (its relations,
PCS numbers and inference lines mean something only at the start of a line):

1. lines: front matter (``===`` … ``===``), comments (``//``, ``/* */``,
   ``<!-- -->``), blocks separated by empty lines, ``@include(...)`` blocks,
   headings, relation symbols with their indentation, PCS numbers ``(1)`` and
   inference lines ``----`` / ``-- rule --``; lines that start nothing continue
   the element above;
2. each element (title, text, tags, mentions, ``{data}``) by the lark grammar of
   :mod:`argmap.io.argdown.content`.

A problem does not stop the reading: each is recorded with its file, line and
column, the rest of the block or document is read, and every problem is raised
at once in a :class:`~argmap.model.MapValidationError`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from argmap.io.argdown.content import (
    Element,
    ElementError,
    YamlValueError,
    load_yaml,
    parse_element,
    unescape,
)
from argmap.io.argdown.syntax import (
    Argument,
    Document,
    EquivalenceClass,
    Inference,
    Member,
    Node,
    PcsStep,
    Relation,
    RelationType,
    Section,
    Where,
)
from argmap.io.limits import Limits, configured_limits, environment_variable
from argmap.io.source_files import SourceFileError, read_source_file
from argmap.model import Problem

MAX_INCLUDE_DEPTH = 16
"""How deep ``@include`` may nest."""

_COMMENT = re.compile(
    r"(\\.|\[[^\]\n]+\]\([^)\n]+\)|\{(?:[^{}]|\{(?:[^{}]|\{[^{}]*\})*\})*\})"
    r"|(<!--.*?-->|/\*.*?\*/|//[^\n]*)",
    re.S,
)
"""Comments, and what may hold ``//`` without starting one: escapes, links, ``{data}``."""
_RELATION = re.compile(r"(><|\+>|->|_>|<\+|<-|<_|\+(?=\s)|-(?=\s)|_(?=\s))[ \t]*")
_NUMBER = re.compile(r"\((\d{1,9})\)[ \t]*")
_INFERENCE = re.compile(r"-{2,}")
_HEADING = re.compile(r"(#+)[ \t]+")
_LIST = re.compile(r"(?:\*|\d+\.)[ \t]+")
_DEFINITION = re.compile(r"(?:\[(?:\\.|[^\]\\\n])+\]|<(?:\\.|[^>\\\n])+>):")
_INCLUDE = re.compile(r"@include\(([^)]*)\)\s*$")

# symbol → (type, True when the element below is the source)
_SYMBOLS: dict[str, tuple[RelationType, bool]] = {
    "+": ("support", True),
    "<+": ("support", True),
    "+>": ("support", False),
    "-": ("attack", True),
    "<-": ("attack", True),
    "->": ("attack", False),
    "_": ("undercut", True),
    "<_": ("undercut", True),
    "_>": ("undercut", False),
    "><": ("contradictory", False),
}


@dataclass
class _Line:
    text: str
    number: int  # 1-based
    indent: int


class _Reader:
    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self.doc = Document()
        self.problems: list[Problem] = []
        self.size = 0
        self.section: Section | None = None
        self.untitled = 0
        self.seen_files: list[Path] = []
        self.last_argument: str | None = None

    def problem(self, where: Where, message: str, hint: str | None = None) -> None:
        self.problems.append(
            Problem(message, hint=hint).located(where.file, where.line, where.column)
        )

    # -- files -------------------------------------------------------------------
    def read_text(self, text: str, label: str, folder: Path | None, depth: int) -> None:
        self.size += len(text)
        bound = self.limits.max_file_bytes
        if self.size > bound:
            self.problem(
                Where(label, 1, 1),
                f"more than {bound:,} characters of Argdown (included files counted)",
                f"split the debate, or raise {environment_variable('max_file_bytes')} "
                "if you trust these files",
            )
            return
        text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
        lines = text.split("\n")
        start = 0
        if depth == 0:
            start = self.front_matter(lines, label)
        body = _COMMENT.sub(_blank_comment, "\n".join(lines[start:]))
        lines = [""] * start + body.split("\n")
        block: list[_Line] = []
        for number in range(start, len(lines) + 1):
            raw = lines[number] if number < len(lines) else ""
            if raw.strip():
                stripped = raw.lstrip(" \t")
                indent = len(raw) - len(stripped) + raw[: len(raw) - len(stripped)].count("\t") * 3
                block.append(_Line(stripped.rstrip(), number + 1, indent))
                continue
            if block:
                self.block(block, label, folder, depth)
                block = []

    def front_matter(self, lines: list[str], label: str) -> int:
        first = next((i for i, line in enumerate(lines) if line.strip()), None)
        if first is None or not lines[first].strip().startswith("==="):
            return 0
        end = next((i for i in range(first + 1, len(lines)) if lines[i].startswith("===")), None)
        if end is None:
            self.problem(
                Where(label, first + 1, 1),
                "the front matter is not closed",
                "end it with a line of ===",
            )
            return len(lines)
        body = "\n".join(lines[first + 1 : end])
        try:
            value = load_yaml(body, self.limits) if body.strip() else {}
        except YamlValueError as exc:
            self.problem(
                Where(label, first + 2 + exc.line, 1 + exc.column),
                f"the front matter is not valid YAML: {exc.message}",
                exc.hint or "write it as YAML between two lines of ===, e.g. title: ...",
            )
            return end + 1
        if not isinstance(value, dict):
            self.problem(Where(label, first + 2, 1), "the front matter must be a YAML mapping")
        else:
            self.doc.front_matter = value
        return end + 1

    def include(self, line: _Line, names: str, label: str, folder: Path | None, depth: int) -> None:
        where = Where(label, line.number, line.indent + 1)
        if folder is None:
            self.problem(where, "@include needs a file: this text was not read from one")
            return
        if depth >= MAX_INCLUDE_DEPTH:
            self.problem(where, f"@include nested more than {MAX_INCLUDE_DEPTH} deep")
            return
        root = folder.resolve()
        for name in (n.strip() for n in names.split(",")):
            target = (root / name).resolve()
            if not target.is_relative_to(root):
                self.problem(
                    where,
                    f"@include({name}) names a file outside the folder {str(root)!r}",
                    "include only files in the including file's folder or below it",
                )
                continue
            if target in self.seen_files:
                self.problem(where, f"@include({name}) includes a file already read (a cycle)")
                continue
            try:
                text = read_source_file(name, root, allow_outside=False, limits=self.limits)
            except SourceFileError as exc:
                message = exc.message.replace("source file", "included file")
                self.problem(where, f"@include({name}): {message}", "check the path")
                continue
            self.seen_files.append(target)
            self.read_text(text, str(target), target.parent, depth + 1)

    # -- blocks ------------------------------------------------------------------
    def block(self, lines: list[_Line], label: str, folder: Path | None, depth: int) -> None:
        first = lines[0]
        include = _INCLUDE.match(first.text)
        if include:
            self.include(first, include.group(1), label, folder, depth)
            return
        heading = _HEADING.match(first.text)
        if heading and first.indent == 0:
            self.last_argument = None
            self.heading(first, heading, label)
            lines = lines[1:]
            if not lines:
                return
            first = lines[0]
        items = _items(lines)
        if _NUMBER.match(items[0][0].text):
            self.pcs(items, label)
            return
        self.last_argument = None
        list_item = _LIST.match(first.text)
        if list_item and not _RELATION.match(first.text):
            # a list of statements or arguments: each item is a top-level element
            for group in _list_groups(items):
                self.tree(group, label)
            return
        self.tree(items, label)

    def heading(self, line: _Line, match: re.Match[str], label: str) -> None:
        level = len(match.group(1))
        where = Where(label, line.number, 1)
        element = self.element(line.text[match.end() :], where, match.end())
        parent = self.section
        while parent is not None and parent.level >= level:
            parent = next((s for s in self.doc.sections if s.id == parent.parent), None)
        raw = (
            re.sub(r"\{[\s\S]*\}\s*$", "", line.text[match.end() :])
            if element.data
            else line.text[match.end() :]
        )
        section = Section(
            f"s{len(self.doc.sections) + 1}",
            unescape(raw).strip(),
            level,
            parent.id if parent else None,
            where,
            element.tags,
        )
        self.doc.sections.append(section)
        self.section = section

    def element(self, text: str, where: Where, column_offset: int = 0) -> Element:
        try:
            return parse_element(text, self.limits)
        except ElementError as exc:
            line, column = _position(text, exc.offset)
            column += column_offset if line == 0 else 0
            self.problem(
                Where(where.file, where.line + line, where.column + column),
                exc.message,
                exc.hint,
            )
            return Element()

    def tree(
        self, items: list[tuple[_Line, str]], label: str, root: tuple[int, Node] | None = None
    ) -> None:
        """Read a statement or argument and the relations indented below it; with
        ``root``, only relations, below that node written at that indentation."""
        stack: list[tuple[int, Node | None]] = [root] if root else []
        for line, text in items:
            relation = _RELATION.match(line.text)
            where = Where(label, line.number, line.indent + 1)
            if relation is None:
                if stack:
                    self.problem(
                        where,
                        "a new statement or argument inside a block",
                        "leave an empty line before it, or start the line with a relation "
                        "(+, -, ...)",
                    )
                node = self.node(text, where)
                stack = [(line.indent, node)]
                if node is not None and node.kind == "argument":
                    self.last_argument = node.title
                continue
            while stack and stack[-1][0] >= line.indent:
                stack.pop()
            if not stack:
                self.problem(
                    where,
                    f"the relation {relation.group(1)!r} has nothing to relate to",
                    "indent it below a statement or argument",
                )
                continue
            if len(stack) > self.limits.max_depth:
                self.problem(
                    where,
                    f"relations nested more than {self.limits.max_depth} deep",
                    f"raise {environment_variable('max_depth')} if you trust this file",
                )
                continue
            column = line.indent + relation.end() + 1
            node = self.node(text[relation.end() :], Where(label, line.number, column))
            parent = stack[-1][1]
            if node is not None and parent is not None:
                kind, below_is_source = _SYMBOLS[relation.group(1)]
                source, target = (node, parent) if below_is_source else (parent, node)
                if parent.conclusion is not None and kind != "undercut":
                    self.problem(
                        where,
                        "only undercuts (<_) may be written below an inference line",
                        "write this relation below a statement of the PCS",
                    )
                else:
                    self.doc.relations.append(Relation(kind, source, target, where))
            stack.append((line.indent, node))

    def node(self, text: str, where: Where, *, in_pcs: bool = False) -> Node | None:
        list_item = _LIST.match(text)
        if list_item:
            text = text[list_item.end() :]
        element = self.element(text, where)
        section = self.section.id if self.section else None
        member = Member(element.text, element.tags, element.data, where, section)
        if element.head in ("argument-definition", "argument"):
            if element.head == "argument" and element.text:
                self.reference_with_text(where, f"<{element.title}>", f"<{element.title}>:")
            argument = self.doc.arguments.setdefault(element.title, Argument(element.title))
            argument.members.append(member)
            return Node("argument", element.title)
        title = element.title
        if element.head == "statement" and element.text:
            self.reference_with_text(where, f"[{title}]", f"[{title}]:")
        if not title:
            if not element.text and not element.tags and not element.data:
                return None
            self.untitled += 1
            title = f"Untitled {self.untitled}"
        ec = self.doc.statements.setdefault(title, EquivalenceClass(title))
        ec.members.append(member)
        return Node("statement", title)

    def reference_with_text(self, where: Where, reference: str, definition: str) -> None:
        self.problem(
            where,
            f"text after the reference {reference}",
            f"write {definition} to give it a text (a reference takes only #tags and {{data}})",
        )

    # -- premise-conclusion structures -----------------------------------------------
    def pcs(self, items: list[tuple[_Line, str]], label: str) -> None:
        first = items[0][0]
        where = Where(label, first.number, first.indent + 1)
        argument = self.argument_above()
        steps: list[PcsStep] = []
        inference: Inference | None = None
        below: tuple[int, Node] | None = None
        relations: list[tuple[_Line, str]] = []
        for line, text in items:
            at = Where(label, line.number, line.indent + 1)
            number = _NUMBER.match(line.text)
            if number or _is_inference(line.text):
                self.step_relations(relations, label, below, steps, argument)
                relations = []
            if number:
                column = line.indent + number.end() + 1
                node = self.node(text[number.end() :], Where(label, line.number, column))
                title = node.title if node is not None else ""
                if node is None or node.kind != "statement":
                    self.problem(at, "a PCS step must be a statement", "write (n) [Title]: text")
                steps.append(PcsStep(int(number.group(1)), title, inference, at))
                inference = None
                below = (line.indent, node) if node is not None else None
            elif _is_inference(line.text):
                if inference is not None:
                    self.problem(
                        at, "two inference lines in a row", "put a conclusion (n) between them"
                    )
                inference = self.inference(line.text, at)
                index = len(steps)
                below = (line.indent, Node("argument", argument.title, conclusion=index))
            elif below is None or not _RELATION.match(line.text):
                self.problem(at, "this line belongs to no statement of the PCS")
            else:
                relations.append((line, text))
        self.step_relations(relations, label, below, steps, argument)
        if inference is not None:
            self.problem(
                inference.where,
                "the PCS ends with an inference line",
                "add the conclusion (n) below it",
            )
        if not steps or steps[-1].inference is None:
            self.problem(
                where,
                "a premise-conclusion structure needs a conclusion",
                "end it with ---- and (n) the conclusion",
            )
            return
        if argument.pcs:
            self.problem(
                where,
                f"the argument <{argument.title}> is reconstructed twice",
                "keep one premise-conclusion structure",
            )
            return
        argument.pcs = steps
        argument.pcs_where = where

    def step_relations(
        self,
        relations: list[tuple[_Line, str]],
        label: str,
        below: tuple[int, Node] | None,
        steps: list[PcsStep],
        argument: Argument,
    ) -> None:
        """Read the relations below a PCS line; an undercut of a conclusion is an
        undercut of the inference that leads to it, as in Argdown."""
        if below is None or not relations:
            return
        count = len(self.doc.relations)
        self.tree(relations, label, below)
        step = steps[-1] if steps and below[1].conclusion is None else None
        if step is None or step.inference is None:
            return
        inference = Node("argument", argument.title, conclusion=len(steps) - 1)
        for i in range(count, len(self.doc.relations)):
            r = self.doc.relations[i]
            if r.type == "undercut" and r.target == below[1]:
                self.doc.relations[i] = Relation(r.type, r.source, inference, r.where)

    def inference(self, text: str, where: Where) -> Inference:
        inner = text.strip().strip("-").strip()
        element = self.element(inner, where) if inner else Element()
        rules = [r.strip() for r in element.text.split(",") if r.strip()]
        return Inference(rules, element.data, where)

    def argument_above(self) -> Argument:
        """The argument a PCS reconstructs: the one in the block just above it, or a
        new untitled one."""
        if self.last_argument is not None:
            argument = self.doc.arguments[self.last_argument]
            self.last_argument = None
            return argument
        self.untitled += 1
        title = f"Untitled {self.untitled}"
        argument = Argument(title)
        self.doc.arguments[title] = argument
        return argument


def _is_inference(text: str) -> bool:
    return bool(_INFERENCE.match(text)) and not _RELATION.match(text)


def _blank_comment(match: re.Match[str]) -> str:
    if match.group(2) is None:
        return match.group(0)
    return re.sub(r"[^\n]", " ", match.group(2))


def _items(lines: list[_Line]) -> list[tuple[_Line, str]]:
    """Join continuation lines to the line they continue."""
    items: list[tuple[_Line, str]] = []
    for line in lines:
        starts = (
            _RELATION.match(line.text)
            or _NUMBER.match(line.text)
            or _is_inference(line.text)
            or _LIST.match(line.text)
            or _DEFINITION.match(line.text)
        )
        if items and not starts:
            previous, text = items[-1]
            items[-1] = (previous, text + "\n" + line.text)
        else:
            items.append((line, line.text))
    return items


def _list_groups(items: list[tuple[_Line, str]]) -> list[list[tuple[_Line, str]]]:
    groups: list[list[tuple[_Line, str]]] = []
    for line, text in items:
        if _LIST.match(line.text) and not _RELATION.match(line.text):
            groups.append([(line, text)])
        elif groups:
            groups[-1].append((line, text))
    return groups


def _position(text: str, offset: int) -> tuple[int, int]:
    """0-based line and column of ``offset`` in ``text``."""
    before = text[:offset]
    line = before.count("\n")
    column = offset - (before.rfind("\n") + 1)
    return line, column


def read_document(
    text: str, label: str, folder: Path | None, limits: Limits | None = None
) -> tuple[Document, list[Problem]]:
    """Parse Argdown ``text`` (from the file ``label`` in ``folder``, or from no file
    when ``folder`` is ``None``): the document and every problem found.

    ``limits`` bound the text, included files counted, and the nesting of
    relations (default: :func:`~argmap.io.limits.configured_limits`)."""
    reader = _Reader(limits or configured_limits())
    reader.read_text(text, label, folder, 0)
    return reader.doc, reader.problems
