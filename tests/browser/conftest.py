"""A live server and a headless Chromium for the browser tests.

The server is the app factory over the seed store (``tests/conftest.py``), served by uvicorn in a thread on a
free port of 127.0.0.1. The browser is Debian's Chromium (``make browser`` installs it), driven by Playwright
without a browser download; every request it makes to another host is refused and recorded, so a test can
assert that no page needed one. Without Chromium or Playwright the tests skip and say why.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kg.settings import Settings
from service.app import create_app
from tests.live import serving

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
SCREENSHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"
# A closed network makes a default Chromium retry its own services forever; these switches keep it quiet.
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
DESKTOP = {"width": 1366, "height": 900}
PHONE = {"width": 390, "height": 844}



@pytest.fixture(scope="session")
def live_server(store):
    """The service over the seed store on http://127.0.0.1:<free port>; stopped after the session."""
    with serving(create_app(Settings(), store=store)) as base:
        yield base


@pytest.fixture(scope="session")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (make install)")
    if not Path(CHROMIUM).exists():
        pytest.skip(f"no Chromium at {CHROMIUM}: `make browser` installs Debian's chromium (needs root and apt)")
    # Generous waits: the whole suite shares a small machine, and a page that renders late is not a failure.
    sync_api.expect.set_options(timeout=15_000)
    with sync_api.sync_playwright() as playwright:
        # Playwright gives each launch a new, empty profile (user-data-dir) of its own.
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()


class Visit:
    """A browser page whose requests may go to the test server only; the others are refused and listed."""

    def __init__(self, browser, base: str, viewport: dict):
        self.base = base
        self.context = browser.new_context(viewport=viewport, base_url=base)
        self.foreign: list[str] = []
        self.errors: list[str] = []
        self.context.route("**/*", self._only_our_server)
        self.page = self.context.new_page()
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))

    def _only_our_server(self, route) -> None:
        url = route.request.url
        if url.startswith(self.base + "/") or url == self.base or url.startswith(("data:", "blob:")):
            route.continue_()
        else:
            self.foreign.append(url)
            route.abort()

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def visit(browser, live_server):
    visits = []

    def open_visit(viewport: dict = DESKTOP) -> Visit:
        visits.append(Visit(browser, live_server, viewport))
        return visits[-1]

    yield open_visit
    for v in visits:
        v.close()


@pytest.fixture
def desktop(visit):
    return visit(DESKTOP)


@pytest.fixture(scope="session")
def screenshots() -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS
