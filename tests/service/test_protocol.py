"""SPARQL 1.1 Protocol behaviours, on the project's own synthetic data (the W3C suite runs beside these)."""

from urllib.parse import quote

import pytest
from rdflib import Graph

from tests.service.conftest import EX, TOKEN, ask, update

ALL_DOCS = f"ASK {{ <{EX}doc1> a ?t . <{EX}doc2> a ?t }}"
NAMED_DOCS = f"ASK {{ GRAPH ?a {{ <{EX}doc1> a ?t }} GRAPH ?b {{ <{EX}doc2> a ?t }} }}"
FORM = {"Content-Type": "application/x-www-form-urlencoded"}
DIRECT = {"Content-Type": "application/sparql-query"}


# ---------------------------------------------------------------- queries that succeed

def test_ask_by_post_form(client):
    response = client.post("/sparql", content=f"query={quote('ASK {}')}", headers=FORM)
    assert response.status_code == 200 and response.json() == {"head": {}, "boolean": True}


def test_ask_by_get_with_and_without_default_graph(client):
    assert ask(client, f"ASK {{ <{EX}doc1> a ?t }}") is True  # union default graph
    assert ask(client, f"ASK {{ <{EX}doc1> a ?t }}", **{"default-graph-uri": f"{EX}g2"}) is False
    assert ask(client, f"ASK {{ <{EX}doc2> a ?t }}", **{"default-graph-uri": f"{EX}g2"}) is True


@pytest.mark.parametrize("parameter, query", [("default-graph-uri", ALL_DOCS), ("named-graph-uri", NAMED_DOCS)],
                         ids=["two default-graph-uri merged", "two named-graph-uri visible"])
def test_two_dataset_graphs_by_get_and_direct_post(client, parameter, query):
    params = [("query", query), (parameter, f"{EX}g1"), (parameter, f"{EX}g2")]
    assert client.get("/sparql", params=params).json()["boolean"] is True
    response = client.post(f"/sparql?{parameter}={quote(EX + 'g1')}&{parameter}={quote(EX + 'g2')}",
                           content=query, headers=DIRECT)
    assert response.json()["boolean"] is True
    only_g1 = [("query", query), (parameter, f"{EX}g1")]
    assert client.get("/sparql", params=only_g1).json()["boolean"] is False


def test_full_dataset_by_direct_post(client):
    query = f"ASK {{ <{EX}doc3> a ?t GRAPH ?a {{ <{EX}doc1> a ?t }} GRAPH ?b {{ <{EX}doc2> a ?t }} }}"
    url = f"/sparql?default-graph-uri={quote(EX + 'g3')}&named-graph-uri={quote(EX + 'g1')}&named-graph-uri={quote(EX + 'g2')}"
    assert client.post(url, content=query, headers=DIRECT).json()["boolean"] is True


def test_protocol_dataset_wins_over_from(client):
    query = f"ASK FROM <{EX}g3> {{ <{EX}doc3> a ?t }}"
    assert ask(client, query) is True  # FROM alone is honoured
    assert ask(client, query, **{"default-graph-uri": f"{EX}g1"}) is False  # the protocol's dataset wins


def test_from_restricts_the_default_graph(client):
    assert ask(client, f"ASK FROM <{EX}g3> {{ <{EX}doc1> a ?t }}") is False


@pytest.mark.parametrize("query, kind", [
    ("SELECT (1 AS ?value) {}", "application/sparql-results+json"),
    ("ASK {}", "application/sparql-results+json"),
    (f"DESCRIBE <{EX}doc1>", "text/turtle"),
    ("CONSTRUCT { <s> <p> 1 } WHERE {}", "text/turtle"),
])
def test_each_query_form_gets_its_kind_of_format(client, query, kind):
    response = client.post("/sparql", content=query, headers=DIRECT)
    assert response.status_code == 200
    assert response.headers["content-type"].split(";")[0] == kind


def test_construct_resolves_relative_iris_against_the_endpoint(client):
    response = client.post("/sparql", content="CONSTRUCT { <s> <p> 1 } WHERE {}", headers=DIRECT)
    graph = Graph().parse(data=response.text, format="turtle")
    [(s, p, o)] = list(graph)
    assert str(s) == "http://testserver/s" and str(p) == "http://testserver/p"


# ---------------------------------------------------------------- updates that succeed

def seen(client, graph: str) -> set[str]:
    rows = client.get("/sparql", params={"query": f"SELECT ?s WHERE {{ GRAPH <{graph}> {{ ?s a <{EX}Seen> }} }}"})
    return {b["s"]["value"].rsplit("/", 1)[-1] for b in rows.json()["results"]["bindings"]}


MARK = f"INSERT {{ GRAPH <{EX}out> {{ ?s a <{EX}Seen> }} }} WHERE {{ ?s a <{EX}Document> }}"
MARK_NAMED = f"INSERT {{ GRAPH <{EX}out> {{ ?s a <{EX}Seen> }} }} WHERE {{ GRAPH ?g {{ ?s a <{EX}Document> }} }}"


def test_update_with_one_using_graph(client):
    assert update(client, MARK, {"using-graph-uri": f"{EX}g1"}).status_code == 204
    assert seen(client, f"{EX}out") == {"doc1"}


def test_update_with_two_using_graphs(client):
    assert update(client, MARK, [("using-graph-uri", f"{EX}g1"), ("using-graph-uri", f"{EX}g2")]).status_code == 204
    assert seen(client, f"{EX}out") == {"doc1", "doc2"}


def test_update_with_two_using_named_graphs(client):
    params = [("using-named-graph-uri", f"{EX}g2"), ("using-named-graph-uri", f"{EX}g3")]
    assert update(client, MARK_NAMED, params).status_code == 204
    assert seen(client, f"{EX}out") == {"doc2", "doc3"}


def test_update_with_both_kinds(client):
    text = (f"INSERT {{ GRAPH <{EX}out> {{ ?d a <{EX}Seen> . ?n a <{EX}Seen> }} }} WHERE "
            f"{{ ?d a <{EX}Document> GRAPH ?g {{ ?n a <{EX}Document> }} }}")
    assert update(client, text, [("using-graph-uri", f"{EX}g1"), ("using-named-graph-uri", f"{EX}g3")]).status_code == 204
    assert seen(client, f"{EX}out") == {"doc1", "doc3"}


def test_update_by_post_form_and_direct(client):
    form = client.post("/sparql", content="update=" + quote(f"INSERT DATA {{ GRAPH <{EX}out> {{ <{EX}x> a <{EX}Seen> }} }}"),
                       headers={**FORM, "Authorization": f"Bearer {TOKEN}"})
    assert form.status_code == 204
    assert update(client, f"INSERT DATA {{ GRAPH <{EX}out> {{ <{EX}y> a <{EX}Seen> }} }}").status_code == 204
    assert client.post("/update", content=f"INSERT DATA {{ GRAPH <{EX}out> {{ <{EX}z> a <{EX}Seen> }} }}",
                       headers={"Content-Type": "application/sparql-update",
                                "Authorization": f"Bearer {TOKEN}"}).status_code == 204
    assert seen(client, f"{EX}out") == {"x", "y", "z"}


def test_relative_iri_in_insert_data_becomes_absolute(client):
    assert update(client, f"INSERT DATA {{ GRAPH <{EX}out> {{ <{EX}s> <{EX}p> <relative> }} }}").status_code == 204
    rows = client.get("/sparql", params={"query": f"SELECT ?o WHERE {{ GRAPH <{EX}out> {{ ?s ?p ?o }} }}"}).json()
    assert rows["results"]["bindings"][0]["o"] == {"type": "uri", "value": "http://testserver/relative"}


# ---------------------------------------------------------------- 4xx

@pytest.mark.parametrize("method, url, headers, body, status", [
    ("PUT", "/sparql?query=ASK%20%7B%7D", FORM, None, 405),
    ("GET", "/sparql?query=ASK%20%7B%7D&query=SELECT%20*%20%7B%7D", {}, None, 400),
    ("POST", "/sparql", {"Content-Type": "text/plain"}, "ASK {}", 415),
    ("POST", "/sparql", {}, "query=ASK%20%7B%7D", 400),
    ("POST", "/sparql", {}, "ASK {}", 400),
    ("POST", "/sparql", {"Content-Type": "application/sparql-query; charset=UTF-16"}, "ASK {}", 415),
    ("GET", "/sparql?query=ASK%20%7B", {}, None, 400),
    ("GET", "/sparql?update=CLEAR%20ALL", {}, None, 405),
    ("POST", "/sparql", FORM, "update=CLEAR%20NAMED&update=CLEAR%20DEFAULT", 400),
    ("POST", "/sparql", {"Content-Type": "text/plain"}, "CLEAR NAMED", 415),
    ("POST", "/sparql", {}, "update=CLEAR%20NAMED", 400),
    ("POST", "/sparql", {"Content-Type": "application/sparql-update; charset=UTF-16"}, "CLEAR NAMED", 415),
    ("POST", "/sparql", FORM, "update=CLEAR%20XYZ", 400),
    ("POST", "/sparql?using-named-graph-uri=http%3A%2F%2Fexample%2Fpeople",
     {"Content-Type": "application/sparql-update"},
     "WITH <http://example/addresses> DELETE { ?p <http://n> 'Bill' } WHERE { ?p <http://n> 'Bill' }", 400),
    ("POST", "/sparql", {"Content-Type": "application/sparql-query"}, b"ASK {\xff}", 400),
])
def test_bad_requests_are_4xx_with_a_message(client, method, url, headers, body, status):
    headers = {**headers, "Authorization": f"Bearer {TOKEN}"}
    response = client.request(method, url, headers=headers, content=body.encode() if isinstance(body, str) else body)
    assert response.status_code == status, response.text
    assert response.json()["detail"]


def test_syntax_error_carries_the_parser_message(client):
    detail = client.get("/sparql", params={"query": "SELECT ?x WHERE { ?x"}).json()["detail"]
    assert detail.startswith("error at 1:")


def test_rejected_update_changes_nothing(client):
    before = client.get("/sparql", params={"query": "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }"}).json()
    assert update(client, f"INSERT DATA {{ GRAPH <{EX}g1> {{ <{EX}a> <{EX}b> <{EX}c> }} }} ; CLEAR XYZ").status_code == 400
    after = client.get("/sparql", params={"query": "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }"}).json()
    assert before == after
