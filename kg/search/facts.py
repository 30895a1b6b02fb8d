"""Step 1 of search: the searchable facts of a report, read from the triples of its graph.

The index is derived from what the store holds, never from cards on the side, so whatever the store holds
(curated, extracted, updated over SPARQL) is what search finds. A fact is one node of a report graph
with a ``mkg:primarySpan`` (drivers, restraints, trends, opportunities, developments, segments,
ranking claims, key players, cited statistics, stated figures and growth rates), plus one ``market``
fact per report (the market's name as the report writes it).

One function reads a report graph's triples (:func:`draft_from_triples`), whoever has them: ingest's worker
processes from the quads they have just built (:func:`draft_from_built`, so the index need not read the report
back), and :func:`report_fact_batches` from the store (the repair path: a report written by SPARQL Update, a
remote engine, an index out of step). Names of the shared entities a report points at (its publisher, the
regions it covers, a region it makes a claim about) live in the shared graphs; :func:`resolve_drafts` looks
them up in the store for both paths, so both give the same facts for the same store.

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

import re
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
DIGESTS_QUERY = PREFIXES + "SELECT ?g ?id ?digest WHERE { GRAPH ?g { ?r a mkg:MarketReport ; mkg:reportId ?id ; mkg:cardDigest ?digest } }"
# A shared entity's names: rdfs:label is what a hit shows (publisher, claim subject); a region is matched by all.
NAMES_QUERY = PREFIXES + """
SELECT ?entity ?property ?name WHERE {
  VALUES ?property { rdfs:label skos:altLabel skos:prefLabel }
  ?entity ?property ?name
}"""
NAMES_PER_QUERY = 500  # entities per NAMES_QUERY (a VALUES block)

_MKG = "https://w3id.org/mkg/ns#"
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
_SKOS_PREF_LABEL = "http://www.w3.org/2004/02/skos/core#prefLabel"
_PROV_DERIVED_FROM = "http://www.w3.org/ns/prov#wasDerivedFrom"
_SCHEMA = "https://schema.org/"
# The properties of a fact node a fact's words can come from, and the row key each goes under.
_ROW_PROPERTIES = {_MKG + "summary": "summary", _SKOS_PREF_LABEL: "label", _MKG + "nameAsWritten": "written",
                   _MKG + "amountAsWritten": "amount", _MKG + "subject": "subject"}
_TEXT_KEYS = ("summary", "written", "label", "amount")  # the first present is the fact's text
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
# "In October 2025, ", "on 3 March, 2024 ", "in early 2023", "during Q2 2024,": a date with its preposition.
_DATE_PHRASE = re.compile(rf"\b(?:in|on|during|as of|since)\s+(?:(?:early|mid|late|q[1-4])[\s-]+)?(?:\d{{1,2}}\s+)?"
                          rf"(?:{_MONTH},?\s+)?(?:\d{{1,2}},?\s+)?(?:19|20)\d\d\b,?\s*", re.IGNORECASE)
_READ_PROPERTIES = frozenset({*_ROW_PROPERTIES, _RDF_TYPE, _MKG + "primarySpan", _MKG + "quote", _MKG + "startOffset",
                              _MKG + "isDerived", _MKG + "reportId", _MKG + "cardDigest", _MKG + "marketName",
                              _MKG + "market", _MKG + "coversRegion", _SCHEMA + "datePublished",
                              _SCHEMA + "publisher", _PROV_DERIVED_FROM})


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
        (shorter input encodes faster, and the sentence's other clauses would blur the meaning) and without
        its dates ("In October 2025, X opened a plant" reads as "X opened a plant"): a date carries no meaning a
        sentence model can match, full text still finds it, and the year filter is the report's.

        >>> Fact("k", "k", "development", "In October, 2025, Acme opened a plant in Ohio.", "", "r").content
        'Acme opened a plant in Ohio.'
        """
        return _DATE_PHRASE.sub("", self.text).strip() or self.text


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


