"""Readable, deterministic IRIs for everything mkg mints.

Instances live under ``https://w3id.org/mkg/id/``, named graphs under ``https://w3id.org/mkg/graph/``.
Shared entities (organisations, countries, regions, conditions, currencies, markets) get one IRI from
their name or code, whichever report mentions them; per-report facts live under the report's IRI.

>>> slug("M|O|C Cancer Care & Research Centre")
'm-o-c-cancer-care-research-centre'
>>> str(country("IN"))
'https://w3id.org/mkg/id/country/IN'
"""

from __future__ import annotations

import re
import unicodedata

from rdflib import URIRef

ID = "https://w3id.org/mkg/id/"
GRAPH = "https://w3id.org/mkg/graph/"

LINKING_GRAPH = URIRef(GRAPH + "linking")
ENTITIES_GRAPH = URIRef(GRAPH + "entities")
INFERRED_GRAPH = URIRef(GRAPH + "inferred")
ONTOLOGY_GRAPH = URIRef(GRAPH + "ontology")
# Counts over all reports that named queries read (mkg:namingReportCount), rebuilt with the inferences.
COUNTS_GRAPH = URIRef(GRAPH + "counts")
# Present only while derived graphs (the inferences) may be stale: written before reports change,
# dropped once they are rebuilt, so a crash in between is noticed by the next run.
STALE_GRAPH = URIRef(GRAPH + "stale")
LINKING_SOURCE = URIRef(ID + "source/linking-facts")
PLACES_SOURCE = URIRef(ID + "source/places")


def slug(text: str) -> str:
    """Lower-case ASCII words joined by hyphens; the same name always gives the same slug."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "x"


def report(report_id: str) -> URIRef:
    return URIRef(f"{ID}report/{report_id}")


def report_graph(report_id: str) -> URIRef:
    return URIRef(f"{GRAPH}report/{report_id}")


def report_id_of_graph(graph: str) -> str | None:
    prefix = GRAPH + "report/"
    return graph[len(prefix):] if graph.startswith(prefix) else None


def organisation(name: str) -> URIRef:
    return URIRef(f"{ID}org/{slug(name)}")


def market(name: str) -> URIRef:
    return URIRef(f"{ID}market/{slug(name)}")


def values_in_use(property_name: str) -> URIRef:
    """The shared node listing the values reports state for ``mkg:<property_name>`` (mkg:ValuesInUse)."""
    return URIRef(f"{ID}values-in-use/{property_name}")


def country(iso2: str) -> URIRef:
    return URIRef(f"{ID}country/{iso2.upper()}")


def m49(code: str) -> URIRef:
    return URIRef(f"{ID}m49/{code}")


def region(name: str) -> URIRef:
    return URIRef(f"{ID}region/{slug(name)}")


def condition(name: str) -> URIRef:
    return URIRef(f"{ID}condition/{slug(name)}")


def currency(code: str) -> URIRef:
    return URIRef(f"{ID}currency/{code.upper()}")


def wikidata(qid: str) -> URIRef:
    return URIRef(f"http://www.wikidata.org/entity/{qid}")


def icd11(foundation_id: str) -> URIRef:
    return URIRef(f"http://id.who.int/icd/entity/{foundation_id}")


def mesh(descriptor: str) -> URIRef:
    return URIRef(f"http://id.nlm.nih.gov/mesh/{descriptor}")


def ror(ror_id: str) -> URIRef:
    return URIRef(f"https://ror.org/{ror_id}")
