"""The HTML report: one self-contained, escaped page with the data its script needs."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from argmap.evaluation import DEFAULT_READING, DEFAULT_SEMANTICS, Reading, evaluate, status_table
from argmap.model import ArgumentMap
from argmap.render.html import (
    EXPLANATION_MAP_LIMIT,
    GRADUAL_SEMANTICS,
    SET_SHOWN,
    STEP_DEPTH,
    WHAT_IF_MAP_LIMIT,
    explained_semantics,
    explanation_data,
    report_html,
    safe_url,
    source_blocks,
    templates_root,
    write_report,
)
from argmap.semantics import Semantics
from tests.render.conftest import XSS, nasty_map


class Page(HTMLParser):
    """Every start tag with its attributes, and the text of each script."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self.text: list[str] = []
        self._script: dict[str, str | None] | None = None
        self.feed(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag == "script":
            self._script = dict(attrs)
            self.scripts.append((self._script, ""))

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._script = None

    def handle_data(self, data: str) -> None:
        if self._script is not None:
            attrs, text = self.scripts[-1]
            self.scripts[-1] = (attrs, text + data)
        else:
            self.text.append(data)

    def all(self, tag: str) -> list[dict[str, str | None]]:
        return [attrs for name, attrs in self.tags if name == tag]

    def data(self) -> dict[str, object]:
        blob = [text for attrs, text in self.scripts if attrs.get("type") == "application/json"]
        assert len(blob) == 1
        loaded: dict[str, object] = json.loads(blob[0])
        return loaded


@pytest.fixture(scope="module")
def page_text() -> str:
    from tests.render.conftest import sample_map

    # the abstract reading: the sample map's positions rebut each other and disagree
    # across semantics there (under the structured reading one of them has no reason left)
    return report_html(sample_map(), reading="abstract")


def test_report_is_self_contained(page_text: str) -> None:
    page = Page(page_text)
    assert page.all("link") == [] and page.all("img") == [] and page.all("iframe") == []
    sources = [a.get("src") for _, a in page.tags if a.get("src")]
    assert sources == []
    hrefs = [a["href"] for _, a in page.tags if a.get("href")]
    assert hrefs == ["#map-pane", "https://example.org/cars"]
    assert not re.search(r"url\(", page_text)  # no stylesheet fetches either
    scripts = page.scripts
    blob = {"type": "application/json", "id": "argmap-data"}
    assert [attrs for attrs, _ in scripts] == [blob, {}]


def test_content_security_policy_allows_only_the_page_itself(page_text: str) -> None:
    page = Page(page_text)
    meta = [a for a in page.all("meta") if a.get("http-equiv") == "Content-Security-Policy"]
    assert len(meta) == 1
    policy = meta[0]["content"] or ""
    assert "default-src 'none'" in policy and "unsafe-inline" not in policy
    script = page.scripts[1][1]
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in policy


def test_data_blob_holds_every_semantics_and_statement(page_text: str) -> None:
    data: dict[str, Any] = Page(page_text).data()
    semantics = data["semantics"]
    assert [s["id"] for s in semantics] == [s.value for s in DEFAULT_SEMANTICS]
    codes = {status: info["code"] for status, info in data["statuses"].items()}
    assert len(set(codes.values())) == len(codes)  # one letter per status
    ban = data["arguments"].index("ban")
    grounded, preferred = semantics[0], semantics[2]
    assert len(grounded["codes"]) == len(data["arguments"])
    assert grounded["codes"][ban] == codes["undec"]
    assert preferred["codes"][ban] == codes["credulous"]
    assert grounded["unique"] and not preferred["unique"]
    statements = data["statements"]
    assert statements["ban"]["quote"] == "Cars should be banned from the city centre."
    assert statements["ban"]["speaker"] == "alice"
    assert statements["keep"]["kind"] == "implicit"
    assert statements["ban"]["attackedBy"] == [
        {"attack": "a-keep", "kind": "rebut", "source": "keep"}
    ]
    assert statements["ban"]["supportedBy"][0] == {
        "inference": "s-health",
        "premises": ["pollute", "health", "harm-rule"],
    }
    assert statements["pollute"]["supports"] == [{"inference": "s-health", "conclusion": "ban"}]
    assert statements["elsewhere"]["attacks"] == [
        {"attack": "a-else", "kind": "undercut", "target": "s-shops"}
    ]
    assert data["inferences"]["s-shops"]["attackedBy"] == [
        {"attack": "a-else", "kind": "undercut", "source": "elsewhere"}
    ]
    assert "explanation" not in statements["ban"]  # empty fields are left out
    assert "argument" not in statements["q"] and statements["ban"]["argument"] is True
    assert set(data["messages"]) == {"en", "fr"}
    assert data["speakers"]["bob"] == "Bob"


def test_data_blob_holds_the_statuses_under_every_reading(
    sample: ArgumentMap, page_text: str
) -> None:
    data: dict[str, Any] = Page(page_text).data()
    assert data["reading"] == "abstract" == data["explainedReading"]  # as page_text asks
    assert Page(report_html(sample)).data()["reading"] == DEFAULT_READING.value
    assert [r["id"] for r in data["readings"]] == [r.value for r in Reading]
    codes = {status: info["code"] for status, info in data["statuses"].items()}
    for entry in data["readings"]:
        table = status_table(sample, DEFAULT_SEMANTICS, reading=entry["id"])
        assert set(entry["codes"]) == {s["id"] for s in data["semantics"]}
        for result in table.results:
            expected = "".join(codes[result.statuses[a].value] for a in data["arguments"])
            assert entry["codes"][result.semantics.value] == expected
        assert entry["disagree"] == list(table.disagreements())
        assert set(entry["name"]) == {"en", "fr"}
    opening = next(r for r in data["readings"] if r["id"] == data["reading"])
    assert all(opening["codes"][s["id"]] == s["codes"] for s in data["semantics"])
    # grounded, under the necessary reading: the undermined premise takes s-shops down
    necessary = next(r for r in data["readings"] if r["id"] == "necessary")
    keep = data["arguments"].index("keep")
    assert necessary["codes"]["grounded"][keep] == codes["out"]
    page = Page(page_text)
    options = [a.get("value") for a in page.all("option")]
    assert all(r["id"] in options for r in data["readings"])


def test_the_page_opens_with_the_reading_asked_for(sample: ArgumentMap) -> None:
    data = Page(report_html(sample, semantics=["grounded"], reading="necessary")).data()
    assert data["reading"] == "necessary" == data["explainedReading"]
    table = status_table(sample, ["grounded"], reading="abstract")
    with pytest.raises(ValueError, match="the table given is under the abstract reading"):
        report_html(sample, table=table, reading="necessary")


def test_both_maps_and_their_ids(page_text: str) -> None:
    page = Page(page_text)
    maps = [a for a in page.all("div") if a.get("data-map")]
    assert [(m["data-map"], "hidden" in m) for m in maps] == [("en", False), ("fr", True)]
    ids = [a["id"] for _, a in page.tags if a.get("id")]
    assert len(ids) == len(set(ids))  # the two maps do not repeat ids
    assert "en-st-ban" in ids and "fr-st-ban" in ids and "en-inf-s-shops" in ids


def test_table_marks_disagreements_and_the_current_semantics(page_text: str) -> None:
    page = Page(page_text)
    rows = {a["data-row"]: a for a in page.all("tr") if a.get("data-row")}
    assert set(rows) >= {"ban", "can-act", "s-shops", "q"}
    assert rows["can-act"].get("class") == "disagree"
    assert rows["ban"].get("class") is None
    heads = [a for a in page.all("th") if a.get("data-sem")]
    assert [h["data-sem"] for h in heads if "current" in (h.get("class") or "")] == ["grounded"]
    cells = [a.get("class") or "" for a in page.all("td")]
    assert sum("current" in c for c in cells) == len(rows)  # one per row: the first semantics


def test_source_text_passages_and_chrome(sample: ArgumentMap, page_text: str) -> None:
    source = sample.sources[0]
    blocks = source_blocks(source, sample.statements)
    assert "".join(p.text for b in blocks for p in b.passages) == source.text
    assert [(b.section, b.chrome) for b in blocks] == [
        ("banner", True),
        ("article", False),
        ("comments", False),
        ("footer", True),
    ]
    quoted = {i for b in blocks for p in b.passages for i in p.statements}
    assert quoted == {s.id for s in sample.statements if s.provenance is not None}
    page = Page(page_text)
    marks = [a["data-statements"] for a in page.all("mark")]
    assert "ban" in marks and "pollute" in marks
    chrome = [a for a in page.all("details") if "chrome" in (a.get("class") or "")]
    assert len(chrome) == 2 and all("open" not in a for a in chrome)
    assert "Page furniture — not part of the debate" in page_text


def test_overlapping_quotes_share_a_passage() -> None:
    m = ArgumentMap.model_validate(
        {
            "title": "t",
            "sources": [{"id": "s", "title": "S", "text": "one two three"}],
            "participants": [{"id": "p", "name": "P"}],
            "statements": [
                {"id": "a", "text": {"en": "A"}, "provenance": _said("one two", 0)},
                {"id": "b", "text": {"en": "B"}, "provenance": _said("two three", 4)},
            ],
        }
    )
    (block,) = source_blocks(m.sources[0], m.statements)
    assert [(p.text, p.statements) for p in block.passages] == [
        ("one ", ("a",)),
        ("two", ("a", "b")),
        (" three", ("b",)),
    ]


def _said(quote: str, start: int) -> dict[str, object]:
    return {"source": "s", "speaker": "p", "quote": quote, "span": [start, start + len(quote)]}


def test_hostile_text_is_escaped_everywhere() -> None:
    text = report_html(nasty_map())
    page = Page(text)
    assert len(page.all("script")) == 2 and page.all("img") == [] and page.all("textarea") == []
    for _, attrs in page.tags:
        assert not any(name.startswith("on") for name in attrs), attrs
    hrefs = [a["href"] for _, a in page.tags if a.get("href")]
    assert hrefs == ["#map-pane"]  # the javascript: URL is not linked
    shown = "".join(page.text)
    for payload in (XSS[0] + " title", XSS[1], XSS[3], "javascript:alert(1)"):
        assert payload in shown
    blob = next(t for a, t in page.scripts if a.get("type") == "application/json")
    assert "<" not in blob and ">" not in blob  # nothing can close the script element
    assert json.loads(blob)["statements"]["ban"]["text"]["en"].startswith(XSS[0])


def test_explanations_and_language(sample: ArgumentMap) -> None:
    text = report_html(
        sample, language="fr", semantics=["preferred"], explanations={"ban": "<why> & how"}
    )
    page = Page(text)
    assert page.all("html")[0] == {"lang": "fr", "data-lang": "fr"}
    assert "Carte argumentative" in "".join(page.text)
    data: dict[str, Any] = page.data()
    assert data["statements"]["ban"]["explanation"] == "<why> & how"
    assert [s["id"] for s in data["semantics"]] == ["preferred"]
    with pytest.raises(ValueError, match="language 'de' is not supported"):
        report_html(sample, language="de")


def test_precomputed_table_and_determinism(sample: ArgumentMap, tmp_path: Path) -> None:
    table = status_table(sample, ["grounded", "stable"])
    first = report_html(sample, table=table)
    assert first == report_html(sample, table=table)
    write_report(sample, tmp_path / "r.html", table=table)
    assert (tmp_path / "r.html").read_text(encoding="utf-8") == first


def test_map_in_one_language_gets_one_svg() -> None:
    m = ArgumentMap(
        title="t",
        statements=[{"id": "a", "text": {"en": "A"}}, {"id": "b", "text": {"en": "B"}}],
        attacks=[{"id": "x", "kind": "rebut", "source": "a", "target": "b"}],
    )
    page = Page(report_html(m))
    assert [a["data-map"] for a in page.all("div") if a.get("data-map")] == ["all"]
    assert "m-st-a" in {a.get("id") for _, a in page.tags}


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://example.org/x?y=1#z", "https://example.org/x?y=1#z"),
        ("http://example.org", "http://example.org"),
        ("javascript:alert(1)", None),
        ("JaVaScRiPt:alert(1)", None),
        ("data:text/html,<script>", None),
        ("//example.org", None),
        ("https://exa mple.org", None),
        ("https:///nohost", None),
        ("ftp://example.org", None),
        (None, None),
    ],
)
def test_only_web_links_are_linked(url: str | None, expected: str | None) -> None:
    assert safe_url(url) == expected


