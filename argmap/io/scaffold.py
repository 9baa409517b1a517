"""``argmap new``: the skeleton of a map for a source text.

From a plain text, :func:`scaffold_map` writes a map that is already valid: the
text as its source (``file:`` relative to the map), each paragraph as a section
with its span, and the participants of a transcript (paragraphs that open with
``Name:``) with each turn's section titled by its speaker. The statements,
supports and attacks are left to the analyst, with a commented example of each;
``argmap fix`` then writes the spans of the quotes.
"""

from __future__ import annotations

import json
import os
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from argmap.atomic import write_text_atomic
from argmap.model import MapValidationError, Problem

_SPEAKER = re.compile(r"([A-ZÀ-Þ][\w.'’\- ]{0,38}?)\s*:\s+(?=\S)")
_PARAGRAPH = re.compile(r"\S(?:.*\S)?(?:\n[ \t]*\S.*)*")


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of the source: its span, and the speaker who opens it (if any)."""

    start: int
    end: int
    speaker: str | None


def paragraphs(text: str) -> list[Paragraph]:
    """The paragraphs of ``text`` (separated by blank lines), with their speakers.

    >>> [(p.start, p.end, p.speaker) for p in paragraphs("Ann: Tea.\\n\\nBob: No.\\nCoffee.\\n")]
    [(0, 9, 'Ann'), (11, 27, 'Bob')]
    """
    found = []
    for match in _PARAGRAPH.finditer(text):
        label = _SPEAKER.match(match.group())
        found.append(Paragraph(match.start(), match.end(), label.group(1) if label else None))
    return found


def scaffold_text(text: str, source_file: str, *, title: str | None = None) -> str:
    """The YAML of a new map for the source ``text`` kept at ``source_file``
    (a path relative to the map).

    >>> scaffold = scaffold_text("Ann: Tea.\\n\\nBob: No.\\n", "chat.txt")
    >>> print(scaffold.split("participants:")[1].split("statements:")[0].strip())
    - {id: ann, name: "Ann"}
      - {id: bob, name: "Bob"}
    """
    parts = paragraphs(text)
    speakers: dict[str, str] = {}
    for part in parts:
        if part.speaker and part.speaker not in speakers:
            speakers[part.speaker] = _unique_id(_slug(part.speaker), set(speakers.values()))
    if sum(1 for p in parts if p.speaker) < 2:
        speakers = {}  # one "Label:" is not a transcript
    stem = Path(source_file).stem
    source_id = _unique_id(_slug(stem) or "source", set(speakers.values()))
    heading = title or _title_line(text, parts) or stem
    lines = [
        f"# A map of {source_file}, scaffolded by `argmap new`. Fill in the statements,",
        "# supports and attacks; leave spans out: `argmap fix` writes them for quotes found",
        "# once in the source. The conventions are in docs/authoring.md.",
        "format: 1",
        f"title: {_quoted(heading)}   # better: the question debated",
        "# description: what the debate is about, who takes part",
        "# language: en",
        "",
        "sources:",
        f"  - id: {source_id}",
        f"    title: {_quoted(heading)}",
        f"    file: {_quoted(source_file)}",
        "    # author: ...",
        "    # url: ...",
        "    # date: YYYY-MM-DD",
        "    sections:",
    ]
    for number, part in enumerate(parts, start=1):
        name = f"{part.speaker}, paragraph {number}" if speakers and part.speaker else None
        is_title = number == 1 and heading == text[part.start : part.end]
        section_title = name or ("Title" if is_title else f"Paragraph {number}")
        lines.append(
            f"      - {{id: p{number}, title: {_quoted(section_title)}, "
            f"span: [{part.start}, {part.end}]}}"
        )
    if not parts:
        lines[-1] = "    sections: []"
    lines += ["", "participants:"]
    for name, participant in speakers.items():
        lines.append(f"  - {{id: {participant}, name: {_quoted(name)}}}")
    if not speakers:
        lines.append("  # - {id: author, name: The Author, role: author}")
    speaker = next(iter(speakers.values()), "author")
    lines += [
        "",
        "statements:",
        "  # - id: issue",
        "  #   kind: issue",
        '  #   text: {en: "The question debated?"}',
        "  # - id: position",
        '  #   text: {en: "A position on it, in your words."}',
        "  #   answers: issue",
        f'  #   provenance: {{source: {source_id}, speaker: {speaker}, quote: "the exact words"}}',
        "  # - id: reason",
        '  #   text: {en: "A reason for it."}',
        f'  #   provenance: {{source: {source_id}, speaker: {speaker}, quote: "the exact words"}}',
        "",
        "supports:",
        "  # - {id: s1, premises: [reason], conclusion: position}   # linked: several premises",
        "",
        "attacks:",
        "  # - {id: a1, kind: rebut, source: objection, target: position}"
        "   # rebut | undermine | undercut",
        "",
    ]
    return "\n".join(lines)


def scaffold_map(
    source: str | os.PathLike[str],
    output: str | os.PathLike[str],
    *,
    title: str | None = None,
    force: bool = False,
) -> None:
    """Write a new map for the text file ``source`` at ``output`` (atomically).

    Raises
    ------
    MapValidationError
        When ``source`` cannot be read, or ``output`` exists and ``force`` is false.
    """
    text_path, target = Path(source), Path(output)
    if target.suffix.lower() not in (".yaml", ".yml"):
        raise _problem(
            str(target), "a new map is written in YAML", "give an output path ending in .yaml"
        )
    if target.exists() and not force:
        raise _problem(
            str(target), "the file exists", "choose another name, or pass --force to replace it"
        )
    try:
        text = text_path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise _problem(str(text_path), "not UTF-8 text", "save it as UTF-8") from None
    except OSError as exc:
        raise _problem(str(text_path), f"cannot read: {exc.strerror or exc}", None) from None
    relative = Path(os.path.relpath(text_path.resolve(), target.resolve().parent)).as_posix()
    write_text_atomic(target, scaffold_text(text, relative, title=title))


def _problem(file: str, message: str, hint: str | None) -> MapValidationError:
    return MapValidationError([Problem(message, hint=hint).located(file)], file)


def _title_line(text: str, parts: list[Paragraph]) -> str | None:
    if not parts or parts[0].speaker:
        return None
    first = text[parts[0].start : parts[0].end]
    return first if "\n" not in first and len(first) <= 120 else None


def _slug(name: str) -> str:
    plain = unicodedata.normalize("NFKD", name.casefold())
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    slug = re.sub(r"[^a-z0-9]+", "-", plain).strip("-")
    return slug if slug and slug[0].isalpha() else f"p-{slug}" if slug else ""


def _unique_id(base: str, taken: set[str]) -> str:
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    return candidate


def _quoted(text: str) -> str:
    """A YAML double-quoted scalar (a JSON string is one)."""
    return json.dumps(text, ensure_ascii=False)
