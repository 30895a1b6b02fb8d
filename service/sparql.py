"""The SPARQL 1.1 Protocol: query and update at ``/sparql`` (updates also at ``/update``).

Query by GET, POST form-urlencoded or POST ``application/sparql-query``; the protocol dataset
(``default-graph-uri`` / ``named-graph-uri``) wins over FROM / FROM NAMED; without either, the default
graph is the union of all graphs. Updates need the configured bearer token. GET without a query
answers with the SPARQL Service Description.
"""

from __future__ import annotations

import hmac
from dataclasses import dataclass, field
from urllib.parse import parse_qs

from fastapi import APIRouter, Request, Response
from fastapi.responses import RedirectResponse
from rdflib import RDF, XSD, BNode, Graph, Literal, Namespace, URIRef

import pyoxigraph as ox

from kg.describe import describe_dataset
from kg.errors import MkgError, QueryAborted, QuerySyntaxError
from kg.store import RDF_FORMATS, to_oxigraph
from kg.sparql import QueryTooComplex, SparqlRefused, check_size, fetched_iris, is_absolute_iri, query_shape, with_using
from service.negotiate import FORMATS, SHORT_NAMES, choose_format, prefers_html
from service.state import ServicesDep, not_modified
from service.worker import QueryRequest

DEFAULT_GRAPH_FORMAT = next(f for f in FORMATS if f.kind == "rdf")

router = APIRouter(tags=["SPARQL 1.1 Protocol"])

SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
LIMITS = Namespace("https://w3id.org/mkg/settings#")  # one property per limit, named as in kg/settings.py
VOID = Namespace("http://rdfs.org/ns/void#")
FORM = "application/x-www-form-urlencoded"
QUERY_MEDIA = "application/sparql-query"
UPDATE_MEDIA = "application/sparql-update"


class ProtocolError(MkgError):
    """A request the protocol does not allow; ``status`` is the HTTP status to answer with."""

    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None):
        super().__init__(message)
        self.status = status
        self.headers = headers or {}


@dataclass
class Operation:
    query: str | None = None
    update: str | None = None
    default_graphs: list[str] = field(default_factory=list)
    named_graphs: list[str] = field(default_factory=list)
    using_graphs: list[str] = field(default_factory=list)
    using_named_graphs: list[str] = field(default_factory=list)
    format: str | None = None


def _graph_iris(params: dict[str, list[str]], key: str) -> list[str]:
    for value in params.get(key, []):
        try:
            ox.NamedNode(value)
        except ValueError as err:
            raise ProtocolError(400, f"{key}: {value!r} is not an IRI ({err})") from None
    return params.get(key, [])


def _operation(params: dict[str, list[str]]) -> Operation:
    queries, updates = params.get("query", []), params.get("update", [])
    if len(queries) > 1 or len(updates) > 1:
        raise ProtocolError(400, "exactly one 'query' or one 'update' parameter is allowed")
    if queries and updates:
        raise ProtocolError(400, "a request carries a query or an update, not both")
    return Operation(
        query=queries[0] if queries else None,
        update=updates[0] if updates else None,
        default_graphs=_graph_iris(params, "default-graph-uri"),
        named_graphs=_graph_iris(params, "named-graph-uri"),
        using_graphs=_graph_iris(params, "using-graph-uri"),
        using_named_graphs=_graph_iris(params, "using-named-graph-uri"),
        format=(params.get("format") or [None])[0],
    )