def test_templates_are_found() -> None:
    root = templates_root()
    assert (root / "report.html.j2").is_file() and (root / "report.js").is_file()


@pytest.fixture(scope="module")
def csmo_page() -> tuple[ArgumentMap, dict[str, Any], str]:
    from argmap import corpus

    if "csmo" not in corpus.names():
        pytest.skip("the built-in CSMO debate is not in this checkout")
    m = corpus.load("csmo")
    text = report_html(m)
    data: dict[str, Any] = Page(text).data()
    return m, data, text


def test_csmo_blob_holds_explanations_what_if_and_strengths(
    csmo_page: tuple[ArgumentMap, dict[str, Any], str],
) -> None:
    m, data, text = csmo_page
    claims = [st.id for st in m.statements if st.kind.value != "issue"]
    assert set(data["explanations"]) == {"grounded", "preferred"}
    kinds: set[str] = set()

    def walk(steps: list[Any]) -> None:
        for step in steps:
            kinds.add(step["kind"])
            assert all(i in ("", "…") or i in data["gradual"]["arguments"] for i in step["ids"])
            assert len(step["ids"]) <= 2 + SET_SHOWN + 1, step
            walk(step.get("children", []))

    for explained in data["explanations"].values():
        assert set(explained) == set(claims)
        for entry in explained.values():
            assert set(entry["text"]) == {"en", "fr"}
            assert "semantics" in entry["text"]["en"] and "sémantique" in entry["text"]["fr"]
            walk(entry["steps"])
    # the default (structured) reading: every explanation walks the statement's arguments
    walked = {"argument", "argument_defeated", "premise", "answered"}
    attacked = {"attack_rebut", "attack_undermine", "attack_undercut"}
    assert walked | attacked <= kinds and not kinds & {"open", "opponent", "extension"}
    messages = json.loads((templates_root() / "report-messages.json").read_text("utf-8"))
    assert {f"step_{kind}" for kind in kinds | {"defence"}} <= set(messages["en"]) & set(
        messages["fr"]
    )
    assert set(data["whatIf"]) == {"grounded", "preferred"} and not data["whatIfLarge"]
    for entry in data["whatIf"]["grounded"].values():
        assert 0.0 <= entry["robustness"] <= 1.0 and entry["considered"] > 0
        for position, flip in enumerate(entry["flips"], start=1):
            assert set(flip["text"]) == {"en", "fr"}
            assert flip["text"]["en"].startswith(f"{position}. ")
            assert flip["ids"] and flip["after"] in ("accepted", "rejected", "undecided")
    assert any(entry["flips"] for entry in data["whatIf"]["grounded"].values())
    gradual = data["gradual"]
    assert gradual["semantics"] == list(GRADUAL_SEMANTICS)
    for name in GRADUAL_SEMANTICS:
        result = evaluate(m, name, reading="abstract")
        assert gradual["arguments"] == list(result.strengths)
        expected = [result.strengths[a] for a in gradual["arguments"]]
        assert gradual["strengths"][name] == pytest.approx(expected, abs=1e-6)
    page = Page(text)
    cells = [a for a in page.all("td") if a.get("data-gradual")]
    assert len(cells) == len(GRADUAL_SEMANTICS) * len(gradual["arguments"])


