"""What every handler needs, built once per app and reached through FastAPI dependencies."""

from __future__ import annotations

import asyncio
import hashlib
import threading
import time
import traceback
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Annotated, Callable, TypeVar

from fastapi import Depends, Request

from kg.errors import MkgError
from kg.queries import QueryCatalog
from kg.settings import Settings
from kg.store import Store

T = TypeVar("T")


class QueryTimeout(MkgError):
    def __init__(self, seconds: float):
        super().__init__(f"query exceeded the {seconds:g} s time limit and was stopped; narrow it or add a LIMIT")


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


@dataclass
class Services:
    settings: Settings
    store: Store
    catalog: QueryCatalog
    cache: ResponseCache = field(default_factory=ResponseCache)
    write_lock: threading.Lock = field(default_factory=threading.Lock)

    async def run(self, work: Callable[[DeadlineWriter], T]) -> T:
        """Run blocking store work in a worker thread under the query time limit.

        The deadline writer stops evaluation as soon as it produces output after the limit; the
        client gets its answer (an error) at the limit either way.
        """
        deadline = DeadlineWriter(self.settings.query_timeout_s)
        try:
            return await asyncio.wait_for(asyncio.to_thread(_in_worker, work, deadline), self.settings.query_timeout_s)
        except TimeoutError:
            raise QueryTimeout(self.settings.query_timeout_s) from None

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


def get_services(request: Request) -> Services:
    return request.app.state.services


ServicesDep = Annotated[Services, Depends(get_services)]


def not_modified(request: Request, etag: str) -> bool:
    """True when the client's If-None-Match already names this ETag."""
    header = request.headers.get("if-none-match", "")
    candidates = {c.strip() for c in header.split(",")}
    return etag in candidates or etag.removeprefix("W/") in candidates or "*" in candidates