async def read_body(request: Request, limit: int) -> bytes:
    """The request body, refusing (413) anything over ``limit`` bytes even without a Content-Length."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise ProtocolError(413, f"request body over the {limit} byte limit")
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            raise ProtocolError(413, f"request body over the {limit} byte limit")
    return bytes(body)


def _decode(body: bytes) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as err:
        raise ProtocolError(400, f"request body is not UTF-8: {err}") from None


async def _post_operation(request: Request, limit: int, direct_media: str) -> Operation:
    content_type = request.headers.get("content-type")
    if not content_type:
        raise ProtocolError(400, f"POST needs a Content-Type: {FORM} or {direct_media}")
    media, *params = [p.strip() for p in content_type.split(";")]
    charset = next((p.split("=", 1)[1].strip().strip('"').lower() for p in params if p.lower().startswith("charset=")), "utf-8")
    if charset not in ("utf-8", "utf8"):
        raise ProtocolError(415, f"only UTF-8 request bodies are accepted, not {charset}")
    url_params = parse_qs(request.url.query, keep_blank_values=True)
    body = _decode(await read_body(request, limit))
    media = media.lower()
    if media == FORM:
        merged = {**url_params}
        for key, values in parse_qs(body, keep_blank_values=True).items():
            merged[key] = merged.get(key, []) + values
        return _operation(merged)
    if media in (QUERY_MEDIA, UPDATE_MEDIA):
        if "query" in url_params or "update" in url_params:
            raise ProtocolError(400, "with a direct POST the operation is the body, not a URL parameter")
        operation = _operation(url_params)
        if media == QUERY_MEDIA:
            operation.query = body
        else:
            operation.update = body
        return operation
    raise ProtocolError(415, f"unsupported Content-Type {media}: use {FORM}, {QUERY_MEDIA} or {UPDATE_MEDIA}")


# ---------------------------------------------------------------------- OpenAPI documentation

# The handlers read the raw request (repeated parameters, two body media types), so FastAPI cannot
# infer their contract: it is stated here, once, for /docs and for API checkers.
_GRAPH_LIST = {"type": "array", "items": {"type": "string", "format": "uri"}}
_DATASET_PARAMS = [
    {"name": "default-graph-uri", "in": "query", "required": False, "explode": True, "schema": _GRAPH_LIST,
     "description": "graphs merged into the default graph (overrides FROM)"},
    {"name": "named-graph-uri", "in": "query", "required": False, "explode": True, "schema": _GRAPH_LIST,
     "description": "graphs visible as named graphs (overrides FROM NAMED)"},
]
_FORMAT_PARAM = {"name": "format", "in": "query", "required": False,
                 "schema": {"type": "string", "enum": sorted({f.name for f in FORMATS})},
                 "description": "a short format name, instead of an Accept header"}


def _responses(success: dict) -> dict:
    return {**success,
            400: {"description": "malformed request or query (the parser's message), or a refused operation"},
            406: {"description": "none of the accepted media types is offered"},
            413: {"description": "request body over the size limit"},
            415: {"description": "unsupported Content-Type or charset"},
            504: {"description": "query timed out"}}


_RESULTS = {200: {"description": "SELECT/ASK results, CONSTRUCT/DESCRIBE graphs, or the service description",
                  "content": {f.media_type: {} for f in FORMATS}},
            304: {"description": "not modified since the ETag given in If-None-Match"}}
QUERY_GET_DOC = {"parameters": [{"name": "query", "in": "query", "required": False, "schema": {"type": "string"},
                                 "description": "a SPARQL 1.1 query; without it, the service description"},
                                *_DATASET_PARAMS, _FORMAT_PARAM]}
_FORM_SCHEMA = {"type": "object", "properties": {
    "query": {"type": "string"}, "update": {"type": "string"},
    "default-graph-uri": _GRAPH_LIST, "named-graph-uri": _GRAPH_LIST,
    "using-graph-uri": _GRAPH_LIST, "using-named-graph-uri": _GRAPH_LIST}}
POST_DOC = {"parameters": [*_DATASET_PARAMS, _FORMAT_PARAM], "requestBody": {"required": True, "content": {
    FORM: {"schema": {**_FORM_SCHEMA, "oneOf": [{"required": ["query"]}, {"required": ["update"]}]}},
    QUERY_MEDIA: {"schema": {"type": "string", "minLength": 1}},
    UPDATE_MEDIA: {"schema": {"type": "string", "minLength": 1}}}}}
UPDATE_DOC = {"requestBody": {"required": True, "content": {
    FORM: {"schema": {"type": "object", "required": ["update"], "properties": {
        k: v for k, v in _FORM_SCHEMA["properties"].items() if k != "query"}}},
    UPDATE_MEDIA: {"schema": {"type": "string", "minLength": 1}}}}}
_UPDATED = {204: {"description": "update applied"}, 401: {"description": "no or wrong bearer token"},
            403: {"description": "updates are disabled (no update token configured)"}}


# ---------------------------------------------------------------------- handlers


@router.get("/sparql", summary="SPARQL query by GET, or the service description",
            openapi_extra=QUERY_GET_DOC, responses=_responses(_RESULTS), response_class=Response)
@router.get("/sparql/", include_in_schema=False)
async def query_by_get(request: Request, services: ServicesDep) -> Response:
    operation = _operation(parse_qs(request.url.query, keep_blank_values=True))
    if operation.update is not None:
        raise ProtocolError(405, "updates must be sent by POST", {"Allow": "POST"})
    if operation.query is None:
        if prefers_html(request.headers.get("accept")):
            return RedirectResponse("/editor", status_code=303)  # a browser at the endpoint gets the query editor
        return await service_description(request, services, operation.format)
    return await run_query(request, services, operation, cacheable=True)


@router.post("/sparql", summary="SPARQL query or update by POST (form or direct)",
             openapi_extra=POST_DOC, responses=_responses({**_RESULTS, **_UPDATED}), response_class=Response)
@router.post("/sparql/", include_in_schema=False)
async def query_or_update_by_post(request: Request, services: ServicesDep) -> Response:
    media = (request.headers.get("content-type") or "").split(";")[0].strip().lower()
    operation = await _post_operation(request, services.settings.max_request_bytes,
                                      UPDATE_MEDIA if media == UPDATE_MEDIA else QUERY_MEDIA)
    if operation.update is not None:
        return await run_update(request, services, operation)
    if operation.query is None:
        raise ProtocolError(400, "no 'query' or 'update' in the request")
    return await run_query(request, services, operation, cacheable=False)


@router.post("/update", summary="SPARQL update by POST (needs the update token)",
             openapi_extra=UPDATE_DOC, responses=_responses(_UPDATED), response_class=Response)
async def update_by_post(request: Request, services: ServicesDep) -> Response:
    operation = await _post_operation(request, services.settings.max_request_bytes, UPDATE_MEDIA)
    if operation.update is None:
        raise ProtocolError(400, "no 'update' in the request")
    return await run_update(request, services, operation)


@router.api_route("/sparql", methods=["PUT", "DELETE", "PATCH", "OPTIONS"], include_in_schema=False)
@router.api_route("/update", methods=["GET", "PUT", "DELETE", "PATCH", "OPTIONS"], include_in_schema=False)
async def wrong_method(request: Request) -> Response:
    raise ProtocolError(405, f"{request.method} is not a SPARQL protocol operation here",
                        {"Allow": "GET, POST" if request.url.path.startswith("/sparql") else "POST"})


# ---------------------------------------------------------------------- query and update


def endpoint_iri(request: Request) -> str:
    """The endpoint as the client addressed it: the service description's sd:endpoint and the base IRI."""
    return str(request.url).split("?", 1)[0]


