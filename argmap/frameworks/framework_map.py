"""An abstract framework read as a map, so every map command takes an ICCMA file.

:func:`framework_map` is the inverse of the Dung translation of a map that has
only claims and rebuts (:func:`argmap.frameworks.translation.dung_framework`):
each argument becomes a claim, each attack a rebut, and translating the map back
gives the same framework. The map's ids are the argument names when they are
valid ids; other names (the numbers of ``.af``/``.i23`` files, names with
blanks) become ``a1``, ``a2``, ... by position, and every statement's text is
the argument's own name, so explanations and diagrams still speak of it.
"""

from __future__ import annotations

import re

from argmap.frameworks.abstract import ArgumentationFramework
from argmap.model import ArgumentMap
from argmap.model.types import is_identifier


def framework_map(af: ArgumentationFramework, title: str = "Abstract framework") -> ArgumentMap:
    """The map whose Dung framework is ``af`` (see the module docstring).

    Examples
    --------
    >>> af = ArgumentationFramework(["1", "2", "x y"], [("1", "2"), ("2", "x y")])
    >>> m = framework_map(af)
    >>> [(s.id, s.paraphrase()) for s in m.statements]
    [('a1', '1'), ('a2', '2'), ('a3', 'x y')]
    >>> [(a.source, a.target) for a in m.attacks]
    [('a1', 'a2'), ('a2', 'a3')]
    >>> from argmap.frameworks.translation import dung_framework
    >>> back = dung_framework(m).framework
    >>> back.arguments, back.sorted_attacks()
    (('a1', 'a2', 'a3'), [('a1', 'a2'), ('a2', 'a3')])
    """
    ids = statement_ids(af.arguments)
    statements = [{"id": ids[name], "text": {"en": name}} for name in af.arguments]
    attacks = [
        {"id": f"att-{number}", "kind": "rebut", "source": ids[a], "target": ids[b]}
        for number, (a, b) in enumerate(af.sorted_attacks(), start=1)
    ]
    return ArgumentMap.model_validate(
        {"title": title, "statements": statements, "attacks": attacks}
    )


def statement_ids(names: tuple[str, ...] | list[str]) -> dict[str, str]:
    """The statement id of each argument name: the name itself when every name is
    a valid id that no attack id can take, else ``a1``, ``a2``, ... by position.

    >>> statement_ids(["a", "b"]), statement_ids(["1", "b"])
    ({'a': 'a', 'b': 'b'}, {'1': 'a1', 'b': 'a2'})
    """
    if all(is_identifier(n) and not _ATTACK_ID.fullmatch(n) for n in names):
        return {name: name for name in names}
    return {name: f"a{position}" for position, name in enumerate(names, start=1)}


_ATTACK_ID = re.compile(r"att-\d+")
