"""DCAT 3 + VoID at /.well-known/void and in the service description."""

from rdflib import DCAT, DCTERMS, RDF, Graph, Literal, URIRef

from kg import iri
from kg.describe import DATASET, VOID

SEED_GRAPH = iri.report_graph("000_67218fe0b33be073")


def test_well_known_void_describes_the_dataset_and_each_report_graph(seed_client, store):
    response = seed_client.get("/.well-known/void")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/turtle")
    g = Graph().parse(data=response.text, format="turtle")
    assert (DATASET, RDF.type, DCAT.Dataset) in g and (DATASET, RDF.type, VOID.Dataset) in g
    assert int(g.value(DATASET, VOID.triples)) == len(store)
    assert g.value(DATASET, DCTERMS.license) is not None and g.value(DATASET, DCTERMS.publisher) is not None
    endpoint = g.value(DATASET, VOID.sparqlEndpoint)
    assert str(endpoint).endswith("/sparql")
    distribution = g.value(DATASET, DCAT.distribution)
    assert g.value(distribution, DCAT.accessURL) == endpoint
    assert (SEED_GRAPH, RDF.type, DCAT.Dataset) in g and (DATASET, VOID.subset, SEED_GRAPH) in g
    counted = store.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{SEED_GRAPH}> {{ ?s ?p ?o }} }}").rows[0]["n"].value
    assert g.value(SEED_GRAPH, VOID.triples) == Literal(int(counted))
    assert str(g.value(SEED_GRAPH, DCTERMS.issued)) == "2024-12-11"
    assert g.value(SEED_GRAPH, DCTERMS.publisher) == iri.organisation("Coherent Market Insights")
    linkset = URIRef(f"{DATASET}/links/wikidata")
    assert (linkset, RDF.type, VOID.Linkset) in g and int(g.value(linkset, VOID.triples)) > 50


def test_void_in_json_ld_on_request(seed_client):
    response = seed_client.get("/.well-known/void", headers={"Accept": "application/ld+json"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("application/ld+json")
    assert (DATASET, RDF.type, DCAT.Dataset) in Graph().parse(data=response.text, format="json-ld")


def test_the_service_description_carries_the_dataset_description(seed_client):
    response = seed_client.get("/sparql", headers={"Accept": "text/turtle"})
    g = Graph().parse(data=response.text, format="turtle")
    service = URIRef(str(g.value(DATASET, VOID.sparqlEndpoint)) + "#service")
    assert (service, RDF.type, DCAT.DataService) in g and (service, DCAT.servesDataset, DATASET) in g
    assert (DATASET, VOID.subset, SEED_GRAPH) in g
