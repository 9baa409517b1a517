"""An argument map written as Argdown.

The text is meant to be read and edited by people, and read back into an equal
map (:func:`argmap.io.argdown.loads_argdown`):

* the front matter holds the map's title, description, language, sources and
  participants and preferences (as in argmap's own format) and, under ``argmap: {attacks: ...}``,
  what Argdown cannot say about an attack (its id, rebut or undermine when the
  default reading would differ, its critical question and note);
* every statement is defined once, in map order, as ``[id]: text #tags {data}``,
  below a heading when it carries a ``section:`` tag; the fields Argdown has no
  syntax for go to its ``{data}``;
* every support is an argument ``<id>: note`` with a premise–conclusion structure
  of one inference, its scheme as the inference rule;
* every attack is a relation below its target, in map order: ``<-`` on a
  statement, ``<_`` (undercut) on the argument of the support it attacks, and a
  contradictory one ``><`` below its source.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import yaml

from argmap.io.argdown.mapping import SECTION_TAG
from argmap.model import ArgumentMap, Statement, Support

_WORD_TAG = re.compile(r"[A-Za-z0-9\-]+")
_TEXT_SPECIAL = re.compile(r"([\\#@{}\[\]<>*_`]|/(?=[/*]))")


def escape(text: str) -> str:
    r"""``text`` with every character Argdown would read as syntax escaped.

    >>> escape("5 # of [cups] // per day")
    '5 \\# of \\[cups\\] \\// per day'
    """
    return _TEXT_SPECIAL.sub(r"\\\1", text)


def representable(text: str) -> bool:
    """Whether ``text`` can stand on an Argdown line as it is (else it goes to ``{data}``)."""
    return bool(text) and text.isprintable() and text == text.strip() and "  " not in text


def quoted(text: str) -> str:
    r"""``text`` as a YAML double-quoted scalar that is also safe inside Argdown's
    ``{data}`` (no ``/``, braces or line breaks left as they are).

    >>> print(quoted('a "b" {c} http://d'))
    "a \"b\" \x7bc\x7d http:\/\/d"
    """
    out = ['"']
    for ch in text:
        if ch in '"\\/':
            out.append("\\" + ch)
        elif ch in "{}" or not ch.isprintable():
            code = ord(ch)
            if code < 0x100:
                out.append(f"\\x{code:02x}")
            elif code < 0x10000:
                out.append(f"\\u{code:04x}")
            else:
                out.append(f"\\U{code:08x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def flow(value: Any) -> str:
    """A value as one line of YAML flow syntax (see :func:`quoted`)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        text = repr(value)
        return text.replace("e", ".0e") if "e" in text and "." not in text else text
    if isinstance(value, str):
        return quoted(value)
    if isinstance(value, dict):
        return "{" + ", ".join(f"{quoted(str(k))}: {flow(v)}" for k, v in value.items()) + "}"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(flow(v) for v in value) + "]"
    if value is None:
        return "null"
    raise TypeError(f"cannot write {type(value).__name__} in Argdown data")


def data_block(data: dict[str, Any]) -> str:
    return f" {flow(data)}" if data else ""


def argument_title(id: str) -> str:
    r"""An id as an argument title: a leading ``_`` escaped, so that ``<_`` is not
    read as an undercut.

    >>> argument_title("_s1"), argument_title("s1")
    ('\\_s1', 's1')
    """
    return "\\" + id if id.startswith("_") else id


def _tag(tag: str) -> str:
    return f"#{tag}" if _WORD_TAG.fullmatch(tag) else f"#({tag})"


def _tags_representable(tags: tuple[str, ...] | list[str]) -> bool:
    return len(set(tags)) == len(tags) and all(
        t and ")" not in t and t == t.strip() and t.isprintable() for t in tags
    )


