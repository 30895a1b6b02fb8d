"""The W3C Reconciliation Service API at ``/reconcile`` (Entity Reconciliation Community Group, 1.0 draft).

Routes, relative to ``/reconcile``: ``GET`` the manifest; ``POST /match`` a query batch; ``GET /suggest/entity``,
``/suggest/type``, ``/suggest/property``; ``GET /preview?id=``; ``POST /extend`` and ``GET /extend/propose``.
OpenRefine's older protocol (0.2: form fields ``queries`` / ``extend`` posted to ``/reconcile``) is answered
too, from the same engine (``kg/reconcile.py``, which documents the scoring).
"""

from __future__ import annotations

import html
import json
from urllib.parse import parse_qs
from typing import Annotated, Any, Literal

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse

from kg import __version__, iri
from kg.reconcile import PROPERTIES, TYPES, Candidate, Entity, ReconciliationIndex
from service.state import ServicesDep

_DETAIL = {"application/json": {"schema": {"type": "object", "properties": {"detail": {"type": "string"}},
                                            "required": ["detail"]}}}
ERRORS = {400: {"description": "A malformed or unsupported request (the message says what)", "content": _DETAIL},
          422: {"description": "A parameter is missing or not of its type", "content": _DETAIL}}
router = APIRouter(prefix="/reconcile", tags=["Reconciliation"], responses=ERRORS)
TypeId = Literal["Organisation", "Market", "Segment", "Region", "Country"]
Limit = Annotated[int, Query(ge=1, le=100)]

VERSIONS = ["1.0-draft"]
DEFAULT_LIMIT = 5


def manifest() -> dict[str, Any]:
    """The service manifest (the same for every request)."""
    return {
        "versions": VERSIONS,
        "name": "mkg — market-report knowledge graph",
        "identifierSpace": iri.ID,
        "schemaSpace": "https://w3id.org/mkg/ns#",
        "documentation": "https://w3id.org/mkg/ns#",
        "serviceVersion": __version__,
        "view": {"url": iri.ID + "{id}"},
        "defaultTypes": [{"id": type_id, "name": name} for type_id, (_, name) in TYPES.items()],
        "suggest": {"entity": True, "property": True, "type": True},
        "preview": {"width": 400, "height": 200},
        "extend": {"proposeProperties": True, "propertySettings": []},
    }


async def _index(request: Request, services) -> ReconciliationIndex:
    """The entities of the store, read again only after the store changed."""
    cached = getattr(request.app.state, "reconciliation_index", None)
    version = services.store.version
    if cached is None or cached[0] != version:
        index = await services.run(lambda deadline: ReconciliationIndex.from_store(services.store))
        request.app.state.reconciliation_index = cached = (version, index)
    return cached[1]


def _type_ref(type_id: str) -> dict[str, str]:
    return {"id": type_id, "name": TYPES[type_id][1]}


def _candidate(candidate: Candidate) -> dict[str, Any]:
    entity = candidate.entity
    return {"id": entity.id, "name": entity.name, "description": entity.description, "score": candidate.score,
            "match": candidate.match, "type": [_type_ref(t) for t in entity.types],
            "features": [{"id": f.id, "name": f.name, "value": f.value} for f in candidate.features]}


def _value(raw: Any) -> str:
    if isinstance(raw, list):
        raw = raw[0] if raw else ""
    if isinstance(raw, dict):
        raw = raw.get("id") or raw.get("name") or ""
    return str(raw)


def _run_match(index: ReconciliationIndex, query: dict[str, Any]) -> list[dict[str, Any]]:
    """One 1.0-draft query: conditions on the name, the id or properties."""
    if not isinstance(query, dict) or not isinstance(query.get("conditions"), list) or not query["conditions"]:
        raise HTTPException(400, "each query needs a non-empty list of conditions")
    name, properties, wanted_id = "", {}, None
    for condition in query["conditions"]:
        kind = condition.get("matchType")
        if kind == "name":
            name = _value(condition.get("propertyValue"))
        elif kind == "id":
            wanted_id = _value(condition.get("propertyValue"))
        elif kind == "property" and condition.get("propertyId"):
            properties[condition["propertyId"]] = _value(condition.get("propertyValue"))
        else:
            raise HTTPException(400, f"unsupported condition: {json.dumps(condition)[:200]}")
    type_id = _type(query.get("type"))
    limit = int(query.get("limit") or DEFAULT_LIMIT)
    if wanted_id is not None:
        entity = index.entity(wanted_id)
        return [_candidate(Candidate(entity, 100.0, (), True))] if entity else []
    return [_candidate(c) for c in index.match(name, type_id=type_id, properties=properties, limit=limit)]


