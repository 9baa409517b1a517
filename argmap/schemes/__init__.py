"""Argumentation schemes and their critical questions, as data, in English and French.

The catalogue (``catalogue.yaml``, shipped with the package) follows the
compendium of Walton, Reed & Macagno (2008): each scheme has its premises, each
with a role (``major``, ``minor``, ``goal``, ``means`` ...), its conclusion, and
its critical questions. Each question is typed by the attack that would raise it
(Prakken 2010; Verheij 2003): a doubt about a premise **undermines** that
premise, a doubt about the step from premises to conclusion **undercuts** the
inference, a reason for the opposite conclusion **rebuts** it.

A map says which questions it takes up: a support or an attack names one with
``question: scheme.id`` (``expert_opinion.field``). The questions of an
argument's scheme that no relation takes up are its **open questions**: the weak
points a careful reader would still probe (:func:`open_questions`).
:func:`scheme_warnings` checks a map's use of schemes (a premise role missing,
a question that does not exist) and returns warnings, never errors.

References
----------
.. [1] D. Walton, C. Reed and F. Macagno, *Argumentation Schemes*, Cambridge
   University Press, 2008.
.. [2] H. Prakken, "On the nature of argument schemes", in *Dialectics, Dialogue
   and Argumentation*, College Publications, 2010, 167-185.
.. [3] B. Verheij, "Dialectical argumentation with argumentation schemes: an
   approach to legal logic", Artificial Intelligence and Law 11:167-195, 2003.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from types import MappingProxyType
from typing import Any, Literal

from argmap.model import ArgumentMap, Problem, Scheme, Support

AttackType = Literal["undermine", "undercut", "rebut"]
LANGUAGES = ("en", "fr")


@dataclass(frozen=True)
class Text:
    """A text in English and French."""

    en: str
    fr: str

    def __call__(self, language: str = "en") -> str:
        return self.fr if language == "fr" else self.en


@dataclass(frozen=True)
class Premise:
    """A premise of a scheme: its role and its pattern."""

    role: str
    text: Text


@dataclass(frozen=True)
class CriticalQuestion:
    """A critical question: its id (``scheme.question``), the attack that would raise
    it, the premise role it doubts (undermines only), and its wording."""

    id: str
    attack: AttackType
    premise: str | None
    text: Text


@dataclass(frozen=True)
class SchemeSpec:
    """One scheme of the catalogue."""

    scheme: Scheme
    name: Text
    source: str
    premises: tuple[Premise, ...]
    conclusion: Text
    questions: tuple[CriticalQuestion, ...]

    @property
    def roles(self) -> tuple[str, ...]:
        """The premise roles, in the scheme's order."""
        return tuple(p.role for p in self.premises)

    def question(self, qid: str) -> CriticalQuestion:
        """The question ``scheme.qid`` or ``qid`` (``KeyError`` otherwise)."""
        short = qid.rsplit(".", 1)[-1]
        for q in self.questions:
            if q.id.rsplit(".", 1)[-1] == short:
                return q
        raise KeyError(f"{self.scheme.value} has no critical question {qid!r}")


def _text(raw: Mapping[str, Any], where: str) -> Text:
    missing = [code for code in LANGUAGES if not isinstance(raw.get(code), str)]
    if missing:
        raise ValueError(f"catalogue: {where} lacks its {', '.join(missing)} text")
    return Text(raw["en"], raw["fr"])


