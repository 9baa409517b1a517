"""Whole-map checks: each rule on a small debate, reported where the author must look.

Every case below breaks one rule in an otherwise valid map written as a YAML file
would be, loads it, and checks the one problem reported: the file, line and column
of the value at fault, the id of the object, what is wrong, and the fix proposed.
"""

from __future__ import annotations

import textwrap
import time

import pytest

from argmap.io import loads_map
from argmap.model import ArgumentMap, MapValidationError, Problem, check_map
from argmap.model.hints import HINT_LIMIT
from argmap.model.problems import format_path
from argmap.model.types import Attack, Source, Statement

CHAT = "Alice: tea is good. Bob: no, coffee is better because it wakes you up. Ad: buy mugs!"
#       0         1         2         3         4         5         6         7         8
#       0123456789012345678901234567890123456789012345678901234567890123456789012345678901234

DEBATE = textwrap.dedent(
    f"""\
    title: Tea or coffee at the office
    sources:
      - id: chat
        title: The kitchen chat
        text: "{CHAT}"
        sections:
          - {{id: talk, title: The talk, span: [0, 71]}}
          - {{id: ad, title: Advert, span: [71, 84], chrome: true}}
    participants:
      - {{id: alice, name: Alice}}
      - {{id: bob, name: Bob}}
    statements:
      - id: q
        kind: issue
        text: {{en: Tea or coffee?}}
      - id: tea
        text: {{en: Tea is good.}}
        answers: q
        provenance: {{source: chat, speaker: alice, quote: tea is good, span: [7, 18]}}
      - id: coffee
        text: {{en: Coffee is better.}}
        answers: q
        provenance: {{source: chat, speaker: bob, quote: coffee is better, span: [29, 45]}}
      - id: wakes
        text: {{en: Coffee wakes you up.}}
        provenance: {{source: chat, speaker: bob, quote: it wakes you up, span: [54, 69]}}
      - id: same
        implicit: true
        text: {{en: Tea wakes you up as well.}}
    supports:
      - {{id: s1, premises: [wakes], conclusion: coffee}}
    attacks:
      - {{id: a1, kind: rebut, source: coffee, target: tea}}
      - {{id: a2, kind: undercut, source: same, target: s1}}
    preferences:
      - {{stronger: coffee, weaker: tea}}
    """
)


def test_the_debate_is_valid() -> None:
    m = loads_map(DEBATE, file="debate.yaml")
    assert [s.id for s in m.statements] == ["q", "tea", "coffee", "wakes", "same"]
    assert check_map(m) == []


def position(text: str, marker: str) -> tuple[int, int]:
    """The line and column (1-based) where ``marker``, found once in ``text``, starts."""
    assert text.count(marker) == 1, f"{marker!r} is not unique in the case's map"
    before = text[: text.index(marker)]
    return before.count("\n") + 1, len(before) - before.rfind("\n")


def only_problem(text: str) -> Problem:
    with pytest.raises(MapValidationError) as info:
        loads_map(text, file="debate.yaml")
    problems = info.value.problems
    assert len(problems) == 1, "\n".join(map(str, problems))
    return problems[0]


# (the change to the debate, the text that the problem must point at, the object's id,
#  what the message says, what the fix says)
Case = tuple[tuple[str, str], str, str, str, str]

