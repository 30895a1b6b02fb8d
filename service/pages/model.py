"""What the pages show, read from the store: the list of reports (home) and one report's facts (report page).

A report page reads the report's own named graph once (``Store.graph``) and walks it in Python; the names
of shared entities (organisations, regions, countries) come from one query whose IRIs are bound as VALUES
(``kg.sparql.with_rows``), never spliced into its text.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from rdflib import RDF, RDFS, Graph, Literal, Namespace, URIRef
from rdflib.namespace import PROV, SKOS

from kg import iri
from kg.sparql import with_rows
from service.pages.text import Mark

MKG = Namespace("https://w3id.org/mkg/ns#")
SCHEMA = Namespace("https://schema.org/")
# The tolerance of the SHACL warning "stated CAGR agrees with the stated values" (ontology/shapes.ttl).
CAGR_TOLERANCE_POINTS = 0.15
FACTOR_KINDS = {MKG.Driver: "Drivers", MKG.Restraint: "Restraints", MKG.Trend: "Trends", MKG.Opportunity: "Opportunities"}
SCALES = {MKG.Thousand: 1e3, MKG.Million: 1e6, MKG.Billion: 1e9, MKG.Trillion: 1e12}


@dataclass(frozen=True)
class Source:
    """A span of the report text a fact comes from."""
    start: int
    end: int
    quote: str

    @property
    def anchor(self) -> str:
        return f"span-{self.start}-{self.end}"


@dataclass
class Fact:
    """One fact of a report, with the spans it comes from (the primary one first) and what is wrong with it."""
    iri: str
    sources: list[Source]
    derived: bool = False
    method: str = ""
    warnings: list[str] = field(default_factory=list)

    @property
    def anchor(self) -> str | None:
        return self.sources[0].anchor if self.sources else None


@dataclass
class Figure(Fact):
    year: int = 0
    amount: float = 0.0
    normalised: float = 0.0
    scale: str = ""
    currency: str = ""
    status: str = ""
    subject: str = ""
    subject_name: str = ""
    as_written: str = ""

    @property
    def display(self) -> str:
        return f"{self.currency} {self.amount:g} {self.scale}".strip()


@dataclass
class Rate(Fact):
    percent: float = 0.0
    start_year: int = 0
    end_year: int = 0
    subject: str = ""
    subject_name: str = ""


@dataclass
class Named(Fact):
    """A fact shown by its words: a segment, claim, factor, development, player or source defect."""
    label: str = ""
    extra: dict = field(default_factory=dict)


@dataclass
class ReportPage:
    """Everything the report page (``report.html``) shows about one report."""
    iri: str
    report_id: str
    title: str
    market: str
    market_name: str
    publisher: str | None
    publisher_name: str
    published: str
    scope: str
    historical: str
    forecast: str
    units: str
    topics: list[str]
    figures: list[Figure]
    rates: list[Rate]
    dimensions: dict[str, list[Named]]  # dimension name → its segments (extra: claims)
    regions: list[Named]  # regions the report covers (extra: claims)
    players: list[Named]  # extra: organisation, hq, hq_name, stated_country
    factors: dict[str, list[Named]]
    developments: list[Named]  # extra: date, actor, actor_name
    defects: list[Named]
    statistics: list[Named]
    marks: list[Mark]
    names: dict[str, str]

    @property
    def headline(self) -> list[Figure]:
        """The stated whole-market figures, earliest and latest year."""
        stated = sorted((f for f in self.figures if not f.derived and f.subject == self.market), key=lambda f: f.year)
        return [stated[0], stated[-1]] if len(stated) > 1 else stated

    @property
    def stated_rates(self) -> list[Rate]:
        return [r for r in self.rates if not r.derived and r.subject == self.market]

    @property
    def warnings(self) -> int:
        return sum(len(f.warnings) for f in [*self.figures, *self.rates])

    def all_facts(self) -> list[Fact]:
        segments = [s for ss in self.dimensions.values() for s in ss]
        claims = [c for n in [*segments, *self.regions] for c in n.extra.get("claims", [])]
        return [*self.figures, *self.rates, *segments, *claims, *self.players, *self.developments, *self.defects,
                *self.statistics, *(n for ns in self.factors.values() for n in ns)]

    def quotes(self) -> dict[tuple[int, int], str]:
        """Every source span of the report's facts: (start, end) → its quote."""
        return {(s.start, s.end): s.quote for f in self.all_facts() for s in f.sources}

    def chart_data(self) -> dict:
        """Market size by year for Chart.js: stated and derived series kept apart, per subject, in one unit."""
        series: dict[tuple[str, bool], dict] = {}
        currency = next((f.currency for f in self.figures), "")
        for f in sorted(self.figures, key=lambda f: f.year):
            key = (f.subject, f.derived)
            name = f.subject_name or self.names.get(f.subject, f.subject)
            s = series.setdefault(key, {"label": f"{name} ({'derived' if f.derived else 'stated'})",
                                        "derived": f.derived, "whole": f.subject == self.market, "points": []})
            s["points"].append({"x": f.year, "y": round(f.normalised / 1e9, 4), "anchor": f.anchor})
        ordered = sorted(series.values(), key=lambda s: (not s["whole"], s["derived"], s["label"]))
        return {"unit": f"{currency} billion".strip(), "series": ordered}


