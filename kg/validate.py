"""Validate: SHACL (pySHACL) on a report's graph with the shared graphs, plus OWL consistency (HermiT).

The report is data; the CLI and HTTP faces only render it.

>>> from kg.card import ReportCard
>>> from kg.build import build
>>> from kg.paths import CARDS_DIR
>>> report = validate(build(ReportCard.from_file(CARDS_DIR / "000_67218fe0b33be073.yaml")), reasoning=False)
>>> report.conforms, len(report.violations), len(report.warnings)
(True, 0, 0)
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Literal as Severity

import pyoxigraph as ox
from pyshacl import validate as shacl_validate
from rdflib import RDF, RDFS, XSD, Dataset, Graph, Literal, URIRef
from rdflib.graph import ReadOnlyGraphAggregate
from rdflib.namespace import PROV, SH

from kg import iri
from kg.build import BuiltReport, nquads_text
from kg.link import LinkingTable, linking_graph
from kg.paths import ONTOLOGY_DIR
from kg.reason import OwlVerdict, ontology, reason
from kg.vocab import MKG

SEVERITY_NAMES = {SH.Violation: "Violation", SH.Warning: "Warning", SH.Info: "Info"}


@cache
def shapes() -> Graph:
    """The mkg SHACL shapes (parsed once)."""
    return Graph().parse(ONTOLOGY_DIR / "shapes.ttl")


@cache
def _default_linking() -> Graph:
    return linking_graph()


@cache
def _linking_parts() -> tuple[list, dict]:
    """The linking graph split in two: the curated table's triples, and the places data (countries, regions,
    currencies: thousands of triples, validated once in tests/test_link.py) by subject."""
    linking = _default_linking()
    places_nodes = set(linking.subjects(PROV.wasDerivedFrom, iri.PLACES_SOURCE)) | {iri.PLACES_SOURCE}
    curated, places = [], {}
    for triple in linking:
        if triple[0] in places_nodes:
            places.setdefault(triple[0], []).append(triple)
        else:
            curated.append(triple)
    return curated, places


def _linking_for(graphs) -> list:
    """What a report needs of the linking graph: the curated table, and the places it or the table refers to."""
    curated, places = _linking_parts()
    referenced = {o for graph in graphs for o in graph.objects()} | {o for _, _, o in curated}
    return curated + [t for node in referenced & places.keys() for t in places[node]]


@dataclass(frozen=True)
class ValidationResult:
    severity: str
    focus: str
    path: str
    message: str
    value: str
    shape: str


@dataclass
class ValidationReport:
    """SHACL results plus the OWL verdict. ``conforms`` is False on any violation or inconsistency."""

    results: list[ValidationResult]
    graph: Graph
    owl: OwlVerdict | None = None
    label: str = ""
    inferred: Graph = field(default_factory=Graph)

    @property
    def violations(self) -> list[ValidationResult]:
        return [r for r in self.results if r.severity == "Violation"]

    @property
    def warnings(self) -> list[ValidationResult]:
        return [r for r in self.results if r.severity == "Warning"]

    @property
    def conforms(self) -> bool:
        return not self.violations and (self.owl is None or self.owl.consistent)

    def fails(self, fail_on: Severity["violation", "warning"] = "violation") -> bool:
        return not self.conforms or (fail_on == "warning" and bool(self.warnings))

    def as_table(self) -> str:
        """A readable report: one block per result, most severe first."""
        lines = []
        owl = "not run" if self.owl is None else ("consistent" if self.owl.consistent else "INCONSISTENT")
        verdict = "conforms" if self.conforms else "does NOT conform"
        lines.append(
            f"{self.label or 'report'}: {verdict} — {len(self.violations)} violation(s), "
            f"{len(self.warnings)} warning(s); OWL: {owl}"
        )
        if self.owl is not None and not self.owl.consistent:
            lines.append(f"  [Violation] {self.owl.explanation}")
        for r in sorted(self.results, key=lambda r: (r.severity != "Violation", r.focus)):
            lines.append(f"  [{r.severity}] {r.focus}")
            if r.path:
                lines.append(f"      path:    {r.path}")
            if r.value and r.value != r.focus:
                lines.append(f"      value:   {r.value}")
            lines.append(f"      message: {r.message}")
        return "\n".join(lines)


def _short(term) -> str:
    text = str(term)
    for prefix, short in ((iri.ID + "report/", ""), (iri.ID, ""), ("https://w3id.org/mkg/ns#", "mkg:"),
                          ("http://www.w3.org/ns/prov#", "prov:"), ("http://www.w3.org/2004/02/skos/core#", "skos:"),
                          ("https://w3id.org/mkg/shapes#", "")):
        if text.startswith(prefix):
            return short + text[len(prefix):]
    return text


def _results(results_graph: Graph) -> list[ValidationResult]:
    out = []
    for result in results_graph.subjects(SH.resultSeverity, None):
        get = lambda p: results_graph.value(result, p)  # noqa: E731
        value = get(SH.value)
        out.append(ValidationResult(
            severity=SEVERITY_NAMES.get(get(SH.resultSeverity), str(get(SH.resultSeverity))),
            focus=_short(get(SH.focusNode)),
            path=_short(get(SH.resultPath)) if isinstance(get(SH.resultPath), URIRef) else "",
            message=str(get(SH.resultMessage) or "constraint not met"),
            value="" if value is None else (str(value) if isinstance(value, Literal) else _short(value)),
            shape=_short(get(SH.sourceShape)),
        ))
    return out


SHACL_ENGINES = ("pyshacl", "turbo")


@cache
def _compiled_shapes():
    import pyshacl_turbo

    return pyshacl_turbo.compile_shapes(shapes(), advanced=True)


@cache
def _class_context() -> Graph:
    """What the shapes need to know beyond the report: the ontology's subclass axioms (targets and
    sh:class follow rdfs:subClassOf) and the classes and labels of the linking table's entities. The linking
    table itself is validated once, not again with every report (tests/test_link.py)."""
    graph = Graph()
    for triple in ontology().triples((None, RDFS.subClassOf, None)):
        graph.add(triple)
    for triple in _default_linking().triples((None, RDF.type, None)):
        graph.add(triple)
    for triple in _default_linking().triples((None, RDFS.label, None)):  # reports add altLabels to these
        graph.add(triple)
    return graph


def _shacl(data: Graph, engine: str, focus: list | None = None) -> Graph:
    """The SHACL results graph. ``pyshacl`` is the reference; ``turbo`` (pyshacl-turbo, a Rust engine
    with shapes compiled once) reports the same results ~40x faster, which bulk ingest needs
    (tests/test_validate.py checks that the two agree)."""
    if engine == "turbo":
        # pySHACL's ont_graph mixes the ontology into the data; here it is mixed in by the caller.
        _, results_graph, _ = _compiled_shapes().validate(data, allow_warnings=True, focus_nodes=focus)
        return results_graph
    _, results_graph, _ = shacl_validate(data, shacl_graph=shapes(), ont_graph=ontology(), inference="none",
                                         advanced=True, allow_warnings=True)
    return results_graph


@cache
def _class_context_lines() -> tuple[str, dict[str, str]]:
    """The class context as N-Triples: the subclass axioms, and each linking entity's type and label lines by
    entity IRI."""
    axioms, by_node = [], {}
    for s, p, o in _class_context():
        line = f"{s.n3()} {p.n3()} {o.n3()} .\n"
        if p == RDFS.subClassOf:
            axioms.append(line)
        else:
            by_node[str(s)] = by_node.get(str(s), "") + line
    return "".join(axioms), by_node


def validate_built(built: BuiltReport, *, label: str = "") -> ValidationReport:
    """``validate(built.dataset(), reasoning=False, engine="turbo")`` without making the Dataset: the quads
    go to the Rust engine as N-Quads text (what the store loads) beside the class context, which it parses itself (converting an
    rdflib graph for it cost more than validating). Bulk ingest validates every report this way.

    >>> from kg.build import build_quads
    >>> from kg.card import ReportCard
    >>> from kg.paths import CARDS_DIR
    >>> validate_built(build_quads(ReportCard.from_file(CARDS_DIR / "000_67218fe0b33be073.yaml"))).conforms
    True
    """
    data, focus, _ = _validation_input(built)
    return _validate_input(data, focus, label)


def _validate_input(data, focus: list[str], label: str) -> ValidationReport:
    _, results_graph, _ = _compiled_shapes().validate(data, allow_warnings=True, focus_nodes=focus)
    return ValidationReport(results=_results(results_graph), graph=results_graph, label=label)


# The screening shapes: the shapes with what only warns left out, and three SPARQL constraints written as the
# core constraints that flag the same nodes (the engine evaluates a SPARQL constraint per focus node, at about
# a third of the validation's time). Each replacement flags at least what its SPARQL flags, so a report
# the screening passes has no violation under the full shapes (tests/test_validate.py holds the two verdicts
# equal on valid and invalid reports).
SCREENING_REPLACEMENTS = {
    # "Period ends ({?end}) before it starts ({?start})": FILTER (?end < ?start)
    "PeriodShape": "sh:property [ sh:path mkg:startYear ; sh:lessThanOrEquals mkg:endYear ]",
    # "Growth period ends ({?end}) before it starts ({?start})": FILTER (?end <= ?start)
    "GrowthRateShape": "sh:property [ sh:path mkg:startYear ; sh:lessThan mkg:endYear ]",
    # "A country stated beside a key player needs the words that state it": a statedCountry, no countrySpan
    "KeyPlayerRoleShape": "sh:or ( [ sh:path mkg:statedCountry ; sh:maxCount 0 ] [ sh:path mkg:countrySpan ; sh:minCount 1 ] )",
}
# Shapes the screening leaves to Python, on the quads themselves (``_span_screen``): SourceSpanShape (four
# property shapes and a SPARQL query, "Span offsets {?start}–{?end} do not cover its quote", on each of a report's
# ~70 span nodes) was over a quarter of the engine's screening time, and is a few comparisons per span here.
SCREENED_IN_PYTHON = ("SourceSpanShape",)
# Shapes whose SPARQL constraints the screening leaves to Python (``_forecast_flagged``): MarketSizeFigureShape's
# "Forecast figure for {?year} lies outside the forecast period {?start}–{?end}", evaluated by the engine for each
# figure, was a tenth of its screening time; its other constraints stay with the engine.
SPARQL_SCREENED_IN_PYTHON = ("MarketSizeFigureShape",)


@cache
def _screening_shapes():
    """The shapes compiled for screening (see ``SCREENING_REPLACEMENTS`` and ``SCREENED_IN_PYTHON``)."""
    import pyshacl_turbo

    return pyshacl_turbo.compile_shapes(_screening_graph(), advanced=True)


@cache
def _screening_graph() -> Graph:
    """The screening shapes as a graph."""
    graph = Graph()
    for prefix, namespace in shapes().namespaces():
        graph.bind(prefix, namespace)
    warning_only = {shape for shape in shapes().subjects(SH.severity, SH.Warning) if (shape, RDF.type, SH.NodeShape) in shapes()}
    shapes_ns = "https://w3id.org/mkg/shapes#"
    replaced = {URIRef(shapes_ns + name) for name in SCREENING_REPLACEMENTS}
    dropped = {constraint for shape in replaced | {URIRef(shapes_ns + name) for name in SPARQL_SCREENED_IN_PYTHON}
               for constraint in shapes().objects(shape, SH.sparql)}
    in_python = {URIRef(shapes_ns + name) for name in SCREENED_IN_PYTHON}

    def reachable(node, seen):
        if node not in seen:
            seen.add(node)
            for _, _, value in shapes().triples((node, None, None)):
                if not isinstance(value, URIRef):
                    reachable(value, seen)
        return seen

    skipped: set = set()
    for node in warning_only | dropped | in_python:
        reachable(node, skipped)
    for s, p, o in shapes():
        if s not in skipped and not (p == SH.sparql and o in dropped):
            graph.add((s, p, o))
    core = "".join(f"mkgsh:{name} {constraint} .\n" for name, constraint in SCREENING_REPLACEMENTS.items())
    graph.parse(data=f"@prefix sh: <{SH}> . @prefix mkg: <https://w3id.org/mkg/ns#> . @prefix mkgsh: <{shapes_ns}> .\n{core}",
                format="turtle")
    return graph


def _path_predicates(path) -> set | None:
    """The predicates a SPARQL property path reads; None when it can read any (a negated property set)."""
    from rdflib.paths import AlternativePath, InvPath, MulPath, NegatedPath, SequencePath

    if isinstance(path, URIRef):
        return {path}
    if isinstance(path, NegatedPath):
        return None
    parts = path.args if isinstance(path, (SequencePath, AlternativePath)) else [path.arg if isinstance(path, InvPath) else path.path]
    found: set = set()
    for part in parts:
        if (more := _path_predicates(part)) is None:
            return None
        found |= more
    return found


def _sparql_predicates(text: str, prefixes: dict[str, str]) -> set | None:
    """The predicates a SPARQL constraint's query reads; None when it can read any (a variable predicate)."""
    from rdflib.plugins.sparql import prepareQuery
    from rdflib.term import Variable

    found: set = set()
    stack = [prepareQuery(text, initNs=prefixes).algebra]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):  # CompValue: an algebra node; a basic graph pattern's triples hold the predicates
            for _, predicate, _ in (node.get("triples") or ()) if getattr(node, "name", "") == "BGP" else ():
                if isinstance(predicate, Variable) or (more := _path_predicates(predicate)) is None:
                    return None
                found |= more
            stack.extend(node.values())
        elif isinstance(node, (list, tuple)):
            stack.extend(node)
    return found


