"""The report's page: :func:`report_html` puts the map, its statuses and the analyses together.

See :mod:`argmap.render.html` for what the page holds. The statuses under every
reading are computed first; then Graphviz lays the diagrams out in other
processes while the explanations, what-if lists and strengths are computed
(:mod:`argmap.render.html.analyses`); the template gets its variables and the
script its data from :class:`~argmap.render.html.context.PageContext`.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from markupsafe import Markup

from argmap.atomic import write_text_atomic
from argmap.evaluation import (
    DEFAULT_SEMANTICS,
    EXTENSION_LIMIT,
    Reading,
    Status,
    StatusTable,
    parse_extension_semantics,
    parse_reading,
    status_table,
)
from argmap.i18n import LANGUAGES
from argmap.model import ArgumentMap
from argmap.render.dot import ANSWER_COLOUR, ATTACK_COLOUR, PARTICIPANT_COLOURS, SUPPORT_COLOUR
from argmap.render.html.analyses import (
    WHAT_IF_MAP_LIMIT,
    explained_semantics,
    explanation_data,
    gradual_data,
    what_if_page_data,
)
from argmap.render.html.context import Computed, PageContext
from argmap.render.html.csp import content_security_policy
from argmap.render.html.maps import map_languages, map_svgs
from argmap.render.html.templates import asset, environment
from argmap.render.layout import DEFAULT_LAYOUT_TIMEOUT
from argmap.render.status import status_colour
from argmap.semantics import Semantics

TEMPLATE = "report.html.j2"
"""The template of the report, in :func:`~argmap.render.html.templates.templates_root`."""


def report_html(
    m: ArgumentMap,
    *,
    semantics: Iterable[Semantics | str] = DEFAULT_SEMANTICS,
    reading: Reading | str | None = None,
    language: str = "en",
    explanations: Mapping[str, str] | None = None,
    table: StatusTable | None = None,
    extension_limit: int = EXTENSION_LIMIT,
    timeout: float | None = None,
    explained: Iterable[Semantics | str] | None = None,
    layout_timeout: float | None = DEFAULT_LAYOUT_TIMEOUT,
    classroom: bool = False,
) -> str:
    """The self-contained HTML report of ``m`` (see the module docstring).

    Parameters
    ----------
    m : ArgumentMap
    semantics : iterable of Semantics or str
        The semantics compared; the first one colours the map when the page opens.
    reading : Reading or str, optional
        The reading the page opens with (the default reading when not given; the
        reading of ``table`` when it is given). The statuses under every other
        reading are embedded too, and the reader can switch between them;
        explanations and what-if lists are given under the opening reading.
    language : {"en", "fr"}
        The language the page opens in (the reader can switch).
    explanations : mapping of str to str, optional
        Why each statement (by id) has its status, as plain text written by the
        analyst; shown in its details panel above the computed explanation.
    table : StatusTable, optional
        Statuses already computed under the opening reading
        (:func:`~argmap.evaluation.status_table`); computed here otherwise.
    extension_limit, timeout
        Passed to :func:`~argmap.evaluation.status_table`.
    explained : iterable of Semantics or str, optional
        The semantics under which every statement's explanation (text in both
        languages and the tree of its proof) and what-if list are embedded;
        default :func:`explained_semantics` (grounded, preferred and the one the
        page opens with; grounded only on maps of more than
        :data:`EXPLANATION_MAP_LIMIT` statements). What-if lists are left out on maps of more than
        :data:`WHAT_IF_MAP_LIMIT` statements. Semantics not offered are ignored;
        an empty iterable embeds none.
    layout_timeout : float or None
        Seconds the map's layout may take (:func:`~argmap.render.layout.lay_out`);
        ``None`` waits as long as it takes.
    classroom : bool
        Open the page in its classroom view: the issue and its positions in large
        type for a projector, each position unfolding into its reasons and
        objections, a step-by-step walk through the text, and simple words
        (accepted, rejected, undecided under grounded semantics). Every report
        has that view (a button in the page, or ``#classroom`` after its
        address); this only chooses the one it opens in.

    Returns
    -------
    str
        The page, UTF-8 text.

    Examples
    --------
    >>> m = ArgumentMap(title="Tea?", statements=[
    ...     {"id": "q", "kind": "issue", "text": {"en": "Tea or coffee?"}},
    ...     {"id": "tea", "text": {"en": "Tea."}, "answers": "q"},
    ...     {"id": "jit", "text": {"en": "Tea makes me jittery."}}],
    ...     attacks=[{"id": "a", "kind": "rebut", "source": "jit", "target": "tea"}])
    >>> page = report_html(m, semantics=["grounded", "preferred"])
    >>> page.startswith("<!DOCTYPE html>"), 'id="m&#45;st&#45;tea"' in page
    (True, True)
    """
    if language not in LANGUAGES:
        raise ValueError(f"language {language!r} is not supported; use one of: en, fr")
    if table is None:
        table = status_table(
            m, semantics, reading=reading, extension_limit=extension_limit, timeout=timeout
        )
    elif reading is not None and parse_reading(reading) is not table.reading:
        raise ValueError(
            f"the table given is under the {table.reading.value} reading, not "
            f"{parse_reading(reading).value}; leave reading out or compute the table under it"
        )
    if not table.results:
        raise ValueError("a report needs at least one semantics; e.g. grounded")
    tables = {
        r: table
        if r is table.reading
        else status_table(
            m, table.semantics, reading=r, extension_limit=extension_limit, timeout=timeout
        )
        for r in Reading
    }
    languages = map_languages(m)
    offered = table.semantics
    if explained is None:
        chosen = explained_semantics(m, table)
    else:
        wanted = {parse_extension_semantics(s) for s in explained}
        chosen = tuple(s for s in offered if s in wanted)
    # Graphviz lays the maps out in other processes meanwhile: the explanations cost nothing more
    with ThreadPoolExecutor(max_workers=1) as layout:
        laid_out = layout.submit(map_svgs, m, table.results[0], language, languages, layout_timeout)
        computed = Computed(
            explanations={s.value: explanation_data(m, s, table.reading) for s in chosen},
            what_if=(
                what_if_page_data(m, chosen, table.reading)
                if len(m.statements) <= WHAT_IF_MAP_LIMIT
                else {}
            ),
            gradual=gradual_data(m),
        )
        maps = laid_out.result()
    messages = json.loads(asset("report-messages.json"))
    css = palette_css() + asset("report.css") + asset("classroom.css")
    script = asset("gradual.js") + asset("dom.js") + asset("report.js") + asset("classroom.js")
    context = PageContext(
        m,
        tables,
        table.reading,
        language,
        explanations or {},
        messages,
        maps,
        languages,
        computed,
        classroom=classroom,
    )
    page = (
        environment()
        .get_template(TEMPLATE)
        .render(
            **context.variables(),
            css=Markup(css),
            script=Markup(script),
            csp=Markup(content_security_policy(css, script)),
        )
    )
    return page


def write_report(m: ArgumentMap, path: str | os.PathLike[str], **options: Any) -> None:
    """Write :func:`report_html` of ``m`` to ``path`` atomically (``options`` as there).

    >>> import tempfile, pathlib
    >>> m = ArgumentMap(title="t", statements=[{"id": "a", "text": {"en": "A"}}])
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = pathlib.Path(folder) / "report.html"
    ...     write_report(m, path, semantics=["grounded"])
    ...     path.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    True
    """
    write_text_atomic(path, report_html(m, **options))


def palette_css() -> str:
    """CSS for the colours the diagrams use too: status fills and participants' borders."""
    statuses = {
        "in": Status.IN,
        "out": Status.OUT,
        "undec": Status.UNDEC,
        "credulous": Status.CREDULOUS,
        "none": Status.NO_EXTENSION,
    }
    variables = "".join(f"--status-{key}: {status_colour(s)}; " for key, s in statuses.items())
    variables += (
        f"--support: {SUPPORT_COLOUR}; --attack: {ATTACK_COLOUR}; --answers: {ANSWER_COLOUR}; "
    )
    rules = [f":root {{ {variables}}}"]
    for position, colour in enumerate(PARTICIPANT_COLOURS):
        rules.append(f".swatch.pc-{position} {{ background: {colour}; }}")
        rules.append(f".speaker-sample.pc-{position} {{ border-color: {colour}; }}")
    return "\n".join(rules) + "\n"
