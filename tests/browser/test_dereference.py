"""An organisation's IRI dereferenced over real HTTP, as a Linked Data client does it: follow the 303, parse the Turtle."""

from __future__ import annotations

import httpx
from rdflib import RDFS, Graph, Literal, URIRef

APOLLO = URIRef("https://w3id.org/mkg/id/org/apollo-hospitals")


def test_an_organisation_iri_dereferences_as_turtle(live_server):
    iri_path = str(APOLLO).removeprefix("https://w3id.org/mkg")  # the IRI as served here: /id/org/…
    answer = httpx.get(live_server + iri_path, headers={"Accept": "text/turtle"}, follow_redirects=True)
    assert [r.status_code for r in answer.history] == [303] and answer.status_code == 200
    assert answer.headers["content-type"].startswith("text/turtle")
    assert "Accept" in answer.history[0].headers["vary"]
    graph = Graph().parse(data=answer.text, format="turtle")
    assert (APOLLO, RDFS.label, Literal("Apollo Hospitals")) in graph
