"""How explanations name the arguments of a map or a framework, in English and French.

An argument of a map is named by its speaker and its role in the debate (a
*position* on the issue, an *objection*, a *reason*, an *unstated premise*),
followed at its first mention by the speaker's point as a clause — "Martin's
objection — that the function must not be outsourced —" — and by the short
name alone after that. On a bare framework, arguments are named by their names
("argument b"). The role nouns come from :mod:`argmap.i18n`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType

from argmap.frameworks.abstract import ArgumentationFramework
from argmap.i18n import LANGUAGES, ROLES, VOICED, join, number, quoted
from argmap.model import ArgumentMap, Stance, StatementKind

HINT_WORDS = 6
"""Words of a paraphrase quoted to tell apart two statements with the same short name,
when no clause boundary comes sooner (see :data:`HINT_MAX_WORDS`)."""

HINT_MAX_WORDS = 16
"""The longest clause quoted whole to tell apart two statements: past it, the quote is
cut where a subordinate or coordinate clause begins, and only failing that mid-phrase."""


@dataclass(frozen=True)
class Phrase:
    """How an argument is named in one language.

    ``full`` is used at its first mention in a text, ``short`` after that, and
    ``anaphor`` (when set) when it is named again right after being named;
    ``feminine`` drives French agreement ("acceptée" / "accepté").
    """

    full: str
    short: str
    feminine: bool = False
    anaphor: str | None = None
    """"that objection" / "cette objection": names it right after its last mention."""
    quote: str | None = None
    """The whole paraphrase of a map statement (``full`` may say only its first clause)."""
    cite: str | None = None
    """How a list of reasons cites it: its whole paraphrase in quotation marks
    ("the unstated premise “…”" for an unstated one)."""


class Vocabulary:
    """The names of a framework's arguments in each language.

    Build it with :meth:`of_map` (named from the map's paraphrases and speakers)
    or :meth:`of_framework` (named by the arguments' names).

    Examples
    --------
    >>> m = ArgumentMap(title="t", participants=[{"id": "mar", "name": "Martin"}],
    ...     sources=[{"id": "src", "title": "Blog", "text": "No outsourcing. Hire."}],
    ...     statements=[
    ...     {"id": "keep", "text": {"en": "So the function must not be outsourced.",
    ...                              "fr": "Donc la fonction ne doit pas être sous-traitée."},
    ...      "provenance": {"source": "src", "speaker": "mar", "quote": "No outsourcing.",
    ...                     "span": [0, 15]}},
    ...     {"id": "agency", "text": {"en": "Why not hire an agency?"}}],
    ...     attacks=[{"id": "x", "kind": "rebut", "source": "keep", "target": "agency"}])
    >>> words = Vocabulary.of_map(m)
    >>> words.phrase("keep", "en").full
    "Martin's objection — that the function must not be outsourced —"
    >>> words.phrase("keep", "fr").full
    "l'objection de Martin — selon laquelle la fonction ne doit pas être sous-traitée —"
    >>> words.phrase("agency", "en").full
    'the claim “Why not hire an agency?”'
    >>> Vocabulary.of_framework(["a"]).phrase("a", "fr").full
    "l'argument a"
    """

    def __init__(
        self,
        phrases: Mapping[str, Mapping[str, Phrase]],
        reasons: Mapping[str, tuple[tuple[str, ...], ...]] | None = None,
    ) -> None:
        self._phrases = MappingProxyType({k: MappingProxyType(dict(v)) for k, v in phrases.items()})
        self._reasons = MappingProxyType(dict(reasons or {}))

    @classmethod
    def of_framework(cls, af: ArgumentationFramework | Iterable[str]) -> Vocabulary:
        """Names for a bare framework: "argument a" / "l'argument a"."""
        names = af.arguments if isinstance(af, ArgumentationFramework) else tuple(af)
        return cls(
            {
                a: {
                    "en": Phrase(f"argument {a}", f"argument {a}"),
                    "fr": Phrase(f"l'argument {a}", f"l'argument {a}"),
                }
                for a in names
            }
        )

    @classmethod
    def of_map(cls, m: ArgumentMap) -> Vocabulary:
        """Names for the statements and inferences of ``m`` (see the module docstring)."""
        reasons: dict[str, list[tuple[str, ...]]] = {}
        for support in m.supports:
            reasons.setdefault(support.conclusion, []).append(tuple(support.premises))
        return cls(_MapNamer(m).phrases(), {k: tuple(v) for k, v in reasons.items()})

    def reasons(self, argument: str) -> tuple[tuple[str, ...], ...]:
        """The reasons the map gives for ``argument``: the premises of each support of it.

        Several premises in one tuple are linked (they support it together);
        several tuples are independent reasons. Empty on a bare framework.
        """
        return self._reasons.get(argument, ())

    def phrase(self, argument: str, language: str) -> Phrase:
        """How ``argument`` is named in ``language`` (a bare name if it is unknown)."""
        found = self._phrases.get(argument)
        if found is None:
            return Vocabulary.of_framework([argument]).phrase(argument, language)
        return found.get(language) or found["en"]


_MARKERS = (
    "no",
    "yes",
    "so",
    "thus",
    "hence",
    "therefore",
    "moreover",
    "and",
    "in other words",
    "in short",
    "anticipated objection",
    "non",
    "oui",
    "donc",
    "ainsi",
    "de plus",
    "en outre",
    "et",
    "autrement dit",
    "bref",
    "objection anticipée",
)
_CONNECTIVES = ("so", "thus", "hence", "therefore", "and", "donc", "ainsi", "et")
_MARKER_RE = re.compile(
    r"^(?:(?:" + "|".join(re.escape(w) for w in sorted(_MARKERS, key=len, reverse=True)) + r")"
    r"\s*[,:]|(?:" + "|".join(_CONNECTIVES) + r"))\s+",
    re.IGNORECASE,
)
_NOT_A_SUBJECT = frozenset(
    {
        "better",
        "best",
        "let",
        "let's",
        "don't",
        "do",
        "please",
        "avoid",
        "mieux",
        "inutile",
        "évitons",
        "évitez",
    }
)
"""First words of elliptic or imperative sentences: they cannot follow "that"."""
_CLAUSE_END = re.compile(r"\s*[:;](?:\s|$)")
_HINT_END = re.compile(r"\s*(?:[,:;]|\s—)(?:\s|$)")
_VOWELS = "AEIOUYÀÂÄÉÈÊËÎÏÔÖÙÛÜaeiouyàâäéèêëîïôöùûü"


class _MapNamer:
    """Works out the role, speaker and clause of every statement of a map."""

    def __init__(self, m: ArgumentMap) -> None:
        self.m = m
        self.names = {p.id: p.name for p in m.participants}
        self.attacking = {a.source for a in m.attacks}
        self.premises = {p for s in m.supports for p in s.premises}
        self.proper = _proper_words(m)

    def role(self, statement_id: str) -> str:
        s = self.m.statement(statement_id)
        if s.implicit:
            return "unstated"
        if s.stance is Stance.ANTICIPATED:
            return "objection"
        if s.answers is not None:
            return "position"
        if s.id in self.attacking:
            return "objection"
        if s.id in self.premises:
            return "reason"
        return "claim"

    def speaker(self, statement_id: str) -> str | None:
        s = self.m.statement(statement_id)
        if s.provenance is None:
            return None
        return self.names.get(s.provenance.speaker, s.provenance.speaker)

    def heads(self, statement_id: str, language: str) -> str:
        """The role with its speaker: "Martin's objection", "l'objection de Martin".

        A statement its speaker voices without asserting it is named by how they
        voice it: "the position Duperrin concedes", "the objection Duperrin
        anticipates" (:data:`argmap.i18n.VOICED`).
        """
        role = ROLES[self.role(statement_id)].text(language)
        speaker = self.speaker(statement_id)
        stance = self.m.statement(statement_id).stance
        article = "l'" if role[0] in _VOWELS else "la "
        if speaker is not None and stance is not Stance.ASSERTED:
            template = VOICED[stance.value].text(language)
            if language == "fr" and speaker[0] in _VOWELS:
                template = template.replace("que {speaker}", "qu'{speaker}")
            return template.format(the=article, role=role, speaker=speaker)
        if language == "fr":
            if speaker is None:
                return f"{article}{role}"
            of = "d'" if speaker[0] in _VOWELS else "de "
            return f"{article}{role} {of}{speaker}"
        if speaker is None:
            return f"the {role}"
        return f"{speaker}'s {role}"

    def phrases(self) -> dict[str, dict[str, Phrase]]:
        statements = [s for s in self.m.statements if s.kind is not StatementKind.ISSUE]
        result: dict[str, dict[str, Phrase]] = {}
        for language in LANGUAGES:
            heads = {s.id: self.heads(s.id, language) for s in statements}
            counts: dict[str, int] = {}
            for head in heads.values():
                counts[head] = counts.get(head, 0) + 1
            opening, closing = ("« ", " »") if language == "fr" else ("“", "”")
            for s in statements:
                text = s.paraphrase(language)
                clause = _clause(text, self.proper)
                head = heads[s.id]
                hint = _hint(clause if clause is not None else text)
                quote = text.strip()
                short = head if counts[head] == 1 else f"{head} {opening}{hint}{closing}"
                role = ROLES[self.role(s.id)].text(language)
                anaphor = f"cette {role}" if language == "fr" else f"that {role}"
                whole = _unmarked(text) or text.strip()
                whole = whole[0].upper() + whole[1:]
                if whole.endswith(".") and not whole.endswith(("etc.", "..")):
                    whole = whole[:-1]
                quoted_text = quoted(whole, language)
                cite = quoted_text
                if s.implicit:
                    cite = f"{ROLES['unstated'].text(language)} {quoted_text}"
                    cite = ("la " if language == "fr" else "the ") + cite
                if clause is None:
                    full = f"{head} {quoted_text}"
                elif self.speaker(s.id) is None:
                    joiner = "selon laquelle" if language == "fr" else "that"
                    full = f"{head} {joiner} {clause}"
                else:
                    joiner = "selon laquelle " if language == "fr" else "that "
                    full = f"{head} — {joiner}{clause} —"
                result.setdefault(s.id, {})[language] = Phrase(
                    full, short, feminine=True, anaphor=anaphor, quote=quote, cite=cite
                )
        for support in self.m.supports:
            for language in LANGUAGES:
                conclusion = result[support.conclusion][language].short
                premises = [result[p][language].short for p in support.premises]
                if len(premises) > 2:
                    others = len(premises) - 1
                    if language == "fr":
                        more = number(others, "fr", feminine=True)
                        premises = [f"{premises[0]} et {more} autres prémisses"]
                    else:
                        premises = [f"{premises[0]} and {number(others, 'en')} other premises"]
                listed = join(premises, language)
                if language == "fr":
                    full = f"l'inférence de {listed} à {conclusion}"
                    short = f"l'inférence qui mène à {conclusion}"
                else:
                    full = f"the inference from {listed} to {conclusion}"
                    short = f"the inference to {conclusion}"
                anaphor = "cette inférence" if language == "fr" else "that inference"
                result.setdefault(support.id, {})[language] = Phrase(
                    full, short, feminine=True, anaphor=anaphor
                )
        return result


def _proper_words(m: ArgumentMap) -> frozenset[str]:
    """Words written with a capital in the middle of a sentence somewhere in the map."""
    words: set[str] = set()
    for p in m.participants:
        words.update(p.name.split())
    for s in m.statements:
        for text in s.text.values():
            for match in re.finditer(r"(?<=[a-zà-ÿ,;] )([A-ZÀ-Ý][\w’'-]*)", text):
                words.add(match.group(1))
    return frozenset(words)


def _unmarked(text: str) -> str:
    """``text`` without its leading discourse markers ("So,", "No:", "Donc,").

    >>> _unmarked("So, in a way, it is a silo.")
    'in a way, it is a silo.'
    """
    clause = text.strip()
    while True:
        stripped = _MARKER_RE.sub("", clause, count=1)
        if stripped == clause:
            return clause
        clause = stripped


def _clause(text: str, proper: frozenset[str]) -> str | None:
    """The paraphrase as a subordinate clause, or ``None`` when it does not read as one.

    Leading discourse markers ("So,", "No:", "Donc,") are dropped, the first
    letter lowered unless it starts a name, and the final full stop removed.
    Questions, exclamations, texts opening with a short label and a colon
    ("Ask HR: ...") and elliptic or imperative sentences ("Better pay an agency")
    are quoted instead. A colon or semicolon ends the clause: what follows it
    is left out (at a clause boundary, never mid-phrase), so that the clause
    never brings a colon of its own into the sentence around it.

    >>> _clause("Sitting high does not help: he is the fifth wheel.", frozenset())
    'sitting high does not help'
    >>> _clause("Better pay an outside agency.", frozenset()) is None
    True
    """
    clause = _unmarked(text)
    if not clause or clause[-1] in "?!":
        return None
    head = clause.split(":", 1)[0]
    if ":" in clause and len(head.split()) <= 3:
        return None
    opener = clause.split(maxsplit=1)[0].strip(",").lower()
    if opener in _NOT_A_SUBJECT:
        return None
    clause = _CLAUSE_END.split(clause, maxsplit=1)[0].rstrip(" .")
    words = clause.split()
    first = words[0].strip("“”«»\"'(") if words else ""
    second = words[1] if len(words) > 1 else ""
    keeps_capital = (
        not first
        or first in proper
        or (len(first) > 1 and first.isupper())
        or any(ch.isupper() for ch in first[1:])
        or (second[:1].isupper() and not second.isupper())
    )
    if keeps_capital:
        return clause
    position = clause.find(first[0])
    return clause[:position] + clause[position].lower() + clause[position + 1 :]


_CLAUSE_OPENERS = frozenset(
    {
        "that", "which", "who", "because", "if", "when", "while", "whereas", "but",
        "since", "unless", "although", "so",
        "que", "qu", "qui", "si", "s", "parce", "mais", "car", "lorsque", "quand",
        "puisque", "alors", "tandis", "sauf", "donc",
    }
)  # fmt: skip
"""Words that open a clause of their own: a quote may be cut just before them."""


def _balanced(text: str) -> bool:
    """Whether every quotation mark and bracket opened in ``text`` is closed."""
    return all(text.count(a) == text.count(b) for a, b in ("«»", "“”", "()", "[]"))


def _hint(text: str) -> str:
    """The first words of ``text``, to tell two statements apart, cut where a clause
    ends so that no quote stops mid-phrase.

    The first clause (up to a comma, colon, semicolon or dash) when it has from four
    to :data:`HINT_MAX_WORDS` words; a shorter one runs on to the next clause. A
    longer one is cut before the last word of :data:`HINT_MAX_WORDS` that opens a
    clause ("that", « que », "because" …) and marked "…". Only a clause with no such
    word is cut after :data:`HINT_WORDS` words.

    >>> _hint("advisers spread across the functions, not one head")
    'advisers spread across the functions'
    >>> _hint("naming a CSMO would send a very negative signal to the rest of the firm")
    'naming a CSMO would send a very negative signal to the rest of the firm'
    >>> _hint("Yes, but the benefits are not what they seem to be at first glance")
    'Yes, but the benefits are not what they seem to be at first glance'
    >>> _hint("the board would listen to a chief officer " * 2 + "because rank matters")
    'the board would listen to a chief officer the board would listen to a chief officer…'
    >>> _hint("one two three four five six seven eight nine ten eleven twelve " * 2)
    'one two three four five six…'
    """
    stripped = text.strip()
    ends = [m.start() for m in _HINT_END.finditer(stripped)] + [len(stripped)]
    first = stripped
    for end in ends:
        first = stripped[:end].rstrip(" .")
        if len(first.split()) >= 4:
            break
    words = first.split()
    if len(words) <= HINT_MAX_WORDS:
        return first
    openers = [
        k
        for k in range(4, HINT_MAX_WORDS + 1)
        if re.split(r"[’']", words[k].lower().strip('«»“”"(),'))[0] in _CLAUSE_OPENERS
        and _balanced(" ".join(words[:k]))
    ]
    if openers:
        return " ".join(words[: openers[-1]]).rstrip(",;:.") + "…"
    cut = " ".join(words[:HINT_WORDS]).rstrip(",;:.")
    return cut + "…"


__all__ = ["HINT_WORDS", "Phrase", "Vocabulary"]
