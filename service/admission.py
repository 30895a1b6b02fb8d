"""Admission control: a bounded number of queries running or waiting, overall and per client address.

Over either bound the request is refused at once (503 with ``Retry-After``) instead of queueing
without end; health, metrics and pages never pass through here.

>>> gate = Admission(capacity=2, per_client=1, retry_after_s=1)
>>> with gate.slot("10.0.0.1"):
...     with gate.slot("10.0.0.1"):
...         pass
Traceback (most recent call last):
...
kg.errors.Overloaded: this client already has 1 queries running or waiting (the limit per client); retry shortly
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager

from kg.errors import Overloaded


class Admission:
    def __init__(self, capacity: int, per_client: int, retry_after_s: int = 1):
        self.capacity, self.per_client, self.retry_after_s = capacity, per_client, retry_after_s
        self._lock = threading.Lock()
        self._total = 0
        self._by_client: Counter[str] = Counter()

    @property
    def in_flight(self) -> int:
        return self._total

    @contextmanager
    def slot(self, client: str) -> Iterator[None]:
        """Hold one of the places for the duration of a query.

        Raises:
            Overloaded: the service, or this client, is at its limit.
        """
        with self._lock:
            if self._total >= self.capacity:
                raise Overloaded(f"the service has {self.capacity} queries running or waiting (its limit); "
                                 "retry shortly", self.retry_after_s)
            if self._by_client[client] >= self.per_client:
                raise Overloaded(f"this client already has {self.per_client} queries running or waiting "
                                 "(the limit per client); retry shortly", self.retry_after_s)
            self._total += 1
            self._by_client[client] += 1
        try:
            yield
        finally:
            with self._lock:
                self._total -= 1
                self._by_client[client] -= 1
                if not self._by_client[client]:
                    del self._by_client[client]
