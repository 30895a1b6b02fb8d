"""`mkg validate`: violations fail (exit 1), warnings are reported without failing, bad input is exit 2."""

import json
from pathlib import Path

import pytest

from kg.build import build
from kg.card import ReportCard
from kg.cli import main
from kg.validate import validate


def write_card(tmp_path, card: ReportCard, name="card.json"):
    path = tmp_path / name
    path.write_text(card.to_json())
    return str(path)


def broken_three_ways(card: ReportCard) -> ReportCard:
    data = card.model_dump()
    data["cagr"][0]["percent"] = 161.3
    data["values"].append({**data["values"][1], "year": 2040, "amount": 40.0})
    data["drivers"][0]["span"] = None
    return ReportCard.model_validate(data)


def with_cagr(card: ReportCard, percent: float) -> ReportCard:
    data = card.model_dump()
    data["cagr"][0]["percent"] = percent
    return ReportCard.model_validate(data)


def test_shipped_cards_validate(capsys):
    assert main(["validate"]) == 0
    out = capsys.readouterr().out
    assert "conforms — 0 violation(s), 0 warning(s); OWL: consistent" in out


def test_broken_card_names_all_three_problems(tmp_path, seed_card, capsys):
    assert main(["validate", write_card(tmp_path, broken_three_ways(seed_card))]) == 1
    out = capsys.readouterr().out
    assert "3 violation(s)" in out
    assert "161.3" in out and "A CAGR must be a percentage no greater than 100" in out
    assert "Forecast figure for 2040 lies outside the forecast period 2024–2031" in out
    assert "driver/1" in out and "Fact has no provenance" in out


def test_inconsistent_cagr_is_a_warning_naming_both_rates(tmp_path, seed_card, capsys):
    path = write_card(tmp_path, with_cagr(seed_card, 61.3))
    assert main(["validate", path]) == 0
    out = capsys.readouterr().out
    assert "0 violation(s), 1 warning(s)" in out
    assert "Stated CAGR 61.3% for 2024–2031 disagrees with the 16.27% implied by the stated market values" in out
    assert main(["validate", "--fail-on", "warning", path]) == 1


def test_cagr_within_tolerance_gives_no_warning(seed_card):
    report = validate(build(with_cagr(seed_card, 16.4)), reasoning=False)
    assert report.warnings == [] and report.conforms
    report = validate(build(with_cagr(seed_card, 16.5)), reasoning=False)
    assert len(report.warnings) == 1


def test_unusable_input_exits_2(tmp_path, capsys):
    (tmp_path / "bad.yaml").write_text("id: x\nmarket: [")
    assert main(["validate", str(tmp_path / "bad.yaml")]) == 2
    assert "cannot read card" in capsys.readouterr().err
    (tmp_path / "wrong.json").write_text(json.dumps({"id": "x", "market": "m", "values": [{"amount": "lots"}]}))
    assert main(["validate", str(tmp_path / "wrong.json")]) == 2
    assert "not a valid ReportCard" in capsys.readouterr().err


def test_span_mismatch_against_text_fails(tmp_path, seed_card, seed_text, capsys):
    data = seed_card.model_dump(mode="json")
    span = data["players"][2]["span"]
    data["players"][2]["span"] = {**span, "start": span["start"] + 2, "end": span["end"] + 2}
    (tmp_path / seed_card.source).write_text(seed_text, encoding="utf-8")
    (tmp_path / "card.json").write_text(json.dumps(data))
    assert main(["validate", "--no-reasoning", str(tmp_path / "card.json")]) == 1
    assert "span does not match the report text: players[2]" in capsys.readouterr().out


def test_owl_inconsistency_is_a_violation(seed_card):
    from rdflib import RDF

    from kg import iri
    from kg.vocab import MKG

    dataset = build(seed_card)
    driver = iri.report(seed_card.id) + "/driver/1"
    dataset.graph(iri.report_graph(seed_card.id)).add((driver, RDF.type, MKG.Restraint))  # disjoint classes
    report = validate(dataset)
    assert not report.conforms
    assert "INCONSISTENT" in report.as_table()


