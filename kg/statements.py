"""Triples as N-Triples lines: what a built report writes, prepared once and sent to any store."""

from __future__ import annotations

import pyoxigraph as ox
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.term import Node

from kg import iri
from kg.errors import UnusableInput


def to_oxigraph(term: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """An rdflib term as a pyoxigraph term (the builder speaks rdflib, the store pyoxigraph)."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"not an RDF term: {term!r}")


Statements = dict[str, list[str]]  # graph IRI → its triples, N-Triples lines (also valid SPARQL and Turtle)


def triple_statements(graph: Graph) -> list[str]:
    triples = (ox.Triple(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o)) for s, p, o in graph)
    return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode("utf-8").splitlines()


def nquads_statements(nquads: bytes) -> Statements:
    """N-Quads (as ``kg.build.BuiltReport.nquads`` writes them) as statements, graph by graph."""
    graphs: dict[str, list[ox.Triple]] = {}
    for quad in ox.parse(nquads, format=ox.RdfFormat.N_QUADS):
        graphs.setdefault(quad.graph_name.value, []).append(quad.triple)
    return {name: ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode("utf-8").splitlines()
            for name, triples in graphs.items()}


def report_statements(report_id: str, dataset: Dataset) -> Statements:
    """The graphs a built report writes, checked: only its own graph and the shared-entities graph.

    Plain strings, so a worker process can prepare them and the writer just sends them.

    Raises:
        UnusableInput: the dataset writes another graph.
    """
    own = iri.report_graph(report_id)
    graphs = {}
    for graph in dataset.graphs():
        if len(graph) == 0:
            continue
        if graph.identifier not in (own, iri.ENTITIES_GRAPH):
            raise UnusableInput(f"report {report_id} writes graph {graph.identifier}, which it does not own")
        graphs[str(graph.identifier)] = triple_statements(graph)
    return graphs
