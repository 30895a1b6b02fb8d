"""Operations: ``/healthz``, ``/metrics`` (Prometheus text) and a structured access log."""

from __future__ import annotations

import json
import logging
import time

from fastapi import APIRouter, FastAPI, Request, Response
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from starlette.routing import Match

from service.state import ServicesDep

router = APIRouter(tags=["Operations"])
access_log = logging.getLogger("mkg.access")


class Metrics:
    """Request counts and latency by route template and status, and the query workers, in a registry of the app's own."""

    def __init__(self, services=None) -> None:
        self.registry = CollectorRegistry()
        if services is not None:
            in_flight = Gauge("mkg_queries_in_flight", "queries running or waiting", registry=self.registry)
            in_flight.set_function(lambda: services.admission.in_flight)
            if services.pool is not None:
                replaced = Gauge("mkg_query_workers_replaced", "query workers killed at a deadline or lost to a crash",
                                 registry=self.registry)
                replaced.set_function(lambda: services.pool.replaced)
        self.requests = Counter("mkg_http_requests_total", "HTTP requests", ["method", "route", "status"],
                                registry=self.registry)
        self.latency = Histogram("mkg_http_request_duration_seconds", "HTTP request latency", ["method", "route"],
                                 registry=self.registry,
                                 buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10))


def install_request_metrics(app: FastAPI, metrics: Metrics) -> None:
    """Count, time and log every HTTP request (a plain ASGI wrapper: no per-request task or body copy)."""
    inner = app.build_middleware_stack

    def build():
        downstream = inner()

        async def observe(scope, receive, send):
            if scope["type"] != "http":
                return await downstream(scope, receive, send)
            started, status = time.perf_counter(), [500]

            async def send_and_note(message):
                if message["type"] == "http.response.start":
                    status[0] = message["status"]
                await send(message)

            try:
                await downstream(scope, receive, send_and_note)
            finally:
                elapsed = time.perf_counter() - started
                route = _route_of(app, scope)
                metrics.requests.labels(scope["method"], route, str(status[0])).inc()
                metrics.latency.labels(scope["method"], route).observe(elapsed)
                if access_log.isEnabledFor(logging.INFO):
                    client = scope.get("client")
                    access_log.info(json.dumps({
                        "method": scope["method"], "path": scope["path"], "route": route, "status": status[0],
                        "ms": round(elapsed * 1000, 2), "client": client[0] if client else None}))
        return observe

    app.build_middleware_stack = build


def _route_of(app: FastAPI, scope) -> str:
    """The route template that served the request (the docs pages are plain routes FastAPI does not note)."""
    route = scope.get("route")
    if route is None:
        route = next((r for r in app.router.routes if r.matches(scope)[0] == Match.FULL), None)
    return getattr(route, "path", "unmatched")


def configure_access_log() -> None:
    """JSON lines on stderr, one per request (replaces uvicorn's plain access log)."""
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(message)s"))
    access_log.addHandler(handler)
    access_log.setLevel(logging.INFO)
    access_log.propagate = False


@router.get("/healthz", summary="Store reachable, with its size")
async def health(services: ServicesDep) -> dict:
    """Answered on the event loop from counts kept per store version: never waits behind queries."""
    stats = services.stats()
    return {"status": "ok", "store": "reachable", "quads": stats.quads, "reports": stats.reports,
            "version": services.store.version, "queries_in_flight": services.admission.in_flight}


@router.get("/metrics", summary="Prometheus metrics", response_class=Response)
async def metrics_text(request: Request) -> Response:
    return Response(generate_latest(request.app.state.metrics.registry), media_type=CONTENT_TYPE_LATEST)
