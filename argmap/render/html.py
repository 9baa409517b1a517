"""The HTML report: one self-contained page for a reader who wants to understand a debate.

:func:`report_html` builds a single HTML file (inline SVG, CSS and script; no
network access, it opens offline from disk) with:

* the question, the sources (title, author, date, and a link when the URL is
  ``http``/``https``) and the participants;
* the map (:mod:`argmap.render.dot`, laid out by Graphviz), coloured by the
  status of every argument under a semantics chosen in the page: switching
  semantics re-colours the map without reloading (the statuses under every
  semantics are computed beforehand, :mod:`argmap.render.status`, and embedded
  as JSON);
* a table of every statement under every semantics, rows where the semantics
  disagree marked, and the extensions of each semantics;
* a details panel per statement: its paraphrases, the quote with its speaker,
  its supporters and attackers, its status under the semantics chosen, and

  - why it has that status (:func:`~argmap.explain.explain_map`): the prose in
    the page's language and the typed proof as a collapsible tree (the
    grounded dispute tree, the defence steps of a set accepting it, the
    counter-extension that leaves it out...), each step showing on the map
    the arguments it involves;
  - what would change it (:func:`~argmap.explain.what_if_map`): the single
    edits of the map that flip its status, smallest first, each showing on the
    map what it touches, and its robustness score;
  - its strengths under DF-QuAD, quadratic energy and the h-categorizer
    (:func:`~argmap.evaluation.evaluate` on the map as it stands, the abstract
    reading, also a column each in the
    table) as bars, with a slider for its base weight: the page recomputes
    every strength from the embedded weighted graph (forward in topological
    order on acyclic graphs, by iteration otherwise, saying when it did not
    converge);

  explanations and what-if lists are embedded for grounded, preferred and the
  semantics the page opens with (:func:`explained_semantics`; grounded only on
  maps of more than :data:`EXPLANATION_MAP_LIMIT` statements, none for what-if
  on maps of more than :data:`WHAT_IF_MAP_LIMIT`: each costs page size and
  time — see ``explained=`` of :func:`report_html` for more);
* the source text with every quoted passage highlighted and linked both ways
  (passage → statement, statement → passage); page chrome shown dimmed and
  labelled as not part of the debate;
* an English / French switch, keyboard navigation, a print style sheet and a
  layout for narrow windows.

Safety: the page is rendered by Jinja2 with autoescaping; debate text never
reaches the page unescaped (the map's text is escaped by
:mod:`argmap.render.dot` and Graphviz, the JSON is embedded with ``tojson``,
which escapes ``<``, ``>`` and ``&``, and the script writes text with
``textContent`` only). A Content-Security-Policy allows only the page's own
script and style (by hash) and no network access at all.

The templates are in the top-level ``templates/`` folder of a source checkout,
shipped in the wheel as ``argmap/_data/templates``.
"""

from __future__ import annotations

import base64
import hashlib
import itertools
import json
import os
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import jinja2
from markupsafe import Markup

from argmap.display_text import neutralise_bidi
from argmap.evaluation import (
    DEFAULT_SEMANTICS,
    EXTENSION_LIMIT,
    Evaluation,
    Reading,
    Status,
    StatusTable,
    evaluate,
    parse_extension_semantics,
    parse_reading,
    status_table,
)
from argmap.explain import (
    CredulousProof,
    Explanation,
    GroundedExplanation,
    Move,
    ScepticalAcceptance,
    ScepticalRejection,
    explain_map,
    what_if_map,
)
from argmap.explain.admissible import (
    CounterExtension,
    CredulousRejection,
    ExcludedEverywhere,
    NoExtension,
    Refutation,
    SelfAttack,
)
from argmap.explain.schemes_text import scheme_data
from argmap.explain.whatif_text import WHAT_IF_SHOWN
from argmap.frameworks.abstract import FrameworkError
from argmap.frameworks.map_bipolar import weighted_graph
from argmap.gradual.types import GradualError
from argmap.io.atomic import write_text_atomic
from argmap.model import (
    ArgumentMap,
    Attack,
    Source,
    Stance,
    Statement,
    Support,
    localised,
    stance_label,
    voiced_by,
)
from argmap.render.dot import (
    ANSWER_COLOUR,
    ATTACK_COLOUR,
    PARTICIPANT_COLOURS,
    SUPPORT_COLOUR,
    NodeNames,
    map_to_dot,
)
from argmap.render.layout import DEFAULT_LAYOUT_TIMEOUT
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
from argmap.render.svg import inline_svg, render_svg
from argmap.semantics import Semantics

LANGUAGES = ("en", "fr")
"""The languages of the report's interface."""

EXTENSIONS_SHOWN = 10
"""Extensions listed per semantics in the report."""