def test_a_segment_named_only_by_a_growth_rate_is_stated_where_the_rate_is(seed_card):
    # a table row's CAGR for a segment the card does not list ("Home haemodialysis (GBP m) || … || 12.4%")
    rate = seed_card.cagr[0].model_copy(update={"segment": "home care teleconsultations"})
    card = seed_card.model_copy(update={"cagr": [*seed_card.cagr, rate]})
    assert "home care teleconsultations" not in {s.name for s in card.segments}
    report = validate(build(card), reasoning=False)
    assert report.conforms, report.as_table()


@pytest.mark.parametrize("field, value, message", [
    ("year", 1850, "1850"),
    ("amount", -3.0, "A market value's amount must be a positive decimal"),
])
def test_value_ranges(seed_card, field, value, message):
    data = seed_card.model_dump()
    data["values"][0][field] = value
    report = validate(build(ReportCard.model_validate(data)), reasoning=False)
    assert not report.conforms
    assert any(message in r.message or message in r.value for r in report.violations)


def _with_value(card: ReportCard, **changes) -> ReportCard:
    data = card.model_dump()
    data["values"][0].update(changes)
    return ReportCard.model_validate(data)


@pytest.mark.parametrize("variant", ["seed", "broken three ways", "inconsistent cagr", "negative amount",
                                     "year 1850", "unordered period"])
def test_fast_shacl_engine_reports_exactly_what_pyshacl_reports(seed_card, variant):
    """Bulk ingest validates with pyshacl-turbo; it is kept only because it agrees with pySHACL."""
    data = seed_card.model_dump()
    data["forecast_period"].update(start=2031, end=2024)
    card = {"seed": seed_card, "broken three ways": broken_three_ways(seed_card),
            "inconsistent cagr": with_cagr(seed_card, 61.3), "negative amount": _with_value(seed_card, amount=-3.0),
            "year 1850": _with_value(seed_card, year=1850),
            "unordered period": ReportCard.model_validate(data)}[variant]
    dataset = build(card)
    reference = validate(dataset, reasoning=False)
    fast = validate(dataset, reasoning=False, engine="turbo")
    # The same results; only the engines' default wording differs where a shape has no sh:message.
    def key(report):
        return sorted((r.severity, r.focus, r.path, r.value) for r in report.results)
    assert key(fast) == key(reference)
    assert (variant == "seed") == (not reference.results)


def test_validating_quads_finds_what_validating_the_dataset_finds(tmp_path):
    """Issue 12: bulk ingest validates the built quads as N-Triples with only the linking entities the report
    names; the results are those of the Dataset route, for valid and invalid reports alike."""
    import sys

    from kg.build import build_quads
    from kg.validate import validate_built

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
    from gen_corpus import generate

    invalid = generate(120, tmp_path, seed=11)
    paths = sorted((Path(__file__).parent / "data" / "quads").glob("*.card.json"))
    paths += [tmp_path / "cards" / f"{name}.json" for name in invalid]
    assert invalid
    for path in paths:
        built = build_quads(ReportCard.from_file(path))
        expected = validate(built.dataset(), reasoning=False, engine="turbo")
        got = validate_built(built)
        assert sorted(map(repr, got.results)) == sorted(map(repr, expected.results)), path.name
        assert got.conforms == expected.conforms == (path.stem not in invalid)


def _broken(built, change):
    """``built`` with ``change(quads)`` applied: a report the builder would never make, to reach one constraint."""
    from kg.build import BuiltReport

    return BuiltReport(built.report_id, tuple(change(list(built.quads))))


def _with_object(quads, subject_type: str, predicate: str, value_of) -> list:
    """The quads with ``predicate``'s object replaced by ``value_of(node, quads)`` on every node of the type."""
    import pyoxigraph as ox

    typed = {q.subject for q in quads if q.predicate.value.endswith("rdf-syntax-ns#type") and q.object.value == subject_type}
    return [ox.Quad(q.subject, q.predicate, value_of(q.subject, quads), q.graph_name)
            if q.subject in typed and q.predicate.value == predicate else q for q in quads]


def _year(node, quads, predicate: str, delta: int):
    import pyoxigraph as ox

    year = next(int(q.object.value) for q in quads if q.subject == node and q.predicate.value == predicate)
    return ox.Literal(str(year + delta), datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))


