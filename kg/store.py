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
import uuid
from collections.abc import Mapping
from pathlib import Path
from typing import BinaryIO, Literal as Kind, Protocol

import pyoxigraph as ox
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.term import Node

from kg import iri
from kg.errors import QuerySyntaxError, UnusableInput
from kg.sparql import dataset_options, with_values

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
    "rdfxml": ox.RdfFormat.RDF_XML,
    "jsonld": ox.RdfFormat.JSON_LD,
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


class QueryResult:
    """The same result type for every store: solutions, a boolean, or triples.

    The engine's result streams straight into the first format asked for (``serialize``), so a large
    result is never held twice; ``rows``/``boolean`` read it back through pyoxigraph's own parser.
    """

    def __init__(self, raw: ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples):
        self.kind: Kind["solutions", "boolean", "triples"] = (
            "boolean" if isinstance(raw, ox.QueryBoolean)
            else "solutions" if isinstance(raw, ox.QuerySolutions) else "triples")
        self._raw = raw
        self._cache: dict[str, bytes] = {}

    @classmethod
    def from_serialized(cls, kind: Kind["solutions", "boolean", "triples"], data: bytes) -> QueryResult:
        """A result that arrived already serialized: SPARQL JSON results, or N-Triples for triples."""
        result = cls.__new__(cls)
        result.kind, result._raw = kind, None
        result._cache = {"ntriples" if kind == "triples" else "json": data}
        return result

    def serialize(self, fmt: str = "json", output: BinaryIO | None = None) -> bytes:
        """SPARQL 1.1 results (json, xml, csv, tsv), or for triples an RDF format (turtle, ntriples …).

        With ``output``, the bytes are also written there as the engine produces them (a writer that
        raises stops the evaluation: that is how the service enforces its deadline).
        """
        if fmt not in self._cache:
            if self._raw is not None:
                self._cache[fmt] = self._stream(self._raw, fmt, output)
                self._raw = None
                return self._cache[fmt]
            self._cache[fmt] = self._convert(fmt)
        if output is not None:
            output.write(self._cache[fmt])
        return self._cache[fmt]

    def _stream(self, raw, fmt: str, output: BinaryIO | None) -> bytes:
        target = _Tee(output)
        if self.kind == "triples":
            raw.serialize(target, format=RDF_FORMATS[fmt])
        else:
            raw.serialize(target, format=RESULT_FORMATS[fmt])
        return target.getvalue()

    def _convert(self, fmt: str) -> bytes:
        source = self.serialize("ntriples" if self.kind == "triples" else "json")
        if self.kind == "triples":
            return ox.serialize(ox.parse(source, format=ox.RdfFormat.N_TRIPLES), format=RDF_FORMATS[fmt])
        return ox.parse_query_results(source, format=ox.QueryResultsFormat.JSON).serialize(format=RESULT_FORMATS[fmt])

    def _parsed(self):
        return ox.parse_query_results(self.serialize("json"), format=ox.QueryResultsFormat.JSON)

    @property
    def boolean(self) -> bool | None:
        return bool(self._parsed()) if self.kind == "boolean" else None

    @property
    def variables(self) -> list[str]:
        return [v.value for v in self._parsed().variables] if self.kind == "solutions" else []

    @property
    def rows(self) -> list[dict[str, ox.NamedNode | ox.BlankNode | ox.Literal]]:
        """Solutions as dicts of the bound variables."""
        if self.kind != "solutions":
            return []
        parsed = self._parsed()
        names = [v.value for v in parsed.variables]
        return [{n: s[n] for n in names if s[n] is not None} for s in parsed]

    @property
    def triples(self) -> list[ox.Triple]:
        return list(ox.parse(self.serialize("ntriples"), format=ox.RdfFormat.N_TRIPLES)) if self.kind == "triples" else []


class _Tee(io.BytesIO):
    """Keeps the bytes and forwards them to an optional writer."""

    def __init__(self, forward: BinaryIO | None):
        super().__init__()
        self._forward = forward

    def write(self, data) -> int:
        if self._forward is not None:
            self._forward.write(data)
        return super().write(data)


