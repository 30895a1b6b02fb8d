"""The researcher's pages, server-rendered with Jinja2: home (the reports), a page per report, a page per entity,
the query editor (YASGUI) and the named-query catalogue; and Linked Data for every IRI the graph mints.

Linked Data (``/id/…``, ``/page/…``, ``/data/…``): the IRI ``<id_base>org/x`` is served at ``/id/org/x``, which
answers 303 See Other to its HTML page (``/page/org/x``) or to its description in the format asked for
(``/data/org/x.ttl``, ``.jsonld``, ``.nt``); ``/data/org/x`` negotiates itself and names the file it chose in
``Content-Location``. Every answer varies on ``Accept`` and lists the alternates in ``Link``; nothing
acceptable is a 406, an IRI the graph does not know a 404 page.

Every asset comes from this server (``service/static``): no page asks another host for anything.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from urllib.parse import quote, urlencode

import pyoxigraph as ox
from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from markupsafe import Markup

from kg.ask import ask
from kg.ask.answer import MAX_QUESTION_CHARS
from kg.describe import describe_resource
from kg.sparql import with_values
from service.negotiate import FORMATS, choose_format, prefers_html
from service.pages import model
from service.pages.entity import load_entity
from service.pages.text import highlight
from service.state import ServicesDep, not_modified

router = APIRouter(include_in_schema=False)
TEMPLATES = Jinja2Templates(directory=str(Path(__file__).resolve().parent / "templates"))
# The description formats Linked Data clients ask for, by file extension.
DESCRIPTION_FORMATS = {"ttl": "turtle", "jsonld": "jsonld", "nt": "ntriples", "rdf": "rdfxml"}
RDFLIB_FORMATS = {"turtle": "turtle", "jsonld": "json-ld", "ntriples": "nt", "rdfxml": "xml"}
EXTENSION = {name: ext for ext, name in DESCRIPTION_FORMATS.items()}
PAGE_SIZES = (10, 25, 50, 100)
PREFIXES = {
    "mkg": "https://w3id.org/mkg/ns#", "id": "https://w3id.org/mkg/id/", "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#", "skos": "http://www.w3.org/2004/02/skos/core#",
    "schema": "https://schema.org/", "prov": "http://www.w3.org/ns/prov#", "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#", "time": "http://www.w3.org/2006/time#", "dct": "http://purl.org/dc/terms/",
    "wd": "http://www.wikidata.org/entity/",
}


def _settings(request: Request):
    return request.app.state.services.settings


def page_path(request: Request, resource: str) -> str | None:
    """This server's page of ``resource``, or None when it is not an IRI the graph mints."""
    base = _settings(request).id_base
    return "/page/" + quote(resource[len(base):], safe="/:@-._~!$&'()*+,;=") if resource.startswith(base) else None


def short(resource: str) -> str:
    """``mkg:percent`` for ``https://w3id.org/mkg/ns#percent``; the IRI itself without a known prefix."""
    for prefix, namespace in PREFIXES.items():
        if resource.startswith(namespace) and len(resource) > len(namespace):
            return f"{prefix}:{resource[len(namespace):]}"
    return resource


def _iri_link(context, resource: str, label: str | None = None) -> Markup:
    request = context["request"]
    text = Markup.escape(label or short(resource))
    local = page_path(request, resource)
    if local:
        return Markup(f'<a href="{Markup.escape(local)}">{text}</a>')
    if resource.startswith(("http://", "https://")):
        return Markup(f'<a href="{Markup.escape(resource)}" rel="external noopener">{text}</a>')
    return text


def _install_filters() -> None:
    from jinja2 import pass_context

    TEMPLATES.env.filters["iri_link"] = pass_context(_iri_link)
    TEMPLATES.env.filters["short"] = short
    TEMPLATES.env.globals["page_sizes"] = PAGE_SIZES


_install_filters()


async def cached(services, key: str, build):
    """``build()`` run in a query thread, kept per store version in the response cache: pages are read far more
    often than the store changes, and a report page walks its whole graph."""
    cache_key = services.etag("page", key)
    hit = services.cache.get(cache_key)
    if hit is not None:
        return hit[0]
    value = await services.run(lambda _deadline: build())
    services.cache.put(cache_key, (value, "page"))
    return value


def render(request: Request, template: str, status: int = 200, headers: dict | None = None, **context) -> HTMLResponse:
    return TEMPLATES.TemplateResponse(request, template, context, status_code=status, headers=headers)


def not_found(request: Request, what: str) -> HTMLResponse:
    return render(request, "not_found.html", status=404, what=what)


# ------------------------------------------------------------------ home