CASES: dict[str, Case] = {
    # -- ids and references
    "duplicate id": (
        ("supports:\n", "  - id: tea\n    text: {en: Tea again.}\nsupports:\n"),
        "id: tea\n    text: {en: Tea again.}",
        "tea",
        "duplicate id 'tea': already used by statement statements[1]",
        "give every source, participant, statement, support and attack its own id",
    ),
    "misspelt reference": (
        ("source: coffee, target: tea}", "source: cofee, target: tea}"),
        "source: cofee",
        "a1",
        "attacker 'cofee' does not exist",
        "use the id of an existing statement (did you mean 'coffee'?)",
    ),
    "reference to the wrong kind of object": (
        ("speaker: alice", "speaker: chat"),
        "speaker: chat",
        "tea",
        "speaker 'chat' is a source, not a participant",
        "use the id of a participant",
    ),
    # -- sources
    "section past the end of the text": (
        ("span: [71, 84]", "span: [71, 99]"),
        "span: [71, 99]",
        "ad",
        "section span [71, 99] ends after the end of the source text (84 characters)",
        "keep spans within [0, 84]",
    ),
    # -- statements
    "answering a claim": (
        (
            "text: {en: Coffee is better.}\n    answers: q",
            "text: {en: Coffee is better.}\n    answers: tea",
        ),
        "answers: tea",
        "coffee",
        "`answers` names 'tea', which is a claim, not an issue",
        "point `answers` to a statement of kind issue",
    ),
    "an issue answering an issue": (
        ("kind: issue\n", "kind: issue\n    answers: q\n"),
        "answers: q\n    text: {en: Tea or",
        "q",
        "an issue cannot answer another issue",
        "remove `answers`, or make this statement a claim",
    ),
    "an issue as a premise": (
        ("kind: issue\n", "kind: issue\n    premise: true\n"),
        "premise: true",
        "q",
        "an issue is marked `premise`: a question is not asserted",
        "remove `premise: true`",
    ),
    "an implicit premise with a provenance": (
        (
            "implicit: true\n",
            "implicit: true\n    provenance: {speaker: alice}\n",
        ),
        "provenance: {speaker: alice}",
        "same",
        "an implicit premise has a provenance: nobody said it",
        "set `implicit: false` if the text says it",
    ),
    "a conceded issue": (
        ("kind: issue\n", "kind: issue\n    stance: conceded\n"),
        "stance: conceded",
        "q",
        "an issue cannot be conceded",
        "remove `stance`",
    ),
    "a reported implicit premise": (
        ("implicit: true\n", "implicit: true\n    stance: reported\n"),
        "stance: reported",
        "same",
        "an implicit premise cannot be reported: nobody said it",
        "quote the speaker who voices it",
    ),
    # -- quotes
    "quote not at its span": (
        ("quote: tea is good, span: [7, 18]", "quote: tea is good, span: [8, 19]"),
        "quote: tea is good",
        "tea",
        "quote is not found verbatim at span [8, 19]; the source has 'ea is good.' there",
        "the quote is found at [7, 18]: set `span` to that, or remove `span`",
    ),
    "span out of range": (
        ("span: [54, 69]", "span: [54, 690]"),
        "span: [54, 690]",
        "wakes",
        "span [54, 690] is out of range: the source has 84 characters",
        "keep the span within [0, 84]; the quote is found at [54, 69]",
    ),
    "quote misspelt": (
        ("quote: tea is good, span: [7, 18]", "quote: tea is god"),
        "quote: tea is god",
        "tea",
        "the quote is not found in the source; the closest passage is at [7, 18]",
        "copy the words exactly as in the source",
    ),
    "quote found twice": (
        ("quote: it wakes you up, span: [54, 69]", "quote: e"),
        "quote: e}",
        "wakes",
        "the quote occurs",
        "add `span: [start, end]` with the occurrence meant, or quote a few more words",
    ),
    "quote in page chrome": (
        (
            "quote: it wakes you up, span: [54, 69]",
            "quote: buy mugs, span: [75, 83]",
        ),
        "span: [75, 83]",
        "wakes",
        "quote lies in section 'ad', which is page chrome, not part of the debate",
        "quote the debate itself, not banners, ads or navigation",
    ),
    # -- supports
    "supporting an issue": (
        ("conclusion: coffee}", "conclusion: q}"),
        "conclusion: q}",
        "s1",
        "conclusion 'q' is an issue: a question is not supported",
        "support a claim that answers the issue (`answers:`) instead",
    ),
    "a premise twice": (
        ("premises: [wakes]", "premises: [wakes, wakes]"),
        "premises: [wakes, wakes]",
        "s1",
        "premise 'wakes' is listed twice",
        "list each co-premise once",
    ),
    "a statement supporting itself": (
        ("premises: [wakes]", "premises: [coffee]"),
        "coffee], conclusion",
        "s1",
        "'coffee' is both a premise and the conclusion",
        "a statement cannot support itself",
    ),
    "an issue as premise of a support": (
        ("premises: [wakes]", "premises: [q]"),
        "q], conclusion",
        "s1",
        "premise 'q' is an issue: a question supports nothing",
        "use a claim as premise",
    ),
    "a role for a statement that is not a premise": (
        ("conclusion: coffee}", "conclusion: coffee, roles: {tea: major}}"),
        "tea: major",
        "s1",
        "roles names 'tea', which is not a premise of this support",
        "give roles to the premises: wakes",
    ),
    "the same support twice": (
        (
            "conclusion: coffee}\n",
            "conclusion: coffee}\n  - {id: s2, premises: [wakes], conclusion: coffee}\n",
        ),
        "{id: s2",
        "s2",
        "the same premises already support the same conclusion in another support",
        "merge the two supports",
    ),
    # -- attacks
    "an issue attacking": (
        ("source: coffee, target: tea}", "source: q, target: tea}"),
        "source: q",
        "a1",
        "attacker 'q' is an issue: a question attacks nothing",
        "use a claim as attacker",
    ),
    "attacking an issue": (
        ("source: coffee, target: tea}", "source: coffee, target: q}"),
        "target: q",
        "a1",
        "target 'q' is an issue: a question cannot be attacked",
        "attack a position that answers the issue instead",
    ),
    "an undercut on a statement": (
        ("kind: undercut, source: same, target: s1", "kind: undercut, source: same, target: wakes"),
        "target: wakes",
        "a2",
        "an undercut attacks an inference, but 'wakes' is a statement",
        "give the id of the support it undercuts, or use `kind: rebut`",
    ),
    "a rebut on an inference": (
        ("kind: undercut, source: same, target: s1", "kind: rebut, source: same, target: s1"),
        "target: s1",
        "a2",
        "a rebut attacks a statement, but 's1' is a support (an inference)",
        "use `kind: undercut` to attack an inference",
    ),
    "an undermine on a conclusion": (
        (
            "kind: rebut, source: coffee, target: tea",
            "kind: undermine, source: tea, target: coffee",
        ),
        "target: coffee",
        "a1",
        "an undermine attacks a premise, but 'coffee' is not a premise of any support",
        "use `kind: rebut` to attack a claim, or add the support in which it is a premise",
    ),
    "a contradictory undercut": (
        ("source: same, target: s1}", "source: same, target: s1, contradictory: true}"),
        "contradictory: true",
        "a2",
        "an undercut cannot be `contradictory`",
        "remove `contradictory: true`",
    ),
    "an undercut on a strict inference": (
        ("conclusion: coffee}", "conclusion: coffee, strict: true}"),
        "target: s1",
        "a2",
        "an undercut attacks 's1', a strict inference, which admits no exception",
        "remove `strict: true` from 's1' if the inference can have exceptions",
    ),
    "the same attack twice": (
        (
            "target: tea}\n",
            "target: tea}\n  - {id: a3, kind: rebut, source: coffee, target: tea}\n",
        ),
        "{id: a3",
        "a3",
        "'coffee' already has a rebut on 'tea'",
        "remove the repeated attack",
    ),
    # -- preferences
    "preferring a statement to an inference": (
        ("{stronger: coffee, weaker: tea}", "{stronger: coffee, weaker: s1}"),
        "{stronger: coffee, weaker: s1}",
        "coffee>s1",
        "'coffee' is a statement but 's1' is a support",
        "compare premises with premises and inferences with inferences",
    ),
    "preferences in a circle": (
        (
            "{stronger: coffee, weaker: tea}\n",
            "{stronger: coffee, weaker: tea}\n  - {stronger: tea, weaker: wakes}\n"
            "  - {stronger: wakes, weaker: coffee}\n",
        ),
        "{stronger: wakes",
        "wakes>coffee",
        "the preferences go round in a circle: wakes > coffee > tea > wakes",
        "preferences are strict: remove or reverse one of them",
    ),
    "a statement preferred to itself": (
        ("{stronger: coffee, weaker: tea}", "{stronger: tea, weaker: tea}"),
        "{stronger: tea, weaker: tea}",
        "tea>tea",
        "the preferences go round in a circle: tea > tea",
        "preferences are strict",
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_each_rule_is_reported_where_the_author_must_look(name: str) -> None:
    (old, new), at, owner, message, fix = CASES[name]
    assert DEBATE.count(old) == 1, f"{name}: the change does not apply once"
    text = DEBATE.replace(old, new)
    problem = only_problem(text)
    line, column = position(text, at)
    assert (problem.file, problem.line, problem.column) == ("debate.yaml", line, column), str(
        problem
    )
    assert problem.id == owner
    assert message in problem.message
    assert fix in (problem.hint or "")
    shown = str(problem)
    assert shown.startswith(f"debate.yaml:{line}:{column}: [{owner}] ")
    assert f"\n    fix: {problem.hint}" in shown


def test_a_source_without_text_or_file_is_said_and_its_quotes_are_not_checked() -> None:
    text = DEBATE.replace(f'    text: "{CHAT}"\n', "")
    with pytest.raises(MapValidationError) as info:
        loads_map(text, file="debate.yaml")
    first, *quotes = info.value.problems
    assert (first.line, first.column, first.id) == (*position(text, "id: chat"), "chat")
    assert first.message == "source has neither a text nor a file"
    assert first.hint == "add `file: <path relative to the map>` or `text: ...`"
    assert [(p.id, p.path[-1]) for p in quotes] == [
        ("tea", "quote"),
        ("coffee", "quote"),
        ("wakes", "quote"),
    ]
    assert all("the text of source 'chat' is not loaded" in p.message for p in quotes)


def test_a_stance_needs_the_speaker_who_voices_it() -> None:
    data = loads_map(DEBATE).model_dump(mode="json")
    data["statements"].append({"id": "late", "text": {"en": "Too late."}, "stance": "anticipated"})
    with pytest.raises(MapValidationError) as info:
        ArgumentMap.model_validate(data)
    (problem,) = info.value.problems
    assert problem.id == "late" and problem.path == ("statements", 5, "stance")
    assert problem.message == "a anticipated statement needs the speaker who voices it"
    assert "add `provenance: {speaker: <participant id>}`" in (problem.hint or "")


def test_a_quote_in_a_source_whose_text_is_not_loaded_cannot_be_checked() -> None:
    m = loads_map(DEBATE)
    unread = Source(id="chat", title="The kitchen chat", file="chat.txt")
    problems = check_map(m.model_copy(update={"sources": (unread,)}))
    assert [p.id for p in problems] == ["tea", "coffee", "wakes"]
    assert all("the text of source 'chat' is not loaded" in p.message for p in problems)
    assert all(p.path[-1] == "quote" for p in problems)
    assert "load the map from its file (argmap.io.load)" in (problems[0].hint or "")
    # a source the loader could not read is said once, by the loader: not again per quote
    assert check_map(m.model_copy(update={"sources": (unread,)}), unread={"chat"}) == []


def test_every_problem_of_a_map_is_reported_at_once_in_document_order() -> None:
    text = (
        DEBATE.replace("speaker: alice", "speaker: alicia")
        .replace("premises: [wakes]", "premises: [wakes, wakes]")
        .replace("source: same, target: s1", "source: same, target: tea")
    )
    with pytest.raises(MapValidationError) as info:
        loads_map(text, file="debate.yaml")
    assert [p.id for p in info.value.problems] == ["tea", "s1", "a2"]
    first = str(info.value).splitlines()[0]
    assert first == "debate.yaml: 3 problems found:"


def test_a_reference_to_an_item_that_failed_on_its_own_is_not_reported_twice() -> None:
    text = DEBATE.replace("- id: wakes\n", "- id: wakes\n    weight: 2\n")
    with pytest.raises(MapValidationError) as info:
        loads_map(text, file="debate.yaml")
    assert [p.id for p in info.value.problems] == ["wakes"]
    assert "weight 2 is outside [0, 1]" in info.value.problems[0].message


@pytest.mark.parametrize(
    ("path", "shown"),
    [
        ((), ""),
        (("title",), "title"),
        (("statements", 3, "provenance", "span"), "statements[3].provenance.span"),
        (("supports", 0, "roles", "tea"), "supports[0].roles.tea"),
    ],
)
def test_paths_read_as_the_data_is_written(path: tuple[str | int, ...], shown: str) -> None:
    assert format_path(path) == shown


def test_a_problem_without_a_file_names_its_object_and_field() -> None:
    problem = Problem(
        "premise 'q' is an issue", ("supports", 0, "premises", 0), "s1", "use a claim"
    )
    assert (
        str(problem)
        == "[s1] premise 'q' is an issue (at supports[0].premises[0])\n    fix: use a claim"
    )
    assert str(problem.located("m.yaml", 4)).startswith("m.yaml:4: [s1] ")


def test_did_you_mean_hints_are_bounded_for_thousands_of_misspelled_references() -> None:
    count = 4000
    statements = [Statement(id=f"claim_{i}", text={"en": f"Claim {i}."}) for i in range(count)]
    attacks = [
        Attack(id=f"a{i}", kind="rebut", source=f"claim_{i}", target=f"clam_{i}")
        for i in range(count)
    ]
    m = ArgumentMap.model_construct(title="t", statements=statements, attacks=attacks)
    started = time.monotonic()
    problems = check_map(m)
    assert time.monotonic() - started < 10
    unknown = [p for p in problems if "does not exist" in p.message]
    assert len(unknown) == count
    hinted = [p for p in unknown if p.hint and "did you mean" in p.hint]
    assert len(hinted) == HINT_LIMIT
    assert "did you mean 'claim_0'?" in (unknown[0].hint or "")
