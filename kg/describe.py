"""The dataset described: DCAT 3 and VoID for the whole graph and for each report's named graph.

Served at ``/.well-known/void`` and merged into the SPARQL service description (``service/sparql.py``).

>>> from kg.pipeline import seed_store
>>> store = seed_store()
>>> g = describe_dataset(store, "http://localhost:8000/sparql")
>>> (DATASET, VOID.sparqlEndpoint, URIRef("http://localhost:8000/sparql")) in g
True
>>> (DATASET, VOID.subset, iri.report_graph("000_67218fe0b33be073")) in g
True
"""

from __future__ import annotations

import pyoxigraph as ox
from rdflib import DCAT, DCTERMS, FOAF, RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef

from kg import __version__, iri

VOID = Namespace("http://rdfs.org/ns/void#")
SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
DATASET = URIRef("https://w3id.org/mkg/dataset")
PUBLISHER = URIRef(iri.ID + "agent/mkg-project")
LICENSE = URIRef("https://www.apache.org/licenses/LICENSE-2.0")
WIKIDATA_DATASET = URIRef("http://www.wikidata.org/")
SCHEMA = Namespace("https://schema.org/")

SHARED_GRAPHS = {
    iri.LINKING_GRAPH: "Linking data: countries, UN M49 and report regions, currencies, checked organisation identifiers",
    iri.ENTITIES_GRAPH: "Entities shared across reports: markets, segment concepts, organisations as written",
    iri.INFERRED_GRAPH: "OWL inferences: organisations located in regions",
    iri.COUNTS_GRAPH: "Counts over all reports: the reports naming each linked organisation",
    iri.ONTOLOGY_GRAPH: "The mkg ontology",
}

_COUNTS = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g"
_REPORTS = """
PREFIX mkg: <https://w3id.org/mkg/ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX schema: <https://schema.org/>
SELECT ?g ?report ?label ?publisher ?date WHERE {
  GRAPH ?g { ?report a mkg:MarketReport ; rdfs:label ?label .
             OPTIONAL { ?report schema:publisher ?publisher } OPTIONAL { ?report schema:datePublished ?date } }
}"""
_WIKIDATA_LINKS = """
SELECT (COUNT(*) AS ?n) WHERE { ?s <https://schema.org/sameAs>|<http://www.w3.org/2004/02/skos/core#exactMatch>|<http://www.w3.org/2004/02/skos/core#closeMatch> ?o
  FILTER(STRSTARTS(STR(?o), "http://www.wikidata.org/entity/")) }"""


