"""The researcher's pages in a real browser: a report's figures, chart and sources; the query editor; entity pages;
the whole site offline (no request to another host); screenshots at desktop and phone widths."""

from __future__ import annotations

import re

import pytest

from tests.browser.conftest import DESKTOP, PHONE
from tests.conftest import SEED_ID

pytestmark = pytest.mark.browser
REPORT = f"/id/report/{SEED_ID}"  # the IRI's path: 303 to the report's page


def expect():
    from playwright.sync_api import expect as playwright_expect

    return playwright_expect


def test_report_page_shows_values_and_chart_and_a_click_marks_the_cagr_quote(desktop):
    page = desktop.page
    page.goto(REPORT)
    assert page.url.endswith(f"/page/report/{SEED_ID}")
    headline = page.get_by_role("list", name="Headline figures")
    expect()(headline).to_contain_text("2024")
    expect()(headline).to_contain_text("USD 7.12 billion")
    expect()(headline).to_contain_text("2031")
    expect()(headline).to_contain_text("USD 20.45 billion")
    expect()(page.locator("#size-chart")).to_be_visible()
    assert page.evaluate("() => !!Chart.getChart(document.getElementById('size-chart'))"), "the chart was not drawn"

    cagr = headline.get_by_role("link", name="16.3%", exact=True)
    anchor = cagr.get_attribute("data-anchor")
    cagr.click()
    mark = page.locator(f"mark#{anchor}")
    expect()(mark).to_have_class(re.compile(r"\bcurrent\b"))
    expect()(mark).to_be_in_viewport()
    expect()(mark).to_contain_text("16.3%")
    assert desktop.foreign == [] and desktop.errors == []


def test_a_player_name_opens_the_organisation_page(desktop):
    page = desktop.page
    page.goto(REPORT)
    page.get_by_role("region", name="Table of key players").get_by_role("link", name="Apollo Hospitals").first.click()
    expect()(page).to_have_url(re.compile(r"/page/org/apollo-hospitals$"))
    expect()(page.get_by_role("heading", level=1)).to_have_text("Apollo Hospitals")
    identifiers = page.locator("section", has=page.get_by_role("heading", name="External identifiers"))
    expect()(identifiers.get_by_role("link", name=re.compile(r"Q4780321"))).to_be_visible()
    expect()(page.get_by_role("link", name="Medical Second Opinion market report")).to_be_visible()
    # Its name as the report wrote it leads back to those words in the report's text.
    page.locator("a[href$=\"#span-4877-4893\"]").click()
    expect()(page.locator("mark#span-4877-4893")).to_have_class(re.compile(r"\bcurrent\b"))


def test_the_editor_runs_a_named_query_and_lists_apollo_hospitals(desktop):
    page = desktop.page
    page.goto("/editor")
    page.get_by_label("Example").select_option("players-in-country")
    expect()(page.locator(".CodeMirror")).to_contain_text("Key players in a country")
    page.locator(".yasqe_queryButton").click()
    table = page.locator(".yasr table")
    expect()(table).to_contain_text("Apollo Hospitals", timeout=20_000)
    # An IRI of the graph in the results opens its page on this server.
    link = table.get_by_role("link", name=re.compile("apollo-hospitals")).first
    assert link.get_attribute("href").startswith("/page/org/apollo-hospitals")
    assert desktop.foreign == [], desktop.foreign


def test_the_editor_draws_numeric_results_as_a_chart(desktop):
    page = desktop.page
    page.goto("/editor")
    page.get_by_label("Example").select_option("growth-rate")
    page.locator(".yasqe_queryButton").click()
    expect()(page.locator(".yasr table")).to_contain_text("16.3", timeout=20_000)
    page.locator(".yasr .select_chart").click()
    chart = page.locator(".yasr canvas")
    expect()(chart).to_be_visible()
    assert page.evaluate("() => !!Chart.getChart(document.querySelector('.yasr canvas'))")


def test_the_catalogue_shows_results_next_to_the_form(desktop):
    page = desktop.page
    page.goto("/queries")
    page.locator("#q-players-in-country summary").click()
    form = page.get_by_role("form", name="Key players in a country")
    form.get_by_label("country").fill("IN")
    form.get_by_role("button", name="Run").click()
    results = page.locator("#q-players-in-country .results")
    expect()(results).to_contain_text("Apollo Hospitals")
    assert results.get_by_role("link", name="id:org/apollo-hospitals").first.get_attribute("href") == "/page/org/apollo-hospitals"


PAGES = {  # name → (path, what shows the page has rendered fully)
    "home": ("/", "table.reports tbody tr"),
    "report": (f"/page/report/{SEED_ID}", "#size-chart"),
    "entity": ("/page/org/apollo-hospitals", "h1"),
    "editor": ("/editor", ".yasqe .CodeMirror"),
    "docs": ("/docs", ".swagger-ui .info .title"),
}


@pytest.mark.parametrize("name", PAGES)
def test_every_page_renders_offline_asking_no_other_host(visit, name):
    path, rendered = PAGES[name]
    v = visit(DESKTOP)
    v.page.goto(path, wait_until="networkidle")
    expect()(v.page.locator(rendered).first).to_be_visible()
    if name == "report":
        assert v.page.evaluate("() => !!Chart.getChart(document.getElementById('size-chart'))")
    assert v.foreign == [], f"{path} asked other hosts: {v.foreign}"
    assert v.errors == [], v.errors


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_screenshots(visit, screenshots, viewport):
    """Home, report, entity and editor pages at both widths, under build/screenshots/ for a person to look at."""
    v = visit(viewport)
    for name in ("home", "report", "entity", "editor"):
        path, rendered = PAGES[name]
        v.page.goto(path, wait_until="networkidle")
        expect()(v.page.locator(rendered).first).to_be_visible()
        if name == "editor":  # with the answer to its starting query
            v.page.locator(".yasqe_queryButton").click()
            expect()(v.page.locator(".yasr table")).to_contain_text("Medical Second Opinion", timeout=20_000)
        # Nothing wider than the window: wide tables scroll inside their own box.
        overflow = v.page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 1, f"{name} is {overflow}px wider than a {viewport['width']}px window"
        v.page.screenshot(path=str(screenshots / f"{name}-{viewport['width']}px.png"), full_page=name != "editor")
    assert v.foreign == []


def test_the_header_search_box_finds_facts(desktop):
    page = desktop.page
    page.goto("/")
    search = page.get_by_role("search")
    search.get_by_label("Search facts").fill("cancer")
    search.get_by_role("button", name="Search").click()
    expect()(page).to_have_url(re.compile(r"/search\?q=cancer$"))
    results = page.locator("#search-results")
    expect()(results.get_by_role("link", name="cancer", exact=True).first).to_be_visible(timeout=30_000)
    expect()(results.get_by_role("link", name="Medical Second Opinion market report").first).to_be_visible()
    assert desktop.foreign == [] and desktop.errors == []


def test_the_editor_knows_the_graphs_prefixes(desktop):
    page = desktop.page
    page.goto("/editor")
    page.locator(".CodeMirror").click()
    page.keyboard.press("Control+a")
    page.keyboard.type("SELECT * WHERE { ?s a mkg:")
    expect()(page.locator(".CodeMirror")).to_contain_text("PREFIX mkg: <https://w3id.org/mkg/ns#>")
    assert desktop.foreign == []
