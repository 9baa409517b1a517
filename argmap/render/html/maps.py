"""The diagrams of a report: one laid-out SVG per interface language, or one shared.

Each diagram is the map's DOT (:func:`~argmap.render.dot.map_to_dot`, coloured
by the statuses the page opens with) laid out by Graphviz in its own process;
two diagrams are laid out side by side on a small thread pool.
"""

from __future__ import annotations

from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor

from argmap.evaluation import Evaluation
from argmap.i18n import LANGUAGES
from argmap.model import ArgumentMap
from argmap.render.dot import map_to_dot
from argmap.render.html.svg_ids import prefixed_ids, slim
from argmap.render.layout import DEFAULT_LAYOUT_TIMEOUT
from argmap.render.svg import inline_svg, render_svg

BILINGUAL_MAP_LIMIT = 300
"""Maps of more statements get one diagram only, in the language the page opens in
(a second diagram would double the size of the page)."""

SHARED_MAP = "all"
"""The key of the one diagram a page holds when it has no diagram per language."""

SHARED_PREFIX = "m-"
"""The id prefix of that shared diagram (a per-language diagram's is ``<lang>-``)."""


def map_languages(m: ArgumentMap) -> tuple[str, ...]:
    """The interface languages that get a diagram of their own.

    Both, when the paraphrases exist in both and the map has at most
    :data:`BILINGUAL_MAP_LIMIT` statements; otherwise none: one diagram, in the
    language the page opens in.

    >>> m = ArgumentMap(title="t", statements=[{"id": "a", "text": {"en": "A", "fr": "A"}}])
    >>> map_languages(m)
    ('en', 'fr')
    """
    if len(m.statements) > BILINGUAL_MAP_LIMIT:
        return ()
    present = {language for st in m.statements for language in st.text}
    wanted = tuple(language for language in LANGUAGES if language in present)
    return wanted if len(wanted) > 1 else ()


def map_prefixes(languages: Sequence[str]) -> dict[str, str]:
    """The id prefix of the diagram shown in each interface language.

    >>> map_prefixes(["en", "fr"]), map_prefixes([])
    ({'en': 'en-', 'fr': 'fr-'}, {'en': 'm-', 'fr': 'm-'})
    """
    prefixes = {lang: f"{lang}-" for lang in languages}
    return prefixes or dict.fromkeys(LANGUAGES, SHARED_PREFIX)


def map_svgs(
    m: ArgumentMap,
    statuses: Evaluation,
    language: str,
    languages: Sequence[str],
    timeout: float | None = DEFAULT_LAYOUT_TIMEOUT,
) -> dict[str, str]:
    """One inline SVG per language of ``languages``, or one shared SVG (key
    :data:`SHARED_MAP`, in ``language``) when there are none."""
    jobs = {lang: (lang, f"{lang}-") for lang in languages} or {
        SHARED_MAP: (language, SHARED_PREFIX)
    }
    dots = {
        key: map_to_dot(
            m, statuses=statuses, language=lang, legend=False, id_prefix=prefix, tooltips=False
        )
        for key, (lang, prefix) in jobs.items()
    }

    def lay_out(dot: str) -> str:
        return render_svg(dot, timeout=timeout)

    if len(dots) == 1:
        svgs = {key: lay_out(dot) for key, dot in dots.items()}
    else:
        with ThreadPoolExecutor(max_workers=len(dots)) as pool:
            svgs = dict(zip(dots, pool.map(lay_out, dots.values()), strict=True))
    return {key: slim(prefixed_ids(inline_svg(svg), jobs[key][1])) for key, svg in svgs.items()}
