"""The StructuredFramework: lookups, and the Dung framework of the defeats."""

from __future__ import annotations

import pytest

from argmap.frameworks.structured import ArgumentOrdering, structured_framework
from argmap.semantics.reasoning import enumerate_extensions
from tests.frameworks.structured.maps import build


def test_lookups_name_what_is_missing() -> None:
    sf = structured_framework(build(["c", "p"], {"s": (["p"], "c")}))
    assert sf.argument("c:s").premises == {"p"}
    with pytest.raises(KeyError, match="'c:t' is not an argument"):
        sf.argument("c:t")
    with pytest.raises(KeyError, match="'zz' is not an argument"):
        sf.subarguments("zz")
    assert sf.arguments_for("nothing") == ()


def test_attacks_on_an_argument_include_those_on_its_subarguments() -> None:
    m = build(
        ["p", "a", "b", "u", "x"],
        {"s": (["p"], "a"), "t": (["a"], "b")},
        [("undercut", "u", "s"), ("rebut", "x", "b")],
    )
    sf = structured_framework(m)
    assert [(a.attacker, a.on, a.kind.value) for a in sf.attacks_on("b:t")] == [
        ("u", "a:s", "undercut"),
        ("x", "b:t", "rebut"),
    ]
    assert sf.subarguments("b:t") == {"b:t", "a:s", "p"}


def test_defeats_only_are_in_the_dung_framework() -> None:
    m = build(
        ["a", "b"], {}, [("rebut", "a", "b")], contradictory=[0], weights={"a": 0.9, "b": 0.2}
    )
    sf = structured_framework(m, ordering=ArgumentOrdering())
    assert [(a.attacker, a.defeat) for a in sf.attacks] == [("b", False), ("a", True)]
    assert [(a.attacker, a.attacked) for a in sf.defeats] == [("a", "b")]
    assert sf.framework.sorted_attacks() == [("a", "b")]
    assert list(enumerate_extensions(sf.framework, "grounded").extensions) == [frozenset({"a"})]
    assert sf.ordering == ArgumentOrdering()


def test_the_same_map_gives_the_same_framework() -> None:
    m = build(
        ["p", "q", "a", "b", "u"],
        {"s": (["p"], "a"), "t": (["q"], "a"), "v": (["a"], "b")},
        [("undercut", "u", "s")],
    )
    first, again = structured_framework(m), structured_framework(m)
    assert first.arguments == again.arguments
    assert first.attacks == again.attacks
    assert first.framework.sorted_attacks() == again.framework.sorted_attacks()