def _check_size(services, text: str) -> None:
    settings = services.settings
    try:
        check_size(text, settings.max_query_depth, settings.max_query_tokens)
    except QueryTooComplex as err:
        raise ProtocolError(400, str(err)) from None


def _check_fetches(services, text: str, what: str) -> None:
    """SERVICE and LOAD only when remote fetching is enabled, and then only of http(s) URLs."""
    targets = fetched_iris(text)
    if not targets:
        return
    if not services.settings.allow_remote_fetch:
        raise ProtocolError(400, f"{what} is disabled: this endpoint does not fetch URLs on a "
                                 "client's behalf (set MKG_ALLOW_REMOTE_FETCH to enable)")
    local = next((t for t in targets if not t.lower().startswith(("http://", "https://"))), None)
    if local is not None:
        raise ProtocolError(400, f"<{local}>: only http:// and https:// URLs are fetched, never local files "
                                 "or other schemes")


def _check_safe_query(services, operation: Operation) -> tuple[str, bool]:
    _check_size(services, operation.query)
    shape = query_shape(operation.query)
    _check_fetches(services, operation.query, "SERVICE")
    if not (operation.default_graphs or operation.named_graphs):
        graphs = (*shape.from_graphs, *shape.from_named_graphs)
        relative = next((g for g in graphs if not is_absolute_iri(g)), None)
        if relative is not None:
            raise ProtocolError(400, f"FROM <{relative}>: a graph name must be an absolute IRI")
        missing = [g for g in graphs if not services.store.contains_graph(g)]
        if missing and not services.settings.allow_remote_fetch:
            raise ProtocolError(400, f"FROM <{missing[0]}> names no graph in this store, and this endpoint "
                                     "does not fetch graphs from the web")
    return shape.form, shape.form in ("CONSTRUCT", "DESCRIBE")