@cache
def _screening_reads() -> frozenset[str] | None:
    """Every predicate the screening shapes can read: the IRIs the shapes name (paths, targets, classes), the
    predicates of their SPARQL constraints, and rdf:type and rdfs:subClassOf (targets and sh:class). None when
    that cannot be known (a closed shape, a variable predicate), and the screening then reads every quad.

    Triples of any other predicate cannot change what the screening shapes find, so the screening input leaves
    them out: SourceSpanShape's offsets and quotes (``SCREENED_IN_PYTHON``: a third of the text), labels, the
    spans' links. Parsing is half of the engine's time and grows with the text."""
    graph = _screening_graph()
    if any(graph.triples((None, SH.closed, None))):
        return None
    reads = {RDF.type, RDFS.subClassOf} | {term for triple in graph for term in triple if isinstance(term, URIRef)}
    prefixes = {str(graph.value(d, SH.prefix)): str(graph.value(d, SH.namespace)) for d in graph.objects(None, SH.declare)}
    for query in [*graph.objects(None, SH.select), *graph.objects(None, SH.ask)]:
        if (more := _sparql_predicates(str(query), prefixes)) is None:
            return None
        reads |= more
    return frozenset(map(str, reads))


_RDF_TYPE, _SUBCLASS_OF = ox.NamedNode(str(RDF.type)), ox.NamedNode(str(RDFS.subClassOf))
_XSD_STRING, _XSD_INTEGER = ox.NamedNode(str(XSD.string)), ox.NamedNode(str(XSD.integer))
# What SourceSpanShape reads of a span node: start offsets, end offsets, quotes, reports.
_SPAN_PARTS = {ox.NamedNode(str(MKG.startOffset)): 0, ox.NamedNode(str(MKG.endOffset)): 1,
               ox.NamedNode(str(MKG.quote)): 2, ox.NamedNode(str(MKG.inReport)): 3}