def _type(type_id: Any) -> str | None:
    if isinstance(type_id, list):
        type_id = type_id[0] if type_id else None
    if type_id in (None, ""):
        return None
    type_id = str(type_id).removeprefix("https://w3id.org/mkg/ns#")
    if type_id == "SegmentConcept":
        type_id = "Segment"
    if type_id not in TYPES:
        raise HTTPException(400, f"unknown type {type_id!r}; the types are {', '.join(TYPES)}")
    return type_id


def _extend(index: ReconciliationIndex, body: Any) -> dict[str, Any]:
    if not isinstance(body, dict) or not isinstance(body.get("ids"), list) or not isinstance(body.get("properties"), list):
        raise HTTPException(400, "a data extension query needs 'ids' and 'properties' lists")
    wanted = [p["id"] for p in body["properties"] if isinstance(p, dict) and p.get("id")]
    unknown = [p for p in wanted if p not in PROPERTIES]
    if unknown:
        raise HTTPException(400, f"unknown properties {unknown}; the properties are {', '.join(PROPERTIES)}")
    rows = []
    for entity_id in body["ids"]:
        entity = index.entity(str(entity_id))
        rows.append({"id": str(entity_id), "properties": [
            {"id": prop, "values": [{"str": value} for value in (entity.values(prop) if entity else [])]}
            for prop in wanted]})
    return {"meta": [{"id": prop, "name": PROPERTIES[prop][0]} for prop in wanted], "rows": rows}


# ------------------------------------------------------------------ routes


@router.api_route("", methods=["GET", "POST"], summary="The manifest (GET); OpenRefine's 0.2 protocol (form fields "
                  "queries= or extend=, by POST or GET)")
async def reconcile_root(request: Request, services: ServicesDep) -> JSONResponse:
    if request.method == "POST":
        return await _post_legacy(request, services)
    if "queries" in request.query_params:  # the 0.2 protocol also allows GET ?queries=
        return JSONResponse(await _legacy_queries(request, services, request.query_params["queries"]))
    return JSONResponse(manifest())


async def _post_legacy(request: Request, services) -> JSONResponse:
    body = await request.body()
    try:  # application/x-www-form-urlencoded, read without a multipart library
        form = {key: values[0] for key, values in parse_qs(body.decode("utf-8"), strict_parsing=bool(body)).items()}
    except (UnicodeDecodeError, ValueError) as err:
        raise HTTPException(400, f"the body is not a form: {err}") from err
    if "queries" in form:
        return JSONResponse(await _legacy_queries(request, services, str(form["queries"])))
    if "extend" in form:  # 0.2 rows are an object: id → property → values
        extended = _extend(await _index(request, services), _json(str(form["extend"])))
        rows = {row["id"]: {p["id"]: p["values"] for p in row["properties"]} for row in extended["rows"]}
        return JSONResponse({"meta": extended["meta"], "rows": rows})
    raise HTTPException(400, "post a 'queries' or 'extend' form field, or use POST /reconcile/match")


async def _legacy_queries(request: Request, services, raw: str) -> dict[str, Any]:
    batch = _json(raw)
    if not isinstance(batch, dict):
        raise HTTPException(400, "queries must be a JSON object of named queries")
    index = await _index(request, services)
    answers = {}
    for key, query in batch.items():
        if not isinstance(query, dict) or not isinstance(query.get("query", ""), str):
            raise HTTPException(400, f"query {key!r} is not a reconciliation query")
        conditions = [{"matchType": "name", "propertyValue": query.get("query", "")}]
        conditions += [{"matchType": "property", "propertyId": p.get("pid"), "propertyValue": p.get("v")}
                       for p in query.get("properties", []) if isinstance(p, dict) and p.get("pid")]
        found = _run_match(index, {"conditions": conditions, "type": query.get("type"), "limit": query.get("limit")})
        answers[key] = {"result": found}
    return answers


async def _body(request: Request) -> Any:
    try:
        return await request.json()
    except ValueError as err:
        raise HTTPException(400, f"the body is not JSON: {err}") from err