def _int(value) -> int:
    return int(value.toPython()) if value is not None else 0


def _sources(g: Graph, fact: URIRef, seen: set | None = None) -> list[Source]:
    """The spans ``fact`` comes from: its primary span first, then the others; a derived fact's are the
    spans of the facts it was computed from."""
    seen = seen if seen is not None else set()
    if fact in seen:
        return []
    seen.add(fact)
    primary = list(g.objects(fact, MKG.primarySpan))
    found: list[Source] = []
    for node in [*primary, *sorted(g.objects(fact, PROV.wasDerivedFrom))]:
        if (node, RDF.type, MKG.SourceSpan) in g:
            source = Source(_int(g.value(node, MKG.startOffset)), _int(g.value(node, MKG.endOffset)),
                            str(g.value(node, MKG.quote) or ""))
            if source not in found:
                found.append(source)
        else:
            found += [s for s in _sources(g, node, seen) if s not in found]
    return found


def _names(store, resources: set[str]) -> tuple[dict[str, str], dict[str, str]]:
    """Labels of shared entities, and each organisation's headquarters country (from the linking data)."""
    if not resources:
        return {}, {}
    query = with_rows("""
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        PREFIX mkg: <https://w3id.org/mkg/ns#>
        SELECT ?x ?label ?hq ?hqLabel WHERE {
          OPTIONAL { ?x rdfs:label|skos:prefLabel ?label }
          OPTIONAL { ?x mkg:headquarteredIn ?hq OPTIONAL { ?hq rdfs:label ?hqLabel } }
        }""", "x", [ox.NamedNode(r) for r in sorted(resources)])
    names, headquarters = {}, {}
    for row in store.query(query).rows:
        x = row["x"].value
        if row.get("label") is not None:
            names.setdefault(x, row["label"].value)
        if row.get("hq") is not None:
            headquarters[x] = row["hq"].value
            if row.get("hqLabel") is not None:
                names[row["hq"].value] = row["hqLabel"].value
    return names, headquarters


def cagr_warnings(rates: list[Rate]) -> None:
    """Attach to each stated CAGR the warning the SHACL shape gives when the stated values imply another."""
    for stated in (r for r in rates if not r.derived):
        for implied in (r for r in rates if r.derived and r.subject == stated.subject
                        and (r.start_year, r.end_year) == (stated.start_year, stated.end_year)):
            if abs(stated.percent - implied.percent) > CAGR_TOLERANCE_POINTS:
                stated.warnings.append(
                    f"Stated CAGR {stated.percent:g}% for {stated.start_year}–{stated.end_year} disagrees with the "
                    f"{implied.percent:g}% implied by the stated market values")