_DIGITS = re.compile(r"[0-9]+")
# What MarketSizeFigureShape's SPARQL constraint reads: statuses, years, forecast periods, their start and end years.
_STATUS, _YEAR, _FORECAST_PERIOD, _START_YEAR, _END_YEAR = (ox.NamedNode(str(t)) for t in (
    MKG.status, MKG.year, MKG.forecastPeriod, MKG.startYear, MKG.endYear))
_FORECAST = ox.NamedNode(str(MKG.Forecast))


@cache
def _span_screen_classes() -> tuple[frozenset, frozenset, frozenset]:
    """The classes whose instances SourceSpanShape targets (mkg:SourceSpan and its subclasses in the ontology's
    axioms), those its sh:class mkg:MarketReport accepts, and the linking entities typed with any of them in the
    class context (none: a report naming one is left to the engine)."""
    axioms = [(str(s), str(o)) for s, _, o in _class_context().triples((None, RDFS.subClassOf, None))]

    def below(cls: str) -> frozenset:
        found, grown = {cls}, True
        while grown:
            grown = False
            for sub, sup in axioms:
                if sup in found and sub not in found:
                    found.add(sub)
                    grown = True
        return frozenset(found)

    spans, reports = below(str(MKG.SourceSpan)), below(str(MKG.MarketReport))
    linked = frozenset(str(s) for s, _, o in _class_context().triples((None, RDF.type, None)) if str(o) in spans | reports)
    return frozenset(ox.NamedNode(c) for c in spans), frozenset(ox.NamedNode(c) for c in reports), linked


