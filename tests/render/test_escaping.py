"""Hostile text renders literally in DOT and SVG: nothing injects attributes or markup."""

from __future__ import annotations

import unicodedata
import xml.etree.ElementTree as ET

import hypothesis.strategies as st
import pytest
from hypothesis import given, settings

from argmap.display_text import BIDI_CONTROLS, neutralise_bidi
from argmap.frameworks import AF
from argmap.model import ArgumentMap
from argmap.render.dot import clean_text, framework_to_dot, map_to_dot
from argmap.render.svg import render_svg

SVG = "{http://www.w3.org/2000/svg}"
XLINK_TITLE = "{http://www.w3.org/1999/xlink}title"

PAYLOADS = (
    '"] ; injected [label="pwned',
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "<B>bold?</B> <BR/> <TABLE>",
    "back\\slash \\N \\G \\E \\T \\H \\L \\n \\l \\r \\",
    "ends with a backslash\\",
    "{record|fields} <port> |pipe|",
    "&amp; &lt; &#65; &#x41; & ; &bogus;",
    "quotes \"double\" 'single' `back`",
    "Ünïcødé 中文 עברית العربية Ελληνικά 🙂",
    "-- --> <!-- ]]> <![CDATA[ x ]]>",
)


def node_texts(svg: str) -> dict[str, list[str]]:
    """The text lines of each node of an SVG, by the node's id."""
    found = {}
    for group in ET.fromstring(svg).iter(f"{SVG}g"):
        if group.get("class", "").startswith("node"):
            found[group.get("id", "")] = [t.text or "" for t in group.iter(f"{SVG}text")]
    return found


def tooltips(svg: str) -> list[str]:
    return [a.get(XLINK_TITLE, "") for a in ET.fromstring(svg).iter(f"{SVG}a")]


def hostile_map() -> ArgumentMap:
    statements = [{"id": "q.issue-1", "kind": "issue", "text": {"en": "Which?"}}]
    for position, payload in enumerate(PAYLOADS):
        statements.append(
            {
                "id": f"c.{position}-x_{position}",
                "text": {"en": payload},
                "provenance": {
                    "source": "src",
                    "speaker": "p-1.x",
                    "quote": "q",
                    "span": [0, 1],
                },
            }
        )
    return ArgumentMap.model_validate(
        {
            "title": PAYLOADS[0],
            "sources": [
                {
                    "id": "src",
                    "title": PAYLOADS[1],
                    "text": "q" * 10,
                    "sections": [{"id": "sec.1", "title": PAYLOADS[0], "span": [0, 10]}],
                }
            ],
            "participants": [{"id": "p-1.x", "name": PAYLOADS[2]}],
            "statements": statements,
            "supports": [{"id": "s.1-a", "premises": ["c.1-x_1"], "conclusion": "c.0-x_0"}],
            "attacks": [
                {"id": "a.1-b", "kind": "undercut", "source": "c.2-x_2", "target": "s.1-a"}
            ],
        }
    )


@pytest.mark.parametrize("cluster", ["none", "speaker", "section"])
def test_map_text_renders_literally(cluster: str) -> None:
    m = hostile_map()
    svg = render_svg(map_to_dot(m, cluster=cluster, wrap=500))  # type: ignore[arg-type]
    texts = node_texts(svg)
    # every node is there, and nothing else (no injected node)
    statement_nodes = {k for k in texts if k.startswith("st-")}
    assert statement_nodes == {f"st-{s.id}" for s in m.statements}
    assert "injected" not in texts
    for position, payload in enumerate(PAYLOADS):
        lines = texts[f"st-c.{position}-x_{position}"]
        assert lines[-1] == payload, position
        assert f"c.{position}-x_{position}: {payload} — {PAYLOADS[2]}: “q”" in tooltips(svg)
    legend = " ".join(texts["legend"])
    assert PAYLOADS[2] in legend  # the speaker's name
    if cluster != "none":
        titles = [t.text for t in ET.fromstring(svg).iter(f"{SVG}text")]
        expected = PAYLOADS[2] if cluster == "speaker" else PAYLOADS[0]
        assert expected in titles


def test_framework_names_render_literally() -> None:
    af = AF(list(PAYLOADS), [(PAYLOADS[0], PAYLOADS[1])])
    svg = render_svg(framework_to_dot(af))
    texts = node_texts(svg)
    assert [texts[f"arg-{i}"] for i in range(len(PAYLOADS))] == [[p] for p in PAYLOADS]
    assert [t for t in tooltips(svg) if t in PAYLOADS] == list(PAYLOADS)


def test_control_characters_are_dropped_and_line_breaks_become_spaces() -> None:
    assert clean_text("a\nb\r\nc\x00d\x1be\u2028f") == "a b  cde\u2028f"
    m = ArgumentMap(title="t", statements=[{"id": "a", "text": {"en": "one\ntwo\x07three"}}])
    svg = render_svg(map_to_dot(m))
    assert node_texts(svg)["st-a"][-1] == "one twothree"


_TEXT = st.text(
    alphabet=st.characters(
        blacklist_categories=("Cs", "Cc", "Co", "Cn", "Zl", "Zp"),
        blacklist_characters="\ufffe\uffff",
    )
    | st.sampled_from('"\\<>&{}|;[]=#%-'),
    min_size=1,
    max_size=40,
).filter(lambda s: s.strip() and all(unicodedata.category(c) != "Mn" for c in s[:1]))


@settings(max_examples=25, deadline=None)
@given(_TEXT)
def test_any_text_renders_literally(text: str) -> None:
    m = ArgumentMap(title="t", statements=[{"id": "a", "text": {"en": text}}])
    svg = render_svg(map_to_dot(m, wrap=500, legend=False))
    shown = node_texts(svg)["st-a"][-1]
    text = neutralise_bidi(text)  # bidi overrides are shown as [U+XXXX] markers
    assert " ".join(shown.split()) == " ".join(text.split())
    # Graphviz writes the second of two spaces as a no-break space, to keep it in SVG.
    assert [t.replace("\xa0", " ") for t in tooltips(svg)] == [f"a: {text}".replace("\xa0", " ")]


def test_bidi_overrides_are_shown_as_markers_in_dot_and_svg() -> None:
    text = "pay \u202eroF\u202c now \u2067isolated\u2069"
    m = ArgumentMap(title="t", statements=[{"id": "a", "text": {"en": text}}])
    dot = map_to_dot(m, wrap=500, legend=False)
    assert not any(c in dot for c in BIDI_CONTROLS)
    svg = render_svg(dot)
    assert not any(c in svg for c in BIDI_CONTROLS)
    assert node_texts(svg)["st-a"][-1] == ("pay [U+202E]roF[U+202C] now [U+2067]isolated[U+2069]")
