"""Rich display in Jupyter, registered without importing argmap's layers.

The model and the results cannot depend on rendering, so they have no
``_repr_html_`` of their own. Instead :func:`register_notebook_display` registers
display formatters with a running IPython kernel, *by class name*
(``for_type_by_name``): maps show as their Graphviz diagram; evaluations, status
tables, explanations, what-if analyses and frameworks as HTML
(:mod:`argmap.render.notebook_html`). Nothing of argmap beyond this module is
imported until an object is displayed, so ``import argmap`` stays light in a
notebook. Outside IPython the function does nothing.

This module imports nothing of argmap's: :mod:`argmap` calls it on import.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable
from typing import Any

DISPLAYS: tuple[tuple[str, str, str, str], ...] = (
    ("image/svg+xml", "argmap.model.types", "ArgumentMap", "map_svg"),
    ("text/html", "argmap.evaluation.result", "Evaluation", "evaluation_html"),
    ("text/html", "argmap.evaluation.table", "StatusTable", "status_table_html"),
    ("text/html", "argmap.explain.explanation", "Explanation", "explanation_html"),
    ("text/html", "argmap.explain.whatif", "WhatIf", "what_if_html"),
    ("text/html", "argmap.frameworks.abstract", "ArgumentationFramework", "framework_html"),
    ("text/html", "argmap.frameworks.bipolar", "BipolarFramework", "framework_html"),
    ("text/html", "argmap.frameworks.weighted", "WeightedBipolarGraph", "framework_html"),
    (
        "text/html",
        "argmap.frameworks.structured.framework",
        "StructuredFramework",
        "structured_html",
    ),
)
"""What is displayed how: ``(MIME type, module, class, function)``, the function being
one of :mod:`argmap.render.notebook_html`'s, imported when first called."""


def _displayed_by(function: str) -> Callable[[Any], Any]:
    """A formatter that imports :mod:`argmap.render.notebook_html` when first called."""

    def display(value: Any) -> Any:
        builders = importlib.import_module("argmap.render.notebook_html")
        return getattr(builders, function)(value)

    display.__name__ = function
    return display


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
    for mime, module, name, function in DISPLAYS:
        if mime in formatters:
            formatters[mime].for_type_by_name(module, name, _displayed_by(function))
    return True
