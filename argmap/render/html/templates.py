"""The templates of argmap's pages and the Jinja environment that renders them.

The templates (``report.html.j2``, its script and style sheet, the words of its
interface...) are in the top-level ``templates/`` folder of a source checkout,
shipped in the wheel as ``argmap/_data/templates``. The environment escapes
everything it prints (autoescaping on, even for strings), refuses undefined
variables, and shows bidi overrides in debate text as visible markers.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any, TypedDict

import jinja2
from markupsafe import Markup

from argmap.display_text import neutralise_bidi
from argmap.i18n import LANGUAGES
from argmap.model import localised
from argmap.package_data import data_folder


def templates_root() -> Path:
    """The folder holding the page templates (:func:`~argmap.package_data.data_folder`).

    In an installed wheel they ship as ``argmap/_data/templates``; in a source
    checkout (editable install) they are the top-level ``templates/`` folder.

    >>> (templates_root() / "report.html.j2").is_file()
    True
    """
    return data_folder("templates")


@cache
def environment() -> jinja2.Environment:
    """The Jinja environment of argmap's pages (one per process; templates are cached)."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates_root()),
        autoescape=jinja2.select_autoescape(
            enabled_extensions=("html", "j2"), default_for_string=True, default=True
        ),
        undefined=jinja2.StrictUndefined,
        finalize=_without_bidi_overrides,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["localised"] = localised
    return env


def _without_bidi_overrides(value: Any) -> Any:
    """Every value the templates print, with bidi overrides shown as markers
    (:func:`~argmap.display_text.neutralise_bidi`); markup stays markup."""
    if not isinstance(value, str):
        return value
    cleaned = neutralise_bidi(value)
    if cleaned is value:
        return value
    return Markup(cleaned) if isinstance(value, Markup) else cleaned


def asset(name: str) -> str:
    """The text of the file ``name`` of the templates folder (a script, a style sheet...)."""
    return (templates_root() / name).read_text(encoding="utf-8")


class Paraphrase(TypedDict):
    """One paraphrase of a statement as a template prints it."""

    lang: str
    text: str
    switch: bool
    """Whether the page shows it only when its language is the interface's."""


def localised_texts(value: str | Mapping[str, str]) -> list[Paraphrase]:
    """A title, a role... as :func:`paraphrases`: by language when it is given by language,
    else the one text, shown in every language (its language unknown: ``lang=""``).

    >>> localised_texts("Le Monde")
    [{'lang': '', 'text': 'Le Monde', 'switch': False}]
    >>> [p["text"] for p in localised_texts({"en": "author", "fr": "autrice"})]
    ['author', 'autrice']
    """
    if isinstance(value, str):
        return [{"lang": "", "text": value, "switch": False}]
    return paraphrases(value)


def paraphrases(text: Mapping[str, str]) -> list[Paraphrase]:
    """The paraphrases to print: one per interface language, switched by the page.

    A statement with both English and French gets two spans, one shown per
    language; one with a single language always shows it.

    >>> [p["lang"] for p in paraphrases({"fr": "Thé.", "en": "Tea."})]
    ['en', 'fr']
    >>> paraphrases({"de": "Tee."})
    [{'lang': 'de', 'text': 'Tee.', 'switch': False}]
    """
    wanted = [lang for lang in LANGUAGES if lang in text]
    if len(wanted) > 1:
        return [{"lang": lang, "text": text[lang], "switch": True} for lang in wanted]
    lang, value = (wanted[0], text[wanted[0]]) if wanted else next(iter(text.items()))
    return [{"lang": lang, "text": value, "switch": False}]