def load_report(store, report_id: str) -> ReportPage | None:
    """The report page of ``report_id``, or None when the store has no such report."""
    g = store.graph(iri.report_graph(report_id))
    report = iri.report(report_id)
    if (report, RDF.type, MKG.MarketReport) not in g:
        return None
    value = lambda s, p: g.value(s, p)  # noqa: E731
    text = lambda s, p: str(g.value(s, p) or "")  # noqa: E731

    def period(p) -> str:
        node = g.value(report, p)
        return f"{_int(g.value(node, MKG.startYear))}–{_int(g.value(node, MKG.endYear))}" if node is not None else ""

    shared: set[str] = set()
    market = value(report, MKG.market)
    publisher = value(report, SCHEMA.publisher)
    shared |= {str(x) for x in (market, publisher) if x is not None}

    figures = []
    for node in g.subjects(RDF.type, MKG.MarketSizeFigure):
        derived = value(node, MKG.isDerived) == Literal(True)
        scale = value(node, MKG.scale)
        amount = float(value(node, MKG.amount).toPython())
        normalised = value(node, MKG.normalisedAmount)
        figures.append(Figure(
            str(node), _sources(g, node), derived, text(node, MKG.derivationMethod),
            year=_int(value(node, MKG.year)), amount=amount,
            normalised=float(normalised.toPython()) if normalised is not None else amount * SCALES.get(scale, 1),
            scale=str(scale).rsplit("#", 1)[-1].lower() if scale is not None else "",
            currency=str(value(node, MKG.currency) or "").rsplit("/", 1)[-1],
            status=str(value(node, MKG.status) or "").rsplit("#", 1)[-1].lower(),
            subject=str(value(node, MKG.subject) or ""), subject_name=text(node, MKG.subjectName),
            as_written=text(node, MKG.amountAsWritten)))
    figures.sort(key=lambda f: (f.subject != str(market), f.subject_name, f.year, f.derived))

    rates = []
    for node in g.subjects(RDF.type, MKG.GrowthRate):
        rates.append(Rate(
            str(node), _sources(g, node), value(node, MKG.isDerived) == Literal(True), text(node, MKG.derivationMethod),
            percent=float(value(node, MKG.percent).toPython()), start_year=_int(value(node, MKG.startYear)),
            end_year=_int(value(node, MKG.endYear)), subject=str(value(node, MKG.subject) or ""),
            subject_name=text(node, MKG.subjectName)))
    rates.sort(key=lambda r: (r.subject != str(market), r.subject_name, r.derived))
    cagr_warnings(rates)

    claims: dict[str, list[Named]] = defaultdict(list)
    for kind, label in ((MKG.LargestShareClaim, "largest share"), (MKG.FastestGrowthClaim, "fastest growth")):
        for node in g.subjects(RDF.type, kind):
            subject = str(value(node, MKG.subject))
            period_words = text(node, MKG.periodAsWritten)
            claims[subject].append(Named(str(node), _sources(g, node), label=label + (f" ({period_words})" if period_words else "")))

    dimensions: dict[str, list[Named]] = {}
    for dimension in sorted(g.objects(report, MKG.hasDimension)):
        segments = [Named(str(s), _sources(g, s), label=text(s, SKOS.prefLabel), extra={"claims": claims.get(str(s), [])})
                    for s in g.subjects(SKOS.inScheme, dimension)]
        dimensions[text(dimension, SKOS.prefLabel)] = sorted(segments, key=lambda s: s.label.lower())

    regions = [Named(str(r), [], label="", extra={"claims": claims.get(str(r), [])}) for r in g.objects(report, MKG.coversRegion)]
    shared |= {r.iri for r in regions}

    players = []
    for node in g.subjects(RDF.type, MKG.KeyPlayerRole):
        organisation = value(node, MKG.player)
        stated_country = value(node, MKG.statedCountry)
        shared |= {str(x) for x in (organisation, stated_country) if x is not None}
        players.append(Named(str(node), _sources(g, node), label=text(node, MKG.nameAsWritten),
                             extra={"organisation": str(organisation or ""), "stated_country": str(stated_country or "")}))
    players.sort(key=lambda p: p.label.lower())

    factors = {}
    for kind, heading in FACTOR_KINDS.items():
        factors[heading] = sorted((Named(str(n), _sources(g, n), label=text(n, MKG.summary)) for n in g.subjects(RDF.type, kind)),
                                  key=lambda n: (n.anchor is None, n.sources[0].start if n.sources else 0))

    developments = []
    for node in g.subjects(RDF.type, MKG.Development):
        actors = sorted(str(a) for a in g.objects(node, MKG.actor))
        shared |= set(actors)
        developments.append(Named(str(node), _sources(g, node), label=text(node, MKG.summary),
                                  extra={"date": text(node, MKG.eventDate), "quarter": text(node, MKG.eventQuarter),
                                         "actors": actors,
                                         "actor_name": text(node, MKG.actorName)}))
    developments.sort(key=lambda d: (d.extra["date"], d.extra["quarter"]))

    defects = [Named(str(n), _sources(g, n), label=text(n, RDFS.comment),
                     extra={"kind": text(n, MKG.defectKind), "concerns": str(value(n, MKG.concerns) or "")})
               for n in g.subjects(RDF.type, MKG.SourceDefect)]
    statistics = [Named(str(n), _sources(g, n), label=text(n, MKG.summary)) for n in g.subjects(RDF.type, MKG.CitedStatistic)]

    # A source defect is a warning on the fact it concerns, shown next to it.
    by_iri = {f.iri: f for f in [*figures, *rates, *players, *developments,
                                 *(s for segs in dimensions.values() for s in segs),
                                 *(c for cs in claims.values() for c in cs)]}
    for defect in defects:
        if defect.extra["concerns"] in by_iri:
            by_iri[defect.extra["concerns"]].warnings.append(f"Source defect ({defect.extra['kind']}): {defect.label}")

    names, headquarters = _names(store, shared)
    for p in players:
        hq = headquarters.get(p.extra["organisation"], "")
        p.extra["hq"], p.extra["hq_name"] = hq, names.get(hq, "")
    for r in regions:
        r.label = names.get(r.iri, r.iri.rsplit("/", 1)[-1])
    regions.sort(key=lambda r: r.label)

    kinds: dict[Source, set[str]] = defaultdict(set)
    for css, facts in (("figure", figures), ("rate", rates), ("player", players), ("development", developments),
                       ("defect", defects), ("statistic", statistics),
                       ("factor", [n for ns in factors.values() for n in ns]),
                       ("segment", [s for segs in dimensions.values() for s in segs]),
                       ("claim", [c for cs in claims.values() for c in cs])):
        for fact in facts:
            for source in fact.sources:
                kinds[source].add(css)
    for node in g.subjects(RDF.type, MKG.SourceSpan):  # spans of the report's own details (name, date, scope…)
        source = Source(_int(g.value(node, MKG.startOffset)), _int(g.value(node, MKG.endOffset)), str(g.value(node, MKG.quote) or ""))
        kinds.setdefault(source, {"detail"})
    marks = [Mark(s.start, s.end, " ".join(sorted(k))) for s, k in kinds.items()]

    return ReportPage(
        iri=str(report), report_id=report_id, title=text(report, RDFS.label), market=str(market or ""),
        market_name=text(report, MKG.marketName), publisher=str(publisher) if publisher is not None else None,
        publisher_name=names.get(str(publisher), "") if publisher is not None else "",
        published=text(report, SCHEMA.datePublished), scope=text(report, MKG.geographyScope),
        historical=period(MKG.historicalPeriod), forecast=period(MKG.forecastPeriod), units=text(report, MKG.forecastUnits),
        topics=sorted(str(t) for t in g.objects(report, MKG.coverageTopic)),
        figures=figures, rates=rates, dimensions=dimensions, regions=regions, players=players, factors=factors,
        developments=developments, defects=defects, statistics=statistics, marks=marks, names=names)