SORT_KEYS = {
    "market": lambda r: r.market_name.lower(), "publisher": lambda r: r.publisher_name.lower(),
    "date": lambda r: r.published, "value": lambda r: r.last_value_sort, "cagr": lambda r: r.cagr_sort,
    "status": lambda r: (r.warnings, r.defects),
}


@router.get("/", response_class=HTMLResponse)
async def show_home(request: Request, services: ServicesDep, market: str = "", publisher: str = "", region: str = "",
                    sort: str = "market", order: str = Query("asc", pattern="^(asc|desc)$"),
                    page: int = Query(1, ge=1), size: int = Query(25, ge=1, le=100)) -> HTMLResponse:
    reports = await cached(services, "reports", lambda: model.load_reports(services.store))
    markets = sorted({r.market_name for r in reports if r.market_name})
    publishers = sorted({r.publisher_name for r in reports if r.publisher_name})
    regions = sorted({g for r in reports for g in r.regions})
    shown = [r for r in reports if (not market or r.market_name == market) and (not publisher or r.publisher_name == publisher)
             and (not region or region in r.regions)]
    shown.sort(key=SORT_KEYS.get(sort, SORT_KEYS["market"]), reverse=order == "desc")
    pages = max(1, math.ceil(len(shown) / size))
    page = min(page, pages)
    filters = {"market": market, "publisher": publisher, "region": region, "size": size}

    def link(**changes) -> str:
        params = {**filters, "sort": sort, "order": order, "page": page, **changes}
        return "/?" + urlencode({k: v for k, v in params.items() if v not in ("", None)})

    stats = services.stats()
    return render(request, "home.html", reports=shown[(page - 1) * size: page * size], total=len(shown), all_reports=len(reports),
                  markets=markets, publishers=publishers, regions=regions, filters=filters, sort=sort, order=order,
                  page=page, pages=pages, link=link, quads=stats.quads)


# ------------------------------------------------------------------ editor and catalogue

def _examples(services) -> list[dict]:
    """The named queries as editor examples: the query text with its example parameters fixed (as the REST
    route binds them), so each example runs as it stands."""
    examples = []
    for query in services.catalog:
        bindings = {}
        for param in query.params.values():
            if param.example not in (None, "") and param.required:
                try:
                    bindings[param.name] = param.to_term(str(param.example))
                except Exception:  # an example the parameter cannot take stays unbound; the query still runs
                    continue
        try:
            text = with_values(query.sparql, bindings) if bindings else query.sparql
        except ValueError:
            text = query.sparql
        examples.append({"name": query.name, "title": query.title, "description": query.description, "query": text})
    return examples


@router.get("/editor", response_class=HTMLResponse)
async def show_editor(request: Request, services: ServicesDep) -> HTMLResponse:
    return render(request, "editor.html", examples=_examples(services), prefixes=PREFIXES, id_base=services.settings.id_base)


@router.get("/editor/prefixes.json")
async def editor_prefixes() -> dict[str, str]:
    """The prefixes the editor completes (YASQE's ``prefixCcApi``): the graph's own, served here, not prefix.cc."""
    return PREFIXES


@router.get("/queries", response_class=HTMLResponse)
async def show_catalogue(request: Request, services: ServicesDep) -> HTMLResponse:
    return render(request, "queries.html", queries=list(services.catalog), id_base=services.settings.id_base)


@router.get("/ask", response_class=HTMLResponse)
async def show_answer(request: Request, services: ServicesDep, q: str = Query("", max_length=MAX_QUESTION_CHARS)) -> HTMLResponse:
    """A question in words, answered by one named query (``kg.ask``): the query, its parameters, the SPARQL run,
    the rows with their quotes; or why there is no answer, with the closest queries or values."""
    answer = None
    if q.strip():
        answer = await services.run(lambda _d: ask(q, services.store, services.catalog),
                                    request.client.host if request.client else None)
    return render(request, "ask.html", q=q, answer=answer, id_base=services.settings.id_base,
                  page_of=lambda value: page_path(request, value) if isinstance(value, str) else None)


@router.get("/search", response_class=HTMLResponse)
async def show_search(request: Request, q: str = "") -> HTMLResponse:
    return render(request, "search.html", q=q, id_base=_settings(request).id_base)


# ------------------------------------------------------------------ Linked Data

def _link_header(request: Request, rest: str) -> str:
    alternates = [f'</page/{rest}>; rel="alternate"; type="text/html"']
    alternates += [f'</data/{rest}.{ext}>; rel="alternate"; type="{_format(name).media_type}"'
                   for name, ext in EXTENSION.items()]
    return ", ".join(alternates)


def _format(name: str):
    return next(f for f in FORMATS if f.name == name)


