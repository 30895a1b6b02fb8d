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
from kg.paging import DEFAULT_LIMIT, MAX_LIMIT, PAGE_PARAMS, Page, check_page
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


def rows_json(query: NamedQuery, params: dict[str, str], results: dict, page: Page | None = None,
              next_url: str | None = None) -> bytes:
    rows = [{k: _plain(v) for k, v in b.items()} for b in results["results"]["bindings"]]
    body = {"query": query.name, "title": query.title, "params": params,
            "columns": results["head"]["vars"], "count": len(rows)}
    if page is not None:
        body.update({"limit": page.limit, "offset": page.offset, "total": page.total, "next": next_url})
        if page.total_note:
            body["totalNote"] = page.total_note
    body["rows"] = rows
    return json.dumps(body, ensure_ascii=False).encode()


async def run_named_query(request: Request, services: ServicesDep, name: str) -> Response:
    """Run one named query with the request's query parameters (``format`` picks the output)."""
    query = services.catalog[name]
    raw = {k: v for k, v in request.query_params.items() if k not in ("format", *PAGE_PARAMS)}
    for key in request.query_params:
        if len(request.query_params.getlist(key)) > 1:
            raise BadParameter(key, "given more than once")
    limit, offset = check_page(request.query_params.get("limit"), request.query_params.get("offset"))
    query.bind(raw)
    media = _media_for(request.headers.get("accept"), request.query_params.get("format"))
    if media is None:
        raise ProtocolError(406, "named queries answer in " + ", ".join(NAMED_QUERY_MEDIA))
    etag = services.etag("named", name, json.dumps(sorted(raw.items())), media, f"{limit}:{offset}")
    if not_modified(request, etag):
        return Response(status_code=304, headers={"ETag": etag})
    cached = services.cache.get(etag)
    if cached is None:
        fmt = NAMED_QUERY_MEDIA[media]

        def work(deadline) -> tuple[bytes, str | None]:
            page = query.page(services.store, limit, offset, **raw)
            next_url = (str(request.url.include_query_params(limit=limit, offset=page.next_offset))
                        if page.has_next else None)
            if fmt == "rows":
                return rows_json(query, raw, page.result.sparql_json, page, next_url), next_url
            return page.result.serialize(fmt, output=deadline), next_url

        body, next_url = await services.run(work, request.client.host if request.client else None)
        content_type = media + ("; charset=utf-8" if media.startswith("text/") else "")
        cached = (body, content_type, next_url)
        services.cache.put(etag, cached)
    headers = {"ETag": etag}
    if cached[2]:
        headers["Link"] = f'<{cached[2]}>; rel="next"'
    return Response(cached[0], media_type=cached[1], headers=headers)


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
    parameters.append(inspect.Parameter("limit", inspect.Parameter.KEYWORD_ONLY, annotation=str, default=Query(
        None, description=f"rows per page, 1 to {MAX_LIMIT:,} (default {DEFAULT_LIMIT}); more: 422",
        json_schema_extra={"pattern": "^([1-9][0-9]{0,3}|10000)?$", "default": str(DEFAULT_LIMIT)})))
    parameters.append(inspect.Parameter("offset", inspect.Parameter.KEYWORD_ONLY, annotation=str, default=Query(
        None, description="rows to skip (default 0); the body's `next` and the `Link: rel=\"next\"` header give the next page",
        json_schema_extra={"pattern": "^([0-9]{1,18})?$", "default": "0"})))
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
            responses={200: {"description": f"one page of the rows of {query.name}", "headers": {
                "Link": {"description": 'the next page, `<…>; rel="next"`; absent on the last page',
                         "schema": {"type": "string"}}}, "content": {
                ROWS_JSON: {"example": {"query": query.name, "params": example_params, "columns": [], "count": 0,
                                        "limit": DEFAULT_LIMIT, "offset": 0, "total": 0, "next": None, "rows": []}},
                "application/sparql-results+json": {}, "text/csv": {}, "text/tab-separated-values": {},
                "application/sparql-results+xml": {}}},
                       304: {"description": "not modified since the ETag given in If-None-Match"},
                       404: {"description": "unknown query"}, 406: {"description": "no acceptable format"},
                       422: {"description": "a parameter is missing or not of its type"}},
        )
    router.add_api_route("/{name}", run_named_query, methods=["GET"], include_in_schema=False)
    return router