BILINGUAL_MAP_LIMIT = 300
"""Maps of more statements get one diagram only, in the language the page opens in
(a second diagram would double the size of the page)."""

EXPLAINED_BY_DEFAULT = frozenset({Semantics.GROUNDED, Semantics.PREFERRED})
"""The semantics explained in a report unless asked otherwise (see :func:`explained_semantics`)."""

EXPLANATION_MAP_LIMIT = 300
"""Maps of more statements get explanations under one semantics only, grounded when offered."""

WHAT_IF_MAP_LIMIT = 300
"""Maps of more statements get no what-if lists: each list tries every single edit of
the map, one evaluation per edit, which a large map cannot wait for."""

STEP_LIMIT = 200
"""Steps of an explanation's tree written into the page before it is cut."""

STEP_DEPTH = 60
"""Moves on one line of a dispute tree written into the page before it is cut."""

SET_SHOWN = 12
"""Members of an extension named in a step of an explanation's tree (the defence set
when there is one; a large map's extensions hold hundreds of arguments)."""

GRADUAL_SEMANTICS = ("df-quad", "quadratic-energy", "h-categorizer")
"""The gradual semantics whose strengths the report shows (and recomputes in the page)."""

STRENGTH_DECIMALS = 6
"""Strengths are written into the page rounded to this many decimals."""

TEMPLATE = "report.html.j2"


def templates_root() -> Path:
    """The folder holding the report templates.

    In an installed wheel they ship as ``argmap/_data/templates``; in a source
    checkout (editable install) they are the top-level ``templates/`` folder.

    >>> (templates_root() / "report.html.j2").is_file()
    True
    """
    package = Path(__file__).resolve().parents[1]
    shipped = package / "_data" / "templates"
    return shipped if shipped.is_dir() else package.parent / "templates"