def describe_dataset(store, endpoint: str) -> Graph:
    """DCAT 3 + VoID: the dataset, its SPARQL service and distribution, each named graph as a subset with its
    triple count (each report's with its title, publisher and date), and the Wikidata linkset."""
    g = Graph(bind_namespaces="core")
    for prefix, ns in (("dcat", DCAT), ("dct", DCTERMS), ("void", VOID), ("foaf", FOAF), ("sd", SD)):
        g.bind(prefix, ns)
    service, distribution = URIRef(endpoint + "#service"), URIRef(endpoint + "#distribution")
    counts = {row["g"].value: int(row["n"].value) for row in store.query(_COUNTS).rows}

    g.add((DATASET, RDF.type, DCAT.Dataset))
    g.add((DATASET, RDF.type, VOID.Dataset))
    g.add((DATASET, DCTERMS.title, Literal("mkg — market-report knowledge graph", lang="en")))
    g.add((DATASET, DCTERMS.description, Literal(
        "Market-research reports as a validated, linked RDF graph: market sizes, growth rates, segments, regions and "
        "key players, every fact with the quote it comes from; organisations, countries, regions and currencies "
        "linked to ISO 3166, UN M49, ISO 4217 and Wikidata.", lang="en")))
    g.add((DATASET, DCTERMS.publisher, PUBLISHER))
    g.add((PUBLISHER, RDF.type, FOAF.Agent))
    g.add((PUBLISHER, FOAF.name, Literal("mkg project")))
    g.add((DATASET, DCTERMS.license, LICENSE))
    g.add((DATASET, DCTERMS.hasVersion, Literal(__version__)))
    g.add((DATASET, VOID.triples, Literal(sum(counts.values()), datatype=XSD.integer)))
    g.add((DATASET, VOID.sparqlEndpoint, URIRef(endpoint)))
    g.add((DATASET, VOID.uriSpace, Literal(iri.ID)))
    for vocabulary in ("https://w3id.org/mkg/ns#", "http://www.w3.org/ns/prov#", "http://www.w3.org/2004/02/skos/core#",
                       "https://schema.org/", "http://www.w3.org/2006/time#"):
        g.add((DATASET, VOID.vocabulary, URIRef(vocabulary)))
    g.add((DATASET, DCAT.distribution, distribution))
    g.add((distribution, RDF.type, DCAT.Distribution))
    g.add((distribution, DCTERMS.title, Literal("SPARQL 1.1 endpoint", lang="en")))
    g.add((distribution, DCAT.accessURL, URIRef(endpoint)))
    g.add((distribution, DCAT.accessService, service))
    g.add((service, RDF.type, DCAT.DataService))
    g.add((service, DCAT.endpointURL, URIRef(endpoint)))
    g.add((service, DCAT.servesDataset, DATASET))
    g.add((service, DCTERMS.conformsTo, URIRef("https://www.w3.org/TR/sparql11-protocol/")))

    for graph_name, title in SHARED_GRAPHS.items():
        if str(graph_name) in counts:
            _subset(g, URIRef(graph_name), Literal(title, lang="en"), counts[str(graph_name)])
    for row in store.query(_REPORTS).rows:
        graph_name = URIRef(row["g"].value)
        _subset(g, graph_name, Literal(row["label"].value, lang="en"), counts.get(str(graph_name), 0))
        g.add((graph_name, DCTERMS.source, URIRef(row["report"].value)))
        if row.get("publisher") is not None:
            g.add((graph_name, DCTERMS.publisher, URIRef(row["publisher"].value)))
        if row.get("date") is not None:
            g.add((graph_name, DCTERMS.issued, Literal(row["date"].value, datatype=XSD.date)))

    linkset = URIRef(str(DATASET) + "/links/wikidata")
    links = int(store.query(_WIKIDATA_LINKS).rows[0]["n"].value)
    g.add((linkset, RDF.type, VOID.Linkset))
    g.add((linkset, RDFS.label, Literal("Links to Wikidata items", lang="en")))
    g.add((linkset, VOID.subjectsTarget, DATASET))
    g.add((linkset, VOID.objectsTarget, WIKIDATA_DATASET))
    g.add((linkset, VOID.linkPredicate, SCHEMA.sameAs))
    g.add((linkset, VOID.triples, Literal(links, datatype=XSD.integer)))
    g.add((DATASET, VOID.subset, linkset))
    g.add((WIKIDATA_DATASET, RDF.type, VOID.Dataset))
    g.add((WIKIDATA_DATASET, FOAF.homepage, URIRef("https://www.wikidata.org/")))
    return g


def _subset(g: Graph, graph_name: URIRef, title: Literal, triples: int) -> None:
    g.add((DATASET, VOID.subset, graph_name))
    g.add((graph_name, RDF.type, VOID.Dataset))
    g.add((graph_name, RDF.type, DCAT.Dataset))
    g.add((graph_name, DCTERMS.title, title))
    g.add((graph_name, VOID.triples, Literal(triples, datatype=XSD.integer)))
    g.add((graph_name, SD.name, graph_name))


# ---------------------------------------------------------------- one resource

LABEL_PREDICATES = (RDFS.label, URIRef("http://www.w3.org/2004/02/skos/core#prefLabel"), SCHEMA.name)
# The concise bounded description of ?resource (its statements, and those of blank nodes it points at), plus
# the labels of what it links to, so a client can show the description without asking again.
_DESCRIBE = """
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX schema: <https://schema.org/>
CONSTRUCT { ?resource ?p ?o . ?o ?blankP ?blankO . ?o ?labelP ?label } WHERE {
  ?resource ?p ?o .
  OPTIONAL { FILTER (isBlank(?o)) ?o ?blankP ?blankO }
  OPTIONAL { FILTER (isIRI(?o)) VALUES ?labelP { rdfs:label skos:prefLabel schema:name } ?o ?labelP ?label }
}"""


def describe_resource(store, resource: str) -> Graph:
    """The concise bounded description of ``resource`` with the labels of the resources it links to;
    empty when the store says nothing about it.

    >>> from kg.pipeline import seed_store
    >>> g = describe_resource(seed_store(), iri.ID + "org/apollo-hospitals")
    >>> (URIRef(iri.ID + "org/apollo-hospitals"), RDFS.label, Literal("Apollo Hospitals")) in g
    True
    >>> (URIRef(iri.ID + "country/IN"), RDFS.label, None) in g
    True
    >>> len(describe_resource(seed_store(), iri.ID + "org/no-such-organisation"))
    0
    """
    result = store.query(_DESCRIBE, {"resource": ox.NamedNode(resource)})
    g = Graph(bind_namespaces="core")
    g.bind("mkg", "https://w3id.org/mkg/ns#")
    g.bind("schema", SCHEMA)
    g.bind("prov", "http://www.w3.org/ns/prov#")
    g.bind("skos", "http://www.w3.org/2004/02/skos/core#")
    return g.parse(data=result.serialize("ntriples").decode("utf-8"), format="nt")
