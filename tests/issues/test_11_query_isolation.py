"""Issue 11, rows 1–5: hostile and runaway queries cost a worker process, never the service.

Row 1 parser-crashing nesting is refused before parsing; row 2 a runaway is stopped at its deadline;
row 3 many runaways leave health and cheap queries answering; row 4 a memory blow-up meets its cap;
row 5 the row cap holds whatever the query text ends with.
"""

from __future__ import annotations

import concurrent.futures
import time

import httpx
import pytest

from kg.settings import Settings
from service.app import create_app
from tests.live import serving
from tests.service.conftest import update

DIRECT = {"Content-Type": "application/sparql-query"}
CROSS_JOIN = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l } ORDER BY ?i"  # on the seed store
NUMBERS = " ".join(str(i) for i in range(50))
ENDLESS = "SELECT (COUNT(*) AS ?n) WHERE { " + " ".join(f"VALUES ?v{i} {{ {NUMBERS} }}" for i in range(6)) + " }"


@pytest.mark.parametrize("query, limit", [
    ("SELECT * WHERE " + "{" * 3000 + " ?s ?p ?o " + "}" * 3000, "64 levels"),
    ("SELECT * WHERE { FILTER(" + "(" * 10000 + "1" + ")" * 10000 + ") }", "64 levels"),
    ("SELECT * WHERE { BIND(" + "+".join(["1"] * 20000) + " AS ?x) }", "5000 tokens"),
    ("SELECT * WHERE { ?s <http://p> (" + " 1" * 20000 + ") }", "5000 tokens"),
])
def test_parser_crashing_queries_are_refused_with_the_limit(client, query, limit):
    response = client.post("/sparql", content=query, headers=DIRECT)
    assert response.status_code == 400 and limit in response.json()["detail"]
    assert client.get("/sparql", params={"query": "ASK {}"}).json()["boolean"] is True


def test_parser_crashing_updates_are_refused_before_the_in_process_parser(client):
    response = update(client, "INSERT { <http://x/a> <http://x/b> 1 } WHERE " + "{" * 3000 + "}" * 3000)
    assert response.status_code == 400 and "64 levels" in response.json()["detail"]


def test_a_long_values_block_is_data_not_tokens(client):
    values = " ".join(str(i) for i in range(20000))
    response = client.post("/sparql", content=f"SELECT (COUNT(*) AS ?n) WHERE {{ VALUES ?x {{ {values} }} }}",
                           headers=DIRECT)
    assert response.status_code == 200 and response.json()["results"]["bindings"][0]["n"]["value"] == "20000"


def test_a_runaway_is_stopped_at_its_deadline(make_client):
    client = make_client(query_timeout_s=1)
    started = time.monotonic()
    response = client.post("/sparql", content=ENDLESS, headers=DIRECT)
    assert response.status_code == 504
    assert time.monotonic() - started < 1 + 1
    assert "mkg_query_workers_replaced 1.0" in client.get("/metrics").text


def test_a_memory_blow_up_meets_the_memory_cap(make_client):
    client = make_client(query_memory_mb=128)
    binds = " ".join(f"BIND(CONCAT(?x{i}, ?x{i}) AS ?x{i + 1})" for i in range(30))
    response = client.post("/sparql", content=f'SELECT (STRLEN(?x30) AS ?n) WHERE {{ BIND("0123456789" AS ?x0) {binds} }}',
                           headers=DIRECT)
    assert response.status_code == 422 and "128 MB" in response.json()["detail"]
    assert client.get("/sparql", params={"query": "ASK {}"}).json()["boolean"] is True


@pytest.mark.parametrize("tail", ["", " # c", "\n# LIMIT 1", " #"])
def test_the_row_cap_holds_whatever_the_text_ends_with(make_client, tail):
    client = make_client(max_rows=2)
    response = client.post("/sparql", content="SELECT ?s WHERE { GRAPH ?g { ?s ?p ?o } }" + tail, headers=DIRECT)
    assert response.status_code == 200 and response.headers["mkg-row-limit"] == "2"
    assert len(response.json()["results"]["bindings"]) == 2


def test_the_row_cap_holds_for_construct_and_every_format(make_client):
    client = make_client(max_rows=2)
    graph = client.post("/sparql", content="CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } } # c",
                        headers={**DIRECT, "Accept": "application/n-triples"})
    assert graph.headers["mkg-row-limit"] == "2" and len(graph.text.strip().splitlines()) == 2
    csv = client.post("/sparql", content="SELECT * WHERE { GRAPH ?g { ?s ?p ?o } } # c", headers={**DIRECT, "Accept": "text/csv"})
    assert len(csv.text.strip().splitlines()) == 1 + 2


def test_runaways_leave_health_and_cheap_queries_answering(store):
    settings = Settings(query_timeout_s=2, max_queries_per_client=32)
    with serving(create_app(settings, store=store)) as base, concurrent.futures.ThreadPoolExecutor(8) as pool, \
            httpx.Client(base_url=base) as http:
        runaways = [pool.submit(httpx.post, f"{base}/sparql", content=CROSS_JOIN, headers=DIRECT, timeout=30)
                    for _ in range(6)]
        time.sleep(0.3)
        health = []
        while not all(r.done() for r in runaways):
            started = time.monotonic()
            assert http.get("/healthz").status_code == 200
            health.append(time.monotonic() - started)
            time.sleep(0.05)
        assert sorted(health)[len(health) // 2] < 0.1, health
        # Each runaway is stopped: at its deadline (504) or, on a store big enough that the cross join fills the
        # worker's memory first, by the memory cap (422).
        assert {r.result().status_code for r in runaways} <= {504, 422}
        named = httpx.get(f"{base}/api/queries/growth-rate")
        assert named.status_code == 200 and named.json()["count"] >= 1
        assert httpx.get(f"{base}/sparql", params={"query": "ASK {}"}).json()["boolean"] is True


def test_over_the_per_client_limit_is_503_with_retry_after(store):
    settings = Settings(query_timeout_s=2, max_queries_per_client=2)
    with serving(create_app(settings, store=store)) as base, concurrent.futures.ThreadPoolExecutor(4) as pool:
        answers = [pool.submit(httpx.post, f"{base}/sparql", content=CROSS_JOIN, headers=DIRECT, timeout=30)
                   for _ in range(4)]
        statuses = sorted(a.result().status_code for a in answers)
        refused = next(a.result() for a in answers if a.result().status_code == 503)
    assert statuses.count(503) == 2 and set(statuses) - {503} <= {504, 422}  # the admitted two are stopped
    assert refused.headers["retry-after"] == "1" and "per client" in refused.json()["detail"]
