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
import os
import tempfile
import time
import uuid
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import BinaryIO, Protocol

import pyoxigraph as ox
from rdflib import Dataset, Graph, URIRef

from kg import iri
from kg.errors import QuerySyntaxError, UnusableInput
from kg.remote import RemoteStore
from kg.results import RDF_FORMATS, RESULT_FORMATS, QueryResult
from kg.sparql import dataset_options, with_values
from kg.statements import Statements, nquads_statements, report_statements, to_oxigraph, triple_statements


class SpooledNQuads(Sequence[tuple[str, bytes]]):
    """Reports' N-Quads (as ``OxigraphStore.replace_reports`` takes them) written one after another to an anonymous
    temporary file instead of held in memory: a batch of a hundred MiB costs no memory while it fills and loads, and
    the store bulk-loads the file as it is. The file has no name, so nothing is left behind if the process is killed.
    As a sequence it gives each (id, N-Quads), read back from the file (for a store that cannot load the file whole).
    """

    def __init__(self):
        self._file = tempfile.TemporaryFile(prefix="mkg-ingest-")
        self._spans: list[tuple[str, int, int]] = []  # (report id, start, end) in the file
        self.size = 0

    def append(self, report_id: str, nquads: bytes) -> None:
        self._file.write(nquads)
        self._spans.append((report_id, self.size, self.size + len(nquads)))
        self.size += len(nquads)

    @property
    def ids(self) -> list[str]:
        return [report_id for report_id, _, _ in self._spans]

    def path(self) -> str | None:
        """A path the whole file can be opened by (Linux's /proc), its writes flushed; None where there is none."""
        self._file.flush()
        path = f"/proc/self/fd/{self._file.fileno()}"
        return path if os.path.exists(path) else None

    def __len__(self) -> int:
        return len(self._spans)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        report_id, start, end = self._spans[index]
        self._file.flush()
        return report_id, os.pread(self._file.fileno(), end - start, start)

    def __iter__(self) -> Iterator[tuple[str, bytes]]:
        return (self[i] for i in range(len(self)))

    def close(self) -> None:
        self._file.close()


class OxigraphStore:
    """The embedded store: pyoxigraph on disk (``path``) or in memory (``path=None``)."""

    def __init__(self, path: str | Path | None = None, read_only: bool = False):
        if path is None:
            self._store = ox.Store()
        else:
            Path(path).mkdir(parents=True, exist_ok=True)
            try:
                self._store = ox.Store.read_only(str(path)) if read_only else ox.Store(str(path))
            except OSError as err:
                if "lock" not in str(err).lower():
                    raise UnusableInput(f"cannot open the store at {path}: {err}") from None
                raise UnusableInput(f"the store at {path} is in use by another process (a build, ingest or serve "
                                    "that writes it); wait for it to finish, or serve it read-only (no update token)") from None
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

    def replace_reports(self, reports: Sequence[tuple[str, bytes]]) -> None:
        """Several reports at once, each given as N-Quads written from pyoxigraph terms (``kg.build.BuiltReport.nquads``:
        its own graph and what it adds to the shared entities). Every report is whole, before and after a crash.

        The reports not yet in the store go in one bulk load: Oxigraph (0.5) writes a bulk load's files
        and adds them to the database at the end, all or nothing (``oxigraph load --help``), and skips
        the read a transaction makes before each write, which made ingest's loading twice as slow. A
        report already present is replaced in one transaction of its own (``replace_reports_statements``).
        Reports spooled to a file (``SpooledNQuads``), none of them present yet, are bulk-loaded from the file.
        """
        if isinstance(reports, SpooledNQuads) and (path := reports.path()) is not None and not any(
                self._store.contains_named_graph(ox.NamedNode(iri.report_graph(report_id))) for report_id in reports.ids):
            self._store.bulk_load(path=path, format=ox.RdfFormat.N_QUADS, lenient=True)  # lenient: as below
            self._changed()
            return
        new, present = [], []
        for report_id, nquads in reports:
            exists = self._store.contains_named_graph(ox.NamedNode(iri.report_graph(report_id)))
            (present if exists else new).append((report_id, nquads))
        if new:
            # Lenient: the IRIs are not checked again (a tenth of the load's CPU): the text was written from
            # pyoxigraph terms (``kg.build.nquads_text``), which checked them when they were made.
            self._store.bulk_load(b"".join(nquads for _, nquads in new), format=ox.RdfFormat.N_QUADS, lenient=True)
        if present:
            self.replace_reports_statements([(report_id, nquads_statements(nquads)) for report_id, nquads in present])
        self._changed()

    def delete_report(self, report_id: str) -> None:
        self._store.update(f"DROP SILENT GRAPH <{iri.report_graph(report_id)}>")
        self._changed()

    def replace_graph(self, graph_name: URIRef, graph: Graph) -> None:
        """Replace a shared graph (linking, inferred, ontology) atomically."""
        body = "\n".join(triple_statements(graph))
        self._store.update(f"DROP SILENT GRAPH <{graph_name}> ;\nINSERT DATA {{ GRAPH <{graph_name}> {{\n{body}\n}} }}")
        self._changed()

    def graph_ntriples(self, graph_name: URIRef) -> bytes:
        """One named graph as N-Triples."""
        return self._store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(str(graph_name)))

    def graph(self, graph_name: URIRef) -> Graph:
        """A copy of one named graph as an rdflib Graph."""
        return Graph().parse(data=self.graph_ntriples(graph_name), format="nt")

    # ------------------------------------------------------------------ reads

    def reports(self) -> list[str]:
        """Ids of the reports in the store, sorted."""
        ids = (iri.report_id_of_graph(g.value) for g in self._store.named_graphs() if isinstance(g, ox.NamedNode))
        return sorted(i for i in ids if i)

    def reports_in_key_order(self, predicate: str, subject: str | None, offset: int, count: int) -> list[str] | None:
        """Report IRIs in id order, ``count`` of them from ``offset``: those whose graph states ``<subject>
        <predicate> key`` (any subject when None) with ``key`` an order key (``mkg:idOrderKey``: the id cut to 15
        characters, or a copy of it such as ``mkg:playerOrderKey``). None when the store cannot read its index
        in order (in memory): the caller then sorts.

        On disk, Oxigraph keeps a string of up to 15 bytes whole in its index keys, so the quads of one
        predicate (and subject) come in the text order of such objects: the reports are read from the first
        until ``offset + count`` are known and the key has changed (ids that share their first 15 characters
        are then sorted here), not all of them.
        """
        if self.path is None:
            return None
        node = ox.NamedNode(subject) if subject is not None else None
        ids, last_key = [], None
        for quad in self._store.quads_for_pattern(node, ox.NamedNode(predicate), None, None):
            key = quad.object.value
            if len(ids) >= offset + count and key != last_key:
                break
            if isinstance(quad.graph_name, ox.NamedNode) and (report_id := iri.report_id_of_graph(quad.graph_name.value)):
                ids.append(report_id)
                last_key = key
        return [str(iri.report(i)) for i in sorted(ids)[offset:offset + count]]

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

    def count_solutions(self, sparql: str, budget_s: float) -> int | None:
        """How many solutions a SELECT query has, or None when counting them takes over ``budget_s``.

        The solutions are counted as the engine streams them, so an expensive count stops at the
        budget (a query that groups or sorts everything streams only after it has done so).

        >>> OxigraphStore().count_solutions("SELECT * { VALUES ?x { 1 2 3 } }", 1.0)
        3
        """
        deadline = time.monotonic() + budget_s
        try:
            solutions = self._store.query(sparql, **dataset_options(sparql))
        except SyntaxError as err:
            raise QuerySyntaxError(str(err)) from err
        count = 0
        for count, _ in enumerate(solutions, 1):
            if count % 64 == 0 and time.monotonic() > deadline:
                return None
        return None if time.monotonic() > deadline else count

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
        self.export_into(buffer, fmt)
        return buffer.getvalue()

    def export_into(self, output: BinaryIO, fmt: str = "nquads") -> None:
        """The whole store as N-Quads or TriG, written to ``output`` as it is read (at 100,000 reports the N-Quads
        are 10 GB: more than ``export`` should hold in memory)."""
        self._store.dump(output, format=RDF_FORMATS[fmt])

    def __len__(self) -> int:
        return len(self._store)

    def flush(self) -> None:
        if self.path is not None and not self.read_only:
            self._store.flush()

    def optimize(self) -> None:
        """Compact the on-disk store: bulk loads leave many overlapping files, each of which a lookup may read, and
        after one a page of a named query took about twice as long at 10,000 reports (25 ms, 11 ms once compacted).
        Takes about a second per thousand reports; a store in memory, or opened read-only, has nothing to do."""
        if self.path is not None and not self.read_only:
            self._store.optimize()


