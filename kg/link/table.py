"""The linking table: names as reports write them → shared IRIs, and what linking data says about them.

``kg/data/linking.yaml`` holds the checked organisations and conditions; places and currencies come from
``kg.link.places``; organisation names resolve through ``kg.link.organisations``. ``linking_graph``
states all of it in the linking named graph, each node citing its source (the table, or the places data).

>>> table = LinkingTable.load()
>>> str(table.organisation("Fortis Hospitals Group"))
'https://w3id.org/mkg/id/org/fortis-healthcare'
>>> table.knows_organisation("Acme Widgets")
False
>>> str(table.region("the UK")), str(table.region("APAC")), str(table.region("Southern Asia"))
('https://w3id.org/mkg/id/country/GB', 'https://w3id.org/mkg/id/region/asia-pacific', 'https://w3id.org/mkg/id/m49/034')
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path
from typing import Any

import yaml
from rdflib import DCTERMS, RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import PROV, SKOS

from kg import iri
from kg.link.organisations import OrganisationResolver, Overrides
from kg.link.places import Places
from kg.paths import DATA_DIR
from kg.vocab import MKG

SCHEMA = URIRef("https://schema.org/")


def _schema(term: str) -> URIRef:
    return URIRef(str(SCHEMA) + term)


@dataclass(frozen=True)
class LinkingTable:
    """The linking table, with organisation names resolved by normal form and place names by ``Places``."""

    data: dict[str, Any]
    overrides: Overrides | None = None
    _conditions: dict[str, dict] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        for row in self.data.get("conditions", []):
            for name in [row["name"], *row.get("aliases", [])]:
                self._conditions[iri.slug(name)] = row

    @classmethod
    def load(cls, path: str | Path | None = None) -> LinkingTable:
        """Read a linking table; the project's own by default."""
        return _default_table() if path is None else cls(yaml.safe_load(Path(path).read_text("utf-8")))

    @cached_property
    def resolver(self) -> OrganisationResolver:
        return OrganisationResolver.load(self.data.get("organisations", []), self.overrides)

    @property
    def places(self) -> Places:
        return Places.load()

    # -------------------------------------------------------------- resolving names to shared IRIs

    def knows_organisation(self, name: str) -> bool:
        return self.resolver.known_name(name) is not None

    def organisation(self, name: str) -> URIRef:
        return self.resolver.resolve(name)

    def organisation_label(self, name: str) -> str | None:
        """The label the linking data gives the organisation ``name`` refers to; None when the table does not know it."""
        return self.resolver.known_name(name)

    def knows_region(self, name: str) -> bool:
        return self.place(name)[1] is not None

    def region(self, name: str) -> URIRef:
        """A country, a report region or an M49 region, by the name a report writes; else a report-local region."""
        return self.place(name)[0]

    def place(self, name: str) -> tuple[URIRef, str | None]:
        """The IRI ``region`` gives ``name``, and the label the linking data gives that place (None when ``name`` is
        no known place: the report-local region is labelled by the report)."""
        # The order decides a name that is two kinds of place: a report region first, then a country, then M49.
        places = self.places
        if (region := places.report_region(name)) is not None:
            return iri.region(region.name), region.name
        if (country := places.country(name)) is not None:
            return iri.country(country.alpha2), country.name
        if (m49 := places.m49_region(name)) is not None:
            return iri.m49(m49.code), m49.name
        return iri.region(name), None

    def country(self, name: str) -> URIRef | None:
        country = self.places.country(name)
        return iri.country(country.alpha2) if country else None

    def condition(self, name: str) -> URIRef | None:
        row = self._conditions.get(iri.slug(name))
        return iri.condition(row["name"]) if row else None


@cache
def _default_table() -> LinkingTable:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return LinkingTable(yaml.load((DATA_DIR / "linking.yaml").read_text("utf-8"), Loader=loader))