def test_structured_steps_walk_the_arguments(sample: ArgumentMap) -> None:
    data: dict[str, Any] = Page(report_html(sample)).data()
    assert data["explainedReading"] == "structured"
    keep = data["explanations"]["grounded"]["keep"]
    (argument,) = keep["steps"]
    assert argument["kind"] == "argument_defeated" and argument["ids"] == ["shops", "by-car"]
    attacks = {(a["kind"], tuple(a["ids"])): a["children"] for a in argument["children"]}
    assert attacks[("attack_undermine", ("on-foot", "by-car"))] == [
        {"kind": "attacker_accepted", "ids": ["on-foot"]}
    ]
    assert attacks[("attack_undercut", ("elsewhere", ""))] == [
        {"kind": "attacker_accepted", "ids": ["elsewhere"]}
    ]


def test_grounded_dispute_tree_and_defence_steps(sample: ArgumentMap) -> None:
    data: dict[str, Any] = Page(report_html(sample, reading="abstract")).data()
    by_car = data["explanations"]["grounded"]["by-car"]
    assert by_car["steps"] == [
        {
            "kind": "open",
            "ids": ["by-car"],
            "children": [{"kind": "opponent", "ids": ["on-foot", "by-car"]}],
        }
    ]
    assert "rejected under grounded semantics" in by_car["text"]["en"]
    assert "rejetée en sémantique fondée" in by_car["text"]["fr"]
    pollute = data["explanations"]["preferred"]["pollute"]["steps"]
    assert pollute[0]["kind"] == "extension" and pollute[0]["ids"][0] == "pollute"
    ban = data["explanations"]["preferred"]["ban"]["steps"]
    assert (ban[-1]["kind"], ban[-1]["ids"]) == ("not_sceptical", ["ban"])
    counter = ban[-1]["children"][0]  # a counter-extension follows
    assert counter["kind"].startswith("counter_") and "keep" in counter["ids"]
    flips = data["whatIf"]["grounded"]["by-car"]["flips"]
    assert flips[0]["ids"] == ["on-foot", "by-car"] and flips[0]["after"] == "accepted"
    assert flips[0]["text"]["en"].startswith("1. Removing")


