"""Named queries as REST, their OpenAPI operations, the UI page and the operations endpoints."""

import csv
import io

import pytest

from kg.queries import QueryCatalog


def test_list_queries(seed_client):
    listed = seed_client.get("/api/queries").json()
    assert {q["name"] for q in listed} == {q.name for q in QueryCatalog.load()}
    country = next(q for q in listed if q["name"] == "players-in-country")
    assert country["params"] == [{"name": "country", "type": "iso-country", "required": True,
                                  "description": "ISO 3166-1 alpha-2 code or English name of the country, in any case: IN, in, India", "example": "IN"}]


def test_players_in_india_as_plain_json_rows_with_quotes(seed_client):
    body = seed_client.get("/api/queries/players-in-country", params={"country": "IN"}).json()
    assert body["count"] == 4 and body["params"] == {"country": "IN"}
    assert sorted(r["nameAsWritten"] for r in body["rows"]) == sorted(
        ["Apollo Hospitals", "Fortis Hospitals Group", "Medanta Hospital", "M|O|C Caner Care & research Center"])
    assert all(r["quote"] == r["nameAsWritten"] for r in body["rows"])


def test_numbers_are_json_numbers(seed_client):
    rows = seed_client.get("/api/queries/market-size", params={"year": "2031"}).json()["rows"]
    assert rows[0]["amount"] == 20.45 and rows[0]["normalisedAmount"] == 20450000000 and rows[0]["derived"] is False


@pytest.mark.parametrize("accept, fmt, media", [
    ("text/csv", None, "text/csv"),
    ("application/sparql-results+json", None, "application/sparql-results+json"),
    (None, "csv", "text/csv"),
    (None, "tsv", "text/tab-separated-values"),
])
def test_other_formats(seed_client, accept, fmt, media):
    params = {"format": fmt} if fmt else {}
    response = seed_client.get("/api/queries/largest-segment", params=params, headers={"Accept": accept} if accept else {})
    assert response.headers["content-type"].startswith(media)
    if media == "text/csv":
        assert {r["segment"] for r in csv.DictReader(io.StringIO(response.text))} == {"cancer", "physicians"}


@pytest.mark.parametrize("url, status, message", [
    ("/api/queries/no-such-query", 404, "unknown query"),
    ("/api/queries/players-in-country?country=Narnia", 422, "alpha-2"),
    ("/api/queries/players-in-country", 422, "country"),
    ("/api/queries/drivers?colour=red", 422, "not a parameter"),
    ("/api/queries/market-size?year=12", 422, "year"),
    ("/api/queries/drivers?market=a&market=b", 422, "more than once"),
])
def test_errors(seed_client, url, status, message):
    response = seed_client.get(url)
    assert response.status_code == status and message in response.json()["detail"]


def test_openapi_has_one_operation_per_named_query(seed_client):
    spec = seed_client.get("/openapi.json").json()
    for query in QueryCatalog.load():
        operation = spec["paths"][f"/api/queries/{query.name}"]["get"]
        assert operation["summary"] == query.title and operation["description"] == query.description
        documented = {p["name"]: p for p in operation["parameters"]}
        for param in query.params.values():
            assert documented[param.name]["required"] is param.required
            assert param.description in documented[param.name]["description"]
            assert documented[param.name]["examples"]["example"]["value"] == param.example
    assert seed_client.get("/docs").status_code == 200


def test_ui_pages_list_the_reports_and_the_queries(seed_client):
    home = seed_client.get("/").text
    assert "Medical Second Opinion" in home and 'href="/queries"' in home and 'href="/editor"' in home
    page = seed_client.get("/queries").text
    assert "players-in-country" in page and "Key players in a country" in page
    assert seed_client.get("/sparql", headers={"Accept": "text/html"}, follow_redirects=False).status_code == 303


def test_health_and_metrics(seed_client):
    health = seed_client.get("/healthz").json()
    assert health["status"] == "ok" and health["reports"] == 1 and health["quads"] > 1000
    seed_client.get("/api/queries/drivers")
    metrics = seed_client.get("/metrics").text
    assert 'mkg_http_requests_total{method="GET",route="/api/queries/drivers",status="200"}' in metrics
    assert "mkg_http_request_duration_seconds_bucket" in metrics