@dataclass(frozen=True)
class ReportDraft:
    """A report's searchable facts as its own graph states them, with the shared entities it points at still
    IRIs (their names are in the shared graphs). Plain strings only: it crosses from ingest's worker processes.

    ``rows``: one per fact, ``fact``, ``class`` (the ontology class's local name), ``quote``, and, where the graph
    states them, ``summary``, ``label``, ``written``, ``amount``, ``subject`` and ``subjectLabel``.
    """

    report: str
    digest: str
    market: str
    market_iri: str
    market_quote: str
    publisher_iri: str | None
    year: int | None
    region_iris: tuple[str, ...]
    rows: tuple[dict[str, str], ...]

    def shared_iris(self) -> set[str]:
        """The shared entities whose names :meth:`resolve` needs."""
        wanted = set(self.region_iris)
        if self.publisher_iri is not None:
            wanted.add(self.publisher_iri)
        wanted.update(row["subject"] for row in self.rows
                      if row["class"] in CLAIM_WORDS and "subject" in row and "subjectLabel" not in row)
        return wanted

    def resolve(self, names: dict[str, dict[str, set[str]]]) -> ReportFacts:
        """The report's facts, with the names of shared entities from ``names`` (IRI → property → names; see
        :func:`shared_names`). Where an entity has several labels, the first in code-point order is taken, so
        the answer does not depend on the order a store returns them in."""

        def label(entity: str) -> str | None:
            labels = names.get(entity, {}).get(_RDFS_LABEL)
            return min(labels) if labels else None

        report = ReportFacts(report=self.report, digest=self.digest, market=self.market, market_iri=self.market_iri,
                             publisher=label(self.publisher_iri) if self.publisher_iri else None, year=self.year,
                             regions=sorted({n for r in self.region_iris for found in names.get(r, {}).values() for n in found}))
        report.facts.append(Fact(key=str(iri.report(self.report)), iri=self.market_iri, type="market", text=self.market,
                                 quote=self.market_quote, report=self.report))
        facts = []
        for row in self.rows:
            kind, quote = row["class"], row["quote"]
            text = next((row[k] for k in _TEXT_KEYS if k in row), None)
            if kind in CLAIM_WORDS:
                subject = row.get("subjectLabel") or (label(row["subject"]) if "subject" in row else None) or quote
                text = f"{subject}: {CLAIM_WORDS[kind]}"
            facts.append(Fact(key=row["fact"], iri=row["fact"], type=FACT_TYPES[kind], text=text or quote,
                              quote=quote, report=self.report))
        report.facts += sorted(facts, key=lambda f: f.key)
        return report


def draft_from_triples(triples: Iterable[ox.Triple]) -> ReportDraft | None:
    """A report graph's searchable facts (None if the graph holds no report).

    A fact node is one with a ``mkg:primarySpan`` whose span has a quote, of a class in ``FACT_TYPES``, and not
    derived (``mkg:isDerived true``: a value computed by mkg, not stated by the report). Where a node has several
    values for one property, the first in code-point order is taken, so the draft does not depend on the order
    the triples come in (a store's index order, or the builder's).
    """
    return _draft((t.subject, t.predicate, t.object) for t in triples)


def _draft(triples: Iterable[tuple]) -> ReportDraft | None:
    """``draft_from_triples`` of (subject, predicate, object) tuples."""
    by_subject: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for subject, predicate, obj in triples:
        predicate = predicate.value
        if predicate in _READ_PROPERTIES:  # the rest (offsets, periods, amounts …) say nothing search shows
            by_subject[subject.value][predicate].append(obj)

    def first(values: dict[str, list], predicate: str) -> str | None:
        found = values.get(predicate)
        if not found:
            return None
        return found[0].value if len(found) == 1 else min(term.value for term in found)

    report_iri = next((s for s, values in by_subject.items()
                       if any(o.value == _MKG + "MarketReport" for o in values.get(_RDF_TYPE, ()))), None)
    if report_iri is None:
        return None
    report = by_subject[report_iri]
    market = first(report, _MKG + "marketName") or ""
    date = first(report, _SCHEMA + "datePublished")
    rows = []
    for node, values in by_subject.items():
        span = first(values, _MKG + "primarySpan")
        quote = first(by_subject.get(span, {}), _MKG + "quote") if span else None
        if quote is None or first(values, _MKG + "isDerived") == "true":
            continue
        classes = sorted(c.value.rsplit("#", 1)[-1] for c in values.get(_RDF_TYPE, ()))
        kind = next((c for c in classes if c in FACT_TYPES and c != "MarketReport"), None)
        if kind is None:
            continue
        row = {"fact": node, "class": kind, "quote": quote}
        for predicate, name in _ROW_PROPERTIES.items():
            if (value := first(values, predicate)) is not None:
                row[name] = value
        if "subject" in row and (label := first(by_subject.get(row["subject"], {}), _SKOS_PREF_LABEL)) is not None:
            row["subjectLabel"] = label
        rows.append(row)
    return ReportDraft(report=first(report, _MKG + "reportId") or "", digest=first(report, _MKG + "cardDigest") or "",
                       market=market, market_iri=first(report, _MKG + "market") or "",
                       market_quote=_market_quote(market, report, by_subject),
                       publisher_iri=first(report, _SCHEMA + "publisher"),
                       year=int(date[:4]) if date is not None and date[:4].isdigit() else None,
                       region_iris=tuple(sorted({o.value for o in report.get(_MKG + "coversRegion", ())})),
                       rows=tuple(sorted(rows, key=lambda r: r["fact"])))


