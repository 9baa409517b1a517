"""Relations of a student's map checked against the model's, through the statement
alignment (:mod:`argmap.grading.align`).

A model relation is, in this order of preference, found **right** (same kind,
same ends), **regrouped** (a support with the same conclusion and some of the
same premises, linked where the model has separate reasons or the reverse),
found with the **wrong kind** (a rebut of the conclusion where the model
undercuts the inference, an undermine where it rebuts, a support where it
attacks, ...), found the **wrong way round**, or **missed**. A student relation
that answers no model relation is **extra**.
"""

from __future__ import annotations

from collections.abc import Mapping

from argmap.grading import RelationCheck
from argmap.model import ArgumentMap


def check_relations(
    student: ArgumentMap, model: ArgumentMap, to_model: Mapping[str, str]
) -> tuple[RelationCheck, ...]:
    """Every model relation's verdict, then the student's extra relations."""
    verdicts: dict[str, RelationCheck] = {}
    used: set[str] = set()
    support_of: dict[str, str] = {}  # student support → model support

    def claim(model_id: str, student_id: str, verdict: str, detail: str = "") -> None:
        verdicts[model_id] = RelationCheck(verdict, model_id, student_id, detail)
        used.add(student_id)

    mapped: dict[str, tuple[frozenset[str], str]] = {}
    for s in student.supports:
        mapped_premises = [to_model.get(p) for p in s.premises]
        mapped_conclusion = to_model.get(s.conclusion)
        known = [p for p in mapped_premises if p is not None]
        if mapped_conclusion is not None and len(known) == len(mapped_premises):
            mapped[s.id] = (frozenset(known), mapped_conclusion)
    for ms in model.supports:
        key = (frozenset(ms.premises), ms.conclusion)
        for s_id, s_key in mapped.items():
            if s_id not in used and s_key == key:
                claim(ms.id, s_id, "right")
                support_of[s_id] = ms.id
                break
    for ms in model.supports:
        if ms.id in verdicts:
            continue
        for s_id, (premises, conclusion) in mapped.items():
            if s_id not in used and conclusion == ms.conclusion and premises & set(ms.premises):
                shape = "linked" if len(premises) > 1 else "a single reason"
                model_shape = "linked" if ms.linked else "a single reason"
                claim(ms.id, s_id, "regrouped", f"{shape} where the model has {model_shape}")
                support_of[s_id] = ms.id
                break
    model_support = {ms.id: ms for ms in model.supports}

    def touches(target: str) -> set[str]:
        if target in model_support:
            found = model_support[target]
            return {target, found.conclusion, *found.premises}
        return {target}

    student_attacks: dict[str, tuple[str, str, str]] = {}
    for a in student.attacks:
        source = to_model.get(a.source)
        target = support_of.get(a.target) if a.kind.value == "undercut" else to_model.get(a.target)
        if source is not None and target is not None:
            student_attacks[a.id] = (source, target, a.kind.value)
    for ma in model.attacks:
        for a_id, triple in student_attacks.items():
            if a_id not in used and triple == (ma.source, ma.target, ma.kind.value):
                claim(ma.id, a_id, "right")
                break
    for ma in model.attacks:
        if ma.id in verdicts:
            continue
        for a_id, (source, target, kind) in student_attacks.items():
            if a_id in used:
                continue
            if source == ma.source and touches(target) & touches(ma.target):
                claim(ma.id, a_id, "wrong-kind", f"{kind} where the model has {ma.kind.value}")
                break
            if source == ma.target and target == ma.source:
                claim(ma.id, a_id, "wrong-direction", f"{target} attacks {source} in the model")
                break
        else:
            for s_id, (premises, conclusion) in mapped.items():
                if s_id not in used and ma.source in premises and conclusion in touches(ma.target):
                    claim(
                        ma.id, s_id, "wrong-kind", f"a support where the model has {ma.kind.value}"
                    )
                    break
    for ms in model.supports:
        if ms.id in verdicts:
            continue
        for s_id, (premises, conclusion) in mapped.items():
            if s_id not in used and premises == {ms.conclusion} and conclusion in ms.premises:
                claim(ms.id, s_id, "wrong-direction", "the support runs the other way")
                break
        else:
            for a_id, (source, target, kind) in student_attacks.items():
                if a_id not in used and source in ms.premises and target in touches(ms.conclusion):
                    claim(ms.id, a_id, "wrong-kind", f"a {kind} where the model has a support")
                    break
    model_ids = [r.id for r in model.supports] + [r.id for r in model.attacks]
    checks = [verdicts.get(rid, RelationCheck("missed", rid, None)) for rid in model_ids]
    student_ids = [r.id for r in student.supports] + [r.id for r in student.attacks]
    checks += [RelationCheck("extra", None, rid) for rid in student_ids if rid not in used]
    return tuple(checks)
