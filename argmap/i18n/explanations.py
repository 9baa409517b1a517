"""The sentences of explanations, in English and French: one phrasebook per language.

A template names its arguments as ``{A}``, ``{B}``, … (expanded by the narrator
to their full name at first mention, their short name after). ``{A_e}`` is
"e" when A is feminine (French agreement), ``{A_il}`` "elle" / "il",
``{A_lui}`` "elle" / "lui", ``{A_le}`` "la" / "le". A tuple of templates is a
choice: the narrator takes them in turn, so repeated steps do not repeat the
same words. Both phrasebooks have the same keys and, key by key, the same
argument slots (``tests/i18n`` checks it).
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

Template = str | tuple[str, ...]
Phrasebook = dict[str, Template]

EN: Phrasebook = {
    # grounded, IN
    "in_unattacked": "{A} is accepted under {sem} semantics: nothing attacks it",
    "in_one": "{A} is accepted under {sem} semantics because its only attacker, {B}, is "
    "itself defeated by {C}",
    "in_many": "{A} is accepted under {sem} semantics because each of its {n} attackers is "
    "defeated by an accepted argument",
    "defeat": (
        "{B} attacks {X} but is defeated by {C}",
        "{B} challenges {X}, and {C} answers it",
        "{B} is countered by {C}",
        "{B} falls to {C}",
    ),
    "leaf": (", which nothing attacks", ", which stands unchallenged", ", itself unattacked"),
    "seen": (", which stands, as shown above", " (see above)"),
    "in_turn": (
        "{X} in turn stands",
        "{X}, for its part, survives",
        "{X} holds as well",
    ),
    "in_turn_one": " because its attacker {B} falls to {C}",
    "summary": "The chain of defences goes {n} levels deeper and rests in the end on {L}, "
    "which nothing attacks",
    # grounded, OUT
    "out_unattacked": "{A} is rejected under {sem} semantics because {C} is accepted and "
    "attacks it, and nothing attacks {C} in turn",
    "out": "{A} is rejected under {sem} semantics because {C} is accepted and attacks it, "
    "and nothing that attacks {C} survives",
    "out_others": "{n} other accepted arguments attack it as well: {L}",
    "out_other": "Another accepted argument attacks it as well: {L}",
    # grounded, UNDEC
    "undec": "{A} is left undecided under {sem} semantics: no accepted argument attacks it, "
    "but {B} is not defeated either",
    "undec_self": "{A} is left undecided under {sem} semantics: no accepted argument attacks it, "
    "but it is not defeated either",
    "undec_plural": "{A} is left undecided under {sem} semantics: no accepted argument attacks "
    "it, but its attackers {L} are not defeated either",
    "cycle_self": "{X} attacks itself, so it can be neither accepted nor rejected",
    "cycle_two": "{X} and {Y} attack each other, and nothing outside settles their conflict",
    "cycle_many": "{L} attack one another in a cycle ({R}), and nothing outside breaks it",
    "on_cycle": "{A} is itself part of this conflict",
    "reaches": "The conflict reaches {A} through {P}",
    "more_cycles": "{n} further cycles upstream feed the same uncertainty",
    "more_cycle": "One further cycle upstream feeds the same uncertainty",
    # credulous
    "can_be": "{A} can be accepted under {sem} semantics",
    "is_every": "{A} is accepted under {sem} semantics, in every extension",
    "unattacked": ": nothing attacks it",
    "self_defence": ": it defends itself, since it attacks back {L}",
    "together": ": together with {L}, it forms a consistent whole that answers every attack on it",
    "plain": ": it belongs to a {sem} extension together with {L}",
    "plain_alone": ": on its own, it forms a {sem} extension",
    "step": (
        "{B} attacks {X} and is answered by {C}",
        "{C} answers the attack of {B} on {X}",
        "{B}'s attack on {X} is met by {C}",
    ),
    "step_self": ("{X} defends itself against {B}", "{X} attacks {B} back"),
    "steps_more": "{n} further attacks, on the defenders themselves, are answered within the "
    "same set",
    "steps_more_one": "One further attack, on a defender, is answered within the same set",
    # sceptical
    "every_grounded": "Its acceptance holds even under grounded semantics, so no {sem} "
    "extension can leave it out",
    "every_ideal": "This holds in every {sem} extension: {A} belongs to the {core} "
    "extension, which every {sem} extension contains",
    "every_count": "This holds in every {sem} extension: each of the {n} contains {A}",
    "every_count_one": "This holds in every {sem} extension: the only one there is contains {A}",
    "every_vacuous": "There is no {sem} extension at all, so it is accepted in every one "
    "only vacuously",
    "not_every_attacked": "But {A} is not accepted in every {sem} extension: in one of "
    "them, {B} is accepted and attacks it",
    "not_every_undefended": "But {A} is not accepted in every {sem} extension: one of them "
    "leaves it out, since {B} attacks it and nothing in that extension answers {B}",
    "not_every_conflict": "But {A} is not accepted in every {sem} extension: one of them "
    "accepts {B}, which it attacks",
    "not_every_self": "But {A} is not accepted in every {sem} extension: it attacks itself",
    # credulous rejection
    "cannot_self": "{A} cannot be accepted under {sem} semantics: it attacks itself, so no "
    "consistent position can include it",
    "cannot_none": "{A} cannot be accepted under {sem} semantics, because there is no {sem} "
    "extension at all: an odd cycle of attacks cannot be settled",
    "cannot": "{A} cannot be accepted under {sem} semantics: no consistent set of arguments "
    "that includes it can answer every attack",
    "cannot_too_large": "{A} cannot be accepted under {sem} semantics: no consistent set of "
    "arguments that includes it can answer every attack (the full refutation is too large "
    "to show); its attackers are {L}",
    "stuck_none": "Nothing can answer its attacker, {B}: nothing attacks {B}",
    "stuck": "Nothing can answer its attacker, {B}: {R}",
    "then_stuck_none": (
        "{B} attacks {X}, and nothing attacks {B}",
        "{B} attacks {X} in turn, and nothing at all attacks {B}",
    ),
    "then_stuck": ("{B} attacks {X} and cannot be answered: {R}",),
    "then_options": "{B} attacks {X}, and every answer to it fails in turn ({R})",
    "unusable_self": "{C} attacks itself",
    "unusable_attacks": "{C} attacks {S} as well",
    "unusable_attacked": "{C} is attacked by {S}",
    "options_one": "Its attacker, {B}, can only be answered by {C}, and that fails",
    "options_many": "Its attacker, {B}, can only be answered by {L}, and each of them fails",
    "options_join": "or",
    "option_fails": ("if {C} answers {B}, {R}", "answering {B} with {C} fails, as {R}"),
    "refutation_cut": "the refutation goes deeper from there",
    "excluded_stable": "{A} belongs to a consistent set that answers every attack on it, but "
    "no {sem} extension contains it: each of them accepts one of its attackers ({L})",
    "excluded": "No {sem} extension contains {A}",
    "excluded_count": "{A} cannot be accepted under {sem} semantics, since it is in none of "
    "the {n} {sem} extensions",
    "excluded_only_attacked": "{A} cannot be accepted under {sem} semantics: the only {sem} "
    "extension accepts {B}, which attacks it",
    "excluded_only_undefended": "{A} cannot be accepted under {sem} semantics: the only "
    "{sem} extension leaves it undefended against {B}",
    "excluded_only_conflict": "{A} cannot be accepted under {sem} semantics: the only {sem} "
    "extension accepts {B}, which it attacks",
    "excluded_attacked": "{n} of them accept {B}, which attacks it",
    "excluded_attacked_one": "one of them accepts {B}, which attacks it",
    "excluded_undefended": "{n} of them leave it undefended against {B}",
    "excluded_undefended_one": "one of them leaves it undefended against {B}",
    "excluded_conflict": "{n} of them accept {B}, which it attacks",
    "excluded_conflict_one": "one of them accepts {B}, which it attacks",
    "excluded_self": "it attacks itself",
    "excluded_more": "(only the first {n} extensions were examined)",
    # unique-status semantics (ideal, eager)
    "unique_in": "{A} is accepted under {sem} semantics: it belongs to the {sem} extension",
    "unique_out": "{A} is rejected under {sem} semantics: {B} belongs to the {sem} extension "
    "and attacks it",
    "unique_undec": "{A} is left undecided under {sem} semantics: the {sem} extension does "
    "not answer the attack of {B} on it",
    "unique_conflict": "{A} is left out under {sem} semantics: it attacks {B}, which belongs "
    "to the {sem} extension",
    "unique_self": "{A} is left out under {sem} semantics: it attacks itself",
    # sufficiency
    "suff_empty": "Nothing else is needed for it: it stands on its own",
    "suff_empty_reasons": "Since nothing attacks it, no other argument is needed to accept it",
    "suff_none_open": "No accepted argument settles it either way: it stays open because it is "
    "caught in unresolved conflicts",
    "suff_itself": "It suffices on its own to accept it: it answers every attack on it itself",
    "suff_itself_reject": "It suffices on its own to reject it: it attacks itself",
    "reasons_one": "It rests on {L}",
    "reasons_many": "It rests on {n} separate reasons: {L}",
    "reason_linked": "{L}, taken together",
    "and": "and",
    "suff_sets": "What suffices to accept it, together: {L}",
    "suff_sets_reject": "What suffices to reject it, together: {L}",
    "suff_none_reject": "No accepted argument suffices to reject it: it is rejected only "
    "because it is caught in unresolved conflicts",
    "suff_none": "No set of arguments suffices to accept it",
    "suff_or": "or",
    "suff_any": "Any one of these would suffice on its own to accept it: {L}",
    "suff_any_reject": "Any one of these would suffice on its own to reject it: {L}",
    "necessary": "Necessary: {L}, since every such set includes {them}",
    "necessary_one_them": "it",
    "necessary_many_them": "them",
    "suff_single": "{X} alone suffices to accept it, and nothing could replace {X}",
    "suff_single_reject": "{X} alone suffices to reject it, and nothing else would",
    "suff_together": "Together, {L} suffice to accept it, and each of them is necessary",
    "suff_together_reject": "Together, {L} suffice to reject it, and each of them is necessary",
    # the structured reading: a statement and its arguments
    "st_accepted": "{A} is accepted under {sem} semantics in the structured reading",
    "st_credulous": "{A} can be accepted under {sem} semantics in the structured reading",
    "st_undecided": "{A} is left undecided under {sem} semantics in the structured reading",
    "st_rejected": "{A} is rejected under {sem} semantics in the structured reading",
    "st_no_argument": ": no argument establishes it, since each of its reasons rests on it",
    "st_premise": ": nothing supports it, so it is taken as a premise",
    "st_carried": ": it follows from {L}",
    "st_carried_linked": ": it follows from {L} together",
    "st_undercut": "{B} undercuts {S}",
    "st_undercut_step": "{B} denies that the reasons given support it",
    "st_stands": ", and nothing defeats {B} in turn",
    "st_undermine": "{B} undermines {C}, on which it rests",
    "st_rebut": "{B} rebuts {C}",
    "st_rebut_it": "{B} contradicts it",
    "st_too_weak": ", but is too weak to prevail",
    "st_answered": ", but is itself defeated by {C}",
    "st_answered_each": ", but each of its {n} arguments is defeated, by {L}",
    "st_not_accepted": ", but is not accepted itself",
    "st_open": ", and that attack is settled neither way",
    "st_all_defeated": ": each of its {n} arguments is defeated",
    "st_one_defeated": ": its only argument is defeated",
    "st_as_premise": "Taken as a premise, it is defeated",
    "st_argument_from": "The argument from {L} is defeated",
    "st_because": ": ",
    "st_more_arguments": "{n} other arguments for it are defeated as well",
    "nothing_necessary": "No single argument is necessary",
}

FR: Phrasebook = {
    "in_unattacked": "{A} est accepté{A_e} en sémantique {sem} : rien ne l'attaque",
    "in_one": "{A} est accepté{A_e} en sémantique {sem} parce que son seul attaquant, {B}, "
    "est {B_lui}-même vaincu{B_e} par {C}",
    "in_many": "{A} est accepté{A_e} en sémantique {sem} parce que chacun de ses {n} "
    "attaquants est vaincu par un argument accepté",
    "defeat": (
        "{B} attaque {X} mais est vaincu{B_e} par {C}",
        "{B} conteste {X}, et {C} lui répond",
        "{B} est contré{B_e} par {C}",
        "{B} tombe devant {C}",
    ),
    "leaf": (
        ", que rien n'attaque",
        ", qui n'est pas contesté{C_e}",
        ", {C_lui}-même inattaqué{C_e}",
    ),
    "seen": (", qui tient, comme on l'a vu", " (voir plus haut)"),
    "in_turn": (
        "{X} tient à son tour",
        "{X}, de son côté, résiste",
        "{X} tient aussi",
    ),
    "in_turn_one": " parce que son attaquant {B} tombe devant {C}",
    "summary": "La chaîne des défenses descend encore de {n} niveaux et repose en fin de "
    "compte sur {L}, que rien n'attaque",
    "out_unattacked": "{A} est rejeté{A_e} en sémantique {sem} parce que {C} est accepté{C_e} "
    "et l'attaque, et que rien n'attaque {C} à son tour",
    "out": "{A} est rejeté{A_e} en sémantique {sem} parce que {C} est accepté{C_e} et "
    "l'attaque, et que rien de ce qui attaque {C} ne tient",
    "out_others": "{n} autres arguments acceptés l'attaquent aussi : {L}",
    "out_other": "Un autre argument accepté l'attaque aussi : {L}",
    "undec": "{A} reste indécis{A_e} en sémantique {sem} : aucun argument accepté ne "
    "l'attaque, mais {B} n'est pas vaincu{B_e} non plus",
    "undec_self": "{A} reste indécis{A_e} en sémantique {sem} : aucun argument accepté ne "
    "l'attaque, mais {A_il} n'est pas vaincu{A_e} non plus",
    "undec_plural": "{A} reste indécis{A_e} en sémantique {sem} : aucun argument accepté ne "
    "l'attaque, mais ses attaquants {L} ne sont pas vaincus non plus",
    "cycle_self": "{X} s'attaque {X_lui}-même, et ne peut donc être ni accepté{X_e} ni rejeté{X_e}",
    "cycle_two": "{X} et {Y} s'attaquent mutuellement, et rien d'extérieur ne tranche leur conflit",
    "cycle_many": "{L} s'attaquent en cycle ({R}), et rien d'extérieur ne brise ce cycle",
    "on_cycle": "{A} fait {A_lui}-même partie de ce conflit",
    "reaches": "Le conflit atteint {A} par {P}",
    "more_cycles": "{n} autres cycles en amont nourrissent la même incertitude",
    "more_cycle": "Un autre cycle en amont nourrit la même incertitude",
    "can_be": "{A} peut être accepté{A_e} en sémantique {sem}",
    "is_every": "{A} est accepté{A_e} en sémantique {sem}, dans toutes les extensions",
    "unattacked": " : rien ne l'attaque",
    "self_defence": " : {A_il} se défend {A_lui}-même, puisqu'{A_il} attaque en retour {L}",
    "together": " : avec {L}, {A_il} forme un tout cohérent qui répond à toutes les attaques "
    "qu'il subit",
    "plain": " : {A_il} appartient à une extension {sem} avec {L}",
    "plain_alone": " : {A_il} forme à {A_lui} seul{A_e} une extension {sem}",
    "step": (
        "{B} attaque {X} et {C} lui répond",
        "{C} répond à l'attaque de {B} contre {X}",
        "l'attaque de {B} contre {X} trouve sa réponse dans {C}",
    ),
    "step_self": ("{X} se défend {X_lui}-même contre {B}", "{X} attaque {B} en retour"),
    "steps_more": "{n} autres attaques, contre les défenseurs eux-mêmes, trouvent leur "
    "réponse dans le même ensemble",
    "steps_more_one": "Une autre attaque, contre un défenseur, trouve sa réponse dans le même "
    "ensemble",
    "every_grounded": "Son acceptation tient même en sémantique fondée, si bien qu'aucune "
    "extension {sem} ne peut l'écarter",
    "every_ideal": "Cela vaut dans toutes les extensions {sems} : {A} appartient à "
    "l'extension {core}, que toute extension {sem} contient",
    "every_count": "Cela vaut dans toutes les extensions {sems} : chacune des {n} contient {A}",
    "every_count_one": "Cela vaut dans toutes les extensions {sems} : la seule qui existe "
    "contient {A}",
    "every_vacuous": "Il n'existe aucune extension {sem}, si bien qu'{A_il} n'est accepté{A_e} "
    "dans toutes que de manière vide",
    "not_every_attacked": "Mais {A} n'est pas accepté{A_e} dans toutes les extensions {sems} "
    ": dans l'une d'elles, {B} est accepté{B_e} et l'attaque",
    "not_every_undefended": "Mais {A} n'est pas accepté{A_e} dans toutes les extensions "
    "{sems} : l'une d'elles {A_le} laisse de côté, car {B} l'attaque et rien dans cette "
    "extension ne répond à {B}",
    "not_every_conflict": "Mais {A} n'est pas accepté{A_e} dans toutes les extensions {sems} "
    ": l'une d'elles accepte {B}, qu'{A_il} attaque",
    "not_every_self": "Mais {A} n'est pas accepté{A_e} dans toutes les extensions {sems} : "
    "{A_il} s'attaque {A_lui}-même",
    "cannot_self": "{A} ne peut pas être accepté{A_e} en sémantique {sem} : {A_il} s'attaque "
    "{A_lui}-même, et aucune position cohérente ne peut l'inclure",
    "cannot_none": "{A} ne peut pas être accepté{A_e} en sémantique {sem}, car il n'existe "
    "aucune extension {sem} : un cycle impair d'attaques ne peut être tranché",
    "cannot": "{A} ne peut pas être accepté{A_e} en sémantique {sem} : aucun ensemble "
    "cohérent d'arguments qui l'inclut ne peut répondre à toutes les attaques",
    "cannot_too_large": "{A} ne peut pas être accepté{A_e} en sémantique {sem} : aucun "
    "ensemble cohérent d'arguments qui l'inclut ne peut répondre à toutes les attaques (la "
    "réfutation complète est trop longue pour être montrée) ; ses attaquants sont {L}",
    "stuck_none": "Rien ne peut répondre à son attaquant, {B} : rien n'attaque {B}",
    "stuck": "Rien ne peut répondre à son attaquant, {B} : {R}",
    "then_stuck_none": (
        "{B} attaque {X}, et rien n'attaque {B}",
        "{B} attaque {X} à son tour, et rien du tout n'attaque {B}",
    ),
    "then_stuck": ("{B} attaque {X} et reste sans réponse : {R}",),
    "then_options": "{B} attaque {X}, et chaque réponse possible échoue à son tour ({R})",
    "unusable_self": "{C} s'attaque {C_lui}-même",
    "unusable_attacks": "{C} attaque aussi {S}",
    "unusable_attacked": "{C} est attaqué{C_e} par {S}",
    "options_one": "Seul{C_e} {C} pourrait répondre à son attaquant, {B}, et cela échoue",
    "options_many": "Seuls {L} pourraient répondre à son attaquant, {B}, et chacun échoue",
    "options_join": "and",
    "option_fails": ("si {C} répond à {B}, {R}", "répondre à {B} par {C} échoue, car {R}"),
    "refutation_cut": "la réfutation se poursuit plus loin",
    "excluded_stable": "{A} appartient à un ensemble cohérent qui répond à toutes les "
    "attaques qu'il subit, mais aucune extension {sem} ne l'inclut : chacune accepte l'un "
    "de ses attaquants ({L})",
    "excluded": "Aucune extension {sem} ne contient {A}",
    "excluded_count": "{A} ne peut pas être accepté{A_e} en sémantique {sem}, car {A_il} "
    "n'appartient à aucune des {n} extensions {sems}",
    "excluded_only_attacked": "{A} ne peut pas être accepté{A_e} en sémantique {sem} : la "
    "seule extension {sem} accepte {B}, qui l'attaque",
    "excluded_only_undefended": "{A} ne peut pas être accepté{A_e} en sémantique {sem} : la "
    "seule extension {sem} {A_le} laisse sans défense contre {B}",
    "excluded_only_conflict": "{A} ne peut pas être accepté{A_e} en sémantique {sem} : la "
    "seule extension {sem} accepte {B}, qu'{A_il} attaque",
    "excluded_attacked": "{n} d'entre elles acceptent {B}, qui l'attaque",
    "excluded_attacked_one": "l'une d'elles accepte {B}, qui l'attaque",
    "excluded_undefended": "{n} d'entre elles {A_le} laissent sans défense contre {B}",
    "excluded_undefended_one": "l'une d'elles {A_le} laisse sans défense contre {B}",
    "excluded_conflict": "{n} d'entre elles acceptent {B}, qu'{A_il} attaque",
    "excluded_conflict_one": "l'une d'elles accepte {B}, qu'{A_il} attaque",
    "excluded_self": "{A_il} s'attaque {A_lui}-même",
    "excluded_more": "(seules les {n} premières extensions ont été examinées)",
    "unique_in": "{A} est accepté{A_e} en sémantique {sem} : {A_il} appartient à l'extension {sem}",
    "unique_out": "{A} est rejeté{A_e} en sémantique {sem} : {B} appartient à l'extension "
    "{sem} et l'attaque",
    "unique_undec": "{A} reste indécis{A_e} en sémantique {sem} : l'extension {sem} ne répond "
    "pas à l'attaque de {B} contre {A_lui}",
    "unique_conflict": "{A} est laissé{A_e} de côté en sémantique {sem} : {A_il} attaque {B}, "
    "qui appartient à l'extension {sem}",
    "unique_self": "{A} est laissé{A_e} de côté en sémantique {sem} : {A_il} s'attaque "
    "{A_lui}-même",
    "suff_empty": "Rien d'autre ne lui est nécessaire : {A_il} tient seul{A_e}",
    "suff_empty_reasons": "Comme rien ne l'attaque, aucun autre argument n'est nécessaire pour "
    "{A_le} faire accepter",
    "suff_none_open": "Aucun argument accepté ne {A_le} tranche dans un sens ou dans l'autre : "
    "{A_il} reste ouvert{A_e} parce qu'{A_il} est pris{A_e} dans des conflits non résolus",
    "suff_itself": "{A_il} se suffit à {A_lui}-même : {A_il} répond {A_lui}-même à toutes les "
    "attaques qu'{A_il} subit",
    "suff_itself_reject": "{A_il} se fait rejeter à {A_lui} seul{A_e} : {A_il} s'attaque "
    "{A_lui}-même",
    "reasons_one": "{A_il} repose sur {L}",
    "reasons_many": "{A_il} repose sur {n} raisons distinctes : {L}",
    "reason_linked": "{L}, prises ensemble",
    "and": "et",
    "suff_sets": "Ce qui suffit à {A_le} faire accepter, ensemble : {L}",
    "suff_sets_reject": "Ce qui suffit à {A_le} faire rejeter, ensemble : {L}",
    "suff_none_reject": "Aucun argument accepté ne suffit à {A_le} rejeter : {A_il} n'est "
    "rejeté{A_e} que parce qu'{A_il} est pris{A_e} dans des conflits non résolus",
    "suff_none": "Aucun ensemble d'arguments ne suffit à l'accepter",
    "suff_or": "ou",
    "suff_any": "N'importe lequel de ces arguments suffirait à lui seul à {A_le} faire "
    "accepter : {L}",
    "suff_any_reject": "N'importe lequel de ces arguments suffirait à lui seul à {A_le} "
    "faire rejeter : {L}",
    "necessary": "Nécessaire : {L}, puisque chacun de ces ensembles {them} contient",
    "necessary_one_them": "le",
    "necessary_many_them": "les",
    "suff_single": "{X} suffit à {A_le} faire accepter à {X_lui} seul{X_e}, et rien ne "
    "pourrait {X_le} remplacer",
    "suff_single_reject": "{X} suffit à {A_le} faire rejeter à {X_lui} seul{X_e}, et rien "
    "d'autre n'y suffirait",
    "suff_together": "Ensemble, {L} suffisent à {A_le} faire accepter, et chacun est nécessaire",
    "suff_together_reject": "Ensemble, {L} suffisent à {A_le} faire rejeter, et chacun est "
    "nécessaire",
    "st_accepted": "{A} est accepté{A_e} en sémantique {sem} dans la lecture structurée",
    "st_credulous": "{A} peut être accepté{A_e} en sémantique {sem} dans la lecture structurée",
    "st_undecided": "{A} reste indécis{A_e} en sémantique {sem} dans la lecture structurée",
    "st_rejected": "{A} est rejeté{A_e} en sémantique {sem} dans la lecture structurée",
    "st_no_argument": " : aucun argument ne l'établit, car chacune de ses raisons repose sur "
    "{A_lui}-même",
    "st_premise": " : rien ne {A_le} soutient, {A_il} est donc pris{A_e} comme prémisse",
    "st_carried": " : {A_il} découle {L}",
    "st_carried_linked": " : {A_il} découle conjointement {L}",
    "st_undercut": "{B} coupe {S}",
    "st_undercut_step": "{B} conteste que les raisons données {A_le} soutiennent",
    "st_stands": ", et rien ne vainc {B} à son tour",
    "st_undermine": "{B} sape {C}, dont {A_il} dépend",
    "st_rebut": "{B} réfute {C}",
    "st_rebut_it": "{B} {A_le} contredit",
    "st_too_weak": ", mais est trop faible pour l'emporter",
    "st_answered": ", mais est {B_lui}-même vaincu{B_e} par {C}",
    "st_answered_each": ", mais chacun de ses {n} arguments est vaincu, par {L}",
    "st_not_accepted": ", mais n'est pas accepté{B_e} {B_lui}-même",
    "st_open": ", et cette attaque n'est tranchée ni dans un sens ni dans l'autre",
    "st_all_defeated": " : chacun de ses {n} arguments est vaincu",
    "st_one_defeated": " : son seul argument est vaincu",
    "st_as_premise": "Pris{A_e} comme prémisse, {A_il} est vaincu{A_e}",
    "st_argument_from": "L'argument tiré {L} est vaincu",
    "st_because": " : ",
    "st_more_arguments": "{n} autres arguments en sa faveur sont vaincus aussi",
    "nothing_necessary": "Aucun argument n'est nécessaire à lui seul",
}

EXPLANATIONS: Mapping[str, Mapping[str, Template]] = MappingProxyType(
    {"en": MappingProxyType(EN), "fr": MappingProxyType(FR)}
)
"""The phrasebook of each language."""
