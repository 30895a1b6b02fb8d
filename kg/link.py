"""Linking facts: external identifiers for the entities reports name, with the table as provenance.

The table (``kg/data/linking.yaml``) resolves names as reports write them ("Fortis Hospitals Group")
to one shared IRI, and ``linking_graph`` states what it knows about them (headquarters country,
ISO 3166, UN M49, ICD-11, MeSH, Wikidata, ISO 4217) in the linking named graph.

>>> table = LinkingTable.load()
>>> str(table.organisation("Fortis Hospitals Group"))
'https://w3id.org/mkg/id/org/fortis-healthcare'
>>> table.knows_organisation("Acme Widgets")
False
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from rdflib import DCTERMS, RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import PROV, SKOS

from kg import iri
from kg.paths import DATA_DIR
from kg.vocab import MKG

SCHEMA = URIRef("https://schema.org/")


def _schema(term: str) -> URIRef:
    return URIRef(str(SCHEMA) + term)


@dataclass(frozen=True)
class LinkingTable:
    """The linking table, indexed by every name and alias (compared by slug)."""

    data: dict[str, Any]
    _orgs: dict[str, dict] = field(default_factory=dict, repr=False)
    _regions: dict[str, dict] = field(default_factory=dict, repr=False)
    _conditions: dict[str, dict] = field(default_factory=dict, repr=False)
    _countries: dict[str, dict] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        for section, index in (
            ("organisations", self._orgs),
            ("report_regions", self._regions),
            ("conditions", self._conditions),
            ("countries", self._countries),
        ):
            for row in self.data.get(section, []):
                for name in [row["name"], *row.get("aliases", [])]:
                    index[iri.slug(name)] = row

    @classmethod
    def load(cls, path: str | Path | None = None) -> LinkingTable:
        """Read a linking table; the project's own by default."""
        return _default_table() if path is None else cls(yaml.safe_load(Path(path).read_text("utf-8")))

    # -------------------------------------------------------------- resolving names to shared IRIs

    def knows_organisation(self, name: str) -> bool:
        return iri.slug(name) in self._orgs

    def organisation(self, name: str) -> URIRef:
        row = self._orgs.get(iri.slug(name))
        return iri.organisation(row["name"] if row else name)

    def knows_region(self, name: str) -> bool:
        return iri.slug(name) in self._regions or iri.slug(name) in self._countries

    def region(self, name: str) -> URIRef:
        if (row := self._countries.get(iri.slug(name))) is not None:
            return iri.country(row["iso2"])
        row = self._regions.get(iri.slug(name))
        return iri.region(row["name"] if row else name)

    def condition(self, name: str) -> URIRef | None:
        row = self._conditions.get(iri.slug(name))
        return iri.condition(row["name"]) if row else None

    def countries(self) -> list[dict]:
        return list(self.data.get("countries", []))


@cache
def _default_table() -> LinkingTable:
    return LinkingTable(yaml.safe_load((DATA_DIR / "linking.yaml").read_text("utf-8")))


