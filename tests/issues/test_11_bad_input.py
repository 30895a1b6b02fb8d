"""Issue 11, rows 6 and 10–15: every bad input gets a clear answer, never a 500 or a wrong one."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from kg.build import build
from kg.pipeline import load_shared_graphs
from kg.settings import Settings
from kg.store import OxigraphStore
from service.app import create_app
from tests.live import serving
from tests.service.conftest import TOKEN, update

DIRECT = {"Content-Type": "application/sparql-query"}


@pytest.mark.parametrize("query", [
    "SELECT * FROM <x> WHERE { ?s ?p ?o }",
    "SELECT * FROM <> WHERE { ?s ?p ?o }",
    "SELECT * FROM NAMED <relative/path> WHERE { GRAPH ?g { ?s ?p ?o } }",
])
def test_row_6_a_relative_or_empty_from_iri_is_a_400(client, query):
    response = client.get("/sparql", params={"query": query})
    assert response.status_code == 400 and "absolute IRI" in response.json()["detail"]


@pytest.mark.parametrize("header", [b"Bearer secret-test-tokem", "Bearer é".encode("latin-1"), b"Bearer", b"secret-test-token"])
def test_row_10_a_wrong_token_is_401_whatever_its_bytes(client, header):
    response = client.post("/update", content="CLEAR SILENT GRAPH <http://x/g>",
                           headers={"Content-Type": "application/sparql-update", "Authorization": header})
    assert response.status_code == 401
    assert update(client, "CLEAR SILENT GRAPH <http://x/g>").status_code == 204


@pytest.mark.parametrize("path", ["/", "/healthz", "/docs", "/openapi.json", "/api/queries",
                                  "/api/queries/drivers", "/sparql?query=ASK%20%7B%7D"])
def test_row_11_head_answers_every_get_route_without_a_body(client, path):
    get, head = client.get(path), client.head(path)
    assert head.status_code == get.status_code == 200
    assert head.content == b"" and head.headers["content-type"] == get.headers["content-type"]


@pytest.mark.parametrize("path", ["/", "/docs"])
def test_row_11_pages_carry_security_headers(client, path):
    headers = client.get(path).headers
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "no-referrer"
    assert "frame-ancestors 'none'" in headers["content-security-policy"]


@pytest.mark.parametrize("year", ["2_031", "+2031", "٢٠٣١", " 2031", "02031", "2031 "])
def test_row_12_a_year_outside_the_published_pattern_is_422(seed_client, year):
    response = seed_client.get("/api/queries/market-size", params={"year": year})
    assert response.status_code == 422 and "year" in response.json()["detail"]


def test_row_12_the_published_pattern_is_what_is_accepted(seed_client):
    schema = seed_client.get("/openapi.json").json()
    year = next(p for p in schema["paths"]["/api/queries/market-size"]["get"]["parameters"] if p["name"] == "year")
    assert year["schema"]["pattern"] == "^(19[0-9]{2}|20[0-9]{2}|2100)?$"
    assert seed_client.get("/api/queries/market-size", params={"year": "2031"}).json()["count"] > 0


def test_row_13_a_bad_service_reply_is_a_502(make_client):
    from fastapi import FastAPI
    from fastapi.responses import Response

    liar = FastAPI()

    @liar.api_route("/sparql", methods=["GET", "POST"])
    def garbage() -> Response:
        return Response(b"{ this is not SPARQL results", media_type="application/sparql-results+json")

    client = make_client(allow_remote_fetch=True)
    with serving(liar) as base:
        response = client.post("/sparql", content=f"SELECT * WHERE {{ SERVICE <{base}/sparql> {{ ?s ?p ?o }} }}",
                               headers=DIRECT)
    assert response.status_code == 502 and "SERVICE" in response.json()["detail"]


@pytest.mark.parametrize("text", ["LOAD <file:///etc/passwd>", "LOAD SILENT <file:///etc/passwd> INTO GRAPH <http://x/g>",
                                  "INSERT { ?s ?p ?o } WHERE { SERVICE <file:///etc/passwd> { ?s ?p ?o } }"])
def test_row_13_only_http_urls_are_fetched_even_when_fetching_is_enabled(make_client, text):
    client = make_client(allow_remote_fetch=True, update_token=TOKEN)
    response = update(client, text)
    assert response.status_code == 400 and "file:///etc/passwd" in response.json()["detail"]


def test_row_14_report_summary_without_a_publisher_is_one_row(seed_card):
    store = OxigraphStore()
    load_shared_graphs(store)
    bare = seed_card.model_copy(update={"id": "no-publisher", "publisher": None, "publisher_span": None})
    store.replace_report(bare.id, build(bare))
    store.replace_report(seed_card.id, build(seed_card))
    client = TestClient(create_app(Settings(), store=store))
    rows = client.get("/api/queries/report-summary", params={"report_id": "no-publisher"}).json()["rows"]
    assert len(rows) == 1 and "publisher" not in rows[0]
    everything = client.get("/api/queries/report-summary").json()
    assert everything["count"] == 2


def test_row_15_metrics_name_the_docs_routes(seed_client):
    seed_client.get("/docs")
    seed_client.get("/openapi.json")
    metrics = seed_client.get("/metrics").text
    assert 'route="/docs"' in metrics and 'route="/openapi.json"' in metrics
    assert 'route="unmatched",status="200"' not in metrics


def test_limits_are_in_the_service_description_and_the_openapi_document(client):
    description = client.get("/sparql", headers={"Accept": "text/turtle"}).text
    openapi = json.dumps(client.get("/openapi.json").json())
    for name in ("query_timeout_s", "max_rows", "max_request_bytes", "max_query_depth", "max_query_tokens",
                 "query_memory_mb", "max_queued_queries", "max_queries_per_client"):
        assert name.upper() in openapi
        assert name in description