def _json(raw: str) -> Any:
    try:
        return json.loads(raw)
    except ValueError as err:
        raise HTTPException(400, f"not JSON: {err}") from err


@router.post("/match", summary="Reconcile a batch of queries (1.0 draft)")
async def match_batch(request: Request, services: ServicesDep) -> JSONResponse:
    body = await _body(request)
    if not isinstance(body, dict) or not isinstance(body.get("queries"), list):
        raise HTTPException(400, "a reconciliation query batch is an object with a 'queries' list")
    index = await _index(request, services)
    return JSONResponse({"results": [{"candidates": _run_match(index, q)} for q in body["queries"]]})


@router.get("/suggest/entity", summary="Entities whose names start with a prefix")
async def suggest_entity(request: Request, services: ServicesDep, prefix: str, type: TypeId | None = None,
                         limit: Limit = 10) -> JSONResponse:
    index = await _index(request, services)
    found = index.suggest(prefix, type_id=_type(type), limit=limit)
    return JSONResponse({"result": [{"id": e.id, "name": e.name, "description": e.description,
                                     "notable": [_type_ref(t) for t in e.types]} for e in found]})


@router.get("/suggest/type", summary="Entity types whose names start with a prefix")
async def suggest_type(prefix: str = "", limit: Limit = 10) -> JSONResponse:
    wanted = prefix.lower()
    found = [_type_ref(t) for t, (_, name) in TYPES.items() if t.lower().startswith(wanted) or wanted in name.lower()]
    return JSONResponse({"result": found[:limit]})


@router.get("/suggest/property", summary="Properties whose names start with a prefix")
async def suggest_property(prefix: str = "", limit: Limit = 10) -> JSONResponse:
    wanted = prefix.lower()
    found = [{"id": p, "name": name, "description": text} for p, (name, text) in PROPERTIES.items()
             if p.lower().startswith(wanted) or wanted in name.lower()]
    return JSONResponse({"result": found[:limit]})


@router.get("/preview", summary="An HTML preview of an entity", response_class=HTMLResponse,
            responses={404: {"description": "No entity has this id", "content": _DETAIL}})
async def preview_entity(request: Request, services: ServicesDep, id: str) -> HTMLResponse:
    entity = (await _index(request, services)).entity(id)
    if entity is None:
        raise HTTPException(404, f"no entity {id!r}")
    return HTMLResponse(_preview_html(entity))


def _preview_html(entity: Entity) -> str:
    e = html.escape
    rows = [("Type", ", ".join(TYPES[t][1] for t in entity.types))]
    for prop in ("country", "countryBasis", "wikidata", "markets", "iso3166Alpha2", "m49"):
        if values := entity.values(prop):
            rows.append((PROPERTIES[prop][0], ", ".join(values)))
    others = [label for label in entity.labels if label != entity.name]
    if others:
        rows.append(("Also written", "; ".join(others[:8])))
    cells = "".join(f"<tr><th scope=\"row\">{e(k)}</th><td>{e(v)}</td></tr>" for k, v in rows)
    return (f"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{e(entity.name)}</title></head>"
            f"<body style=\"font:14px sans-serif;margin:8px\"><h1 style=\"font-size:16px;margin:0 0 6px\">"
            f"<a href=\"{e(entity.iri)}\" target=\"_blank\">{e(entity.name)}</a></h1><table>{cells}</table></body></html>")


@router.post("/extend", summary="Property values of entities (data extension)")
async def extend_entities(request: Request, services: ServicesDep) -> JSONResponse:
    return JSONResponse(_extend(await _index(request, services), await _body(request)))


@router.get("/extend/propose", summary="The properties data extension offers for a type")
async def propose_properties(type: TypeId, limit: Limit = 10) -> JSONResponse:
    type_id = _type(type)
    offered = {"Organisation": ["country", "countryBasis", "wikidata", "markets", "altLabels"],
               "Country": ["iso3166Alpha2", "m49", "wikidata", "altLabels"],
               "Region": ["m49", "wikidata", "altLabels"]}.get(type_id or "", ["wikidata", "altLabels"])
    return JSONResponse({"type": type_id or type, "limit": limit,
                         "properties": [{"id": p, "name": PROPERTIES[p][0], "description": PROPERTIES[p][1]}
                                        for p in offered[:limit]]})
