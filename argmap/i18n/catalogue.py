"""The words argmap shows to people, in English and French, each defined once.

Names of semantics, verdicts, the roles a statement plays in a debate, small
numbers, lists, and the typography of each language. Everything that writes
for readers (explanations, diagrams, the report, ``show``, the command line)
takes its words from here, so that one semantics never gets two French names.

Keys are plain strings (the ``value`` of the enums of the layers above), so that
this package depends on nothing else of argmap's.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import Literal

Language = Literal["en", "fr"]
"""The languages argmap writes in."""

LANGUAGES: tuple[Language, ...] = ("en", "fr")
"""The languages argmap writes in, English first."""

NBSP = "\u00a0"
"""The no-break space French typography puts before ; : ! ? and inside « »."""


def check_language(language: str) -> Language:
    """``language`` if argmap writes in it, else a :class:`ValueError` that lists them.

    >>> check_language("fr")
    'fr'
    >>> check_language("de")
    Traceback (most recent call last):
    ...
    ValueError: argmap writes in en, fr; not in 'de'
    """
    if language == "en":
        return "en"
    if language == "fr":
        return "fr"
    known = ", ".join(LANGUAGES)
    raise ValueError(f"argmap writes in {known}; not in {language!r}")


@dataclass(frozen=True)
class Word:
    """A word or phrase in each language; ``feminine`` is its French gender (nouns).

    >>> Word("objection", "objection", feminine=True).text("fr")
    'objection'
    """

    en: str
    fr: str
    feminine: bool = False

    def text(self, language: str) -> str:
        """The word in ``language``."""
        return self.fr if language == "fr" else self.en


@dataclass(frozen=True)
class Adjective:
    """An adjective whose French form agrees with its noun's gender.

    >>> Adjective("accepted", "acceptée", "accepté").text("fr", feminine=False)
    'accepté'
    """

    en: str
    fr_feminine: str
    fr_masculine: str

    def text(self, language: str, *, feminine: bool = True) -> str:
        """The adjective in ``language``, agreeing in French with a noun of that gender."""
        if language != "fr":
            return self.en
        return self.fr_feminine if feminine else self.fr_masculine


def _same(word: str) -> Word:
    return Word(word, word, feminine=True)


SEMANTICS: Mapping[str, Word] = MappingProxyType(
    {
        "conflict_free": Word("conflict-free", "sans conflit", feminine=True),
        "naive": Word("naive", "naïve", feminine=True),
        "admissible": _same("admissible"),
        "complete": Word("complete", "complète", feminine=True),
        "grounded": Word("grounded", "fondée", feminine=True),
        "preferred": Word("preferred", "préférée", feminine=True),
        "stable": _same("stable"),
        "semi_stable": _same("semi-stable"),
        "stage": _same("stage"),
        "ideal": Word("ideal", "idéale", feminine=True),
        "eager": Word("eager", "avide", feminine=True),
        "cf2": _same("cf2"),
        "stage2": _same("stage2"),
    }
)
"""The adjective naming each Dung semantics (keyed by ``Semantics.value``), agreeing
in French with « sémantique » and « extension »."""

GRADUAL_SEMANTICS: Mapping[str, Word] = MappingProxyType(
    {
        name: _same(name)
        for name in (
            "h-categorizer",
            "weighted-h-categorizer",
            "max-based",
            "card-based",
            "quad",
            "df-quad",
            "euler",
            "quadratic-energy",
            "mlp",
        )
    }
)
"""The name of each gradual semantics (keyed by ``GradualSemantics.value``): the
names of methods from the literature, the same in both languages."""


def semantics_name(semantics: str, language: str = "en", *, plural: bool = False) -> str:
    """The name of a semantics, extension-based or gradual, for readers.

    ``semantics`` is its ``value`` (or the ``Semantics`` / ``GradualSemantics``
    itself), with ``-`` or ``_`` between words. The English name is also the
    canonical spelling that the command line, the files and
    :func:`argmap.evaluation.parse_semantics` accept: lower case, ``-`` between
    words. ``plural`` gives the French plural, as in « les extensions préférées ».

    >>> semantics_name("semi_stable"), semantics_name("eager", "fr")
    ('semi-stable', 'avide')
    >>> semantics_name("preferred", "fr", plural=True)
    'préférées'
    >>> semantics_name("df_quad", "fr")
    'df-quad'
    """
    for key in (semantics, semantics.replace("-", "_"), semantics.replace("_", "-")):
        if key in GRADUAL_SEMANTICS:
            return GRADUAL_SEMANTICS[key].text(language)
        if key in SEMANTICS:
            word = SEMANTICS[key].text(language)
            if plural and language == "fr" and word[-1].isalpha() and not word.endswith("s"):
                return word + "s"
            return word
    known = ", ".join(word.en for word in (*SEMANTICS.values(), *GRADUAL_SEMANTICS.values()))
    raise ValueError(f"unknown semantics {semantics!r}; choose one of: {known}")


READINGS: Mapping[str, Word] = MappingProxyType(
    {
        "structured": Word("structured", "structurée", feminine=True),
        "abstract": Word("abstract", "abstraite", feminine=True),
        "deductive": Word("deductive", "déductive", feminine=True),
        "necessary": Word("necessary", "nécessaire", feminine=True),
        "evidential": Word("evidential", "probante", feminine=True),
        "general": Word("general", "générale", feminine=True),
    }
)
"""The adjective naming each reading of a map (keyed by ``Reading.value``), agreeing in
French with « lecture »."""

READING_DESCRIPTIONS: Mapping[str, Word] = MappingProxyType(
    {
        "structured": Word(
            "ASPIC+ arguments: a claim that has reasons stands or falls with them",
            f"arguments ASPIC+{NBSP}: une affirmation qui a des raisons tient ou tombe avec elles",
        ),
        "abstract": Word(
            "every claim and inference is an argument; supports carry no attack",
            f"chaque affirmation et chaque inférence est un argument{NBSP}; les soutiens "
            "ne portent aucune attaque",
        ),
        "deductive": Word(
            "accepting the premises forces accepting the conclusion",
            "accepter les prémisses force à accepter la conclusion",
        ),
        "necessary": Word(
            "a conclusion can be accepted only if its premises are",
            "une conclusion ne peut être acceptée que si ses prémisses le sont",
        ),
        "evidential": Word(
            "a claim stands only on evidence that starts from an unsupported premise",
            "une affirmation ne tient que sur des preuves partant d'une prémisse non soutenue",
        ),
        "general": Word(
            "supports add the supported and secondary attacks of bipolar frameworks",
            "les soutiens ajoutent les attaques supportées et secondaires des cadres bipolaires",
        ),
    }
)
"""What each reading does with a map, in one line."""


def reading_name(reading: str, language: str = "en") -> str:
    """The name of a reading (its ``Reading.value``) for readers.

    >>> reading_name("abstract"), reading_name("evidential", "fr")
    ('abstract', 'probante')
    """
    return READINGS[reading].text(language)


def reading_description(reading: str, language: str = "en") -> str:
    """One line saying what a reading (its ``Reading.value``) does with the map.

    >>> reading_description("necessary")
    'a conclusion can be accepted only if its premises are'
    """
    return READING_DESCRIPTIONS[reading].text(language)


VERDICTS: Mapping[str, Adjective] = MappingProxyType(
    {
        "accepted": Adjective("accepted", "acceptée", "accepté"),
        "credulous": Adjective(
            "accepted in some extensions only",
            "acceptée dans certaines extensions seulement",
            "accepté dans certaines extensions seulement",
        ),
        "undecided": Adjective("undecided", "indécise", "indécis"),
        "rejected": Adjective("rejected", "rejetée", "rejeté"),
    }
)
"""The verdict on an argument as explanations word it (keyed by the explanations'
``Status.value``)."""


ROLES: Mapping[str, Word] = MappingProxyType(
    {
        "unstated": Word("unstated premise", "prémisse implicite", feminine=True),
        "position": Word("position", "position", feminine=True),
        "objection": Word("objection", "objection", feminine=True),
        "reason": Word("reason", "raison", feminine=True),
        "claim": Word("claim", "affirmation", feminine=True),
        "inference": Word("inference", "inférence", feminine=True),
        "argument": Word("argument", "argument", feminine=False),
    }
)
"""What a statement is in a debate, as explanations name it."""


VOICED: Mapping[str, Word] = MappingProxyType(
    {
        "conceded": Word("the {role} {speaker} concedes", "{the}{role} que {speaker} concède"),
        "reported": Word("the {role} {speaker} reports", "{the}{role} que {speaker} rapporte"),
        "anticipated": Word(
            "the {role} {speaker} anticipates", "{the}{role} que {speaker} prête à ses lecteurs"
        ),
    }
)
"""How explanations name a statement its speaker voices without asserting it (keyed by
``Stance.value``): "the objection Duperrin anticipates", « l’objection que Duperrin
prête à ses lecteurs ». An anticipated statement is always an objection."""


_NUMBERS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "en": ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"),
        "fr": (
            "aucun",
            "un",
            "deux",
            "trois",
            "quatre",
            "cinq",
            "six",
            "sept",
            "huit",
            "neuf",
            "dix",
        ),
    }
)


def number(n: int, language: str, *, feminine: bool = False) -> str:
    """``n`` in words up to ten, in digits beyond; French agrees with ``feminine``.

    >>> number(3, "en"), number(1, "fr", feminine=True), number(12, "fr")
    ('three', 'une', '12')
    """
    words = _NUMBERS["fr" if language == "fr" else "en"]
    if not 0 <= n < len(words):
        return str(n)
    if language == "fr" and feminine and n in (0, 1):
        return ("aucune", "une")[n]
    return words[n]


@dataclass(frozen=True)
class Noun:
    """A countable noun in each language, singular and plural.

    >>> Noun("extension", "extensions", "extension", "extensions").text("fr", 2)
    'extensions'
    """

    en: str
    en_plural: str
    fr: str
    fr_plural: str

    def text(self, language: str, count: int = 1) -> str:
        """The noun in ``language``, agreeing with ``count``.

        English puts every count but 1 in the plural ("0 extensions"); French
        keeps 0 and 1 in the singular (« 0 extension »).
        """
        if language == "fr":
            return self.fr if count in (0, 1) else self.fr_plural
        return self.en if count == 1 else self.en_plural


def _noun(en: str, fr: str, *, en_plural: str | None = None, fr_plural: str | None = None) -> Noun:
    return Noun(en, en_plural or en + "s", fr, fr_plural or fr + "s")


NOUNS: Mapping[str, Noun] = MappingProxyType(
    {
        "statement": _noun("statement", "affirmation"),
        "support": _noun("support", "soutien"),
        "attack": _noun("attack", "attaque"),
        "argument": _noun("argument", "argument"),
        "extension": _noun("extension", "extension"),
        "problem": _noun("problem", "problème"),
        "warning": _noun("warning", "avertissement"),
        "span": _noun("span", "position"),
        "comment": _noun("comment", "commentaire"),
        "item": _noun("item", "élément"),
        "exercise": _noun("exercise", "exercice"),
        "answer_file": _noun(
            "answer file", "fichier de réponses", fr_plural="fichiers de réponses"
        ),
        "point": _noun("point", "point"),
        "difference": _noun("difference", "différence"),
        "step": _noun("step", "étape"),
    }
)
"""The nouns argmap counts for readers, keyed by their English singular."""


def counted(n: int, noun: str, language: str = "en") -> str:
    """``n`` followed by ``noun`` (a key of :data:`NOUNS`) agreeing with it.

    >>> counted(1, "support"), counted(0, "extension"), counted(3, "problem")
    ('1 support', '0 extensions', '3 problems')
    >>> counted(0, "extension", "fr"), counted(1, "attack", "fr"), counted(2, "attack", "fr")
    ('0 extension', '1 attaque', '2 attaques')
    """
    return f"{n} {NOUNS[noun].text(language, n)}"


def digits(n: int, language: str) -> str:
    """``n`` in digits, thousands grouped as ``language`` writes them: "1,560" / « 1 560 ».

    >>> digits(1560, "en"), digits(1560, "fr") == "1\u00a0560", digits(12, "fr")
    ('1,560', True, '12')
    """
    grouped = f"{n:,}"
    return grouped.replace(",", NBSP) if language == "fr" else grouped


CONJUNCTIONS: Mapping[str, Word] = MappingProxyType(
    {"and": Word("and", "et"), "or": Word("or", "ou")}
)
"""The words that join the last two items of a list."""


def join(items: Sequence[str], language: str, conjunction: str = "and") -> str:
    """``items`` as a list: "a, b and c" / « a, b et c » (``conjunction``: and, or).

    >>> join(["a", "b", "c"], "fr", "or")
    'a, b ou c'
    """
    word = CONJUNCTIONS[conjunction].text(language)
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    return f"{', '.join(items[:-1])} {word} {items[-1]}"


def of_fr(phrase: str) -> str:
    """The French preposition « de » before ``phrase``, contracted and elided as French
    writes it: « du », « des », « d’ ».

    >>> of_fr("la prémisse implicite"), of_fr("le silo"), of_fr("les lecteurs")
    ('de la prémisse implicite', 'du silo', 'des lecteurs')
    >>> of_fr("Anne Onyme"), of_fr("« Oui mais »")
    ('d’Anne Onyme', 'de « Oui mais »')
    """
    lower = phrase.lower()
    if lower.startswith("le "):
        return "du " + phrase[3:]
    if lower.startswith("les "):
        return "des " + phrase[4:]
    if lower[:1] in set("aeiouyéèêëàâîïôûh"):
        return "d’" + phrase
    return "de " + phrase


def separator(language: str) -> str:
    """What separates the items of a list that hold commas: "; " / « ; »."""
    return f"{NBSP}; " if language == "fr" else "; "


def colon(language: str) -> str:
    """A colon before what follows: ": " / « : »."""
    return f"{NBSP}: " if language == "fr" else ": "


def quoted(text: str, language: str) -> str:
    """``text`` between the quotation marks of ``language``.

    >>> quoted("Tea", "en") == "“Tea”", quoted("Thé", "fr") == "«\\u00a0Thé\\u00a0»"
    (True, True)
    """
    if language == "fr":
        return f"«{NBSP}{text.strip()}{NBSP}»"
    return f"“{text.strip()}”"


_FR_BEFORE = re.compile(r"[ \u00a0\u202f]*([;:!?])(?=[\s»)\]]|$)")
_FR_OPEN = re.compile(r"«[ \u00a0\u202f]*")
_FR_CLOSE = re.compile(r"[ \u00a0\u202f]*»")


def typeset(text: str, language: str) -> str:
    """``text`` with the typography of ``language``.

    French gets its typographic apostrophe throughout, and a no-break space
    before ; : ! ? and inside « », so that a line never breaks there. English
    text is returned as it is.

    >>> typeset("l'objection : « oui »", "fr") == "l’objection\\u00a0: «\\u00a0oui\\u00a0»"
    True
    """
    if language != "fr":
        return text
    text = text.replace("'", "’")
    text = _FR_BEFORE.sub(NBSP + r"\1", text)
    text = _FR_OPEN.sub("«" + NBSP, text)
    return _FR_CLOSE.sub(NBSP + "»", text)
