"""The words of the structural critique (:mod:`argmap.critique`), in English and French:
what is found, why it matters, what to do. Placeholders name the values of a finding
(``{claim}``...); ``{q}`` and ``{/q}`` open and close quotation marks, which
:func:`render` makes “ ” or « » with French typography (:func:`~argmap.i18n.typeset`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from argmap.i18n.catalogue import NBSP, Word, colon, typeset

_PLACEHOLDER = re.compile(r"\{(/?[a-z_]+)\}")

WORDING: dict[str, dict[str, dict[str, str]]] = {
    "position-without-reason": {
        "message": {
            "en": "The position {q}{claim}{/q} is attacked but given no reason",
            "fr": "La position {q}{claim}{/q} est attaquée mais n’a aucune raison",
        },
        "why": {
            "en": "A position that rests on nothing cannot be defended, and nothing tells the "
            "reader why anyone holds it.",
            "fr": "Une position qui ne repose sur rien ne peut être défendue, et rien ne dit au "
            "lecteur pourquoi on la soutient.",
        },
        "action": {
            "en": "Find the reasons the text gives for it and add them as supports; if the text "
            "gives none, say so in a note.",
            "fr": "Cherchez les raisons que le texte en donne et ajoutez-les comme soutiens ; si "
            "le texte n’en donne pas, dites-le dans une note.",
        },
    },
    "unanswered-objection": {
        "message": {
            "en": "Nobody answers the objection {q}{objection}{/q} to {q}{claim}{/q}",
            "fr": "Personne ne répond à l’objection {q}{objection}{/q} contre {q}{claim}{/q}",
        },
        "why": {
            "en": "An objection nobody answers stands: under most semantics it defeats what it "
            "attacks.",
            "fr": "Une objection sans réponse tient : pour la plupart des sémantiques, elle "
            "l’emporte sur ce qu’elle attaque.",
        },
        "action": {
            "en": "Check whether the text answers it (a rebuttal, a doubt about its premise, an "
            "undercut of its inference) and map the answer; otherwise the objection stands.",
            "fr": "Vérifiez si le texte y répond (réfutation, doute sur sa prémisse, coupure de "
            "son inférence) et ajoutez la réponse ; sinon, l’objection tient.",
        },
    },
    "circular-support": {
        "message": {
            "en": "These statements support each other in a circle: {claims}",
            "fr": "Ces énoncés se soutiennent en cercle : {claims}",
        },
        "why": {
            "en": "A circle of reasons gives no independent ground for any of them (begging the "
            "question).",
            "fr": "Un cercle de raisons ne fonde aucun de ses énoncés (pétition de principe).",
        },
        "action": {
            "en": "Find where the circle starts in the text: one of these supports probably runs "
            "the other way, or rests on a premise left out.",
            "fr": "Cherchez où le cercle commence dans le texte : l’un de ces soutiens va sans "
            "doute dans l’autre sens, ou repose sur une prémisse oubliée.",
        },
    },
    "linked-not-needed": {
        "message": {
            "en": "{q}{premise}{/q} is a linked premise for {q}{claim}{/q} and also a reason on "
            "its own",
            "fr": "{q}{premise}{/q} est une prémisse liée de {q}{claim}{/q} et "
            "aussi une raison à elle seule",
        },
        "why": {
            "en": "Linked premises support the conclusion only together; a premise that also "
            "suffices alone is counted twice.",
            "fr": "Des prémisses liées ne soutiennent la conclusion qu’ensemble ; une prémisse qui "
            "suffit aussi seule est comptée deux fois.",
        },
        "action": {
            "en": "Ask whether the other premises are needed with it: if not, keep the single "
            "support and drop it from the linked one.",
            "fr": "Demandez-vous si les autres prémisses lui sont nécessaires : sinon, gardez le "
            "soutien simple et retirez-la du soutien lié.",
        },
    },
    "convergent-needs-link": {
        "message": {
            "en": "Several single reasons for {q}{claim}{/q} use a scheme that needs more than one "
            "premise",
            "fr": "Plusieurs raisons isolées de {q}{claim}{/q} suivent un schème qui "
            "demande plus d’une prémisse",
        },
        "why": {
            "en": "When each reason is only half of the scheme, the reasons work together: "
            "mapped apart, each looks stronger than it is.",
            "fr": "Quand chaque raison n’est qu’une moitié du schème, les raisons travaillent "
            "ensemble : séparées, chacune paraît plus forte qu’elle n’est.",
        },
        "action": {
            "en": "If they are the parts of one argument, make them one linked support.",
            "fr": "Si ce sont les parties d’un même argument, faites-en un seul soutien lié.",
        },
    },
    "missing-premise": {
        "message": {
            "en": "The {scheme} for {q}{claim}{/q} has {count} premise(s) of the {needed} it needs "
            "({roles})",
            "fr": "{scheme_fr_the} en faveur de {q}{claim}{/q} a {count} prémisse(s) "
            "sur les {needed} requises ({roles})",
        },
        "why": {
            "en": "An argument's unstated premise is where it is weakest: it is assumed, never "
            "defended.",
            "fr": "La prémisse non dite d’un argument est son point faible : supposée, jamais "
            "défendue.",
        },
        "action": {
            "en": "Add the missing premise as an implicit premise and give each premise its "
            "role (`roles:`).",
            "fr": "Ajoutez la prémisse manquante comme prémisse implicite et donnez à chaque "
            "prémisse son rôle (`roles:`).",
        },
    },
    "position-untouched": {
        "message": {
            "en": "Nothing supports or attacks the position {q}{claim}{/q}",
            "fr": "Rien ne soutient ni n’attaque la position {q}{claim}{/q}",
        },
        "why": {
            "en": "A position outside the debate is accepted by default and tells the reader "
            "nothing.",
            "fr": "Une position hors du débat est acceptée par défaut et n’apprend rien au "
            "lecteur.",
        },
        "action": {
            "en": "Map the reasons and objections the text gives about it, or drop it if the "
            "text does not take it up.",
            "fr": "Ajoutez les raisons et objections que le texte en donne, ou retirez-la si le "
            "texte ne la discute pas.",
        },
    },
    "self-attack": {
        "message": {
            "en": "{q}{claim}{/q} is attacked only by itself",
            "fr": "{q}{claim}{/q} n’est attaqué que par lui-même",
        },
        "why": {
            "en": "A self-attacking statement is rejected by every semantics that keeps "
            "extensions conflict-free; it is usually a mapping slip.",
            "fr": "Un énoncé qui s’attaque lui-même est rejeté par toute sémantique sans "
            "conflit ; c’est le plus souvent une erreur de saisie.",
        },
        "action": {
            "en": "Check the attack's source and target.",
            "fr": "Vérifiez la source et la cible de l’attaque.",
        },
    },
    "overlapping-quotes": {
        "message": {
            "en": "The quotes of {q}{first}{/q} and {q}{second}{/q} overlap",
            "fr": "Les citations de {q}{first}{/q} et de {q}{second}{/q} se chevauchent",
        },
        "why": {
            "en": "Two statements drawn from the same words may be one statement, or cut at the "
            "wrong place.",
            "fr": "Deux énoncés tirés des mêmes mots n’en font peut-être qu’un, ou sont mal "
            "découpés.",
        },
        "action": {
            "en": "Cut the quotes where the claims part, or merge the statements.",
            "fr": "Coupez les citations là où les affirmations se séparent, ou fusionnez les "
            "énoncés.",
        },
    },
    "open-question": {
        "message": {
            "en": "Open critical question on the argument for {q}{claim}{/q}: {question_en}",
            "fr": "Question critique ouverte sur l’argument en faveur de {q}{claim}{/q} : "
            "{question_fr}",
        },
        "why": {
            "en": "The map does not take this question up ({attack}); it is where the argument "
            "can still be attacked.",
            "fr": "La carte ne traite pas cette question ({attack_fr}) : c’est là que "
            "l’argument peut encore être attaqué.",
        },
        "action": {
            "en": "If the text answers it, map the answer with `question: {question_id}`; if not, "
            "note it as a weak point.",
            "fr": "Si le texte y répond, ajoutez la réponse avec `question: {question_id}` ; "
            "sinon, notez-la comme point faible.",
        },
    },
}

ATTACKS: Mapping[str, Word] = {
    "undermine": Word("it would undermine a premise", "une sape de prémisse"),
    "undercut": Word("it would undercut the inference", "une sape de l’inférence"),
    "rebut": Word("it would rebut the conclusion", "une réfutation de la conclusion"),
}
"""What raising a critical question of each attack type would do."""

ATTACK_VERBS: Mapping[str, Word] = {
    "undermine": Word("undermine", "sape"),
    "undercut": Word("undercut", "sape l’inférence"),
    "rebut": Word("rebut", "réfute"),
}
"""The attack that raises a critical question, as a verb (the diagram's legend words)."""


def render(kind: str, part: str, values: Mapping[str, str], language: str) -> str:
    """The ``part`` (message, why, action) of a finding of ``kind`` in ``language``."""
    lang = "fr" if language == "fr" else "en"
    filled = dict(values)
    filled["q"], filled["/q"] = ("«" + NBSP, NBSP + "»") if lang == "fr" else ("“", "”")
    if "scheme_fr" in values:
        name = values["scheme_fr"]
        article = "L’" if name[:1] in "aeéèêiouy" else "Le "
        filled["scheme_fr_the"] = article + name
    if "attack" in values:
        filled["attack_fr"] = ATTACKS[values["attack"]].text("fr")
        filled["attack"] = ATTACKS[values["attack"]].text("en")
    text = _PLACEHOLDER.sub(lambda m: filled[m.group(1)], WORDING[kind][part][lang])
    return typeset(text, lang)


HEADINGS = {
    "en": {
        "position-without-reason": "Positions without reasons",
        "unanswered-objection": "Objections nobody answers",
        "circular-support": "Circular support",
        "linked-not-needed": "Linked premises that may not need each other",
        "convergent-needs-link": "Separate reasons that may belong together",
        "missing-premise": "Missing premises",
        "position-untouched": "Positions outside the debate",
        "self-attack": "Self-attacks",
        "overlapping-quotes": "Overlapping quotes",
        "open-question": "Open critical questions",
    },
    "fr": {
        "position-without-reason": "Positions sans raisons",
        "unanswered-objection": "Objections sans réponse",
        "circular-support": "Soutiens circulaires",
        "linked-not-needed": "Prémisses liées qui ne se nécessitent peut-être pas",
        "convergent-needs-link": "Raisons séparées qui vont peut-être ensemble",
        "missing-premise": "Prémisses manquantes",
        "position-untouched": "Positions hors du débat",
        "self-attack": "Auto-attaques",
        "overlapping-quotes": "Citations qui se chevauchent",
        "open-question": "Questions critiques ouvertes",
    },
}
"""Section headings of the critique, by kind."""

LABELS = {
    "en": {
        "why": "Why",
        "action": "What to do",
        "none": "Nothing to question in this map's structure.",
        "found": "{points} to question",
    },
    "fr": {
        "why": "Pourquoi",
        "action": "Que faire",
        "none": "Rien à redire à la structure de cette carte.",
        "found": "{points} à examiner",
    },
}
"""The other words of the critique's text."""


def label(name: str, language: str) -> str:
    """A word of the critique's text (``why``, ``action``, ``none``, ``found``)."""
    return LABELS["fr" if language == "fr" else "en"][name]


def heading(kind: str, language: str) -> str:
    """The heading of the section of findings of ``kind``."""
    return HEADINGS["fr" if language == "fr" else "en"][kind]


def label_colon(name: str, language: str) -> str:
    """A label followed by the colon of ``language``."""
    return label(name, language) + colon(language).rstrip()


SCHEME_NOTES: Mapping[str, Word] = {
    "heading": Word(
        "Schemes and open critical questions", "Schémas et questions critiques ouvertes"
    ),
    "reason": Word("Reason {support} ({scheme})", "Raison {support} ({scheme})"),
    "open": Word("open critical questions", "questions critiques ouvertes"),
    "none_open": Word(
        "every critical question is taken up in the map",
        "la carte traite toutes les questions critiques",
    ),
    "more": Word("and {n} more", "et {n} autres"),
}
"""The words that show an argument's scheme and its open critical questions (the
explanation of a statement, the diagram's tooltips, the report)."""