def _one_offset(values: list, least: int) -> int | None:
    """The one xsd:integer offset of at least ``least``, written in digits; None for anything else."""
    if len(values) == 1 and isinstance(values[0], ox.Literal) and values[0].datatype == _XSD_INTEGER \
            and _DIGITS.fullmatch(values[0].value) and int(values[0].value) >= least:
        return int(values[0].value)
    return None


def _span_flagged(parts: tuple[list, list, list, list], report_nodes: set) -> bool:
    """Whether SourceSpanShape could flag a span node with these start offsets, end offsets, quotes and reports.
    Stricter than the shape where that is simpler (an offset of '+3' or '03' is flagged too): what is flagged goes
    to the full shapes, which decide; what passes here passes the shape.

    The shape: one xsd:integer start >= 0, one xsd:integer end >= 1, one xsd:string quote of at least one
    character, one mkg:inReport that is a mkg:MarketReport, and its SPARQL: end - start is the quote's length."""
    starts, ends, quotes, reports = parts
    start, end = _one_offset(starts, 0), _one_offset(ends, 1)
    if start is None or end is None or len(quotes) != 1 or len(reports) != 1 or reports[0] not in report_nodes:
        return True
    quote = quotes[0]
    return not (isinstance(quote, ox.Literal) and quote.datatype == _XSD_STRING and quote.language is None
                and len(quote.value) == end - start >= 1)


