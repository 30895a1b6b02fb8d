"""One query worker process: opens the store read-only, answers queries sent over a pipe, one at a time.

It runs under a memory limit (``resource.setrlimit``) and at a lower CPU priority than the service;
the pool (``service/pool.py``) kills it at a query's deadline. Only pyoxigraph and ``kg.sparql`` are
imported here (no rdflib), so a replacement starts in a fraction of a second.

The row cap is applied to the result stream: the engine writes SPARQL TSV (one solution a line) or
N-Triples (one triple a line) into a sink that stops the evaluation after ``max_rows`` lines; the lines
kept are then converted to the format asked for by pyoxigraph's own parser and serializer.
"""

from __future__ import annotations

import os
import resource
from dataclasses import dataclass, field

import pyoxigraph as ox

from kg.results import RDF_FORMATS, RESULT_FORMATS
from kg.sparql import dataset_options


@dataclass(frozen=True)
class StoreSource:
    """How a worker reaches the data: a store directory opened read-only, or an N-Quads copy held in memory."""

    path: str | None = None
    nquads: bytes = b""

    def open(self) -> ox.Store:
        if self.path is not None:
            return ox.Store.read_only(self.path)
        store = ox.Store()
        if self.nquads:
            store.load(self.nquads, format=ox.RdfFormat.N_QUADS)
        return store


@dataclass(frozen=True)
class QueryRequest:
    sparql: str
    format: str  # a key of RESULT_FORMATS (solutions, booleans) or RDF_FORMATS (triples)
    max_rows: int
    default_graphs: list[str] | None = None
    named_graphs: list[str] | None = None
    base_iri: str | None = None


@dataclass(frozen=True)
class QueryReply:
    """``status``: ok, syntax (the parser refused it), failed (an evaluation error, e.g. SERVICE), or memory."""

    status: str
    body: bytes = b""
    capped: bool = False
    message: str = ""
    extra: dict = field(default_factory=dict)


class _Enough(Exception):
    """Raised by the sink to stop the evaluation once the cap is reached."""


class _LineCap:
    """A write sink keeping the first ``lines`` lines, and noting whether more came."""

    def __init__(self, lines: int):
        self.lines, self.seen, self.capped = lines, 0, False
        self.data = bytearray()

    def write(self, chunk) -> int:
        chunk = bytes(chunk)
        room = self.lines - self.seen
        count = chunk.count(b"\n")
        if count < room or (count == room and chunk.endswith(b"\n")):
            self.data += chunk
            self.seen += count
            return len(chunk)
        cut = -1
        for _ in range(room):
            cut = chunk.index(b"\n", cut + 1)
        self.data += chunk[:cut + 1]
        self.seen, self.capped = self.lines, True
        raise _Enough

    def flush(self) -> None:
        pass


def serialize_capped(result, fmt: str, max_rows: int) -> tuple[bytes, bool]:
    """A pyoxigraph result in ``fmt``, cut after ``max_rows`` solutions or triples; and whether it was cut."""
    if isinstance(result, ox.QueryBoolean):
        return result.serialize(format=RESULT_FORMATS[fmt]), False
    triples = isinstance(result, ox.QueryTriples)
    sink = _LineCap(max_rows if triples else max_rows + 1)  # TSV: a header line, then one line a solution
    try:
        result.serialize(sink, format=ox.RdfFormat.N_TRIPLES if triples else ox.QueryResultsFormat.TSV)
    except _Enough:
        pass
    return _converted(bytes(sink.data), triples, fmt), sink.capped


def _converted(lines: bytes, triples: bool, fmt: str) -> bytes:
    if triples:
        if fmt == "ntriples":
            return lines
        return ox.serialize(ox.parse(lines, format=ox.RdfFormat.N_TRIPLES), format=RDF_FORMATS[fmt])
    if fmt == "tsv":
        return lines
    return ox.parse_query_results(lines, format=ox.QueryResultsFormat.TSV).serialize(format=RESULT_FORMATS[fmt])


def answer_from_result(result, request: QueryRequest) -> QueryReply:
    """The same cap and formats for a store's ``QueryResult`` (a remote engine's answer, already whole)."""
    if result.kind == "boolean":
        return QueryReply("ok", body=result.serialize(request.format))
    triples = result.kind == "triples"
    sink = _LineCap(request.max_rows if triples else request.max_rows + 1)
    try:
        sink.write(result.serialize("ntriples" if triples else "tsv"))
    except _Enough:
        pass
    return QueryReply("ok", body=_converted(bytes(sink.data), triples, request.format), capped=sink.capped)


def answer(store: ox.Store, request: QueryRequest) -> QueryReply:
    """Evaluate one query; every error becomes a reply (a crash or a kill is the pool's to notice)."""
    options = dataset_options(request.sparql, request.default_graphs, request.named_graphs, request.base_iri)
    try:
        result = store.query(request.sparql, **options)
    except SyntaxError as err:
        return QueryReply("syntax", message=str(err))
    except (OSError, ValueError, RuntimeError) as err:
        return QueryReply("failed", message=str(err))
    try:
        body, capped = serialize_capped(result, request.format, request.max_rows)
    except (SyntaxError, OSError, ValueError, RuntimeError) as err:
        return QueryReply("failed", message=str(err))
    except MemoryError:
        return QueryReply("memory")
    return QueryReply("ok", body=body, capped=capped)


def _limit_memory(megabytes: int) -> None:
    """Cap the address space at what the process uses now plus ``megabytes`` (the query's allowance)."""
    with open("/proc/self/statm") as statm:
        in_use = int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    limit = in_use + megabytes * 1024 * 1024
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    resource.setrlimit(resource.RLIMIT_AS, (limit if hard == resource.RLIM_INFINITY else min(limit, hard), hard))


def main(conn, memory_mb: int, parent_pid: int) -> None:
    """The worker's loop: read where the data is, open it, say ready, then answer until the pipe closes
    or the parent is gone."""
    os.nice(10)  # the service (health, pages, named queries) comes first when cores are scarce
    store = conn.recv().open()
    _limit_memory(memory_mb)
    conn.send(QueryReply("ready"))
    while True:
        if not conn.poll(2.0):
            if os.getppid() != parent_pid:
                return
            continue
        try:
            request = conn.recv()
        except (EOFError, OSError):
            return
        conn.send(answer(store, request))


if __name__ == "__main__":  # python -m service.worker FD MEMORY_MB PARENT_PID, started by service/pool.py
    import sys
    from multiprocessing.connection import Connection

    from service import worker  # the importable module, so replies unpickle in the service as service.worker.*

    fd, megabytes, parent = map(int, sys.argv[1:4])
    worker.main(Connection(fd), megabytes, parent)
