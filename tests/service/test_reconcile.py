"""The W3C Reconciliation Service API at /reconcile: the spec's own examples check our copy of its schemas,
and every response we give is validated against them; an OpenRefine-style sequence runs over real HTTP."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest
from jsonschema import Draft7Validator
from referencing import Registry, Resource

from kg.settings import Settings
from service.app import create_app
from tests.live import serving

DATA = Path(__file__).resolve().parents[1] / "data" / "reconcile"


def _registry(folder: Path) -> Registry:
    resources = []
    for path in folder.glob("*.json"):
        schema = json.loads(path.read_text())
        resources.append((schema["$id"], Resource.from_contents(schema, default_specification=_DRAFT7)))
    return Registry().with_resources(resources)


from referencing.jsonschema import DRAFT7 as _DRAFT7  # noqa: E402

REGISTRY = _registry(DATA / "schemas")
REGISTRY_02 = _registry(DATA / "schemas-0.2")


def validator(name: str, version: str = "1.0-draft") -> Draft7Validator:
    folder, registry = (DATA / "schemas", REGISTRY) if version == "1.0-draft" else (DATA / "schemas-0.2", REGISTRY_02)
    return Draft7Validator(json.loads((folder / f"{name}.json").read_text()), registry=registry)


def assert_valid(instance, name: str, version: str = "1.0-draft") -> None:
    errors = sorted(validator(name, version).iter_errors(instance), key=str)
    assert not errors, f"{name}: {errors[0].message} at {list(errors[0].absolute_path)}"


EXAMPLES = sorted(p for p in (DATA / "examples").rglob("*.json"))


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: "/".join(p.parts[-3:]))
def test_the_spec_examples_pass_or_fail_our_copy_of_its_schemas(example):
    schema, verdict = example.parts[-3], example.parts[-2]
    errors = list(validator(schema).iter_errors(json.loads(example.read_text())))
    assert (not errors) if verdict == "valid" else errors


@pytest.fixture(scope="module")
def base(store):
    with serving(create_app(Settings(), store=store)) as url:
        yield url


def test_an_openrefine_style_sequence_over_http(base):
    with httpx.Client(base_url=base, timeout=30) as http:
        # 1. OpenRefine reads the manifest when the service is added.
        manifest = http.get("/reconcile").json()
        assert_valid(manifest, "manifest")
        assert manifest["identifierSpace"] == "https://w3id.org/mkg/id/"
        assert {t["id"] for t in manifest["defaultTypes"]} >= {"Organisation", "Market", "Segment", "Region", "Country"}
        # 2. It suggests types for the column, then reconciles a batch with a type and a property constraint.
        types = http.get("/reconcile/suggest/type", params={"prefix": "org"}).json()
        assert_valid(types, "suggest-types-response")
        assert types["result"][0]["id"] == "Organisation"
        batch = {"queries": [
            {"type": "Organisation", "limit": 3, "conditions": [
                {"matchType": "name", "propertyValue": "Fortis Healthcare"},
                {"matchType": "property", "propertyId": "country", "propertyValue": "India"}]},
            {"type": "Organisation", "conditions": [{"matchType": "name", "propertyValue": "Mayo Clinic"}]},
            {"type": "Organisation", "conditions": [{"matchType": "name", "propertyValue": "Acme Widgets Inc."}]},
            {"type": "Region", "conditions": [{"matchType": "name", "propertyValue": "APAC"}]},
            {"type": "Country", "conditions": [{"matchType": "name", "propertyValue": "the UK"}]},
            {"type": "Market", "conditions": [{"matchType": "name", "propertyValue": "medical second opinion market"}]},
        ]}
        assert_valid(batch, "reconciliation-query-batch")
        results = http.post("/reconcile/match", json=batch).json()
        assert_valid(results, "reconciliation-result-batch")
        fortis, mayo, acme, apac, uk, market = (r["candidates"] for r in results["results"])
        assert fortis[0]["id"] == "org/fortis-healthcare" and fortis[0]["match"] is True
        assert {f["id"]: f["value"] for f in fortis[0]["features"]} == {"name": 1.0, "country": 1.0}
        assert mayo[0]["id"] == "org/mayo-clinic" and mayo[0]["match"] is True
        assert not any(c["match"] for c in acme)
        assert apac[0]["id"] == "region/asia-pacific" and apac[0]["match"] is True
        assert uk[0]["id"] == "country/GB" and uk[0]["match"] is True
        assert market[0]["id"] == "market/medical-second-opinion" and market[0]["match"] is True
        # 3. A person hovers a candidate (preview) and types into the search box (suggest).
        preview = http.get("/reconcile/preview", params={"id": "org/fortis-healthcare"})
        assert preview.status_code == 200 and preview.headers["content-type"].startswith("text/html")
        assert "Fortis Healthcare" in preview.text and "Q7810035" in preview.text
        assert http.get("/reconcile/preview", params={"id": "org/nobody"}).status_code == 404
        suggested = http.get("/reconcile/suggest/entity", params={"prefix": "fort", "type": "Organisation"}).json()
        assert_valid(suggested, "suggest-entities-response")
        assert suggested["result"][0]["id"] == "org/fortis-healthcare"
        properties = http.get("/reconcile/suggest/property", params={"prefix": "count"}).json()
        assert_valid(properties, "suggest-properties-response")
        # 4. Data extension: propose properties, then fetch countries, Wikidata ids and markets.
        proposal = http.get("/reconcile/extend/propose", params={"type": "Organisation"}).json()
        assert_valid(proposal, "data-extension-property-proposal")
        query = {"ids": ["org/fortis-healthcare", "org/mayo-clinic", "org/nobody"],
                 "properties": [{"id": "country"}, {"id": "wikidata"}, {"id": "markets"}]}
        assert_valid(query, "data-extension-query")
        extended = http.post("/reconcile/extend", json=query).json()
        assert_valid(extended, "data-extension-response")
        values = {row["id"]: {p["id"]: [v["str"] for v in p["values"]] for p in row["properties"]} for row in extended["rows"]}
        assert values["org/fortis-healthcare"] == {"country": ["IN"], "wikidata": ["Q7810035"],
                                                   "markets": ["Medical Second Opinion"]}
        assert values["org/mayo-clinic"]["wikidata"] == ["Q1130172"]
        assert values["org/nobody"] == {"country": [], "wikidata": [], "markets": []}


def test_openrefines_older_form_encoded_requests(base):
    queries = {"q0": {"query": "Fortis Healthcare", "type": "Organisation", "limit": 3,
                      "properties": [{"pid": "country", "v": "IN"}]},
               "q1": {"query": "Fortis Healthcare", "type": "Organisation", "properties": [{"pid": "country", "v": "US"}]}}
    answer = httpx.post(f"{base}/reconcile", data={"queries": json.dumps(queries)}, timeout=30).json()
    assert_valid(answer, "reconciliation-result-batch", "0.2")
    assert answer["q0"]["result"][0]["id"] == "org/fortis-healthcare" and answer["q0"]["result"][0]["match"] is True
    # The wrong country lowers the score below a match, but the name still finds it.
    assert answer["q1"]["result"][0]["id"] == "org/fortis-healthcare" and answer["q1"]["result"][0]["match"] is False
    extend = {"ids": ["org/apollo-hospitals"], "properties": [{"id": "country"}]}
    extended = httpx.post(f"{base}/reconcile", data={"extend": json.dumps(extend)}, timeout=30).json()
    assert_valid(extended, "data-extension-response", "0.2")
    assert extended["rows"] == {"org/apollo-hospitals": {"country": [{"str": "IN"}]}}


@pytest.mark.parametrize("body, status", [
    ({"queries": [{"conditions": []}]}, 400),
    ({"queries": [{"type": "Planet", "conditions": [{"matchType": "name", "propertyValue": "x"}]}]}, 400),
    ({"nothing": 1}, 400),
])
def test_malformed_batches_are_refused_with_400(base, body, status):
    assert httpx.post(f"{base}/reconcile/match", json=body, timeout=30).status_code == status
