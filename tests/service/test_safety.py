"""Security by default and limits: read-only, no URL fetching, time limit, row cap, body size, CORS."""

import time

import pytest

from tests.service.conftest import EX, update

DIRECT = {"Content-Type": "application/sparql-query"}


def test_read_only_without_a_token(make_client):
    client = make_client()
    response = update(client, f"INSERT DATA {{ <{EX}a> <{EX}b> <{EX}c> }}")
    assert response.status_code == 403 and "update token" in response.json()["detail"]


def test_wrong_or_missing_token_is_401(client):
    response = update(client, f"INSERT DATA {{ <{EX}a> <{EX}b> <{EX}c> }}", token="guess")
    assert response.status_code == 401 and response.headers["www-authenticate"].startswith("Bearer")


@pytest.mark.parametrize("query", [
    "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
    "SELECT * WHERE { ?s ?p ?o OPTIONAL { service <http://127.0.0.1:9/sparql> { ?s ?q ?r } } }",
])
def test_service_is_refused(client, query):
    response = client.post("/sparql", content=query, headers=DIRECT)
    assert response.status_code == 400 and "SERVICE is disabled" in response.json()["detail"]


def test_service_in_a_string_or_comment_is_not_refused(client):
    query = 'SELECT ?x WHERE { BIND("SERVICE <http://x/>" AS ?x) } # SERVICE'
    assert client.post("/sparql", content=query, headers=DIRECT).status_code == 200


def test_from_a_graph_not_in_the_store_is_refused(client):
    response = client.get("/sparql", params={"query": "SELECT * FROM <http://elsewhere.example/data.ttl> { ?s ?p ?o }"})
    assert response.status_code == 400 and "does not fetch" in response.json()["detail"]
    named = client.get("/sparql", params={"query": "SELECT * FROM NAMED <http://elsewhere.example/x> { ?s ?p ?o }"})
    assert named.status_code == 400


def test_load_is_refused_even_with_the_token(client):
    response = update(client, "LOAD <http://elsewhere.example/data.ttl>")
    assert response.status_code == 400 and "LOAD" in response.json()["detail"]


def test_remote_service_failure_is_a_502_when_enabled(make_client):
    client = make_client(allow_remote_fetch=True)
    response = client.post("/sparql", content="SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
                           headers=DIRECT)
    assert response.status_code == 502


def test_query_time_limit_stops_the_query_and_replaces_its_worker(make_client):
    client = make_client(query_timeout_s=0.5, max_rows=10**9)
    numbers = " ".join(str(i) for i in range(50))
    endless = "SELECT * WHERE { " + " ".join(f"VALUES ?v{i} {{ {numbers} }}" for i in range(6)) + " }"  # 50^6 rows
    started = time.monotonic()
    response = client.post("/sparql", content=endless, headers=DIRECT)
    assert response.status_code == 504 and "time limit" in response.json()["detail"]
    assert time.monotonic() - started < 5
    assert "mkg_query_workers_replaced 1.0" in client.get("/metrics").text
    # Its replacement starts at once; with a limit this short, the next query may outrun its start-up.
    deadline = time.monotonic() + 10
    while client.get("/sparql", params={"query": "ASK {}"}).status_code != 200:
        assert time.monotonic() < deadline, "no worker answered again within 10 s"


def test_result_rows_are_capped_and_say_so(make_client):
    client = make_client(max_rows=2)
    response = client.get("/sparql", params={"query": "SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }"})
    assert response.headers["mkg-row-limit"] == "2"
    assert len(response.json()["results"]["bindings"]) == 2
    small = client.get("/sparql", params={"query": "SELECT * WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 1"})
    assert "mkg-row-limit" not in small.headers


def test_request_size_limit(make_client):
    client = make_client(max_request_bytes=100)
    response = client.post("/sparql", content="ASK {}" + " " * 200, headers=DIRECT)
    assert response.status_code == 413


def test_cors_allows_reads_but_not_credentials(client):
    response = client.get("/sparql", params={"query": "ASK {}"}, headers={"Origin": "https://elsewhere.example"})
    assert response.headers["access-control-allow-origin"] == "*"
    preflight = client.options("/sparql", headers={"Origin": "https://elsewhere.example",
                                                   "Access-Control-Request-Method": "POST",
                                                   "Access-Control-Request-Headers": "authorization"})
    assert preflight.status_code == 400


def test_unacceptable_format_is_406(client):
    response = client.get("/sparql", params={"query": "SELECT * {}"}, headers={"Accept": "image/png"})
    assert response.status_code == 406 and "application/sparql-results+json" in response.json()["detail"]


@pytest.mark.parametrize("method, url, body, headers", [
    ("GET", "/sparql?query=", None, {}),
    ("GET", "/sparql?query=%00%01", None, {}),
    ("GET", "/sparql?query=SELECT%20*%20%7B%7D&format=", None, {}),
    ("POST", "/sparql", b"\x00\xff\xfe", {"Content-Type": "application/x-www-form-urlencoded"}),
    ("POST", "/sparql", b"query=%ZZ", {"Content-Type": "application/x-www-form-urlencoded"}),
    ("POST", "/sparql", b"", {"Content-Type": "application/sparql-query"}),
    ("POST", "/sparql", b"ASK {}", {"Content-Type": ";;;"}),
    ("GET", "/api/queries/players-in-country?country=%00", None, {}),
    ("GET", "/api/queries/source-of?fact=%20", None, {}),
    ("GET", "/api/queries/market-size?year=99999999999999999999", None, {}),
    ("GET", "/api/queries/developments?since=2023-02-30", None, {}),
    ("GET", "/sparql?query=ASK%7B%7D&default-graph-uri=not%20an%20iri", None, {}),
])
def test_malformed_input_never_gives_a_500(client, method, url, body, headers):
    response = client.request(method, url, content=body, headers=headers)
    assert response.status_code < 500, response.text
