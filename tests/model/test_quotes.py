"""Quotes without spans: computed when unique, candidates when ambiguous, the
closest passage when not found; attributed paraphrases; texts by language."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from argmap.model import ArgumentMap, MapValidationError, localised
from argmap.model.quotes import MAX_CANDIDATES, context, differences, locate_quote

TEXT = "Bob: I don’t like tea. Tea is bad for you. Coffee is better; coffee is better."


def a_map(*provenances: dict[str, Any], **changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "title": "Tea",
        "sources": [{"id": "chat", "title": "Chat", "text": TEXT}],
        "participants": [{"id": "bob", "name": "Bob"}],
        "statements": [
            {"id": f"s{i}", "text": {"en": f"Statement {i}."}, "provenance": p}
            for i, p in enumerate(provenances)
        ],
    }
    data.update(changes)
    return data


def quoted(quote: str, **extra: Any) -> dict[str, Any]:
    return {"source": "chat", "speaker": "bob", "quote": quote, **extra}


def test_a_quote_found_once_gets_its_span_computed() -> None:
    m = ArgumentMap.model_validate(a_map(quoted("Tea is bad for you")))
    prov = m.statement("s0").provenance
    assert prov is not None and prov.span == (23, 41)
    assert TEXT[23:41] == "Tea is bad for you"


def test_a_given_span_is_kept_and_checked() -> None:
    m = ArgumentMap.model_validate(a_map(quoted("coffee is better", span=[61, 77])))
    prov = m.statement("s0").provenance
    assert prov is not None and prov.span == (61, 77)


def test_an_ambiguous_quote_lists_its_candidates_with_context() -> None:
    with pytest.raises(MapValidationError) as caught:
        ArgumentMap.model_validate(a_map(quoted("is better")))
    (problem,) = caught.value.problems
    assert "occurs 2 times" in problem.message
    assert "[50, 59]" in problem.message and "[68, 77]" in problem.message
    assert "Coffee [is better]; coffee" in problem.message
    assert problem.hint is not None and "span" in problem.hint


def test_a_quote_not_found_shows_the_closest_passage_and_the_difference() -> None:
    with pytest.raises(MapValidationError) as caught:
        ArgumentMap.model_validate(a_map(quoted("I don't like tea")))
    (problem,) = caught.value.problems
    assert "not found" in problem.message
    assert "closest passage is at [5, 21]" in problem.message
    assert "the source has “don’t” where the quote has “don't”" in problem.message


def test_a_wrong_span_says_where_the_quote_is() -> None:
    with pytest.raises(MapValidationError) as caught:
        ArgumentMap.model_validate(a_map(quoted("Tea is bad for you", span=[0, 18])))
    (problem,) = caught.value.problems
    assert problem.hint is not None and "[23, 41]" in problem.hint


def test_a_speaker_without_a_quote_is_an_attributed_paraphrase() -> None:
    m = ArgumentMap.model_validate(a_map({"speaker": "bob"}, {"speaker": "bob", "source": "chat"}))
    prov = m.statement("s0").provenance
    assert prov is not None and prov.speaker == "bob" and prov.quote is None and prov.span is None
    with pytest.raises(MapValidationError, match="speaker 'alice' does not exist"):
        ArgumentMap.model_validate(a_map({"speaker": "alice"}))


def test_a_quote_needs_a_source_and_a_span_needs_a_quote() -> None:
    with pytest.raises(ValueError, match="a quote needs its `source`"):
        ArgumentMap.model_validate(a_map({"speaker": "bob", "quote": "tea"}))
    with pytest.raises(ValueError, match="a span needs the `quote`"):
        ArgumentMap.model_validate(a_map({"speaker": "bob", "source": "chat", "span": [0, 3]}))


def test_texts_by_language_in_title_description_sections_and_roles() -> None:
    data = a_map(
        title={"fr": "Thé", "en": "Tea"},
        description={"en": "A chat.", "fr": "Une conversation."},
        participants=[{"id": "bob", "name": "Bob", "role": {"en": "guest", "fr": "invité"}}],
        sources=[
            {
                "id": "chat",
                "title": {"en": "Chat"},
                "text": TEXT,
                "sections": [{"id": "all", "title": {"en": "All", "fr": "Tout"}, "span": [0, 5]}],
            }
        ],
    )
    m = ArgumentMap.model_validate(data)
    assert list(m.title) == ["en", "fr"]  # sorted: deterministic output
    assert localised(m.title, "fr") == "Thé"
    assert localised(m.participants[0].role or "", "fr") == "invité"
    assert localised(m.sources[0].sections[0].title, "de") == "All"
    with pytest.raises(ValueError, match="at least one language"):
        ArgumentMap.model_validate(a_map(title={}))


def test_maps_loaded_from_different_folders_are_equal() -> None:
    m = ArgumentMap.model_validate(a_map(quoted("Tea is bad for you")))
    assert m.with_origin("/a") == m.with_origin("/b")
    assert m.with_origin("/a").origin == "/a" and m.origin is None


def test_more_candidates_than_shown_are_counted() -> None:
    match = locate_quote("ab " * 20, "ab")
    assert match.count == 20
    assert len(match.spans) == MAX_CANDIDATES + 1
    assert match.unique is None


def test_closest_passage_on_a_long_source_is_found() -> None:
    filler = "lorem ipsum dolor sit amet " * 4000
    text = filler + "the committee decided, after long debate, to postpone. " + filler
    match = locate_quote(text, "the committee decided after a long debate to postpone")
    assert match.count == 0 and match.closest is not None
    start, end = match.closest
    assert text[start:end].startswith("the committee") and text[start:end].endswith("postpone")
    assert match.similarity > 0.9


def test_context_and_differences() -> None:
    assert context(TEXT, (23, 26), width=5) == "…tea. [Tea] is b…"
    assert differences("Tea is bad", "Tea is bad") == []
    assert differences("Tea  is bad", "Tea is bad") == ["the spacing or line breaks differ"]
    assert differences("Tea is bad", "Tea is very bad") == ["the quote adds “very”"]


@given(st.text(alphabet="ab c", max_size=40), st.text(alphabet="ab c", min_size=1, max_size=6))
def test_locate_agrees_with_str_find(text: str, quote: str) -> None:
    match = locate_quote(text, quote)
    expected = [i for i in range(len(text)) if text.startswith(quote, i)]
    assert match.count == len(expected)
    assert [s for s, _ in match.spans] == expected[: MAX_CANDIDATES + 1]
    if not expected and text:
        assert match.closest is not None
        start, end = match.closest
        assert 0 <= start <= end <= len(text)


def test_the_closest_passage_is_made_of_whole_words() -> None:
    match = locate_quote("Bob: tea is good. Ann: coffee is better.", "coffee is best")
    assert match.closest == (23, 39)