def linking_graph(table: LinkingTable | None = None) -> Graph:
    """The linking data as RDF: every node it describes is ``prov:wasDerivedFrom`` its source.

    >>> g = linking_graph()
    >>> (iri.country("IN"), MKG.iso3166Alpha2, Literal("IN")) in g
    True
    >>> (iri.country("JP"), MKG.withinRegion, iri.region("Asia Pacific")) in g
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

    def describe(node: URIRef, kind: URIRef, label: str, row: dict, origin: URIRef = src) -> None:
        g.add((node, RDF.type, kind))
        g.add((node, RDFS.label, Literal(label)))
        g.add((node, PROV.wasDerivedFrom, origin))
        for alias in row.get("aliases", []):
            if alias != label:
                g.add((node, SKOS.altLabel, Literal(alias)))
        if "verification" in row:
            g.add((node, MKG.verification, Literal(str(row["verification"]))))
        if row.get("note"):
            g.add((node, SKOS.note, Literal(row["note"], lang="en")))

    places_graph(g, table.places, describe)

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
    return g


def places_graph(g: Graph, places: Places, describe) -> None:
    """Countries (ISO 3166, M49, Wikidata), M49 regions, report regions with their members, ISO 4217 currencies."""
    origin = iri.PLACES_SOURCE
    g.add((origin, RDF.type, PROV.Entity))
    g.add((origin, DCTERMS.title, Literal("mkg places: pycountry (ISO 3166-1, ISO 4217), country_converter (UN M49 "
                                          "sub-regions, EU), UN M49 region codes, report regions, checked Wikidata items",
                                          lang="en")))
    for region in places.m49.values():
        node = iri.m49(region.code)
        describe(node, MKG.Region, region.name, {"note": region.note}, origin)
        g.add((node, MKG.m49Code, Literal(region.code)))
        for parent in region.within:
            g.add((node, MKG.withinRegion, iri.m49(parent)))
        if region.wikidata:
            g.add((node, SKOS.exactMatch, iri.wikidata(region.wikidata)))
    for region in places.report_regions.values():
        node = iri.region(region.name)
        describe(node, MKG.Region, region.name, {"aliases": list(region.aliases), "note": region.note}, origin)
        if region.wikidata:
            g.add((node, SKOS.closeMatch, iri.wikidata(region.wikidata)))
        if region.close_match:
            g.add((node, SKOS.closeMatch, iri.m49(region.close_match)))
        for member in sorted(region.members):
            g.add((iri.country(member), MKG.withinRegion, node))
    for country in places.countries.values():
        node = iri.country(country.alpha2)
        aliases = [name for name in (country.official_name,) if name and name != country.name]
        describe(node, MKG.Country, country.name, {"aliases": aliases}, origin)
        g.add((node, MKG.iso3166Alpha2, Literal(country.alpha2)))
        g.add((node, MKG.iso3166Alpha3, Literal(country.alpha3)))
        g.add((node, MKG.iso3166Numeric, Literal(country.numeric)))
        if country.m49_within:
            g.add((node, MKG.m49Code, Literal(country.numeric)))
            g.add((node, MKG.withinRegion, iri.m49(country.m49_within)))
        if country.wikidata:
            g.add((node, _schema("sameAs"), iri.wikidata(country.wikidata)))
    for node, key in place_name_keys(places):
        g.add((node, MKG.nameKey, Literal(key)))
    for currency in places.currencies.values():
        node = iri.currency(currency.code)
        describe(node, MKG.Currency, currency.name, {}, origin)
        g.add((node, MKG.iso4217Code, Literal(currency.code)))
        g.add((node, MKG.iso4217Numeric, Literal(currency.numeric)))


def place_name_keys(places: Places) -> list[tuple[URIRef, str]]:
    """Each place's names and aliases in lower case (``mkg:nameKey``), so that a query finds a place by name
    through the store's index instead of lower-casing every label. A name that is a report region's means that
    region only ("Europe" is the report region, not M49 150 of the same name); a name two report regions share
    means neither.

    >>> keys = place_name_keys(Places.load())
    >>> (iri.region("North America"), "north america") in keys, (iri.country("IN"), "republic of india") in keys
    (True, True)
    >>> [node for node, key in keys if key == "europe"] == [iri.region("Europe")]  # not M49 150 Europe
    True
    """
    named: dict[str, set[URIRef]] = {}
    report_named: dict[str, set[URIRef]] = {}
    for region in places.report_regions.values():
        for name in (region.name, *region.aliases):
            report_named.setdefault(name.lower(), set()).add(iri.region(region.name))
    for region in places.m49.values():
        named.setdefault(region.name.lower(), set()).add(iri.m49(region.code))
    for country in places.countries.values():
        for name in {country.name, country.official_name} - {None, ""}:
            named.setdefault(name.lower(), set()).add(iri.country(country.alpha2))
    pairs = [(node, key) for key, nodes in report_named.items() if len(nodes) == 1 for node in nodes]
    pairs += [(node, key) for key, nodes in named.items() if key not in report_named for node in nodes]
    return sorted(pairs)