def client_address(request: Request) -> str:
    return request.client.host if request.client else "-"


async def run_query(request: Request, services: ServicesDep, operation: Operation, cacheable: bool) -> Response:
    form, is_graph = _check_safe_query(services, operation)
    fmt = choose_format(request.headers.get("accept"), "rdf" if is_graph else "results", operation.format)
    if fmt is None:
        offered = ", ".join(f.media_type for f in FORMATS if f.kind == ("rdf" if is_graph else "results"))
        raise ProtocolError(406, f"none of the accepted media types is offered for {form or 'this query'}: {offered}")
    etag = services.etag(request.url.path, str(request.url.query), fmt.name)
    if cacheable and not_modified(request, etag):
        return Response(status_code=304, headers={"ETag": etag})
    work = QueryRequest(operation.query, fmt.name, services.settings.max_rows,
                        default_graphs=operation.default_graphs or None,
                        named_graphs=operation.named_graphs or None, base_iri=endpoint_iri(request))
    reply = await services.run_client_query(work, client_address(request))
    if reply.status == "syntax":
        raise QuerySyntaxError(reply.message)
    if reply.status == "memory":
        raise QueryAborted(services.settings.query_memory_mb)
    if reply.status == "failed":
        if query_shape(operation.query).uses_service:
            raise ProtocolError(502, f"a remote SERVICE failed: {reply.message}")
        raise ProtocolError(400, f"the query could not be evaluated: {reply.message}")
    headers = {"ETag": etag} if cacheable else {}
    if reply.capped:
        headers["MKG-Row-Limit"] = str(services.settings.max_rows)
    return Response(reply.body, media_type=fmt.content_type, headers=headers)


def _authorise_update(request: Request, services) -> None:
    token = services.settings.update_token
    if not token:
        raise ProtocolError(403, "this endpoint is read-only: updates are enabled only when an update token "
                                 "is configured (--update-token or MKG_UPDATE_TOKEN)")
    given = request.headers.get("authorization", "").encode()
    if not hmac.compare_digest(given, f"Bearer {token}".encode()):
        raise ProtocolError(401, "updates need 'Authorization: Bearer <update token>'",
                            {"WWW-Authenticate": 'Bearer realm="mkg"'})


async def run_update(request: Request, services: ServicesDep, operation: Operation) -> Response:
    _authorise_update(request, services)
    _check_size(services, operation.update)
    _check_fetches(services, operation.update, "LOAD and SERVICE")
    try:
        update = with_using(operation.update, operation.using_graphs, operation.using_named_graphs)
    except SparqlRefused as err:
        raise ProtocolError(400, str(err)) from None
    base = endpoint_iri(request)

    def work(_deadline) -> None:
        with services.write_lock:
            try:
                services.store.update(update, base_iri=base)
            except OSError as err:
                raise ProtocolError(502, f"a URL the update fetches failed: {err}") from None
            finally:
                services.changed()

    await services.run(work, client_address(request))
    return Response(status_code=204)


# ---------------------------------------------------------------------- service description