def report_text(texts_dir: Path, report_id: str, quotes: dict[tuple[int, int], str]) -> str | None:
    """The report's text, when a file of it is at hand and its spans' quotes match it (else None)."""
    path = Path(texts_dir) / f"{report_id}.txt"
    if "/" in report_id or not path.is_file():
        return None
    text = path.read_text(encoding="utf-8")
    if any(text[start:end] != quote for (start, end), quote in quotes.items()):
        return None  # another version of the text: offsets would mark the wrong words
    return text


# ------------------------------------------------------------------ home: the reports

_REPORTS = """
PREFIX mkg: <https://w3id.org/mkg/ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX schema: <https://schema.org/>
SELECT ?report ?reportId ?marketName ?market ?publisher ?publisherName ?published WHERE {
  GRAPH ?g { ?report a mkg:MarketReport ; mkg:reportId ?reportId .
             OPTIONAL { ?report mkg:marketName ?marketName } OPTIONAL { ?report mkg:market ?market }
             OPTIONAL { ?report schema:publisher ?publisher } OPTIONAL { ?report schema:datePublished ?published } }
  OPTIONAL { ?publisher rdfs:label ?publisherName }
}"""
_REGIONS = """
PREFIX mkg: <https://w3id.org/mkg/ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT DISTINCT ?report ?regionName WHERE {
  GRAPH ?g { ?report a mkg:MarketReport ; mkg:coversRegion ?region }
  ?region rdfs:label ?regionName
}"""
# Whole-market figures and growth rates of every report (the facts whose subject is the report's market).
_HEADLINES = """
PREFIX mkg: <https://w3id.org/mkg/ns#>
SELECT ?report ?fact ?kind ?year ?amount ?normalised ?scale ?currency ?percent ?start ?end ?derived ?defects WHERE {
  GRAPH ?g {
    ?report a mkg:MarketReport ; mkg:market ?market .
    { ?fact a mkg:MarketSizeFigure ; mkg:subject ?market ; mkg:year ?year ; mkg:amount ?amount .
      OPTIONAL { ?fact mkg:normalisedAmount ?normalised } OPTIONAL { ?fact mkg:scale ?scale }
      OPTIONAL { ?fact mkg:currency ?currency } BIND ("figure" AS ?kind) }
    UNION
    { ?fact a mkg:GrowthRate ; mkg:subject ?market ; mkg:percent ?percent ; mkg:startYear ?start ; mkg:endYear ?end .
      BIND ("rate" AS ?kind) }
    UNION
    { ?fact a mkg:SourceDefect . BIND ("defect" AS ?kind) }
    OPTIONAL { ?fact mkg:isDerived ?derived }
  }
}"""


