"""A small pool of query worker processes: SPARQL sent by clients is evaluated there, never in the service.

A parser crash, a runaway or a memory blow-up then costs one worker, not the service: a worker that
passes the deadline is killed on the spot (its 504 is sent as the evaluation stops) and replaced in
the background; one that dies (its memory limit, or a crash) gives a 422. Workers start on first use,
up to ``size``; after the store changes (an update) they are retired and restarted on the new data.

Blocking: ``run`` is called from a thread of its own (``Services``), never from the event loop.
"""

from __future__ import annotations

import os
import queue
import socket
import subprocess
import sys
import threading
import time
import weakref
from collections.abc import Callable
from multiprocessing.connection import Connection

from kg.errors import QueryAborted, QueryTimeout
from service.worker import QueryReply, QueryRequest, StoreSource

START_TIMEOUT_S = 30.0
MIN_RUN_S = 0.05  # a worker is not handed a query with less time left than this: killing it costs a restart


class _Worker:
    """A fresh interpreter running ``service.worker`` (no fork of a process holding RocksDB handles and
    threads, and none of the service's modules imported: a replacement is ready in about 0.2 s)."""

    def __init__(self, source: StoreSource, memory_mb: int, generation: int):
        ours, theirs = socket.socketpair()
        self.process = subprocess.Popen(
            [sys.executable, "-m", "service.worker", str(theirs.fileno()), str(memory_mb), str(os.getpid())],
            pass_fds=[theirs.fileno()], stdin=subprocess.DEVNULL)
        theirs.close()
        self.conn = Connection(ours.detach())
        self.conn.send(source)
        self.generation = generation

    def alive(self) -> bool:
        return self.process.poll() is None

    def wait_ready(self, timeout: float) -> bool:
        try:
            return self.conn.poll(timeout) and self.conn.recv().status == "ready"
        except (EOFError, OSError):
            return False

    def kill(self) -> None:
        self.process.kill()
        self.process.wait(5)
        self.conn.close()


def _kill_all(workers: set[_Worker]) -> None:
    for w in list(workers):
        w.process.kill()


class QueryPool:
    """Up to ``size`` worker processes over the data ``source()`` describes, each under ``memory_mb``."""

    def __init__(self, source: Callable[[], StoreSource], size: int, memory_mb: int):
        self.source, self.size, self.memory_mb = source, size, memory_mb
        self._idle: queue.LifoQueue[_Worker] = queue.LifoQueue()
        self._workers: set[_Worker] = set()
        self._lock = threading.Lock()
        self._generation = 0
        self._starting = 0  # workers being started, not yet in _workers
        self.replaced = 0  # workers killed at a deadline or lost to a crash (for /metrics)
        weakref.finalize(self, _kill_all, self._workers)

    def run(self, request: QueryRequest, deadline: float, timeout_s: float) -> QueryReply:
        """Evaluate ``request`` in a worker, by ``deadline`` (``time.monotonic``).

        Raises:
            QueryTimeout: no worker was free, or the query was still running, at the deadline.
            QueryAborted: the worker died (memory limit or an engine crash), or none could start.
        """
        worker = self._acquire(deadline, timeout_s)
        if deadline - time.monotonic() < MIN_RUN_S:
            self._idle.put(worker)
            raise QueryTimeout(timeout_s)
        try:
            worker.conn.send(request)
            if not worker.conn.poll(max(deadline - time.monotonic(), 0)):
                self._retire(worker, replace=True)
                raise QueryTimeout(timeout_s)
            reply = worker.conn.recv()
        except (EOFError, OSError):
            self._retire(worker, replace=True)
            raise QueryAborted(self.memory_mb) from None
        self._idle.put(worker)
        return reply

    def invalidate(self) -> None:
        """The data changed: workers finish what they run, then give way to ones that read the new data."""
        with self._lock:
            self._generation += 1
        while True:
            try:
                self._retire(self._idle.get_nowait(), replace=False)
            except queue.Empty:
                return

    def close(self) -> None:
        self.invalidate()
        _kill_all(self._workers)

    # ------------------------------------------------------------------ internals

    def _acquire(self, deadline: float, timeout_s: float) -> _Worker:
        while True:
            with self._lock:
                start = self._starting + len(self._workers) < self.size and self._idle.empty()
            if start:
                worker = self._start()
                if worker is None:
                    raise QueryAborted(self.memory_mb, starting=True)
            else:
                try:
                    worker = self._idle.get(timeout=max(deadline - time.monotonic(), 0))
                except queue.Empty:
                    raise QueryTimeout(timeout_s) from None
            if worker.generation == self._generation and worker.alive():
                return worker
            self._retire(worker, replace=False)

    def _start(self, reserved: bool = False) -> _Worker | None:
        """Start a worker and wait until it is ready; its slot is reserved from the start (``reserved``:
        already by the caller), so the pool never grows past ``size``."""
        with self._lock:
            generation = self._generation
            if not reserved:
                self._starting += 1
        try:
            worker = _Worker(self.source(), self.memory_mb, generation)
            with self._lock:
                self._workers.add(worker)
        finally:
            with self._lock:
                self._starting -= 1
        if worker.wait_ready(START_TIMEOUT_S):
            return worker
        self._retire(worker, replace=False)
        return None

    def _retire(self, worker: _Worker, replace: bool) -> None:
        """Kill ``worker`` (in the background: joining takes a moment) and, if asked, start its successor."""
        with self._lock:
            self._workers.discard(worker)
            if replace:
                self._starting += 1  # the successor's slot, held from now on
        if replace:
            self.replaced += 1

        def retire() -> None:
            worker.kill()
            if replace:
                successor = self._start(reserved=True)
                if successor is not None:
                    self._idle.put(successor)

        threading.Thread(target=retire, name="mkg-worker-retire", daemon=True).start()
