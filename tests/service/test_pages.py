"""The HTML pages over a store of two reports: the seed, and a copy whose stated CAGR disagrees with its values."""

from __future__ import annotations

import json
import re

import pytest
from fastapi.testclient import TestClient

from kg.card import ReportCard
from kg.pipeline import build_store
from kg.settings import Settings
from kg.store import OxigraphStore
from service.app import create_app
from tests.conftest import SEED_CARD, SEED_ID


@pytest.fixture(scope="module")
def two_reports(tmp_path_factory) -> TestClient:
    seed = ReportCard.from_file(SEED_CARD)
    # A segment figure and a region figure too, so the chart has their series.
    segment_value = seed.values[0].model_copy(update={"amount": 2.5, "segment": seed.segments[0].name})
    region_value = seed.values[0].model_copy(update={"amount": 3.1, "region": "North America"})
    widgets = seed.model_copy(update={"id": "zz_widgets", "market": "Widget", "publisher": "Other Publisher",
                                      "cagr": [seed.cagr[0].model_copy(update={"percent": 20.0})],
                                      "values": [*seed.values, segment_value, region_value]})
    path = tmp_path_factory.mktemp("cards") / "zz_widgets.yaml"
    path.write_text(widgets.to_yaml(), encoding="utf-8")
    store = OxigraphStore()
    outcome = build_store([SEED_CARD, path], store)
    assert outcome.rejected == []
    return TestClient(create_app(Settings(), store=store))


def markets_in_order(html: str) -> list[str]:
    return re.findall(r'<td><a href="/page/report/[^"]+">([^<]+)</a></td>', html)


def test_home_sorts_filters_and_pages_the_reports(two_reports):
    assert markets_in_order(two_reports.get("/").text) == ["Medical Second Opinion", "Widget"]
    assert markets_in_order(two_reports.get("/?sort=market&order=desc").text) == ["Widget", "Medical Second Opinion"]
    assert markets_in_order(two_reports.get("/?sort=cagr&order=desc").text) == ["Widget", "Medical Second Opinion"]
    assert markets_in_order(two_reports.get("/?publisher=Other+Publisher").text) == ["Widget"]
    assert markets_in_order(two_reports.get("/?region=Europe").text) == ["Medical Second Opinion", "Widget"]
    first, second = two_reports.get("/?size=1").text, two_reports.get("/?size=1&page=2").text
    assert markets_in_order(first) == ["Medical Second Opinion"] and 'rel="next"' in first
    assert markets_in_order(second) == ["Widget"] and 'rel="prev"' in second
    assert two_reports.get("/?order=sideways").status_code == 422


def test_home_shows_headline_values_cagr_and_validation_status(two_reports):
    html = two_reports.get("/").text
    assert "USD 7.12 billion (2024)" in html and "USD 20.45 billion (2031)" in html
    assert "16.3% (2024–2031)" in html and "20% (2024–2031)" in html
    assert "1 warning" in html and "conforms" in html


def test_a_disagreeing_cagr_carries_its_warning_beside_it(two_reports):
    html = two_reports.get("/page/report/zz_widgets").text
    warning = "Stated CAGR 20% for 2024–2031 disagrees with the 16.27% implied by the stated market values"
    assert warning in html
    headline = html[html.index('aria-label="Headline figures"'):html.index('id="size-h"')]
    assert warning in headline  # next to the CAGR, not only in a list elsewhere


def test_without_its_text_a_report_page_lists_the_quotes_instead(two_reports):
    html = two_reports.get("/page/report/zz_widgets").text  # no zz_widgets.txt ships
    assert "The report&#39;s text is not on this server" in html or "The report's text is not on this server" in html
    assert '<li id="span-4198-4248"><q>CAGR of 16.3% during the forecast period 2024-2031</q></li>' in html


def test_pages_have_landmarks_and_the_search_and_ask_slots(two_reports):
    for path in ("/", f"/page/report/{SEED_ID}", "/page/org/apollo-hospitals", "/editor", "/queries", "/search?q=cancer"):
        html = two_reports.get(path).text
        assert '<main id="main">' in html and "<header" in html and "<footer" in html and '<nav aria-label="Main">' in html, path
        assert 'role="search"' in html and 'id="ask-slot"' in html, path
        # Links may lead anywhere; nothing the page loads (scripts, images, styles) comes from another host.
        assert not re.search(r"""(?:src=|<link[^>]+href=)["']?(?:https?:)?//""", html), path


def test_the_chart_has_segment_and_region_series_where_the_report_states_them(two_reports):
    html = two_reports.get("/page/report/zz_widgets").text
    data = json.loads(re.search(r'<script type="application/json" id="chart-data">(.*?)</script>', html, re.S).group(1))
    labels = [s["label"] for s in data["series"]]
    assert labels[:2] == ["Widget (stated)", "Widget (derived)"], labels
    assert any("North America" in label for label in labels) and len(labels) == 4, labels


def test_the_ask_page_answers_with_the_query_its_rows_and_their_quotes(two_reports):
    html = two_reports.get("/ask", params={"q": "which segment grows fastest?"}).text
    assert "fastest-growing-segment" in html and "neurological disorders" in html.lower()
    assert "<q>The neurological disorders segment is projected" in html  # the row's source sentence
    assert "The SPARQL that ran" in html and "SELECT" in html


def test_the_ask_page_refuses_what_no_named_query_answers(two_reports):
    html = two_reports.get("/ask", params={"q": "who won the 2022 World Cup?"}).text
    assert "No answer" in html and "no named query fits this question" in html
    assert 'href="/queries#q-' in html  # the closest queries, as links to the catalogue


def test_every_page_has_the_ask_box(two_reports):
    html = two_reports.get("/").text
    assert 'action="/ask"' in html and 'id="site-ask"' in html
