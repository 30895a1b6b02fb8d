"""The embedded store: atomic, idempotent report replacement; removal; export; errors."""

import pytest
from rdflib import Dataset

from kg import iri
from kg.build import build
from kg.errors import QuerySyntaxError
from kg.store import OxigraphStore


def count(store, graph):
    return int(store.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}").rows[0]["n"].value)


def test_replace_report_is_idempotent_and_delete_removes_it(seed_card):
    store = OxigraphStore()
    dataset = build(seed_card)
    store.replace_report(seed_card.id, dataset)
    first = len(store)
    store.replace_report(seed_card.id, build(seed_card))
    assert len(store) == first
    assert store.reports() == [seed_card.id]
    assert count(store, iri.report_graph(seed_card.id)) == len(dataset.graph(iri.report_graph(seed_card.id)))
    store.delete_report(seed_card.id)
    assert store.reports() == []
    assert count(store, iri.ENTITIES_GRAPH) > 0  # shared entities stay for other reports


def test_a_report_may_not_write_foreign_graphs(seed_card):
    store = OxigraphStore()
    dataset = Dataset()
    from rdflib import URIRef
    dataset.graph(iri.LINKING_GRAPH).add((URIRef("urn:a"), URIRef("urn:b"), URIRef("urn:c")))
    with pytest.raises(Exception, match="does not own"):
        store.replace_report(seed_card.id, dataset)
    assert len(store) == 0


def test_export_round_trips(store):
    data = store.export("nquads")
    for fmt, payload in (("nquads", data), ("trig", store.export("trig"))):
        parsed = Dataset().parse(data=payload, format=fmt)
        assert sum(1 for _ in parsed.quads()) == len(store)
    assert b"/graph/report/" in data


def test_syntax_error_carries_the_parser_message(store):
    with pytest.raises(QuerySyntaxError, match="1:"):
        store.query("SELEC ?x WHERE { ?x ?y ?z }")


def test_result_formats(store):
    result = store.query("SELECT ?r WHERE { GRAPH ?g { ?r a <https://w3id.org/mkg/ns#MarketReport> } }")
    assert result.kind == "solutions" and result.variables == ["r"]
    assert b"https://w3id.org/mkg/id/report/" in result.serialize("tsv")
    assert result.serialize("xml").startswith(b"<?xml")
    assert store.query("ASK { GRAPH ?g { ?s ?p ?o } }").boolean is True
    triples = store.query("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <https://w3id.org/mkg/graph/linking> { ?s ?p ?o } }")
    assert triples.kind == "triples" and b"mkg" in triples.serialize("turtle")
