"""The DOT of maps and frameworks: layout conventions, inferences, styles, statuses, legend."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from argmap.frameworks import AF
from argmap.model import ArgumentMap
from argmap.render.dot import (
    ATTACK_COLOUR,
    SUPPORT_COLOUR,
    framework_to_dot,
    map_to_dot,
    participant_colours,
    wrap_text,
)
from argmap.render.status import Status, status_colour, statuses_under
from argmap.render.svg import render_svg
from tests.render.conftest import sample_map_data

EDGE = re.compile(r'^\s*"(?P<tail>[^"]+)" -> "(?P<head>[^"]+)" \[(?P<attrs>.*)\];$')
NODE = re.compile(r'^\s*"(?P<name>[^"]+)" \[(?P<attrs>.*)\];$')
SVG = "{http://www.w3.org/2000/svg}"


def edges(dot: str) -> list[tuple[str, str, str]]:
    return [
        (m["tail"], m["head"], m["attrs"]) for line in dot.splitlines() if (m := EDGE.match(line))
    ]


def nodes(dot: str) -> dict[str, str]:
    return {m["name"]: m["attrs"] for line in dot.splitlines() if (m := NODE.match(line))}


def test_issue_on_top(sample: ArgumentMap) -> None:
    dot = map_to_dot(sample)
    assert dot.startswith("digraph argmap {")
    assert "rankdir=BT" in dot
    assert "penwidth=3" in nodes(dot)["st-q"]  # the issue's bold border
    answers = [(t, h) for t, h, a in edges(dot) if 'class="answers"' in a]
    assert answers == [("st-ban", "st-q"), ("st-keep", "st-q")]


def test_linked_premises_join_one_inference_node(sample: ArgumentMap) -> None:
    dot = map_to_dot(sample)
    into = [t for t, h, a in edges(dot) if h == "inf-s-health" and "support premise" in a]
    assert into == ["st-pollute", "st-health", "st-harm-rule"]
    out = [h for t, h, a in edges(dot) if t == "inf-s-health"]
    assert out == ["st-ban"]
    assert 'class="inference linked"' in nodes(dot)["inf-s-health"]
    assert "shape=diamond" in nodes(dot)["inf-s-safer"]
    # premises are not linked straight to the conclusion
    assert not [e for e in edges(dot) if e[:2] == ("st-pollute", "st-ban")]


def test_undercut_ends_on_the_inference_node(sample: ArgumentMap) -> None:
    dot = map_to_dot(sample)
    undercuts = [(t, h, a) for t, h, a in edges(dot) if "undercut" in a]
    assert [(t, h) for t, h, _ in undercuts] == [("st-elsewhere", "inf-s-shops")]
    assert "style=dotted" in undercuts[0][2] and "arrowhead=tee" in undercuts[0][2]
    svg = render_svg(dot)
    ids = {g.get("id") for g in ET.fromstring(svg).iter(f"{SVG}g")}
    assert {"inf-s-shops", "att-a-else", "st-elsewhere"} <= ids


def test_support_and_attack_differ_in_colour_and_shape(sample: ArgumentMap) -> None:
    styles = {}
    for _, _, attrs in edges(map_to_dot(sample)):
        kind = re.search(r'class="([^"]+)"', attrs)
        assert kind is not None
        styles[kind.group(1)] = attrs
    support, rebut = styles["support conclusion"], styles["attack rebut"]
    assert f'color="{SUPPORT_COLOUR}"' in support and "arrowhead=normal" in support
    assert f'color="{ATTACK_COLOUR}"' in rebut and "arrowhead=tee" in rebut
    assert "style=dashed" in styles["attack undermine"]
    assert "style=solid" in rebut


def test_implicit_premises_are_dashed(sample: ArgumentMap) -> None:
    table = nodes(map_to_dot(sample))
    assert 'style="rounded,filled,dashed"' in table["st-harm-rule"]
    assert "implicit premise" in table["st-keep"]
    assert "dashed" not in table["st-ban"]


def test_speakers_have_border_colours_and_a_legend(sample: ArgumentMap) -> None:
    colours = participant_colours(sample)
    dot = map_to_dot(sample)
    assert f'color="{colours["bob"]}"' in nodes(dot)["st-shops"]
    assert len(set(colours.values())) == 3
    legend = nodes(dot)["legend"]
    for name in ("Alice Martin", "Bob", "Carol", "undercuts", "implicit premise"):
        assert name in legend
    assert "legend" not in nodes(map_to_dot(sample, legend=False))


def test_statuses_fill_and_mark_every_argument(sample: ArgumentMap) -> None:
    grounded = map_to_dot(sample, statuses=statuses_under(sample, "grounded"))
    table = nodes(grounded)
    assert f'fillcolor="{status_colour(Status.IN)}"' in table["st-pollute"]
    assert "<B>✓</B>" in table["st-pollute"]
    assert (
        "<B>?</B>" in table["st-ban"]
        and f'fillcolor="{status_colour(Status.UNDEC)}"' in table["st-ban"]
    )
    assert 'label="✗"' in table["inf-s-shops"]  # the undercut inference
    assert "<B>" not in table["st-q"].split("label=")[1].split("BR")[0]  # the issue has no status
    assert "Status under grounded" in table["legend"] and "undecided" in table["legend"]

    preferred = nodes(map_to_dot(sample, statuses=statuses_under(sample, "preferred")))
    assert "<B>~</B>" in preferred["st-ban"]
    assert "<B>✓</B>" in preferred["st-can-act"]
    assert "credulously accepted only" in preferred["legend"]
    assert "sceptically accepted" in preferred["legend"]

    plain = nodes(map_to_dot(sample))
    assert "<B>" not in plain["st-ban"].split("label=")[1].split("BR")[0]


def test_language_choice(sample: ArgumentMap) -> None:
    french = map_to_dot(sample, language="fr")
    assert "Il faut interdire les voitures" in french and "Légende" in french
    assert "Cars should be banned from" in map_to_dot(sample, language="en")


@pytest.mark.parametrize("cluster", ["speaker", "section"])
def test_clusters(sample: ArgumentMap, cluster: str) -> None:
    dot = map_to_dot(sample, cluster=cluster)  # type: ignore[arg-type]
    names = re.findall(r'subgraph "(cluster_[^"]+)"', dot)
    if cluster == "speaker":
        assert names == [
            "cluster_speaker-alice",
            "cluster_speaker-bob",
            "cluster_speaker-carol",
            "cluster_legend",
        ]
        block = dot.split('subgraph "cluster_speaker-bob"')[1].split("}")[0]
        assert '"st-shops"' in block and '"st-by-car"' in block and '"st-ban"' not in block
    else:
        assert names == ["cluster_section-article", "cluster_section-comments", "cluster_legend"]
    render_svg(dot)  # Graphviz accepts it


def test_unknown_cluster_is_an_error(sample: ArgumentMap) -> None:
    with pytest.raises(ValueError, match="cluster 'colour' is not one of"):
        map_to_dot(sample, cluster="colour")  # type: ignore[arg-type]


def test_long_text_is_cut_with_the_full_text_in_the_tooltip() -> None:
    long = " ".join(f"word{i}" for i in range(80))
    m = ArgumentMap(title="t", statements=[{"id": "a", "text": {"en": long}}])
    attrs = nodes(map_to_dot(m, max_lines=2, wrap=20))["st-a"]
    assert attrs.count('<BR ALIGN="LEFT"/>') == 3  # meta line + 2 lines
    assert "…" in attrs
    assert f"a: {long}" in attrs  # the tooltip
    assert wrap_text("x" * 50, width=10, max_lines=None) == ["x" * 10] * 5


def test_large_maps_cut_labels_shorter() -> None:
    data = {
        "title": "big",
        "statements": [
            {"id": f"s{i}", "text": {"en": "lorem ipsum dolor sit amet " * 10}} for i in range(201)
        ],
    }
    attrs = nodes(map_to_dot(ArgumentMap.model_validate(data)))["st-s0"]
    assert attrs.count('<BR ALIGN="LEFT"/>') == 4  # meta line + 3 lines


def test_id_prefix_applies_to_every_id(sample: ArgumentMap) -> None:
    dot = map_to_dot(sample, id_prefix="fr-")
    ids = re.findall(r'\bid="([^"]+)"', dot)
    assert ids and all(i.startswith("fr-") for i in ids)


def test_framework_dot() -> None:
    af = AF(["a", "b", "c"], [("a", "b"), ("b", "c"), ("c", "c")])
    dot = framework_to_dot(af, statuses=statuses_under(af, "grounded"))
    assert [(t, h) for t, h, _ in edges(dot)] == [
        ("arg-0", "arg-1"),
        ("arg-1", "arg-2"),
        ("arg-2", "arg-2"),
    ]
    table = nodes(dot)
    assert 'label="✓ a"' in table["arg-0"] and 'label="✗ b"' in table["arg-1"]
    assert "Status under grounded" in table["legend"]
    svg = render_svg(dot)
    texts = [t.text for t in ET.fromstring(svg).iter(f"{SVG}text")]
    assert "✓ a" in texts and "? c" in texts


def test_map_without_text_in_language_falls_back_to_english() -> None:
    data = sample_map_data()
    data["statements"][3]["text"] = {"en": "Only English."}
    dot = map_to_dot(ArgumentMap.model_validate(data), language="fr")
    assert "Only English." in dot
