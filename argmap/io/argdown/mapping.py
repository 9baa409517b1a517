"""An Argdown document mapped onto an :class:`~argmap.model.ArgumentMap`.

What becomes what (``docs/formats.md`` has the full table):

* an equivalence class (every statement with one title) is a **statement**; its id
  is the title when the title is a valid id, else a slug of it; its text is the
  first text given to the title (the title itself when none is); its tags are
  kept, and its section becomes a tag ``section:<heading>``;
* statement ``{data}`` fills the fields Argdown has no syntax for: ``speaker``,
  ``quote``, ``source`` and ``span`` make its **provenance**; ``kind: issue``,
  ``answers``, ``stance`` (conceded, reported, anticipated), ``scheme``, ``weight``,
  ``implicit``, ``note``; ``text: {fr: ...}``
  gives the text in more languages, ``language`` the language of the main text;
* an argument with a premise–conclusion structure is one **support** per
  inference: its premises are the statements since the previous conclusion, the
  previous (intermediate) conclusion included, or the steps named by
  ``{uses: [1, 2]}`` in the inference's data; the main inference's support has
  the argument's id, an intermediate one ``<id>.<number of its conclusion>``; an
  inference rule that names a scheme is the support's scheme, other rules go to
  its note with the argument's description;
* an argument without premise–conclusion structure is a statement (its
  description is the text): it stands for its conclusion;
* a support relation is a support with one premise (``entails``, in strict
  mode, a strict one); an attack or ``contrary`` relation is an attack, an
  **undermine** when the attacked statement is a premise and no conclusion, a
  **rebut** otherwise; a contradiction ``><`` is one such attack marked
  ``contradictory`` (both ways); an **undercut** stays an undercut of the
  inference (the support) it is written against: never a support;
* a relation to a reconstructed argument goes to its one premise (an attack or a
  support needs the premise it is about: when the argument has several, write
  the relation below that premise).

The front matter gives ``title``, ``description``, ``language``, ``sources``,
``participants`` and ``preferences`` as in argmap's own format; ``argmap:
{attacks: ...}`` keeps what an exported map needs to come back equal (attack ids,
kinds, questions and notes Argdown cannot say). A speaker not declared as a
participant becomes one.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from pydantic import ValidationError

from argmap.io.argdown.syntax import Argument, Document, Node, Relation, Where
from argmap.model import ArgumentMap, MapValidationError, Problem, Scheme
from argmap.model.types import is_identifier

SECTION_TAG = "section:"
"""Prefix of the tag that records a statement's section (its heading)."""
_SCHEMES = {s.value for s in Scheme}
_STATEMENT_DATA = {
    "speaker",
    "quote",
    "source",
    "span",
    "kind",
    "answers",
    "stance",
    "scheme",
    "weight",
    "implicit",
    "premise",
    "note",
    "text",
    "language",
}
_HEADER_KEYS = ("title", "description", "language", "sources", "participants", "preferences")


def slug(title: str, used: set[str]) -> str:
    """A valid, unused argmap id for an Argdown title.

    >>> slug("Tea calms", set()), slug("Tea calms", {"Tea_calms"}), slug("2 cups", set())
    ('Tea_calms', 'Tea_calms-2', 'n2_cups')
    """
    if is_identifier(title) and title not in used:
        used.add(title)
        return title
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    base = re.sub(r"[^A-Za-z0-9_.\-]+", "_", ascii_title).strip("_")[:100] or "statement"
    if not re.match(r"[A-Za-z_]", base):
        base = "n" + base
    candidate, n = base, 1
    while candidate in used:
        n += 1
        candidate = f"{base}-{n}"
    used.add(candidate)
    return candidate