class OxigraphStore:
    """The embedded store: pyoxigraph on disk (``path``) or in memory (``path=None``)."""

    def __init__(self, path: str | Path | None = None, read_only: bool = False):
        if path is None:
            self._store = ox.Store()
        else:
            Path(path).mkdir(parents=True, exist_ok=True)
            self._store = ox.Store.read_only(str(path)) if read_only else ox.Store(str(path))
        self.path = path
        self.read_only = read_only
        self._nonce = uuid.uuid4().hex[:8]
        self._writes = 0

    # ------------------------------------------------------------------ writes

    def replace_report(self, report_id: str, dataset: Dataset) -> None:
        """Swap in one report's graph, and add its shared entities, in one transaction."""
        self.replace_report_statements(report_id, report_statements(report_id, dataset))

    def replace_report_statements(self, report_id: str, graphs: Statements) -> None:
        """``replace_report`` for statements prepared elsewhere (``report_statements``)."""
        self.replace_reports_statements([(report_id, graphs)])

    def replace_reports_statements(self, reports: list[tuple[str, Statements]]) -> None:
        """Several reports at once: the new ones in one transaction (a commit per report costs more than
        parsing it), the ones already present each in its own replacing update. Every report is whole."""
        new, present = [], []
        for report_id, graphs in reports:
            exists = self._store.contains_named_graph(ox.NamedNode(iri.report_graph(report_id)))
            (present if exists else new).append((report_id, graphs))
        # N-Triples lines become N-Quads lines by naming their graph; the store parses them in one
        # transaction (atomic: all of these reports, or none), without a Python object per quad.
        nquads = "".join(f"{line[:line.rstrip().rfind('.')]}<{name}> .\n"
                         for _, graphs in new for name, lines in graphs.items() for line in lines)
        if nquads:
            self._store.load(nquads.encode("utf-8"), format=ox.RdfFormat.N_QUADS)
        for report_id, graphs in present:
            inserts = "\n".join(f"GRAPH <{name}> {{\n" + "\n".join(lines) + "\n}" for name, lines in graphs.items())
            # One SPARQL update is one transaction: readers never see the report half replaced.
            self._store.update(f"DROP SILENT GRAPH <{iri.report_graph(report_id)}> ;\nINSERT DATA {{\n{inserts}\n}}")
        self._changed()

    def delete_report(self, report_id: str) -> None:
        self._store.update(f"DROP SILENT GRAPH <{iri.report_graph(report_id)}>")
        self._changed()

    def replace_graph(self, graph_name: URIRef, graph: Graph) -> None:
        """Replace a shared graph (linking, inferred, ontology) atomically."""
        body = "\n".join(triple_statements(graph))
        self._store.update(f"DROP SILENT GRAPH <{graph_name}> ;\nINSERT DATA {{ GRAPH <{graph_name}> {{\n{body}\n}} }}")
        self._changed()

    def graph(self, graph_name: URIRef) -> Graph:
        """A copy of one named graph as an rdflib Graph."""
        data = self._store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(str(graph_name)))
        return Graph().parse(data=data, format="nt")

    # ------------------------------------------------------------------ reads

    def reports(self) -> list[str]:
        """Ids of the reports in the store, sorted."""
        ids = (iri.report_id_of_graph(g.value) for g in self._store.named_graphs() if isinstance(g, ox.NamedNode))
        return sorted(i for i in ids if i)

    def query(self, sparql: str, bindings: Mapping[str, ox.NamedNode | ox.Literal] | None = None, *,
              default_graphs: list[str] | None = None, named_graphs: list[str] | None = None,
              base_iri: str | None = None) -> QueryResult:
        """Run a SPARQL query; ``bindings`` pre-bind variables (never spliced into the text).

        The default graph is the union of all graphs, unless the query names its own (FROM) or the
        caller gives ``default_graphs`` / ``named_graphs`` (the SPARQL protocol's dataset, which wins).

        Raises:
            QuerySyntaxError: the parser's message.
        """
        options = dataset_options(sparql, default_graphs, named_graphs, base_iri)
        try:
            return QueryResult(self._store.query(with_values(sparql, bindings), **options))
        except SyntaxError as err:
            raise QuerySyntaxError(str(err)) from err

    def update(self, sparql: str, base_iri: str | None = None) -> None:
        """Run a SPARQL update in one transaction.

        Raises:
            QuerySyntaxError: the parser's message.
        """
        try:
            self._store.update(sparql, base_iri=base_iri)
        except SyntaxError as err:
            raise QuerySyntaxError(str(err)) from err
        self._changed()

    def named_graphs(self) -> list[str]:
        return sorted(g.value for g in self._store.named_graphs() if isinstance(g, ox.NamedNode))

    def contains_graph(self, graph_name: str) -> bool:
        return self._store.contains_named_graph(ox.NamedNode(graph_name))

    @property
    def version(self) -> str:
        """Changes on every write through this object (with a per-process nonce): the basis of ETags."""
        return f"{self._nonce}-{self._writes}"

    def _changed(self) -> None:
        self._writes += 1

    def export(self, fmt: str = "nquads") -> bytes:
        """The whole store as N-Quads or TriG."""
        buffer = io.BytesIO()
        self._store.dump(buffer, format=RDF_FORMATS[fmt])
        return buffer.getvalue()

    def __len__(self) -> int:
        return len(self._store)

    def flush(self) -> None:
        if self.path is not None and not self.read_only:
            self._store.flush()


