"""Kialo discussion exports (plain text), read into maps.

Kialo (kialo.com) exports a discussion as a numbered outline. Two layouts are in
the wild, and both are read:

* the classic one::

      Discussion Title: Should zoos exist?

      1. Zoos should exist.
      1.1. Pro: Zoos protect endangered species.
      1.1.1. Con: Most zoo animals are not endangered.
      1.2. Con: -> See 1.1.1.

* the newer one: ``Discussion Name:``, entries indented by depth, the stance and
  the text possibly on two lines, footnote markers ``[1]`` in the text and a
  ``Sources:`` block at the end::

      Discussion Name: Should zoos exist?

      1. Thesis: Zoos should exist.
          1.1. Pro:
              Zoos protect endangered species.[1]

      Sources:
      [1] https://example.org/report

What becomes what:

* the discussion title is the **issue**; the thesis (``1.``) is a position on it
  (``answers``); an entry without a stance directly below the root is a further
  position on the issue;
* a ``Pro`` entry is a **support** of its parent (its one premise); a ``Con``
  entry **rebuts** its parent (Kialo does not say whether a con denies a claim or
  its relevance: a rebut is the reading that needs no guess);
* ``-> See 1.2.3.`` is a link to a claim that already exists elsewhere: no new
  statement, the linked claim supports or attacks this parent too;
* ids are the outline numbers: statement ``k1.2.3``, support ``s1.2.3``, attack
  ``a1.2.3``;
* Markdown escapes are undone and links keep their text; footnotes are taken out
  of the text and listed, with their sources, in the statement's ``note``.

Kialo exports name no speakers: statements have no provenance.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from typing import Any

from argmap.io.limits import InputLimitError, read_input_text
from argmap.model import ArgumentMap, MapValidationError, Problem

_HEADER = re.compile(r"Discussion (?:Title|Name):[ \t]*(?P<title>.*)")
_ENTRY = re.compile(
    r"[ \t]*(?P<id>\d{1,9}\.(?:\d{1,9}\.){0,200})[ \t]+"
    r"(?:(?P<stance>Pro|Con|Thesis)[ \t]*:[ \t]*)?(?P<text>.*)"
)
_SEE = re.compile(r"->[ \t]*See[ \t]+(?P<id>\d{1,9}\.(?:\d{1,9}\.){0,200})[ \t]*$")
_FOOTNOTE = re.compile(r"\[(\d{1,4})\]")
_SOURCE = re.compile(r"[ \t]*\[(?P<n>\d{1,4})\][ \t]*(?P<text>.*)")
_LINK = re.compile(r"\[([^\]\n]{0,2000})\]\(([^)\s]{0,2000})\)")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>|~])")

MAX_DEPTH = 200
"""Deepest outline level read (a claim 200 levels below the thesis)."""


@dataclass
class _Entry:
    number: str
    stance: str | None
    text: str
    line: int
    see: str | None = None
    continuation: list[str] = field(default_factory=list)

    @property
    def parent(self) -> str:
        return self.number.rsplit(".", 2)[0] + "." if self.number.count(".") > 1 else ""


def load_kialo(path: str | os.PathLike[str], *, language: str = "en") -> ArgumentMap:
    """Read a Kialo export file into a map (see the module docstring).

    Raises
    ------
    MapValidationError
        Naming the file and line of every problem found.
    """
    name = os.fspath(path)
    try:
        text = read_input_text(name)
    except FileNotFoundError:
        raise _error(name, None, "file not found", "check the path") from None
    except InputLimitError as exc:
        raise _error(name, exc.line, exc.message, exc.hint) from None
    except OSError as exc:
        raise _error(name, None, f"cannot read: {exc.strerror}", None) from None
    return loads_kialo(text, file=name, language=language)


def loads_kialo(text: str, *, file: str | None = None, language: str = "en") -> ArgumentMap:
    """Read the text of a Kialo export into a map (see the module docstring).

    Examples
    --------
    >>> m = loads_kialo('''Discussion Title: Tea or coffee?
    ...
    ... 1. Tea is better.
    ... 1.1. Pro: Tea calms.
    ... 1.1.1. Con: Not green tea.
    ... ''')
    >>> [s.id for s in m.statements]
    ['issue', 'k1', 'k1.1', 'k1.1.1']
    >>> [(s.premises, s.conclusion) for s in m.supports]
    [(('k1.1',), 'k1')]
    >>> [(a.kind.value, a.source, a.target) for a in m.attacks]
    [('rebut', 'k1.1.1', 'k1.1')]
    """
    label = file or "<kialo>"
    lines = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    header = _HEADER.match(lines[first].strip()) if first is not None else None
    if first is None or header is None:
        raise _error(
            label,
            (first or 0) + 1,
            "not a Kialo export: the first line should be 'Discussion Title: ...' "
            "or 'Discussion Name: ...'",
            "export the discussion from Kialo as text, or check that this is the right file",
        )
    title = _clean(header.group("title")) or "Kialo discussion"
    entries, sources, problems = _outline(lines, first + 1, label)
    if not entries and not problems:
        problems.append(
            Problem("the discussion has no claims", hint="the thesis should read '1. ...'").located(
                label, first + 2
            )
        )
    if problems:
        raise MapValidationError(problems, label)
    data = _to_map(title, entries, sources, language, label)
    return ArgumentMap.model_validate(data)


def _outline(
    lines: list[str], start: int, label: str
) -> tuple[list[_Entry], dict[str, str], list[Problem]]:
    entries: list[_Entry] = []
    sources: dict[str, str] = {}
    problems: list[Problem] = []
    in_sources = False
    for index in range(start, len(lines)):
        line = lines[index]
        number = index + 1
        stripped = line.strip()
        if stripped == "Sources:":
            in_sources = True
            continue
        if in_sources:
            source = _SOURCE.match(line)
            if source:
                sources[source.group("n")] = _clean(source.group("text"))
            elif stripped and sources:
                last = next(reversed(sources))
                sources[last] = f"{sources[last]} {_clean(stripped)}"
            continue
        match = _ENTRY.fullmatch(line)
        if match:
            entry_number = match.group("id")
            if entry_number.count(".") > MAX_DEPTH:
                problems.append(
                    Problem(
                        f"claim {entry_number} is nested deeper than {MAX_DEPTH} levels"
                    ).located(label, number)
                )
                continue
            stance = match.group("stance")
            entries.append(_Entry(entry_number, stance if stance != "Thesis" else None, "", number))
            if match.group("text").strip():
                entries[-1].continuation.append(match.group("text").strip())
            continue
        if not entries:
            if stripped:
                problems.append(
                    Problem(
                        f"text before the first claim: {stripped[:60]!r}",
                        hint="the thesis should read '1. ...'",
                    ).located(label, number)
                )
            continue
        if stripped:
            entries[-1].continuation.append(stripped)
    for entry in entries:
        body = " ".join(entry.continuation)
        see = _SEE.fullmatch(body)
        if see:
            entry.see = see.group("id")
        else:
            entry.text = body
    return entries, sources, problems


def _to_map(
    title: str,
    entries: list[_Entry],
    sources: dict[str, str],
    language: str,
    label: str,
) -> dict[str, Any]:
    statements: list[dict[str, Any]] = [{"id": "issue", "kind": "issue", "text": {language: title}}]
    supports: list[dict[str, Any]] = []
    attacks: list[dict[str, Any]] = []
    problems: list[Problem] = []
    defined: dict[str, _Entry] = {}
    for entry in entries:
        if entry.number in defined:
            problems.append(
                Problem(
                    f"claim {entry.number} is numbered twice "
                    f"(first on line {defined[entry.number].line})",
                    hint="renumber one of them",
                ).located(label, entry.line)
            )
            continue
        defined[entry.number] = entry
    roots = [e for e in entries if e.parent == ""]
    for entry in entries:
        if defined.get(entry.number) is not entry:
            continue
        parent = entry.parent
        if parent and parent not in defined:
            problems.append(
                Problem(
                    f"claim {entry.number} has no parent claim {parent}",
                    hint=f"add claim {parent}, or renumber {entry.number}",
                ).located(label, entry.line)
            )
            continue
        premise = _claim_id(entry.number)
        if entry.see is not None:
            target = defined.get(entry.see)
            if target is None or target.see is not None:
                problems.append(
                    Problem(
                        f"claim {entry.number} links to {entry.see}, which is not a claim "
                        "of this discussion",
                        hint=f"check the number after '-> See' on line {entry.line}",
                    ).located(label, entry.line)
                )
                continue
            premise = _claim_id(entry.see)
        elif not entry.text:
            problems.append(
                Problem(
                    f"claim {entry.number} has no text", hint="write the claim after it"
                ).located(label, entry.line)
            )
            continue
        else:
            text, note = _footnotes(entry.text, sources)
            statement: dict[str, Any] = {"id": premise, "text": {language: text}}
            if note:
                statement["note"] = note
            if not parent or (entry.stance is None and parent in {r.number for r in roots}):
                statement["answers"] = "issue"
            statements.append(statement)
        if not parent or entry.stance is None:
            continue
        if premise == _claim_id(parent):
            problems.append(
                Problem(f"claim {entry.number} links to its own parent {parent}").located(
                    label, entry.line
                )
            )
        elif entry.stance == "Pro":
            supports.append(
                {
                    "id": f"s{entry.number[:-1]}",
                    "premises": [premise],
                    "conclusion": _claim_id(parent),
                }
            )
        else:
            attacks.append(
                {
                    "id": f"a{entry.number[:-1]}",
                    "kind": "rebut",
                    "source": premise,
                    "target": _claim_id(parent),
                }
            )
    if problems:
        raise MapValidationError(problems, label)
    return {
        "title": title,
        "language": language,
        "statements": statements,
        "supports": supports,
        "attacks": attacks,
    }


def _claim_id(number: str) -> str:
    return f"k{number[:-1]}"


def _clean(text: str) -> str:
    text = _LINK.sub(r"\1", text)
    text = _ESCAPE.sub(r"\1", text)
    return " ".join(text.split())


def _footnotes(text: str, sources: dict[str, str]) -> tuple[str, str | None]:
    cited = [n for n in _FOOTNOTE.findall(text) if n in sources]
    links = [f"{label} <{url}>" for label, url in _LINK.findall(text)]
    if cited:
        text = _FOOTNOTE.sub(lambda m: "" if m.group(1) in sources else m.group(0), text)
    clean = _clean(text)
    notes = [f"[{n}] {sources[n]}" for n in dict.fromkeys(cited)] + links
    return clean or text.strip(), ("Sources: " + "; ".join(notes)) if notes else None


def _error(label: str, line: int | None, message: str, hint: str | None) -> MapValidationError:
    return MapValidationError([Problem(message, hint=hint).located(label, line)], label)
