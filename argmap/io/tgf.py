"""The tgf format (Trivial Graph Format, as used by ICCMA 2015-2021).

One argument name per line, a line holding ``#``, then one ``ATTACKER ATTACKED`` pair
per line; blank lines are ignored. The usual layout is read by splitting the text and
checking that the pieces put back together give it exactly; any other layout, and any
problem, goes line by line, so that an error names its line (and column).
:mod:`argmap.io.iccma` chooses the format and reads the file.
"""

from __future__ import annotations

from argmap.frameworks.abstract import ArgumentationFramework
from argmap.io.iccma import IccmaFormatError, ReadingBudget, _framework, _rebuilt


def parse_tgf(text: str, source: str | None, budget: ReadingBudget) -> ArgumentationFramework:
    """The framework of tgf ``text``; :class:`IccmaFormatError` names the first problem."""
    plain = _tgf_plain(text)
    if plain is not None:
        return plain
    return _tgf_lines(text, source, budget)


def _tgf_plain(text: str) -> ArgumentationFramework | None:
    """The framework of a tgf file in the usual layout, or ``None`` when it is laid out
    otherwise or names an argument it does not list (:func:`_tgf_lines` says where).

    The usual layout: one name a line, a line ``#``, one ``ATTACKER ATTACKED`` pair a
    line, single spaces, ``\\n`` line ends, no blank line inside. Names and pairs are
    cut by :meth:`str.split` and vouched for by putting them back together.
    """
    listed, separator, attacks = ("\n" + text.strip() + "\n").partition("\n#\n")
    if not separator:
        return None
    names = listed.split()
    ends = attacks.split()
    first, second = ends[0::2], ends[1::2]
    if (
        _rebuilt(("\n", names), len(names)) != listed
        or len(first) != len(second)
        or _rebuilt((first, " ", second, "\n"), len(first)) != attacks
    ):
        return None
    if len(set(names)) != len(names):
        names = list(dict.fromkeys(names))
    position = dict(zip(names, range(len(names)), strict=True))
    try:
        sources = list(map(position.__getitem__, first))
        targets = list(map(position.__getitem__, second))
    except KeyError:
        return None
    # positions looked up among the arguments: nothing left to check
    return ArgumentationFramework.from_indices(names, sources, targets, checked=True)


def _tgf_lines(text: str, source: str | None, budget: ReadingBudget) -> ArgumentationFramework:
    """Read a tgf file line by line; raise at the first problem, naming its line."""
    names: dict[str, None] = {}
    sources: list[str] = []
    targets: list[str] = []
    seen: set[tuple[str, str]] = set()
    in_attacks = False
    for number, line in enumerate(text.splitlines(), start=1):
        budget.tick(number)
        tokens = line.split()
        if not tokens:
            continue
        if not in_attacks:
            if tokens[0] == "#":
                if len(tokens) > 1:
                    raise IccmaFormatError(
                        "the separator line holds more than '#'",
                        file=source,
                        line=number,
                        hint="put '#' alone on its line",
                    )
                in_attacks = True
            elif len(tokens) == 1:
                names.setdefault(tokens[0], None)
            else:
                raise IccmaFormatError(
                    f"argument line {line.strip()!r} holds {len(tokens)} names, not one",
                    file=source,
                    line=number,
                    hint="list one argument per line, then a line '#', then one "
                    "'ATTACKER ATTACKED' pair per line",
                )
            continue
        if len(tokens) != 2:
            raise IccmaFormatError(
                f"attack line {line.strip()!r} holds {len(tokens)} names, not two",
                file=source,
                line=number,
                hint="write one attack per line as 'ATTACKER ATTACKED'",
            )
        attacker, attacked = tokens
        for end_name in tokens:
            if end_name not in names:
                raise IccmaFormatError(
                    f"attack {attacker} -> {attacked} names {end_name!r}, which is not listed "
                    "before '#'",
                    file=source,
                    line=number,
                    column=line.index(end_name) + 1,
                    hint=f"add a line {end_name!r} before '#' or remove the attack",
                )
        if (attacker, attacked) not in seen:
            seen.add((attacker, attacked))
            sources.append(attacker)
            targets.append(attacked)
    return _framework(list(names), sources, targets)


def dumps_tgf(af: ArgumentationFramework) -> str:
    """``af`` as tgf text; names that tgf cannot hold raise :class:`IccmaFormatError`."""
    for name in af.arguments:
        if not name or name == "#" or any(c.isspace() for c in name):
            raise IccmaFormatError(
                f"argument {name!r} cannot be written in tgf (empty, '#', or holds a blank)",
                hint="rename the argument or write apx instead",
            )
    names = af.arguments
    lines = list(names)
    lines.append("#")
    for i, targets in enumerate(af.targets_of_index):
        lines.extend(f"{names[i]} {names[j]}" for j in targets)
    lines.append("")
    return "\n".join(lines)


__all__ = ["dumps_tgf", "parse_tgf"]