def _forecast_year(node, quads, year: int):
    """``node``'s year made ``year`` if it is a forecast figure, else left as it is."""
    import pyoxigraph as ox

    forecast = any(q.subject == node and q.predicate.value.endswith("#status") and q.object.value.endswith("#Forecast") for q in quads)
    old = next(q.object for q in quads if q.subject == node and q.predicate.value.endswith("#year"))
    return ox.Literal(str(year), datatype=old.datatype) if forecast else old


def test_screening_for_load_gives_the_full_verdict(tmp_path):
    """Issue 12: ingest screens each report with cheaper shapes (SPARQL constraints written as core ones, warnings
    left out) and validates in full only what the screening flags: the verdict is the full shapes' verdict, and a
    rejected report carries the full SHACL report."""
    import sys

    import pyoxigraph as ox

    from kg.build import build_quads
    from kg.validate import _validation_input, validate_built, validate_for_load

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
    from gen_corpus import generate

    mkg = "https://w3id.org/mkg/ns#"
    xsd_decimal = ox.NamedNode("http://www.w3.org/2001/XMLSchema#decimal")
    invalid = generate(60, tmp_path, seed=5)
    paths = sorted((Path(__file__).parent / "data" / "quads").glob("*.card.json"))
    paths += sorted((tmp_path / "cards").glob("*.json"))
    built = [build_quads(ReportCard.from_file(path)) for path in paths]
    seed = build_quads(ReportCard.from_file(Path(__file__).parents[1] / "kg" / "cards" / "000_67218fe0b33be073.yaml"))
    role = next(q.subject for q in seed.quads if q.object.value == mkg + "KeyPlayerRole")
    span = next(q.subject for q in seed.quads if q.object.value == mkg + "SourceSpan")

    def _with_span(quads, predicate: str, value_of) -> list:
        """The quads with the first span's ``predicate`` object replaced by ``value_of(object)`` (None: left out)."""
        out = []
        for q in quads:
            if q.subject == span and q.predicate.value == predicate:
                if (value := value_of(q.object)) is None:
                    continue
                q = ox.Quad(q.subject, q.predicate, value, q.graph_name)
            out.append(q)
        return out
    country = ox.NamedNode("https://w3id.org/mkg/id/country/IN")
    broken = [
        # a period that ends before it starts
        _broken(seed, lambda qs: _with_object(qs, mkg + "Period", mkg + "endYear",
                                              lambda n, qs: _year(n, qs, mkg + "startYear", -1))),
        # a growth period that ends the year it starts
        _broken(seed, lambda qs: _with_object(qs, mkg + "GrowthRate", mkg + "endYear",
                                              lambda n, qs: _year(n, qs, mkg + "startYear", 0))),
        # a country stated beside a player without the words that state it
        _broken(seed, lambda qs: qs + [ox.Quad(role, ox.NamedNode(mkg + "statedCountry"), country, qs[0].graph_name)]),
        # source spans, which the screening checks in Python (SCREENED_IN_PYTHON): a quote its offsets do not cover
        _broken(seed, lambda qs: _with_span(qs, mkg + "quote", lambda o: ox.Literal(o.value[:-1]))),
        # an offset that is no xsd:integer
        _broken(seed, lambda qs: _with_span(qs, mkg + "endOffset", lambda o: ox.Literal(o.value, datatype=xsd_decimal))),
        # a quote with a language
        _broken(seed, lambda qs: _with_span(qs, mkg + "quote", lambda o: ox.Literal(o.value, language="en"))),
        # a span in something that is no report
        _broken(seed, lambda qs: _with_span(qs, mkg + "inReport", lambda o: country)),
        # a span in no report
        _broken(seed, lambda qs: _with_span(qs, mkg + "inReport", lambda o: None)),
        # a span with a second quote
        _broken(seed, lambda qs: qs + [ox.Quad(span, ox.NamedNode(mkg + "quote"), ox.Literal("x"), qs[0].graph_name)]),
        # forecast figures, whose period the screening checks in Python (SPARQL_SCREENED_IN_PYTHON): one after the
        # forecast period, though a year the year's own range allows
        _broken(seed, lambda qs: _with_object(qs, mkg + "MarketSizeFigure", mkg + "year", lambda n, qs: _forecast_year(n, qs, 2099))),
        # a forecast period whose end year is no xsd:integer
        _broken(seed, lambda qs: _with_object(qs, mkg + "Period", mkg + "endYear",
                                              lambda n, qs: ox.Literal(str(_year(n, qs, mkg + "endYear", 0).value), datatype=xsd_decimal))),
    ]
    for report in built + broken:
        full = validate_built(report)
        screened = validate_for_load(report)
        assert screened.conforms == full.conforms, report.report_id
        if not full.conforms:
            assert sorted(map(repr, screened.results)) == sorted(map(repr, full.results))
    assert [validate_built(report).conforms for report in broken] == [False] * len(broken)
    # What the screening checks in Python flags no valid report: those are screened by the engine alone.
    assert not any(_validation_input(report)[2] for report in built if validate_built(report).conforms)
    assert sum(not validate_built(report).conforms for report in built) == len(invalid)


