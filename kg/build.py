"""Build: a ReportCard → RDF quads, one named graph per report plus the shared-entities graph.

Layout (chosen for 10,000+ reports): everything the report states lives in its own graph
``graph/report/<id>``; entities shared across reports (markets, and organisations or regions the
linking table does not know) are stated once in ``graph/entities``. Every fact node is
``prov:wasDerivedFrom`` the source spans that state it (quote + offsets + report). Values computed
from stated ones carry ``mkg:isDerived true`` and ``mkg:derivationMethod``.

The builder writes pyoxigraph quads directly (``build_quads``): bulk ingest sends them to the store and
to the SHACL engine as N-Triples text without building an rdflib graph. ``build`` gives the same quads
as an rdflib Dataset for callers that want one (``tests/test_build.py`` holds both to the graphs the
earlier rdflib builder made).

>>> from kg.card import ReportCard, Span, MarketValue
>>> text = "Widgets were worth USD 2 billion in 2024."
>>> card = ReportCard(id="demo", market="widget", values=[MarketValue(amount=2, currency="USD",
...     scale="billion", year=2024, kind="estimate", span=Span.of(text, "USD 2 billion in 2024"))])
>>> ds = build(card)
>>> g = ds.graph(iri.report_graph("demo"))
>>> fig = iri.report("demo") + "/value/widget-2024"
>>> g.value(fig, MKG.normalisedAmount)
rdflib.term.Literal('2000000000', datatype=rdflib.term.URIRef('http://www.w3.org/2001/XMLSchema#decimal'))
>>> len(build_quads(card).quads) == sum(len(graph) for graph in ds.graphs())
True
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Decimal
from functools import cached_property, lru_cache

import pyoxigraph as ox
from rdflib import RDF, RDFS, XSD, Dataset, Graph, Literal, URIRef
from rdflib.namespace import PROV, SKOS

from kg import iri
from kg.card import SCALE_MULTIPLIER, Cagr, Fact, MarketValue, ReportCard, Span
from kg.link import LinkingTable
from kg.link.markets import market_key, segment_key
from kg.names import player_named_by
from kg.vocab import MKG


class _Terms:
    """A namespace's terms as pyoxigraph NamedNodes, made once each (``M.quote``); an unknown term raises
    AttributeError as the rdflib namespace does."""

    def __init__(self, namespace):
        self._namespace = namespace

    def __getattr__(self, name: str) -> ox.NamedNode:
        term = ox.NamedNode(str(getattr(self._namespace, name)))
        setattr(self, name, term)
        return term


M, T_PROV, T_SKOS = _Terms(MKG), _Terms(PROV), _Terms(SKOS)
A = ox.NamedNode(str(RDF.type))
LABEL = ox.NamedNode(str(RDFS.label))
COMMENT = ox.NamedNode(str(RDFS.comment))
SCHEMA_PUBLISHER = ox.NamedNode("https://schema.org/publisher")
SCHEMA_DATE_PUBLISHED = ox.NamedNode("https://schema.org/datePublished")
TIME = "http://www.w3.org/2006/time#"
TIME_INSTANT = ox.NamedNode(TIME + "Instant")
TIME_IN_XSD_GYEAR = ox.NamedNode(TIME + "inXSDgYear")
XSD_DECIMAL, XSD_INTEGER, XSD_BOOLEAN = (ox.NamedNode(str(t)) for t in (XSD.decimal, XSD.integer, XSD.boolean))
XSD_DATE, XSD_GYEAR, XSD_GYEARMONTH = (ox.NamedNode(str(t)) for t in (XSD.date, XSD.gYear, XSD.gYearMonth))
TRUE = ox.Literal("true", datatype=XSD_BOOLEAN)

STATUS = {"actual": M.Actual, "estimate": M.Estimate, "forecast": M.Forecast}
SCALE = {"units": M.Units, "thousand": M.Thousand, "million": M.Million,
         "billion": M.Billion, "trillion": M.Trillion}
CLAIM = {"largest_share": M.LargestShareClaim, "fastest_growth": M.FastestGrowthClaim,
         "major_contributor": M.MajorContributorClaim}
FACTORS = {"drivers": M.Driver, "restraints": M.Restraint, "trends": M.Trend,
           "opportunities": M.Opportunity}

IMPLIED_CAGR_METHOD = (
    "implied CAGR = ((end value / start value) ^ (1 / (end year - start year)) - 1) x 100, "
    "from the two stated market-size figures, rounded to 2 decimals"
)
INTERPOLATED_VALUE_METHOD = (
    "value(year) = start value x (1 + stated CAGR / 100) ^ (year - start year), "
    "from the stated start-year figure and the stated CAGR; amount rounded to 2 decimals of its scale"
)


@lru_cache(maxsize=65_536)
def _shared_node(uri: URIRef) -> ox.NamedNode:
    """A shared entity's IRI (organisation, region, country, condition, currency) as a pyoxigraph term:
    the same few recur in every report, so each is made once."""
    return ox.NamedNode(str(uri))


def _dec(value: float | Decimal) -> ox.Literal:
    # str() keeps what was written (7.12 stays 7.12, not 7.1200000000000001); ``:f`` never writes an exponent.
    return ox.Literal(f"{Decimal(str(value)):f}", datatype=XSD_DECIMAL)


def _whole_if_integral(value: Decimal) -> Decimal:
    """2000000000.0 → 2000000000: currency units rarely need a fraction, and the lexical form matters."""
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value


def _int(value: int) -> ox.Literal:
    return ox.Literal(str(int(value)), datatype=XSD_INTEGER)


def _en(text: str) -> ox.Literal:
    return ox.Literal(text, language="en")


def _event_date(value: str) -> ox.Literal:
    datatype = {4: XSD_GYEAR, 7: XSD_GYEARMONTH, 10: XSD_DATE}[len(value)]
    return ox.Literal(value, datatype=datatype)


def _to_rdflib(term: ox.NamedNode | ox.Literal) -> URIRef | Literal:
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    if term.datatype.value == str(XSD.string):
        return Literal(term.value)
    return Literal(term.value, datatype=URIRef(term.datatype.value))


def nquads_text(statements: Iterable[tuple]) -> bytes:
    """(subject, predicate, object, graph) statements of pyoxigraph terms as N-Quads: a term's ``str`` is its
    N-Triples form, so this writes what ``pyoxigraph.serialize`` writes for the same quads (tests/test_build.py),
    without making a Quad of each."""
    # A predicate's text is made once (a report has few; str() is most of the cost), and a subject's or graph's
    # again only when it is not the same term as the statement before's (a builder states a node's triples together).
    predicates, lines = _PREDICATE_TEXT, []
    last_s = last_g = s_text = g_text = None
    for s, p, o, g in statements:
        if s is not last_s:
            s_text, last_s = str(s), s
        if (p_text := predicates.get(p)) is None:
            p_text = str(p)
            if len(predicates) < 10_000:
                predicates[p] = p_text
        if g is not last_g:
            g_text, last_g = str(g), g
        lines.append(f"{s_text} {p_text} {o} {g_text} .\n")
    return "".join(lines).encode("utf-8")


_PREDICATE_TEXT: dict[ox.NamedNode, str] = {}


@dataclass(frozen=True)
class BuiltReport:
    """One report as statements: (subject, predicate, object, graph) of pyoxigraph terms, its own graph's, then
    those it adds to the shared-entities graph; no repeats. They are kept as tuples (a pyoxigraph Quad, or
    anything that unpacks into those four): making a Quad costs about 4 µs, which was most of building a report;
    ``quads`` makes them when asked."""

    report_id: str
    statements: tuple[tuple[ox.NamedNode, ox.NamedNode, ox.NamedNode | ox.Literal, ox.NamedNode] | ox.Quad, ...]

    @cached_property
    def quads(self) -> tuple[ox.Quad, ...]:
        return tuple(s if isinstance(s, ox.Quad) else ox.Quad(*s) for s in self.statements)

    def graph_triples(self) -> dict[str, list[ox.Triple]]:
        """Graph IRI → its triples."""
        graphs: dict[str, list[ox.Triple]] = {}
        for quad in self.quads:
            graphs.setdefault(quad.graph_name.value, []).append(quad.triple)
        return graphs

    def nquads(self) -> bytes:
        """Every quad as N-Quads (what the store loads)."""
        return nquads_text(self.statements)

    def ntriples(self) -> bytes:
        """Every triple as N-Triples, the graphs merged (what SHACL reads)."""
        return ox.serialize((quad.triple for quad in self.quads), format=ox.RdfFormat.N_TRIPLES)

    def dataset(self) -> Dataset:
        """The quads as an rdflib Dataset."""
        dataset = Dataset()
        for name, triples in self.graph_triples().items():
            graph = dataset.graph(URIRef(name))
            for triple in triples:
                graph.add((_to_rdflib(triple.subject), _to_rdflib(triple.predicate), _to_rdflib(triple.object)))
        return dataset


# mkg:idOrderKey: a report id cut to what the store keeps whole in its index (a string of up to 15 bytes; ids are
# ASCII), which it then orders as text (kg.store.OxigraphStore.reports_in_key_order).
ORDER_KEY_LENGTH = 15

# The roles in which a report names an organisation (mkg:namesOrganisation).
_NAMING_ROLES = frozenset((M.player, M.actor, M.involves, M.citedSource))

# The properties whose values mkg:ValuesInUse lists: the group keys of developments and markets-by-cagr.
_VALUES_IN_USE = {M.eventDate: ox.NamedNode(str(iri.values_in_use("eventDate"))),
                  M.percent: ox.NamedNode(str(iri.values_in_use("percent")))}

_DEFAULT_TABLE_NAMES: dict[tuple[str, str], tuple[ox.NamedNode, bool]] = {}


class _ReportBuilder:
    """Holds the quads and IRIs while one card is turned into triples."""

    def __init__(self, card: ReportCard, table: LinkingTable):
        self.card = card
        self.table = table
        self.report_iri = str(iri.report(card.id))
        self.report = ox.NamedNode(self.report_iri)
        self.market = _shared_node(iri.market(market_key(card.market)))
        self.own_graph = ox.NamedNode(str(iri.report_graph(card.id)))
        self.order_key = ox.Literal(card.id[:ORDER_KEY_LENGTH])  # mkg:idOrderKey
        self.shared_graph = _shared_node(iri.ENTITIES_GRAPH)
        # An ordered set: a graph holds a triple once, whichever fact states it again.
        self.quads: dict[tuple, None] = {}  # (subject, predicate, object, graph)
        self.used: set[str] = set()
        self.spans: set[str] = set()
        self.dimensions: dict[str, str] = {}  # node IRI → its label (the name that first made it)
        self.by_path: dict[str, ox.NamedNode] = {}
        self.segment_nodes: dict[str, ox.NamedNode] = {}
        # Names resolved by the project's linking table are remembered across reports (in a worker process).
        self.names = _DEFAULT_TABLE_NAMES if table is LinkingTable.load() else {}

    # ------------------------------------------------------------------ helpers

    def add(self, s: ox.NamedNode, p: ox.NamedNode, o: ox.NamedNode | ox.Literal) -> None:
        """State a triple in the report's own graph."""
        self.quads[(s, p, o, self.own_graph)] = None

    def share(self, s: ox.NamedNode, p: ox.NamedNode, o: ox.NamedNode | ox.Literal) -> None:
        """State a triple in the shared-entities graph."""
        self.quads[(s, p, o, self.shared_graph)] = None

    def mint(self, *parts: str) -> ox.NamedNode:
        """A fact IRI under the report; a clash (two publishers' figures for one year) gets a suffix."""
        base = f"{self.report_iri}/{'/'.join(parts)}"
        node, n = base, 2
        while node in self.used:
            node, n = f"{base}-{n}", n + 1
        self.used.add(node)
        return ox.NamedNode(node)

    def span_node(self, span: Span) -> ox.NamedNode:
        name = f"{self.report_iri}/span/{span.start}-{span.end}"
        node = ox.NamedNode(name)
        if name not in self.spans:
            self.spans.add(name)
            self.add(node, A, M.SourceSpan)
            self.add(node, M.quote, ox.Literal(span.quote))
            self.add(node, M.startOffset, _int(span.start))
            self.add(node, M.endOffset, _int(span.end))
            self.add(node, M.inReport, self.report)
        return node

    def cite(self, node: ox.NamedNode, spans: Iterable[Span]) -> None:
        for span in spans:
            self.add(node, T_PROV.wasDerivedFrom, self.span_node(span))

    def fact(self, node: ox.NamedNode, kind: ox.NamedNode, fact: Fact, path: str) -> ox.NamedNode:
        self.add(node, A, kind)
        if fact.span is not None:
            self.add(node, M.primarySpan, self.span_node(fact.span))
        self.cite(node, fact.spans())
        if fact.confidence is not None:
            self.add(node, M.confidence, _dec(fact.confidence))
        self.by_path[path] = node
        return node

    def resolved(self, kind: str, name: str) -> tuple[ox.NamedNode, str | None]:
        """The shared IRI of an organisation or region name, and the linking table's label for it (None when the
        table does not know it). Resolving a name runs the name normaliser; the same names recur in report after
        report."""
        key = (kind, name)
        if (hit := self.names.get(key)) is None:
            if kind == "organisation":
                hit = _shared_node(self.table.organisation(name)), self.table.organisation_label(name)
            else:
                node, label = self.table.place(name)
                hit = _shared_node(node), label
            if len(self.names) < 100_000:
                self.names[key] = hit
        return hit

    def organisation(self, name: str) -> ox.NamedNode:
        """The one IRI of the organisation ``name`` writes; every written form is kept as a skos:altLabel."""
        node, table_label = self.resolved("organisation", name)
        if table_label is None:
            self.share(node, A, M.Organisation)
            self.share(node, LABEL, ox.Literal(name))
        self.share(node, T_SKOS.altLabel, ox.Literal(name))
        return node

    def region(self, name: str) -> ox.NamedNode:
        node, table_label = self.resolved("region", name)
        if table_label is None:
            self.share(node, A, M.Region)
            self.share(node, LABEL, ox.Literal(name))
        return node

    def label(self, kind: str, name: str) -> str:
        """The label the graph gives the organisation or region ``name`` writes: the linking table's, else the name."""
        return self.resolved(kind, name)[1] or name

    @cached_property
    def listed_segments(self) -> frozenset[str]:
        """The slugs of the segments the card lists (each stated with its own spans)."""
        return frozenset(iri.slug(seg.name) for seg in self.card.segments)

    def subject(self, fact: MarketValue | Cagr) -> tuple[ox.NamedNode, str]:
        if fact.segment:
            node = self.segment(fact.segment, None)
            key = iri.slug(fact.segment)
            if key not in self.listed_segments:
                self.cite(node, fact.spans())  # a segment named only by this figure is stated where the figure is
            return node, key
        if fact.region:
            return self.region(fact.region), iri.slug(fact.region)
        return self.market, iri.slug(self.card.market)

    @staticmethod
    def subject_name(fact: MarketValue | Cagr, market: str) -> ox.Literal:
        return ox.Literal(fact.segment or fact.region or market)

    def segment(self, name: str, dimension: str | None) -> ox.NamedNode:
        key = iri.slug(name)
        if key not in self.segment_nodes:
            dim = iri.slug(dimension or "unspecified")
            node = ox.NamedNode(f"{self.report_iri}/segment/{dim}/{key}")
            self.segment_nodes[key] = node
            self.add(node, A, M.Segment)
            self.add(node, T_SKOS.prefLabel, _en(name))
            self.add(node, T_SKOS.inScheme, self.dimension(dimension or "unspecified"))
            self.add(node, M.inMarket, self.market)
            concept = ox.NamedNode(f"{self.market.value}/segment/{iri.slug(segment_key(name))}")
            self.share(concept, A, M.SegmentConcept)
            self.share(concept, T_SKOS.altLabel, ox.Literal(name))
            self.share(concept, M.inMarket, self.market)
            self.add(node, M.sameSegmentAs, concept)
            if (condition := self.table.condition(name)) is not None:
                self.add(node, M.refersTo, _shared_node(condition))
        return self.segment_nodes[key]

    def dimension(self, name: str) -> ox.NamedNode:
        node = ox.NamedNode(f"{self.report_iri}/dimension/{iri.slug(name)}")
        if node.value not in self.dimensions:
            self.dimensions[node.value] = name
            self.add(node, A, M.SegmentationDimension)
            self.add(node, T_SKOS.prefLabel, _en(name))
            self.add(node, M.inMarket, self.market)
            self.add(self.report, M.hasDimension, node)
        return node

    def period(self, name: str, period) -> ox.NamedNode:
        node = self.mint("period", name)
        self.fact(node, M.Period, period, f"{name}_period")
        self.add(node, M.startYear, _int(period.start))
        self.add(node, M.endYear, _int(period.end))
        for edge, year in (("hasBeginning", period.start), ("hasEnd", period.end)):
            instant = ox.NamedNode(f"{node.value}/{edge[3:].lower()}")
            self.add(node, ox.NamedNode(TIME + edge), instant)
            self.add(instant, A, TIME_INSTANT)
            self.add(instant, TIME_IN_XSD_GYEAR, ox.Literal(str(year), datatype=XSD_GYEAR))
        return node

    # ------------------------------------------------------------------ the card, section by section

    def build(self) -> BuiltReport:
        self.report_node()
        self.segments_and_regions()
        figures = self.values()
        self.growth_rates(figures)
        self.factors_players_developments()
        self.source_issues()
        self.derived_from_own_graph()
        self.summary()
        return BuiltReport(self.card.id, tuple(self.quads))

    def derived_from_own_graph(self) -> None:
        """What the report's graph implies, read in one pass over its quads (three passes cost a sixth of building):

        - mkg:factCount (see its definition): the report's facts, the nodes of its own graph with a primary span,
          the report aside;
        - mkg:valueInUse (see mkg:ValuesInUse): each value the report states for a property whose values a page
          lists in order (the dates of developments, the percentages of rates), added to the shared graph;
        - mkg:namesOrganisation (see its definition): each organisation a node of the report's graph has in one of
          the roles that name it."""
        facts, in_use, named = set(), [], set()
        primary_span, own_graph = M.primarySpan, self.own_graph
        for subject, predicate, obj, graph in self.quads:
            if graph != own_graph:
                continue
            if predicate == primary_span:
                facts.add(subject)
            elif predicate in _NAMING_ROLES:
                named.add(obj)
            elif predicate in _VALUES_IN_USE:
                in_use.append((_VALUES_IN_USE[predicate], obj))
        facts.discard(self.report)
        self.add(self.report, M.factCount, _int(len(facts)))
        for node, value in in_use:
            self.share(node, A, M.ValuesInUse)
            self.share(node, M.valueInUse, value)
        for org in sorted(named, key=lambda node: node.value):
            self.add(self.report, M.namesOrganisation, org)

    def summary(self) -> None:
        """The report's summary names (mkg:publisherName, mkg:regionNames, mkg:dimensionNames; see their definitions),
        derived from what the report states: a page of report summaries then reads a few values a report instead of
        joining its regions and dimensions to their labels (half the time of a page at 10,000 reports)."""
        card = self.card
        if card.publisher:
            self.add(self.report, M.publisherName, ox.Literal(self.label("organisation", card.publisher)))
        if regions := sorted({self.label("region", region.name) for region in card.regions}):
            self.add(self.report, M.regionNames, ox.Literal(", ".join(regions)))
        if self.dimensions:
            self.add(self.report, M.dimensionNames, ox.Literal(", ".join(sorted(set(self.dimensions.values())))))

    def report_node(self) -> None:
        card, report = self.card, self.report
        self.add(report, A, M.MarketReport)
        self.add(report, M.reportId, ox.Literal(card.id))
        self.add(report, M.idOrderKey, self.order_key)  # derived from the id (see its definition)
        self.add(report, M.cardDigest, ox.Literal(card.digest()))
        self.add(report, M.market, self.market)
        self.add(report, M.marketName, ox.Literal(card.market))
        self.add(report, LABEL, ox.Literal(f"{card.market} market report ({card.publisher or 'unknown publisher'})"))
        self.share(self.market, A, M.Market)
        self.share(self.market, T_SKOS.prefLabel, _en(card.market))
        self.share(self.market, T_SKOS.altLabel, ox.Literal(card.market))
        report_spans = [card.market_span, card.publisher_span, card.report_date_span, card.geography_scope_span]
        self.cite(report, [s for s in report_spans if s is not None])
        if card.publisher:
            publisher = self.organisation(card.publisher)
            self.add(report, SCHEMA_PUBLISHER, publisher)
            self.add(report, T_PROV.wasAttributedTo, publisher)
        if card.report_date:
            self.add(report, SCHEMA_DATE_PUBLISHED, ox.Literal(card.report_date.isoformat(), datatype=XSD_DATE))
        if card.geography_scope:
            self.add(report, M.geographyScope, ox.Literal(card.geography_scope))
        if card.historical_period:
            self.add(report, M.historicalPeriod, self.period("historical", card.historical_period))
        if card.forecast_period:
            self.add(report, M.forecastPeriod, self.period("forecast", card.forecast_period))
        if card.units:
            self.add(report, M.forecastUnits, ox.Literal(card.units.name))
            self.cite(report, card.units.spans())
        for topic in card.coverage:
            self.add(report, M.coverageTopic, ox.Literal(topic.name))
            self.cite(report, topic.spans())
        for dimension in card.dimensions:
            self.cite(self.dimension(dimension.name), dimension.spans())

    def claim(self, subject: ox.NamedNode, item, path: str) -> None:
        if item.claim is None:
            return
        node = self.mint("claim", f"{item.claim.replace('_', '-')}-{iri.slug(item.name)}")
        self.add(node, A, CLAIM[item.claim])
        self.add(node, M.subject, subject)
        self.add(node, M.inMarket, self.market)
        if item.claim_period:
            self.add(node, M.periodAsWritten, ox.Literal(item.claim_period))
        if item.claim_span is not None:
            self.add(node, M.primarySpan, self.span_node(item.claim_span))
            self.cite(node, [item.claim_span])
        self.by_path[f"{path}.claim"] = node

    def segments_and_regions(self) -> None:
        for i, seg in enumerate(self.card.segments):
            node = self.segment(seg.name, seg.dimension)
            self.fact(node, M.Segment, seg, f"segments[{i}]")
            for example in seg.examples:
                target = self.table.condition(example.name)
                if target is None:  # no checked identifier: keep the example as a label only
                    self.add(node, T_SKOS.example, _en(example.name))
                else:
                    self.add(node, M.example, _shared_node(target))
                self.cite(node, example.spans())
            self.claim(node, seg, f"segments[{i}]")
        for i, reg in enumerate(self.card.regions):
            node = self.region(reg.name)
            self.add(self.report, M.coversRegion, node)
            self.cite(self.report, reg.spans() if reg.claim_span is None else [s for s in reg.spans() if s != reg.claim_span])
            self.by_path[f"regions[{i}]"] = self.report
            self.claim(node, reg, f"regions[{i}]")

    def figure(self, node: ox.NamedNode, subject: ox.NamedNode, currency: str, scale: str, amount: Decimal,
               year: int, status: str) -> None:
        self.add(node, M.subject, subject)
        self.add(node, M.inMarket, self.market)
        self.add(node, M.currency, _shared_node(iri.currency(currency)))
        self.add(node, M.scale, SCALE[scale])
        self.add(node, M.amount, _dec(amount))
        self.add(node, M.normalisedAmount, _dec(_whole_if_integral(amount * SCALE_MULTIPLIER[scale])))
        self.add(node, M.year, _int(year))
        self.add(node, M.status, STATUS[status])

    def values(self) -> dict[tuple[ox.NamedNode, int], tuple[ox.NamedNode, MarketValue]]:
        stated: dict[tuple[ox.NamedNode, int], tuple[ox.NamedNode, MarketValue]] = {}
        for i, value in enumerate(self.card.values):
            subject, key = self.subject(value)
            node = self.mint("value", f"{key}-{value.year}")
            self.fact(node, M.MarketSizeFigure, value, f"values[{i}]")
            self.figure(node, subject, value.currency, value.scale, Decimal(str(value.amount)), value.year, value.kind)
            self.add(node, M.subjectName, self.subject_name(value, self.card.market))
            self.add(node, M.amountAsWritten, ox.Literal(value.amount_as_written))
            stated.setdefault((subject, value.year), (node, value))
        return stated

    def growth_rates(self, stated: dict[tuple[ox.NamedNode, int], tuple[ox.NamedNode, MarketValue]]) -> None:
        for i, cagr in enumerate(self.card.cagr):
            subject, key = self.subject(cagr)
            period = f"{cagr.start or 'x'}-{cagr.end or 'x'}"
            node = self.mint("cagr", f"{key}-{period}")
            self.fact(node, M.GrowthRate, cagr, f"cagr[{i}]")
            self.add(node, M.subject, subject)
            self.add(node, M.subjectName, self.subject_name(cagr, self.card.market))
            self.add(node, M.inMarket, self.market)
            self.add(node, M.percent, _dec(cagr.percent))
            if cagr.start:
                self.add(node, M.startYear, _int(cagr.start))
            if cagr.end:
                self.add(node, M.endYear, _int(cagr.end))
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
        self.add(node, A, M.GrowthRate)
        self.add(node, M.subject, subject)
        self.add(node, M.subjectName, self.subject_name(cagr, self.card.market))
        self.add(node, M.inMarket, self.market)
        self.add(node, M.percent, _dec(Decimal(implied).quantize(Decimal("0.01"), ROUND_HALF_EVEN)))
        self.add(node, M.startYear, _int(cagr.start))
        self.add(node, M.endYear, _int(cagr.end))
        self.add(node, M.isDerived, TRUE)
        self.add(node, M.derivationMethod, ox.Literal(IMPLIED_CAGR_METHOD))
        self.add(node, T_PROV.wasDerivedFrom, start[0])
        self.add(node, T_PROV.wasDerivedFrom, end[0])

    def interpolated_values(self, subject, key, start, cagr_node, cagr: Cagr, stated) -> None:
        start_node, start_value = start
        base = Decimal(str(start_value.amount))
        forecast = self.card.forecast_period
        for year in range(cagr.start + 1, cagr.end + 1):
            if (subject, year) in stated:
                continue
            if forecast and forecast.start and forecast.end and not forecast.start <= year <= forecast.end:
                continue  # a rate over past years ("9.6% for 2019-2024") derives no forecast figures for them
            amount = (base * Decimal(1 + cagr.percent / 100) ** (year - cagr.start)).quantize(Decimal("0.01"))
            node = self.mint("value", f"{key}-{year}-derived")
            self.add(node, A, M.MarketSizeFigure)
            self.figure(node, subject, start_value.currency, start_value.scale, amount, year, "forecast")
            self.add(node, M.subjectName, self.subject_name(cagr, self.card.market))
            self.add(node, M.isDerived, TRUE)
            self.add(node, M.derivationMethod, ox.Literal(INTERPOLATED_VALUE_METHOD))
            self.add(node, T_PROV.wasDerivedFrom, start_node)
            self.add(node, T_PROV.wasDerivedFrom, cagr_node)

    def factors_players_developments(self) -> None:
        card = self.card
        for field, kind in FACTORS.items():
            for i, factor in enumerate(getattr(card, field)):
                node = self.mint(field.rstrip("s"), str(i + 1))
                self.fact(node, kind, factor, f"{field}[{i}]")
                self.add(node, M.summary, _en(factor.text))
                self.add(node, M.inMarket, self.market)
        for i, player in enumerate(card.players):
            org = self.organisation(player.label or player.name)
            if player.label and player.label != player.name:  # the misspelling too is a way the name is written
                self.share(org, T_SKOS.altLabel, ox.Literal(player.name))
            node = self.mint("player", iri.slug(player.label or player.name))
            self.fact(node, M.KeyPlayerRole, player, f"players[{i}]")
            self.add(node, M.player, org)
            self.add(self.report, M.namesPlayer, org)  # derived from the role (see its definition)
            self.add(org, M.playerOrderKey, self.order_key)  # derived too, for reading them in id order
            self.add(node, M.inMarket, self.market)
            self.add(node, M.nameAsWritten, ox.Literal(player.name))
            self.add(node, LABEL, ox.Literal(player.label or player.name))
            if player.country:
                self.stated_country(node, player)
        for i, dev in enumerate(card.developments):
            when = f"{dev.date}-q{dev.quarter}" if dev.quarter else dev.date
            node = self.mint("development", f"{when}-{iri.slug(dev.actor)}")
            self.fact(node, M.Development, dev, f"developments[{i}]")
            date = _event_date(dev.date)
            self.add(node, M.eventDate, date)
            if dev.quarter:
                self.add(node, M.eventQuarter, ox.Literal(str(dev.quarter), datatype=XSD_INTEGER))
            self.add(node, M.eventKey, ox.Literal(f"{date.value}|{dev.actor}"))  # derived (see its definition)
            actor = self.organisation(player_named_by(dev.actor, [p.label or p.name for p in self.card.players]))
            self.share(actor, T_SKOS.altLabel, ox.Literal(dev.actor))
            self.add(node, M.actor, actor)
            self.add(node, M.actorName, ox.Literal(dev.actor))
            self.add(node, M.summary, _en(dev.summary))
            self.add(node, M.inMarket, self.market)
            for other in dev.involves:
                self.add(node, M.involves, self.organisation(other))
        for i, stat in enumerate(card.statistics):
            node = self.mint("statistic", str(i + 1))
            self.fact(node, M.CitedStatistic, stat, f"statistics[{i}]")
            self.add(node, M.summary, _en(stat.text))
            if stat.percent is not None:
                self.add(node, M.percent, _dec(stat.percent))
            if stat.year is not None:
                self.add(node, M.year, _int(stat.year))
            if stat.source:
                self.add(node, M.citedSource, self.organisation(stat.source))

    def stated_country(self, role: ox.NamedNode, player) -> None:
        """The country written beside a player: the report's claim, with the words as provenance."""
        self.add(role, M.countryAsWritten, ox.Literal(player.country))
        if player.country_span is not None:
            self.add(role, M.countrySpan, self.span_node(player.country_span))
        if (country := self.table.country(player.country)) is not None:
            self.add(role, M.statedCountry, _shared_node(country))

    def source_issues(self) -> None:
        for i, issue in enumerate(self.card.source_issues):
            node = self.mint("defect", str(i + 1))
            self.add(node, A, M.SourceDefect)
            self.add(node, M.defectKind, ox.Literal(issue.kind))
            self.add(node, COMMENT, _en(issue.note))
            self.cite(node, [issue.span])
            if (target := self.by_path.get(issue.concerns)) is not None:
                self.add(node, M.concerns, target)


def build_quads(card: ReportCard, table: LinkingTable | None = None) -> BuiltReport:
    """Turn one card into quads: the report's named graph and what it adds to the shared-entities graph.

    Args:
        card: the report's card; only the card is read, never the text.
        table: the linking table that resolves shared names to IRIs (the project's by default).
    """
    return _ReportBuilder(card, table or LinkingTable.load()).build()


def build(card: ReportCard, table: LinkingTable | None = None) -> Dataset:
    """``build_quads`` as an rdflib Dataset: the report's named graph and the shared-entities graph."""
    return build_quads(card, table).dataset()


def report_graph(dataset: Dataset, report_id: str) -> Graph:
    return dataset.graph(iri.report_graph(report_id))