def _year(value) -> int | None:
    """An xsd:integer written in digits, as an int; None for anything else."""
    if type(value) is ox.Literal and value.datatype == _XSD_INTEGER and _DIGITS.fullmatch(value.value):
        return int(value.value)
    return None


def _forecast_flagged(forecasts: set, years: dict, periods: list, starts: dict, ends: dict) -> bool:
    """Whether MarketSizeFigureShape's SPARQL constraint could flag a node, given the nodes with mkg:status
    mkg:Forecast, each node's mkg:year values, the objects of mkg:forecastPeriod, and each node's mkg:startYear and
    mkg:endYear values. Stricter than the constraint where that is simpler: every node with a forecast status is
    looked at, not only the figures the shape targets, and a year that is no xsd:integer in digits is flagged.

    The constraint: ``$this mkg:status mkg:Forecast ; mkg:year ?year . ?report mkg:forecastPeriod ?period .
    ?period mkg:startYear ?start ; mkg:endYear ?end . FILTER (?year < ?start || ?year > ?end)``."""
    bounds = [(start, end) for period in periods for start in starts.get(period, ()) for end in ends.get(period, ())]
    if not bounds or not forecasts:
        return False
    for node in forecasts:
        for value in years.get(node, ()):
            year = _year(value)
            for start_value, end_value in bounds:
                start, end = _year(start_value), _year(end_value)
                if year is None or start is None or end is None or year < start or year > end:
                    return True
    return False


