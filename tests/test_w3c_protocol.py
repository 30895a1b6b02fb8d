"""The official W3C SPARQL 1.1 Protocol and Service Description tests, driven from their manifests.

Run in-process and over real HTTP. Skipped, with the reason, when ../shared is not beside the repo.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import httpx
import pytest
from fastapi.testclient import TestClient
from rdflib import RDF, Graph, Namespace, URIRef

from kg.settings import Settings
from kg.store import OxigraphStore
from service.app import create_app
from tests.live import serving
from tests.w3c import SKIP_REASON, W3C_DIR, protocol_cases, service_description_cases

pytestmark = pytest.mark.skipif(not W3C_DIR.exists(), reason=SKIP_REASON)

CASES = protocol_cases() if W3C_DIR.exists() else []
SD_CASES = service_description_cases() if W3C_DIR.exists() else []
# Tests this endpoint is allowed to fail, each with its reason. None today.
ALLOWED_FAILURES: dict[str, str] = {}
TOKEN = "w3c-suite-token"
RESULT_TYPES = {"application/sparql-results+json", "application/sparql-results+xml", "text/csv",
                "text/tab-separated-values"}
RDF_TYPES = {"text/turtle": "turtle", "application/n-triples": "nt", "application/rdf+xml": "xml",
             "application/ld+json": "json-ld", "application/n-quads": "nquads", "application/trig": "trig"}
SD = Namespace("http://www.w3.org/ns/sparql-service-description#")


@pytest.fixture(scope="module")
def app():
    return create_app(Settings(update_token=TOKEN), store=OxigraphStore())


@pytest.fixture(scope="module", params=["in-process", "http"])
def client(request, app):
    if request.param == "in-process":
        with TestClient(app) as test_client:
            yield test_client
    else:
        with serving(app) as base, httpx.Client(base_url=base, timeout=30) as http_client:
            yield http_client


def fresh_store(app, case) -> None:
    store = OxigraphStore()
    for path, graph_name in case.graph_data:
        store.replace_graph(URIRef(graph_name), Graph().parse(path, format="nt"))
    app.state.services.store = store


def boolean_of(response) -> bool:
    media = response.headers["content-type"].split(";")[0]
    if media == "application/sparql-results+json":
        return json.loads(response.content)["boolean"]
    root = ET.fromstring(response.content)
    return root.find("{http://www.w3.org/2005/sparql-results#}boolean").text == "true"


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_protocol(case, app, client):
    if case.id in ALLOWED_FAILURES:
        pytest.xfail(ALLOWED_FAILURES[case.id])
    fresh_store(app, case)
    for step in case.requests:
        headers = {**step.headers, "Authorization": f"Bearer {TOKEN}"}
        path = step.path.replace("/sparql/", "/sparql", 1)
        response = client.request(step.method, path, headers=headers,
                                  content=None if step.body is None else step.body.encode("utf-8"))
        assert response.status_code // 100 in step.status_classes, (case.name, response.status_code, response.text)
        media = response.headers.get("content-type", "").split(";")[0]
        if step.expected_format in ("boolean", "tabular"):
            assert media in RESULT_TYPES, media
        if step.expected_format == "RDF":
            assert media in RDF_TYPES, media
            Graph().parse(data=response.content, format=RDF_TYPES[media])
        if step.expected_boolean is not None:
            assert boolean_of(response) is step.expected_boolean, case.name


def check_returns_rdf(graph: Graph, endpoint: str) -> None:
    assert len(graph) > 0


def check_has_endpoint_triple(graph: Graph, endpoint: str) -> None:
    assert (None, SD.endpoint, URIRef(endpoint)) in graph


def check_conforms_to_schema(graph: Graph, endpoint: str) -> None:
    [service] = graph.subjects(RDF.type, SD.Service)
    assert set(graph.objects(service, SD.supportedLanguage)) <= {SD.SPARQL10Query, SD.SPARQL11Query, SD.SPARQL11Update}
    assert SD.SPARQL11Query in set(graph.objects(service, SD.supportedLanguage))
    dataset = graph.value(service, SD.defaultDataset)
    assert (dataset, RDF.type, SD.Dataset) in graph
    for named in graph.objects(dataset, SD.namedGraph):
        assert isinstance(graph.value(named, SD.name), URIRef)
        assert (graph.value(named, SD.graph), RDF.type, SD.Graph) in graph
    assert all(isinstance(f, URIRef) for f in graph.objects(service, SD.resultFormat))


SD_CHECKS = {"returns-rdf": check_returns_rdf, "has-endpoint-triple": check_has_endpoint_triple,
             "conforms-to-schema": check_conforms_to_schema}


@pytest.mark.parametrize("case_id, name", SD_CASES, ids=[c[0] for c in SD_CASES])
def test_service_description(case_id, name, client):
    assert case_id in SD_CHECKS, f"no check written for the W3C test {case_id!r} ({name})"
    response = client.get("/sparql", headers={"Accept": "text/turtle"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/turtle")
    endpoint = str(response.url).split("?")[0]
    SD_CHECKS[case_id](Graph().parse(data=response.content, format="turtle"), endpoint)