class Store(Protocol):
    """What every store offers; the CLI, pipeline and service use nothing else."""

    version: str

    def replace_report(self, report_id: str, dataset: Dataset) -> None: ...
    def replace_report_statements(self, report_id: str, graphs: Statements) -> None: ...
    def replace_reports_statements(self, reports: list[tuple[str, Statements]]) -> None: ...
    def replace_reports(self, reports: Sequence[tuple[str, bytes]]) -> None: ...
    def delete_report(self, report_id: str) -> None: ...
    def replace_graph(self, graph_name: URIRef, graph: Graph) -> None: ...
    def graph(self, graph_name: URIRef) -> Graph: ...
    def graph_ntriples(self, graph_name: URIRef) -> bytes: ...
    def reports(self) -> list[str]: ...
    def query(self, sparql: str, bindings: Mapping[str, ox.NamedNode | ox.Literal] | None = None, *,
              default_graphs: list[str] | None = None, named_graphs: list[str] | None = None,
              base_iri: str | None = None) -> QueryResult: ...
    def count_solutions(self, sparql: str, budget_s: float) -> int | None: ...
    def reports_in_key_order(self, predicate: str, subject: str | None, offset: int, count: int) -> list[str] | None: ...
    def update(self, sparql: str, base_iri: str | None = None) -> None: ...
    def named_graphs(self) -> list[str]: ...
    def contains_graph(self, graph_name: str) -> bool: ...
    def export(self, fmt: str = "nquads") -> bytes: ...
    def __len__(self) -> int: ...
    def flush(self) -> None: ...
    def optimize(self) -> None: ...


def open_store(settings=None, *, read_only: bool = False) -> Store:
    """The store the settings name: a remote SPARQL engine when an endpoint is set, else the embedded one.

    Raises:
        UnusableInput: ``read_only`` and no embedded store exists at the path yet.
    """
    from kg.settings import Settings

    settings = settings or Settings()
    if settings.endpoint:
        return RemoteStore(settings.endpoint, update_endpoint=settings.update_endpoint,
                           gsp_endpoint=settings.gsp_endpoint, timeout_s=settings.remote_timeout_s)
    if read_only and not (Path(settings.store) / "CURRENT").exists():
        raise UnusableInput(f"no store at {settings.store}: run `mkg build --store {settings.store}` first")
    return OxigraphStore(settings.store, read_only=read_only)


__all__ = ["OxigraphStore", "QueryResult", "RDF_FORMATS", "RESULT_FORMATS", "Statements", "Store", "open_store",
           "report_statements", "to_oxigraph", "triple_statements"]