class _Mapper:
    def __init__(self, doc: Document, label: str) -> None:
        self.doc = doc
        self.label = label
        self.problems: list[Problem] = []
        self.used: set[str] = set()
        self.ids: dict[str, str] = {}
        self.arg_ids: dict[str, str] = {}
        self.places: dict[str, Where] = {}
        fm = doc.front_matter
        language = fm.get("language")
        self.language: str = language if isinstance(language, str) else "en"
        self.statements: list[dict[str, Any]] = []
        self.supports: list[dict[str, Any]] = []
        self.attacks: list[dict[str, Any]] = []
        self.stands_for: dict[str, str] = {}  # argument title -> statement id
        self.single_premise_supports: dict[str, list[str]] = {}  # premise -> support ids

    def problem(self, where: Where | None, message: str, hint: str | None = None) -> None:
        p = Problem(message, hint=hint)
        self.problems.append(
            p.located(where.file, where.line, where.column) if where else p.located(self.label)
        )

    # -- statements ----------------------------------------------------------------
    def statement_ids(self) -> None:
        for title in self.doc.statements:
            self.ids[title] = slug(title, self.used)
        for title, argument in self.doc.arguments.items():
            self.arg_ids[title] = slug(title, self.used)
            if argument.pcs:
                self.stands_for[title] = self.ids.get(argument.pcs[-1].title, "")
            else:
                self.stands_for[title] = self.arg_ids[title]

    def build_statements(self) -> None:
        sections = {s.id: s.title for s in self.doc.sections}
        for title, ec in self.doc.statements.items():
            where = ec.members[0].where
            fields = self.statement_fields(
                self.ids[title], ec.text or title, ec.tags, ec.data, where
            )
            if ec.section is not None:
                fields["tags"] = [*fields.get("tags", []), SECTION_TAG + sections[ec.section]]
            self.places[self.ids[title]] = where
            self.statements.append(fields)
        for title, argument in self.doc.arguments.items():
            if argument.pcs:
                continue
            where = argument.members[0].where if argument.members else Where(self.label, 1, 1)
            section = argument.members[0].section if argument.members else None
            fields = self.statement_fields(
                self.arg_ids[title],
                argument.description or title,
                argument.tags,
                argument.data,
                where,
            )
            if section is not None:
                fields["tags"] = [*fields.get("tags", []), SECTION_TAG + sections[section]]
            self.places[self.arg_ids[title]] = where
            self.statements.append(fields)

    def statement_fields(
        self, id: str, text: str, tags: list[str], data: dict[str, Any], where: Where
    ) -> dict[str, Any]:
        given = data.get("language")
        language = given if isinstance(given, str) else self.language
        texts: dict[str, Any] = {language: text}
        extra = data.get("text")
        if isinstance(extra, dict):
            texts.update({str(k): v for k, v in extra.items()})
        elif extra is not None:
            self.problem(
                where, "`text` in {data} must give texts by language, e.g. {text: {fr: ...}}"
            )
        fields: dict[str, Any] = {"id": id, "text": texts}
        more = data.get("tags")
        if isinstance(more, list):
            tags = [*tags, *(str(t) for t in more)]
        if tags:
            fields["tags"] = list(tags)
        for key in ("kind", "answers", "stance", "scheme", "weight", "implicit", "premise", "note"):
            if key in data:
                fields[key] = data[key]
        if "speaker" in data or "quote" in data:
            provenance = {k: data[k] for k in ("speaker", "quote", "source", "span") if k in data}
            if "speaker" not in provenance:
                self.problem(
                    where, "a quote in {data} needs its speaker", "add speaker: <participant id>"
                )
            else:
                provenance["speaker"] = self.speaker(str(provenance["speaker"]))
                if "quote" in provenance and "source" not in provenance:
                    sources = self.doc.front_matter.get("sources")
                    if (
                        isinstance(sources, list)
                        and len(sources) == 1
                        and isinstance(sources[0], dict)
                    ):
                        provenance["source"] = sources[0].get("id")
                    else:
                        self.problem(
                            where,
                            "a quote in {data} needs its source",
                            "add source: <id>, or declare one source in the front matter",
                        )
                fields["provenance"] = provenance
        return fields

    def speaker(self, name: str) -> str:
        participants = self.doc.front_matter.setdefault("participants", [])
        if not isinstance(participants, list):
            return name
        for p in participants:
            if isinstance(p, dict) and name in (p.get("id"), p.get("name")):
                return str(p.get("id"))
        new_id = slug(name, {str(p.get("id")) for p in participants if isinstance(p, dict)})
        participants.append({"id": new_id, "name": name})
        return new_id

    # -- supports --------------------------------------------------------------------
    def build_supports(self) -> None:
        for title, argument in self.doc.arguments.items():
            if argument.pcs:
                self.pcs_supports(title, argument)

    def support_id(self, argument: Argument, index: int) -> str:
        main = self.arg_ids[argument.title]
        if index == len(argument.pcs) - 1:
            return main
        return f"{main}.{argument.pcs[index].number}"

    def step_id(self, argument: Argument, index: int, relation: Relation) -> str | None:
        """The inference a relation written below a PCS step is about, or a problem when
        that premise-conclusion structure was not kept (it is broken or a second one)."""
        if index < len(argument.pcs) and argument.pcs[index].inference is not None:
            return self.support_id(argument, index)
        self.problem(
            relation.where,
            f"this {relation.type} is on an inference of <{argument.title}> whose "
            "premise-conclusion structure was not kept",
            "fix that structure's problems first, or move the relation under the one kept",
        )
        return None

    def pcs_supports(self, title: str, argument: Argument) -> None:
        start = 0
        by_number = {s.number: s for s in argument.pcs}
        for index, step in enumerate(argument.pcs):
            if step.inference is None:
                continue
            uses = step.inference.data.get("uses")
            if isinstance(uses, list) and uses:
                missing = [n for n in uses if not isinstance(n, int) or n not in by_number]
                if missing:
                    self.problem(
                        step.inference.where,
                        f"`uses` names steps {missing} that the PCS does not have",
                        "name the numbers (n) of premises above the inference",
                    )
                steps = [by_number[n] for n in uses if n not in missing]
                premises = [self.ids[s.title] for s in steps if s.title]
            else:
                premises = [self.ids[s.title] for s in argument.pcs[start:index] if s.title]
            start = index
            fields: dict[str, Any] = {
                "id": self.support_id(argument, index),
                "premises": premises,
                "conclusion": self.ids.get(step.title, step.title),
            }
            notes = []
            if index == len(argument.pcs) - 1 and argument.description:
                notes.append(argument.description)
            for rule in step.inference.rules:
                key = re.sub(r"[\s\-]+", "_", rule.strip().lower())
                if key in _SCHEMES and "scheme" not in fields:
                    fields["scheme"] = key
                else:
                    notes.append(f"Inference rule: {rule}")
            data = step.inference.data
            for key in ("scheme", "roles", "question", "strict"):
                if key in data:
                    fields[key] = data[key]
            if "note" in data:
                notes.append(str(data["note"]))
            if notes:
                fields["note"] = "\n".join(notes)
            self.places[fields["id"]] = step.inference.where
            self.supports.append(fields)

    # -- relations -------------------------------------------------------------------
    def endpoint(self, node: Node, relation: Relation, role: str) -> str | None:
        if node.kind == "statement":
            return self.ids[node.title]
        argument = self.doc.arguments[node.title]
        if node.conclusion is not None:
            return self.step_id(argument, node.conclusion, relation)
        if role == "source" or not argument.pcs:
            return self.stands_for[node.title]
        premises = [s for s in argument.pcs if s.inference is None]
        if len(premises) == 1:
            return self.ids[premises[0].title]
        self.problem(
            relation.where,
            f"this {relation.type} is on <{node.title}>, which has {len(premises)} premises",
            "write the relation below the premise it is about: (n) [Premise] then an indented line",
        )
        return None

    def undercut_target(self, node: Node, relation: Relation) -> str | None:
        if node.kind == "statement":
            self.problem(
                relation.where,
                f"an undercut attacks an inference, but [{node.title}] is a statement",
                "undercut an argument <...> or write <_ below an inference line ----",
            )
            return None
        argument = self.doc.arguments[node.title]
        if node.conclusion is not None:
            return self.step_id(argument, node.conclusion, relation)
        if argument.pcs:
            return self.arg_ids[node.title]
        own = self.stands_for[node.title]
        outgoing = self.single_premise_supports.get(own, [])
        if len(outgoing) == 1:
            return str(outgoing[0])
        self.problem(
            relation.where,
            f"<{node.title}> has no premise-conclusion structure and supports "
            f"{'nothing' if not outgoing else f'{len(outgoing)} statements'}: "
            "its inference is unknown",
            "reconstruct it with (1) premises, ---- and a conclusion, then undercut it",
        )
        return None

    def build_relations(self) -> None:
        attacks: list[tuple[str, str, str, Relation]] = []
        seen: set[tuple[str, str, str]] = set()
        counter = 0
        relations = self.doc.typed_relations()
        # supports first: an undercut of an argument may name the support it makes
        ordered = [r for r in relations if r.type in ("support", "entails")]
        ordered += [r for r in relations if r.type not in ("support", "entails")]
        for relation in ordered:
            kind: str = relation.type
            source = self.endpoint(relation.source, relation, "source")
            if kind == "undercut":
                target = self.undercut_target(relation.target, relation)
            else:
                target = self.endpoint(relation.target, relation, "target")
            if source is None or target is None:
                continue
            if kind in ("support", "entails"):
                key = ("support", source, target)
                if key in seen:
                    continue
                seen.add(key)
                counter += 1
                fields: dict[str, Any] = {
                    "id": self.fresh(f"r{counter}"),
                    "premises": [source],
                    "conclusion": target,
                }
                if kind == "entails":
                    fields["strict"] = True
                self.places[fields["id"]] = relation.where
                self.supports.append(fields)
                self.single_premise_supports.setdefault(source, []).append(fields["id"])
                continue
            attacks.append((kind, source, target, relation))
        premises = {p for s in self.supports for p in s["premises"]}
        conclusions = {s["conclusion"] for s in self.supports}
        overrides = self.attack_overrides()
        counter = 0
        for written, a, b, relation in attacks:
            kind = written
            if kind != "undercut":
                kind = "undermine" if b in premises and b not in conclusions else "rebut"
            counter += 1
            queue = overrides.get((a, b))
            override = queue.pop(0) if queue else {}
            if override.get("kind"):
                kind = str(override["kind"])
            key = (kind, a, b)
            if key in seen:
                continue
            seen.add(key)
            fields = {
                "id": override.get("id") or self.fresh(f"a{counter}"),
                "kind": kind,
                "source": a,
                "target": b,
            }
            if written == "contradictory":
                fields["contradictory"] = True
            for extra in ("question", "note"):
                if override.get(extra) is not None:
                    fields[extra] = override[extra]
            self.places[fields["id"]] = relation.where
            self.attacks.append(fields)

    def attack_overrides(self) -> dict[tuple[str, str], list[dict[str, Any]]]:
        """``argmap: {attacks: [{source, target, id, kind, question, note}]}`` in the
        front matter: what an exported map says about its attacks that Argdown
        cannot; entries for one source and target apply in order."""
        table: dict[tuple[str, str], list[dict[str, Any]]] = {}
        section = self.doc.front_matter.get("argmap")
        entries = section.get("attacks") if isinstance(section, dict) else None
        if not isinstance(entries, list):
            return table
        for entry in entries:
            if isinstance(entry, dict) and "source" in entry and "target" in entry:
                table.setdefault((str(entry["source"]), str(entry["target"])), []).append(entry)
        return table

    def fresh(self, base: str) -> str:
        candidate, n = base, 1
        while candidate in self.used:
            n += 1
            candidate = f"{base}-{n}"
        self.used.add(candidate)
        return candidate

    # -- the map ---------------------------------------------------------------------
    def build(self) -> ArgumentMap:
        self.statement_ids()
        self.build_statements()
        self.build_supports()
        self.build_relations()
        # supports from relations were appended; their ids are now known
        self.used.update(s["id"] for s in self.supports)
        fm = self.doc.front_matter
        data: dict[str, Any] = {
            k: fm[k] for k in _HEADER_KEYS if k in fm and fm[k] not in (None, [])
        }
        if "title" not in data:
            data["title"] = self.doc.sections[0].title if self.doc.sections else "Argdown map"
        data["statements"] = self.statements
        data["supports"] = self.supports
        data["attacks"] = self.attacks
        if self.problems:
            raise MapValidationError(self.problems, self.label)
        try:
            return ArgumentMap.model_validate(data)
        except ValidationError as exc:
            raise MapValidationError(self.from_pydantic(exc, data), self.label) from None
        except MapValidationError as exc:
            raise MapValidationError([self.locate(p) for p in exc.problems], self.label) from None

    def locate(self, problem: Problem) -> Problem:
        where = self.places.get(problem.id or "")
        if where is None and len(problem.path) >= 2 and isinstance(problem.path[1], int):
            group, index = problem.path[0], problem.path[1]
            items = {
                "statements": self.statements,
                "supports": self.supports,
                "attacks": self.attacks,
            }
            if group in items and index < len(items[str(group)]):
                where = self.places.get(items[str(group)][index]["id"])
        if where is None:
            return problem.located(self.label)
        return problem.located(where.file, where.line, where.column)

    def from_pydantic(self, exc: ValidationError, data: dict[str, Any]) -> list[Problem]:
        problems = []
        for error in exc.errors():
            loc = tuple(error["loc"])
            problems.append(self.locate(Problem(error["msg"], path=loc)))
        return problems


def document_to_map(doc: Document, label: str) -> ArgumentMap:
    """The map of a parsed Argdown document (see the module docstring).

    Raises
    ------
    MapValidationError
        Every problem found, each at the line and column of the Argdown text it
        comes from.
    """
    return _Mapper(doc, label).build()
