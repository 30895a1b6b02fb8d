"""A store in any SPARQL 1.1 engine, spoken to only by open standards: Query, Update, Graph Store Protocol.

Written for the engines people run (Oxigraph server, Fuseki, GraphDB, QLever, Virtuoso …), so it
keeps to what all of them answer correctly:

* queries go by form POST (some engines never answer a direct ``application/sparql-query`` POST),
  with an ``Accept`` chosen per query form (some answer HTML without one);
* updates are cut into batches of ``batch_triples`` (some refuse one large ``INSERT DATA``);
* a graph is replaced atomically: by one Graph Store ``PUT`` when a GSP endpoint is given, else by
  loading a staging graph in batches and one ``MOVE`` onto the real graph;
* a result cut short by the engine (``X-SPARQL-MaxRows``) is an error, never a silent partial answer;
* every request has a time limit (rdflib's SPARQLStore sets none).

The engine must treat its default graph as the union of the named graphs (Oxigraph:
``--union-default-graph``; Virtuoso does so by default), as the embedded store does.
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Iterable, Iterator, Mapping

import httpx
import pyoxigraph as ox
from rdflib import Dataset, Graph, URIRef

from kg import iri
from kg.errors import MkgError, QuerySyntaxError
from kg.sparql import query_shape, with_values, without_lateral
from kg.results import RDF_FORMATS, QueryResult
from kg.statements import Statements, nquads_statements, report_statements, triple_statements
from kg.vocab import MKG

SPARQL_JSON = "application/sparql-results+json"
N_TRIPLES = "application/n-triples"
STAGING = iri.GRAPH + "staging/"


class RemoteStoreError(MkgError):
    """The remote engine could not be reached, refused a request, or cut a result short."""


def _batches(lines: Iterable[str], size: int) -> Iterator[list[str]]:
    batch: list[str] = []
    for line in lines:
        batch.append(line)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


class RemoteStore:
    """The Store interface over a SPARQL 1.1 endpoint (``update_endpoint`` defaults to ``endpoint``)."""

    def __init__(self, endpoint: str, *, update_endpoint: str | None = None, gsp_endpoint: str | None = None,
                 timeout_s: float = 60.0, batch_triples: int = 500):
        self.endpoint = endpoint
        self.update_endpoint = update_endpoint or endpoint
        self.gsp_endpoint = gsp_endpoint
        self.batch_triples = batch_triples
        self._http = httpx.Client(timeout=timeout_s)
        self._nonce = uuid.uuid4().hex[:8]
        self._writes = 0

    # ------------------------------------------------------------------ HTTP

    def _send(self, method: str, url: str, **kwargs) -> httpx.Response:
        try:
            response = self._http.request(method, url, **kwargs)
        except httpx.TimeoutException as err:
            raise RemoteStoreError(f"{url} gave no answer within the time limit ({err})") from None
        except httpx.HTTPError as err:
            raise RemoteStoreError(f"cannot reach {url}: {err}") from None
        if response.status_code == 400:
            raise QuerySyntaxError(f"{url} refused the request: {response.text[:500]}")
        if response.status_code >= 300:
            raise RemoteStoreError(f"{url} answered {response.status_code}: {response.text[:500]}")
        return response

    # ------------------------------------------------------------------ reads

    def query(self, sparql: str, bindings: Mapping[str, ox.NamedNode | ox.Literal] | None = None, *,
              default_graphs: list[str] | None = None, named_graphs: list[str] | None = None,
              base_iri: str | None = None) -> QueryResult:
        """Run a query on the engine; the same result type as the embedded store.

        Raises:
            QuerySyntaxError: the engine rejected the query (its message).
            RemoteStoreError: unreachable, timed out, another error, or a result the engine truncated.
        """
        text = without_lateral(with_values(sparql, bindings))
        if base_iri:
            text = f"BASE <{base_iri}>\n{text}"
        form_name = query_shape(text).form
        is_graph = form_name in ("CONSTRUCT", "DESCRIBE")
        form = {"query": text, "default-graph-uri": default_graphs or [], "named-graph-uri": named_graphs or []}
        response = self._send("POST", self.endpoint, data=form, headers={"Accept": N_TRIPLES if is_graph else SPARQL_JSON})
        if "x-sparql-maxrows" in response.headers:
            raise RemoteStoreError(f"the engine cut the result at {response.headers['x-sparql-maxrows']} rows; "
                                   "page the query with LIMIT/OFFSET or raise the engine's limit")
        if is_graph:
            return QueryResult.from_serialized("triples", response.content)
        parsed = ox.parse_query_results(response.content, format=ox.QueryResultsFormat.JSON)
        if isinstance(parsed, ox.QueryBoolean):
            return QueryResult.from_serialized("boolean", response.content)
        if form_name == "ASK":
            # Virtuoso answers ASK as a one-column table (__ASK_RETVAL 1, or no row for false).
            answer = any(term is not None and term.value not in ("0", "false") for row in parsed for term in row)
            return QueryResult.from_serialized("boolean", json.dumps({"head": {}, "boolean": answer}).encode())
        return QueryResult.from_serialized("solutions", response.content)

    def reports_in_key_order(self, predicate: str, subject: str | None, offset: int, count: int) -> list[str] | None:
        """None: a SPARQL endpoint's index order cannot be read (the caller sorts the keys)."""
        return None

    def count_solutions(self, sparql: str, budget_s: float) -> int | None:
        """How many solutions a SELECT query has (one COUNT on the engine), or None over ``budget_s``."""
        from kg.paging import count_text

        start = time.monotonic()
        try:
            rows = self.query(count_text(sparql)).rows
        except RemoteStoreError:
            return None
        return int(rows[0]["total"].value) if rows and time.monotonic() - start <= budget_s else None

    def reports(self) -> list[str]:
        rows = self.query(f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?r a <{MKG.MarketReport}> }} }}").rows
        return sorted(i for i in (iri.report_id_of_graph(r["g"].value) for r in rows) if i)

    def named_graphs(self) -> list[str]:
        rows = self.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }").rows
        return sorted(r["g"].value for r in rows if not r["g"].value.startswith(STAGING))

    def contains_graph(self, graph_name: str) -> bool:
        return bool(self.query(f"ASK {{ GRAPH <{graph_name}> {{ ?s ?p ?o }} }}").boolean)

    def graph_ntriples(self, graph_name: URIRef) -> bytes:
        """One named graph as N-Triples."""
        return self.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph_name}> {{ ?s ?p ?o }} }}").serialize("ntriples")

    def graph(self, graph_name: URIRef) -> Graph:
        return Graph().parse(data=self.graph_ntriples(graph_name), format="nt")

    def export(self, fmt: str = "nquads") -> bytes:
        """Every named graph, one CONSTRUCT each (so no single answer meets an engine's row cap)."""
        quads = []
        for name in self.named_graphs():
            graph_name = ox.NamedNode(name)
            quads += [ox.Quad(t.subject, t.predicate, t.object, graph_name)
                      for t in self.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{name}> {{ ?s ?p ?o }} }}").triples]
        return ox.serialize(quads, format=RDF_FORMATS[fmt])

    def __len__(self) -> int:
        rows = self.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }").rows
        return int(rows[0]["n"].value)

    @property
    def version(self) -> str:
        """Changes on every write through this object; writes by other clients of the engine are not seen."""
        return f"{self._nonce}-{self._writes}"

    # ------------------------------------------------------------------ writes

    def update(self, sparql: str, base_iri: str | None = None) -> None:
        """Run a SPARQL update on the engine.

        Raises:
            QuerySyntaxError: the engine rejected it.
            RemoteStoreError: unreachable, timed out or another error.
        """
        text = f"BASE <{base_iri}>\n{sparql}" if base_iri else sparql
        self._send("POST", self.update_endpoint, data={"update": text})
        self._writes += 1

    def _insert(self, graph_name: str, statements: list[str]) -> None:
        for batch in _batches(statements, self.batch_triples):
            self._send("POST", self.update_endpoint,
                       data={"update": f"INSERT DATA {{ GRAPH <{graph_name}> {{\n" + "\n".join(batch) + "\n} }"})

    def replace_graph(self, graph_name: URIRef, graph: Graph) -> None:
        """Replace one graph so that readers see the old or the new one, never a mix."""
        self._replace(str(graph_name), triple_statements(graph))

    def _replace(self, graph_name: str, statements: list[str]) -> None:
        if self.gsp_endpoint:
            body = "\n".join(statements).encode("utf-8")
            # The statements are Turtle, which every GSP implementation accepts.
            self._send("PUT", self.gsp_endpoint, params={"graph": str(graph_name)}, content=body,
                       headers={"Content-Type": "text/turtle; charset=utf-8"})
        else:
            staging = f"{STAGING}{uuid.uuid4().hex}"
            self._insert(staging, statements)
            self._send("POST", self.update_endpoint,
                       data={"update": f"MOVE SILENT <{staging}> TO <{graph_name}>"})
        self._writes += 1

    def replace_report(self, report_id: str, dataset: Dataset) -> None:
        self.replace_report_statements(report_id, report_statements(report_id, dataset))

    def replace_report_statements(self, report_id: str, graphs: Statements) -> None:
        """Shared entities first (additive), then the report's graph in one atomic replacement."""
        if str(iri.ENTITIES_GRAPH) in graphs:
            self._insert(str(iri.ENTITIES_GRAPH), graphs[str(iri.ENTITIES_GRAPH)])
        self._replace(str(iri.report_graph(report_id)), graphs.get(str(iri.report_graph(report_id)), []))

    def replace_reports_statements(self, reports: list[tuple[str, Statements]]) -> None:
        for report_id, graphs in reports:
            self.replace_report_statements(report_id, graphs)

    def replace_reports(self, reports: list[tuple[str, bytes]]) -> None:
        """Reports given as N-Quads (``OxigraphStore.replace_reports``), each replaced as ``replace_report`` does."""
        self.replace_reports_statements([(report_id, nquads_statements(nquads)) for report_id, nquads in reports])

    def delete_report(self, report_id: str) -> None:
        self.update(f"DROP SILENT GRAPH <{iri.report_graph(report_id)}>")

    def flush(self) -> None:
        """Nothing to do: the engine persists each request itself."""

    def optimize(self) -> None:
        """Nothing to do: the engine keeps its own storage compact."""

    def close(self) -> None:
        self._http.close()