@dataclass
class _Examined:
    """One pass over a report's quads: its focus nodes (every subject), the IRIs it names, whether what the screening
    checks in Python (``SCREENED_IN_PYTHON``, ``SPARQL_SCREENED_IN_PYTHON``) flags it, and its quads split into those of a predicate the
    screening shapes read (``_screening_reads``) and the rest."""

    focus: list[str]
    named: set[str]
    flagged: bool
    read: list
    unread: list

    def context(self) -> str:
        """The class context of the linking entities the report names, as N-Triples: only those can be targets or
        values of its shapes (the whole context is five times the report)."""
        axioms, by_node = _class_context_lines()
        return axioms + "".join(by_node[node] for node in self.named if node in by_node)


@cache
def _screening_read_nodes() -> frozenset | None:
    reads = _screening_reads()
    return None if reads is None else frozenset(ox.NamedNode(p) for p in reads)


# What ``_examine`` does with a statement of rdf:type, rdfs:subClassOf, or what ``_forecast_flagged`` reads (0-3: a
# span part).
_TYPE, _CLASS, _STATUS_OF, _YEAR_OF, _PERIOD_OF, _START_OF, _END_OF = range(-1, -8, -1)


@cache
def _predicate_roles() -> dict:
    """Predicate → (whether the screening shapes read it, what ``_examine`` does with it: one of the roles above,
    a span part or None), for the predicates the screening reads and those ``_examine`` looks at; any other
    predicate is read only when the screening reads every predicate."""
    reads = _screening_read_nodes()
    roles = {_RDF_TYPE: _TYPE, _SUBCLASS_OF: _CLASS, **_SPAN_PARTS, _STATUS: _STATUS_OF, _YEAR: _YEAR_OF,
             _FORECAST_PERIOD: _PERIOD_OF, _START_YEAR: _START_OF, _END_YEAR: _END_OF}
    return {predicate: (reads is None or predicate in reads, roles.get(predicate))
            for predicate in {*(reads or ()), *roles}}


def _examine(built: BuiltReport) -> _Examined:
    span_classes, report_classes, linked_classed = _span_screen_classes()
    unknown = (_screening_read_nodes() is None, None)
    roles, named_node = _predicate_roles(), ox.NamedNode
    subjects, objects, spans, span_nodes, report_nodes = set(), set(), {}, set(), set()
    forecasts, years, periods, starts, ends = set(), {}, [], {}, {}
    read, unread = [], []
    flagged, last = False, None
    for statement in built.statements:
        subject, predicate, obj, _ = statement
        if subject is not last:  # a builder states a node's triples together: each subject is added about once
            subjects.add(subject)
            last = subject
        if type(obj) is named_node:
            objects.add(obj)
        is_read, role = roles.get(predicate, unknown)
        (read if is_read else unread).append(statement)
        if role is None:
            continue
        if role == _TYPE:
            if obj in span_classes:
                span_nodes.add(subject)
            if obj in report_classes:
                report_nodes.add(subject)
        elif role >= 0:
            spans.setdefault(subject, ([], [], [], []))[role].append(obj)
        elif role == _YEAR_OF:
            years.setdefault(subject, []).append(obj)
        elif role == _STATUS_OF:
            if obj == _FORECAST:
                forecasts.add(subject)
        elif role == _START_OF:
            starts.setdefault(subject, []).append(obj)
        elif role == _END_OF:
            ends.setdefault(subject, []).append(obj)
        elif role == _PERIOD_OF:
            periods.append(obj)
        else:  # rdfs:subClassOf, a class of the report's own: the engine decides what it targets
            flagged = True
    focus = sorted(subject.value for subject in subjects)
    named = set(focus)
    named.update(obj.value for obj in objects)
    empty = ([], [], [], [])
    flagged = flagged or bool(linked_classed & named) or any(_span_flagged(spans.get(node, empty), report_nodes)
                                                             for node in span_nodes) \
        or _forecast_flagged(forecasts, years, periods, starts, ends)
    return _Examined(focus, named, flagged, read, unread)


def _input(text: str):
    from pyshacl_turbo.rdf import Input  # the engine's own input record: text it parses natively

    return Input(text, "nquads", None, {})


