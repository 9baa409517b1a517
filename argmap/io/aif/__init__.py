"""AIF, the Argument Interchange Format, in and out.

Reading (:func:`load_aif`, :func:`loads_aif`) accepts every JSON variant of the
field (:mod:`argmap.io.aif.variants`: AIFdb nodesets, AraucariaDB exports, xAIF /
OVA3, DialAM, legacy OVA2) and maps AIF onto argmap's model as
:mod:`argmap.io.aif.reading` says. Writing gives an AIFdb nodeset
(:func:`dump_aif`) or xAIF with the analysed text (:func:`dump_xaif`;
:mod:`argmap.io.aif.writing`).

Noise that real files carry (duplicate nodes, isolated locutions, edges to
unknown nodes, ids as strings and integers) does not stop the reading: each is
reported as an :class:`AifWarning`. A file that is not AIF at all, or not JSON,
is a :class:`~argmap.model.MapValidationError` naming the file, and the line and
column or the JSON path.
"""

from __future__ import annotations

import json
import os
import warnings
from pathlib import Path

from argmap.io.aif.reading import scheme_of, split_speaker, to_map_data
from argmap.io.aif.variants import AifFormatError, AifGraph, detect, read_graph
from argmap.io.aif.writing import dump_aif, dump_xaif, to_aif, to_xaif
from argmap.io.limits import InputLimitError, loads_json, read_input_text
from argmap.model import ArgumentMap, MapValidationError, Problem


class AifWarning(UserWarning):
    """Something in an AIF file was left out or read a particular way."""


def load_aif(
    path: str | os.PathLike[str], *, language: str = "en", title: str | None = None
) -> ArgumentMap:
    """Read an AIF JSON file (any variant) into a map; see :mod:`argmap.io.aif`."""
    name = os.fspath(path)
    try:
        text = read_input_text(name)
    except FileNotFoundError:
        raise _error(name, "file not found", "check the path") from None
    except InputLimitError as exc:
        raise _error(name, exc.message, exc.hint) from None
    except OSError as exc:
        raise _error(name, f"cannot read: {exc.strerror}", None) from None
    default = Path(name).name.split(".", 1)[0] or "AIF analysis"
    return loads_aif(text, file=name, language=language, title=title or default)


def loads_aif(
    text: str, *, file: str | None = None, language: str = "en", title: str = "AIF analysis"
) -> ArgumentMap:
    """Read the text of an AIF JSON document into a map.

    Examples
    --------
    >>> m = loads_aif('''{"nodes": [
    ...   {"nodeID": "1", "text": "Tea calms", "type": "I"},
    ...   {"nodeID": "2", "text": "Drink tea", "type": "I"},
    ...   {"nodeID": "3", "text": "Default Inference", "type": "RA"}],
    ...  "edges": [{"edgeID": "1", "fromID": "1", "toID": "3"},
    ...            {"edgeID": "2", "fromID": "3", "toID": "2"}],
    ...  "locutions": []}''')
    >>> [(s.premises, s.conclusion) for s in m.supports]
    [(('i1',), 'i2')]
    """
    label = file or "<aif>"
    try:
        data = loads_json(text.lstrip("\ufeff"), file=label)
    except InputLimitError as exc:
        problem = Problem(exc.message, hint=exc.hint).located(label, exc.line, exc.column)
        raise MapValidationError([problem], label) from None
    except json.JSONDecodeError as exc:
        raise MapValidationError(
            [
                Problem(f"not JSON: {exc.msg}", hint="AIF files are JSON").located(
                    label, exc.lineno, exc.colno
                )
            ],
            label,
        ) from None
    except RecursionError:
        raise _error(label, "JSON nested too deeply", "AIF is a flat list of nodes") from None
    try:
        graph = read_graph(data)
    except AifFormatError as exc:
        where = f" (at {exc.path})" if exc.path else ""
        raise _error(label, f"{exc}{where}", exc.hint) from None
    if isinstance(data, dict):
        analysis = data.get("analysis")
        if isinstance(analysis, dict) and isinstance(analysis.get("documentTitle"), str):
            title = analysis["documentTitle"].strip() or title
    if not any(n.type == "I" for n in graph.nodes.values()):
        raise _error(label, "the AIF graph has no I node (no statement)", None)
    mapped = to_map_data(graph, title=title, language=language)
    for message in graph.warnings:
        warnings.warn(f"{label}: {message}", AifWarning, stacklevel=2)
    return ArgumentMap.model_validate(mapped)


def _error(label: str, message: str, hint: str | None) -> MapValidationError:
    return MapValidationError([Problem(message, hint=hint).located(label)], label)


__all__ = [
    "AifGraph",
    "AifWarning",
    "detect",
    "dump_aif",
    "dump_xaif",
    "load_aif",
    "loads_aif",
    "read_graph",
    "scheme_of",
    "split_speaker",
    "to_aif",
    "to_xaif",
]
