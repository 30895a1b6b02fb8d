"""A country written beside a player is the report's claim about the organisation, queried beside verified HQs."""

import json

import pytest

from kg import iri
from kg.build import build
from kg.cli import main
from kg.validate import validate
from kg.vocab import MKG

from .reports import robots_card


def query(capsys, store_path, name, **params) -> list[dict]:
    capsys.readouterr()
    args = [a for k, v in params.items() for a in ("-p", f"{k}={v}")]
    assert main(["query", name, *args, "--store", str(store_path), "--format", "json"]) == 0
    return [{k: v["value"] for k, v in row.items() if v} for row in json.loads(capsys.readouterr().out)["results"]["bindings"]]


def test_the_stated_country_is_in_the_report_graph_with_its_words():
    card = robots_card()
    dataset = build(card)
    graph = dataset.graph(iri.report_graph(card.id))
    [fanuc] = [s for s, _, o in graph.triples((None, MKG.nameAsWritten, None)) if str(o) == "FANUC Corporation"]
    assert graph.value(fanuc, MKG.statedCountry) == iri.country("JP")
    assert str(graph.value(graph.value(fanuc, MKG.countrySpan), MKG.quote)) == "Japan"
    assert (iri.organisation("FANUC Corporation"), MKG.headquarteredIn, None) not in dataset  # not verified HQ
    [atlantis] = [s for s, _, o in graph.triples((None, MKG.nameAsWritten, None)) if str(o) == "Atlantis Robotics"]
    assert graph.value(atlantis, MKG.statedCountry) is None  # no such country: kept as written only
    assert str(graph.value(atlantis, MKG.countryAsWritten)) == "Atlantis"
    assert validate(dataset, reasoning=False).conforms


def test_a_stated_country_without_its_words_is_a_violation():
    card = robots_card()
    players = [p.model_copy(update={"country_span": None}) if p.name == "FANUC Corporation" else p for p in card.players]
    report = validate(build(card.model_copy(update={"players": players})), reasoning=False)
    assert not report.conforms
    assert any("countrySpan" in r.message for r in report.results)


@pytest.mark.parametrize("country, expected", [
    ("JP", {("FANUC Corporation", "stated in the report")}),
    ("US", {("Rockwell Automation, Inc.", "stated in the report"), ("Mayo Clinic", "headquarters (linking data)")}),
    ("KR", {("Samsung Electronics Co., Ltd.", "stated in the report")}),
    ("AE", {("Emirates Global Aluminium", "stated in the report")}),
    ("GB", {("BAE Systems plc", "stated in the report")}),
    ("CH", {("ABB Ltd.", "stated in the report")}),
    ("IN", {("Fortis Hospitals Group", "headquarters (linking data)")}),
])
def test_players_in_country_on_both_bases(capsys, linked_store_path, country, expected):
    rows = query(capsys, linked_store_path, "players-in-country", country=country)
    assert expected <= {(r["nameAsWritten"], r["basis"]) for r in rows}
    stated = [r for r in rows if r["basis"] == "stated in the report"]
    assert all(r["countryQuote"] for r in stated)


@pytest.mark.parametrize("region, expected, unexpected", [
    ("Asia Pacific", {"FANUC Corporation", "Samsung Electronics Co., Ltd.", "Apollo Hospitals", "Fortis Hospitals Group"},
     {"Siemens AG", "Saudi Aramco", "Mayo Clinic"}),
    ("APAC", {"FANUC Corporation"}, {"ABB Ltd."}),
    ("Europe", {"Siemens AG", "ABB Ltd.", "BAE Systems plc", "University Hospital Tuebingen"},
     {"FANUC Corporation", "Turkish Medicines and Medical Devices Agency"}),
    ("North America", {"Rockwell Automation, Inc.", "Mayo Clinic", "Cleveland Clinic", "Johns Hopkins Hospital"},
     {"Embraer S.A.", "Siemens AG"}),
    ("Middle East and Africa", {"Emirates Global Aluminium", "Naspers Limited", "Saudi Aramco"}, {"FANUC Corporation"}),
    ("MEA", {"Saudi Aramco"}, set()),
    ("GCC", {"Emirates Global Aluminium", "Saudi Aramco"}, {"Naspers Limited"}),
    ("Latin America", {"Embraer S.A."}, {"Rockwell Automation, Inc."}),
    ("EU", {"Siemens AG"}, {"BAE Systems plc", "ABB Ltd."}),
    ("Eastern Asia", {"FANUC Corporation", "Samsung Electronics Co., Ltd."}, {"Apollo Hospitals"}),
    # A country is a region too (the query's description says so), by its name in any case.
    ("India", {"Apollo Hospitals", "Fortis Hospitals Group"}, {"FANUC Corporation", "Mayo Clinic"}),
    ("japan", {"FANUC Corporation"}, {"Samsung Electronics Co., Ltd.", "Apollo Hospitals"}),
])
def test_players_in_region_for_every_common_region_name(capsys, linked_store_path, region, expected, unexpected):
    written = {r["nameAsWritten"] for r in query(capsys, linked_store_path, "players-in-region", region=region)}
    assert expected <= written and not unexpected & written


@pytest.mark.parametrize("region, reports", [
    ("Asia Pacific", {"000_67218fe0b33be073", "own-robots-2024"}),
    ("APAC", {"000_67218fe0b33be073", "own-robots-2024"}),
    ("GCC", {"own-robots-2023"}),
    ("Middle East and Africa", {"own-robots-2024", "own-robots-2023"}),
    ("Rest of World", {"000_67218fe0b33be073", "own-robots-2023"}),
    ("LATAM", {"own-robots-2023"}),
    ("North America", {"000_67218fe0b33be073", "own-robots-2024"}),
])
def test_reports_covering_region(capsys, linked_store_path, region, reports):
    rows = query(capsys, linked_store_path, "reports-covering-region", region=region)
    assert {r["report"].rsplit("/", 1)[-1] for r in rows} == reports
