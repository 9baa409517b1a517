"""The legend: only what the diagram shows, in the diagram's language."""

from __future__ import annotations

from argmap.evaluation import Reading, evaluate
from argmap.frameworks import AF
from argmap.model import Stance
from argmap.render.dot import legend_node


def legend_text(lines: list[str]) -> str:
    return "\n".join(lines)


def test_a_framework_legend_lists_attacks_and_the_statuses_of_its_semantics() -> None:
    af = AF(["a", "b"], [("a", "b"), ("b", "a")])
    text = legend_text(legend_node(evaluate(af, "preferred"), "en", map_rows=False))
    assert "attacks" in text and "supports" not in text and "undercuts" not in text
    assert "Status under preferred" in text
    for shown in ("sceptically accepted", "credulously accepted only", "rejected: in no"):
        assert shown in text
    # Only present statuses beyond the first three: there is an extension, and no timeout.
    assert "no extension:" not in text and "unknown:" not in text


def test_unique_status_legend_shows_in_out_undecided() -> None:
    af = AF(["a", "b", "c"], [("a", "b"), ("c", "c")])
    text = legend_text(legend_node(evaluate(af, "grounded"), "fr", map_rows=False))
    assert "Statut selon la sémantique fondée" in text
    for name in ("accepté: accepté", "rejeté: rejeté", "indécis: ni accepté ni rejeté"):
        assert name in text


def test_a_map_legend_names_the_reading_derived_attacks_and_stances() -> None:
    lines = legend_node(
        None,
        "fr",
        strengths=True,
        strength_semantics="df-quad",
        derived=Reading.NECESSARY,
        reading=Reading.NECESSARY,
        stances=[Stance.ASSERTED, Stance.CONCEDED],
        speakers=[("#332288", "Ann & <Bob>")],
    )
    text = legend_text(lines)
    assert "Force selon la sémantique df-quad · lecture nécessaire" in text
    assert "attaque déduite du support nécessaire" in text
    assert "bord pointillé : énoncé sans être repris à son compte (concédé)" in text
    assert "Intervenants" in text and "Ann &amp; &lt;Bob&gt;" in text
    assert lines[0] == 'subgraph "cluster_legend" {' and lines[-1] == "}"