def test_explained_semantics_can_be_chosen_and_are_limited_on_large_maps(
    sample: ArgumentMap,
) -> None:
    none: dict[str, Any] = Page(report_html(sample, explained=[])).data()
    assert none["explanations"] == {} and none["whatIf"] == {}
    stable: dict[str, Any] = Page(report_html(sample, explained=["stable", "naive"])).data()
    assert list(stable["explanations"]) == ["stable"]  # naive is not offered
    big = ArgumentMap(
        title="big",
        statements=[
            {"id": f"s{i}", "text": {"en": f"S {i}"}} for i in range(EXPLANATION_MAP_LIMIT + 1)
        ],
    )
    table = status_table(big, ["complete", "stable", "grounded", "preferred"])
    assert explained_semantics(big, table) == (Semantics.GROUNDED,)
    table = status_table(big, ["stable", "preferred"])
    assert explained_semantics(big, table) == (Semantics.STABLE,)
    assert WHAT_IF_MAP_LIMIT <= EXPLANATION_MAP_LIMIT


def test_hostile_text_in_explanations_stays_escaped() -> None:
    text = report_html(nasty_map())
    blob = next(t for a, t in Page(text).scripts if a.get("type") == "application/json")
    assert "<" not in blob and ">" not in blob
    data = json.loads(blob)
    prose = " ".join(
        entry["text"][lang]
        for explained in data["explanations"].values()
        for entry in explained.values()
        for lang in ("en", "fr")
    )
    heads = " ".join(e["head"]["en"] for e in data["whatIf"]["grounded"].values())
    for payload in XSS[:4]:
        assert payload in prose or payload.lower() in prose.lower()
    assert any(payload in heads for payload in XSS[:4])


