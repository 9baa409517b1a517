"""The DOT of maps: layout conventions, inferences, styles, statuses, strengths, derived attacks."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from argmap.evaluation import Status, evaluate
from argmap.frameworks.bipolar import ComplexAttack, DerivedAttack
from argmap.frameworks.map_bipolar import bipolar_framework
from argmap.model import ArgumentMap
from argmap.render.dot import (
    ATTACK_COLOUR,
    BAR_WIDTH,
    DERIVED_COLOUR,
    SUPPORT_COLOUR,
    format_strength,
    map_derived_attacks,
    map_to_dot,
    participant_colours,
    strength_fill,
    wrap_text,
)
from argmap.render.status import status_colour
from argmap.render.svg import render_svg
from tests.render.conftest import sample_map, sample_map_data
from tests.render.dot.parse import SVG, edges, nodes


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


def test_a_statement_its_speaker_does_not_hold_is_dotted_and_named() -> None:
    data = sample_map_data()
    data["statements"][1]["stance"] = "conceded"
    dot = map_to_dot(ArgumentMap.model_validate(data))
    table = nodes(dot)
    assert 'style="rounded,filled,dotted"' in table["st-ban"]
    assert 'class="statement claim conceded"' in table["st-ban"]
    assert "ban · Alice Martin · conceded" in table["st-ban"]
    assert "conceded by Alice Martin for the sake of argument" in table["st-ban"]
    assert "dotted border: voiced, not held by its speaker (conceded)" in table["legend"]
    french = nodes(map_to_dot(ArgumentMap.model_validate(data), language="fr"))
    assert "ban · Alice Martin · concédé" in french["st-ban"]
    assert "(concédé)" in french["legend"]


def test_asserted_statements_add_nothing_to_the_drawing(sample: ArgumentMap) -> None:
    dot = map_to_dot(sample)
    assert "dotted border" not in dot
    assert "said by" not in dot
    assert "dotted" not in nodes(dot)["st-ban"]


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
    grounded = map_to_dot(sample, statuses=evaluate(sample, "grounded", reading="abstract"))
    table = nodes(grounded)
    assert f'fillcolor="{status_colour(Status.IN)}"' in table["st-pollute"]
    assert "<B>✓</B>" in table["st-pollute"]
    assert (
        "<B>?</B>" in table["st-ban"]
        and f'fillcolor="{status_colour(Status.UNDEC)}"' in table["st-ban"]
    )
    assert 'label="✗"' in table["inf-s-shops"]  # the undercut inference
    assert "<B>" not in table["st-q"].split("label=")[1].split("BR")[0]  # the issue has no status
    assert "Status under grounded · abstract reading" in table["legend"]
    assert "undecided" in table["legend"]

    preferred = nodes(
        map_to_dot(sample, statuses=evaluate(sample, "preferred", reading="abstract"))
    )
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


def test_map_without_text_in_language_falls_back_to_english() -> None:
    data = sample_map_data()
    data["statements"][3]["text"] = {"en": "Only English."}
    dot = map_to_dot(ArgumentMap.model_validate(data), language="fr")
    assert "Only English." in dot


# -- strengths and derived attacks --------------------------------------------------------------


def bipolar_sample() -> ArgumentMap:
    """``p`` supports ``c`` (inference ``s``); ``u`` undermines ``p``; ``c`` rebuts ``d``.

    Deductive reading: ``s`` commits to ``p`` and to ``c``, so ``u`` attacks ``s``
    (mediated: ``s ⇒ p ; u → p``) and ``s`` attacks ``d`` (supported: ``s ⇒ c → d``).
    The paraphrases are hostile; the ids cannot be.
    """
    hostile = '"] ; x [label="pwned" <B>b</B> &amp; \\N'
    return ArgumentMap.model_validate(
        {
            "title": "t",
            "statements": [
                {"id": "c", "text": {"en": f"C {hostile}"}},
                {"id": "p", "text": {"en": f"P {hostile}"}},
                {"id": "u", "text": {"en": f"U {hostile}"}},
                {"id": "d", "text": {"en": f"D {hostile}"}},
            ],
            "supports": [{"id": "s", "premises": ["p"], "conclusion": "c"}],
            "attacks": [
                {"id": "x", "kind": "undermine", "source": "u", "target": "p"},
                {"id": "y", "kind": "rebut", "source": "c", "target": "d"},
            ],
        }
    )


def derived_edges(dot: str) -> list[tuple[str, str, str]]:
    return [(t, h, a) for t, h, a in edges(dot) if "derived-attack" in a]


def node_of(m: ArgumentMap, argument: str) -> str:
    return f"inf-{argument}" if argument in {s.id for s in m.supports} else f"st-{argument}"


@pytest.mark.parametrize("semantics", ["df-quad", "quadratic-energy", "h-categorizer"])
@pytest.mark.parametrize("support", [None, "necessary"])
def test_every_argument_shows_its_strength(
    sample: ArgumentMap, semantics: str, support: str | None
) -> None:
    result = evaluate(sample, semantics, reading=support)
    dot = map_to_dot(sample, strengths=result.strengths, strength_semantics=semantics)
    table = nodes(dot)
    assert set(result.strengths) == {s.id for s in sample.statements if s.id != "q"} | {
        s.id for s in sample.supports
    }
    for argument, value in result.strengths.items():
        attrs = table[node_of(sample, argument)]
        number = f"{min(max(value, 0.0), 1.0):.2f}"
        assert number == format_strength(value)
        if result.origin[argument] == "support":
            assert f'label="{number}"' in attrs
            assert f'fillcolor="{strength_fill(value)}"' in attrs
        else:
            filled = round(min(max(value, 0.0), 1.0) * BAR_WIDTH)
            bar = re.findall(r'<TD WIDTH="(\d+)" HEIGHT="\d+" FIXEDSIZE="TRUE" BGCOLOR', attrs)
            assert sum(int(w) for w in bar) == BAR_WIDTH
            assert bar[0] == str(filled) or (filled == 0 and bar == [str(BAR_WIDTH)])
            assert f">{number}</FONT>" in attrs
        assert f"strength {number})" in attrs  # in the tooltip too
    assert "WIDTH=" not in table["st-q"]  # the issue has no strength
    assert f"Strength under {semantics}" in table["legend"]
    assert "strength, from 0 (weakest) to 1 (strongest)" in table["legend"]
    assert "inference ◆: its strength" in table["legend"]


def test_strengths_render_and_read_in_the_svg(sample: ArgumentMap) -> None:
    result = evaluate(sample, "df-quad")
    assert result.gradual
    svg = render_svg(map_to_dot(sample, strengths=result.strengths))
    texts = {
        group.get("id"): [t.text for t in group.iter(f"{SVG}text")]
        for group in ET.fromstring(svg).iter(f"{SVG}g")
    }
    assert format_strength(result.strength("ban")) in texts["st-ban"]
    assert texts["inf-s-shops"] == [format_strength(result.strength("s-shops"))]
    assert "Strength" in " ".join(t or "" for t in texts["legend"])


def test_without_the_new_options_the_drawing_is_unchanged(sample: ArgumentMap) -> None:
    plain = map_to_dot(sample)
    assert map_to_dot(sample, strengths=None, derived_attacks=(), reading=None) == plain
    assert "derived" not in plain and "Strength" not in plain and 'TABLE BORDER="1"' not in plain


@pytest.mark.parametrize("support", ["deductive", "necessary", "evidential", "general"])
def test_derived_attacks_are_drawn_exactly(support: str) -> None:
    m = bipolar_sample()
    framework = bipolar_framework(m, support).framework
    direct = {(a.source, a.target) for a in m.attacks}
    expected = [
        (node_of(m, d.source), node_of(m, d.target), d.describe())
        for d in sorted(framework.derived_attacks(), key=lambda d: (d.source, d.target))
        if (d.source, d.target) not in direct
    ]
    assert expected  # every reading derives something on this map
    dot = map_to_dot(m, derived_attacks=map_derived_attacks(m, support), reading=support)
    drawn = [
        (t, h, re.search(r'tooltip="([^"]*)"', a).group(1))  # type: ignore[union-attr]
        for t, h, a in derived_edges(dot)
    ]
    assert drawn == expected
    for _, _, attrs in derived_edges(dot):
        assert f'color="{DERIVED_COLOUR}"' in attrs and "style=dotted" in attrs
        assert "constraint=false" in attrs
    legend = nodes(dot)["legend"]
    assert f"attack derived by {support} support" in legend
    assert f"{support} reading" not in legend  # no status nor strength: no heading


def test_deductive_reading_derives_a_mediated_and_a_supported_attack() -> None:
    m = bipolar_sample()
    derived = map_derived_attacks(m, "deductive")
    assert [(d.source, d.target, d.kind.value) for d in derived] == [
        ("s", "d", "supported"),
        ("u", "s", "mediated"),
    ]
    dot = map_to_dot(m, derived_attacks=derived)
    assert [(t, h) for t, h, _ in derived_edges(dot)] == [("inf-s", "st-d"), ("st-u", "inf-s")]
    tooltips = [re.findall(r'tooltip="([^"]*)"', a) for _, _, a in derived_edges(dot)]
    assert tooltips == [
        ["supported attack s → d: s ⇒ c → d"],
        ["mediated attack u → s: s ⇒ p ; u → p"],
    ]
    assert 'class="derived-attack mediated"' in derived_edges(dot)[1][2]


def test_derived_attacks_repeating_the_map_are_skipped_and_order_is_fixed() -> None:
    m = bipolar_sample()
    derived = map_derived_attacks(m, "deductive")
    fake = DerivedAttack("c", "d", ComplexAttack.SUPPORTED, derived[0].path)  # the map's rebut
    shuffled = map_to_dot(m, derived_attacks=[derived[1], fake, derived[0]])
    assert shuffled == map_to_dot(m, derived_attacks=derived)
    assert len(derived_edges(shuffled)) == 2


def test_derived_attack_on_something_else_is_an_error() -> None:
    m = bipolar_sample()
    stranger = DerivedAttack("u", "zz", ComplexAttack.SUPPORTED, ())
    with pytest.raises(ValueError, match="'zz', which is not a claim or an inference"):
        map_to_dot(m, derived_attacks=[stranger])
    with pytest.raises(ValueError, match="unknown reading 'sideways'"):
        map_to_dot(m, reading="sideways")
    with pytest.raises(ValueError, match="the abstract reading derives no attack"):
        map_derived_attacks(m, "abstract")


def test_derived_attacks_and_strengths_escape_hostile_text(nasty: ArgumentMap) -> None:
    result = evaluate(nasty, "df-quad", reading="necessary")
    derived = map_derived_attacks(nasty, "necessary")
    assert derived  # the undermine of by-car reaches s-shops and keep
    dot = map_to_dot(
        nasty, strengths=result.strengths, derived_attacks=derived, reading="necessary"
    )
    svg = render_svg(dot)
    root = ET.fromstring(svg)  # well-formed: nothing injected
    assert not list(root.iter(f"{SVG}script")) and not list(root.iter(f"{SVG}img"))
    texts = [t.text or "" for t in root.iter(f"{SVG}text")]
    assert any("<script>alert(1)</script>" in t for t in texts)
    titles = {
        group.get("id"): [
            a.get("{http://www.w3.org/1999/xlink}title") for a in group.iter(f"{SVG}a")
        ]
        for group in root.iter(f"{SVG}g")
        if group.get("class", "").startswith("edge")
    }
    for position, attack in enumerate(derived):
        assert titles[f"der-{position}"][0] == attack.describe()
    bipolar = bipolar_sample()
    svg = render_svg(map_to_dot(bipolar, derived_attacks=map_derived_attacks(bipolar, "deductive")))
    assert 'label="pwned"' not in svg
    assert "&quot;] ; x [label=&quot;pwned&quot; &lt;B&gt;b&lt;/B&gt; &amp;amp; \\N" in svg


def test_strengths_and_derived_attacks_are_deterministic(sample: ArgumentMap) -> None:
    def draw() -> str:
        m = sample_map()
        result = evaluate(m, "quadratic-energy", reading="deductive")
        return map_to_dot(
            m,
            strengths=result.strengths,
            strength_semantics="quadratic-energy",
            derived_attacks=map_derived_attacks(m, "deductive"),
            reading="deductive",
            cluster="speaker",
        )

    first, second = draw(), draw()
    assert first == second and derived_edges(first)
    assert render_svg(first) == render_svg(second)
    assert "Strength under quadratic-energy · deductive reading" in first


def test_support_tooltip_names_its_scheme_and_open_questions_escaped() -> None:
    m = ArgumentMap.model_validate(
        {
            "title": "t",
            "statements": [
                {"id": "a", "text": {"en": 'Cats "are" like dogs.'}},
                {"id": "b", "text": {"en": "Cats need walks."}},
            ],
            "supports": [{"id": "s", "premises": ["a"], "conclusion": "b", "scheme": "analogy"}],
        }
    )
    attrs = nodes(map_to_dot(m))["inf-s"]
    tooltip = re.search(r'tooltip="((?:[^"\\]|\\.)*)"', attrs).group(1)  # type: ignore[union-attr]
    assert tooltip.startswith("inference s: a → b — Argument from analogy; open critical")
    french = nodes(map_to_dot(m, language="fr"))["inf-s"]
    assert "Argument par analogie\u00a0; questions critiques ouvertes\u00a0:" in french


def test_attack_tooltips_and_the_legend_speak_the_diagram_language() -> None:
    m = sample_map()
    tooltips = {
        language: {
            t: re.search(r'tooltip="([^"]*)"', a).group(1)  # type: ignore[union-attr]
            for t, _, a in edges(map_to_dot(m, language=language))
            if 'class="attack' in a and t == "st-elsewhere"
        }
        for language in ("en", "fr")
    }
    assert tooltips["en"] == {"st-elsewhere": "a-else: elsewhere undercuts s-shops"}
    assert tooltips["fr"] == {"st-elsewhere": "a-else : elsewhere sape l'inférence s-shops"}
    eager = evaluate(m, "eager", reading="abstract")
    assert "Statut selon la sémantique avide" in map_to_dot(m, statuses=eager, language="fr")
