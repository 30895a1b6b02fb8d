"""Every line of the seed checklist, answered by the built graph with provenance (issue 3)."""

import json
from decimal import Decimal

import pytest

from kg.cli import main
from kg.queries import QueryCatalog
from tests.conftest import SEED_ID, rows

CATALOG = QueryCatalog.load()
REPORT = f"https://w3id.org/mkg/id/report/{SEED_ID}"
PREFIXES = """PREFIX mkg: <https://w3id.org/mkg/ns#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX schema: <https://schema.org/>
"""


def run(store, name, **params):
    return rows(CATALOG[name].run(store, **params))


def sparql(store, body):
    return rows(store.query(PREFIXES + body))


def cli_json(capsys, *argv):
    assert main(list(argv)) == 0
    return json.loads(capsys.readouterr().out)["results"]["bindings"]


def test_report_summary_line(store):
    [summary] = run(store, "report-summary", report_id=SEED_ID)
    assert summary["publisher"] == "Coherent Market Insights"
    assert summary["published"] == "2024-12-11"
    assert summary["marketName"] == "Medical Second Opinion"
    assert summary["scope"] == "global"
    assert summary["historical"] == "2019–2023"
    assert summary["forecast"] == "2024–2031"
    assert summary["units"] == "USD Million/Billion"
    assert set(summary["regions"].split(", ")) == {"North America", "Europe", "Asia Pacific", "Rest of World"}
    assert set(summary["dimensions"].split(", ")) == {"Condition", "Service Provider"}


def test_coverage_topics_with_provenance(store):
    found = sparql(store, f"""SELECT ?topic ?quote WHERE {{ <{REPORT}> mkg:coverageTopic ?topic ;
        prov:wasDerivedFrom/mkg:quote ?quote . FILTER(CONTAINS(?quote, ?topic)) }}""")
    assert {r["topic"] for r in found} == {"Revenue Forecast", "Competitive Landscape", "Growth Factors", "Trends"}


def test_report_statements_have_spans(store):
    quotes = {r["q"] for r in sparql(store, f"SELECT ?q WHERE {{ <{REPORT}> prov:wasDerivedFrom/mkg:quote ?q }}")}
    assert {"Coherent Market Insights", "date 2024-12-11", "global", "Medical Second Opinion Market"} <= quotes


def test_market_values_stated_with_status_and_quote(capsys, store_path):
    stated = [r for r in cli_json(capsys, "query", "market-size", "--store", str(store_path), "--format", "json")
              if r["derived"]["value"] == "false"]
    by_year = {r["year"]["value"]: r for r in stated}
    assert set(by_year) == {"2024", "2031"}
    assert by_year["2024"]["amount"]["value"] == "7.12" and by_year["2024"]["status"]["value"] == "estimate"
    assert by_year["2031"]["amount"]["value"] == "20.45" and by_year["2031"]["status"]["value"] == "forecast"
    assert Decimal(by_year["2031"]["normalisedAmount"]["value"]) == Decimal("20450000000")
    assert by_year["2024"]["currency"]["value"] == "USD" and by_year["2024"]["scale"]["value"] == "billion"
    assert by_year["2031"]["quote"]["value"] == "Estimated Value by 2031 $20.45 billion"


def test_derived_values_are_marked_with_method(store):
    derived = [r for r in run(store, "market-size") if r["derived"] == "true"]
    assert [int(r["year"]) for r in derived] == list(range(2025, 2031))
    assert all("stated CAGR" in r["method"] and "quote" not in r and "amountAsWritten" not in r for r in derived)
    assert derived[2]["amount"] == "11.2"  # 2027 = 7.12 × 1.163³


def test_cagr_stated_and_implied(store):
    rates = run(store, "growth-rate")
    stated = [r for r in rates if r["derived"] == "false"]
    implied = [r for r in rates if r["derived"] == "true"]
    assert [(r["percent"], r["startYear"], r["endYear"]) for r in stated] == [("16.3", "2024", "2031")]
    assert stated[0]["quote"] == "CAGR of 16.3% during the forecast period 2024-2031"
    assert [r["percent"] for r in implied] == ["16.27"]


def test_who_statistic_is_cited_not_a_market_figure(store):
    [stat] = sparql(store, """SELECT ?percent ?year ?source ?quote WHERE { GRAPH ?g {
        ?s a mkg:CitedStatistic ; mkg:percent ?percent ; mkg:year ?year ; mkg:citedSource ?org ;
           mkg:primarySpan/mkg:quote ?quote } ?org rdfs:label ?source }""")
    assert (stat["percent"], stat["year"], stat["source"]) == ("60", "2021", "World Health Organization")
    assert "approximately 60% of the global deaths in 2021" in stat["quote"]
    assert all(r["year"] != "2021" for r in run(store, "market-size"))


def test_largest_segment_per_dimension(capsys, store_path):
    found = cli_json(capsys, "query", "largest-segment", "--store", str(store_path), "--format", "json")
    assert {(r["dimension"]["value"], r["segment"]["value"]) for r in found} == {
        ("Condition", "cancer"), ("Service Provider", "physicians")}
    assert all(r["quote"]["value"] for r in found)


def test_fastest_growing_segment_without_number(capsys, store_path):
    [row] = cli_json(capsys, "query", "fastest-growing-segment", "--store", str(store_path), "--format", "json")
    assert row["segment"]["value"] == "neurological disorders"
    assert "cagr" not in row
    assert row["quote"]["value"].startswith("The neurological disorders segment is projected to witness the highest CAGR")


