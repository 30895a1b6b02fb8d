"""Entity resolution across reports: one IRI per organisation, every written form kept, no silent merge."""

from rdflib import Literal, URIRef
from rdflib.namespace import SKOS

from kg import iri
from kg.cli import main
from kg.link import LinkingTable

SAME_AS = "https://schema.org/sameAs"


def alt_labels(store, node: URIRef) -> set[str]:
    rows = store.query(f"SELECT ?l WHERE {{ GRAPH ?g {{ <{node}> <{SKOS.altLabel}> ?l }} }}").rows
    return {r["l"].value for r in rows}


def written_players(store, node: URIRef) -> set[str]:
    rows = store.query(f"""SELECT ?w WHERE {{ GRAPH ?g {{ ?role <https://w3id.org/mkg/ns#player> <{node}> ;
        <https://w3id.org/mkg/ns#primarySpan>/<https://w3id.org/mkg/ns#quote> ?w }} }}""").rows
    return {r["w"].value for r in rows}


def test_fortis_written_two_ways_in_two_reports_is_one_organisation_with_both_labels(linked_store):
    fortis = iri.organisation("Fortis Healthcare")
    assert {"Fortis Hospitals Group", "Fortis Healthcare Ltd."} <= alt_labels(linked_store, fortis)
    assert {"Fortis Hospitals Group", "Fortis Healthcare Ltd."} <= written_players(linked_store, fortis)


def test_names_that_differ_only_in_case_suffix_or_punctuation_meet(linked_store):
    for one, other in (("SIEMENS", "Siemens AG"), ("Merck", "Merck & Co., Inc."),
                       ("STATE POWER INVESTMENT CORP. LTD.", "State Power Investment Corporation")):
        table = LinkingTable.load()
        node = table.organisation(one)
        assert node == table.organisation(other)
        assert {one, other} <= alt_labels(linked_store, node)  # every written form, as written
        assert {one, other} <= written_players(linked_store, node)  # each report's own spelling still quoted


def test_similar_names_of_different_companies_are_not_merged_but_reviewed(linked_store_path, linked_store, capsys):
    table = LinkingTable.load()
    assert table.organisation("Bayer AG") != table.organisation("Bayer Crop Science")
    assert table.organisation("Merck KGaA") != table.organisation("Merck & Co., Inc.")  # a person's decision
    capsys.readouterr()
    assert main(["link", "--review", "--store", str(linked_store_path)]) == 0
    out = capsys.readouterr().out
    bayer = [line for line in out.splitlines() if "org/bayer " in line + " " and "bayer-crop-science" in line]
    assert bayer and "'Bayer AG' / 'Bayer Crop Science'" in bayer[0]
    assert "org/siemens  ←" in out and "SIEMENS" in out  # the merges made are shown too


def test_close_spellings_of_a_known_organisation_get_its_verified_identifiers_and_unknown_ones_none(linked_store):
    table = LinkingTable.load()
    assert table.organisation("Mayo Clinics") == iri.organisation("Mayo Clinic")
    assert table.organisation("Fortis Healthcare Limited") == iri.organisation("Fortis Healthcare")
    same_as = linked_store.query(f"SELECT ?o WHERE {{ <{iri.organisation('Fortis Healthcare')}> <{SAME_AS}> ?o }}").rows
    assert [r["o"].value for r in same_as] == ["http://www.wikidata.org/entity/Q7810035"]
    for unknown in ("Siemens AG", "FANUC Corporation", "Bayer AG"):
        node = table.organisation(unknown)
        assert linked_store.query(f"SELECT ?o WHERE {{ <{node}> <{SAME_AS}> ?o }}").rows == [], unknown


def test_markets_and_segments_resolve_within_a_market(linked_store):
    market = iri.market("industrial robot")
    reports = linked_store.query(f"SELECT ?r WHERE {{ GRAPH ?g {{ ?r <https://w3id.org/mkg/ns#market> <{market}> }} }}").rows
    assert len(reports) == 2  # "industrial robots" and "Industrial Robot Market"
    assert {"industrial robots", "Industrial Robot Market"} <= alt_labels(linked_store, market)
    concept = URIRef(f"{market}/segment/automotive")
    assert {"Automotive", "automotive"} <= alt_labels(linked_store, concept)
    segments = linked_store.query(f"""SELECT ?s WHERE {{ GRAPH ?g {{ ?s <https://w3id.org/mkg/ns#sameSegmentAs> <{concept}> }} }}""").rows
    assert len(segments) == 2


def test_organisations_join_their_wikidata_iris(linked_store):
    from kg.queries import QueryCatalog

    rows = QueryCatalog.load()["organisations-with-wikidata"].run(linked_store).rows
    found = {r["name"].value: (r["wikidata"].value, r["country"].value if r.get("country") else None) for r in rows}
    assert found["Fortis Healthcare"] == ("http://www.wikidata.org/entity/Q7810035", "IN")
    assert found["Mayo Clinic"][0] == "http://www.wikidata.org/entity/Q1130172"
    assert Literal("Q7810035") not in found  # IRIs, not strings
