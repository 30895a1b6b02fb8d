"""Reads the official W3C SPARQL 1.1 Protocol and Service Description manifests (from ../shared)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDFS

from tests.conftest import SHARED

W3C_DIR = SHARED / "w3c" / "sparql11-protocol"
MF = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
HT = Namespace("http://www.w3.org/2011/http#")
CNT = Namespace("http://www.w3.org/2011/content#")
UT = Namespace("http://www.w3.org/2009/sparql/tests/test-update#")
HTS = "http://www.w3.org/2011/http-statusCodes#StatusCode"
SKIP_REASON = f"the W3C manifests are not here ({W3C_DIR} is missing; CI has ../shared)"


@dataclass
class ProtocolRequest:
    method: str
    path: str
    headers: dict[str, str]
    body: str | None
    status_classes: set[int]
    expected_format: str | None
    expected_boolean: bool | None


@dataclass
class ProtocolCase:
    id: str
    name: str
    graph_data: list[tuple[Path, str]] = field(default_factory=list)
    requests: list[ProtocolRequest] = field(default_factory=list)


def _entries(manifest: Graph) -> list[URIRef]:
    root = next(manifest.subjects(MF.entries, None))
    return list(Collection(manifest, manifest.value(root, MF.entries)))


def protocol_cases() -> list[ProtocolCase]:
    manifest = Graph().parse(W3C_DIR / "manifest.ttl", format="turtle")
    cases = []
    for entry in _entries(manifest):
        case = ProtocolCase(id=str(entry).rsplit("#", 1)[-1], name=str(manifest.value(entry, MF.name)))
        for data in manifest.objects(entry, UT.graphData):
            case.graph_data.append((W3C_DIR / str(manifest.value(data, UT.graph)).rsplit("/", 1)[-1],
                                    str(manifest.value(data, RDFS.label))))
        action = manifest.value(entry, MF.action)
        for request in Collection(manifest, manifest.value(action, HT.requests)):
            headers = {}
            header_list = manifest.value(request, HT.headers)
            for header in Collection(manifest, header_list) if header_list else []:
                headers[str(manifest.value(header, HT.fieldName))] = str(manifest.value(header, HT.fieldValue))
            body = manifest.value(request, HT.body)
            response = manifest.value(request, HT.resp)
            boolean = manifest.value(response, MF.expectedBoolean)
            fmt = manifest.value(response, MF.expectedFormat)
            case.requests.append(ProtocolRequest(
                method=str(manifest.value(request, HT.methodName)),
                path=str(manifest.value(request, HT.absolutePath)),
                headers=headers,
                body=None if body is None else str(manifest.value(body, CNT.chars)),
                status_classes={int(str(s)[len(HTS)]) for s in manifest.objects(response, MF.expectedStatus)},
                expected_format=None if fmt is None else str(fmt),
                expected_boolean=None if boolean is None else boolean.toPython(),
            ))
        cases.append(case)
    return cases


def service_description_cases() -> list[tuple[str, str]]:
    manifest = Graph().parse(W3C_DIR / "sd-manifest.ttl", format="turtle")
    return [(str(e).rsplit("#", 1)[-1], str(manifest.value(e, MF.name))) for e in _entries(manifest)]