def test_the_python_screening_of_source_spans_follows_the_shape():
    """The screening checks SourceSpanShape in Python (kg.validate._span_flagged): a change to the shape must be
    made there too, or the screening could pass a span the shape flags."""
    from rdflib import BNode, URIRef
    from rdflib.namespace import SH

    from kg.validate import SCREENED_IN_PYTHON, shapes

    assert SCREENED_IN_PYTHON == ("SourceSpanShape",)
    graph = shapes()
    shape = URIRef("https://w3id.org/mkg/shapes#SourceSpanShape")

    def described(node) -> frozenset:
        return frozenset((str(p).split("#")[-1], str(o) if not isinstance(o, BNode) else described(o))
                         for p, o in graph.predicate_objects(node))

    mkg, xsd = "https://w3id.org/mkg/ns#", "http://www.w3.org/2001/XMLSchema#"
    properties = {described(node) for node in graph.objects(shape, SH.property)}
    assert properties == {
        frozenset({("path", mkg + "quote"), ("minCount", "1"), ("maxCount", "1"), ("datatype", xsd + "string"), ("minLength", "1")}),
        frozenset({("path", mkg + "startOffset"), ("minCount", "1"), ("maxCount", "1"), ("datatype", xsd + "integer"), ("minInclusive", "0")}),
        frozenset({("path", mkg + "endOffset"), ("minCount", "1"), ("maxCount", "1"), ("datatype", xsd + "integer"), ("minInclusive", "1")}),
        frozenset({("path", mkg + "inReport"), ("minCount", "1"), ("maxCount", "1"), ("class", mkg + "MarketReport")}),
    }
    assert {(str(p).split("#")[-1], str(o)) for p, o in graph.predicate_objects(shape) if p not in (SH.property, SH.sparql)} == {
        ("type", str(SH.NodeShape)), ("targetClass", mkg + "SourceSpan")}
    (sparql,) = graph.objects(shape, SH.sparql)
    select = " ".join(str(graph.value(sparql, SH.select)).split())
    assert "$this mkg:startOffset ?start ; mkg:endOffset ?end ; mkg:quote ?quote ." in select
    assert "BIND (STRLEN(?quote) AS ?length) FILTER (?end - ?start != ?length)" in select


def test_the_python_screening_of_forecast_figures_follows_the_shape():
    """The screening checks MarketSizeFigureShape's SPARQL constraint in Python (kg.validate._forecast_flagged): a
    change to the constraint must be made there too, or the screening could pass a figure the shape flags."""
    from rdflib import URIRef
    from rdflib.namespace import SH

    from kg.validate import SPARQL_SCREENED_IN_PYTHON, _screening_graph, shapes

    assert SPARQL_SCREENED_IN_PYTHON == ("MarketSizeFigureShape",)
    shape = URIRef("https://w3id.org/mkg/shapes#MarketSizeFigureShape")
    (sparql,) = shapes().objects(shape, SH.sparql)
    select = " ".join(str(shapes().value(sparql, SH.select)).split())
    assert select == ("SELECT $this ?year ?start ?end WHERE { $this mkg:status mkg:Forecast ; mkg:year ?year . "
                      "?report mkg:forecastPeriod ?period . ?period mkg:startYear ?start ; mkg:endYear ?end . "
                      "FILTER (?year < ?start || ?year > ?end) }")
    assert not list(_screening_graph().objects(shape, SH.sparql))  # left to Python
    assert list(_screening_graph().objects(shape, SH.property))  # its other constraints stay with the engine
