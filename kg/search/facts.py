"""Step 1 of search: the searchable facts of the store's reports, read back from the graph with SPARQL.

The index is derived from the store, never from cards on the side, so whatever the store holds
(curated, extracted, updated over SPARQL) is what search finds. A fact is one node of a report graph
with a ``mkg:primarySpan`` (drivers, restraints, trends, opportunities, developments, segments,
ranking claims, key players, cited statistics, stated figures and growth rates), plus one ``market``
fact per report (the market's name as the report writes it).

>>> from kg.pipeline import build_store, shipped_cards
>>> from kg.store import OxigraphStore
>>> store = OxigraphStore(); _ = build_store(shipped_cards(), store, reasoning=False)
>>> reports = report_facts(store)
>>> [f.text for f in reports[0].facts if f.type == "restraint"][1]
'High cost of second opinion services'
>>> reports[0].publisher, reports[0].year, reports[0].market
('Coherent Market Insights', 2024, 'Medical Second Opinion')
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

import pyoxigraph as ox

from kg import iri
from kg.store import Store

#: The fact types a search can be narrowed to, from the ontology class each comes from.
FACT_TYPES: dict[str, str] = {
    "Driver": "driver", "Restraint": "restraint", "Trend": "trend", "Opportunity": "opportunity",
    "Development": "development", "Segment": "segment", "KeyPlayerRole": "player",
    "LargestShareClaim": "claim", "FastestGrowthClaim": "claim", "MajorContributorClaim": "claim",
    "CitedStatistic": "statistic", "MarketSizeFigure": "value", "GrowthRate": "growth-rate",
    "MarketReport": "market",
}
TYPES: tuple[str, ...] = tuple(dict.fromkeys(FACT_TYPES.values()))
CLAIM_WORDS = {"LargestShareClaim": "largest share", "FastestGrowthClaim": "fastest growth",
               "MajorContributorClaim": "major contributor"}

PREFIXES = """PREFIX mkg: <https://w3id.org/mkg/ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX schema: <https://schema.org/>
PREFIX prov: <http://www.w3.org/ns/prov#>
"""

REPORTS_QUERY = PREFIXES + """
SELECT ?g ?id ?digest ?report ?marketName ?market ?publisher ?date ?quote WHERE {
  GRAPH ?g { ?report a mkg:MarketReport ; mkg:reportId ?id ; mkg:cardDigest ?digest ; mkg:marketName ?marketName ;
                     mkg:market ?market .
    OPTIONAL { ?report schema:datePublished ?date }
    OPTIONAL { ?report prov:wasDerivedFrom ?span . ?span mkg:quote ?quote } }
  OPTIONAL { ?report schema:publisher ?org . ?org rdfs:label ?publisher }
}"""

REGIONS_QUERY = PREFIXES + """
SELECT ?g ?label WHERE {
  GRAPH ?g { ?report a mkg:MarketReport ; mkg:coversRegion ?region }
  { ?region rdfs:label ?label } UNION { ?region skos:altLabel ?label } UNION { ?region skos:prefLabel ?label }
}"""

# From this many reports (and half the store or more), one query over every graph reads the facts.
WHOLE_STORE_MIN_REPORTS = 1000
FACTS_QUERY = PREFIXES + """
SELECT ?g ?fact ?class ?summary ?label ?written ?amount ?subject ?subjectLabel ?quote WHERE {
  GRAPH ?g {
    ?fact mkg:primarySpan ?span ; a ?class .
    ?span mkg:quote ?quote .
    FILTER NOT EXISTS { ?fact mkg:isDerived true }
    OPTIONAL { ?fact mkg:summary ?summary }
    OPTIONAL { ?fact skos:prefLabel ?label }
    OPTIONAL { ?fact mkg:nameAsWritten ?written }
    OPTIONAL { ?fact mkg:amountAsWritten ?amount }
    OPTIONAL { ?fact mkg:subject ?subject . OPTIONAL { ?subject skos:prefLabel ?subjectLabel } }
  }
}"""
SUBJECT_LABELS_QUERY = PREFIXES + """
SELECT ?subject ?label WHERE { GRAPH ?g { ?claim mkg:subject ?subject . ?claim mkg:primarySpan ?span }
                               ?subject rdfs:label ?label }"""


@dataclass(frozen=True)
class Fact:
    """One searchable fact: ``key`` is unique in the index; ``iri`` is the node a client can look up."""

    key: str
    iri: str
    type: str
    text: str
    quote: str
    report: str

    @property
    def content(self) -> str:
        """What the dense encoder reads: the fact in the report's words, without the rest of its sentence
        (shorter input encodes faster, and the sentence's other clauses would blur the meaning)."""
        return self.text


@dataclass
class ReportFacts:
    """A report's searchable facts and what filters match on."""

    report: str
    digest: str
    market: str
    market_iri: str
    publisher: str | None = None
    year: int | None = None
    regions: list[str] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)


def report_digests(store: Store) -> dict[str, str]:
    """Report id → card digest of every report in the store: what the index must hold."""
    rows = store.query(PREFIXES + "SELECT ?id ?digest WHERE { GRAPH ?g { ?r a mkg:MarketReport ; "
                                  "mkg:reportId ?id ; mkg:cardDigest ?digest } }").rows
    return {r["id"].value: r["digest"].value for r in rows}