def _validation_input(built: BuiltReport, nquads: bytes | None = None):
    """The report's quads as N-Quads (``built.nquads()``, what the store loads, unless given) with the class
    context of the linking entities it names, its focus nodes, and whether what the screening checks in Python
    (``SCREENED_IN_PYTHON``) flags it. The engine validates the union of the graphs, as it would the N-Triples
    of the merged graphs."""
    examined = _examine(built)
    return _input((nquads or built.nquads()).decode("utf-8") + examined.context()), examined.focus, examined.flagged


def _screen(data, focus: list[str]) -> bool:
    """Whether the screening shapes find nothing. Only the verdict is needed: the engine is asked directly, and
    its results graph is not made into an rdflib graph (that cost a millisecond a report, a tenth of the
    validation), unless this version of pyshacl-turbo does not answer so, when its public call is used."""
    compiled = _screening_shapes()
    native = getattr(compiled, "_native", None)
    if native is not None:
        try:
            return bool(native.validate(data.source, data.format, data.base, False, 100, 15, False, False, True, False,
                                        focus, [], [])[0])
        except TypeError:  # another signature: the public call below
            pass
    conforms, _, _ = compiled.validate(data, allow_warnings=True, focus_nodes=focus)
    return conforms


def validate_and_serialise(built: BuiltReport, *, label: str = "") -> tuple[ValidationReport, bytes]:
    """Whether a report may be loaded, as bulk ingest asks it, and its quads as N-Quads (what the store loads).

    The report is screened with the cheaper screening shapes on the quads they read, and only when the screening
    finds something, validated with the full shapes on all its quads for the verdict and SHACL report
    (``validate_built``). A report the screening passes conforms, and its report lists no results: warnings,
    which never stop a load, are not looked for. The N-Quads are written once, in two parts: what the screening
    reads, and the rest."""
    examined = _examine(built)
    context = examined.context()
    read = nquads_text(examined.read)
    nquads = read + nquads_text(examined.unread) if examined.unread else read
    if not examined.flagged and _screen(_input(read.decode("utf-8") + context), examined.focus):
        return ValidationReport(results=[], graph=Graph(), label=label), nquads
    return _validate_input(_input(nquads.decode("utf-8") + context), examined.focus, label), nquads


def validate_for_load(built: BuiltReport, *, label: str = "") -> ValidationReport:
    """``validate_and_serialise`` without the N-Quads."""
    return validate_and_serialise(built, label=label)[0]


def validate(dataset: Dataset, *, reasoning: bool = True, table: LinkingTable | None = None,
             label: str = "", engine: str = "pyshacl") -> ValidationReport:
    """Validate one built report with the shared linking graph.

    Args:
        dataset: the output of ``kg.build.build`` (the report graph and the entities graph).
        reasoning: also load ontology + data into owlready2 and check consistency with HermiT;
            the report then carries the inferred ``mkg:locatedIn`` triples.
        table: the linking table (the project's by default).
        label: how to name the report in ``as_table``.
        engine: the SHACL engine, ``pyshacl`` (reference) or ``turbo`` (fast, same results).
    """
    if engine not in SHACL_ENGINES:
        raise ValueError(f"unknown SHACL engine {engine!r}; use one of {SHACL_ENGINES}")
    graphs = [graph for graph in dataset.graphs() if len(graph)]
    if engine == "turbo" and table is None:
        # The Rust engine reads the graphs in place: no copy into one rdflib graph (half its time).
        data = ReadOnlyGraphAggregate([*graphs, _class_context()])
    else:
        data = Graph()
        for graph in graphs:
            for triple in graph:
                data.add(triple)
        for triple in (_linking_for(graphs) if table is None else linking_graph(table)):
            data.add(triple)
        if engine == "turbo":
            data.addN((s, p, o, data) for s, p, o in ontology())
    # With only the linking table's classes at hand, validate what the report states: its own nodes.
    focus = sorted({s for graph in graphs for s in graph.subjects()}) if engine == "turbo" else None
    results_graph = _shacl(data, engine, focus)
    report = ValidationReport(results=_results(results_graph), graph=results_graph, label=label)
    if reasoning:
        report.owl = reason(data)
        report.inferred = report.owl.inferred or Graph()
    return report
