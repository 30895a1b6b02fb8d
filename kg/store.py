"""The graph store: one small interface, an embedded Oxigraph implementation.

Layout: one named graph per report (``graph/report/<id>``), plus shared graphs stated once:
``graph/linking`` (the linking table), ``graph/entities`` (shared entities named by reports),
``graph/inferred`` (OWL inferences) and ``graph/ontology``. The default graph seen by queries is
the union of all of them.

>>> store = OxigraphStore()          # in memory
>>> store.reports()
[]
>>> store.query("ASK { ?s ?p ?o }").boolean
False
"""

from __future__ import annotations

import io
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal as Kind

import pyoxigraph as ox
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.term import Node

from kg import iri
from kg.errors import QuerySyntaxError, UnusableInput
from kg.sparql import with_values

RESULT_FORMATS = {
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
}
RDF_FORMATS = {
    "nquads": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
}


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


def _quads(graph: Graph, graph_name: URIRef) -> Iterator[ox.Quad]:
    name = ox.NamedNode(str(graph_name))
    for s, p, o in graph:
        yield ox.Quad(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o), name)


@dataclass
class QueryResult:
    """The same result type for every store: solutions or a boolean (kept as SPARQL JSON), or triples."""

    kind: Kind["solutions", "boolean", "triples"]
    sparql_json: bytes = b""
    triples: list[ox.Triple] = field(default_factory=list)

    @classmethod
    def from_oxigraph(cls, raw) -> QueryResult:
        if isinstance(raw, ox.QueryBoolean | ox.QuerySolutions):
            kind = "boolean" if isinstance(raw, ox.QueryBoolean) else "solutions"
            return cls(kind, sparql_json=raw.serialize(format=ox.QueryResultsFormat.JSON))
        return cls("triples", triples=list(raw))

    def _parsed(self):
        return ox.parse_query_results(self.sparql_json, format=ox.QueryResultsFormat.JSON)

    @property
    def boolean(self) -> bool | None:
        return bool(self._parsed()) if self.kind == "boolean" else None

    @property
    def variables(self) -> list[str]:
        return [v.value for v in self._parsed().variables] if self.kind == "solutions" else []

    @property
    def rows(self) -> list[dict[str, ox.NamedNode | ox.BlankNode | ox.Literal]]:
        """Solutions as dicts of bound variables only."""
        if self.kind != "solutions":
            return []
        parsed = self._parsed()
        names = [v.value for v in parsed.variables]
        return [{n: s[n] for n in names if s[n] is not None} for s in parsed]

    def serialize(self, fmt: str = "json") -> bytes:
        """SPARQL 1.1 results (json, xml, csv, tsv), or for triples an RDF format (turtle, ntriples …)."""
        if self.kind == "triples":
            return ox.serialize(self.triples, format=RDF_FORMATS[fmt])
        if fmt == "json":
            return self.sparql_json
        return self._parsed().serialize(format=RESULT_FORMATS[fmt])


class OxigraphStore:
    """The embedded store: pyoxigraph on disk (``path``) or in memory (``path=None``)."""

    def __init__(self, path: str | Path | None = None, read_only: bool = False):
        if path is None:
            self._store = ox.Store()
        else:
            Path(path).mkdir(parents=True, exist_ok=True)
            self._store = ox.Store.read_only(str(path)) if read_only else ox.Store(str(path))
        self.path = path

    # ------------------------------------------------------------------ writes

    def replace_report(self, report_id: str, dataset: Dataset) -> None:
        """Swap in one report's graph, and add its shared entities, in one transaction."""
        graph_name = iri.report_graph(report_id)
        inserts = []
        for graph in dataset.graphs():
            if len(graph) == 0:
                continue
            name = graph.identifier
            if name not in (graph_name, iri.ENTITIES_GRAPH):
                raise UnusableInput(f"report {report_id} writes graph {name}, which it does not own")
            body = "\n".join(f"{s.n3()} {p.n3()} {o.n3()} ." for s, p, o in graph)
            inserts.append(f"GRAPH <{name}> {{\n{body}\n}}")
        # One SPARQL update is one transaction: readers never see the report half replaced.
        self._store.update(f"DROP SILENT GRAPH <{graph_name}> ;\nINSERT DATA {{\n{chr(10).join(inserts)}\n}}")

    def delete_report(self, report_id: str) -> None:
        self._store.update(f"DROP SILENT GRAPH <{iri.report_graph(report_id)}>")

    def replace_graph(self, graph_name: URIRef, graph: Graph) -> None:
        """Replace a shared graph (linking, inferred, ontology) atomically."""
        body = "\n".join(f"{s.n3()} {p.n3()} {o.n3()} ." for s, p, o in graph)
        self._store.update(f"DROP SILENT GRAPH <{graph_name}> ;\nINSERT DATA {{ GRAPH <{graph_name}> {{\n{body}\n}} }}")

    def graph(self, graph_name: URIRef) -> Graph:
        """A copy of one named graph as an rdflib Graph."""
        data = self._store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(str(graph_name)))
        return Graph().parse(data=data, format="nt")

    # ------------------------------------------------------------------ reads

    def reports(self) -> list[str]:
        """Ids of the reports in the store, sorted."""
        ids = (iri.report_id_of_graph(g.value) for g in self._store.named_graphs() if isinstance(g, ox.NamedNode))
        return sorted(i for i in ids if i)

    def query(self, sparql: str, bindings: Mapping[str, ox.NamedNode | ox.Literal] | None = None) -> QueryResult:
        """Run SPARQL over the union of all graphs; ``bindings`` pre-bind variables (never spliced).

        Raises:
            QuerySyntaxError: the parser's message.
        """
        try:
            raw = self._store.query(with_values(sparql, bindings), use_default_graph_as_union=True)
            return QueryResult.from_oxigraph(raw)
        except SyntaxError as err:
            raise QuerySyntaxError(str(err)) from err

    def export(self, fmt: str = "nquads") -> bytes:
        """The whole store as N-Quads or TriG."""
        buffer = io.BytesIO()
        self._store.dump(buffer, format=RDF_FORMATS[fmt])
        return buffer.getvalue()

    def __len__(self) -> int:
        return len(self._store)

    def flush(self) -> None:
        if self.path is not None:
            self._store.flush()


def open_store(path: str | Path | None, read_only: bool = False) -> OxigraphStore:
    return OxigraphStore(path, read_only=read_only)


__all__ = ["OxigraphStore", "QueryResult", "open_store", "to_oxigraph"]