def linking_graph(table: LinkingTable | None = None) -> Graph:
    """The linking table as RDF: every node it describes is ``prov:wasDerivedFrom`` the table.

    >>> g = linking_graph()
    >>> (iri.country("IN"), MKG.iso3166Alpha2, Literal("IN")) in g
    True
    """
    table = table or LinkingTable.load()
    g = Graph()
    g.bind("mkg", str(MKG))
    source = table.data["source"]
    src = iri.LINKING_SOURCE
    g.add((src, RDF.type, PROV.Entity))
    g.add((src, DCTERMS.title, Literal(source["title"], lang="en")))
    g.add((src, DCTERMS.description, Literal(source["description"].strip(), lang="en")))

    def describe(node: URIRef, kind: URIRef, label: str, row: dict) -> None:
        g.add((node, RDF.type, kind))
        g.add((node, RDFS.label, Literal(label)))
        g.add((node, PROV.wasDerivedFrom, src))
        for alias in row.get("aliases", []):
            if alias != label:
                g.add((node, SKOS.altLabel, Literal(alias)))
        if "verification" in row:
            g.add((node, MKG.verification, Literal(str(row["verification"]))))
        if "note" in row:
            g.add((node, SKOS.note, Literal(row["note"], lang="en")))

    for row in table.data.get("m49_regions", []):
        node = iri.m49(row["code"])
        describe(node, MKG.Region, row["name"], row)
        g.add((node, MKG.m49Code, Literal(row["code"])))
        for parent in row.get("within", []):
            g.add((node, MKG.withinRegion, iri.m49(parent)))
        if "wikidata" in row:
            g.add((node, SKOS.exactMatch, iri.wikidata(row["wikidata"])))

    for row in table.data.get("report_regions", []):
        node = iri.region(row["name"])
        describe(node, MKG.Region, row["name"], row)
        if "wikidata" in row:
            g.add((node, SKOS.closeMatch, iri.wikidata(row["wikidata"])))
        if "close_match" in row:
            g.add((node, SKOS.closeMatch, iri.m49(row["close_match"])))
        for part in row.get("contains", []):
            g.add((iri.m49(part), MKG.withinRegion, node))

    for row in table.data.get("countries", []):
        node = iri.country(row["iso2"])
        describe(node, MKG.Country, row["name"], row)
        g.add((node, MKG.iso3166Alpha2, Literal(row["iso2"])))
        g.add((node, MKG.iso3166Alpha3, Literal(row["iso3"])))
        g.add((node, MKG.iso3166Numeric, Literal(row["numeric"])))
        g.add((node, MKG.m49Code, Literal(row["m49"])))
        g.add((node, _schema("sameAs"), iri.wikidata(row["wikidata"])))
        for parent in row.get("within", []):
            g.add((node, MKG.withinRegion, iri.m49(parent)))

    for row in table.data.get("organisations", []):
        node = iri.organisation(row["name"])
        describe(node, MKG.Organisation, row["name"], row)
        g.add((node, _schema("name"), Literal(row["name"])))
        if "headquarters" in row:
            g.add((node, MKG.headquartersAsWritten, Literal(row["headquarters"])))
        if "country" in row:
            g.add((node, MKG.headquarteredIn, iri.country(row["country"])))
        if "wikidata" in row:
            g.add((node, _schema("sameAs"), iri.wikidata(row["wikidata"])))
        if "ror" in row:
            g.add((node, MKG.rorId, Literal(row["ror"])))
            g.add((node, _schema("sameAs"), iri.ror(row["ror"])))
        if "website" in row:
            g.add((node, _schema("url"), Literal(row["website"])))

    for row in table.data.get("conditions", []):
        node = iri.condition(row["name"])
        describe(node, MKG.Condition, row["name"], row)
        g.add((node, SKOS.prefLabel, Literal(row["name"], lang="en")))
        if "wikidata" in row:
            g.add((node, SKOS.closeMatch, iri.wikidata(row["wikidata"])))
        if "mesh" in row:
            g.add((node, MKG.meshId, Literal(row["mesh"])))
            g.add((node, SKOS.closeMatch, iri.mesh(row["mesh"])))
        for match in row.get("icd11", []):
            g.add((node, SKOS[match["match"]], iri.icd11(match["foundation"])))
            if "code" in match:
                g.add((node, MKG.icd11Code, Literal(match["code"])))

    for row in table.data.get("currencies", []):
        node = iri.currency(row["code"])
        describe(node, MKG.Currency, row["name"], row)
        g.add((node, MKG.iso4217Code, Literal(row["code"])))
        g.add((node, MKG.iso4217Numeric, Literal(row["numeric"])))
        g.add((node, SKOS.closeMatch, iri.wikidata(row["wikidata"])))
    return g


