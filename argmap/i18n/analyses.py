"""The sentences of what-if analyses and gradual attributions, in English and French.

Slots as in :mod:`argmap.i18n.explanations`: ``{A}``, ``{B}``, ``{C}`` name
arguments, ``{A_il}`` / ``{A_le}`` agree with A's French gender; the others
are filled in as they are.
"""

from __future__ import annotations

from collections.abc import Mapping

WHAT_IF: Mapping[str, Mapping[str, str]] = {
    "en": {
        "head": "{A} is {status} under {sem} semantics.",
        "none": "No single edit changes that: it survives removing any one statement or "
        "relation and flipping any one relation ({n} edits tried).",
        "one": "One single edit out of {n} would change that:",
        "some": "{k} single edits out of {n} would change that, the smallest first:",
        "remove_attack": "removing the attack of {B} on {C}",
        "remove_support": "removing the support of {C} by {P}",
        "flip_attack": "turning the attack of {B} on {C} into a support",
        "flip_support": "turning the support of {C} by {P} into an attack",
        "remove_statement": "removing {B}",
        "result": "it would become {status}",
        "shown": "(showing the first {k})",
    },
    "fr": {
        "head": "{A} est {status} en sémantique {sem}.",
        "none": "Aucune modification isolée ne change ce verdict : {A_il} résiste à la "
        "suppression de n'importe quel énoncé ou relation et à l'inversion de n'importe "
        "quelle relation ({n} modifications essayées).",
        "one": "Une seule modification isolée sur {n} changerait ce verdict :",
        "some": "{k} modifications isolées sur {n} changeraient ce verdict, de la plus petite "
        "à la plus grande :",
        "remove_attack": "supprimer l'attaque de {B} contre {C}",
        "remove_support": "supprimer le soutien de {P} à {C}",
        "flip_attack": "transformer l'attaque de {B} contre {C} en soutien",
        "flip_support": "transformer le soutien de {P} à {C} en attaque",
        "remove_statement": "supprimer {B}",
        "result": "{A_il} deviendrait {status}",
        "shown": "(les {k} premières sont montrées)",
    },
}
"""The sentences of a what-if analysis."""

ATTRIBUTION: Mapping[str, Mapping[str, str]] = {
    "en": {
        "head": "{A} has strength {s} under {sem} (base score {w}).",
        "none": "Nothing attacks or supports it, so it keeps its base score.",
        "down": "{B} pulls it down by {d}",
        "up": "{B} lifts it by {d}",
        "down_far": "the attack of {B} on {C} lowers it by {d}",
        "up_far": "the support of {B} for {C} raises it by {d}",
        "down_far_support": "the support of {B} for {C} lowers it by {d}",
        "up_far_attack": "the attack of {B} on {C} raises it by {d}",
        "flat": "{B} makes no difference",
        "flat_far": "the link from {B} to {C} makes no difference",
        "shapley": " (Shapley share {p})",
        "without": "Without any attack or support it would be {v}.",
        "unconverged": "The computation did not fully converge: these numbers are indicative.",
    },
    "fr": {
        "head": "{A} a une force de {s} en {sem} (score de base {w}).",
        "none": "Rien ne l'attaque ni ne {A_le} soutient : {A_il} garde son score de base.",
        "down": "{B} {A_le} fait baisser de {d}",
        "up": "{B} {A_le} fait monter de {d}",
        "down_far": "l'attaque de {B} contre {C} {A_le} fait baisser de {d}",
        "up_far": "le soutien de {B} à {C} {A_le} fait monter de {d}",
        "down_far_support": "le soutien de {B} à {C} {A_le} fait baisser de {d}",
        "up_far_attack": "l'attaque de {B} contre {C} {A_le} fait monter de {d}",
        "flat": "{B} ne change rien",
        "flat_far": "le lien de {B} à {C} ne change rien",
        "shapley": " (part de Shapley {p})",
        "without": "Sans attaque ni soutien, {A_il} vaudrait {v}.",
        "unconverged": "Le calcul n'a pas complètement convergé : ces nombres sont indicatifs.",
    },
}

"""The sentences of a gradual attribution."""
