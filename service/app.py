"""The app factory: wires routers, CORS, the error table, metrics. No logic of its own.

>>> from kg.store import OxigraphStore
>>> app = create_app(Settings(), store=OxigraphStore())
>>> sorted(p for p in app.openapi()["paths"] if p.startswith("/api/queries/"))[:2]
['/api/queries/compare-market', '/api/queries/developments']
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.staticfiles import StaticFiles
from fastapi.responses import JSONResponse

from kg import __version__
from kg.errors import (BadParameter, MkgError, Overloaded, QueryAborted, QuerySyntaxError, QueryTimeout,
                       UnknownQuery, UnusableInput)
from kg.queries import QueryCatalog
from kg.settings import Settings
from kg.sparql import SparqlRefused
from kg.remote import RemoteStoreError
from kg.store import Store, open_store
from service import ask, compare, describe, headers, ops, pages, reconcile, search, sparql, ui
from service.queries import named_query_router
from service.sparql import ProtocolError
from service.state import ResponseCache, Services

ERROR_STATUS: dict[type[Exception], int] = {
    QuerySyntaxError: 400,
    SparqlRefused: 400,
    UnusableInput: 400,
    UnknownQuery: 404,
    BadParameter: 422,
    QueryAborted: 422,
    Overloaded: 503,
    QueryTimeout: 504,
    RemoteStoreError: 502,
}


async def _mkg_error(request: Request, exc: Exception) -> JSONResponse:
    if isinstance(exc, ProtocolError):
        return JSONResponse({"detail": str(exc)}, status_code=exc.status, headers=exc.headers)
    if isinstance(exc, Overloaded):
        return JSONResponse({"detail": str(exc)}, status_code=503, headers={"Retry-After": str(exc.retry_after_s)})
    if isinstance(exc, QueryAborted) and exc.starting:
        return JSONResponse({"detail": str(exc)}, status_code=503, headers={"Retry-After": "5"})
    status = next((code for kind, code in ERROR_STATUS.items() if isinstance(exc, kind)), 400)
    return JSONResponse({"detail": str(exc)}, status_code=status)


async def _validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
    messages = [f"{'.'.join(str(p) for p in e['loc'][1:])}: {e['msg']}" for e in exc.errors()]
    return JSONResponse({"detail": "; ".join(messages)}, status_code=422)


def _open_for_serving(settings: Settings) -> Store:
    """Without an update token the service never writes: an existing store is opened read-only, which
    also works while a build or ingest holds it (the service then answers from the data as it was)."""
    exists = not settings.endpoint and (Path(settings.store) / "CURRENT").exists()
    return open_store(settings, read_only=exists and not settings.update_token)


@contextlib.asynccontextmanager
async def _lifespan(app: FastAPI):
    yield
    services = app.state.services
    if services.pool is not None:
        services.pool.close()  # workers start again on demand, should the app be served again


def create_app(settings: Settings | None = None, store: Store | None = None,
               catalog: QueryCatalog | None = None) -> FastAPI:
    """Build the HTTP service over a store (opened from ``settings.store`` when not given)."""
    settings = settings or Settings()
    catalog = catalog or QueryCatalog.load()
    app = FastAPI(
        title="mkg — Market Report Knowledge Graph",
        version=__version__,
        description="Market-research reports as a validated, linked knowledge graph: a SPARQL 1.1 endpoint "
                    "(`/sparql`) and named, parameterised queries as REST (`/api/queries`). Every report fact "
                    "carries the quote it comes from.\n\n**Limits** (settings `MKG_…`):\n\n" +
                    "\n".join(f"- `{name.upper()}` = {value}: {text}" for name, (value, text) in settings.limits.items()),
        lifespan=_lifespan,
        docs_url=None, redoc_url=None,  # /docs is served by service/ui.py from the package's own Swagger UI
    )
    app.state.services = Services(settings=settings, store=store if store is not None else _open_for_serving(settings),
                                  catalog=catalog, cache=ResponseCache(settings.cache_entries))
    app.state.metrics = ops.Metrics(app.state.services)
    headers.install_head_and_security_headers(app)
    ops.install_request_metrics(app, app.state.metrics)
    # Reads from any origin; the Authorization header is not allowed cross-origin, so no browser
    # page elsewhere can use an update token.
    app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["GET", "POST"],
                       allow_headers=["Accept", "Content-Type", "If-None-Match"], expose_headers=["ETag", "MKG-Row-Limit"])
    app.add_exception_handler(MkgError, _mkg_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.include_router(sparql.router)
    app.include_router(named_query_router(catalog))
    app.include_router(ask.router)
    app.include_router(compare.router)
    app.include_router(ops.router)
    app.include_router(reconcile.router)
    app.include_router(describe.router)
    app.include_router(ui.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=ui.STATIC_DIR), name="static")
    search.install(app, app.state.services.store)
    return app
