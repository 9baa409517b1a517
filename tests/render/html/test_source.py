"""The sources as the report shows them: the order in which the text says the statements."""

from __future__ import annotations

from argmap import corpus
from argmap.model import ArgumentMap
from argmap.render.html import text_order
from tests.render.conftest import sample_map


def _check_order(m: ArgumentMap) -> tuple[tuple[str, ...], ...]:
    steps = text_order(m)
    said = [statement for step in steps for statement in step]
    assert sorted(said) == sorted(st.id for st in m.statements)  # each exactly once
    starts = []
    for step in steps:
        spans = {
            (st.provenance.source, st.provenance.span[0])
            for st in map(m.statement, step)
            if st.provenance is not None and st.provenance.span is not None
        }
        assert len(spans) <= 1, step  # a step is one place in the text
        starts += spans
    assert starts == sorted(starts, key=lambda s: ([x.id for x in m.sources].index(s[0]), s[1]))
    return steps


def test_the_sample_is_said_in_the_order_of_its_text() -> None:
    m = sample_map()
    steps = _check_order(m)
    assert steps[0] == ("q",)  # the question is quoted: it comes where the text asks it
    implicit = [st.id for st in m.statements if st.implicit]
    assert implicit and all(s not in steps[0] for s in implicit)


def test_csmo_walks_the_article_passage_by_passage() -> None:
    m = corpus.load("csmo")
    steps = _check_order(m)
    assert steps[0] == tuple(st.id for st in m.issues)
    implicit = {st.id for st in m.statements if st.implicit}
    for statement in implicit:
        (arrival,) = [i for i, step in enumerate(steps) if statement in step]
        # an implicit premise comes once the rest of one of its inferences has come
        assert any(
            all(any(end in step for step in steps[: arrival + 1]) for end in support_ends)
            for support_ends in [
                {s.conclusion, *s.premises} - {statement}
                for s in m.supports
                if statement in s.premises
            ]
        ), statement
