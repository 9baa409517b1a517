"""Running Graphviz: DOT to SVG, PNG or PDF, with deterministic output.

Graphviz lays the diagram out within a time limit (:mod:`argmap.render.layout`).
Its SVG is deterministic for a given input except for comments (the Graphviz
version, the graph name, node names), which :func:`normalise_svg` removes; its
PDF carries the time it was made, which :func:`normalise_pdf` replaces by
``SOURCE_DATE_EPOCH`` (or 1970-01-01); so the same map gives byte-identical
files on every run.
"""

from __future__ import annotations

import os
import re
import time
from pathlib import Path

from argmap.atomic import write_bytes_atomic
from argmap.render.layout import DEFAULT_LAYOUT_TIMEOUT, Layout, lay_out
from argmap.render.layout import RenderError as RenderError

OUTPUT_FORMATS: dict[str, str] = {
    ".svg": "svg",
    ".png": "png",
    ".pdf": "pdf",
    ".dot": "dot",
    ".gv": "dot",
}
"""Diagram file extensions and the Graphviz format each is written in."""


def format_for(path: str | os.PathLike[str]) -> str:
    """The output format of ``path``, by its extension.

    >>> format_for("map.SVG"), format_for("map.gv")
    ('svg', 'dot')
    >>> try:
    ...     format_for("map.jpeg")
    ... except RenderError as error:
    ...     print(error)
    cannot write 'map.jpeg': unknown diagram format '.jpeg'; use .svg, .png, .pdf, .dot or .gv
    """
    suffix = Path(path).suffix.lower()
    try:
        return OUTPUT_FORMATS[suffix]
    except KeyError:
        known = ", ".join(OUTPUT_FORMATS)
        known = known[: known.rfind(", ")] + " or" + known[known.rfind(",") + 1 :]
        raise RenderError(
            f"cannot write {os.fspath(path)!r}: unknown diagram format {suffix or '(none)'!r}; "
            f"use {known}"
        ) from None


def render(
    dot: str,
    output_format: str = "svg",
    *,
    timeout: float | None = DEFAULT_LAYOUT_TIMEOUT,
    language: str = "en",
) -> bytes:
    """Lay ``dot`` out with Graphviz and return the file in ``output_format``.

    ``svg`` and ``pdf`` output is normalised (:func:`normalise_svg`,
    :func:`normalise_pdf`); ``dot`` returns the source itself, UTF-8 encoded.
    The layout gets ``timeout`` seconds (see :func:`~argmap.render.layout.lay_out`);
    a caption it adds is in ``language``.

    Raises
    ------
    RenderError
        When the format is unknown, the ``dot`` program is not installed,
        Graphviz rejects the input or cannot lay it out in time.

    Examples
    --------
    >>> render("digraph { a -> b }", "pdf")[:5]
    b'%PDF-'
    """
    return render_layout(dot, output_format, timeout=timeout, language=language).data


def render_layout(
    dot: str,
    output_format: str = "svg",
    *,
    timeout: float | None = DEFAULT_LAYOUT_TIMEOUT,
    language: str = "en",
) -> Layout:
    """As :func:`render`, with the engine used and the note saying why it was not ``dot``."""
    if output_format == "dot":
        return Layout(dot.encode("utf-8"), "none")
    if output_format not in OUTPUT_FORMATS.values():
        raise RenderError(f"unknown diagram format {output_format!r}; use svg, png, pdf or dot")
    laid = lay_out(dot, output_format, timeout=timeout, language=language)
    if output_format == "svg":
        data = normalise_svg(laid.data.decode("utf-8")).encode("utf-8")
    elif output_format == "pdf":
        data = normalise_pdf(laid.data)
    else:
        return laid
    return Layout(data, laid.engine, laid.note)


_PDF_DATE = re.compile(rb"(/(?:CreationDate|ModDate) \(D:)(\d{14})")


def normalise_pdf(pdf: bytes) -> bytes:
    """``pdf`` dated ``SOURCE_DATE_EPOCH`` (1970-01-01 when unset) instead of now.

    Cairo writes the time of the run into the document information; the digits
    are replaced in place, so every offset of the file stays right.

    >>> normalise_pdf(b"<< /CreationDate (D:20261203103347Z) >>")
    b'<< /CreationDate (D:19700101000000Z) >>'
    """
    try:
        epoch = int(os.environ.get("SOURCE_DATE_EPOCH", "0"))
    except ValueError:
        epoch = 0
    try:
        stamp = time.strftime("%Y%m%d%H%M%S", time.gmtime(epoch)).encode("ascii")
    except (OverflowError, OSError, ValueError):
        stamp = b"19700101000000"
    if len(stamp) != 14:
        stamp = b"19700101000000"
    return _PDF_DATE.sub(lambda match: match.group(1) + stamp, pdf)


def render_svg(
    dot: str, *, timeout: float | None = DEFAULT_LAYOUT_TIMEOUT, language: str = "en"
) -> str:
    """The normalised SVG of ``dot`` as text (see :func:`render`).

    >>> svg = render_svg('digraph { a -> b }')
    >>> svg.startswith("<?xml") and "<!--" not in svg
    True
    """
    return render(dot, "svg", timeout=timeout, language=language).decode("utf-8")


_COMMENT = re.compile(r"<!--.*?-->\n?", re.DOTALL)
_PROLOG = re.compile(r"\A(?:<\?xml[^>]*\?>\s*)?(?:<!DOCTYPE[^>]*>\s*)?", re.DOTALL)


def normalise_svg(svg: str) -> str:
    """Graphviz SVG without its comments (tool version, graph and node names).

    >>> normalise_svg('<svg>\\n<!-- Generated by graphviz version 2.43.0 -->\\n<g/></svg>')
    '<svg>\\n<g/></svg>'
    """
    return _COMMENT.sub("", svg)


def inline_svg(svg: str) -> str:
    """SVG for embedding in an HTML page: no XML declaration, doctype or comments.

    >>> inline_svg('<?xml version="1.0"?>\\n<!DOCTYPE svg>\\n<svg/>')
    '<svg/>'
    """
    return _PROLOG.sub("", normalise_svg(svg), count=1)


def write_diagram(
    dot: str,
    path: str | os.PathLike[str],
    *,
    timeout: float | None = DEFAULT_LAYOUT_TIMEOUT,
    language: str = "en",
) -> str:
    """Write ``dot`` to ``path`` in the format of its extension, atomically; return the format.

    The layout gets ``timeout`` seconds (:func:`~argmap.render.layout.lay_out`); a
    caption it adds is in ``language``.

    Raises
    ------
    RenderError
        Unknown extension, or Graphviz missing or failing.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = pathlib.Path(folder) / "map.png"
    ...     write_diagram("digraph { a -> b }", path), path.read_bytes()[:4]
    ('png', b'\x89PNG')
    """
    output_format = format_for(path)
    write_bytes_atomic(path, render(dot, output_format, timeout=timeout, language=language))
    return output_format