def test_long_dispute_lines_are_cut() -> None:
    n = STEP_DEPTH + 20
    chain = ArgumentMap(
        title="chain",
        statements=[{"id": f"a{i}", "text": {"en": f"A {i}"}} for i in range(n)],
        attacks=[
            {"id": f"x{i}", "kind": "rebut", "source": f"a{i + 1}", "target": f"a{i}"}
            for i in range(n - 1)
        ],
    )
    steps = explanation_data(chain, Semantics.GROUNDED, Reading.ABSTRACT)["a0"]["steps"]
    depth, step = 0, steps[0]
    while "children" in step:
        depth, step = depth + 1, step["children"][0]
    assert step == {"kind": "more", "ids": []} and depth == STEP_DEPTH + 1


def test_details_say_how_the_speaker_voices_a_statement() -> None:
    from tests.render.conftest import sample_map_data

    data = sample_map_data()
    data["statements"][1]["stance"] = "anticipated"
    m = ArgumentMap.model_validate(data)
    blob: dict[str, Any] = Page(report_html(m, semantics=["grounded"], explained=())).data()
    stance = blob["statements"]["ban"]["stance"]
    assert stance["name"] == {"en": "anticipated objection", "fr": "objection anticipée"}
    assert stance["voicedBy"] == {
        "en": "an objection anticipated by Alice Martin",
        "fr": "objection anticipée par Alice Martin",
    }
    assert "stance" not in blob["statements"]["pollute"]  # asserted: nothing to say