def _market_quote(market: str, report: dict[str, list], by_subject: dict[str, dict[str, list]]) -> str:
    """The words the market fact quotes: of the spans the report node is derived from (market, publisher, date,
    scope …), the earliest that names the market, else the earliest; the market's name if none."""
    spans = []
    for span in report.get(_PROV_DERIVED_FROM, ()):
        values = by_subject.get(span.value, {})
        quotes, starts = values.get(_MKG + "quote"), values.get(_MKG + "startOffset")
        if quotes:
            start = int(starts[0].value) if starts else 0
            spans.append((market.casefold() not in quotes[0].value.casefold(), start, quotes[0].value))
    return min(spans)[2] if spans else market


def draft_from_built(built) -> ReportDraft | None:
    """The draft of a report from the quads ingest built for it (``kg.build.BuiltReport``): run in ingest's worker
    processes, so indexing a report costs no read of it from the store."""
    own_graph = ox.NamedNode(str(iri.report_graph(built.report_id)))
    # The statements themselves: making a Triple of each and grouping them by graph cost a third of drafting.
    return _draft((s, p, o) for s, p, o, g in built.statements if g == own_graph)


def shared_names(store: Store, entities: Iterable[str]) -> dict[str, dict[str, set[str]]]:
    """IRI → property (rdfs:label, skos:altLabel, skos:prefLabel) → names, for each of ``entities`` the store names."""
    names: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    wanted = sorted(set(entities))
    for start in range(0, len(wanted), NAMES_PER_QUERY):
        chunk = wanted[start:start + NAMES_PER_QUERY]
        values = " ".join(f"<{entity}>" for entity in chunk)
        query = NAMES_QUERY.replace("VALUES ?property", f"VALUES ?entity {{ {values} }}\n  VALUES ?property")
        for row in store.query(query).rows:
            names[row["entity"].value][row["property"].value].add(row["name"].value)
    return names


def resolve_drafts(store: Store, drafts: Iterable[ReportDraft]) -> list[ReportFacts]:
    """Each draft's facts, the names of shared entities looked up in ``store`` (one query per 500 entities)."""
    drafts = list(drafts)
    names = shared_names(store, set().union(*(d.shared_iris() for d in drafts))) if drafts else {}
    return [draft.resolve(names) for draft in drafts]


def report_digests(store: Store) -> dict[str, str]:
    """Report id → card digest of every report in the store: what the index must hold."""
    return {r["id"].value: r["digest"].value for r in store.query(DIGESTS_QUERY).rows}


def report_facts(store: Store, report_ids: Iterable[str] | None = None) -> list[ReportFacts]:
    """The searchable facts of the given reports (default: every report in the store), sorted by report.

    A report id that is not in the store is left out."""
    return [report for batch in report_fact_batches(store, report_ids) for report in batch]


def report_fact_batches(store: Store, report_ids: Iterable[str] | None = None,
                        batch_size: int = 2000) -> Iterator[list[ReportFacts]]:
    """``report_facts`` in batches of ``batch_size`` reports, so a sync of many reports holds one batch at a time.
    Each report graph's triples are read from the store (``Store.graph_ntriples``)."""
    wanted = None if report_ids is None else set(report_ids)
    graphs = sorted({(r["id"].value, r["g"].value) for r in store.query(DIGESTS_QUERY).rows
                     if wanted is None or r["id"].value in wanted})
    for start in range(0, len(graphs), batch_size):
        drafts = (draft_from_triples(ox.parse(store.graph_ntriples(g), format=ox.RdfFormat.N_TRIPLES))
                  for _id, g in graphs[start:start + batch_size])
        yield resolve_drafts(store, [d for d in drafts if d is not None])