def report_facts(store: Store, report_ids: Iterable[str] | None = None) -> list[ReportFacts]:
    """The searchable facts of the given reports (default: every report in the store), sorted by report.

    A report id that is not in the store is left out."""
    return [report for batch in report_fact_batches(store, report_ids) for report in batch]


def report_fact_batches(store: Store, report_ids: Iterable[str] | None = None,
                        batch_size: int = 2000) -> Iterator[list[ReportFacts]]:
    """``report_facts`` in batches of ``batch_size`` reports, so a sync of many reports holds one batch at a time.

    The report, region and label rows come from one query each over the whole store (selective patterns),
    read once for all batches. Each report graph's facts are read from its triples (``_fact_rows``), or, when
    most of the store is asked for,
    all in one query over every graph, which costs a third as much per report.
    """
    wanted = None if report_ids is None else set(report_ids)
    by_graph: dict[str, ReportFacts] = {}
    all_reports = 0
    for row in store.query(REPORTS_QUERY).rows:
        g = row["g"].value
        if g in by_graph:
            continue
        all_reports += 1
        if wanted is not None and row["id"].value not in wanted:
            continue
        date = row.get("date")
        report = ReportFacts(report=row["id"].value, digest=row["digest"].value, market=row["marketName"].value,
                             market_iri=row["market"].value,
                             publisher=row["publisher"].value if "publisher" in row else None,
                             year=int(date.value[:4]) if date is not None and date.value[:4].isdigit() else None)
        quote = row["quote"].value if "quote" in row else report.market
        report.facts.append(Fact(key=row["report"].value, iri=report.market_iri, type="market",
                                 text=report.market, quote=quote, report=report.report))
        by_graph[g] = report
    if not by_graph:
        return
    regions: dict[str, set[str]] = defaultdict(set)
    for row in store.query(REGIONS_QUERY).rows:
        if row["g"].value in by_graph:
            regions[row["g"].value].add(row["label"].value)
    shared_labels = {row["subject"].value: row["label"].value for row in store.query(SUBJECT_LABELS_QUERY).rows}
    whole_store_rows: dict[str, list[dict]] | None = None
    if len(by_graph) > WHOLE_STORE_MIN_REPORTS and len(by_graph) >= all_reports / 2:
        whole_store_rows = defaultdict(list)
        for row in store.query(FACTS_QUERY).rows:
            if row["g"].value in by_graph:
                whole_store_rows[row["g"].value].append(row)
    ordered = sorted(by_graph.items(), key=lambda item: item[1].report)
    for start in range(0, len(ordered), batch_size):
        batch = []
        for g, report in ordered[start:start + batch_size]:
            if whole_store_rows is not None:
                rows = whole_store_rows.pop(g, [])
            else:
                rows = _fact_rows(ox.parse(store.graph_ntriples(g), format=ox.RdfFormat.N_TRIPLES))
            _add_fact_rows(report, rows, shared_labels)
            report.regions = sorted(regions.get(g, ()))
            batch.append(report)
        yield batch


def _add_fact_rows(report: ReportFacts, rows: Iterable[dict], shared_labels: dict[str, str]) -> None:
    seen: set[str] = set()
    for row in rows:
        kind = row["class"].value.rsplit("#", 1)[-1]
        fact_iri = row["fact"].value
        if kind not in FACT_TYPES or kind == "MarketReport" or fact_iri in seen:
            continue
        seen.add(fact_iri)
        quote = row["quote"].value
        text = next((row[k].value for k in ("summary", "written", "label", "amount") if k in row), None)
        if kind in CLAIM_WORDS:
            subject = row["subjectLabel"].value if "subjectLabel" in row else \
                shared_labels.get(row["subject"].value, quote) if "subject" in row else quote
            text = f"{subject}: {CLAIM_WORDS[kind]}"
        report.facts.append(Fact(key=fact_iri, iri=fact_iri, type=FACT_TYPES[kind], text=text or quote,
                                 quote=quote, report=report.report))
    report.facts.sort(key=lambda f: f.key)


_MKG = "https://w3id.org/mkg/ns#"
_ROW_PROPERTIES = {_MKG + "summary": "summary", "http://www.w3.org/2004/02/skos/core#prefLabel": "label",
                   _MKG + "nameAsWritten": "written", _MKG + "amountAsWritten": "amount", _MKG + "subject": "subject"}
_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


def _fact_rows(triples: Iterable[ox.Triple]) -> list[dict]:
    """What ``FACTS_QUERY`` answers for one graph, read from its triples: one row per fact and class (a test holds
    the two to the same facts)."""
    by_subject: dict = defaultdict(lambda: defaultdict(list))
    for triple in triples:
        by_subject[triple.subject][triple.predicate.value].append(triple.object)
    rows = []
    for fact, values in by_subject.items():
        spans = values.get(_MKG + "primarySpan")
        if not spans or any(getattr(o, "value", None) == "true" for o in values.get(_MKG + "isDerived", ())):
            continue
        quotes = by_subject.get(spans[0], {}).get(_MKG + "quote")
        if not quotes:
            continue
        row = {"fact": fact, "quote": quotes[0]}
        for predicate, name in _ROW_PROPERTIES.items():
            if values.get(predicate):
                row[name] = values[predicate][0]
        if "subject" in row:
            label = by_subject.get(row["subject"], {}).get("http://www.w3.org/2004/02/skos/core#prefLabel")
            if label:
                row["subjectLabel"] = label[0]
        rows.extend({**row, "class": cls} for cls in values.get(_TYPE, ()))
    return rows
