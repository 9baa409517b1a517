"""Rich display in Jupyter: maps as SVG diagrams, status tables as HTML.

The model layer cannot depend on rendering, so :class:`~argmap.model.ArgumentMap`
has no ``_repr_svg_`` of its own. Instead :func:`register_notebook_display`
registers display formatters with a running IPython kernel: maps then show
themselves as their Graphviz diagram, and
:class:`~argmap.evaluation.StatusTable` objects as a coloured table. Outside IPython
the function does nothing.
"""

from __future__ import annotations

import html
import sys
from typing import Any

from argmap.evaluation import StatusTable
from argmap.model import ArgumentMap
from argmap.render.dot import map_to_dot
from argmap.render.status import (
    reading_name,
    semantics_name,
    status_colour,
    status_glyph,
    status_name,
)
from argmap.render.svg import RenderError, render_svg


def map_svg(m: ArgumentMap) -> str | None:
    """The diagram of ``m`` as SVG text, or ``None`` when Graphviz is not installed.

    ``None`` lets the notebook fall back to the map's text representation.

    >>> svg = map_svg(ArgumentMap(title="t", statements=[{"id": "a", "text": {"en": "A"}}]))
    >>> 'id="st&#45;a"' in svg
    True
    """
    try:
        return render_svg(map_to_dot(m))
    except RenderError:
        return None


def status_table_html(table: StatusTable) -> str:
    """The HTML a notebook shows for a :class:`~argmap.evaluation.StatusTable`.

    One row per argument, one column per semantics, each cell coloured and
    marked by its status; the caption names the reading.

    >>> from argmap.frameworks import AF
    >>> from argmap.evaluation import status_table
    >>> page = status_table_html(status_table(AF(["a"], []), ["grounded"]))
    >>> page.count("<td"), "abstract reading" in page
    (1, True)
    """
    head = "".join(f"<th>{html.escape(semantics_name(s))}</th>" for s in table.semantics)
    rows = []
    for argument in table.arguments:
        cells = "".join(
            f'<td style="background:{status_colour(s)}" '
            f'title="{html.escape(status_name(s))}">'
            f"{status_glyph(s)} {html.escape(status_name(s))}</td>"
            for s in table.row(argument)
        )
        rows.append(f"<tr><th>{html.escape(argument)}</th>{cells}</tr>")
    caption = html.escape(f"{reading_name(table.reading)} reading")
    return (
        f'<table class="argmap-statuses"><caption>{caption}</caption><thead><tr><th>argument</th>'
        f"{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )


def _running_ipython() -> Any | None:
    """The running IPython shell, without importing IPython when it is not loaded."""
    module = sys.modules.get("IPython")
    if module is None:
        return None
    get_ipython = getattr(module, "get_ipython", None)
    return get_ipython() if callable(get_ipython) else None


def load_ipython_extension(shell: Any) -> None:
    """``%load_ext argmap.render.notebook``: register the formatters with ``shell``."""
    _register(shell)


def register_notebook_display() -> bool:
    """Register argmap's display formatters with the running IPython, if any.

    Returns whether formatters were registered (false outside IPython). Safe to
    call more than once.

    Examples
    --------
    >>> register_notebook_display()  # not in a notebook here
    False
    """
    shell = _running_ipython()
    return shell is not None and _register(shell)


def _register(shell: Any) -> bool:
    formatters = getattr(getattr(shell, "display_formatter", None), "formatters", None)
    if not formatters:
        return False
    if "image/svg+xml" in formatters:
        formatters["image/svg+xml"].for_type(ArgumentMap, map_svg)
    if "text/html" in formatters:
        formatters["text/html"].for_type(StatusTable, status_table_html)
    return True