def _description_format(accept: str | None):
    """The description format the client asks for, among those offered; None when none is acceptable."""
    fmt = choose_format(accept, "rdf")
    return fmt if fmt is not None and fmt.name in EXTENSION else None


async def _known(services, resource: str) -> bool:
    query = "ASK WHERE { { ?resource ?p ?o } UNION { ?s ?p ?resource } }"
    result = await services.run(lambda _d: services.store.query(query, {"resource": ox.NamedNode(resource)}))
    return bool(result.boolean)


def _resource(request: Request, rest: str) -> str | None:
    """The IRI ``/id/<rest>`` names, or None when ``<rest>`` cannot be part of an IRI (a space, ``<``)."""
    resource = _settings(request).id_base + rest
    try:
        ox.NamedNode(resource)
    except ValueError:
        return None
    return resource


@router.get("/id/{rest:path}")
async def resolve_iri(rest: str, request: Request, services: ServicesDep) -> Response:
    """The IRI itself names a thing (an organisation, a market), not a document: 303 to a document about it."""
    resource = _resource(request, rest)
    if resource is None or not await _known(services, resource):
        return not_found(request, resource or rest)
    accept = request.headers.get("accept")
    headers = {"Vary": "Accept", "Link": _link_header(request, rest)}
    if prefers_html(accept):
        return RedirectResponse(f"/page/{rest}", status_code=303, headers=headers)
    fmt = _description_format(accept)
    if fmt is None:
        return Response("Not acceptable: this resource is described as text/html, text/turtle, application/ld+json, "
                        "application/n-triples or application/rdf+xml\n", status_code=406, media_type="text/plain", headers=headers)
    return RedirectResponse(f"/data/{rest}.{EXTENSION[fmt.name]}", status_code=303, headers=headers)


@router.get("/data/{rest:path}")
async def show_description(rest: str, request: Request, services: ServicesDep) -> Response:
    """The resource's concise bounded description plus the labels of what it links to."""
    stem, _, extension = rest.rpartition(".")
    headers = {}
    if stem and extension in DESCRIPTION_FORMATS:
        rest, fmt = stem, _format(DESCRIPTION_FORMATS[extension])
    else:
        fmt = _description_format(request.headers.get("accept"))
        headers["Vary"] = "Accept"
        if fmt is None:
            return Response("Not acceptable\n", status_code=406, media_type="text/plain", headers=headers)
        headers["Content-Location"] = f"/data/{rest}.{EXTENSION[fmt.name]}"
    headers["Link"] = _link_header(request, rest)
    resource = _resource(request, rest)
    if resource is None:
        return Response(f"Not an IRI of this graph: {rest}\n", status_code=404, media_type="text/plain")
    etag = services.etag("describe", resource, fmt.name)
    if not_modified(request, etag):
        return Response(status_code=304, headers={**headers, "ETag": etag})
    graph = await services.run(lambda _d: describe_resource(services.store, resource))
    if len(graph) == 0 and not await _known(services, resource):
        return Response(f"Not found: {resource}\n", status_code=404, media_type="text/plain")
    # rdflib groups each subject's statements (Turtle, JSON-LD), which a reader of one description wants.
    body = graph.serialize(format=RDFLIB_FORMATS[fmt.name], encoding="utf-8")
    return Response(body, media_type=fmt.content_type, headers={**headers, "ETag": etag})


@router.get("/page/{rest:path}", response_class=HTMLResponse)
async def show_page(rest: str, request: Request, services: ServicesDep) -> HTMLResponse:
    """The HTML page of a minted IRI: a report gets the report page, anything else the entity page."""
    resource = _resource(request, rest)
    if resource is None:
        return not_found(request, rest)
    headers = {"Link": _link_header(request, rest)}
    parts = rest.split("/")
    if len(parts) == 2 and parts[0] == "report":
        report = await cached(services, resource, lambda: model.load_report(services.store, parts[1]))
        if report is not None:
            return _report_page(request, services, report, headers)
    entity = await services.run(lambda _d: load_entity(services.store, resource))
    if entity is None:
        return not_found(request, resource)
    return render(request, "entity.html", headers=headers, entity=entity, rest=rest, resource=resource,
                  id_base=services.settings.id_base)


def _report_page(request: Request, services, report: model.ReportPage, headers: dict) -> HTMLResponse:
    quotes = report.quotes()
    text = model.report_text(services.settings.texts_dir, report.report_id, quotes)
    return render(request, "report.html", headers=headers, report=report, rest=f"report/{report.report_id}",
                  text=highlight(text, report.marks) if text is not None else None, quotes=sorted(quotes.items()),
                  chart_unit=report.chart_data()["unit"], chart=Markup(json.dumps(report.chart_data()).replace("<", "\\u003c")))