@dataclass
class ReportRow:
    """One line of the home page's table of reports."""
    iri: str
    report_id: str
    market: str
    market_name: str
    publisher: str
    publisher_name: str
    published: str
    regions: list[str] = field(default_factory=list)
    first_value: str = ""
    last_value: str = ""
    last_value_sort: float = 0.0
    cagr: str = ""
    cagr_sort: float = -1e9
    warnings: int = 0
    defects: int = 0

    @property
    def status(self) -> str:
        if self.warnings:
            return f"{self.warnings} warning{'s' if self.warnings > 1 else ''}"
        return "conforms" + (f" ({self.defects} source defect{'s' if self.defects > 1 else ''} noted)" if self.defects else "")


def load_reports(store) -> list[ReportRow]:
    """Every report in the store with its headline figures, stated CAGR and validation status."""
    rows: dict[str, ReportRow] = {}
    for r in store.query(_REPORTS).rows:
        get = lambda k: r[k].value if r.get(k) is not None else ""  # noqa: E731
        rows[get("report")] = ReportRow(get("report"), get("reportId"), get("market"), get("marketName"), get("publisher"),
                                        get("publisherName"), get("published"))
    for r in store.query(_REGIONS).rows:
        if r["report"].value in rows:
            rows[r["report"].value].regions.append(r["regionName"].value)
    figures: dict[str, list] = defaultdict(list)
    rates: dict[str, list[Rate]] = defaultdict(list)
    for r in store.query(_HEADLINES).rows:
        report = rows.get(r["report"].value)
        if report is None:
            continue
        derived = r.get("derived") is not None and r["derived"].value == "true"
        kind = r["kind"].value
        if kind == "defect":
            report.defects += 1
        elif kind == "figure" and not derived:
            scale = r["scale"].value.rsplit("#", 1)[-1].lower() if r.get("scale") is not None else ""
            currency = r["currency"].value.rsplit("/", 1)[-1] if r.get("currency") is not None else ""
            normalised = float(r["normalised"].value) if r.get("normalised") is not None else float(r["amount"].value)
            figures[report.iri].append((int(r["year"].value), f"{currency} {float(r['amount'].value):g} {scale} ({r['year'].value})".strip(), normalised))
        elif kind == "rate":
            rates[report.iri].append(Rate(r["fact"].value, [], derived, percent=float(r["percent"].value),
                                          start_year=int(r["start"].value), end_year=int(r["end"].value), subject=report.market))
    for report in rows.values():
        stated = sorted(figures.get(report.iri, []))
        if stated:
            report.first_value, report.last_value, report.last_value_sort = stated[0][1], stated[-1][1], stated[-1][2]
        report_rates = rates.get(report.iri, [])
        cagr_warnings(report_rates)
        report.warnings = sum(len(r.warnings) for r in report_rates)
        stated_rates = [r for r in report_rates if not r.derived]
        if stated_rates:
            best = stated_rates[0]
            report.cagr, report.cagr_sort = f"{best.percent:g}% ({best.start_year}–{best.end_year})", best.percent
        report.regions.sort()
    return sorted(rows.values(), key=lambda r: r.report_id)
