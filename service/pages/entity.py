"""An entity page's content: what the graph says about one resource (an organisation, market, segment, region,
country, or any fact), the names reports wrote it by, its external identifiers, and the facts of each report
that point at it.

>>> from kg.pipeline import seed_store
>>> page = load_entity(seed_store(), "https://w3id.org/mkg/id/org/apollo-hospitals")
>>> page.label, "http://www.wikidata.org/entity/Q4780321" in [i.iri for i in page.identifiers]
('Apollo Hospitals', True)
>>> sorted(page.names_as_written)
['Apollo Hospitals', 'Apollo Hospitals Enterprise Ltd']
>>> [r.market_name for r in page.reports]
['Medical Second Opinion']
>>> load_entity(seed_store(), "https://w3id.org/mkg/id/market/medical-second-opinion").names_as_written
['Medical Second Opinion']
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

import pyoxigraph as ox
from rdflib import RDF, RDFS, Literal, URIRef
from rdflib.namespace import OWL, SKOS

from kg import iri
from kg.describe import LABEL_PREDICATES, SCHEMA, describe_resource

MKG = "https://w3id.org/mkg/ns#"
# Links to the same thing elsewhere, shown as external identifiers.
IDENTITY = (SCHEMA.sameAs, OWL.sameAs, SKOS.exactMatch, SKOS.closeMatch, SKOS.broadMatch, URIRef(SCHEMA + "url"))
# Literal codes that identify the thing in a standard.
CODES = {URIRef(MKG + "iso3166Alpha2"): "ISO 3166-1 alpha-2", URIRef(MKG + "iso3166Alpha3"): "ISO 3166-1 alpha-3",
         URIRef(MKG + "iso3166Numeric"): "ISO 3166-1 numeric", URIRef(MKG + "m49Code"): "UN M49",
         URIRef(MKG + "iso4217Code"): "ISO 4217", URIRef(MKG + "meshId"): "MeSH", URIRef(MKG + "icd11Code"): "ICD-11",
         URIRef(MKG + "rorId"): "ROR"}
NAME_PREDICATES = (SKOS.altLabel, URIRef(MKG + "nameAsWritten"))
# The properties by which a fact names the entity, so that the fact's name-as-written is a name of the entity
# (a key player's role names its organisation; the same role only lies in a market).
NAMING = {MKG + "player", MKG + "subject", MKG + "actor", MKG + "market"}
MAX_MENTIONS = 500  # statements about an entity shown on its page; a country is named by many

_MENTIONS = f"""
PREFIX mkg: <{MKG}>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?g ?s ?p ?sType ?sLabel ?quote ?start ?end ?nameAsWritten ?amount ?percent ?year ?report ?marketName WHERE {{
  GRAPH ?g {{ ?s ?p ?resource .
    # mkg:namesPlayer and mkg:namesOrganisation are derived from the roles, which the page shows already.
    FILTER (?p NOT IN (mkg:namesPlayer, mkg:namesOrganisation))
    OPTIONAL {{ ?s a ?sType }}
    OPTIONAL {{ ?s rdfs:label|skos:prefLabel|mkg:summary ?sLabel }}
    OPTIONAL {{ ?s mkg:nameAsWritten|mkg:subjectName|mkg:actorName|mkg:marketName ?nameAsWritten }}
    OPTIONAL {{ ?s mkg:amount ?amount }} OPTIONAL {{ ?s mkg:percent ?percent }} OPTIONAL {{ ?s mkg:year|mkg:endYear ?year }}
    OPTIONAL {{ ?s mkg:primarySpan ?span . ?span mkg:quote ?quote ; mkg:startOffset ?start ; mkg:endOffset ?end }}
    OPTIONAL {{ ?report a mkg:MarketReport ; mkg:marketName ?marketName }}
  }}
}} LIMIT {MAX_MENTIONS}"""


@dataclass
class Value:
    """One object of a statement: an IRI (with its label when known) or a literal."""
    text: str
    iri: str | None = None


@dataclass
class Mention:
    """A statement of a report that points at the entity: which fact, by which property, in which words."""
    fact: str
    predicate: str
    kind: str
    label: str
    quote: str
    anchor: str = ""  # the quote's mark on the report page (span-<start>-<end>)
    predicates: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.predicates = self.predicates or [self.predicate]


@dataclass
class ReportMentions:
    report: str
    market_name: str
    mentions: list[Mention] = field(default_factory=list)


@dataclass
class EntityPage:
    """Everything the entity page (``entity.html``) shows about one resource."""
    iri: str
    label: str
    types: list[Value]
    properties: list[tuple[str, list[Value]]]  # predicate IRI → objects, in predicate order
    names_as_written: list[str]
    identifiers: list[Value]
    codes: list[tuple[str, str]]
    reports: list[ReportMentions]
    shared_mentions: list[Mention]  # statements outside report graphs (linking data, other entities)
    truncated: bool


def load_entity(store, resource: str) -> EntityPage | None:
    """The page of ``resource``, or None when the graph says nothing about it."""
    described = describe_resource(store, resource)
    subject = URIRef(resource)
    mentions = store.query(_MENTIONS, {"resource": ox.NamedNode(resource)}).rows
    if not len(described) and not mentions:
        return None

    def label_of(node) -> str | None:
        return next((str(described.value(node, p)) for p in LABEL_PREDICATES if described.value(node, p) is not None), None)

    def value(node) -> Value:
        if isinstance(node, Literal):
            return Value(str(node))
        return Value(label_of(node) or str(node), str(node))

    properties: dict[str, list[Value]] = defaultdict(list)
    for p, o in sorted(described.predicate_objects(subject), key=lambda po: (str(po[0]), str(po[1]))):
        if p != RDF.type:
            properties[str(p)].append(value(o))
    names = {str(o) for p in NAME_PREDICATES for o in described.objects(subject, p)}

    reports: dict[str, ReportMentions] = {}
    shared: list[Mention] = []
    for row in mentions:
        get = lambda k: row[k].value if row.get(k) is not None else ""  # noqa: E731
        if get("nameAsWritten") and get("p") in NAMING:
            names.add(get("nameAsWritten"))
        mention = Mention(get("s"), get("p"), get("sType").rsplit("#", 1)[-1], _fact_label(get), get("quote"),
                          f"span-{get('start')}-{get('end')}" if get("start") else "")
        report_id = iri.report_id_of_graph(get("g"))
        if report_id is None:
            if mention.fact != resource and all(m.fact != mention.fact or m.predicate != mention.predicate for m in shared):
                shared.append(mention)
            continue
        entry = reports.setdefault(get("g"), ReportMentions(str(iri.report(report_id)), get("marketName")))
        same = next((m for m in entry.mentions if m.fact == mention.fact), None)
        if same is None:
            entry.mentions.append(mention)
        elif mention.predicate not in same.predicates:  # one row per fact, with every property that points here
            same.predicates.append(mention.predicate)
    label = label_of(subject) or next(iter(sorted(names)), None) or resource.rsplit("/", 1)[-1]
    return EntityPage(
        iri=resource, label=label,
        types=[value(t) for t in sorted(described.objects(subject, RDF.type))],
        properties=sorted(properties.items()),
        names_as_written=sorted(names),
        identifiers=[_identifier(p, o) for p in IDENTITY for o in sorted(described.objects(subject, p))],
        codes=[(name, str(o)) for p, name in CODES.items() for o in described.objects(subject, p)],
        reports=[ReportMentions(r.report, r.market_name, sorted(r.mentions, key=lambda m: (m.kind, m.label, m.fact)))
                 for r in sorted(reports.values(), key=lambda r: r.report)],
        shared_mentions=sorted(shared, key=lambda m: (m.kind, m.label)), truncated=len(mentions) >= MAX_MENTIONS)


def _fact_label(get) -> str:
    """What to call a fact in a table: its label or words; a figure by its amount, a rate by its percent."""
    if get("sLabel"):
        return get("sLabel")
    if get("percent"):
        return f"{float(get('percent')):g}% CAGR to {get('year')}" if get("year") else f"{float(get('percent')):g}%"
    if get("amount"):
        return f"{float(get('amount')):g} ({get('year')})" if get("year") else get("amount")
    return get("nameAsWritten")


def _identifier(predicate, node) -> Value:
    """A link to the same thing elsewhere; a bare web address (``apollohospitals.com``) as an https link."""
    text = str(node)
    kind = predicate.rsplit("/", 1)[-1].rsplit("#", 1)[-1]
    target = text if text.startswith(("http://", "https://")) else f"https://{text}"
    return Value(f"{text} ({kind})", target)