def test_dominant_region_is_north_america(store):
    found = sparql(store, """SELECT ?name ?quote WHERE { GRAPH ?g { ?c a mkg:LargestShareClaim ; mkg:subject ?r ;
        mkg:primarySpan/mkg:quote ?quote } ?r a mkg:Region ; rdfs:label ?name }""")
    assert found == [{"name": "North America", "quote": "North America will continue dominating the market"}]


def test_conditions_and_examples_link_to_icd11(store):
    found = sparql(store, """SELECT ?segment ?icd WHERE { GRAPH ?g { ?s a mkg:Segment ; skos:prefLabel ?segment ;
        mkg:refersTo ?c } ?c skos:closeMatch ?icd FILTER(STRSTARTS(STR(?icd), "http://id.who.int/icd/")) }""")
    assert {r["segment"] for r in found} == {"cancer", "cardiovascular diseases", "neurological disorders"}
    examples = sparql(store, """SELECT ?label WHERE { GRAPH ?g { ?s skos:prefLabel "neurological disorders"@en ;
        mkg:example ?c } ?c rdfs:label ?label }""")
    assert {r["label"] for r in examples} == {"Parkinson's disease", "Alzheimer's disease", "multiple sclerosis",
                                              "epilepsy", "stroke"}


@pytest.mark.parametrize("query, expected", [
    ("drivers", ["increasing incidences of chronic diseases", "Lack of specialized expertise",
                 "multiple consultations for critical illnesses", "accurate diagnosis and custom treatment plans",
                 "holistic and collaborative care", "aging global population"]),
    ("restraints", ["lack of awareness", "High cost of second opinion services"]),
    ("trends", ["telemedicine", "digital medical records"]),
    ("opportunities", ["cancer segment", "neurological disorders segment"]),
])
def test_market_factors(store, query, expected):
    found = run(store, query)
    assert len(found) == len(expected)
    for phrase, row in zip(expected, found):
        assert phrase in row["summary"]
        assert row["quote"]


def test_eight_key_players_as_written(store):
    found = sparql(store, """SELECT ?written ?label WHERE { GRAPH ?g { ?r a mkg:KeyPlayerRole ;
        mkg:nameAsWritten ?written ; rdfs:label ?label ; mkg:primarySpan/mkg:quote ?written } }""")
    assert len(found) == 8
    assert {"written": "M|O|C Caner Care & research Center", "label": "M|O|C Cancer Care & Research Centre"} in found


def test_players_in_india(capsys, store_path):
    found = cli_json(capsys, "query", "players-in-country", "--param", "country=IN", "--store", str(store_path),
                     "--format", "json")
    assert sorted(r["nameAsWritten"]["value"] for r in found) == sorted([
        "Apollo Hospitals", "Fortis Hospitals Group", "M|O|C Caner Care & research Center", "Medanta Hospital"])


def test_players_in_germany(capsys, store_path):
    found = cli_json(capsys, "query", "players-in-country", "-p", "country=de", "--store", str(store_path),
                     "-f", "json")
    assert [r["nameAsWritten"]["value"] for r in found] == ["University Hospital Tuebingen"]


def test_players_in_north_america_by_inference(capsys, store_path):
    found = cli_json(capsys, "query", "players-in-region", "-p", "region=North America", "--store", str(store_path),
                     "-f", "json")
    assert sorted(r["name"]["value"] for r in found) == ["Cleveland Clinic", "Johns Hopkins Hospital", "Mayo Clinic"]


def test_developments_dated_with_actor(store):
    found = run(store, "developments")
    assert [(r["date"], r["actor"]) for r in found] == [("2023-10", "Pearl"), ("2023-07", "MDView")]
    assert [r["actor"] for r in run(store, "developments", since="2023-08-01")] == ["Pearl"]
    [agency] = sparql(store, "SELECT ?l WHERE { GRAPH ?g { ?d mkg:actor ?p ; mkg:involves ?a } "
                             "?p rdfs:label 'Pearl' . ?a rdfs:label ?l }")
    assert agency["l"] == "Turkish Medicines and Medical Devices Agency"


def test_source_defects_stay_visible(store):
    found = sparql(store, """SELECT ?kind ?quote ?concerns WHERE { GRAPH ?g { ?d a mkg:SourceDefect ;
        mkg:defectKind ?kind ; prov:wasDerivedFrom/mkg:quote ?quote ; mkg:concerns ?concerns } }""")
    kinds = {r["kind"]: r for r in found}
    assert set(kinds) == {"typo", "inconsistent-period", "inconsistent-status"}
    assert "Caner" in kinds["typo"]["quote"]
    assert kinds["inconsistent-period"]["quote"] == "fastest growth by 2024"
    assert "projected" in kinds["inconsistent-status"]["quote"]


def test_every_stated_fact_traces_to_an_exact_quote(store, seed_text):
    spans = sparql(store, """SELECT ?fact ?quote ?start ?end WHERE { GRAPH ?g { ?fact prov:wasDerivedFrom ?span .
        ?span a mkg:SourceSpan ; mkg:quote ?quote ; mkg:startOffset ?start ; mkg:endOffset ?end } }""")
    assert len({r["fact"] for r in spans}) > 40
    for r in spans:
        assert seed_text[int(r["start"]):int(r["end"])] == r["quote"]


def test_source_of_derived_fact_reaches_the_stated_sentences(store):
    fact = f"{REPORT}/cagr/medical-second-opinion-2024-2031-implied"
    found = run(store, "source-of", fact=fact)
    assert {"USD 7.12 billion in 2024", "Estimated Value by 2031 $20.45 billion"} <= {r["quote"] for r in found}
    assert all(r["derived"] == "true" for r in found)