class _Writer:
    def __init__(self, m: ArgumentMap, files: Callable[[str], str] | None) -> None:
        self.m = m
        self.files = files
        self.language = m.language or "en"
        self.lines: list[str] = []

    def front_matter(self, overrides: list[dict[str, Any]]) -> None:
        header = self.m.model_dump(
            mode="json",
            include={"title", "description", "language", "sources", "participants", "preferences"},
            exclude_defaults=True,
        )
        rebase = self.files
        if rebase is not None:
            for source in header.get("sources", []):
                if source.get("file") is not None:
                    source.pop("text", None)
                    source["file"] = rebase(source["file"])
        if overrides:
            header["argmap"] = {"attacks": overrides}
        body = yaml.safe_dump(header, allow_unicode=True, sort_keys=False, width=88)
        if yaml.safe_load(body) != header:
            # a character YAML reads as a line break (NEL, LS, PS) was written as is
            body = yaml.safe_dump(header, allow_unicode=False, sort_keys=False, width=88)
        self.lines += ["===", body.rstrip("\n"), "===", ""]

    def statements(self) -> None:
        sections = _section_plan(self.m.statements)
        current: str | None = None
        for st in self.m.statements:
            tags = list(st.tags)
            section = sections.get(st.id)
            if section is not None:
                tags = tags[:-1]
                if section != current:
                    self.lines += [f"# {escape(section)}", ""]
                    current = section
            self.lines += [self.statement(st, tags), ""]

    def statement(self, st: Statement, tags: list[str]) -> str:
        data: dict[str, Any] = {}
        language = self.language if self.language in st.text else next(iter(st.text))
        main = st.text[language]
        others = {k: v for k, v in st.text.items() if k != language}
        if language != self.language:
            data["language"] = language
        if not representable(main):
            others = dict(st.text) if language == self.language else {**others, language: main}
            main = ""
        if others:
            data["text"] = others
        for key in ("kind", "answers", "stance", "scheme", "weight", "implicit", "premise", "note"):
            value = getattr(st, key)
            default = Statement.model_fields[key].default
            if value != default:
                data[key] = getattr(value, "value", value)
        if st.provenance is not None:
            data.update(st.provenance.model_dump(mode="json", exclude_none=True))
        tag_text = ""
        if tags and _tags_representable(tags):
            tag_text = " " + " ".join(_tag(t) for t in tags)
        elif tags:
            data["tags"] = tags
        head = f"[{st.id}]:"
        text = f" {escape(main)}" if main else ""
        return f"{head}{text}{tag_text}{data_block(data)}"

    def support(self, sup: Support) -> None:
        note = sup.note or ""
        data: dict[str, Any] = {}
        head = f"<{argument_title(sup.id)}>"
        if note and representable(note) and not note.startswith("Inference rule: "):
            head += f": {escape(note)}"
        elif note:
            data["note"] = note
        self.lines += [head, ""]
        for n, premise in enumerate(sup.premises, start=1):
            self.lines.append(f"({n}) [{premise}]")
        if sup.roles:
            data["roles"] = dict(sup.roles)
        if sup.question is not None:
            data["question"] = sup.question
        if sup.strict:
            data["strict"] = True
        rule = sup.scheme.value if sup.scheme is not None else ""
        inner = " ".join(x for x in (rule, data_block(data).strip()) if x)
        self.lines.append(f"-- {inner} --" if inner else "----")
        self.lines += [f"({len(sup.premises) + 1}) [{sup.conclusion}]", ""]

    def attacks(self) -> None:
        supports = {s.id for s in self.m.supports}
        for att in self.m.attacks:
            if att.target in supports:
                self.lines += [f"<{argument_title(att.target)}>", f"    <_ [{att.source}]", ""]
            elif att.contradictory:
                self.lines += [f"[{att.source}]", f"    >< [{att.target}]", ""]
            else:
                self.lines += [f"[{att.target}]", f"    <- [{att.source}]", ""]

    def text(self, overrides: list[dict[str, Any]]) -> str:
        self.lines = []
        self.front_matter(overrides)
        self.statements()
        for sup in self.m.supports:
            self.support(sup)
        self.attacks()
        while self.lines and self.lines[-1] == "":
            self.lines.pop()
        return "\n".join(self.lines) + "\n"


def _section_plan(statements: tuple[Statement, ...]) -> dict[str, str]:
    """The heading each statement is written under, when the ``section:`` tags can be
    written as headings: each the last tag of its statement, and every statement
    without one before the first that has one. Otherwise none (the tags stay tags)."""
    plan: dict[str, str] = {}
    started = False
    for st in statements:
        marked = [t for t in st.tags if t.startswith(SECTION_TAG)]
        if not marked:
            if started:
                return {}
            continue
        title = marked[0][len(SECTION_TAG) :]
        if len(marked) > 1 or st.tags[-1] != marked[0] or not representable(title):
            return {}
        started = True
        plan[st.id] = title
    return plan


def dumps_argdown(m: ArgumentMap, *, files: Callable[[str], str] | None = None) -> str:
    """The map as Argdown text (deterministic), read back into an equal map.

    A source's text is written in the front matter, beside its ``file`` if it has
    one; with ``files`` (a function rewriting a ``file`` path), a source with a
    ``file`` is written with the rewritten path and without its text, which is
    then read from the file.

    Examples
    --------
    >>> m = ArgumentMap(title="Tea?", statements=[
    ...     {"id": "tea", "text": {"en": "Drink tea."}},
    ...     {"id": "calm", "text": {"en": "Tea calms."}, "tags": ["health"]}],
    ...     supports=[{"id": "s1", "premises": ["calm"], "conclusion": "tea"}])
    >>> print(dumps_argdown(m))
    ===
    title: Tea?
    ===
    <BLANKLINE>
    [tea]: Drink tea.
    <BLANKLINE>
    [calm]: Tea calms. #health
    <BLANKLINE>
    <s1>
    <BLANKLINE>
    (1) [calm]
    ----
    (2) [tea]
    <BLANKLINE>
    """
    writer = _Writer(m, files)
    return writer.text(_attack_overrides(m))


def _attack_overrides(m: ArgumentMap) -> list[dict[str, Any]]:
    """What the front matter must say about ``m``'s attacks for them to be read back
    as they are: the text is written without it and read back, and each attack whose
    id or kind comes back different gets an entry (see
    :meth:`argmap.io.argdown.mapping._Mapper.attack_overrides`)."""
    from argmap.io.argdown.mapping import document_to_map
    from argmap.io.argdown.parser import read_document

    if not m.attacks:
        return []
    doc, problems = read_document(_Writer(m, None).text([]), "<argdown>", None)
    if problems:  # pragma: no cover - the writer's own text always parses
        raise AssertionError("\n".join(map(str, problems)))
    back = document_to_map(doc, "<argdown>")
    pairs = [(a.source, a.target) for a in m.attacks]
    aligned = len(back.attacks) == len(m.attacks)
    overrides = []
    for i, att in enumerate(m.attacks):
        read = back.attacks[i] if aligned else None
        forced = not aligned and pairs.count((att.source, att.target)) > 1
        entry: dict[str, Any] = {}
        if forced or read is None or att.id != read.id:
            entry["id"] = att.id
        if forced or read is None or att.kind != read.kind:
            entry["kind"] = att.kind.value
        if att.question is not None:
            entry["question"] = att.question
        if att.note is not None:
            entry["note"] = att.note
        if entry:
            overrides.append({"source": att.source, "target": att.target, **entry})
    return overrides
