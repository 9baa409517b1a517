"""A real Chromium, driven by Playwright, opening reports from disk.

The browser is Debian's Chromium (``/usr/bin/chromium``, or the path in
``ARGMAP_CHROMIUM``); Playwright's own browser downloads are never used. When no
Chromium can start, the browser tests are skipped with the reason.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from argmap.render.html import write_report
from tests.render.conftest import nasty_map, sample_map

CHROMIUM = Path(os.environ.get("ARGMAP_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"


@dataclass
class Watch:
    """What a page did besides showing itself: console messages, errors, requests, dialogs."""

    console: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    blocked: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """A headless Chromium, or a skip saying why there is none."""
    if not CHROMIUM.exists():
        pytest.skip(f"no Chromium at {CHROMIUM} (Debian: apt-get install chromium)")
    try:
        from playwright.sync_api import Error, sync_playwright
    except ImportError:
        pytest.skip("the playwright package is not installed (pip install playwright)")
    with sync_playwright() as playwright:
        try:
            chromium = playwright.chromium.launch(
                executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True
            )
        except Error as exc:
            pytest.skip(f"Chromium at {CHROMIUM} could not start: {exc}")
        yield chromium
        chromium.close()


@pytest.fixture(scope="session")
def reports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Reports written to disk: the sample debate, the hostile one, and CSMO when present."""
    from argmap import corpus

    folder = tmp_path_factory.mktemp("reports")
    written = {"sample": folder / "sample.html", "nasty": folder / "nasty.html"}
    # the sample debate under the abstract reading, where its positions disagree across
    # semantics; CSMO under the default (structured) reading
    write_report(sample_map(), written["sample"], reading="abstract")
    write_report(nasty_map(), written["nasty"])
    if "csmo" in corpus.names():
        written["csmo"] = folder / "csmo.html"
        write_report(corpus.load("csmo"), written["csmo"])
    return written


Opener = Callable[..., tuple[Any, Watch]]


@pytest.fixture
def open_report(browser: Any) -> Iterator[Opener]:
    """Open a report file in a fresh browser context; returns the page and what it did."""
    contexts: list[Any] = []

    def opener(path: Path, width: int = 1400, height: int = 900) -> tuple[Any, Watch]:
        context = browser.new_context(viewport={"width": width, "height": height})
        contexts.append(context)
        watch = Watch()

        def route(handled: Any) -> None:
            url = handled.request.url
            if url == path.as_uri():
                handled.continue_()
            else:
                watch.blocked.append(url)
                handled.abort()

        context.route("**/*", route)
        page = context.new_page()
        page.on("console", lambda m: watch.console.append(f"{m.type}: {m.text}"))
        page.on("pageerror", lambda e: watch.errors.append(str(e)))
        page.on("request", lambda r: watch.requests.append(r.url))

        def dialog(opened: Any) -> None:
            watch.dialogs.append(opened.message)
            opened.dismiss()

        page.on("dialog", dialog)
        page.goto(path.as_uri())
        page.wait_for_function("document.documentElement.classList.contains('ready')")
        return page, watch

    yield opener
    for context in contexts:
        context.close()


@pytest.fixture(scope="session")
def screenshots() -> Path:
    """``build/screenshots/`` of the repository, created."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS
