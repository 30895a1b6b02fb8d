"""Content negotiation with the Accept headers real clients send."""

import pytest
from rdflib import Dataset, URIRef

from service.negotiate import choose_format, prefers_html

BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8"
RDFLIB_SPARQLSTORE_XML = "application/sparql-results+xml, application/rdf+xml"
SPARQLWRAPPER_JSON = "application/sparql-results+json,application/json,text/javascript,application/javascript"
SPARQLWRAPPER_RDF = "application/rdf+xml"
SPARQLWRAPPER_TURTLE = "application/turtle,text/turtle"
SPARQLWRAPPER_JSONLD = "application/ld+json,application/x-json+ld"


@pytest.mark.parametrize("accept, kind, fmt, expected", [
    (None, "results", None, "json"),
    (None, "rdf", None, "turtle"),
    ("*/*", "results", None, "json"),
    ("*/*", "rdf", None, "turtle"),
    (RDFLIB_SPARQLSTORE_XML, "results", None, "xml"),
    (RDFLIB_SPARQLSTORE_XML, "rdf", None, "rdfxml"),
    (SPARQLWRAPPER_JSON, "results", None, "json"),
    (SPARQLWRAPPER_RDF, "rdf", None, "rdfxml"),
    (SPARQLWRAPPER_TURTLE, "rdf", None, "turtle"),
    (SPARQLWRAPPER_JSONLD, "rdf", None, "jsonld"),
    (BROWSER, "results", None, "xml"),
    (BROWSER, "rdf", None, "rdfxml"),
    ("text/csv;q=0.5, application/sparql-results+json;q=0.9", "results", None, "json"),
    ("text/csv, application/sparql-results+json;q=0.9", "results", None, "csv"),
    ("text/tab-separated-values", "results", None, "tsv"),
    ("application/n-triples", "rdf", None, "ntriples"),
    ("text/plain", "rdf", None, "ntriples"),
    ("application/n-quads", "rdf", None, "nquads"),
    ("application/trig", "rdf", None, "trig"),
    ("text/*", "results", None, "csv"),
    ("application/sparql-results+json;q=0", "results", None, None),
    ("text/html", "results", None, None),
    ("image/png", "rdf", None, None),
    ("application/sparql-results+json;q=abc, text/csv", "results", None, "csv"),
    ("text/html", "results", "csv", "csv"),
    (None, "rdf", "nt", "ntriples"),
    (None, "rdf", "csv", None),
    (None, "results", "nonsense", None),
])
def test_choose_format(accept, kind, fmt, expected):
    chosen = choose_format(accept, kind, fmt)
    assert (chosen.name if chosen else None) == expected


def test_browser_navigation_is_recognised():
    assert prefers_html(BROWSER)
    assert not prefers_html("text/turtle")
    assert not prefers_html(None)


@pytest.mark.parametrize("name", [f.name for f in __import__("service.negotiate").negotiate.FORMATS])
def test_every_offered_format_is_produced(client, name):
    from service.negotiate import FORMATS

    fmt = next(f for f in FORMATS if f.name == name)
    query = "SELECT (1 AS ?x) {}" if fmt.kind == "results" else "CONSTRUCT { <http://ex/s> <http://ex/p> 1 } WHERE {}"
    response = client.get("/sparql", params={"query": query}, headers={"Accept": fmt.media_type})
    assert response.status_code == 200 and response.headers["content-type"].startswith(fmt.media_type)
    assert response.content


@pytest.mark.parametrize("fmt, parse_as", [("turtle", "turtle"), ("ntriples", "nt"), ("jsonld", "json-ld"),
                                           ("rdfxml", "xml"), ("nquads", "nquads"), ("trig", "trig")])
def test_service_description_in_every_graph_format(seed_client, fmt, parse_as):
    response = seed_client.get("/sparql", params={"format": fmt})
    assert response.status_code == 200, response.text
    data = Dataset().parse(data=response.text, format=parse_as)
    sd_service = URIRef("http://www.w3.org/ns/sparql-service-description#Service")
    assert any(o == sd_service for _, _, o, _ in data.quads((None, None, None, None)))


def test_service_description_ignores_a_results_only_accept_but_not_an_unknown_format(seed_client):
    probe = seed_client.get("/sparql", headers={"Accept": "application/sparql-results+json"})
    assert probe.status_code == 200 and probe.headers["content-type"].startswith("text/turtle")
    assert seed_client.get("/sparql", params={"format": "pdf"}).status_code == 406
