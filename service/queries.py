"""Named queries as REST: ``GET /api/queries`` lists them; ``GET /api/queries/{name}`` runs one.

Each ``queries/*.rq`` file becomes its own OpenAPI operation, with its parameters, descriptions and
examples taken from the file's header, so Swagger UI at ``/docs`` is the catalogue.
"""

from __future__ import annotations

import inspect
import json
from decimal import Decimal
from typing import Any

from fastapi import APIRouter, Query, Request, Response

from kg.errors import BadParameter
from kg.queries import PARAM_PATTERNS, NamedQuery, QueryCatalog
from service.negotiate import FORMATS, parse_accept
from service.sparql import ProtocolError
from service.state import ServicesDep, not_modified

# Plain JSON rows for application developers, plus the SPARQL result formats.
ROWS_JSON = "application/json"
NAMED_QUERY_MEDIA = {ROWS_JSON: "rows", **{f.media_type: f.name for f in FORMATS if f.kind == "results"}}
FORMAT_NAMES = {"json": ROWS_JSON, "rows": ROWS_JSON, "sparql-json": "application/sparql-results+json",
                "csv": "text/csv", "tsv": "text/tab-separated-values", "xml": "application/sparql-results+xml"}


STRING_FORMATS = {"iri": "uri", "date": "date"}  # the store's IRI parser has the last word on IRIs


def param_schema(type_name: str, required: bool) -> dict:
    """The JSON Schema of a parameter's value; an optional one may also be empty (= not given)."""
    if type_name in STRING_FORMATS:
        schema = {"type": "string", "format": STRING_FORMATS[type_name]}
        return schema if required else {"anyOf": [schema, {"const": ""}]}
    return {"pattern": f"^({PARAM_PATTERNS[type_name]}){'' if required else '?'}$"}
NUMERIC = {"http://www.w3.org/2001/XMLSchema#" + t for t in ("integer", "int", "long", "decimal", "double", "float")}


def _media_for(accept: str | None, format_param: str | None) -> str | None:
    if format_param is not None:
        return FORMAT_NAMES.get(format_param.lower())
    best, best_q = None, 0.0
    for media, q in parse_accept(accept):
        candidate = ROWS_JSON if media in ("*/*", "application/*") else media
        if candidate in NAMED_QUERY_MEDIA and q > best_q:
            best, best_q = candidate, q
    return best


def _plain(binding: dict) -> Any:
    value = binding["value"]
    datatype = binding.get("datatype", "")
    if datatype in NUMERIC:
        number = Decimal(value)
        return int(number) if number == number.to_integral_value() and "." not in value else float(number)
    if datatype.endswith("#boolean"):
        return value == "true"
    return value


def rows_json(query: NamedQuery, params: dict[str, str], sparql_json: bytes) -> bytes:
    results = json.loads(sparql_json)
    rows = [{k: _plain(v) for k, v in b.items()} for b in results["results"]["bindings"]]
    return json.dumps({"query": query.name, "title": query.title, "params": params,
                       "columns": results["head"]["vars"], "count": len(rows), "rows": rows},
                      ensure_ascii=False).encode()


async def run_named_query(request: Request, services: ServicesDep, name: str) -> Response:
    """Run one named query with the request's query parameters (``format`` picks the output)."""
    query = services.catalog[name]
    raw = {k: v for k, v in request.query_params.items() if k != "format"}
    for key in raw:
        if len(request.query_params.getlist(key)) > 1:
            raise BadParameter(key, "given more than once")
    bindings = query.bind(raw)
    media = _media_for(request.headers.get("accept"), request.query_params.get("format"))
    if media is None:
        raise ProtocolError(406, "named queries answer in " + ", ".join(NAMED_QUERY_MEDIA))
    etag = services.etag("named", name, json.dumps(sorted(raw.items())), media)
    if not_modified(request, etag):
        return Response(status_code=304, headers={"ETag": etag})
    cached = services.cache.get(etag)
    if cached is None:
        fmt = NAMED_QUERY_MEDIA[media]

        def work(deadline) -> bytes:
            result = services.store.query(query.sparql, bindings)
            if fmt == "rows":
                return rows_json(query, raw, result.serialize("json", output=deadline))
            return result.serialize(fmt, output=deadline)

        body = await services.run(work, request.client.host if request.client else None)
        content_type = media + ("; charset=utf-8" if media.startswith("text/") else "")
        cached = (body, content_type)
        services.cache.put(etag, cached)
    return Response(cached[0], media_type=cached[1], headers={"ETag": etag})


def list_queries(services: ServicesDep) -> list[dict]:
    """The named queries with their titles, descriptions and typed parameters."""
    return [{
        "name": q.name, "title": q.title, "description": q.description, "path": f"/api/queries/{q.name}",
        "params": [{"name": p.name, "type": p.type, "required": p.required, "description": p.description,
                    "example": p.example} for p in q.params.values()],
    } for q in services.catalog]


def _operation(query: NamedQuery):
    """A handler for one named query whose signature declares its parameters (FastAPI reads it for OpenAPI)."""

    async def handler(request: Request, services: ServicesDep, **_params: str | None) -> Response:
        return await run_named_query(request, services, query.name)

    parameters = [
        inspect.Parameter("request", inspect.Parameter.KEYWORD_ONLY, annotation=Request),
        inspect.Parameter("services", inspect.Parameter.KEYWORD_ONLY, annotation=ServicesDep),
    ]
    for param in query.params.values():
        # The pattern is documentation only: kg.queries checks values, with messages of its own.
        default = Query(... if param.required else None, description=f"{param.description} ({param.type})",
                        openapi_examples={"example": {"summary": f"{param.name}={param.example}", "value": param.example}}
                        if param.example else None, json_schema_extra=param_schema(param.type, param.required))
        parameters.append(inspect.Parameter(param.name, inspect.Parameter.KEYWORD_ONLY,
                                            annotation=str, default=default))
    parameters.append(inspect.Parameter("format", inspect.Parameter.KEYWORD_ONLY, annotation=str,
                                        default=Query(None, description="json (rows, default), sparql-json, csv, tsv or xml; or use Accept",
                                                      json_schema_extra={"enum": sorted(FORMAT_NAMES)})))
    handler.__signature__ = inspect.Signature(parameters)
    handler.__name__ = "run_" + query.name.replace("-", "_")
    return handler


def named_query_router(catalog: QueryCatalog) -> APIRouter:
    router = APIRouter(prefix="/api/queries", tags=["Named queries"])
    router.add_api_route("", list_queries, methods=["GET"], summary="List the named queries")
    example_params = {}
    for query in catalog:
        example_params = {p.name: p.example for p in query.params.values() if p.example}
        router.add_api_route(
            f"/{query.name}", _operation(query), methods=["GET"], summary=query.title, description=query.description,
            operation_id=query.name.replace("-", "_"), response_class=Response,
            responses={200: {"description": f"rows of {query.name}", "content": {
                ROWS_JSON: {"example": {"query": query.name, "params": example_params, "columns": [], "count": 0, "rows": []}},
                "application/sparql-results+json": {}, "text/csv": {}, "text/tab-separated-values": {},
                "application/sparql-results+xml": {}}},
                       304: {"description": "not modified since the ETag given in If-None-Match"},
                       404: {"description": "unknown query"}, 406: {"description": "no acceptable format"},
                       422: {"description": "a parameter is missing or not of its type"}},
        )
    router.add_api_route("/{name}", run_named_query, methods=["GET"], include_in_schema=False)
    return router
