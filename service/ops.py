"""Operations: ``/healthz``, ``/metrics`` (Prometheus text) and a structured access log."""

from __future__ import annotations

import json
import logging
import time

from fastapi import APIRouter, FastAPI, Request, Response
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Histogram, generate_latest

from service.state import ServicesDep

router = APIRouter(tags=["Operations"])
access_log = logging.getLogger("mkg.access")


class Metrics:
    """Request counts and latency by route template and status, in a registry of the app's own."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.requests = Counter("mkg_http_requests_total", "HTTP requests", ["method", "route", "status"],
                                registry=self.registry)
        self.latency = Histogram("mkg_http_request_duration_seconds", "HTTP request latency", ["method", "route"],
                                 registry=self.registry,
                                 buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10))


def install_request_metrics(app: FastAPI, metrics: Metrics) -> None:
    @app.middleware("http")
    async def observe(request: Request, call_next):
        started = time.perf_counter()
        response = await call_next(request)
        elapsed = time.perf_counter() - started
        route = getattr(request.scope.get("route"), "path", "unmatched")
        metrics.requests.labels(request.method, route, str(response.status_code)).inc()
        metrics.latency.labels(request.method, route).observe(elapsed)
        access_log.info(json.dumps({
            "method": request.method, "path": request.url.path, "route": route, "status": response.status_code,
            "ms": round(elapsed * 1000, 2), "client": request.client.host if request.client else None,
        }))
        return response


@router.get("/healthz", summary="Store reachable, with its size")
async def health(services: ServicesDep) -> dict:
    quads = await services.run(lambda _deadline: len(services.store))
    return {"status": "ok", "store": "reachable", "quads": quads, "reports": len(services.store.reports()),
            "version": services.store.version}


@router.get("/metrics", summary="Prometheus metrics", response_class=Response)
async def metrics_text(request: Request) -> Response:
    return Response(generate_latest(request.app.state.metrics.registry), media_type=CONTENT_TYPE_LATEST)
