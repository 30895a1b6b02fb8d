"""Build: a ReportCard → RDF quads, one named graph per report plus the shared-entities graph.

Layout (chosen for 10,000+ reports): everything the report states lives in its own graph
``graph/report/<id>``; entities shared across reports (markets, and organisations or regions the
linking table does not know) are stated once in ``graph/entities``. Every fact node is
``prov:wasDerivedFrom`` the source spans that state it (quote + offsets + report). Values computed
from stated ones carry ``mkg:isDerived true`` and ``mkg:derivationMethod``.

>>> from kg.card import ReportCard, Span, MarketValue
>>> text = "Widgets were worth USD 2 billion in 2024."
>>> card = ReportCard(id="demo", market="widget", values=[MarketValue(amount=2, currency="USD",
...     scale="billion", year=2024, kind="estimate", span=Span.of(text, "USD 2 billion in 2024"))])
>>> ds = build(card)
>>> g = ds.graph(iri.report_graph("demo"))
>>> fig = iri.report("demo") + "/value/widget-2024"
>>> g.value(fig, MKG.normalisedAmount)
rdflib.term.Literal('2000000000', datatype=rdflib.term.URIRef('http://www.w3.org/2001/XMLSchema#decimal'))
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import ROUND_HALF_EVEN, Decimal

from rdflib import RDF, RDFS, XSD, Dataset, Graph, Literal, URIRef
from rdflib.namespace import PROV, SKOS

from kg import iri
from kg.card import SCALE_MULTIPLIER, Cagr, Fact, MarketValue, ReportCard, Span
from kg.link import LinkingTable
from kg.link.markets import market_key, segment_key
from kg.vocab import MKG

SCHEMA_PUBLISHER = URIRef("https://schema.org/publisher")
SCHEMA_DATE_PUBLISHED = URIRef("https://schema.org/datePublished")
TIME = "http://www.w3.org/2006/time#"

STATUS = {"actual": MKG.Actual, "estimate": MKG.Estimate, "forecast": MKG.Forecast}
SCALE = {"units": MKG.Units, "thousand": MKG.Thousand, "million": MKG.Million,
         "billion": MKG.Billion, "trillion": MKG.Trillion}
CLAIM = {"largest_share": MKG.LargestShareClaim, "fastest_growth": MKG.FastestGrowthClaim,
         "major_contributor": MKG.MajorContributorClaim}
FACTORS = {"drivers": MKG.Driver, "restraints": MKG.Restraint, "trends": MKG.Trend,
           "opportunities": MKG.Opportunity}

IMPLIED_CAGR_METHOD = (
    "implied CAGR = ((end value / start value) ^ (1 / (end year - start year)) - 1) x 100, "
    "from the two stated market-size figures, rounded to 2 decimals"
)
INTERPOLATED_VALUE_METHOD = (
    "value(year) = start value x (1 + stated CAGR / 100) ^ (year - start year), "
    "from the stated start-year figure and the stated CAGR; amount rounded to 2 decimals of its scale"
)


def _dec(value: float | Decimal) -> Literal:
    # str() keeps what was written (7.12 stays 7.12, not 7.1200000000000001).
    return Literal(Decimal(str(value)), datatype=XSD.decimal)


def _whole_if_integral(value: Decimal) -> Decimal:
    """2000000000.0 → 2000000000: currency units rarely need a fraction, and the lexical form matters."""
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value


def _int(value: int) -> Literal:
    return Literal(value, datatype=XSD.integer)


def _event_date(value: str) -> Literal:
    datatype = {4: XSD.gYear, 7: XSD.gYearMonth, 10: XSD.date}[len(value)]
    return Literal(value, datatype=datatype)


class _ReportBuilder:
    """Holds the graphs and IRIs while one card is turned into triples."""

    def __init__(self, card: ReportCard, table: LinkingTable):
        self.card = card
        self.table = table
        self.report = iri.report(card.id)
        self.market = iri.market(market_key(card.market))
        self.dataset = Dataset()
        self.g = self.dataset.graph(iri.report_graph(card.id))
        self.shared = self.dataset.graph(iri.ENTITIES_GRAPH)
        self.used: set[URIRef] = set()
        self.by_path: dict[str, URIRef] = {}
        self.segment_nodes: dict[str, URIRef] = {}
        for graph in (self.g, self.shared):
            graph.bind("mkg", str(MKG))
            graph.bind("prov", str(PROV))
            graph.bind("skos", str(SKOS))

    # ------------------------------------------------------------------ helpers

    def mint(self, *parts: str) -> URIRef:
        """A fact IRI under the report; a clash (two publishers' figures for one year) gets a suffix."""
        base = URIRef(f"{self.report}/{'/'.join(parts)}")
        node, n = base, 2
        while node in self.used:
            node, n = URIRef(f"{base}-{n}"), n + 1
        self.used.add(node)
        return node

    def span_node(self, span: Span) -> URIRef:
        node = URIRef(f"{self.report}/span/{span.start}-{span.end}")
        if (node, RDF.type, MKG.SourceSpan) not in self.g:
            self.g.add((node, RDF.type, MKG.SourceSpan))
            self.g.add((node, MKG.quote, Literal(span.quote)))
            self.g.add((node, MKG.startOffset, _int(span.start)))
            self.g.add((node, MKG.endOffset, _int(span.end)))
            self.g.add((node, MKG.inReport, self.report))
        return node

    def cite(self, node: URIRef, spans: Iterable[Span]) -> None:
        for span in spans:
            self.g.add((node, PROV.wasDerivedFrom, self.span_node(span)))

    def fact(self, node: URIRef, kind: URIRef, fact: Fact, path: str) -> URIRef:
        self.g.add((node, RDF.type, kind))
        if fact.span is not None:
            self.g.add((node, MKG.primarySpan, self.span_node(fact.span)))
        self.cite(node, fact.spans())
        if fact.confidence is not None:
            self.g.add((node, MKG.confidence, _dec(fact.confidence)))
        self.by_path[path] = node
        return node

    def organisation(self, name: str) -> URIRef:
        """The one IRI of the organisation ``name`` writes; every written form is kept as a skos:altLabel."""
        node = self.table.organisation(name)
        if not self.table.knows_organisation(name):
            self.shared.add((node, RDF.type, MKG.Organisation))
            self.shared.add((node, RDFS.label, Literal(name)))
        self.shared.add((node, SKOS.altLabel, Literal(name)))
        return node

    def region(self, name: str) -> URIRef:
        node = self.table.region(name)
        if not self.table.knows_region(name):
            self.shared.add((node, RDF.type, MKG.Region))
            self.shared.add((node, RDFS.label, Literal(name)))
        return node

    def subject(self, fact: MarketValue | Cagr) -> tuple[URIRef, str]:
        if fact.segment:
            return self.segment(fact.segment, None), iri.slug(fact.segment)
        if fact.region:
            return self.region(fact.region), iri.slug(fact.region)
        return self.market, iri.slug(self.card.market)

    @staticmethod
    def subject_name(fact: MarketValue | Cagr, market: str) -> Literal:
        return Literal(fact.segment or fact.region or market)

    def segment(self, name: str, dimension: str | None) -> URIRef:
        key = iri.slug(name)
        if key not in self.segment_nodes:
            dim = iri.slug(dimension or "unspecified")
            node = URIRef(f"{self.report}/segment/{dim}/{key}")
            self.segment_nodes[key] = node
            self.g.add((node, RDF.type, MKG.Segment))
            self.g.add((node, SKOS.prefLabel, Literal(name, lang="en")))
            self.g.add((node, SKOS.inScheme, self.dimension(dimension or "unspecified")))
            self.g.add((node, MKG.inMarket, self.market))
            concept = URIRef(f"{self.market}/segment/{iri.slug(segment_key(name))}")
            self.shared.add((concept, RDF.type, MKG.SegmentConcept))
            self.shared.add((concept, SKOS.altLabel, Literal(name)))
            self.shared.add((concept, MKG.inMarket, self.market))
            self.g.add((node, MKG.sameSegmentAs, concept))
            if (condition := self.table.condition(name)) is not None:
                self.g.add((node, MKG.refersTo, condition))
        return self.segment_nodes[key]

    def dimension(self, name: str) -> URIRef:
        node = URIRef(f"{self.report}/dimension/{iri.slug(name)}")
        if (node, RDF.type, MKG.SegmentationDimension) not in self.g:
            self.g.add((node, RDF.type, MKG.SegmentationDimension))
            self.g.add((node, SKOS.prefLabel, Literal(name, lang="en")))
            self.g.add((node, MKG.inMarket, self.market))
            self.g.add((self.report, MKG.hasDimension, node))
        return node

    def period(self, name: str, period) -> URIRef:
        node = self.mint("period", name)
        self.fact(node, MKG.Period, period, f"{name}_period")
        self.g.add((node, MKG.startYear, _int(period.start)))
        self.g.add((node, MKG.endYear, _int(period.end)))
        for edge, year in (("hasBeginning", period.start), ("hasEnd", period.end)):
            instant = URIRef(f"{node}/{edge[3:].lower()}")
            self.g.add((node, URIRef(TIME + edge), instant))
            self.g.add((instant, RDF.type, URIRef(TIME + "Instant")))
            self.g.add((instant, URIRef(TIME + "inXSDgYear"), Literal(str(year), datatype=XSD.gYear)))
        return node

    # ------------------------------------------------------------------ the card, section by section

    def build(self) -> Dataset:
        self.report_node()
        self.segments_and_regions()
        figures = self.values()
        self.growth_rates(figures)
        self.factors_players_developments()
        self.source_issues()
        return self.dataset

    def report_node(self) -> None:
        card, g, report = self.card, self.g, self.report
        g.add((report, RDF.type, MKG.MarketReport))
        g.add((report, MKG.reportId, Literal(card.id)))
        g.add((report, MKG.cardDigest, Literal(card.digest())))
        g.add((report, MKG.market, self.market))
        g.add((report, MKG.marketName, Literal(card.market)))
        g.add((report, RDFS.label, Literal(f"{card.market} market report ({card.publisher or 'unknown publisher'})")))
        self.shared.add((self.market, RDF.type, MKG.Market))
        self.shared.add((self.market, SKOS.prefLabel, Literal(card.market, lang="en")))
        self.shared.add((self.market, SKOS.altLabel, Literal(card.market)))
        report_spans = [card.market_span, card.publisher_span, card.report_date_span, card.geography_scope_span]
        self.cite(report, [s for s in report_spans if s is not None])
        if card.publisher:
            publisher = self.organisation(card.publisher)
            g.add((report, SCHEMA_PUBLISHER, publisher))
            g.add((report, PROV.wasAttributedTo, publisher))
        if card.report_date:
            g.add((report, SCHEMA_DATE_PUBLISHED, Literal(card.report_date.isoformat(), datatype=XSD.date)))
        if card.geography_scope:
            g.add((report, MKG.geographyScope, Literal(card.geography_scope)))
        if card.historical_period:
            g.add((report, MKG.historicalPeriod, self.period("historical", card.historical_period)))
        if card.forecast_period:
            g.add((report, MKG.forecastPeriod, self.period("forecast", card.forecast_period)))
        if card.units:
            g.add((report, MKG.forecastUnits, Literal(card.units.name)))
            self.cite(report, card.units.spans())
        for topic in card.coverage:
            g.add((report, MKG.coverageTopic, Literal(topic.name)))
            self.cite(report, topic.spans())
        for dimension in card.dimensions:
            self.cite(self.dimension(dimension.name), dimension.spans())

    def claim(self, subject: URIRef, item, path: str) -> None:
        if item.claim is None:
            return
        node = self.mint("claim", f"{item.claim.replace('_', '-')}-{iri.slug(item.name)}")
        self.g.add((node, RDF.type, CLAIM[item.claim]))
        self.g.add((node, MKG.subject, subject))
        self.g.add((node, MKG.inMarket, self.market))
        if item.claim_period:
            self.g.add((node, MKG.periodAsWritten, Literal(item.claim_period)))
        if item.claim_span is not None:
            self.g.add((node, MKG.primarySpan, self.span_node(item.claim_span)))
            self.cite(node, [item.claim_span])
        self.by_path[f"{path}.claim"] = node

    def segments_and_regions(self) -> None:
        for i, seg in enumerate(self.card.segments):
            node = self.segment(seg.name, seg.dimension)
            self.fact(node, MKG.Segment, seg, f"segments[{i}]")
            for example in seg.examples:
                target = self.table.condition(example.name)
                if target is None:  # no checked identifier: keep the example as a label only
                    self.g.add((node, SKOS.example, Literal(example.name, lang="en")))
                else:
                    self.g.add((node, MKG.example, target))
                self.cite(node, example.spans())
            self.claim(node, seg, f"segments[{i}]")
        for i, reg in enumerate(self.card.regions):
            node = self.region(reg.name)
            self.g.add((self.report, MKG.coversRegion, node))
            self.cite(self.report, reg.spans() if reg.claim_span is None else [s for s in reg.spans() if s != reg.claim_span])
            self.by_path[f"regions[{i}]"] = self.report
            self.claim(node, reg, f"regions[{i}]")

    def figure(self, node: URIRef, subject: URIRef, currency: str, scale: str, amount: Decimal,
               year: int, status: str) -> None:
        g = self.g
        g.add((node, MKG.subject, subject))
        g.add((node, MKG.inMarket, self.market))
        g.add((node, MKG.currency, iri.currency(currency)))
        g.add((node, MKG.scale, SCALE[scale]))
        g.add((node, MKG.amount, _dec(amount)))
        g.add((node, MKG.normalisedAmount, _dec(_whole_if_integral(amount * SCALE_MULTIPLIER[scale]))))
        g.add((node, MKG.year, _int(year)))
        g.add((node, MKG.status, STATUS[status]))

    def values(self) -> dict[tuple[URIRef, int], tuple[URIRef, MarketValue]]:
        stated: dict[tuple[URIRef, int], tuple[URIRef, MarketValue]] = {}
        for i, value in enumerate(self.card.values):
            subject, key = self.subject(value)
            node = self.mint("value", f"{key}-{value.year}")
            self.fact(node, MKG.MarketSizeFigure, value, f"values[{i}]")
            self.figure(node, subject, value.currency, value.scale, Decimal(str(value.amount)), value.year, value.kind)
            self.g.add((node, MKG.subjectName, self.subject_name(value, self.card.market)))
            self.g.add((node, MKG.amountAsWritten, Literal(value.amount_as_written)))
            stated.setdefault((subject, value.year), (node, value))
        return stated

    def growth_rates(self, stated: dict[tuple[URIRef, int], tuple[URIRef, MarketValue]]) -> None:
        for i, cagr in enumerate(self.card.cagr):
            subject, key = self.subject(cagr)
            period = f"{cagr.start or 'x'}-{cagr.end or 'x'}"
            node = self.mint("cagr", f"{key}-{period}")
            self.fact(node, MKG.GrowthRate, cagr, f"cagr[{i}]")
            self.g.add((node, MKG.subject, subject))
            self.g.add((node, MKG.subjectName, self.subject_name(cagr, self.card.market)))
            self.g.add((node, MKG.inMarket, self.market))
            self.g.add((node, MKG.percent, _dec(cagr.percent)))
            if cagr.start:
                self.g.add((node, MKG.startYear, _int(cagr.start)))
            if cagr.end:
                self.g.add((node, MKG.endYear, _int(cagr.end)))
            if not (cagr.start and cagr.end and cagr.end > cagr.start):
                continue
            start, end = stated.get((subject, cagr.start)), stated.get((subject, cagr.end))
            # Non-positive amounts are invalid (SHACL says so); derive nothing from them.
            start = start if start and start[1].amount > 0 else None
            end = end if end and end[1].amount > 0 else None
            if start and end and start[1].currency == end[1].currency:
                self.implied_cagr(subject, key, period, start, end, cagr)
            if start and cagr.percent > -100:
                self.interpolated_values(subject, key, start, node, cagr, stated)

    def implied_cagr(self, subject, key, period, start, end, cagr: Cagr) -> None:
        """The CAGR two stated figures imply (derived, with its method and sources)."""
        first = Decimal(str(start[1].amount)) * SCALE_MULTIPLIER[start[1].scale]
        last = Decimal(str(end[1].amount)) * SCALE_MULTIPLIER[end[1].scale]
        years = cagr.end - cagr.start
        implied = (float(last / first) ** (1 / years) - 1) * 100
        node = self.mint("cagr", f"{key}-{period}-implied")
        g = self.g
        g.add((node, RDF.type, MKG.GrowthRate))
        g.add((node, MKG.subject, subject))
        g.add((node, MKG.subjectName, self.subject_name(cagr, self.card.market)))
        g.add((node, MKG.inMarket, self.market))
        g.add((node, MKG.percent, _dec(Decimal(implied).quantize(Decimal("0.01"), ROUND_HALF_EVEN))))
        g.add((node, MKG.startYear, _int(cagr.start)))
        g.add((node, MKG.endYear, _int(cagr.end)))
        g.add((node, MKG.isDerived, Literal(True)))
        g.add((node, MKG.derivationMethod, Literal(IMPLIED_CAGR_METHOD)))
        g.add((node, PROV.wasDerivedFrom, start[0]))
        g.add((node, PROV.wasDerivedFrom, end[0]))

    def interpolated_values(self, subject, key, start, cagr_node, cagr: Cagr, stated) -> None:
        start_node, start_value = start
        base = Decimal(str(start_value.amount))
        for year in range(cagr.start + 1, cagr.end + 1):
            if (subject, year) in stated:
                continue
            amount = (base * Decimal(1 + cagr.percent / 100) ** (year - cagr.start)).quantize(Decimal("0.01"))
            node = self.mint("value", f"{key}-{year}-derived")
            self.g.add((node, RDF.type, MKG.MarketSizeFigure))
            self.figure(node, subject, start_value.currency, start_value.scale, amount, year, "forecast")
            self.g.add((node, MKG.subjectName, self.subject_name(cagr, self.card.market)))
            self.g.add((node, MKG.isDerived, Literal(True)))
            self.g.add((node, MKG.derivationMethod, Literal(INTERPOLATED_VALUE_METHOD)))
            self.g.add((node, PROV.wasDerivedFrom, start_node))
            self.g.add((node, PROV.wasDerivedFrom, cagr_node))

    def factors_players_developments(self) -> None:
        card, g = self.card, self.g
        for field, kind in FACTORS.items():
            for i, factor in enumerate(getattr(card, field)):
                node = self.mint(field.rstrip("s"), str(i + 1))
                self.fact(node, kind, factor, f"{field}[{i}]")
                g.add((node, MKG.summary, Literal(factor.text, lang="en")))
                g.add((node, MKG.inMarket, self.market))
        for i, player in enumerate(card.players):
            org = self.organisation(player.label or player.name)
            if player.label and player.label != player.name:  # the misspelling too is a way the name is written
                self.shared.add((org, SKOS.altLabel, Literal(player.name)))
            node = self.mint("player", iri.slug(player.label or player.name))
            self.fact(node, MKG.KeyPlayerRole, player, f"players[{i}]")
            g.add((node, MKG.player, org))
            g.add((node, MKG.inMarket, self.market))
            g.add((node, MKG.nameAsWritten, Literal(player.name)))
            g.add((node, RDFS.label, Literal(player.label or player.name)))
            if player.country:
                self.stated_country(node, player)
        for i, dev in enumerate(card.developments):
            node = self.mint("development", f"{dev.date}-{iri.slug(dev.actor)}")
            self.fact(node, MKG.Development, dev, f"developments[{i}]")
            g.add((node, MKG.eventDate, _event_date(dev.date)))
            g.add((node, MKG.actor, self.organisation(dev.actor)))
            g.add((node, MKG.actorName, Literal(dev.actor)))
            g.add((node, MKG.summary, Literal(dev.summary, lang="en")))
            g.add((node, MKG.inMarket, self.market))
            for other in dev.involves:
                g.add((node, MKG.involves, self.organisation(other)))
        for i, stat in enumerate(card.statistics):
            node = self.mint("statistic", str(i + 1))
            self.fact(node, MKG.CitedStatistic, stat, f"statistics[{i}]")
            g.add((node, MKG.summary, Literal(stat.text, lang="en")))
            if stat.percent is not None:
                g.add((node, MKG.percent, _dec(stat.percent)))
            if stat.year is not None:
                g.add((node, MKG.year, _int(stat.year)))
            if stat.source:
                g.add((node, MKG.citedSource, self.organisation(stat.source)))

    def stated_country(self, role: URIRef, player) -> None:
        """The country written beside a player: the report's claim, with the words as provenance."""
        self.g.add((role, MKG.countryAsWritten, Literal(player.country)))
        if player.country_span is not None:
            self.g.add((role, MKG.countrySpan, self.span_node(player.country_span)))
        if (country := self.table.country(player.country)) is not None:
            self.g.add((role, MKG.statedCountry, country))

    def source_issues(self) -> None:
        for i, issue in enumerate(self.card.source_issues):
            node = self.mint("defect", str(i + 1))
            self.g.add((node, RDF.type, MKG.SourceDefect))
            self.g.add((node, MKG.defectKind, Literal(issue.kind)))
            self.g.add((node, RDFS.comment, Literal(issue.note, lang="en")))
            self.cite(node, [issue.span])
            if (target := self.by_path.get(issue.concerns)) is not None:
                self.g.add((node, MKG.concerns, target))


def build(card: ReportCard, table: LinkingTable | None = None) -> Dataset:
    """Turn one card into a Dataset: the report's named graph and the shared-entities graph.

    Args:
        card: the report's card; only the card is read, never the text.
        table: the linking table that resolves shared names to IRIs (the project's by default).
    """
    return _ReportBuilder(card, table or LinkingTable.load()).build()


def report_graph(dataset: Dataset, report_id: str) -> Graph:
    return dataset.graph(iri.report_graph(report_id))
