"""``/.well-known/void``: the DCAT 3 + VoID description of the dataset (``kg/describe.py``), negotiated like the
service description (Turtle by default; JSON-LD, TriG, N-Triples, RDF/XML on request)."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response

from kg.describe import describe_dataset
from service.negotiate import FORMATS, choose_format
from service.sparql import _serialize_graph
from service.state import ServicesDep, not_modified

router = APIRouter(tags=["Dataset description"])
TURTLE = next(f for f in FORMATS if f.name == "turtle")


def sparql_endpoint(request: Request) -> str:
    return str(request.base_url).rstrip("/") + "/sparql"


RDF_CONTENT = {f.media_type: {} for f in FORMATS if f.kind == "rdf"}


@router.get("/.well-known/void", summary="DCAT 3 + VoID description of the dataset and of each report graph",
            response_class=Response, responses={200: {"description": "the description", "content": RDF_CONTENT},
                                                304: {"description": "not modified since the ETag given"}})
async def get_void(request: Request, services: ServicesDep, format: str | None = None) -> Response:
    fmt = choose_format(request.headers.get("accept"), "rdf", format) or TURTLE
    etag = services.etag("void", str(request.url), fmt.name)
    if not_modified(request, etag):
        return Response(status_code=304, headers={"ETag": etag})
    graph = await services.run(lambda _deadline: describe_dataset(services.store, sparql_endpoint(request)))
    return Response(_serialize_graph(graph, fmt.name), media_type=fmt.content_type,
                    headers={"ETag": etag, "Vary": "Accept"})
