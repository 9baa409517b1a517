"""The stance of a statement towards its speaker, and its words in English and French.

A speaker does not hold everything they say: an author grants a point the better to
answer it, voices the objection a reader might raise, reports what someone else
said. :class:`Stance` records which; :func:`stance_label` and :func:`voiced_by`
give the words every output uses for it (the diagram, ``argmap show``, the report).
"""

from __future__ import annotations

import enum
from collections.abc import Mapping


class Stance(str, enum.Enum):
    """How the speaker of a statement stands towards it: what saying it commits them to.

    Inference Anchoring Theory (IAT; Budzynska & Reed 2011; Budzynska et al. 2014)
    anchors each proposition of a debate to the locution that voices it through an
    illocutionary connection (an AIF *YA* node): *Asserting* commits the speaker to
    the proposition, *Conceding* grants it without making it the speaker's own
    claim. IAT analyses *reported speech* apart: the words voice a view whose owner
    is someone other than the speaker (a third party, or the reader an author
    imagines objecting), and the content is that other speaker's commitment, not
    the reporter's. A map keeps the four stances that decide whose case a statement
    belongs to; only an asserted statement is a premise of its speaker's own case.
    :attr:`illocution` gives the name of the YA node that argmap writes to AIF:
    AIF has no single name for voicing another's view, so reported and anticipated
    statements are anchored by IAT's generic *Default Illocuting* (argmap's AIF
    files add the stance itself in an ``argmap:stance`` key).

    References
    ----------
    .. [1] K. Budzynska, C. Reed, "Whence inference?", University of Dundee
       technical report, 2011.
    .. [2] K. Budzynska, M. Janier, J. Kang, C. Reed, P. Saint-Dizier, M. Stede,
       O. Yaskorska, "Towards argument mining from dialogue", COMMA 2014.

    >>> Stance.CONCEDED.illocution, Stance.CONCEDED.committed
    ('Conceding', False)
    """

    ASSERTED = "asserted"
    """Said as the speaker's own view (IAT *Asserting*). The default."""
    CONCEDED = "conceded"
    """Granted for the sake of argument, the better to answer it (IAT *Conceding*):
    « A première vue c'est une excellente idée », then « Oui mais »."""
    REPORTED = "reported"
    """Someone else's view, voiced by the speaker (IAT reported speech): « X dit que… »."""
    ANTICIPATED = "anticipated"
    """An objection the speaker puts in the mouth of their readers or opponents before
    answering it (reported speech of a hypothetical speaker): « Vous me direz que… »."""

    @property
    def illocution(self) -> str:
        """The IAT name of the illocutionary connection (AIF YA node) voicing it."""
        return _ILLOCUTIONS[self]

    @property
    def committed(self) -> bool:
        """Whether saying it commits the speaker to it (only when asserted)."""
        return self is Stance.ASSERTED


_ILLOCUTIONS = {
    Stance.ASSERTED: "Asserting",
    Stance.CONCEDED: "Conceding",
    Stance.REPORTED: "Default Illocuting",
    Stance.ANTICIPATED: "Default Illocuting",
}


_LABELS: Mapping[Stance, tuple[str, str]] = {
    Stance.ASSERTED: ("asserted", "affirmé"),
    Stance.CONCEDED: ("conceded", "concédé"),
    Stance.REPORTED: ("reported", "rapporté"),
    Stance.ANTICIPATED: ("anticipated objection", "objection anticipée"),
}
_VOICED_BY: Mapping[Stance, tuple[str, str]] = {
    Stance.ASSERTED: ("said by {}", "dit par {}"),
    Stance.CONCEDED: (
        "conceded by {} for the sake of argument",
        "concédé par {} pour les besoins de la discussion",
    ),
    Stance.REPORTED: (
        "reported by {} (someone else's view)",
        "rapporté par {} (l’avis d’un autre)",
    ),
    Stance.ANTICIPATED: ("an objection anticipated by {}", "objection anticipée par {}"),
}


def stance_label(stance: Stance, language: str = "en") -> str:
    """The stance's name in ``language`` (English unless French).

    >>> stance_label(Stance.CONCEDED), stance_label(Stance.ANTICIPATED, "fr")
    ('conceded', 'objection anticipée')
    """
    english, french = _LABELS[stance]
    return french if language == "fr" else english


def voiced_by(stance: Stance, speaker: str, language: str = "en") -> str:
    """Who voices a statement of this stance, in words (``said by Ann``).

    >>> voiced_by(Stance.CONCEDED, "Ann", "fr")
    'concédé par Ann pour les besoins de la discussion'
    """
    english, french = _VOICED_BY[stance]
    return (french if language == "fr" else english).format(speaker)