@functools.cache
def catalogue() -> Mapping[Scheme, SchemeSpec]:
    """Every scheme of the catalogue, by :class:`~argmap.model.Scheme`.

    Examples
    --------
    >>> spec = catalogue()[Scheme.EXPERT_OPINION]
    >>> spec.name("fr"), spec.roles
    ('Argument d’autorité experte', ('major', 'minor'))
    >>> [(q.id, q.attack) for q in spec.questions][:2]
    [('expert_opinion.expertise', 'undermine'), ('expert_opinion.field', 'undercut')]
    """
    import yaml

    text = resources.files(__package__).joinpath("catalogue.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    specs: dict[Scheme, SchemeSpec] = {}
    for name, raw in data["schemes"].items():
        scheme = Scheme(name)
        premises = tuple(
            Premise(p["role"], _text(p["text"], f"{name} premise {p['role']}"))
            for p in raw["premises"]
        )
        roles = {p.role for p in premises}
        questions = []
        for q in raw["critical_questions"]:
            where = f"{name}.{q['id']}"
            if q["attack"] not in ("undermine", "undercut", "rebut"):
                raise ValueError(f"catalogue: {where} has attack {q['attack']!r}")
            if (q["attack"] == "undermine") != (q.get("premise") in roles):
                raise ValueError(f"catalogue: {where} must name a premise role iff it undermines")
            questions.append(
                CriticalQuestion(where, q["attack"], q.get("premise"), _text(q, where))
            )
        specs[scheme] = SchemeSpec(
            scheme,
            _text(raw["name"], f"{name} name"),
            raw["source"],
            premises,
            _text(raw["conclusion"], f"{name} conclusion"),
            tuple(questions),
        )
    return MappingProxyType(specs)


def question(qid: str) -> CriticalQuestion:
    """The critical question ``scheme.question`` (``KeyError`` naming what exists otherwise).

    Examples
    --------
    >>> question("analogy.differences").attack
    'undercut'
    """
    scheme_name, _, short = qid.partition(".")
    try:
        spec = catalogue()[Scheme(scheme_name)]
    except ValueError:
        raise KeyError(f"no scheme {scheme_name!r} in the catalogue") from None
    return spec.question(short)


def _bearing(m: ArgumentMap, support: Support) -> set[str]:
    """The map elements a relation may bear on to take up a question of ``support``:
    the support itself, its premises and its conclusion."""
    return {support.id, support.conclusion, *support.premises}


def taken_up(m: ArgumentMap, support: Support) -> dict[str, list[str]]:
    """The questions of ``support``'s scheme that relations of ``m`` take up: question
    id → the ids of the relations (attacks raising it, supports answering it)."""
    found: dict[str, list[str]] = {}
    if support.scheme is None:
        return found
    prefix = f"{support.scheme.value}."
    around = _bearing(m, support)
    for attack in m.attacks:
        if attack.question and attack.question.startswith(prefix) and attack.target in around:
            found.setdefault(attack.question, []).append(attack.id)
    for other in m.supports:
        if (
            other.id != support.id
            and other.question
            and other.question.startswith(prefix)
            and other.conclusion in around
        ):
            found.setdefault(other.question, []).append(other.id)
    return found


def open_questions(m: ArgumentMap, support_id: str) -> tuple[CriticalQuestion, ...]:
    """The critical questions of the support's scheme that no relation takes up.

    Examples
    --------
    >>> m = ArgumentMap(title="t", statements=[
    ...     {"id": "says", "text": {"en": "Dr A says smoking kills."}},
    ...     {"id": "kills", "text": {"en": "Smoking kills."}},
    ...     {"id": "paid", "text": {"en": "Dr A is paid by a rival."}}],
    ...     supports=[{"id": "s", "premises": ["says"], "conclusion": "kills",
    ...                "scheme": "expert_opinion"}],
    ...     attacks=[{"id": "x", "kind": "undercut", "source": "paid", "target": "s",
    ...               "question": "expert_opinion.trustworthiness"}])
    >>> [q.id.split(".")[1] for q in open_questions(m, "s")]
    ['expertise', 'field', 'opinion', 'consistency', 'backup_evidence']
    """
    support = m.support(support_id)
    if support.scheme is None:
        return ()
    spec = catalogue().get(support.scheme)
    if spec is None:
        return ()
    done = taken_up(m, support)
    return tuple(q for q in spec.questions if q.id not in done)


def scheme_warnings(m: ArgumentMap) -> list[Problem]:
    """What looks wrong in the map's use of schemes (warnings, not errors).

    * a support with a scheme but fewer premises than the scheme has roles, or
      whose ``roles`` leave one of the scheme's roles unfilled or name one the
      scheme does not have (a premise left implicit should be added as an
      implicit premise);
    * a ``question:`` that the catalogue does not have, or that belongs to a
      scheme the relation's target does not use.
    """
    problems: list[Problem] = []
    specs = catalogue()
    for i, support in enumerate(m.supports):
        spec = specs.get(support.scheme) if support.scheme else None
        if spec is None:
            continue
        path = ("supports", i)
        if support.roles:
            given = set(support.roles.values())
            for role in spec.roles:
                if role not in given:
                    pattern = next(p for p in spec.premises if p.role == role).text("en")
                    problems.append(
                        Problem(
                            f"the {spec.name('en').lower()} has no premise in the role "
                            f"{role!r} ({pattern})",
                            (*path, "roles"),
                            support.id,
                            "add that premise (as an implicit premise if nobody said it) "
                            "and give it the role",
                        )
                    )
            for premise, role in support.roles.items():
                if role not in spec.roles:
                    problems.append(
                        Problem(
                            f"role {role!r} of {premise!r} is not a role of the "
                            f"{spec.name('en').lower()}",
                            (*path, "roles", premise),
                            support.id,
                            f"use one of: {', '.join(spec.roles)}",
                        )
                    )
        elif len(support.premises) < len(spec.premises):
            problems.append(
                Problem(
                    f"the {spec.name('en').lower()} has {len(spec.premises)} premises "
                    f"({', '.join(spec.roles)}); this support gives {len(support.premises)}",
                    (*path, "premises"),
                    support.id,
                    "add the missing premise as an implicit premise, or name the roles "
                    "with `roles:`",
                )
            )
    relations: list[tuple[str, int, str, str | None, str]] = [
        ("supports", i, s.id, s.question, s.conclusion) for i, s in enumerate(m.supports)
    ]
    relations += [("attacks", i, a.id, a.question, a.target) for i, a in enumerate(m.attacks)]
    for group, i, rid, qid, target in relations:
        if qid is None:
            continue
        try:
            question(qid)
        except KeyError as exc:
            problems.append(
                Problem(
                    str(exc.args[0]),
                    (group, i, "question"),
                    rid,
                    "see `argmap schemes` for the critical questions of each scheme",
                )
            )
            continue
        scheme_name = qid.split(".", 1)[0]
        bears = any(
            s.scheme is not None and s.scheme.value == scheme_name and target in _bearing(m, s)
            for s in m.supports
            if s.id != rid
        )
        if not bears:
            problems.append(
                Problem(
                    f"question {qid!r} belongs to no "
                    f"{scheme_name.replace('_', ' ')} argument this relation bears on",
                    (group, i, "question"),
                    rid,
                    "aim the relation at the argument (its inference, a premise or its "
                    "conclusion), or name a question of that argument's scheme",
                )
            )
    return problems


__all__ = [
    "CriticalQuestion",
    "Premise",
    "SchemeSpec",
    "Text",
    "catalogue",
    "open_questions",
    "question",
    "scheme_warnings",
    "taken_up",
]