class Store(Protocol):
    """What every store offers; the CLI, pipeline and service use nothing else."""

    version: str

    def replace_report(self, report_id: str, dataset: Dataset) -> None: ...
    def replace_report_statements(self, report_id: str, graphs: Statements) -> None: ...
    def replace_reports_statements(self, reports: list[tuple[str, Statements]]) -> None: ...
    def delete_report(self, report_id: str) -> None: ...
    def replace_graph(self, graph_name: URIRef, graph: Graph) -> None: ...
    def graph(self, graph_name: URIRef) -> Graph: ...
    def reports(self) -> list[str]: ...
    def query(self, sparql: str, bindings: Mapping[str, ox.NamedNode | ox.Literal] | None = None, *,
              default_graphs: list[str] | None = None, named_graphs: list[str] | None = None,
              base_iri: str | None = None) -> QueryResult: ...
    def update(self, sparql: str, base_iri: str | None = None) -> None: ...
    def named_graphs(self) -> list[str]: ...
    def contains_graph(self, graph_name: str) -> bool: ...
    def export(self, fmt: str = "nquads") -> bytes: ...
    def __len__(self) -> int: ...
    def flush(self) -> None: ...


Statements = dict[str, list[str]]  # graph IRI → its triples, N-Triples lines (also valid SPARQL and Turtle)


def triple_statements(graph: Graph) -> list[str]:
    triples = (ox.Triple(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o)) for s, p, o in graph)
    return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode("utf-8").splitlines()


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


def open_store(settings=None, *, read_only: bool = False) -> Store:
    """The store the settings name: a remote SPARQL engine when an endpoint is set, else the embedded one.

    Raises:
        UnusableInput: ``read_only`` and no embedded store exists at the path yet.
    """
    from kg.settings import Settings

    settings = settings or Settings()
    if settings.endpoint:
        from kg.remote import RemoteStore

        return RemoteStore(settings.endpoint, update_endpoint=settings.update_endpoint,
                           gsp_endpoint=settings.gsp_endpoint, timeout_s=settings.remote_timeout_s)
    if read_only and not (Path(settings.store) / "CURRENT").exists():
        raise UnusableInput(f"no store at {settings.store}: run `mkg build --store {settings.store}` first")
    return OxigraphStore(settings.store, read_only=read_only)


__all__ = ["OxigraphStore", "QueryResult", "Statements", "Store", "open_store", "report_statements", "to_oxigraph"]
