"""Every IRI the graph mints dereferences here: 303 from the thing to a document about it, chosen by Accept."""

from __future__ import annotations

import json

import pytest
from rdflib import RDFS, Graph, Literal, URIRef

from kg.settings import Settings
from service.app import create_app

APOLLO = "https://w3id.org/mkg/id/org/apollo-hospitals"
INDIA = URIRef("https://w3id.org/mkg/id/country/IN")


@pytest.mark.parametrize("accept, location, rdflib_format", [
    ("text/turtle", "/data/org/apollo-hospitals.ttl", "turtle"),
    ("application/ld+json", "/data/org/apollo-hospitals.jsonld", "json-ld"),
    ("application/n-triples", "/data/org/apollo-hospitals.nt", "nt"),
])
def test_an_organisation_iri_gives_its_description_with_labels_of_what_it_links_to(seed_client, accept, location, rdflib_format):
    redirect = seed_client.get("/id/org/apollo-hospitals", headers={"Accept": accept}, follow_redirects=False)
    assert redirect.status_code == 303 and redirect.headers["location"] == location
    assert "Accept" in redirect.headers["vary"]
    answer = seed_client.get(location)
    assert answer.status_code == 200 and answer.headers["content-type"].startswith(accept)
    g = Graph().parse(data=answer.text, format=rdflib_format)
    assert (URIRef(APOLLO), RDFS.label, Literal("Apollo Hospitals")) in g
    assert (URIRef(APOLLO), URIRef("https://w3id.org/mkg/ns#headquarteredIn"), INDIA) in g
    assert (INDIA, RDFS.label, Literal("India")) in g  # the label of what it links to


def test_a_browser_gets_the_page_and_the_negotiated_document_names_its_file(seed_client):
    page = seed_client.get("/id/org/apollo-hospitals", headers={"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"},
                           follow_redirects=False)
    assert page.status_code == 303 and page.headers["location"] == "/page/org/apollo-hospitals"
    html = seed_client.get("/page/org/apollo-hospitals")
    assert html.status_code == 200 and "<h1>Apollo Hospitals</h1>" in html.text
    assert 'rel="alternate"' in html.headers["link"] and 'type="text/turtle" href="/data/org/apollo-hospitals.ttl"' in html.text
    negotiated = seed_client.get("/data/org/apollo-hospitals", headers={"Accept": "application/ld+json"})
    assert negotiated.headers["content-location"] == "/data/org/apollo-hospitals.jsonld"
    assert negotiated.headers["vary"].startswith("Accept")
    assert any(node.get("@id") == APOLLO for node in json.loads(negotiated.text))


def test_unknown_iris_are_404_and_unacceptable_formats_406(seed_client):
    missing = seed_client.get("/id/org/no-such-organisation", headers={"Accept": "text/html"})
    assert missing.status_code == 404 and "no-such-organisation" in missing.text
    assert seed_client.get("/page/org/no-such-organisation").status_code == 404
    assert seed_client.get("/data/org/no-such-organisation.ttl").status_code == 404
    assert seed_client.get("/id/org/apollo-hospitals", headers={"Accept": "image/png"}, follow_redirects=False).status_code == 406
    for not_an_iri in ("/id/org/a%20b", "/page/org/a%20b", "/data/org/a%20b.ttl", "/page/x%3Cy%3E"):
        assert seed_client.get(not_an_iri, headers={"Accept": "text/html"}).status_code == 404, not_an_iri


def test_every_minted_iri_of_the_seed_report_has_a_page(seed_client, store):
    rows = store.query("SELECT DISTINCT ?s WHERE { ?s ?p ?o FILTER STRSTARTS(STR(?s), 'https://w3id.org/mkg/id/') }").rows
    subjects = sorted(r["s"].value for r in rows)
    assert len(subjects) > 100
    for subject in subjects[::7]:  # a spread of them: report facts, spans, organisations, places
        rest = subject.removeprefix("https://w3id.org/mkg/id/")
        assert seed_client.get(f"/page/{rest}").status_code == 200, subject
        assert seed_client.get(f"/data/{rest}.nt").status_code == 200, subject


def test_the_iri_base_is_a_setting(store):
    """A deployment under another namespace resolves that namespace's IRIs at /id/…"""
    from fastapi.testclient import TestClient

    client = TestClient(create_app(Settings(id_base="https://example.org/other/"), store=store))
    assert client.get("/id/org/apollo-hospitals", headers={"Accept": "text/turtle"}, follow_redirects=False).status_code == 404
    assert client.get("/").status_code == 200


def test_report_page_marks_every_fact_in_the_text(seed_client):
    html = seed_client.get("/page/report/000_67218fe0b33be073").text
    assert 'id="span-' in html and 'class="src' in html
    assert "USD 7.12 billion" in html and "USD 20.45 billion" in html
    # Every fact link lands on a mark of the text.
    import re

    anchors = set(re.findall(r'data-anchor="(span-\d+-\d+)"', html))
    marks = set(re.findall(r'<mark id="(span-\d+-\d+)"', html))
    assert anchors and anchors <= marks, anchors - marks
