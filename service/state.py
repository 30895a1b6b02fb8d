"""What every handler needs, built once per app and reached through FastAPI dependencies."""

from __future__ import annotations

import asyncio
import hashlib
import threading
import time
import traceback
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Annotated, Callable, TypeVar

from fastapi import Depends, Request

from kg.errors import QueryTimeout
from kg.queries import QueryCatalog
from kg.settings import Settings
from kg.store import OxigraphStore, Store
from service.admission import Admission
from service.pool import QueryPool
from service.worker import QueryReply, QueryRequest, StoreSource, answer_from_result

T = TypeVar("T")


class DeadlineWriter:
    """A sink that refuses bytes once the deadline has passed, which stops pyoxigraph's evaluation."""

    def __init__(self, seconds: float):
        self.seconds = seconds
        self.deadline = time.monotonic() + seconds

    def write(self, data) -> int:
        if time.monotonic() > self.deadline:
            raise QueryTimeout(self.seconds)
        return len(data)


class ResponseCache:
    """A bounded LRU of response bodies keyed by store version and request (read-mostly graphs)."""

    def __init__(self, capacity: int = 512):
        self.capacity = capacity
        self._items: OrderedDict[str, tuple[bytes, str]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: str) -> tuple[bytes, str] | None:
        with self._lock:
            if key in self._items:
                self._items.move_to_end(key)
                return self._items[key]
        return None

    def put(self, key: str, value: tuple[bytes, str]) -> None:
        with self._lock:
            self._items[key] = value
            self._items.move_to_end(key)
            while len(self._items) > self.capacity:
                self._items.popitem(last=False)


@dataclass(frozen=True)
class StoreStats:
    quads: int
    reports: int
    version: str


@dataclass
class Services:
    """The store, catalog and limits, and where work runs.

    Client SPARQL runs in worker processes (``pool``) for an embedded store; trusted work (named
    queries, updates, the service description, a remote store's queries) in threads of ``executor``,
    never in the event loop's default pool. Both pass ``admission`` first.
    """

    settings: Settings
    store: Store
    catalog: QueryCatalog
    cache: ResponseCache = field(default_factory=ResponseCache)
    write_lock: threading.Lock = field(default_factory=threading.Lock)

    def __post_init__(self) -> None:
        s = self.settings
        self.admission = Admission(s.max_queued_queries, s.max_queries_per_client)
        # One thread per admitted query at most: a thread is never what a query waits for.
        self.executor = ThreadPoolExecutor(s.max_queued_queries, thread_name_prefix="mkg-query")
        self.pool = (QueryPool(self._worker_source, s.query_workers, s.query_memory_mb)
                     if isinstance(self.store, OxigraphStore) else None)
        self._stats: StoreStats | None = None
        self._pool_data: tuple[int, str] | None = None  # the store (and version) the workers were started on

    def _worker_source(self) -> StoreSource:
        if self.store.path is not None:
            self.store.flush()
            return StoreSource(path=str(self.store.path))
        return StoreSource(nquads=self.store.export("nquads"))

    def stats(self) -> StoreStats:
        """Quad and report counts, computed once per store version (health pages never scan the store)."""
        version = f"{id(self.store)}:{self.store.version}"
        if self._stats is None or self._stats.version != version:
            self._stats = StoreStats(len(self.store), len(self.store.reports()), version)
        return self._stats

    def changed(self) -> None:
        """After a write: query workers restart on the new data, counts are taken again."""
        self._stats = None
        if self.pool is not None:
            self.pool.invalidate()
        self.stats()

    async def run(self, work: Callable[[DeadlineWriter], T], client: str | None = None) -> T:
        """Run trusted blocking store work in a thread under the query time limit.

        The deadline writer stops evaluation as soon as it produces output after the limit; the
        client gets its answer (an error) at the limit either way.
        """
        deadline = DeadlineWriter(self.settings.query_timeout_s)
        with self.admission.slot(client or "-"):
            future = asyncio.get_running_loop().run_in_executor(self.executor, _in_worker, work, deadline)
            try:
                return await asyncio.wait_for(future, self.settings.query_timeout_s)
            except TimeoutError:
                raise QueryTimeout(self.settings.query_timeout_s) from None

    async def run_client_query(self, request: QueryRequest, client: str) -> QueryReply:
        """Evaluate a client's SPARQL query in a worker process (a remote store: in a thread)."""
        timeout = self.settings.query_timeout_s
        deadline = time.monotonic() + timeout
        with self.admission.slot(client):
            loop = asyncio.get_running_loop()
            if self.pool is not None:
                data = (id(self.store), self.store.version)
                if data != self._pool_data:  # the store was written, or swapped, since the workers started
                    self.pool.invalidate()
                    self._pool_data = data
                return await loop.run_in_executor(self.executor, self.pool.run, request, deadline, timeout)
            writer = DeadlineWriter(timeout)
            future = loop.run_in_executor(self.executor, _in_worker,
                                          lambda _d: answer_from_result(self._query(request), request), writer)
            try:
                return await asyncio.wait_for(future, timeout)
            except TimeoutError:
                raise QueryTimeout(timeout) from None

    def _query(self, request: QueryRequest):
        return self.store.query(request.sparql, default_graphs=request.default_graphs,
                                named_graphs=request.named_graphs, base_iri=request.base_iri)

    def etag(self, *parts: str) -> str:
        digest = hashlib.sha256("\x1f".join((self.store.version, *parts)).encode()).hexdigest()[:20]
        return f'W/"{digest}"'


def _in_worker(work: Callable[[DeadlineWriter], T], deadline: DeadlineWriter) -> T:
    """Run ``work``; on error, clear the traceback's frames here, in the worker thread.

    pyoxigraph result iterators may only be dropped on the thread that made them, and a traceback
    carried to the event loop would keep them alive until that thread drops them.
    """
    try:
        return work(deadline)
    except BaseException as err:
        traceback.clear_frames(err.__traceback__)
        raise err.with_traceback(None) from None


async def get_services(request: Request) -> Services:
    # async: FastAPI runs a plain function dependency in its thread pool, a hop that doubled a cached answer's time
    return request.app.state.services


ServicesDep = Annotated[Services, Depends(get_services)]


def not_modified(request: Request, etag: str) -> bool:
    """True when the client's If-None-Match already names this ETag."""
    header = request.headers.get("if-none-match", "")
    candidates = {c.strip() for c in header.split(",")}
    return etag in candidates or etag.removeprefix("W/") in candidates or "*" in candidates
