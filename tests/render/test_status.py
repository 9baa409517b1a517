"""How statuses and readings are shown: glyphs, colours, names in English and French."""

from __future__ import annotations

from argmap.evaluation import Reading, Status, Verdict
from argmap.render.status import (
    MULTIPLE_STATUSES,
    UNIQUE_STATUSES,
    reading_description,
    reading_name,
    semantics_name,
    status_colour,
    status_description,
    status_glyph,
    status_name,
)


def test_every_status_has_a_glyph_a_colour_and_names() -> None:
    for status in Status:
        assert len(status_glyph(status)) == 1
        assert status_colour(status).startswith("#") and len(status_colour(status)) == 7
        assert status_name(status, "en") and status_description(status, "fr")
    # Statuses that read differently never share a glyph: colour is not the only cue.
    shown = {*UNIQUE_STATUSES, *MULTIPLE_STATUSES}
    by_glyph: dict[str, set[Verdict | None]] = {}
    for status in shown:
        verdict = None if status is Status.NO_EXTENSION else status.verdict
        by_glyph.setdefault(status_glyph(status), set()).add(verdict)
    assert all(len(verdicts) == 1 for verdicts in by_glyph.values())
    assert (
        status_colour(Status.CREDULOUS) != status_colour(Status.UNDEC) != status_colour(Status.IN)
    )
    assert semantics_name("grounded", "fr") == "fondée"


def test_no_extension_and_unknown_are_grey_and_the_verdicts_have_their_colours() -> None:
    assert status_colour(Status.NO_EXTENSION) == status_colour(Status.UNKNOWN)
    assert status_colour(Status.OUT) == status_colour(Status.REJECTED)
    assert status_colour(Status.NO_EXTENSION) != status_colour(Status.REJECTED)


def test_every_reading_has_a_name_and_a_description_in_both_languages() -> None:
    for reading in Reading:
        for language in ("en", "fr"):
            assert reading_name(reading, language) and reading_description(reading, language)
    assert reading_name(Reading.EVIDENTIAL, "fr") == "probante"
    assert len({reading_name(r, "fr") for r in Reading}) == len(Reading)