async def service_description(request: Request, services: ServicesDep, format_param: str | None) -> Response:
    # Clients probe an endpoint with the Accept of their queries (results formats); RFC 9110 lets a
    # server disregard an Accept it cannot satisfy, and a description in Turtle serves them better than a 406.
    fmt = choose_format(request.headers.get("accept"), "rdf", format_param)
    if fmt is None and format_param is not None and format_param.strip().lower() not in SHORT_NAMES:
        raise ProtocolError(406, f"unknown format {format_param!r}; the service description is offered as " +
                            ", ".join(f.name for f in FORMATS if f.kind == "rdf"))
    fmt = fmt or DEFAULT_GRAPH_FORMAT
    etag = services.etag("service-description", str(request.url), fmt.name)
    if not_modified(request, etag):
        return Response(status_code=304, headers={"ETag": etag})
    cached = services.cache.get(etag)
    if cached is None:
        graph = await services.run(lambda _deadline: describe_service(services, endpoint_iri(request)),
                                   client_address(request))
        cached = (_serialize_graph(graph, fmt.name), fmt.content_type)
        services.cache.put(etag, cached)
    return Response(cached[0], media_type=cached[1], headers={"ETag": etag})


def describe_service(services, endpoint: str) -> Graph:
    """SPARQL 1.1 Service Description with VoID triple counts for every named graph."""
    g = Graph(bind_namespaces="core")
    g.bind("sd", SD)
    g.bind("void", VOID)
    g.bind("limit", LIMITS)
    service, dataset, default_graph = URIRef(endpoint + "#service"), BNode("dataset"), BNode("default")
    g.add((service, RDF.type, SD.Service))
    g.add((service, SD.endpoint, URIRef(endpoint)))
    g.add((service, SD.supportedLanguage, SD.SPARQL11Query))
    if services.settings.update_token:
        g.add((service, SD.supportedLanguage, SD.SPARQL11Update))
    g.add((service, SD.feature, SD.UnionDefaultGraph))
    if services.settings.allow_remote_fetch:
        g.add((service, SD.feature, SD.BasicFederatedQuery))
    for fmt in FORMATS:
        g.add((service, SD.resultFormat, URIRef(f"http://www.w3.org/ns/formats/{_FORMAT_IRIS[fmt.name]}")))
    for name, (value, _text) in services.settings.limits.items():
        g.add((service, LIMITS[name], Literal(value)))
    g.add((service, SD.defaultDataset, dataset))
    g.add((dataset, RDF.type, SD.Dataset))
    g.add((dataset, SD.defaultGraph, default_graph))
    g.add((default_graph, RDF.type, SD.Graph))
    counts = services.store.query(
        "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g").rows
    total = 0
    for row in counts:
        named, graph = BNode(), BNode()
        n = int(row["n"].value)
        total += n
        g.add((dataset, SD.namedGraph, named))
        g.add((named, RDF.type, SD.NamedGraph))
        g.add((named, SD.name, URIRef(row["g"].value)))
        g.add((named, SD.graph, graph))
        g.add((graph, RDF.type, SD.Graph))
        g.add((graph, VOID.triples, Literal(n, datatype=XSD.integer)))
    g.add((default_graph, VOID.triples, Literal(total, datatype=XSD.integer)))
    g += describe_dataset(services.store, endpoint)  # DCAT 3 + VoID of the dataset (also at /.well-known/void)
    return g


_FORMAT_IRIS = {"json": "SPARQL_Results_JSON", "xml": "SPARQL_Results_XML", "csv": "SPARQL_Results_CSV",
                "tsv": "SPARQL_Results_TSV", "turtle": "Turtle", "ntriples": "N-Triples", "jsonld": "JSON-LD",
                "rdfxml": "RDF_XML", "nquads": "N-Quads", "trig": "TriG"}
def _serialize_graph(graph: Graph, fmt: str) -> bytes:
    """One serializer for every graph format, the store's (rdflib cannot write a lone graph as N-Quads/TriG)."""
    triples = (ox.Triple(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o)) for s, p, o in graph)
    return ox.serialize(triples, format=RDF_FORMATS[fmt], prefixes=dict(graph.namespaces()) if fmt in ("turtle", "trig") else None)