def test_bidi_overrides_in_map_text_are_flagged_in_the_report() -> None:
    m = ArgumentMap.model_validate(
        {
            "title": "Refund \u202etnuocca\u202c policy",
            "statements": [
                {"id": "q", "kind": "issue", "text": {"en": "Which \u2067isolate\u2069?"}},
                {"id": "p", "answers": "q", "text": {"en": "Pay \u202eTSOC\u202c now"}},
            ],
        }
    )
    text = report_html(m)
    assert not any(c in text for c in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
    assert "Refund [U+202E]tnuocca[U+202C] policy" in text
    assert "Pay [U+202E]TSOC[U+202C] now" in text


def test_classroom_data_and_words_in_both_languages(sample: ArgumentMap) -> None:
    page = Page(report_html(sample, classroom=True))
    assert "in-classroom" in (page.all("html")[0].get("class") or "")
    data: dict[str, Any] = page.data()
    assert data["classroom"] is True
    assert data["title"] == {"en": sample.title, "fr": sample.title}
    assert data["plainWords"] == {
        "in": {"en": "accepted", "fr": "acceptée"},
        "out": {"en": "rejected", "fr": "rejetée"},
        "undec": {"en": "undecided", "fr": "indécise"},
    }
    said = [s for step in data["textOrder"] for s in step]
    assert sorted(said) == sorted(st.id for st in sample.statements)
    messages = json.loads((templates_root() / "report-messages.json").read_text("utf-8"))
    keys = {k for k in messages["en"] if k.startswith(("cr_", "table_"))}
    assert keys == {k for k in messages["fr"] if k.startswith(("cr_", "table_"))}
    same = {k for k in keys if messages["en"][k] == messages["fr"][k]}
    assert same == {"cr_simple", "cr_expert"}  # the same word in both languages


def test_titles_roles_and_sections_are_printed_in_each_language() -> None:
    from tests.render.conftest import sample_map_data

    raw = sample_map_data()
    raw["title"] = {"en": "Cars in town", "fr": "Les voitures en ville"}
    raw["description"] = {"en": "A debate.", "fr": "Un débat."}
    raw["participants"][0]["role"] = {"en": "author", "fr": "autrice"}
    m = ArgumentMap.model_validate(raw)
    page = Page(report_html(m, language="fr"))
    spans = [(a.get("lang"), a.get("class")) for a in page.all("span")]
    text = "".join(page.text)
    for word in ("Cars in town", "Les voitures en ville", "Un débat.", "autrice", "author"):
        assert word in text
    assert ("fr", "tr") in spans and ("en", "tr") in spans
    assert page.data()["title"] == {"en": "Cars in town", "fr": "Les voitures en ville"}
    assert "<title>Les voitures en ville</title>" in report_html(m, language="fr")
