"""Real SPARQL clients against a running server: rdflib's SPARQLStore and SPARQLWrapper."""

import pytest
from rdflib import Graph, URIRef
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import JSON, TURTLE, XML, SPARQLWrapper

from kg.settings import Settings
from service.app import create_app
from tests.live import serving

MKG = "https://w3id.org/mkg/ns#"


@pytest.fixture(scope="module")
def endpoint(store):
    with serving(create_app(Settings(), store=store)) as base:
        yield f"{base}/sparql"


def test_rdflib_sparqlstore(endpoint):
    graph = Graph(SPARQLStore(endpoint, returnFormat="xml"))
    rows = list(graph.query(f"SELECT ?r WHERE {{ GRAPH ?g {{ ?r a <{MKG}MarketReport> }} }}"))
    assert rows == [(URIRef("https://w3id.org/mkg/id/report/000_67218fe0b33be073"),)]
    assert graph.query(f"ASK {{ GRAPH ?g {{ ?r a <{MKG}KeyPlayerRole> }} }}").askAnswer is True
    constructed = graph.query(f"CONSTRUCT {{ ?p a <{MKG}KeyPlayerRole> }} WHERE {{ GRAPH ?g {{ ?p a <{MKG}KeyPlayerRole> }} }}")
    assert len(constructed.graph) == 8


def test_sparqlwrapper(endpoint):
    client = SPARQLWrapper(endpoint)
    client.setQuery(f"SELECT ?s WHERE {{ GRAPH ?g {{ ?s a <{MKG}Driver> }} }}")
    client.setReturnFormat(JSON)
    assert len(client.query().convert()["results"]["bindings"]) == 6
    client.setQuery(f"ASK {{ GRAPH ?g {{ ?s a <{MKG}Trend> }} }}")
    client.setReturnFormat(XML)
    assert client.query().convert().getElementsByTagName("boolean")[0].firstChild.data == "true"
    client.setQuery(f"CONSTRUCT {{ ?s a <{MKG}Restraint> }} WHERE {{ GRAPH ?g {{ ?s a <{MKG}Restraint> }} }}")
    client.setReturnFormat(TURTLE)
    turtle = client.query().convert()
    assert len(Graph().parse(data=turtle, format="turtle")) == 2
