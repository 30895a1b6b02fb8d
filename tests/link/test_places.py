"""Places and currencies from maintained data: every country with ISO 3166 and M49, report regions, ISO 4217."""

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import SKOS

from kg import iri
from kg.link import Places, linking_graph
from kg.vocab import MKG

SAME_AS = URIRef("https://schema.org/sameAs")


@pytest.fixture(scope="module")
def places() -> Places:
    return Places.load()


def test_every_iso_3166_country_with_codes_and_an_m49_sub_region(places):
    assert len(places.countries) >= 249
    for country in places.countries.values():
        assert len(country.alpha2) == 2 and len(country.alpha3) == 3 and len(country.numeric) == 3
        assert country.m49_within in places.m49, country
    assert places.countries["JP"].m49_within == "030"  # Eastern Asia
    assert places.m49_ancestors("030") == {"142", "001"}


@pytest.mark.parametrize("written, alpha2", [
    ("the UK", "GB"), ("U.K.", "GB"), ("United Kingdom", "GB"), ("U.S.", "US"), ("US", "US"), ("USA", "US"),
    ("the United States", "US"), ("South Korea", "KR"), ("Korea", "KR"), ("UAE", "AE"), ("Japan", "JP"),
    ("Türkiye", "TR"), ("Turkey", "TR"), ("Switzerland", "CH"), ("the Netherlands", "NL"), ("Taiwan", "TW"),
    ("Viet Nam", "VN"), ("Czech Republic", "CZ"), ("Niger", "NE"), ("Nigeria", "NG"), ("South Sudan", "SS"),
])
def test_country_names_as_reports_write_them(places, written, alpha2):
    assert places.country(written).alpha2 == alpha2


@pytest.mark.parametrize("written", ["Atlantis", "North America", "Europe", "", "the"])
def test_what_is_not_a_country_is_not_made_one(places, written):
    assert places.country(written) is None


@pytest.mark.parametrize("written, inside, outside", [
    ("North America", {"US", "CA", "MX"}, {"BR", "GB"}),
    ("Europe", {"DE", "GB", "CH", "FR"}, {"TR", "US"}),
    ("Asia Pacific", {"JP", "CN", "IN", "KR", "AU", "SG"}, {"SA", "AE", "TR", "IR"}),
    ("APAC", {"JP"}, {"DE"}),
    ("Latin America", {"BR", "MX", "AR"}, {"US", "ES"}),
    ("LATAM", {"BR"}, {"CA"}),
    ("Middle East and Africa", {"SA", "AE", "ZA", "EG", "NG", "TR", "IL"}, {"IN", "DE"}),
    ("MEA", {"AE"}, {"JP"}),
    ("GCC", {"SA", "AE", "QA", "KW", "BH", "OM"}, {"IR", "EG"}),
    ("ASEAN", {"SG", "ID", "VN", "MY", "TH", "PH"}, {"TL", "JP"}),
    ("EU", {"DE", "FR", "IE"}, {"GB", "CH", "NO"}),
])
def test_report_regions_have_their_member_countries(places, written, inside, outside):
    members = places.report_region(written).members
    assert inside <= members and not outside & members


def test_rest_of_world_is_a_report_local_concept_without_members(places):
    assert places.report_region("Rest of the World").members == frozenset()


def test_the_linking_graph_states_countries_regions_and_currencies():
    g = linking_graph()
    japan = iri.country("JP")
    assert (japan, MKG.iso3166Alpha3, Literal("JPN")) in g and (japan, MKG.iso3166Numeric, Literal("392")) in g
    assert (japan, MKG.withinRegion, iri.m49("030")) in g and (iri.m49("030"), MKG.withinRegion, iri.m49("142")) in g
    assert (japan, MKG.withinRegion, iri.region("Asia Pacific")) in g
    assert (japan, SAME_AS, iri.wikidata("Q17")) in g
    assert (iri.region("Asia Pacific"), SKOS.altLabel, Literal("APAC")) in g
    assert (iri.region("North America"), SKOS.closeMatch, iri.m49("003")) in g
    assert (iri.region("Latin America"), SKOS.closeMatch, iri.m49("419")) in g
    assert (iri.region("Middle East and Africa"), SKOS.closeMatch, None) not in g  # no M49 region fits
    assert (iri.currency("EUR"), MKG.iso4217Numeric, Literal("978")) in g
    assert (iri.currency("JPY"), MKG.iso4217Code, Literal("JPY")) in g
    assert len(set(g.subjects(MKG.iso4217Code, None))) >= 150


def test_a_figure_in_a_currency_iso_4217_does_not_know_is_a_violation():
    from kg.build import build
    from kg.card import MarketValue, ReportCard, Span
    from kg.validate import validate

    text = "Widgets were worth ZZQ 2 billion in 2024; gadgets EUR 1 billion in 2024."
    for code, quote, conforms in (("ZZQ", "ZZQ 2 billion in 2024", False), ("EUR", "EUR 1 billion in 2024", True)):
        card = ReportCard(id=f"money-{code}", market="widget", market_span=Span.of(text, "Widgets"), values=[MarketValue(
            amount=2, currency=code, scale="billion", year=2024, kind="estimate", span=Span.of(text, quote))])
        for engine in ("pyshacl", "turbo"):
            report = validate(build(card), reasoning=False, engine=engine)
            assert report.conforms is conforms, (code, engine, report.as_table())
            assert conforms or [r.message for r in report.results] == ["A figure needs one ISO 4217 currency"]