@cache
def _environment() -> jinja2.Environment:
    environment = jinja2.Environment(
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
    environment.filters["localised"] = localised
    return environment


def _without_bidi_overrides(value: Any) -> Any:
    """Every value the templates print, with bidi overrides shown as markers
    (:func:`~argmap.display_text.neutralise_bidi`); markup stays markup."""
    if not isinstance(value, str):
        return value
    cleaned = neutralise_bidi(value)
    if cleaned is value:
        return value
    return Markup(cleaned) if isinstance(value, Markup) else cleaned


def _asset(name: str) -> str:
    return (templates_root() / name).read_text(encoding="utf-8")


def safe_url(url: str | None) -> str | None:
    """``url`` when it is an ``http`` or ``https`` address with a host, else ``None``.

    Only such links are made clickable in a report: ``javascript:``, ``data:``
    and relative addresses are shown as text.

    >>> safe_url("https://example.org/a?b=1"), safe_url("javascript:alert(1)")
    ('https://example.org/a?b=1', None)
    >>> safe_url(" HTTP://example.org"), safe_url("//example.org/x")
    ('HTTP://example.org', None)
    """
    if url is None:
        return None
    candidate = url.strip()
    if any(ord(c) < 0x21 for c in candidate):
        return None
    try:
        parts = urlsplit(candidate)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return candidate


# -- the source text, cut into highlighted passages ------------------------------------------


@dataclass(frozen=True)
class Passage:
    """A stretch of source text, with the statements that quote it (maybe none)."""

    text: str
    statements: tuple[str, ...]


@dataclass(frozen=True)
class SourceBlock:
    """Consecutive passages in the same section of a source (or outside any section)."""

    section: str | None
    title: str | None
    chrome: bool
    passages: tuple[Passage, ...]


def source_blocks(
    source: Source, statements: Iterable[Statement], language: str = "en"
) -> tuple[SourceBlock, ...]:
    """The text of ``source`` cut at section and quote boundaries.

    Every character of the text is in exactly one passage, in order; a passage
    lists the statements whose quote covers it (quotes may overlap), and
    belongs to the smallest section around it.

    Examples
    --------
    >>> m = ArgumentMap(title="t", sources=[{"id": "s", "title": "S", "text": "ab cd ef",
    ...     "sections": [{"id": "x", "title": "X", "span": [0, 5]}]}],
    ...     participants=[{"id": "p", "name": "P"}],
    ...     statements=[{"id": "c", "text": {"en": "C"},
    ...         "provenance": {"source": "s", "speaker": "p", "quote": "cd", "span": [3, 5]}}])
    >>> [(b.section, [(p.text, p.statements) for p in b.passages])
    ...  for b in source_blocks(m.sources[0], m.statements)]
    [('x', [('ab ', ()), ('cd', ('c',))]), (None, [(' ef', ())])]
    """
    text = source.text or ""
    length = len(text)
    quotes = [
        (
            max(0, min(st.provenance.span[0], length)),
            max(0, min(st.provenance.span[1], length)),
            st.id,
        )
        for st in statements
        if st.provenance is not None
        and st.provenance.source == source.id
        and st.provenance.span is not None
    ]
    cuts = {0, length}
    for start, end, _ in quotes:
        cuts.update((start, end))
    for section in source.sections:
        cuts.update(min(max(0, offset), length) for offset in section.span)
    points = sorted(cuts)
    starts: dict[int, list[int]] = {}
    ends: dict[int, list[int]] = {}
    for position, (start, end, _) in enumerate(quotes):
        if end > start:
            starts.setdefault(start, []).append(position)
            ends.setdefault(end, []).append(position)
    sections = sorted(source.sections, key=lambda s: (s.span[1] - s.span[0], s.span[0]))
    active: set[int] = set()
    blocks: list[SourceBlock] = []
    current: tuple[str | None, str | None, bool] | None = None
    passages: list[Passage] = []
    for left, right in itertools.pairwise(points):
        active.difference_update(ends.get(left, ()))
        active.update(starts.get(left, ()))
        if right <= left:
            continue
        around = next((s for s in sections if s.span[0] <= left and right <= s.span[1]), None)
        key = (
            (around.id, localised(around.title, language), around.chrome)
            if around
            else (
                None,
                None,
                False,
            )
        )
        quoting = tuple(quotes[i][2] for i in sorted(active))
        if key != current:
            if current is not None and passages:
                blocks.append(SourceBlock(*current, tuple(passages)))
            current, passages = key, []
        if passages and passages[-1].statements == quoting:
            passages[-1] = Passage(passages[-1].text + text[left:right], quoting)
        else:
            passages.append(Passage(text[left:right], quoting))
    if current is not None and passages:
        blocks.append(SourceBlock(*current, tuple(passages)))
    return tuple(blocks)


# -- the report ----------------------------------------------------------------------------


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
    languages = _map_languages(m)
    offered = table.semantics
    if explained is None:
        chosen = explained_semantics(m, table)
    else:
        wanted = {parse_extension_semantics(s) for s in explained}
        chosen = tuple(s for s in offered if s in wanted)
    # Graphviz lays the maps out in other processes meanwhile: the explanations cost nothing more
    with ThreadPoolExecutor(max_workers=1) as layout:
        laid_out = layout.submit(
            _map_svgs, m, table.results[0], language, languages, layout_timeout
        )
        computed = _Computed(
            explanations={s.value: explanation_data(m, s, table.reading) for s in chosen},
            what_if=(
                {s.value: what_if_data(m, s, table.reading) for s in chosen}
                if len(m.statements) <= WHAT_IF_MAP_LIMIT
                else {}
            ),
            gradual=gradual_data(m),
        )
        maps = laid_out.result()
    messages = json.loads(_asset("report-messages.json"))
    css = _palette_css() + _asset("report.css")
    script = _asset("report.js")
    context = _Context(
        m, tables, table.reading, language, explanations or {}, messages, maps, languages, computed
    )
    page = (
        _environment()
        .get_template(TEMPLATE)
        .render(
            **context.variables(),
            css=Markup(css),
            script=Markup(script),
            csp=Markup(_content_security_policy(css, script)),
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


def _palette_css() -> str:
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


def _content_security_policy(css: str, script: str) -> str:
    def digest(text: str) -> str:
        return base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")

    return (
        "default-src 'none'; "
        f"script-src 'sha256-{digest(script)}'; "
        f"style-src 'sha256-{digest(css)}'; "
        "img-src data:; base-uri 'none'; form-action 'none'"
    )


def _map_languages(m: ArgumentMap) -> tuple[str, ...]:
    """The interface languages that get a map of their own.

    Both, when the paraphrases exist in both and the map has at most
    :data:`BILINGUAL_MAP_LIMIT` statements; otherwise none: one map, in the
    language the page opens in.
    """
    if len(m.statements) > BILINGUAL_MAP_LIMIT:
        return ()
    present = {language for st in m.statements for language in st.text}
    wanted = tuple(language for language in LANGUAGES if language in present)
    return wanted if len(wanted) > 1 else ()


def _map_svgs(
    m: ArgumentMap,
    statuses: Evaluation,
    language: str,
    languages: Sequence[str],
    timeout: float | None = DEFAULT_LAYOUT_TIMEOUT,
) -> dict[str, str]:
    """One inline SVG per language of ``languages``, or one shared SVG when there are none."""
    jobs = {lang: (lang, f"{lang}-") for lang in languages} or {"all": (language, "m-")}
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
    return {key: _slim(_prefixed_ids(inline_svg(svg), jobs[key][1])) for key, svg in svgs.items()}


_DEFAULTS = re.compile(r' (?:text-anchor="start"|font-family="Helvetica,sans-Serif")')


def _slim(svg: str) -> str:
    """Drop attributes the page's style sheet sets anyway (a third of a large map's text)."""
    return _DEFAULTS.sub("", svg)


def _prefixed_ids(svg: str, prefix: str) -> str:
    """Prefix Graphviz's own ids (``graph0``, ``clust1``, ...) so that two maps share a page."""
    escaped = prefix.replace("-", "&#45;")

    def fix(match: re.Match[str]) -> str:
        value = match.group(1)
        if value.startswith((prefix, escaped)):
            return match.group(0)
        return f' id="{escaped}{value}"'

    return re.sub(r' id="([^"]*)"', fix, svg)


STATUS_CODES: Mapping[Status, str] = {
    Status.IN: "i",
    Status.OUT: "o",
    Status.UNDEC: "u",
    Status.SCEPTICAL: "s",
    Status.CREDULOUS: "c",
    Status.REJECTED: "r",
    Status.NO_EXTENSION: "n",
    Status.UNKNOWN: "k",
}
"""One letter per status: the page's data holds each semantics' statuses as one string."""


def _codes(result: Evaluation, arguments: Iterable[str]) -> str:
    """The statuses of ``arguments`` in ``result`` as one string of :data:`STATUS_CODES`."""
    return "".join(STATUS_CODES[result.statuses[a]] for a in arguments)


@dataclass(frozen=True)
class _Computed:
    """Explanations and what-if lists per semantics, and gradual strengths, for the page."""

    explanations: Mapping[str, Mapping[str, Any]]
    what_if: Mapping[str, Mapping[str, Any]]
    gradual: Mapping[str, Any] | None


class _Context:
    """Everything the template and the page's script need, from the map and its statuses."""

    def __init__(
        self,
        m: ArgumentMap,
        tables: Mapping[Reading, StatusTable],
        reading: Reading,
        language: str,
        explanations: Mapping[str, str],
        messages: Mapping[str, Mapping[str, str]],
        maps: Mapping[str, str],
        map_languages: Sequence[str],
        computed: _Computed,
    ) -> None:
        self.m = m
        self.computed = computed
        gradual = computed.gradual
        self.strengths: dict[str, list[float]] = {}
        if gradual is not None:
            for position, argument in enumerate(gradual["arguments"]):
                self.strengths[argument] = [
                    gradual["strengths"][name][position] for name in GRADUAL_SEMANTICS
                ]
        self.map_languages = map_languages
        self.tables = tables
        self.reading = reading
        table = self.table = tables[reading]
        self.language = language
        self.explanations = explanations
        self.messages = messages
        self.maps = maps
        self.arguments = set(table.arguments)
        self.disagree = set(table.disagreements())
        # every relation of every statement, gathered in one pass over the map
        self.supported_by: dict[str, list[Support]] = defaultdict(list)
        self.premise_of: dict[str, list[Support]] = defaultdict(list)
        self.attacked_by: dict[str, list[Attack]] = defaultdict(list)
        self.attacks_from: dict[str, list[Attack]] = defaultdict(list)
        self.positions: dict[str, list[str]] = defaultdict(list)
        self.spoken: Counter[str] = Counter()
        for support in m.supports:
            self.supported_by[support.conclusion].append(support)
            for premise in support.premises:
                self.premise_of[premise].append(support)
        for attack in m.attacks:
            self.attacked_by[attack.target].append(attack)
            self.attacks_from[attack.source].append(attack)
        for st in m.statements:
            if st.answers is not None:
                self.positions[st.answers].append(st.id)
            if st.provenance is not None:
                self.spoken[st.provenance.speaker] += 1

    def variables(self) -> dict[str, Any]:
        m = self.m
        first = self.table.results[0]
        return {
            "lang": self.language,
            "m": m,
            "t": self.messages[self.language],
            "issues": m.issues,
            "sources": [self._source(s) for s in m.sources],
            "participants": [
                {
                    "id": p.id,
                    "name": p.name,
                    "role": localised(p.role, self.language) if p.role else None,
                    "css": f"pc-{position % len(PARTICIPANT_COLOURS)}",
                    "count": self.spoken[p.id],
                }
                for position, p in enumerate(m.participants)
            ],
            "issue_texts": {issue.id: _texts(issue.text) for issue in m.issues},
            "one_language_map": not self.map_languages
            and len({lang for st in m.statements for lang in st.text} & set(LANGUAGES)) > 1,
            "maps": [
                {"key": key, "svg": Markup(svg), "hidden": key not in ("all", self.language)}
                for key, svg in self.maps.items()
            ],
            "semantics": [
                {
                    "id": r.semantics.value,
                    "name": semantics_name(r.semantics, self.language),
                    "unique": r.unique,
                    "selected": r is first,
                }
                for r in self.table.results
            ],
            "readings": [
                {
                    "id": r.value,
                    "name": reading_name(r, self.language),
                    "description": reading_description(r, self.language),
                    "selected": r is self.reading,
                }
                for r in self.tables
            ],
            "reading": {
                "id": self.reading.value,
                "name": reading_name(self.reading, self.language),
            },
            "rows": self._rows(),
            "extensions": self._extensions(),
            "unique_statuses": [self._status_info(s) for s in UNIQUE_STATUSES],
            "multiple_statuses": [self._status_info(s) for s in MULTIPLE_STATUSES],
            "first_unique": first.unique,
            "gradual": list(GRADUAL_SEMANTICS) if self.computed.gradual is not None else [],
            "edge_legend": _EDGE_LEGEND,
            "data": self._data(),
        }

    def _status_info(self, status: Status) -> dict[str, str]:
        return {
            "id": status.value,
            "glyph": status_glyph(status),
            "name": status_name(status, self.language),
            "description": status_description(status, self.language),
        }

    def _source(self, source: Source) -> dict[str, Any]:
        return {
            "id": source.id,
            "title": localised(source.title, self.language),
            "author": source.author,
            "publisher": source.publisher,
            "date": source.date,
            "url": source.url,
            "link": safe_url(source.url),
            "blocks": source_blocks(source, self.m.statements, self.language)
            if source.text
            else (),
        }

    def _rows(self) -> list[dict[str, Any]]:
        rows = [self._row(st.id, "statement", st.text) for st in self.m.statements]
        for support in self.m.supports:
            text = {"en": f"{' + '.join(support.premises)} → {support.conclusion}"}
            rows.append(self._row(support.id, "inference", text))
        return rows

    def _row(self, element: str, kind: str, text: Mapping[str, str]) -> dict[str, Any]:
        cells = []
        if element in self.arguments:
            for result in self.table.results:
                status = result.statuses[element]
                cells.append((status.value, status_glyph(status)))
        return {
            "id": element,
            "kind": kind,
            "texts": _texts(text),
            "cells": cells,
            "strengths": [f"{value:.2f}" for value in self.strengths.get(element, ())],
            "disagree": element in self.disagree,
        }

    def _extensions(self) -> list[dict[str, Any]]:
        return [
            {
                "semantics": r.semantics.value,
                "reading": reading.value,
                "hidden": reading is not self.reading,
                "name": semantics_name(r.semantics, self.language),
                "count": len(r.extensions),
                "complete": r.complete,
                "listed": [", ".join(e) for e in r.extensions[:EXTENSIONS_SHOWN]],
                "more": len(r.extensions) > EXTENSIONS_SHOWN or not r.complete,
            }
            for reading, table in self.tables.items()
            for r in table.results
        ]

    def _data(self) -> dict[str, Any]:
        m = self.m
        prefixes = {lang: f"{lang}-" for lang in self.map_languages}
        prefixes = prefixes or dict.fromkeys(LANGUAGES, "m-")
        return {
            "lang": self.language,
            "mapPrefix": prefixes,
            "names": {
                "statement": NodeNames().statement(""),
                "inference": NodeNames().inference(""),
            },
            "messages": self.messages,
            "statuses": {
                s.value: {
                    "code": STATUS_CODES[s],
                    "glyph": status_glyph(s),
                    "name": {lang: status_name(s, lang) for lang in LANGUAGES},
                    "description": {lang: status_description(s, lang) for lang in LANGUAGES},
                }
                for s in Status
            },
            "arguments": list(self.table.arguments),
            "semantics": [
                {
                    "id": r.semantics.value,
                    "name": {lang: semantics_name(r.semantics, lang) for lang in LANGUAGES},
                    "unique": r.unique,
                    "codes": _codes(r, self.table.arguments),
                }
                for r in self.table.results
            ],
            "reading": self.reading.value,
            "readings": [
                {
                    "id": reading.value,
                    "name": {lang: reading_name(reading, lang) for lang in LANGUAGES},
                    "codes": {
                        r.semantics.value: _codes(r, self.table.arguments) for r in table.results
                    },
                    "disagree": list(table.disagreements()),
                }
                for reading, table in self.tables.items()
            ],
            "statements": {st.id: self._statement(st) for st in m.statements},
            "inferences": {s.id: self._inference(s) for s in m.supports},
            "speakers": {p.id: p.name for p in m.participants},
            "sources": {s.id: localised(s.title, self.language) for s in m.sources},
            "explanations": dict(self.computed.explanations),
            "explainedReading": self.reading.value,
            "whatIf": dict(self.computed.what_if),
            "whatIfLarge": len(m.statements) > WHAT_IF_MAP_LIMIT,
            "gradual": self.computed.gradual,
        }

    def _attackers(self, target: str) -> list[list[str]]:
        return [[a.id, a.kind.value, a.source] for a in self.attacked_by.get(target, ())]

    def _inference(self, support: Support) -> dict[str, Any]:
        return _compact(
            {
                "premises": list(support.premises),
                "conclusion": support.conclusion,
                "scheme": scheme_data(self.m, support.id),
                "attackedBy": self._attackers(support.id),
                "explanation": self.explanations.get(support.id),
            }
        )

    def _stance(self, st: Statement) -> dict[str, Any] | None:
        """How the speaker voices a statement they do not hold: its stance's name and
        who voices it, by language (``None`` for an asserted statement)."""
        if st.stance is Stance.ASSERTED or st.provenance is None:
            return None
        speaker = self.m.get(st.provenance.speaker)
        name = getattr(speaker, "name", st.provenance.speaker)
        return {
            "name": {lang: stance_label(st.stance, lang) for lang in LANGUAGES},
            "voicedBy": {lang: voiced_by(st.stance, name, lang) for lang in LANGUAGES},
        }

    def _statement(self, st: Statement) -> dict[str, Any]:
        provenance = st.provenance
        return _compact(
            {
                "kind": "implicit" if st.implicit else st.kind.value,
                "text": dict(st.text),
                "speaker": provenance.speaker if provenance else None,
                "stance": self._stance(st),
                "quote": provenance.quote if provenance else None,
                "source": provenance.source if provenance else None,
                "answers": st.answers,
                "positions": self.positions.get(st.id),
                "supportedBy": [[s.id, *s.premises] for s in self.supported_by.get(st.id, ())],
                "attackedBy": self._attackers(st.id),
                "supports": [[s.id, s.conclusion] for s in self.premise_of.get(st.id, ())],
                "attacks": [
                    [a.id, a.kind.value, a.target] for a in self.attacks_from.get(st.id, ())
                ],
                "note": st.note,
                "argument": st.id in self.arguments or None,
                "explanation": self.explanations.get(st.id),
            }
        )


def _compact(fields: dict[str, Any]) -> dict[str, Any]:
    """``fields`` without the empty ones (the page's script reads a missing field as empty)."""
    return {key: value for key, value in fields.items() if value not in (None, [], {})}


_EDGE_LEGEND: Sequence[tuple[str, str]] = (
    ("support", "edge_support"),
    ("rebut", "edge_rebut"),
    ("undermine", "edge_undermine"),
    ("undercut", "edge_undercut"),
    ("answers", "edge_answers"),
)


def _texts(text: Mapping[str, str]) -> list[dict[str, Any]]:
    """The paraphrases to print: one per interface language, switched by the page.

    A statement with both English and French gets two spans, one shown per
    language; one with a single language always shows it.
    """
    wanted = [lang for lang in LANGUAGES if lang in text]
    if len(wanted) > 1:
        return [{"lang": lang, "text": text[lang], "switch": True} for lang in wanted]
    lang, value = (wanted[0], text[wanted[0]]) if wanted else next(iter(text.items()))
    return [{"lang": lang, "text": value, "switch": False}]


# -- explanations, what-if lists and gradual strengths, for the page's data -------------------


def explained_semantics(m: ArgumentMap, table: StatusTable) -> tuple[Semantics, ...]:
    """The semantics whose explanations and what-if lists a report of ``m`` embeds by default.

    Those of :data:`EXPLAINED_BY_DEFAULT` that ``table`` offers, and the one the
    page opens with, in the table's order. On maps of more than
    :data:`EXPLANATION_MAP_LIMIT` statements only one: grounded when offered
    (its explanations take about a second for 1,000 statements; those of the
    multiple-extension semantics ten times longer), else the one the page opens
    with. Every offered semantics would make a page several times larger and
    slower to make (the proofs under multiple-extension semantics search for
    extensions; a what-if list evaluates the map once per edit): pass
    ``explained=`` to :func:`report_html` for more.

    Examples
    --------
    >>> m = ArgumentMap(title="t", statements=[{"id": "a", "text": {"en": "A"}}])
    >>> table = status_table(m, ["stable", "grounded", "complete", "preferred"])
    >>> [s.value for s in explained_semantics(m, table)]
    ['stable', 'grounded', 'preferred']
    """
    offered = table.semantics
    chosen = [s for position, s in enumerate(offered) if position == 0 or s in EXPLAINED_BY_DEFAULT]
    if len(m.statements) > EXPLANATION_MAP_LIMIT:
        grounded = Semantics.GROUNDED if Semantics.GROUNDED in chosen else chosen[0]
        chosen = [grounded]
    return tuple(chosen)


Step = list[Any]
"""One step of an explanation's tree, as the page reads it: ``[kind, ids, children]``."""


class _Steps:
    """The typed proof of an :class:`~argmap.explain.Explanation` as a tree of page steps.

    A step is ``[kind, ids]`` or ``[kind, ids, children]``; the page words each
    kind (``step_<kind>`` in the messages, ``{0}``, ``{1}``... standing for the
    ids, ``{rest}`` for the ids after the first two) and highlights the ids on
    the map. At most :data:`STEP_LIMIT` steps are written; a cut tree ends with
    a ``more`` step.
    """

    def __init__(self) -> None:
        self.left = STEP_LIMIT

    def step(self, kind: str, ids: Sequence[str], children: Sequence[Step] = ()) -> Step:
        self.left -= 1
        return [kind, list(ids), list(children)] if children else [kind, list(ids)]

    def of(self, why: Explanation) -> list[Step]:
        steps: list[Step] = []
        if why.grounded is not None:
            steps += self.grounded(why.grounded)
        if why.acceptance is not None:
            steps.append(self.proof(why.acceptance))
        if why.rejection is not None:
            steps.append(self.rejection(why.rejection))
        if why.sceptical is not None:
            steps.append(self.sceptical(why.sceptical))
        return steps

    def grounded(self, why: GroundedExplanation) -> list[Step]:
        steps: list[Step] = []
        if why.tree is not None:
            steps.append(self.move(why.tree.root))
        if why.undecided is not None:
            cycles = [self.step("cycle", c.members) for c in why.undecided.cycles]
            steps.append(self.step("undecided", why.undecided.undecided_attackers, cycles))
        if why.other_defeaters:
            steps.append(self.step("others", why.other_defeaters))
        return steps

    def move(self, move: Move, depth: int = 0) -> Step:
        opening = move.against is None
        kind = "open" if opening else move.player.value
        ids = [move.argument] if opening else [move.argument, move.against or ""]
        if self.left <= 0 or depth > STEP_DEPTH:
            return self.step("more", ())
        children: list[Step] = []
        for child in move.children:
            if self.left <= 0:
                children.append(self.step("more", ()))
                break
            children.append(self.move(child, depth + 1))
        return self.step(kind, ids, children)

    def proof(self, proof: CredulousProof) -> Step:
        steps = [
            self.step("defence", (s.attacker, s.defended, s.defender))
            for s in proof.steps[: max(self.left, 1)]
        ]
        members = proof.defence_set or sorted(proof.extension)
        return self.step("extension", (proof.argument, "", *_members(members)), steps)

    def counter(self, counter: CounterExtension) -> Step:
        ids = (counter.argument, counter.witness, *_members(sorted(counter.extension)))
        return self.step(f"counter_{counter.exclusion.value}", ids)

    def rejection(self, why: CredulousRejection) -> Step:
        if isinstance(why, SelfAttack):
            return self.step("self_attack", (why.argument,))
        if isinstance(why, Refutation):
            return self.step("refutation", (why.argument,), [self.move(why.root)])
        if isinstance(why, NoExtension):
            return self.step("no_extension", ())
        if isinstance(why, ExcludedEverywhere):
            counters = [self.counter(c) for c in why.counters]
            return self.step("excluded", (why.argument,), counters)
        return self.step("too_large", (why.argument, "", *why.attackers))

    def sceptical(self, why: ScepticalAcceptance | ScepticalRejection) -> Step:
        if isinstance(why, ScepticalRejection):
            return self.step("not_sceptical", (why.argument,), [self.counter(why.counter)])
        inner: list[Step] = []
        if why.grounded is not None:
            inner += self.grounded(why.grounded)
        if why.core is not None:
            inner.append(self.proof(why.core))
        return self.step(f"sceptical_{why.basis.value}", (why.argument,), inner)


def _members(members: Sequence[str]) -> list[str]:
    """The first :data:`SET_SHOWN` members of a set, then ``"…"`` when there are more."""
    if len(members) <= SET_SHOWN:
        return list(members)
    return [*members[:SET_SHOWN], "…"]


def explanation_data(
    m: ArgumentMap, semantics: Semantics, reading: Reading | None = None
) -> dict[str, dict[str, Any]]:
    """Every statement's explanation under ``semantics``, as the page's data.

    ``{statement id: {"text": {"en": ..., "fr": ...}, "steps": [...]}}``: the
    prose in both languages (:func:`~argmap.explain.explain_map`, without the
    sufficient sets, which cost more than the page can wait for) and the typed
    proof as a tree of steps (see :class:`_Steps`).

    Examples
    --------
    >>> m = ArgumentMap(title="t", statements=[
    ...     {"id": "a", "text": {"en": "A"}}, {"id": "b", "text": {"en": "B"}}],
    ...     attacks=[{"id": "x", "kind": "rebut", "source": "a", "target": "b"}])
    >>> explanation_data(m, Semantics.GROUNDED)["b"]["steps"]
    [['open', ['b'], [['opponent', ['a', 'b']]]]]
    """
    result: dict[str, dict[str, Any]] = {}
    explained = explain_map(m, semantics, "en", reading=reading, sufficiency=False)
    for statement, why in explained.items():
        result[statement] = {
            "text": {language: why.render(language) for language in LANGUAGES},
            "steps": _Steps().of(why),
        }
    return result


def what_if_data(
    m: ArgumentMap, semantics: Semantics, reading: Reading | None = None
) -> dict[str, dict[str, Any]]:
    """Every statement's what-if list under ``semantics``, as the page's data.

    ``{statement id: {"robustness": r, "considered": n, "head": {lang: text},
    "flips": [{"ids": [...], "after": status, "text": {lang: text}}], "more": k}}``:
    the single edits that flip its status (:func:`~argmap.explain.what_if_map`),
    ranked, at most :data:`~argmap.explain.whatif_text.WHAT_IF_SHOWN` of them, each with
    the statements and inference it touches.

    Examples
    --------
    >>> m = ArgumentMap(title="t", statements=[
    ...     {"id": "a", "text": {"en": "A"}}, {"id": "b", "text": {"en": "B"}}],
    ...     attacks=[{"id": "x", "kind": "rebut", "source": "a", "target": "b"}])
    >>> entry = what_if_data(m, Semantics.GROUNDED)["b"]
    >>> entry["robustness"], [f["ids"] for f in entry["flips"]]
    (0.0, [['a', 'b'], ['a', 'b'], ['a']])
    """
    supports = {s.id for s in m.supports}
    result: dict[str, dict[str, Any]] = {}
    for statement, what in what_if_map(m, semantics, reading=reading).items():
        texts = {language: what.text(language).split("\n") for language in LANGUAGES}
        shown = what.flips[:WHAT_IF_SHOWN]
        flips = []
        for position, flip in enumerate(shown, start=1):
            edit = flip.edit
            ids = [*edit.ends, *([edit.element] if edit.element in supports else [])]
            flips.append(
                {
                    "ids": ids,
                    "after": flip.after.value,
                    "text": {lang: lines[position] for lang, lines in texts.items()},
                }
            )
        result[statement] = {
            "robustness": round(what.robustness, 4),
            "considered": what.considered,
            "head": {lang: lines[0] for lang, lines in texts.items()},
            "flips": flips,
            "more": len(what.flips) - len(shown),
        }
    return result


def gradual_data(m: ArgumentMap) -> dict[str, Any] | None:
    """The weighted graph of ``m`` and its strengths under :data:`GRADUAL_SEMANTICS`.

    The page recomputes the strengths from this graph when the reader changes a
    base weight: arguments (claims and inferences, as
    :func:`~argmap.frameworks.map_bipolar.weighted_graph` builds them) with their
    weights, attacks and supports as index pairs, and per semantics the
    strengths :func:`~argmap.evaluation.evaluate` gives under the abstract reading
    (the map as it stands, supports aggregated by the semantics; rounded to
    :data:`STRENGTH_DECIMALS` decimals). ``None`` when the map has no weighted
    graph (a statement both supports and attacks the same argument).

    Examples
    --------
    >>> m = ArgumentMap(title="t", statements=[
    ...     {"id": "a", "text": {"en": "A"}}, {"id": "b", "text": {"en": "B"}}],
    ...     attacks=[{"id": "x", "kind": "rebut", "source": "a", "target": "b"}])
    >>> data = gradual_data(m)
    >>> data["arguments"], data["attacks"], data["strengths"]["df-quad"]
    (['a', 'b'], [[0, 1]], [0.5, 0.25])
    """
    try:
        graph = weighted_graph(m)
        evaluations = [evaluate(m, name, reading=Reading.ABSTRACT) for name in GRADUAL_SEMANTICS]
    except (FrameworkError, GradualError):
        return None
    arguments = list(graph.arguments)
    index = {a: i for i, a in enumerate(arguments)}
    strengths: dict[str, list[float]] = {}
    converged: dict[str, bool] = {}
    for name, result in zip(GRADUAL_SEMANTICS, evaluations, strict=True):
        strengths[name] = [round(result.strengths[a], STRENGTH_DECIMALS) for a in arguments]
        converged[name] = result.converged
    return {
        "semantics": list(GRADUAL_SEMANTICS),
        "arguments": arguments,
        "weights": [graph.weight(a) for a in arguments],
        "attacks": [[index[s], index[t]] for s, t in graph.sorted_attacks()],
        "supports": [[index[s], index[t]] for s, t in graph.sorted_supports()],
        "strengths": strengths,
        "converged": converged,
    }
